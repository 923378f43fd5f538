"""Claims and reimbursement: a CMS-1500-shaped claim, the fee schedule's conversion factors,
NCCI-style edits, CARC denial reasons and a seeded synthetic claims dataset.

Tables (``data/``, each with a data card):

- ``conversion_factors.csv``: Medicare Physician Fee Schedule conversion factors CY2024-CY2026
  (real, from the CMS final rules as reported by the AMA, AAMC, AHA and Part B News).
- ``ncci_ptp_example.csv``, ``mue_example.csv``: NCCI-style procedure-to-procedure pairs and
  medically unlikely edits. **Illustrative**, shaped like the CMS NCCI files.
- ``carc.csv``: claim adjustment reason codes with the course's paraphrase of each reason.

The fee schedule itself (CMS's CY2025 national RVUs and the GPCIs of every Medicare locality) is
``course.fee_schedule``; the synthetic claims are priced with it.

CPT is the AMA's copyright: this module holds CPT code numbers only, never descriptors.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from course import data_files, fee_schedule

if TYPE_CHECKING:
    import pandas as pd

LIFECYCLE: tuple[str, ...] = (
    "encounter",
    "coding",
    "charge capture",
    "claim scrubbing",
    "submission",
    "adjudication",
    "remittance",
    "denial management",
)
"""The steps of the claim lifecycle, in order."""

FORMS: dict[str, str] = {"CMS-1500": "837P", "UB-04": "837I"}
"""Paper claim form -> its HIPAA electronic transaction (ASC X12 version 5010)."""

DIAGNOSIS_LETTERS = "ABCDEFGHIJKL"
"""CMS-1500 item 21 holds up to 12 diagnoses, lettered A to L."""

MAX_POINTERS = 4
"""CMS-1500 item 24E: up to 4 diagnosis pointers per service line, the first is the primary."""

PAPER_LINES = 6
"""Service lines on one paper CMS-1500 (item 24); the 837P carries up to 50."""

MAX_MODIFIERS = 4
"""CMS-1500 item 24D: up to 4 modifiers per service line (SV101-3 to SV101-6 on the 837P)."""

PLACES_OF_SERVICE: dict[str, str] = {
    "02": "Telehealth provided other than in the patient's home",
    "10": "Telehealth provided in the patient's home",
    "11": "Office",
    "12": "Home",
    "19": "Off-campus outpatient hospital",
    "20": "Urgent care facility",
    "21": "Inpatient hospital",
    "22": "On-campus outpatient hospital",
    "23": "Emergency room, hospital",
    "24": "Ambulatory surgical center",
    "31": "Skilled nursing facility",
    "32": "Nursing facility",
    "53": "Community mental health center",
    "81": "Independent laboratory",
}
"""Place of service codes (CMS's POS code set, item 24B and the 837P's CLM05-1/SV105) used in the
course, with CMS's names shortened."""

GROUP_CODES: dict[str, str] = {
    "CO": "Contractual obligation: the provider writes the amount off, the patient is not billed",
    "PR": "Patient responsibility: the patient may be billed (deductible, coinsurance, non-covered)",
    "OA": "Other adjustment: neither CO nor PR applies",
    "PI": "Payer-initiated reduction",
}
"""Claim adjustment group codes that go in front of a CARC on a remittance (835)."""

NCCI_MODIFIERS: frozenset[str] = frozenset(
    {"25", "57", "58", "59", "78", "79", "91", "XE", "XP", "XS", "XU", "LT", "RT",
     "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
     "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LC", "LD", "LM", "RC", "RI"}
)
"""NCCI-associated modifiers that may bypass an edit whose modifier indicator is 1."""

PAYERS: dict[str, tuple[float, float]] = {
    "Medicare": (1.00, 0.05),
    "Medicaid": (0.72, 0.11),
    "Commercial A": (1.35, 0.07),
    "Commercial B": (1.20, 0.09),
}
"""Synthetic payers: (allowed amount as a share of the Medicare fee, base denial probability).
Made up for the synthetic dataset; not real payer figures."""


class ClaimError(ValueError):
    """A claim or a line is malformed, or a request has no answer in the course's tables."""


class CarcNotFoundError(LookupError):
    """The CARC is not in the course table."""


