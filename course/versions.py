"""ICD-10-CM and ICD-10-PCS releases by fiscal year, FY2023 to FY2026, and what changed.

A federal fiscal year runs October 1 to September 30 and is named for the year it ends in:
FY2026 is the code set for dates of service from October 1, 2025, and the April 1, 2026
release is FY2026's mid-year update. Each list here is the set of valid codes in force at
the end of its fiscal year. The functions about code sets take ``system``: ``"ICD-10-CM"``
(the default) or ``"ICD-10-PCS"``.

ICD-10-CM: FY2026 is ``course.icd10cm`` itself. Older years are rebuilt from it by undoing the
changes in ``course/data/icd10cm_changes.tsv`` (see its data card). Descriptions are each
release's own for FY2025 and FY2026; for FY2023 and FY2024 a kept code shows its FY2025
wording, because no package here ships those tabular lists, so ``diff`` reports revisions only
from FY2025 on.

ICD-10-PCS: FY2026 is ``course.pcs`` itself, and older years undo the changes in
``course/data/pcs_changes.tsv``. Its rows carry the date each change took effect, so
``is_valid_on`` also honours the April 1 updates. No PCS descriptions are shipped: PCS lists
have a code column only, and ``diff`` cannot report revisions (``revised`` is None).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import pandas as pd

from course import icd10cm, pcs

CM = "ICD-10-CM"
PCS = "ICD-10-PCS"
SYSTEMS = (CM, PCS)
FISCAL_YEARS = (2023, 2024, 2025, 2026)
_OWN_DESCRIPTIONS = (2025, 2026)
_FIRST_CHANGES = {CM: 2024, PCS: 2023}  # the first fiscal year with rows in the change table
_TABLES = {CM: "icd10cm_changes.tsv", PCS: "pcs_changes.tsv"}


@dataclass(frozen=True)
class CodeSetDiff:
    """What changed from the ``old`` fiscal year's code set to the ``new`` one.

    ``added`` and ``deleted`` have columns code, description (ICD-10-PCS: code only);
    ``revised`` has code, old_description, description, and is None when either year lacks
    its own descriptions, which is always the case for ICD-10-PCS.
    """

    old: int
    new: int
    added: pd.DataFrame
    deleted: pd.DataFrame
    revised: pd.DataFrame | None


def fiscal_year(day: date) -> int:
    """The federal fiscal year of a date of service: October 1, 2025 falls in FY2026."""
    return day.year + 1 if day.month >= 10 else day.year


def effective_dates(year: int) -> tuple[date, date]:
    """First and last dates of service that fiscal ``year``'s code set covers."""
    _check(year)
    return date(year - 1, 10, 1), date(year, 9, 30)


def changes(system: str = CM) -> pd.DataFrame:
    """The committed change table of ``system``, one row per code a release changed.

    ICD-10-CM columns: fiscal_year, change (added/deleted/revised), code, description,
    old_description. ICD-10-PCS columns: fiscal_year, change (added/deleted), code, effective
    (the first date of service the change applies to: October 1, or April 1 for a mid-year
    update).
    """
    return _changes(_system(system)).copy()


def code_list(year: int, system: str = CM) -> pd.DataFrame:
    """The valid codes of fiscal ``year`` at its end, sorted.

    ICD-10-CM: billable codes, columns code, description. ICD-10-PCS: column code.
    """
    return _code_list(year, _system(system)).copy()


def is_valid_on(code: str, day: date, system: str = CM) -> bool:
    """True when ``code`` is a valid (billable) code for a service on ``day`` (FY2023 to FY2026).

    Raises the code set's ``MalformedCodeError`` when ``code`` is not shaped like its codes.
    """
    year = fiscal_year(day)
    _check(year)
    if _system(system) == PCS:
        return pcs.normalize(code) in _pcs_on(day)
    return icd10cm.normalize(code) in _code_sets()[year]


def diff(old: int, new: int, system: str = CM) -> CodeSetDiff:
    """Codes added, deleted and revised (description changed) from fiscal ``old`` to ``new``.

    ``revised`` is None for ICD-10-PCS and for ICD-10-CM years without their own descriptions.
    Each call gets its own tables (worked out once, then copied), so changing one changes no other.
    """
    found = _diff(old, new, _system(system))
    revised = None if found.revised is None else found.revised.copy()
    return CodeSetDiff(old=old, new=new, added=found.added.copy(), deleted=found.deleted.copy(),
                       revised=revised)


