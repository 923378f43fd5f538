"""ICD-10-CM lookups over the CDC tabular list, April 1, 2026 release (FY2026).

The data come from the pinned ``simple-icd-10-cm`` 1.5.0 package and load on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import pandas as pd

RELEASE = "ICD-10-CM FY2026, CDC tabular list of April 1, 2026 (simple-icd-10-cm 1.5.0)"

_CODE_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$")


class CodeNotFoundError(LookupError):
    """The string is shaped like an ICD-10-CM code but the release has no such code."""


class MalformedCodeError(ValueError):
    """The string is not shaped like an ICD-10-CM code at all."""


@dataclass(frozen=True)
class Code:
    """One ICD-10-CM tabular entry: a category, subcategory or full code."""

    code: str
    description: str
    billable: bool
    chapter: int
    block: str
    parent: str | None


@cache
def _cm() -> ModuleType:
    import simple_icd_10_cm

    return simple_icd_10_cm


def normalize(code: str) -> str:
    """Return the dotted, upper-case form of ``code`` ("e119" -> "E11.9")."""
    text = str(code).strip().upper()
    if not _CODE_SHAPE.match(text):
        raise MalformedCodeError(
            f"{code!r} is not shaped like an ICD-10-CM code: a letter, a digit, a digit or "
            "letter, then optionally a dot and up to 4 more characters (e.g. 'E11.9')."
        )
    undotted = text.replace(".", "")
    return undotted if len(undotted) == 3 else f"{undotted[:3]}.{undotted[3:]}"


def is_valid(code: str) -> bool:
    """True when ``code`` is a category, subcategory or code in the release."""
    try:
        return _cm().is_valid_item(normalize(code))
    except MalformedCodeError:
        return False


def lookup(code: str) -> Code:
    """Return the tabular entry for ``code`` (dotted or undotted)."""
    dotted = normalize(code)
    cm = _cm()
    if not cm.is_valid_item(dotted):
        raise CodeNotFoundError(f"{dotted} is not a code in {RELEASE}.")
    ancestors = cm.get_ancestors(dotted)
    return Code(
        code=dotted,
        description=cm.get_description(dotted),
        billable=cm.is_leaf(dotted),
        chapter=int(ancestors[-1]),
        block=ancestors[-2],
        parent=cm.get_parent(dotted) if len(ancestors) > 2 else None,
    )


@cache
def _codes_frame() -> pd.DataFrame:
    cm = _cm()
    rows = []
    chapter = block = ""
    for item in cm.get_all_codes(with_dots=True):
        if cm.is_chapter(item):
            chapter = item
        elif cm.is_block(item):
            block = item
        else:
            rows.append((item, cm.get_description(item), cm.is_leaf(item), int(chapter), block))
    return pd.DataFrame(rows, columns=["code", "description", "billable", "chapter", "block"])


def codes() -> pd.DataFrame:
    """Every category, subcategory and code: code, description, billable, chapter, block."""
    return _codes_frame().copy()


@cache
def _chapters_frame() -> pd.DataFrame:
    cm = _cm()
    frame = _codes_frame()
    counts = frame.groupby("chapter").agg(codes=("code", "size"), billable=("billable", "sum"))
    rows = []
    for number in sorted(counts.index):
        title = cm.get_description(str(number))
        first_block = next(b for b in cm.get_children(str(number)))
        last_block = cm.get_children(str(number))[-1]
        span = f"{first_block.split('-')[0]}-{last_block.split('-')[-1]}"
        rows.append((number, span, title.rsplit(" (", 1)[0], *counts.loc[number]))
    return pd.DataFrame(rows, columns=["chapter", "range", "title", "codes", "billable"])


def chapters() -> pd.DataFrame:
    """The 22 chapters: number, code range, title, all entries and billable codes."""
    return _chapters_frame().copy()
