#!/usr/bin/env python3
"""Build the books of ``course/data/``: the ICD-10-CM Index and its tables, the PCS Index and Definitions.

Run by hand from the repository root, with the course installed (it checks codes with
``course.icd10cm`` and ``course.pcs``)::

    python3 scripts/build_index.py [folder holding icd10cm-index-2025/ and icd10pcs-2025/]

It checks each file's sha256 and writes, as gzip CSVs with a fixed timestamp (a rebuild is
byte-identical):

- ``icd10cm_index.csv.gz``: the Alphabetic Index to Diseases and Injuries (the CSV tree);
- ``icd10cm_eindex.csv.gz``: the External Cause of Injuries Index;
- ``icd10cm_drugs.csv.gz``: the Table of Drugs and Chemicals, six columns of codes;
- ``icd10cm_neoplasm.csv.gz``: the Neoplasm Table, six columns of codes;
- ``icd10cm_index_codes.csv``: each FY2025 book code that the tables do not show as printed
  (more characters needed, subdivided in FY2026, or no FY2026 code), with what they show;
- ``icd10pcs_index.csv.gz`` and ``icd10pcs_definitions.csv.gz``: the PCS Index and Definitions.

Every row of a tree is one Index entry in the book's order: ``level`` (0 for a main term),
``parent`` (the row number of the entry it sits under, counting data rows from 0; empty for a
main term), the term, its nonessential modifiers, "see" and "see also", and its code or codes.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data"
DATA = ROOT / "course" / "data"

SHA256 = {
    "icd10cm-index-2025/ICD10CM_2025_Index.csv":
        "ed46c243bb91ca24ef9da6ad50cf8f204f2c97f2d69632f34ff0f8081a0609ed",
    "icd10cm-index-2025/icd-10-cm-drug-2025.xml":
        "c9e7bd78d02f25495842444d3b09a5e5d935be83ffa139aff725b4c7ccc9be64",
    "icd10cm-index-2025/icd-10-cm-neoplasm-2025.xml":
        "20ce857cc0424666e42d2ab5df912d4809090aeb580dfb71b596f7d8989abb48",
    "icd10cm-index-2025/icd-10-cm-eindex-2025.xml":
        "41fa87021d75527d740e120171efe84d995a852d9fd2b76524f483489b59cd23",
    "icd10pcs-2025/icd10pcs_index_2025.xml":
        "cf51e20c4b191930b843b1882a3a38f4c817b043f9356f14824ff39f36ea61ee",
    "icd10pcs-2025/icd10pcs_definitions_2025.xml":
        "04ca3711da652e4630bb7f9bc432798f5fa82f061fae918363237b492a67f2ce",
}

TREE = ("level", "parent", "term", "modifiers", "see", "see_also")
DRUG_COLUMNS = ("accidental", "self_harm", "assault", "undetermined", "adverse_effect", "underdosing")
NEOPLASM_COLUMNS = ("primary", "secondary", "in_situ", "benign", "uncertain", "unspecified")
CHECK_COLUMNS = ("book_code", "status", "code", "fy2026_codes")
PCS_INDEX = ("level", "parent", "term", "use", "see", "code", "status")
PCS_DEFINITIONS = ("section", "axis", "axis_title", "term", "definition", "explanation", "includes")

STATUSES = {
    "valid": "billable in FY2026 as the book prints it",
    "seventh": "the book's code takes a 7th character (and placeholder X) in FY2026",
    "incomplete": "more characters needed, as the book's '-' says (or a '-' the CSV lost)",
    "expanded": "billable in FY2025, subdivided in FY2026: shown with '-', its FY2026 codes listed",
    "invalid": "no FY2026 code: not shown as a code",
}
NO_CODE = {"", "-", "--"}


def sha256(path: Path) -> str:
    """The hex sha256 of the file at ``path``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source(folder: Path, name: str) -> Path:
    """The path of ``name`` under ``folder`` after checking its sha256."""
    path = folder / name
    if sha256(path) != SHA256[name]:
        raise SystemExit(f"{path}: sha256 is not {SHA256[name]}; not the file the course was built from")
    return path


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


# --- Reading the books -------------------------------------------------------------------