@cache
def _diff(old: int, new: int, system: str) -> CodeSetDiff:
    """``diff``, worked out: two code lists of about 75,000 codes compared (0.12 s)."""
    before = _code_list(old, system).set_index("code")
    after = _code_list(new, system).set_index("code")
    added = after.loc[after.index.difference(before.index)].reset_index()
    deleted = before.loc[before.index.difference(after.index)].reset_index()
    revised = None
    if system == CM and old in _OWN_DESCRIPTIONS and new in _OWN_DESCRIPTIONS:
        kept = before.index.intersection(after.index)
        both = pd.DataFrame(
            {
                "old_description": before.loc[kept, "description"],
                "description": after.loc[kept, "description"],
            }
        )
        revised = both[both.old_description != both.description].reset_index()
    return CodeSetDiff(old=old, new=new, added=added, deleted=deleted, revised=revised)


def releases(system: str = CM) -> pd.DataFrame:
    """One row per fiscal year: effective_from, effective_to, billable, added, deleted, revised.

    ``billable`` counts the list at the fiscal year's end (every valid ICD-10-PCS code is a
    complete, reportable code). Added, deleted and revised compare with the year before,
    mid-year update included; they are blank where the change table does not reach (ICD-10-CM
    FY2023) and revised is blank where descriptions are missing (always for ICD-10-PCS).
    """
    system = _system(system)
    table = _changes(system)
    rows = []
    for year in FISCAL_YEARS:
        start, end = effective_dates(year)
        counts = table[table.fiscal_year == year].change.value_counts()
        known = year >= _FIRST_CHANGES[system]
        rows.append(
            (
                f"FY{year}",
                start,
                end,
                len(_code_list(year, system)),
                counts.get("added", 0) if known else None,
                counts.get("deleted", 0) if known else None,
                counts.get("revised", 0)
                if system == CM and year - 1 in _OWN_DESCRIPTIONS
                else None,
            )
        )
    columns = ["release", "effective_from", "effective_to", "billable", "added", "deleted", "revised"]
    return pd.DataFrame(rows, columns=columns).astype(
        {"added": "Int64", "deleted": "Int64", "revised": "Int64"}
    )


def _check(year: int) -> None:
    if year not in FISCAL_YEARS:
        raise ValueError(
            f"FY{year} is not available; choose one of {', '.join(f'FY{y}' for y in FISCAL_YEARS)}."
        )


def _system(system: str) -> str:
    name = str(system).strip().upper()
    if name not in SYSTEMS:
        raise ValueError(f"{system!r} is not a code set here; choose {CM!r} or {PCS!r}.")
    return name


@cache
def _changes(system: str) -> pd.DataFrame:
    path = resources.files("course") / "data" / _TABLES[system]
    with path.open(encoding="utf-8") as handle:
        frame = pd.read_csv(handle, sep="\t", dtype=str, keep_default_na=False)
    frame["fiscal_year"] = frame.fiscal_year.astype(int)
    if system == PCS:
        frame["effective"] = frame.effective.map(date.fromisoformat)
    return frame


@cache
def _code_list(year: int, system: str) -> pd.DataFrame:
    _check(year)
    if system == PCS:
        return pd.DataFrame({"code": sorted(_pcs_on(effective_dates(year)[1]))})
    if year == FISCAL_YEARS[-1]:
        frame = icd10cm.codes()
        return frame.loc[frame.billable, ["code", "description"]].sort_values("code").reset_index(
            drop=True
        )
    following = _code_list(year + 1, CM)
    later = dict(zip(following.code.tolist(), following.description.tolist(), strict=True))
    step = _changes(CM)[_changes(CM).fiscal_year == year + 1]
    for row in step.itertuples():
        if row.change == "added":
            del later[row.code]
        elif row.change == "deleted":
            later[row.code] = row.description
        else:
            later[row.code] = row.old_description
    frame = pd.DataFrame(sorted(later.items()), columns=["code", "description"])
    return frame


@cache
def _code_sets() -> dict[int, frozenset[str]]:
    return {year: frozenset(_code_list(year, CM).code) for year in FISCAL_YEARS}


def _pcs_on(day: date) -> frozenset[str]:
    """The ICD-10-PCS codes valid on ``day``, a date in FY2023 to FY2026."""
    updates = _pcs_updates()
    return _pcs_from(updates[bisect.bisect_right(updates, day) - 1])


@cache
def _pcs_updates() -> tuple[date, ...]:
    """The first day of FY2023 and of every update in the PCS change table, sorted."""
    return tuple(sorted(set(_changes(PCS).effective) | {effective_dates(FISCAL_YEARS[0])[0]}))


@cache
def _pcs_from(start: date) -> frozenset[str]:
    """The codes valid from the update of ``start``: the FY2026 list, later changes undone."""
    valid = set(pcs.codes())
    table = _changes(PCS)
    later = table[table.effective > start].sort_values(["effective", "code"], ascending=False)
    for row in later.itertuples():
        if row.change == "added":
            valid.remove(row.code)
        else:
            valid.add(row.code)
    return frozenset(valid)
