"""The course's charts (course/data/ehr) and the chart views of course.ehr."""

from __future__ import annotations

import ast
import base64
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError
from script_loader import load_script

from conftest import REPO
from course import ehr

CASES = ehr.case_ids()
FOLDER = REPO / "course" / "data" / "ehr"
SETTINGS = {"office", "emergency", "outpatient surgery", "inpatient", "behavioral health", "dental"}


def references(node: object) -> list[str]:
    """Every ``reference`` string anywhere inside ``node``."""
    if isinstance(node, dict):
        own = [node["reference"]] if isinstance(node.get("reference"), str) else []
        return own + [r for value in node.values() for r in references(value)]
    if isinstance(node, list):
        return [r for value in node for r in references(value)]
    return []


def test_there_are_ten_to_twelve_charts_in_every_setting() -> None:
    assert 10 <= len(CASES) <= 12
    assert SETTINGS <= set(ehr.cases()["setting"])


@pytest.mark.parametrize("case_id", CASES)
def test_the_bundle_validates_against_the_fhir_models(case_id: str) -> None:
    bundle = Bundle.model_validate(ehr.load(case_id))
    assert bundle.id == case_id and len(bundle.entry) == len(ehr.load(case_id)["entry"])


def test_the_validator_rejects_a_broken_bundle() -> None:
    broken = ehr.load(CASES[0])
    encounter = ehr.resources_of(broken, "Encounter")[-1]
    encounter["period"]["start"] = "yesterday"
    with pytest.raises(ValidationError, match="period"):
        Bundle.model_validate(broken)


@pytest.mark.parametrize("case_id", CASES)
def test_every_reference_resolves_inside_the_bundle(case_id: str) -> None:
    bundle = ehr.load(case_id)
    found = references(bundle)
    assert found and all(ehr.resolve(bundle, {"reference": r}) for r in found)
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(u.endswith(f"{e['resource']['resourceType']}/{e['resource']['id']}")
               for u, e in zip(urls, bundle["entry"], strict=True))


@pytest.mark.parametrize("case_id", CASES)
def test_one_encounter_to_code_and_a_note_that_decodes(case_id: str) -> None:
    bundle = ehr.load(case_id)
    notes = ehr.resources_of(bundle, "DocumentReference")
    assert len(notes) == 1
    coded = [ehr.resolve(bundle, r) for r in notes[0]["context"]["encounter"]]
    assert [e["id"] for e in coded] == ["encounter"]
    others = [e for e in ehr.resources_of(bundle, "Encounter") if e["id"] != "encounter"]
    start = coded[0]["period"]["start"]
    assert all(e["period"]["end"] <= start for e in others), "past encounters come first"
    assert ehr.timeline(case_id)["to_code"].sum() == 1 and ehr.timeline(case_id)["to_code"].iloc[-1]
    text = base64.b64decode(notes[0]["content"][0]["attachment"]["data"]).decode("utf-8")
    assert len(text) > 200 and ehr.note(case_id).endswith(text)


@pytest.mark.parametrize("case_id", CASES)
def test_under_50_kb_and_no_coded_condition_or_procedure(case_id: str) -> None:
    assert (FOLDER / f"{case_id}.json").stat().st_size < 50_000
    bundle = ehr.load(case_id)
    worded = ehr.resources_of(bundle, "Condition") + ehr.resources_of(bundle, "Procedure")
    assert worded and all(set(r["code"]) == {"text"} and r["code"]["text"] for r in worded)


def test_the_files_are_what_the_script_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = load_script(REPO / "scripts" / "build_ehr.py")
    monkeypatch.setattr(script, "OUT", tmp_path)
    monkeypatch.setattr(script, "ROOT", tmp_path.parent)
    script.main()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in FOLDER.glob("*.json"))
    assert all((tmp_path / p.name).read_text() == p.read_text() for p in FOLDER.glob("*.json"))


def test_the_made_up_npis_pass_the_luhn_check() -> None:
    script = load_script(REPO / "scripts" / "build_ehr.py")

    def luhn_ok(digits: str) -> bool:
        total = 0
        for position, digit in enumerate(int(d) for d in reversed(digits)):
            doubled = digit * 2 if position % 2 else digit
            total += doubled - 9 if doubled > 9 else doubled
        return total % 10 == 0

    found = [ehr.parties(c)[who]["npi"] for c in CASES for who in ("practice", "provider")]
    assert all(len(n) == 10 and luhn_ok("80840" + n) for n in found)
    made_up = script.npi("Ana Reyes")
    assert not luhn_ok("80840" + made_up[:-1] + str((int(made_up[-1]) + 1) % 10))
    assert script.npi("Ana Reyes") == made_up and made_up[0] == "1"


def test_the_chart_views() -> None:
    assert list(ehr.cases().columns) == ["case_id", "setting", "patient", "age", "sex", "date",
                                         "location_type", "plan_type"]
    labs = ehr.observations("ckd-query")
    egfr = labs[labs["loinc"] == "98979-8"]
    assert list(egfr["value"]) == [91, 88] and set(egfr["flag"]) == {"Normal"}
    assert egfr["range"].iloc[0] == ">= 60"
    urine = ehr.observations("uti-office")
    assert set(urine[urine["flag"] == "Positive"]["name"]) == {"Nitrite [urine, test strip]",
                                                              "Leukocyte esterase [urine, test strip]"}
    assert ehr.problem_list("copd-office")["status"].tolist() == ["active", "resolved"]
    assert ehr.medications("knee-injection")["medication"].str.startswith("Metformin").any()
    assert ehr.procedures("dental-caries")["body_site"].tolist() == ["", "Tooth #30", "Tooth #30"]
    assert ehr.diagnoses("chest-pain-ed")[1] == "Hypertension"
    stay = ehr.visit("cholecystitis-inpatient")
    assert (stay["class"], stay["location_type"], stay["admitted_from"]) == (
        "inpatient encounter", "Inpatient hospital", "Emergency department")
    assert ehr.summary("knee-injection").startswith("Walter Okafor, 67-year-old male")
    assert ehr.observations("dental-caries").empty and ehr.problem_list("dental-caries").empty


def test_an_unknown_case_says_which_exist() -> None:
    with pytest.raises(ehr.ChartNotFoundError, match="knee-injection"):
        ehr.load("knee")


def test_ehr_uses_only_the_standard_library_and_pandas() -> None:
    tree = ast.parse((REPO / "course" / "ehr.py").read_text())
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= {"__future__", "argparse", "base64", "json", "datetime", "functools", "importlib",
                        "typing", "pandas", "course"}


def test_load_gives_a_fresh_copy() -> None:
    first = ehr.load("uti-office")
    first["entry"].clear()
    assert ehr.load("uti-office")["entry"] and json.dumps(ehr.load("uti-office"))