@dataclass(frozen=True)
class ServiceLine:
    """One CMS-1500 service line (item 24): procedure code, pointers, units, modifiers, charge.

    ``charge`` is the line's total (all its units); ``place`` the place of service code (item
    24B, e.g. "11") and ``date`` the date of service ("2026-03-10", item 24A). The 837P needs
    both; a claim kept for the scrubber alone may leave them empty.
    """

    code: str
    pointers: str = "A"
    units: int = 1
    modifiers: tuple[str, ...] = ()
    charge: float = 0.0
    place: str = ""
    date: str = ""


@dataclass(frozen=True)
class Claim:
    """A CMS-1500-shaped professional claim: diagnoses (item 21) and service lines (item 24)."""

    diagnoses: tuple[str, ...]
    lines: tuple[ServiceLine, ...]
    payer: str = ""
    claim_id: str = ""

    def line_diagnoses(self, index: int) -> list[str]:
        """The diagnosis codes that line ``index`` (0-based) points to, primary first."""
        return resolve_pointers(self.diagnoses, self.lines[index].pointers)


@dataclass(frozen=True)
class Finding:
    """One claim-scrubber finding: the rule, the line's code, the other code and a message."""

    rule: str
    code: str
    other: str | None
    message: str


@dataclass(frozen=True)
class Carc:
    """A claim adjustment reason code with the course's paraphrase and a category."""

    code: int
    description: str
    category: str


def resolve_pointers(diagnoses: Sequence[str], pointers: str) -> list[str]:
    """The diagnoses that a line's pointer letters (e.g. ``"BA"``) select, in pointer order.

    Raises ClaimError for no pointer, more than 4, a repeated letter, or a letter with no
    diagnosis in item 21.
    """
    letters = str(pointers).replace(" ", "").replace(",", "").upper()
    if not letters:
        raise ClaimError("A service line needs at least one diagnosis pointer (item 24E).")
    if len(letters) > MAX_POINTERS:
        raise ClaimError(f"{pointers!r} has {len(letters)} pointers; a line allows at most 4.")
    if len(set(letters)) != len(letters):
        raise ClaimError(f"{pointers!r} repeats a pointer letter.")
    out = []
    for letter in letters:
        position = DIAGNOSIS_LETTERS.find(letter)
        if position < 0 or position >= len(diagnoses):
            raise ClaimError(
                f"Pointer {letter!r} has no diagnosis: item 21 holds {len(diagnoses)} "
                f"(letters {DIAGNOSIS_LETTERS[:len(diagnoses)] or 'none'})."
            )
        out.append(diagnoses[position])
    return out


def validate(claim: Claim) -> list[str]:
    """Problems that stop ``claim`` at the front end: diagnoses and pointers. Empty when clean."""
    from course import icd10cm

    problems = []
    if not claim.diagnoses:
        problems.append("Item 21 holds no diagnosis.")
    if len(claim.diagnoses) > len(DIAGNOSIS_LETTERS):
        problems.append(f"Item 21 holds {len(claim.diagnoses)} diagnoses; the form allows 12 (A-L).")
    if len(set(claim.diagnoses)) != len(claim.diagnoses):
        problems.append("Item 21 lists a diagnosis twice.")
    for code in claim.diagnoses:
        try:
            icd10cm.validate(code)
        except icd10cm.ICD10CMError as error:
            problems.append(f"Diagnosis {code}: {error}")
    if not claim.lines:
        problems.append("The claim has no service line.")
    for number, line in enumerate(claim.lines, start=1):
        try:
            resolve_pointers(claim.diagnoses[: len(DIAGNOSIS_LETTERS)], line.pointers)
        except ClaimError as error:
            problems.append(f"Line {number}: {error}")
        if not isinstance(line.units, int) or line.units < 1:
            problems.append(f"Line {number}: units must be a whole number of at least 1.")
        problems += [f"Line {number}: {p}" for p in _line_problems(line)]
    return problems


