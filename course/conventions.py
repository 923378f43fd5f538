"""ICD-10-CM tabular conventions: instructional notes, 7th characters, Excludes1 conflicts.

A note written at a category, block or chapter applies to every code below it, so
``instructions`` gathers them from the code up to its chapter. Data: the FY2026 tabular list
(April 1, 2026) in ``course.icd10cm``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from course import icd10cm
from course.disk_cache import on_disk

KINDS = (
    "excludes1",
    "excludes2",
    "includes",
    "inclusion_term",
    "code_first",
    "use_additional_code",
    "code_also",
    "notes",
)

_GETTERS = {
    "excludes1": "get_excludes1",
    "excludes2": "get_excludes2",
    "includes": "get_includes",
    "inclusion_term": "get_inclusion_term",
    "code_first": "get_code_first",
    "use_additional_code": "get_use_additional_code",
    "code_also": "get_code_also",
    "notes": "get_notes",
}
_PARENS = re.compile(r"\(([^()]*)\)")


@dataclass(frozen=True)
class Conflict:
    """Two codes on one claim where an Excludes1 note says never to code them together."""

    code: str
    excluded: str
    note: str
    source: str


def _sources(code: str) -> list[tuple[str, str, bool]]:
    """(label, name in the package, is block or chapter) from the code up to its chapter."""
    entry = icd10cm.lookup(code)
    chain = [entry.code, *icd10cm.ancestors(entry.code)]
    return [
        *((item, item, False) for item in chain),
        (f"block {entry.block}", entry.block, True),
        (f"chapter {entry.chapter}", str(entry.chapter), True),
    ]


def instructions(code: str, kinds: Iterable[str] = KINDS) -> pd.DataFrame:
    """Every instructional note that applies to ``code``: columns source, kind, text.

    Rows run from the code itself up to its chapter; ``kinds`` picks among ``KINDS``.
    Inclusion terms are the code's own; the other kinds are inherited from above.
    """
    wanted = list(kinds)
    unknown = sorted(set(wanted) - set(KINDS))
    if unknown:
        raise ValueError(f"Unknown note kinds {unknown}; choose from {', '.join(KINDS)}.")
    notes = _tabular_notes()[0]
    rows = []
    for depth, (label, name, heading) in enumerate(_sources(code)):
        for kind in wanted:
            if kind == "inclusion_term" and depth > 0:
                continue
            rows.extend((label, kind, line) for line in notes.get((name, heading), {}).get(kind, []))
    return pd.DataFrame(rows, columns=["source", "kind", "text"])


def own_note(code: str, kind: str) -> list[str]:
    """The lines of the ``kind`` note printed at ``code`` itself in the Tabular (not at its block
    or chapter), read from the notes kept on disk, without parsing the release."""
    return _tabular_notes()[0].get((code, False), {}).get(kind, [])


def seventh_characters(code: str) -> dict[str, str]:
    """The 7th characters that ``code`` takes, with their meanings (inherited from above).

    Empty when the code takes none. Meanings with alternatives are joined by " / ".
    """
    return dict(_tabular_notes()[1].get(icd10cm.tabular_form(code), {}))


@cache
@on_disk("icd10cm-conventions", ("conventions.py", "icd10cm.py"), ("simple-icd-10-cm",))
def _tabular_notes() -> tuple[dict[tuple[str, bool], dict[str, list[str]]], dict[str, dict[str, str]]]:
    """The tabular's notes, read once from the release: kept on disk, so a new kernel does not
    parse the release (2.2 s) to read them.

    First, each note line by (code, block or chapter; whether it is read as a block or chapter)
    and kind. Second, each code's 7th characters, inherited from above, with the alternatives of
    a meaning joined by " / " (codes under one definition share its dictionary).
    """
    cm = icd10cm._cm()
    rows = icd10cm._rows()
    headings = sorted({row[4] for row in rows} | {str(row[3]) for row in rows})
    notes = {}
    for name, heading in [*((row[0], False) for row in rows), *((name, True) for name in headings)]:
        found = {kind: _lines(getattr(cm, getter)(name, prioritize_blocks=heading))
                 for kind, getter in _GETTERS.items()}
        if any(found.values()):
            notes[(name, heading)] = {kind: lines for kind, lines in found.items() if lines}
    shared: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    sevenths = {}
    for row in rows:
        if found := cm.get_seven_chr_def(row[0], search_in_ancestors=True):
            meanings = {char: " / ".join(part.strip() for part in text.split("/"))
                        for char, text in found.items()}
            sevenths[row[0]] = shared.setdefault(tuple(meanings.items()), meanings)
    return notes, sevenths


def _lines(found: str | list[str]) -> list[str]:
    """A note as the release gives it (a list, or lines in one string) as a list of lines."""
    return found if isinstance(found, list) else [x for x in found.split("\n") if x]


def add_seventh_character(code: str, character: str) -> str:
    """Build the full code: pad ``code`` to six characters with placeholder X, add ``character``.

    ``add_seventh_character("S52.501", "a")`` is "S52.501A"; ``("S02.0", "A")`` is "S02.0XXA".
    Raises ValueError for a 7th character the code does not take, and NotBillableError when
    the code is subdivided further, so the 7th character belongs on one of its subcodes.
    """
    entry = icd10cm.lookup(code)
    allowed = seventh_characters(entry.code)
    char = str(character).strip().upper()
    if not allowed:
        raise ValueError(f"{entry.code} ({entry.description}) takes no 7th character.")
    if char not in allowed:
        raise ValueError(
            f"{char!r} is not a 7th character of {entry.code}; it takes "
            + ", ".join(f"{key} ({meaning})" for key, meaning in allowed.items())
            + "."
        )
    full = icd10cm.normalize(entry.code.replace(".", "").ljust(6, "X") + char)
    if not icd10cm.is_valid(full):
        below = icd10cm.billable_descendants(entry.code)
        stems = sorted({item[:-1] for item in below})
        raise icd10cm.NotBillableError(
            f"{entry.code} is subdivided further: add the 7th character to one of its subcodes "
            f"({', '.join(stems[:10])}{' ...' if len(stems) > 10 else ''}).",
            code=entry.code,
            billable_children=tuple(below),
        )
    return full


def references(note: str) -> list[tuple[str, str]]:
    """The code ranges a note points to, as (first, last) pairs of existing codes.

    "(E08.-)" is ("E08", "E08"): E08 and all below it; "(O10-O11, O13-O16)" is two ranges.
    Text that names no existing code is skipped.
    """
    found = []
    for group in _PARENS.findall(note):
        for token in group.split(","):
            ends = [part.strip().rstrip(".-") for part in re.split(r"-(?=[A-Z])", token.strip())]
            if not 1 <= len(ends) <= 2 or not all(icd10cm.has_code_shape(end) for end in ends):
                continue
            if all(icd10cm.is_valid(end) for end in ends):
                found.append((ends[0], ends[-1]))
    return found


def in_range(code: str, first: str, last: str) -> bool:
    """True when ``code`` lies in the tabular range from ``first`` to the end of ``last``."""
    positions = icd10cm._positions()
    here = positions[icd10cm.lookup(code).code]
    start = positions[icd10cm.lookup(first).code]
    stop = icd10cm._subtree_ends()[positions[icd10cm.lookup(last).code]]
    return start <= here <= stop


def excludes1_conflicts(codes: Iterable[str]) -> list[Conflict]:
    """Each pair in ``codes`` that an Excludes1 note forbids together, named once, in list order.

    A note at a code's category, block or chapter counts too. Each code must exist.
    """
    listed = list(dict.fromkeys(icd10cm.lookup(code).code for code in codes))
    found: list[Conflict] = []
    named: set[frozenset[str]] = set()
    for code in listed:
        for source, note, ranges in _excludes1(code):
            for other in listed:
                pair = frozenset((code, other))
                if other == code or pair in named:
                    continue
                if any(in_range(other, first, last) for first, last in ranges):
                    named.add(pair)
                    found.append(Conflict(code=code, excluded=other, note=note, source=source))
    return found


@cache
def _excludes1(code: str) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    frame = instructions(code, kinds=["excludes1"])
    return tuple(
        (row.source, row.text, tuple(references(row.text))) for row in frame.itertuples()
    )
