#!/usr/bin/env python3
"""Build ``course/data/hcpcs.csv.gz`` from CMS's January 2026 alpha-numeric HCPCS file.

Run by hand from the repository root when CMS publishes a new file::

    python3 scripts/build_hcpcs.py [path/to/january-2026-alpha-numeric-hcpcs-file.zip]

It checks the zip's sha256, reads the fixed-width ``.txt`` inside it by the positions of
``HCPC2026_recordlayout.txt``, joins each code's continuation records (record id 4 after a
procedure line 3, 8 after a modifier line 7), checks every code and description against the
``.xlsx`` CMS ships in the same zip, and writes one gzip CSV row per code, in the file's order.
The course reads only the committed table, never the zip.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIP = ROOT.parent / "shared" / "data" / "hcpcs-2026-jan" / "january-2026-alpha-numeric-hcpcs-file.zip"
SHA256 = "8f4a26de1eca89205be02fbe48cc899c6c5930cf5d4f6b8c5a227f64450157b0"
TEXT = "HCPC2026_JAN_ANWEB_01122026.txt"
XLSX = "HCPC2026_JAN_ANWEB_01122026.xlsx"
OUT = ROOT / "course" / "data" / "hcpcs.csv.gz"

COLUMNS = ("code", "kind", "description", "short_description", "action", "added", "effective",
           "terminated", "coverage", "pricing", "multiple_pricing")
KINDS = {"3": "procedure", "7": "modifier"}  # first line of a record; 4 and 8 continue it
# 0-based slices of the 1-based positions in HCPC2026_recordlayout.txt.
FIELDS = {
    "code": slice(0, 5),  # procedure code 1-5; a modifier sits in 4-5 after 3 blanks
    "record": slice(10, 11),
    "description": slice(11, 91),
    "short_description": slice(91, 119),
    "pricing": slice(119, 127),  # up to 4 pricing indicator codes of 2 characters
    "multiple_pricing": slice(127, 128),
    "coverage": slice(229, 230),
    "added": slice(268, 276),
    "effective": slice(276, 284),
    "terminated": slice(284, 292),
    "action": slice(292, 293),
}


def sha256(path: Path) -> str:
    """The hex sha256 of the file at ``path``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _words(text: str) -> str:
    return " ".join(text.split())


def _date(text: str) -> str:
    text = text.strip()
    return f"{text[:4]}-{text[4:6]}-{text[6:]}" if text else ""


def parse(text: str) -> list[dict[str, str]]:
    """One row per procedure or modifier code of the fixed-width file, continuations joined."""
    rows: list[dict[str, str]] = []
    for line in text.split("\r\n"):
        if not line.strip():
            continue
        field = {name: line[where] for name, where in FIELDS.items()}
        code, record = field["code"].strip(), field["record"]
        if record in "48":
            if not rows or rows[-1]["code"] != code:
                raise ValueError(f"continuation record of {code!r} follows no line of its own")
            rows[-1]["description"] = _words(rows[-1]["description"] + " " + field["description"])
            continue
        if record not in KINDS:
            raise ValueError(f"unknown record id {record!r} on the line of {code!r}")
        pricing = field["pricing"]
        rows.append({
            "code": code,
            "kind": KINDS[record],
            "description": _words(field["description"]),
            "short_description": _words(field["short_description"]),
            "action": field["action"].strip(),
            "added": _date(field["added"]),
            "effective": _date(field["effective"]),
            "terminated": _date(field["terminated"]),
            "coverage": field["coverage"].strip(),
            "pricing": " ".join(p for p in (pricing[i:i + 2].strip() for i in range(0, 8, 2)) if p),
            "multiple_pricing": field["multiple_pricing"].strip(),
        })
    return rows


def read_zip(path: Path = ZIP) -> list[dict[str, str]]:
    """The rows of the zip's fixed-width file, after checking the zip's sha256."""
    if sha256(path) != SHA256:
        raise SystemExit(f"{path}: sha256 is not {SHA256}; not the January 2026 file")
    with zipfile.ZipFile(path) as archive:
        return parse(archive.read(TEXT).decode("ascii"))


def xlsx_descriptions(path: Path = ZIP) -> dict[str, tuple[str, str]]:
    """Code -> (long, short description) from the zip's ``.xlsx``, whitespace normalised."""
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as archive, zipfile.ZipFile(io.BytesIO(archive.read(XLSX))) as book:
        shared = ["".join(t.text or "" for t in item.iter(f"{main}t"))
                  for item in ET.fromstring(book.read("xl/sharedStrings.xml"))]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    out = {}
    for row in sheet.iter(f"{main}row"):
        cells = {}
        for cell in row:
            value = cell.find(f"{main}v")
            text = "" if value is None else value.text or ""
            cells[re.sub(r"\d", "", cell.get("r", ""))] = shared[int(text)] if cell.get("t") == "s" else text
        code = cells.get("A", "").strip()
        if code and code != "HCPC":
            out[code] = (_words(cells.get("D", "")), _words(cells.get("E", "")))
    return out


def check(rows: list[dict[str, str]], path: Path = ZIP) -> None:
    """Raise when the rows disagree with the xlsx or with the counts CMS's file is known for."""
    kinds = [row["kind"] for row in rows]
    if (kinds.count("procedure"), kinds.count("modifier")) != (8623, 383):
        raise ValueError(f"expected 8,623 codes and 383 modifiers, read {len(rows)} rows")
    codes = [row["code"] for row in rows]
    if len(set(codes)) != len(codes):
        raise ValueError("a code appears twice")
    wanted = xlsx_descriptions(path)
    ours = {row["code"]: (row["description"], row["short_description"]) for row in rows}
    if ours != wanted:
        differ = sorted(code for code in set(ours) | set(wanted) if ours.get(code) != wanted.get(code))
        raise ValueError(f"{len(differ)} codes differ from the xlsx, e.g. {differ[:5]}")


def write(rows: list[dict[str, str]], path: Path = OUT) -> None:
    """Write ``rows`` as a gzip CSV with a fixed timestamp, so a rebuild is byte-identical."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), compresslevel=9, mtime=0))


def main(argv: list[str]) -> None:
    """Read, check and write; print what was written."""
    path = Path(argv[0]) if argv else ZIP
    rows = read_zip(path)
    check(rows, path)
    write(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows, {OUT.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