def _line_problems(line: ServiceLine) -> list[str]:
    problems = []
    if len(line.modifiers) > MAX_MODIFIERS:
        problems.append(f"{len(line.modifiers)} modifiers; a line allows at most {MAX_MODIFIERS}.")
    if any(not re.fullmatch(r"[0-9A-Z]{2}", str(m)) for m in line.modifiers):
        problems.append(f"modifiers {list(line.modifiers)}: each is 2 letters or digits, such as 'RT'.")
    if line.place and line.place not in PLACES_OF_SERVICE:
        problems.append(f"place of service {line.place!r} is not one of {sorted(PLACES_OF_SERVICE)}.")
    if line.date:
        try:
            date.fromisoformat(line.date)
        except ValueError:
            problems.append(f"date of service {line.date!r} is not a date like '2026-03-10'.")
    if line.charge < 0:
        problems.append("the charge is negative.")
    return problems


def to_837p(claim: Claim, case: str) -> str:
    """The ASC X12 5010 837P (005010X222A1) of ``claim`` for the chart ``case`` (a course.ehr case id).

    The chart gives the patient, subscriber, payer and providers; the claim gives the diagnoses
    (HI, ABK then ABF), and each line its code, modifiers, charge, units, place of service,
    pointers (SV1) and date (DTP*472). Every line needs its place and date. Raises ClaimError
    when ``validate`` finds a problem, or for a dental code (dental claims go on the 837D).
    """
    from course import x12

    return x12.write_837p(claim, case)


# ---------------------------------------------------------------------------------------------
# Tables


@cache
def _table_rows(name: str) -> tuple[dict[str, str], ...]:
    return tuple(data_files.rows(name))


def _rows(name: str) -> list[dict[str, str]]:
    return [dict(row) for row in _table_rows(name)]


def _frame(name: str) -> pd.DataFrame:
    import pandas as pd

    return pd.read_csv(resources.files("course") / "data" / name, dtype={"code": str,
                       "column1": str, "column2": str})


def conversion_factors() -> pd.DataFrame:
    """Medicare PFS conversion factors: year, apm_status, conversion_factor, source, note."""
    return _frame("conversion_factors.csv")


def conversion_factor(year: int, qualifying_apm: bool = False) -> float:
    """The PFS conversion factor of calendar ``year``; from 2026 it depends on APM status."""
    rows = [r for r in _rows("conversion_factors.csv") if int(r["year"]) == int(year)]
    if not rows:
        years = sorted({int(r["year"]) for r in _rows("conversion_factors.csv")})
        raise ClaimError(f"No conversion factor for CY{year}; the table holds {years}.")
    wanted = "qualifying" if qualifying_apm else "non-qualifying"
    for row in rows:
        if row["apm_status"] in ("all", wanted):
            return float(row["conversion_factor"])
    raise ClaimError(f"No {wanted} conversion factor for CY{year}.")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# NCCI-style edits


def ptp_edits() -> pd.DataFrame:
    """Illustrative procedure-to-procedure pairs: column1, column2, modifier_indicator."""
    return _frame("ncci_ptp_example.csv")


def mue_limits() -> pd.DataFrame:
    """Illustrative medically unlikely edits: code, mue (max units), mai (1, 2 or 3)."""
    return _frame("mue_example.csv")


def ncci_findings(lines: Sequence[ServiceLine]) -> list[Finding]:
    """PTP and MUE findings for the lines of one claim (one patient, one date of service).

    PTP: when both codes of a pair are billed, the column 2 code is denied, unless the
    modifier indicator is 1 and either line carries an NCCI-associated modifier; indicator 9
    means the edit no longer applies. MUE: MAI 1 compares each line's units with the limit;
    MAI 2 and 3 add up the code's units over the date of service.
    """
    findings: list[Finding] = []
    billed = {line.code for line in lines}
    for edit in _rows("ncci_ptp_example.csv"):
        one, two, indicator = edit["column1"], edit["column2"], edit["modifier_indicator"]
        if one not in billed or two not in billed or indicator == "9":
            continue
        bypass = indicator == "1" and any(
            NCCI_MODIFIERS.intersection(line.modifiers) for line in lines if line.code in (one, two)
        )
        if not bypass:
            how = "never allowed together" if indicator == "0" else "no NCCI-associated modifier"
            findings.append(Finding("PTP", two, one, f"{two} is column 2 to {one} ({how})."))
    limits = {r["code"]: (int(r["mue"]), r["mai"]) for r in _rows("mue_example.csv")}
    totals: dict[str, int] = {}
    for line in lines:
        totals[line.code] = totals.get(line.code, 0) + line.units
        if line.code in limits and limits[line.code][1] == "1" and line.units > limits[line.code][0]:
            findings.append(Finding("MUE", line.code, None,
                                    f"{line.units} units on one line; the MUE is {limits[line.code][0]}."))
    for code, units in totals.items():
        if code in limits and limits[code][1] != "1" and units > limits[code][0]:
            findings.append(Finding("MUE", code, None,
                                    f"{units} units on the date of service; the MUE is {limits[code][0]}."))
    return findings