def read_index_csv(path: Path) -> list[dict[str, str]]:
    """The Alphabetic Index CSV as tree rows, with the code as printed in column ``code``. The
    subterms after a "Note:" row stay under the entry the note interrupts, as in the book (Failure,
    heart: its note on stages A to D, then its subterms stage A ... systolic, valvular)."""
    rows: list[dict[str, str]] = []
    above: list[int] = []  # row number of the last entry at each level
    with path.open(encoding="utf-8", newline="") as handle:
        for number, item in enumerate(csv.DictReader(handle)):
            level = int(item["Level"])
            interrupted = above[level] if len(above) > level else number
            del above[level:]
            if len(above) != level:
                raise ValueError(f"row {item['RowID']}: level {level} under level {len(above) - 1}")
            rows.append({
                "level": str(level), "parent": str(above[-1]) if above else "",
                "term": _words(item["Term"]), "modifiers": _words(item["NonEssModif"]),
                "see": _words(item["See"]), "see_also": _words(item["SeeAlso"]), "code": item["Code"].strip(),
            })
            above.append(interrupted if item["Term"].startswith("Note:") else number)
    return rows


def _title(element: ET.Element) -> tuple[str, str]:
    """The term and its nonessential modifiers; text after the modifiers stays with the term."""
    title = element.find("title")
    if title is None:
        return "", ""
    nemod = title.find("nemod")
    modifiers = "" if nemod is None else _words(nemod.text)
    tail = "" if nemod is None else nemod.tail or ""
    return _words(f"{title.text or ''} {tail}"), modifiers


def _entries(root: ET.Element) -> Iterator[tuple[int, ET.Element]]:
    """(level, element) of every main term and subterm, in the book's order."""
    def walk(element: ET.Element, level: int) -> Iterator[tuple[int, ET.Element]]:
        yield level, element
        for child in element.findall("term"):
            yield from walk(child, level + 1)

    for letter in root.findall("letter"):
        for main in letter.findall("mainTerm"):
            yield from walk(main, 0)


