"""ICD-10-CM lookups over the CDC tabular list, April 1, 2026 release (FY2026).

FY2026 is the code set in force for services from October 1, 2025; the April 1, 2026 release
is its mid-year update. The data come from the pinned ``simple-icd-10-cm`` 1.5.0 package
(``icd10c-tabular-April-1-2026.xml``) and load on first use, about 2 s.

Billable codes: 74,719, the CMS count for FY2026. A code is billable when its tabular entry has
no children. Chapter and block (section) entries are never billable, even when empty, and five
billable three-character categories (B20, F99, P84, R99, Z66) share their name with a block of
their own, so counting every name that ``is_leaf`` accepts gives 74,736 (17 empty blocks too
many), and dropping every name that ``is_block`` accepts gives 74,714 (those five too few).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

import pandas as pd

from course.disk_cache import on_disk

RELEASE = "ICD-10-CM FY2026, CDC tabular list of April 1, 2026 (simple-icd-10-cm 1.5.0)"

BILLABLE_COUNT = 74_719

_CODE_SHAPE = re.compile(r"^(?:[A-Z][0-9]|QA)[0-9A-Z](\.?[0-9A-Z]{1,4})?$")
_SHOWN = 10


class ICD10CMError(Exception):
    """Base class of every ICD-10-CM validation error."""


class MalformedCodeError(ICD10CMError, ValueError):
    """The string is not shaped like an ICD-10-CM code at all."""


class CodeNotFoundError(ICD10CMError, LookupError):
    """The string is shaped like an ICD-10-CM code but the release has no such code."""

    def __init__(self, message: str, code: str = "", suggestions: tuple[str, ...] = ()):
        super().__init__(message)
        self.code = code
        self.suggestions = suggestions


class NotBillableError(ICD10CMError, ValueError):
    """The code exists but is a header: it has subdivisions, so a claim cannot carry it."""

    def __init__(self, message: str, code: str = "", billable_children: tuple[str, ...] = ()):
        super().__init__(message)
        self.code = code
        self.billable_children = billable_children


class MissingSeventhCharacterError(NotBillableError):
    """The code needs a 7th character (and placeholder X where it is short) to be billable."""


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


def has_code_shape(text: str) -> bool:
    """True when ``text`` (upper case, dotted or not) is shaped like an ICD-10-CM code.

    A letter, then a digit, or the letter A in category QA0 (new in FY2026, the one ICD-10-CM
    category with a letter in 2nd position), then a digit or letter, then optionally a dot after
    the 3rd character and up to 4 more.
    """
    return bool(_CODE_SHAPE.match(text))


def normalize(code: str) -> str:
    """Return the dotted, upper-case form of ``code`` ("e119" -> "E11.9")."""
    text = str(code).strip().upper()
    if not has_code_shape(text):
        raise MalformedCodeError(
            f"{code!r} is not shaped like an ICD-10-CM code: a letter, a digit (or QA, category QA0), "
            "a digit or letter, then optionally a dot and up to 4 more characters "
            "(e.g. 'E11.9')."
        )
    undotted = text.replace(".", "")
    return undotted if len(undotted) == 3 else f"{undotted[:3]}.{undotted[3:]}"


def is_valid(code: str) -> bool:
    """True when ``code`` is a category, subcategory or code in the release."""
    try:
        return normalize(code) in _positions()
    except MalformedCodeError:
        return False


@lru_cache(maxsize=1 << 16)  # the encoder looks the same codes up again and again
def lookup(code: str) -> Code:
    """Return the tabular entry for ``code`` (dotted or undotted); raise if there is none."""
    return Code(*_rows()[_positions()[tabular_form(code)]])


def tabular_form(code: str) -> str:
    """``code`` as the tabular list writes it ("e119" -> "E11.9"); raises as ``lookup`` where it has none."""
    dotted = normalize(code)
    if dotted not in _positions():
        near = suggest(dotted)
        offer = f" Nearest valid codes: {', '.join(near)}." if near else ""
        raise CodeNotFoundError(
            f"{dotted} is not a code in {RELEASE}.{offer}", code=dotted, suggestions=tuple(near)
        )
    return dotted


def children(code: str) -> list[str]:
    """The codes one level below ``code`` in the tabular list (empty for a billable code)."""
    dotted = lookup(code).code
    start = _positions()[dotted]
    return [row[0] for row in _rows()[start + 1 : _subtree_ends()[start] + 1] if row[5] == dotted]


def ancestors(code: str) -> list[str]:
    """The codes above ``code``, parent first, up to its category (blocks and chapters excluded)."""
    found = []
    parent = lookup(code).parent
    while parent is not None:
        found.append(parent)
        parent = lookup(parent).parent
    return found


def billable_descendants(code: str) -> list[str]:
    """Every billable code at or below ``code``, in tabular order."""
    start = _positions()[lookup(code).code]
    return [row[0] for row in _rows()[start : _subtree_ends()[start] + 1] if row[2]]


def validate(code: str) -> Code:
    """Return the entry for ``code`` when it is billable; otherwise raise a clear error.

    Raises MalformedCodeError, CodeNotFoundError (with the nearest valid codes),
    MissingSeventhCharacterError or NotBillableError (with its billable children).
    """
    entry = lookup(code)
    if entry.billable:
        return entry
    below = billable_descendants(entry.code)
    shown = ", ".join(below[:_SHOWN]) + (f" and {len(below) - _SHOWN} more" if len(below) > _SHOWN else "")
    kids = children(entry.code)
    if all(len(kid) == 8 for kid in kids):
        padded = kids[0][:-1]
        chars = ", ".join(kid[-1] for kid in kids)
        placeholder = (
            f" Fill it to six characters with the placeholder X ({padded}) first."
            if padded != entry.code
            else ""
        )
        raise MissingSeventhCharacterError(
            f"{entry.code} ({entry.description}) needs a 7th character to be billable.{placeholder}"
            f" Valid 7th characters here: {chars}; e.g. {kids[0]}.",
            code=entry.code,
            billable_children=tuple(below),
        )
    raise NotBillableError(
        f"{entry.code} ({entry.description}) is a header, not billable: code to the highest "
        f"specificity. Its billable codes: {shown}.",
        code=entry.code,
        billable_children=tuple(below),
    )


def suggest(code: str, limit: int = 5) -> list[str]:
    """The billable codes nearest to ``code`` by shared prefix, then by spelling."""
    target = normalize(code).replace(".", "")
    billable = _billable_undotted()
    pool: list[str] = []
    for size in range(len(target), 0, -1):
        start = bisect.bisect_left(billable, target[:size])
        pool = billable[start : bisect.bisect_left(billable, target[:size] + "~")]
        if len(pool) >= limit:
            break
    stem = _seventh_parents().get(target[:-1])
    if stem and stem + target[-1] in _billable_set():
        pool = [stem + target[-1], *pool]

    def rank(candidate: str) -> tuple[int, int, str]:
        return (-len(_common_prefix(candidate, target)), _edits(candidate, target), candidate)

    ranked = sorted(dict.fromkeys(pool), key=rank)
    return [normalize(c) for c in ranked[:limit]]


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions from ``a`` to ``b``."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]


@cache
def _billable_undotted() -> list[str]:
    """Billable codes, undotted and sorted, for prefix searches."""
    return sorted(row[0].replace(".", "") for row in _rows() if row[2])


@cache
def _billable_set() -> frozenset[str]:
    return frozenset(_billable_undotted())


@cache
def _seventh_parents() -> dict[str, str]:
    """Undotted codes that take a 7th character, mapped to their X-padded six-character stem."""
    return {
        row[5].replace(".", ""): row[0][:-1].replace(".", "")
        for row in _rows()
        if row[2] and len(row[0]) == 8
    }


@cache
def _rows() -> list[tuple[str, str, bool, int, str, str | None]]:
    """The tabular entries in tabular order, as the fields of ``Code``."""
    return _tabular()[0]


@cache
@on_disk("icd10cm-tabular", ("icd10cm.py",), ("simple-icd-10-cm",))
def _tabular() -> tuple[list[tuple[str, str, bool, int, str, str | None]], dict[int, str]]:
    """The tabular entries (``_rows``) and the chapters' titles, by number.

    Kept on disk: reading them back takes 0.04 s, where importing simple-icd-10-cm (its XML
    parsed) and walking it take 3 s in every new kernel.
    """
    cm = _cm()
    rows = []
    chapter, block, blocks_seen = "", "", set()
    for item in cm.get_all_codes(with_dots=True):
        if cm.is_chapter(item):
            chapter = item
        elif cm.is_block(item) and item not in blocks_seen:
            # A block listed once; a category with the block's name (e.g. B20) comes next.
            block = item
            blocks_seen.add(item)
        else:
            kids = cm.get_children(item)
            parent = cm.get_parent(item)
            rows.append(
                (
                    item,
                    cm.get_description(item),
                    not kids,
                    int(chapter),
                    block,
                    None if len(item) == 3 else parent,
                )
            )
    titles = {number: cm.get_description(str(number)) for number in sorted({row[3] for row in rows})}
    return rows, titles


@cache
def _codes_frame() -> pd.DataFrame:
    return pd.DataFrame(
        _rows(), columns=["code", "description", "billable", "chapter", "block", "parent"]
    )


@cache
def _positions() -> dict[str, int]:
    return {row[0]: i for i, row in enumerate(_rows())}


@cache
def _subtree_ends() -> list[int]:
    """For each tabular row, the row of the last code in its subtree."""
    codes = [row[0].replace(".", "") for row in _rows()]
    ends = list(range(len(codes)))
    stack: list[int] = []
    for i, code in enumerate(codes):
        while stack and not code.startswith(codes[stack[-1]]):
            ends[stack.pop()] = i - 1
        stack.append(i)
    for open_row in stack:
        ends[open_row] = len(codes) - 1
    return ends


def codes() -> pd.DataFrame:
    """Every category, subcategory and code: code, description, billable, chapter, block, parent.

    ``codes().billable.sum()`` is 74,719, the FY2026 count of billable codes.
    """
    return _codes_frame().copy()


@cache
def _chapters_frame() -> pd.DataFrame:
    frame = _codes_frame()
    counts = frame.groupby("chapter").agg(codes=("code", "size"), billable=("billable", "sum"))
    rows = []
    for number in sorted(counts.index):
        title = _tabular()[1][number]
        name, span = title.rsplit(" (", 1)  # the official range, e.g. "(U00-U85)"
        rows.append((number, span.rstrip(")"), name, *counts.loc[number]))
    return pd.DataFrame(rows, columns=["chapter", "range", "title", "codes", "billable"])


def chapters() -> pd.DataFrame:
    """The 22 chapters: number, code range, title, all entries and billable codes."""
    return _chapters_frame().copy()