def scrub(claim: Claim) -> list[Finding]:
    """Everything a claim scrubber would flag: front-end problems, then PTP and MUE findings."""
    front = [Finding("FORM", "", None, message) for message in validate(claim)]
    return front + ncci_findings(claim.lines)


# ---------------------------------------------------------------------------------------------
# CARC


@cache
def _carc() -> dict[int, Carc]:
    return {int(r["code"]): Carc(int(r["code"]), r["description"], r["category"])
            for r in _rows("carc.csv")}


def carc(code: int | str) -> Carc:
    """Look up a CARC by number; a group-code prefix is accepted ("CO-97" -> 97)."""
    text = re.sub(r"^(CO|PR|OA|PI)-?", "", str(code).strip().upper())
    if not text.isdigit():
        raise CarcNotFoundError(f"{code!r} is not shaped like a CARC (a number, e.g. 'CO-97').")
    try:
        return _carc()[int(text)]
    except KeyError:
        raise CarcNotFoundError(
            f"CARC {int(text)} is not in the course table of {len(_carc())} codes; "
            "see the X12 CARC list."
        ) from None


def carc_table() -> pd.DataFrame:
    """The course CARC table: code, description, category, source, source_year."""
    frame = _frame("carc.csv")
    frame["code"] = frame["code"].astype(int)
    return frame


# ---------------------------------------------------------------------------------------------
# Synthetic claims

_VISITS = {"new": ("99202", "99203", "99204", "99205"),
           "established": ("99211", "99212", "99213", "99214", "99215")}
_VISIT_WEIGHTS = {"new": (10, 45, 35, 10), "established": (3, 12, 45, 33, 7)}
_DIAGNOSES = ("I10", "E11.9", "E78.5", "J45.909", "J06.9", "M54.50", "F41.1", "K21.9", "N39.0",
              "R51.9", "Z00.00", "E66.9", "I25.10", "J44.9", "F32.A")
_PROCEDURES: dict[str, tuple[tuple[tuple[str, int], ...], tuple[str, ...]]] = {
    # scenario: ((extra code, max units) pairs ...), fitting diagnoses
    "joint injection": ((("20610", 1),), ("M17.11", "M17.12", "M25.561", "M19.011")),
    "skin biopsy": ((("11102", 1), ("11103", 3)), ("D48.5", "L82.1", "L57.0")),
    "lesion destruction": ((("17000", 1), ("17003", 16)), ("L57.0", "L82.1")),
    "laceration repair": ((("12001", 1),), ("S61.411A", "S01.81XA", "S81.811A")),
    "cerumen removal": ((("69210", 1),), ("H61.21", "H61.22", "H61.23")),
    "ECG": ((("93000", 1),), ("R00.2", "R07.9", "I48.91")),
    "injection": ((("96372", 1),), ("E53.8", "M54.50", "J02.9")),
    "vaccine": ((("90471", 1),), ("Z23",)),
    "wound debridement": ((("11042", 1), ("97597", 1)), ("L97.412", "L89.153", "E11.621")),
}
_RANDOM_DENIALS = ((16, 14), (4, 5), (11, 6), (181, 2), (146, 2), (18, 8), (22, 6), (27, 6),
                   (29, 7), (50, 12), (96, 4), (109, 4), (167, 6), (170, 2), (197, 10), (204, 6))
_PR_CODES = frozenset({27, 96, 204})
_OA_CODES = frozenset({18, 22})