def read_tree_xml(path: Path, columns: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """CDC's Index XML (External Cause Index, Drug or Neoplasm Table) as tree rows.

    With ``columns`` each row gets the table's cells (columns 2-7 of the heading) under those
    names; without, its ``code`` (a code, or the subcategory or category a "see" points to).
    """
    rows: list[dict[str, str]] = []
    above: list[int] = []
    for number, (level, element) in enumerate(_entries(ET.parse(path).getroot())):
        del above[level:]
        term, modifiers = _title(element)
        manifestation = _words(element.findtext("manif"))
        row = {
            "level": str(level), "parent": str(above[-1]) if above else "",
            "term": f"{term} [{manifestation}]" if manifestation else term, "modifiers": modifiers,
            "see": _words(element.findtext("see")), "see_also": _words(element.findtext("seeAlso")),
        }
        if columns:
            cells = {int(cell.get("col")): _words(cell.text) for cell in element.findall("cell")}
            if set(cells) - set(range(2, 8)):
                raise ValueError(f"{path.name}: {term!r} has a cell outside columns 2-7")
            row.update({name: cells.get(col, "") for col, name in enumerate(columns, 2)})
        else:
            codes = [_words(element.findtext(tag)) for tag in ("code", "subcat", "seecat")]
            codes = [code for code in codes if code]
            if len(codes) > 1:
                raise ValueError(f"{path.name}: {term!r} has more than one code")
            row["code"] = codes[0] if codes else ""
        rows.append(row)
        above.append(number)
    return rows


def read_pcs_index(path: Path) -> list[dict[str, str]]:
    """The PCS Index as tree rows: term, "use" (a body part or device value), "see", code.

    ``code`` is what the entry points to: a whole code, or its first 3 to 6 characters (a table
    ``0DT``, a row ``0DTJ``, or further); ``status`` is filled in by ``check_pcs``.
    """
    rows: list[dict[str, str]] = []
    above: list[int] = []
    for number, (level, element) in enumerate(_entries(ET.parse(path).getroot())):
        del above[level:]
        see = element.find("see")
        codes = [_words(e.text) for e in element if e.tag in ("code", "codes", "tab")]
        if see is not None:
            codes += [_words(e.text) for e in see if e.tag in ("code", "codes", "tab")]
        if len(codes) > 1:
            raise ValueError(f"{path.name}: entry {number} has more than one code")
        rows.append({
            "level": str(level), "parent": str(above[-1]) if above else "",
            "term": _words(element.findtext("title")), "use": _words(element.findtext("use")),
            "see": "" if see is None else _words(see.text), "code": codes[0] if codes else "", "status": "",
        })
        above.append(number)
    return rows


def read_pcs_definitions(path: Path) -> list[dict[str, str]]:
    """The PCS Definitions: one row per term of an axis of a section (930 rows)."""
    rows = []
    for section in ET.parse(path).getroot().findall("section"):
        for axis in section.findall("axis"):
            for term in axis.findall("terms"):
                rows.append({
                    "section": section.get("code"), "axis": axis.get("pos"),
                    "axis_title": _words(axis.findtext("title")), "term": _words(term.findtext("title")),
                    "definition": _words(term.findtext("definition")),
                    "explanation": _words(term.findtext("explanation")),
                    "includes": " | ".join(_words(e.text) for e in term.findall("includes")),
                })
    return rows


# --- Checking codes against FY2026 ---------------------------------------------------------


@cache
def _deleted_fy2026() -> frozenset[str]:
    """Billable codes of FY2025 that FY2026 deleted (most were subdivided), undotted."""
    with (DATA / "icd10cm_changes.tsv").open(encoding="utf-8") as handle:
        return frozenset(row["code"].replace(".", "") for row in csv.DictReader(handle, delimiter="\t")
                         if row["fiscal_year"] == "2026" and row["change"] == "deleted")


def check_cm(book_code: str) -> dict[str, str]:
    """What the FY2026 Tabular List makes of a code printed in the FY2025 book.

    Returns the book code, its status (one of ``STATUSES``), the code the tables show (empty
    when invalid) and, for an expanded code, its FY2026 billable codes separated by spaces.
    """
    from course import icd10cm

    dash = book_code.endswith("-")
    stem = book_code.rstrip("-").rstrip(".")
    found = {"book_code": book_code, "status": "invalid", "code": "", "fy2026_codes": ""}
    if not icd10cm.is_valid(stem):
        return found
    entry = icd10cm.lookup(stem)
    undotted = entry.code.replace(".", "")
    below = icd10cm.billable_descendants(entry.code)
    if entry.billable:
        return {**found, "status": "valid", "code": entry.code}
    if {code.replace(".", "")[:-1] for code in below} == {undotted.ljust(6, "X")} and not dash:
        return {**found, "status": "seventh", "code": entry.code}
    deleted = _deleted_fy2026()
    if undotted in deleted or any(code[:-1] == undotted.ljust(6, "X") for code in deleted if len(code) == 7):
        return {**found, "status": "expanded", "code": f"{entry.code}-", "fy2026_codes": " ".join(below)}
    return {**found, "status": "incomplete", "code": f"{entry.code}-"}


def code_checks(books: list[list[dict[str, str]]], columns: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The FY2026 check of every distinct code found in ``columns`` of the ``books``' rows."""
    printed = {row[name] for rows in books for row in rows for name in columns if name in row}
    return {code: check_cm(code) for code in sorted(printed - NO_CODE)}


def apply_checks(rows: list[dict[str, str]], columns: tuple[str, ...],
                 checks: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """``rows`` with each printed code replaced by what the tables show in FY2026."""
    out = []
    for row in rows:
        row = dict(row)
        for name in columns:
            if row[name] in NO_CODE:
                row[name] = ""
            else:
                row[name] = checks[row[name]]["code"]
        out.append(row)
    return out


def check_pcs(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Mark each PCS Index code valid when the FY2026 list has it (or, for 3 to 6 characters, a
    code that starts with it); an invalid one is moved out of ``code`` into ``status``."""
    from course import pcs

    prefixes = {code[:size] for code in pcs.codes() for size in range(3, 7)}
    out = []
    for row in rows:
        row = dict(row)
        code = row["code"]
        if code:
            valid = pcs.is_valid(code) if len(code) == 7 else code in prefixes
            row["status"] = "valid" if valid else f"invalid: {code}"
            row["code"] = code if valid else ""
        out.append(row)
    return out


# --- Writing -------------------------------------------------------------------------------


def table_bytes(rows: list[dict[str, str]], columns: tuple[str, ...]) -> bytes:
    """``rows`` as CSV text in UTF-8."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def write(name: str, rows: list[dict[str, str]], columns: tuple[str, ...]) -> None:
    """Write ``rows`` to ``course/data/name``, gzip-compressed when the name ends in .gz."""
    data = table_bytes(rows, columns)
    if name.endswith(".gz"):
        data = gzip.compress(data, compresslevel=9, mtime=0)
    (DATA / name).write_bytes(data)


def build(folder: Path = SOURCE) -> dict[str, tuple[list[dict[str, str]], tuple[str, ...]]]:
    """Every committed table, by file name, as (rows, columns)."""
    index = read_index_csv(source(folder, "icd10cm-index-2025/ICD10CM_2025_Index.csv"))
    eindex = read_tree_xml(source(folder, "icd10cm-index-2025/icd-10-cm-eindex-2025.xml"))
    drugs = read_tree_xml(source(folder, "icd10cm-index-2025/icd-10-cm-drug-2025.xml"), DRUG_COLUMNS)
    neoplasm = read_tree_xml(source(folder, "icd10cm-index-2025/icd-10-cm-neoplasm-2025.xml"),
                             NEOPLASM_COLUMNS)
    books = [index, eindex, drugs, neoplasm]
    checks = code_checks(books, ("code", *DRUG_COLUMNS, *NEOPLASM_COLUMNS))
    pcs_index = read_pcs_index(source(folder, "icd10pcs-2025/icd10pcs_index_2025.xml"))
    definitions = read_pcs_definitions(source(folder, "icd10pcs-2025/icd10pcs_definitions_2025.xml"))
    tree = (*TREE, "code")
    return {
        "icd10cm_index.csv.gz": (apply_checks(index, ("code",), checks), tree),
        "icd10cm_eindex.csv.gz": (apply_checks(eindex, ("code",), checks), tree),
        "icd10cm_drugs.csv.gz": (apply_checks(drugs, DRUG_COLUMNS, checks), (*TREE, *DRUG_COLUMNS)),
        "icd10cm_neoplasm.csv.gz": (apply_checks(neoplasm, NEOPLASM_COLUMNS, checks),
                                    (*TREE, *NEOPLASM_COLUMNS)),
        "icd10cm_index_codes.csv": ([c for c in checks.values() if c["code"] != c["book_code"]],
                                    CHECK_COLUMNS),
        "icd10pcs_index.csv.gz": (check_pcs(pcs_index), PCS_INDEX),
        "icd10pcs_definitions.csv.gz": (definitions, PCS_DEFINITIONS),
    }


def counts(folder: Path = SOURCE) -> dict[str, dict[str, int]]:
    """For each ICD-10-CM book, how many printed codes got each status (cells, not distinct codes)."""
    books = {
        "index": (read_index_csv(folder / "icd10cm-index-2025/ICD10CM_2025_Index.csv"), ("code",)),
        "eindex": (read_tree_xml(folder / "icd10cm-index-2025/icd-10-cm-eindex-2025.xml"), ("code",)),
        "drugs": (read_tree_xml(folder / "icd10cm-index-2025/icd-10-cm-drug-2025.xml", DRUG_COLUMNS),
                  DRUG_COLUMNS),
        "neoplasm": (read_tree_xml(folder / "icd10cm-index-2025/icd-10-cm-neoplasm-2025.xml",
                                   NEOPLASM_COLUMNS), NEOPLASM_COLUMNS),
    }
    out = {}
    for name, (rows, columns) in books.items():
        tally = dict.fromkeys(STATUSES, 0)
        for row in rows:
            for column in columns:
                if row[column] not in NO_CODE:
                    tally[check_cm(row[column])["status"]] += 1
        out[name] = tally
    return out


def main(argv: list[str]) -> None:
    """Read, check and write every table; print sizes and the FY2026 check counts."""
    sys.path.insert(0, str(ROOT))
    folder = Path(argv[0]) if argv else SOURCE
    for name, (rows, columns) in build(folder).items():
        write(name, rows, columns)
        print(f"course/data/{name}: {len(rows)} rows, {(DATA / name).stat().st_size / 1024:.0f} KB")
    for name, tally in counts(folder).items():
        print(name, tally)
    pcs_rows = check_pcs(read_pcs_index(folder / "icd10pcs-2025/icd10pcs_index_2025.xml"))
    statuses = [row["status"].split(":")[0] for row in pcs_rows if row["status"]]
    print("pcs index", {status: statuses.count(status) for status in sorted(set(statuses))})


if __name__ == "__main__":
    main(sys.argv[1:])
