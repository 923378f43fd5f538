#!/usr/bin/env python3
"""Build the CY2025 Physician Fee Schedule tables of ``course/data/`` from CMS's RVU25A files.

Run by hand from the repository root::

    python3 scripts/build_pfs.py [folder holding PPRRVU25_JAN_no_cpt_text.csv, GPCI2025.csv, 25LOCCO.csv]

It checks each file's sha256 and writes:

- ``pfs_rvu_2025.csv.gz``: the national RVUs, status, policy indicators and conversion factor of
  every code and modifier, and **no description**: CPT and CDT descriptor text is the AMA's and
  the ADA's copyright and never enters the repository.
- ``pfs_localities_2025.csv``: the 2025 GPCIs of every Medicare locality (Addendum E) with the
  counties CMS assigns to it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "pfs-rvu-2025a"
DATA = ROOT / "course" / "data"
SHA256 = {
    "PPRRVU25_JAN_no_cpt_text.csv": "94adbbf68ab201af140d10b64dd37ee12faff6187c2a1b1c105fa428e7655b32",
    "GPCI2025.csv": "fc106f49547d0821db8fc33eee4f532d4a90e41110976659f80ac9e3a438f26e",
    "25LOCCO.csv": "8aa0a6e60d9a9c935937e0abc9a2a83983fe92ec81e52dd883242210c52128a9",
}
RVU_OUT = DATA / "pfs_rvu_2025.csv.gz"
LOCALITY_OUT = DATA / "pfs_localities_2025.csv"

# Committed column <- the PPRRVU column of that header (its 5 header lines joined).
RVU_COLUMNS = {
    "code": "HCPCS",
    "modifier": "MOD",
    "status": "STATUS CODE",
    "work_rvu": "WORK RVU",
    "pe_rvu_nonfacility": "NON-FAC PE RVU",
    "nonfacility_na": "NON-FAC NA INDICATOR",
    "pe_rvu_facility": "FACILITY PE RVU",
    "facility_na": "FACILITY NA INDICATOR",
    "mp_rvu": "MP RVU",
    "total_nonfacility": "NON-FACILITY TOTAL",
    "total_facility": "FACILITY TOTAL",
    "pctc": "PCTC IND",
    "global_days": "GLOB DAYS",
    "mult_proc": "MULT PROC",
    "bilat_surg": "BILAT SURG",
    "asst_surg": "ASST SURG",
    "co_surg": "CO- SURG",
    "team_surg": "TEAM SURG",
    "conversion_factor": "CONV FACTOR",
}
LOCALITY_COLUMNS = ("mac", "locality", "state", "name", "work_gpci", "pe_gpci", "mp_gpci", "counties", "note")
NOTES = {"*": "work GPCI: the 1.5 floor for Alaska (MIPPA)",
         "**": "PE GPCI: the 1.0 floor for frontier states (ACA)"}


def sha256(path: Path) -> str:
    """The hex sha256 of the file at ``path``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read(folder: Path, name: str) -> list[list[str]]:
    """The CSV rows of ``folder/name`` after checking its sha256."""
    path = folder / name
    if sha256(path) != SHA256[name]:
        raise SystemExit(f"{path}: sha256 is not {SHA256[name]}; not the RVU25A file")
    return list(csv.reader(io.StringIO(path.read_bytes().decode("ascii"), newline="")))


def rvus(rows: list[list[str]]) -> list[dict[str, str]]:
    """The PPRRVU records as committed rows: the chosen columns, never DESCRIPTION."""
    start = next(i for i, row in enumerate(rows) if row[:2] == ["HCPCS", "MOD"]) + 1
    heading = rows[start - 5:start]
    headers = [" ".join(r[j].strip() for r in heading if r[j].strip()) for j in range(len(rows[0]))]
    where = {column: headers.index(header) for column, header in RVU_COLUMNS.items()}
    out = []
    for row in rows[start:]:
        if not row[0].strip() or row[0] == "\x1a":  # blank lines and the DOS end-of-file mark
            continue
        record = {column: row[j].strip() for column, j in where.items()}
        work, mp = Decimal(record["work_rvu"]), Decimal(record["mp_rvu"])
        for setting in ("nonfacility", "facility"):
            if work + Decimal(record[f"pe_rvu_{setting}"]) + mp != Decimal(record[f"total_{setting}"]):
                raise ValueError(f"{record['code']} {record['modifier']}: {setting} total is not the sum")
        out.append(record)
    if len({(r["code"], r["modifier"]) for r in out}) != len(out):
        raise ValueError("a code and modifier appear twice")
    return out


def localities(gpci_rows: list[list[str]], county_rows: list[list[str]]) -> list[dict[str, str]]:
    """Addendum E's localities with their GPCIs, joined to 25LOCCO's counties on MAC and locality."""
    counties: dict[tuple[str, str], str] = {}
    for row in county_rows:
        if row and re.fullmatch(r"\d+", row[0].strip()):
            key = (row[0].strip().zfill(5), row[1].strip().zfill(2))
            text = " ".join(row[4].split())
            if counties.get(key, text) != text:
                raise ValueError(f"locality {key} has two county lists")
            counties[key] = text
    out = []
    for row in gpci_rows:
        if len(row) < 7 or not re.fullmatch(r"\d{5}", row[0].strip()):
            continue
        mac, state, number, name = (cell.strip() for cell in row[:4])
        stars = re.search(r"\*+$", name)
        out.append({
            "mac": mac, "locality": number, "state": state, "name": name.rstrip("*"),
            "work_gpci": row[4].strip(), "pe_gpci": row[5].strip(), "mp_gpci": row[6].strip(),
            "counties": counties.pop((mac, number)),
            "note": NOTES[stars.group(0)] if stars else "",
        })
    if counties:
        raise ValueError(f"county lists of no Addendum E locality: {sorted(counties)}")
    return out


def write_csv(rows: list[dict[str, str]], columns: tuple[str, ...] | list[str], path: Path) -> None:
    """Write ``rows`` as CSV, gzip-compressed with a fixed timestamp when ``path`` ends in .gz."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0) if path.suffix == ".gz" else data)


def main(argv: list[str]) -> None:
    """Read, check and write both tables; print what was written."""
    folder = Path(argv[0]) if argv else SOURCE
    rvu_rows = rvus(read(folder, "PPRRVU25_JAN_no_cpt_text.csv"))
    locality_rows = localities(read(folder, "GPCI2025.csv"), read(folder, "25LOCCO.csv"))
    write_csv(rvu_rows, list(RVU_COLUMNS), RVU_OUT)
    write_csv(locality_rows, LOCALITY_COLUMNS, LOCALITY_OUT)
    for path, rows in ((RVU_OUT, rvu_rows), (LOCALITY_OUT, locality_rows)):
        print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
