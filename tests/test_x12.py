"""The X12 837P that claims.to_837p writes: a real validator (pyx12) accepts it, and it reads back."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
import pyx12.params
import pyx12.x12file
import pyx12.x12n_document
from ehr_claims import KEYS

from conftest import REPO
from course import claims, ehr, fee_schedule, hcpcs, icd10cm


def pyx12_errors(text: str) -> tuple[bool, list[str]]:
    """pyx12's verdict on an X12 text, and every error it reports (from its JSON error document)."""
    found = io.StringIO()
    ok = pyx12.x12n_document.x12n_document(pyx12.params.params(), io.StringIO(text), None, None,
                                           fd_json=found)

    def errors(node: object) -> list[str]:
        if isinstance(node, dict):
            own = [f"{e}" for e in node.get("errors", [])]
            return own + [x for value in node.values() for x in errors(value)]
        if isinstance(node, list):
            return [x for value in node for x in errors(value)]
        return []

    return ok, errors(json.loads(found.getvalue()))


def read_back(text: str) -> claims.Claim:
    """The claim an 837P carries, read with pyx12's segment reader: diagnoses and service lines."""
    diagnoses, lines, line = [], [], None
    for segment in pyx12.x12file.X12Reader(io.StringIO(text)):
        kind = segment.get_seg_id()
        if kind == "HI":
            for index in range(1, 13):
                value = segment.get_value(f"HI{index:02d}-2")
                if value:
                    diagnoses.append(icd10cm.normalize(value))
        elif kind == "SV1":
            modifiers = tuple(m for i in range(3, 7) if (m := segment.get_value(f"SV101-{i}")))
            pointers = "".join(claims.DIAGNOSIS_LETTERS[int(n) - 1] for i in range(1, 5)
                               if (n := segment.get_value(f"SV107-{i}")))
            line = dict(code=segment.get_value("SV101-2"), pointers=pointers, modifiers=modifiers,
                        units=int(segment.get_value("SV104")), charge=float(segment.get_value("SV102")),
                        place=segment.get_value("SV105") or "")
        elif kind == "DTP" and segment.get_value("DTP01") == "472":
            day = segment.get_value("DTP03")
            lines.append(claims.ServiceLine(**line, date=f"{day[:4]}-{day[4:6]}-{day[6:]}"))
        elif kind == "CLM":
            place = segment.get_value("CLM05-1")
    lines = [claims.ServiceLine(**{**vars(ln), "place": ln.place or place}) for ln in lines]
    return claims.Claim(tuple(diagnoses), tuple(lines))


def test_every_837p_chart_has_a_key_and_the_dental_one_is_refused() -> None:
    assert set(KEYS) == set(ehr.case_ids()) - {"dental-caries"}
    dental = claims.Claim(("K02.52",), (claims.ServiceLine("D2391", place="11", date="2026-02-09"),))
    with pytest.raises(claims.ClaimError, match="837D"):
        claims.to_837p(dental, "dental-caries")


@pytest.mark.parametrize("case_id", sorted(KEYS))
def test_the_answer_keys_use_real_codes(case_id: str) -> None:
    claim = KEYS[case_id]
    assert claims.validate(claim) == []
    for line in claim.lines:
        if line.code[0].isdigit():
            assert fee_schedule.rvu(line.code).code == line.code
        else:
            assert hcpcs.is_valid(line.code)
        assert all(m in ("25",) or hcpcs.modifier(m) for m in line.modifiers)


@pytest.mark.parametrize("case_id", sorted(KEYS))
def test_pyx12_accepts_the_837p_and_it_reads_back_as_the_claim(case_id: str) -> None:
    text = claims.to_837p(KEYS[case_id], case_id)
    ok, errors = pyx12_errors(text)
    assert ok and errors == []
    back = read_back(text)
    assert back.diagnoses == KEYS[case_id].diagnoses
    fields = ("code", "pointers", "modifiers", "units", "charge", "place", "date")
    assert [[getattr(ln, f) for f in fields] for ln in back.lines] == [
        [getattr(ln, f) for f in fields] for ln in KEYS[case_id].lines]


def test_pyx12_is_not_a_rubber_stamp() -> None:
    text = claims.to_837p(KEYS["uti-office"], "uti-office")
    for broken in (text.replace("SE*", "SE*9"), text.replace("HL*2*1*22*0~\n", ""),
                   text.replace("DMG*D8*19910611*F", "DMG*D8*19911311*F")):
        ok, errors = pyx12_errors(broken)
        assert not ok and errors, broken


def test_a_claim_without_place_or_date_or_with_five_modifiers_is_refused() -> None:
    bare = claims.Claim(("N39.0",), (claims.ServiceLine("99213"),))
    with pytest.raises(claims.ClaimError, match="place of service"):
        claims.to_837p(bare, "uti-office")
    five = claims.Claim(("N39.0",), (claims.ServiceLine("99213", modifiers=("25", "59", "XS", "RT", "LT"),
                                                        place="11", date="2026-02-03"),))
    assert any("at most 4" in p for p in claims.validate(five))
    odd = claims.Claim(("N39.0",), (claims.ServiceLine("99213", place="99", date="3 Feb"),))
    assert len(claims.validate(odd)) == 2


def test_the_worked_example_prints_from_the_command_line() -> None:
    shown = subprocess.run([sys.executable, "-m", "course.ehr", "--example-837p"], cwd=REPO,
                           capture_output=True, text=True, check=True).stdout
    assert shown == claims.to_837p(ehr.example_claim(), ehr.EXAMPLE)
    assert "HI*ABK:E1165*ABF:I10*ABF:M1711*ABF:Z7984~" in shown
    assert "SV1*HC:99214:25*185*UN*1***1:2:4~" in shown