def _make_claim(rng: random.Random) -> tuple[str, date, list[dict]]:
    payer = rng.choices(list(PAYERS), weights=(35, 20, 27, 18))[0]
    day = date(2026, 1, 2) + timedelta(days=rng.randrange(180))
    kind = "new" if rng.random() < 0.2 else "established"
    visit = rng.choices(_VISITS[kind], weights=_VISIT_WEIGHTS[kind])[0]
    dx = rng.sample(_DIAGNOSES, rng.choice((1, 1, 2, 2, 3)))
    lines = []
    scenario = rng.choice(list(_PROCEDURES)) if rng.random() < 0.45 else None
    if scenario:
        extras, fitting = _PROCEDURES[scenario]
        pdx = rng.choice(fitting)
        dx = [pdx] + [d for d in dx if d != pdx][:2]
        separate = rng.random() < 0.5
        modifier = "25" if separate and rng.random() < 0.75 else ""
        if separate or scenario in ("vaccine", "injection"):
            lines.append({"cpt": visit, "modifier": modifier, "units": 1, "icd10cm": dx[-1]})
        for code, most in extras:
            units = rng.randint(1, most) if most > 1 else 1
            distinct = "XS" if code == "97597" and rng.random() < 0.7 else ""
            lines.append({"cpt": code, "modifier": distinct, "units": units, "icd10cm": pdx})
        if scenario == "ECG" and rng.random() < 0.05:
            lines.append({"cpt": "93010", "modifier": "", "units": 1, "icd10cm": pdx})
    else:
        lines.append({"cpt": visit, "modifier": "", "units": 1, "icd10cm": dx[0]})
    return payer, day, lines


def _adjudicate(rng: random.Random, payer: str, lines: list[dict]) -> None:
    share, base = PAYERS[payer]
    service = [ServiceLine(ln["cpt"], "A", ln["units"], (ln["modifier"],) if ln["modifier"] else ())
               for ln in lines]
    flagged = {}
    for finding in ncci_findings(service):
        flagged.setdefault(finding.code, 236 if finding.rule == "PTP" and finding.other == "20610"
                           else 97 if finding.rule == "PTP" else 151)
    for ln in lines:
        expected = round(fee_schedule.allowed_amount(ln["cpt"]) * share * ln["units"], 2)
        reason = flagged.get(ln["cpt"])
        if reason is None and rng.random() < base:
            codes, weights = zip(*_RANDOM_DENIALS, strict=True)
            reason = rng.choices(codes, weights=weights)[0]
        group = "" if reason is None else "CO"
        if reason in _PR_CODES or reason in _OA_CODES:
            group = "PR" if reason in _PR_CODES else "OA"
        ln.update(charge=round(expected / share * 2.0, 2), expected=expected,
                  status="paid" if reason is None else "denied",
                  carc=reason, group_code=group, paid=expected if reason is None else 0.0)


def synthetic_claims(n_claims: int = 2500, seed: int = 2026) -> pd.DataFrame:
    """A seeded, **synthetic** professional claims dataset, one row per service line.

    Columns: claim_id, line, payer, service_date, cpt, modifier, units, icd10cm (the line's
    primary diagnosis), charge, expected (what the payer would allow: CMS's CY2025 national
    non-facility amount, ``fee_schedule.allowed_amount``, times the payer's synthetic rate and
    the units), status ("paid" or
    "denied"), carc (Int64, empty when paid), group_code, paid. Coding denials come from the NCCI
    edits (a missing modifier 25, an interpretation billed with a global ECG, too many units);
    the other denials are drawn at random with payer-specific rates. Same seed, same data.
    """
    import pandas as pd

    if n_claims < 1:
        raise ClaimError("n_claims must be at least 1.")
    rng = random.Random(seed)
    rows = []
    for number in range(1, n_claims + 1):
        payer, day, lines = _make_claim(rng)
        _adjudicate(rng, payer, lines)
        for index, ln in enumerate(lines, start=1):
            rows.append({"claim_id": f"C{number:05d}", "line": index, "payer": payer,
                         "service_date": day.isoformat(), **ln})
    frame = pd.DataFrame(rows)[["claim_id", "line", "payer", "service_date", "cpt", "modifier",
                                "units", "icd10cm", "charge", "expected", "status", "carc",
                                "group_code", "paid"]]
    frame["carc"] = frame["carc"].astype("Int64")
    return frame


def lines_of(claim_rows: pd.DataFrame) -> list[ServiceLine]:
    """ServiceLine objects from rows of ``synthetic_claims`` (e.g. one claim's rows)."""
    columns = zip(claim_rows["cpt"], claim_rows["units"], claim_rows["modifier"], strict=True)
    return [ServiceLine(cpt, "A", int(units), (modifier,) if modifier else ())
            for cpt, units, modifier in columns]

