"""ICD-10-CM releases by fiscal year, FY2023 to FY2026, and what changed between them.

A federal fiscal year runs October 1 to September 30 and is named for the year it ends in:
FY2026 is the code set for dates of service from October 1, 2025, and the April 1, 2026
release is FY2026's mid-year update. Each list here is the set of billable codes in force at
the end of its fiscal year.

FY2026 is ``course.icd10cm`` itself. Older years are rebuilt from it by undoing the changes in
``course/data/icd10cm_changes.tsv`` (see its data card). Descriptions are each release's own
for FY2025 and FY2026; for FY2023 and FY2024 a kept code shows its FY2025 wording, because no
package here ships those tabular lists, so ``diff`` reports revisions only from FY2025 on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import pandas as pd

from course import icd10cm

FISCAL_YEARS = (2023, 2024, 2025, 2026)
_OWN_DESCRIPTIONS = (2025, 2026)


@dataclass(frozen=True)
class CodeSetDiff:
    """What changed from the ``old`` fiscal year's code set to the ``new`` one.

    ``added`` and ``deleted`` have columns code, description; ``revised`` has code,
    old_description, description, and is None when either year lacks its own descriptions.
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


def changes() -> pd.DataFrame:
    """The committed change table: fiscal_year, change (added/deleted/revised), code, ..."""
    return _changes().copy()


def code_list(year: int) -> pd.DataFrame:
    """The billable codes of fiscal ``year``, sorted: columns code, description."""
    return _code_list(year).copy()


def is_valid_on(code: str, day: date) -> bool:
    """True when ``code`` is a billable code for a service on ``day`` (FY2023 to FY2026)."""
    year = fiscal_year(day)
    _check(year)
    return icd10cm.normalize(code) in _code_sets()[year]


def diff(old: int, new: int) -> CodeSetDiff:
    """Codes added, deleted and revised (description changed) from fiscal ``old`` to ``new``."""
    _check(old)
    _check(new)
    before, after = _code_list(old).set_index("code"), _code_list(new).set_index("code")
    added = after.loc[after.index.difference(before.index)].reset_index()
    deleted = before.loc[before.index.difference(after.index)].reset_index()
    revised = None
    if old in _OWN_DESCRIPTIONS and new in _OWN_DESCRIPTIONS:
        kept = before.index.intersection(after.index)
        both = pd.DataFrame(
            {
                "old_description": before.loc[kept, "description"],
                "description": after.loc[kept, "description"],
            }
        )
        revised = both[both.old_description != both.description].reset_index()
    return CodeSetDiff(old=old, new=new, added=added, deleted=deleted, revised=revised)


def releases() -> pd.DataFrame:
    """One row per fiscal year: effective_from, effective_to, billable, added, deleted, revised.

    Counts of added, deleted and revised compare with the year before (blank for FY2023).
    """
    table = _changes()
    rows = []
    for year in FISCAL_YEARS:
        start, end = effective_dates(year)
        counts = table[table.fiscal_year == year].change.value_counts()
        known = year > FISCAL_YEARS[0]
        rows.append(
            (
                f"FY{year}",
                start,
                end,
                len(_code_list(year)),
                counts.get("added", 0) if known else None,
                counts.get("deleted", 0) if known else None,
                counts.get("revised", 0) if year - 1 in _OWN_DESCRIPTIONS else None,
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


@cache
def _changes() -> pd.DataFrame:
    path = resources.files("course") / "data" / "icd10cm_changes.tsv"
    with path.open(encoding="utf-8") as handle:
        return pd.read_csv(handle, sep="\t", dtype=str, keep_default_na=False).astype(
            {"fiscal_year": int}
        )


@cache
def _code_list(year: int) -> pd.DataFrame:
    _check(year)
    if year == FISCAL_YEARS[-1]:
        frame = icd10cm.codes()
        return frame.loc[frame.billable, ["code", "description"]].sort_values("code").reset_index(
            drop=True
        )
    later = _code_list(year + 1).set_index("code").description.to_dict()
    step = _changes()[_changes().fiscal_year == year + 1]
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
    return {year: frozenset(_code_list(year).code) for year in FISCAL_YEARS}
