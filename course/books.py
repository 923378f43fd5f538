"""The coder's books as committed tables: the ICD-10-CM Alphabetic Index, External Cause Index,
Table of Drugs and Chemicals and Neoplasm Table, and the ICD-10-PCS Index and Definitions.

They are CDC's and CMS's FY2025 files with every code checked against the FY2026 Tabular List
the course uses (``data/icd10cm_index.md`` and the other data cards; made by
``scripts/build_index.py``). Each table loads on first use and stays loaded; the parsed
Index tables are also kept in the user's cache folder (``course.disk_cache``) for the next process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from course import data_files
from course.disk_cache import on_disk

RELEASE = ("ICD-10-CM and ICD-10-PCS Index files FY2025 (CDC, CMS), codes checked against the FY2026 "
           "Tabular List")

BOOKS: dict[str, str] = {
    "index": "icd10cm_index.csv.gz",
    "external": "icd10cm_eindex.csv.gz",
    "drugs": "icd10cm_drugs.csv.gz",
    "neoplasm": "icd10cm_neoplasm.csv.gz",
}
"""The ICD-10-CM books by short name, and the committed table of each."""

TITLES: dict[str, str] = {
    "index": "Alphabetic Index",
    "external": "External Cause Index",
    "drugs": "Table of Drugs and Chemicals",
    "neoplasm": "Neoplasm Table",
}

DRUG_COLUMNS = ("accidental", "self_harm", "assault", "undetermined", "adverse_effect", "underdosing")
"""The Table of Drugs' six columns in the book's order: four poisonings by intent, then adverse
effect and underdosing."""

NEOPLASM_COLUMNS = ("primary", "secondary", "in_situ", "benign", "uncertain", "unspecified")
"""The Neoplasm Table's six columns in the book's order (malignant primary, malignant secondary,
ca in situ, benign, uncertain behavior, unspecified behavior)."""

_COLUMNS = {"drugs": DRUG_COLUMNS, "neoplasm": NEOPLASM_COLUMNS}


@dataclass(frozen=True)
class Entry:
    """One entry of a book: a main term (level 0) or a subterm, with its codes.

    ``codes`` holds one code for the Index and the External Cause Index (empty string when the
    entry has none) and the six columns of the Drug and Neoplasm tables. A code ending in "-"
    needs more characters; one without may still need a 7th character from the Tabular.
    """

    book: str
    number: int
    level: int
    parent: int | None
    term: str
    modifiers: str
    see: str
    see_also: str
    codes: tuple[str, ...]

    @property
    def code(self) -> str:
        """The entry's code (the first column for a table)."""
        return self.codes[0]


@cache
@on_disk("books", ("books.py", *(f"data/{name}" for name in BOOKS.values())))
def _rows() -> dict[str, tuple[tuple, ...]]:
    """Each book's rows as plain tuples, the fields of ``Entry`` after its number (a second to
    parse, so kept on disk; plain tuples read back ten times faster than entries)."""
    rows = {}
    for book, name in BOOKS.items():
        columns = _COLUMNS.get(book, ("code",))
        rows[book] = tuple(
            (int(row["level"]), int(row["parent"]) if row["parent"] else None, row["term"],
             row["modifiers"], row["see"], row["see_also"], tuple(row[c] for c in columns))
            for row in data_files.rows(name)
        )
    return rows


@cache
def entries(book: str) -> tuple[Entry, ...]:
    """Every entry of ``book`` (a key of ``BOOKS``) in the book's order."""
    if book not in BOOKS:
        raise ValueError(f"Unknown book {book!r}; choose from {', '.join(BOOKS)}.")
    return tuple(Entry(book, number, *row) for number, row in enumerate(_rows()[book]))


@cache
def children(book: str) -> dict[int | None, tuple[int, ...]]:
    """The entry numbers under each entry of ``book``; key None holds the main terms."""
    found: dict[int | None, list[int]] = {}
    for entry in entries(book):
        found.setdefault(entry.parent, []).append(entry.number)
    return {key: tuple(value) for key, value in found.items()}


def path(entry: Entry) -> tuple[str, ...]:
    """The terms from the main term down to ``entry``."""
    rows = entries(entry.book)
    terms = [entry.term]
    while entry.parent is not None:
        entry = rows[entry.parent]
        terms.append(entry.term)
    return tuple(reversed(terms))


def table(book: str) -> pd.DataFrame:
    """``book`` as a DataFrame: number, level, parent, path, term, modifiers, see, see_also and
    its code column(s)."""
    columns = _COLUMNS.get(book, ("code",))
    rows = [
        {"number": e.number, "level": e.level, "parent": e.parent, "path": " > ".join(path(e)),
         "term": e.term, "modifiers": e.modifiers, "see": e.see, "see_also": e.see_also,
         **dict(zip(columns, e.codes, strict=True))}
        for e in entries(book)
    ]
    return pd.DataFrame(rows).astype({"parent": "Int64"})


@cache
def code_checks() -> dict[str, dict[str, str]]:
    """FY2025 book codes that the tables show differently, by book code: status, code shown,
    and the FY2026 codes of a code that FY2026 subdivided (``data/icd10cm_index_codes.md``)."""
    return {row["book_code"]: row for row in data_files.rows("icd10cm_index_codes.csv")}


def pcs_index() -> pd.DataFrame:
    """The ICD-10-PCS Index: level, parent, term, use, see, code (3 to 7 characters), status."""
    frame = pd.DataFrame(data_files.rows("icd10pcs_index.csv.gz"))
    frame["level"] = frame["level"].astype(int)
    frame["parent"] = pd.array([int(p) if p else None for p in frame["parent"]], dtype="Int64")
    return frame


def pcs_definitions() -> pd.DataFrame:
    """The ICD-10-PCS Definitions: section, axis, axis_title, term, definition, explanation, includes."""
    return pd.DataFrame(data_files.rows("icd10pcs_definitions.csv.gz"))
