"""course.fee_schedule: CMS's CY2025 national RVUs, the locality GPCIs and the allowed amount."""

from __future__ import annotations

import csv
import gzip
import re
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from pathlib import Path

import pytest
from script_loader import load_script

from conftest import REPO
from course import claims, fee_schedule

SOURCE = REPO.parent / "shared" / "data" / "pfs-rvu-2025a"
RVU_COLUMNS = ["code", "modifier", "status", "work_rvu", "pe_rvu_nonfacility", "nonfacility_na",
               "pe_rvu_facility", "facility_na", "mp_rvu", "total_nonfacility", "total_facility", "pctc",
               "global_days", "mult_proc", "bilat_surg", "asst_surg", "co_surg", "team_surg",
               "conversion_factor"]
NUMBERS = {"work_rvu", "pe_rvu_nonfacility", "pe_rvu_facility", "mp_rvu", "total_nonfacility",
           "total_facility", "conversion_factor"}
MANHATTAN, ALABAMA = "13202-01", "10112-00"


def committed(name: str) -> list[dict[str, str]]:
    data = (resources.files("course") / "data" / name).read_bytes()
    text = gzip.decompress(data).decode("utf-8") if name.endswith(".gz") else data.decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def build_script():
    return load_script(REPO / "scripts" / "build_pfs.py")


def test_the_rvu_table_holds_no_text_besides_codes_and_indicators():
    rows = committed("pfs_rvu_2025.csv.gz")
    assert len(rows) == 18865 and list(rows[0]) == RVU_COLUMNS
    for column in RVU_COLUMNS[2:]:
        values = {row[column] for row in rows}
        if column in NUMBERS:
            assert all(Decimal(v) >= 0 for v in values), column
        else:  # a status or indicator: a code of at most 3 letters or digits, never words
            assert all(re.fullmatch(r"[0-9A-Z]{0,3}", v) for v in values), column
    assert {len(row["code"]) for row in rows} == {5}
    assert {row["modifier"] for row in rows} == {"", "26", "TC", "53"}
    assert set(fee_schedule.rvu_table().columns) == set(RVU_COLUMNS)


def test_the_conversion_factor_is_read_from_the_file():
    assert fee_schedule.conversion_factor() == 32.3465 == claims.conversion_factor(2025)
    assert {row["conversion_factor"] for row in committed("pfs_rvu_2025.csv.gz")} == {"32.3465"}


def test_with_gpcis_of_one_every_payable_code_pays_its_total_times_the_conversion_factor():
    # CMS's totals times the file's conversion factor, rounded half up to the cent: the rounding
    # allowed_amount uses (exact decimals, one rounding at the end).
    cf = Decimal("32.3465")
    payable = [r for r in committed("pfs_rvu_2025.csv.gz") if r["status"] in "ART"]
    assert len(payable) == 10089
    for r in payable:
        for facility, total in ((False, r["total_nonfacility"]), (True, r["total_facility"])):
            expected = (Decimal(total) * cf).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            assert fee_schedule.allowed_amount(r["code"], None, facility, r["modifier"]) == float(expected), r


def test_locality_amounts_worked_by_hand():
    cf = 32.3465
    # 99213: work 1.30, PE 1.35 (non-facility) or 0.57 (facility), MP 0.10.
    # Manhattan (13202-01): GPCIs 1.065, 1.166, 1.656.
    # (1.30 x 1.065 + 1.35 x 1.166 + 0.10 x 1.656) x 32.3465 = 3.12420 x 32.3465 = 101.0569353
    assert fee_schedule.allowed_amount("99213", MANHATTAN) == 101.06
    # (1.3845 + 0.57 x 1.166 + 0.1656) x 32.3465 = 2.21472 x 32.3465 = 71.63844048
    assert fee_schedule.allowed_amount("99213", MANHATTAN, facility=True) == 71.64
    # Alabama (10112-00): GPCIs 1.000 (the floor), 0.869, 0.575.
    # (1.30 + 1.35 x 0.869 + 0.10 x 0.575) x 32.3465 = 2.53065 x 32.3465 = 81.857670225
    assert fee_schedule.allowed_amount("99213", ALABAMA) == 81.86
    # (1.30 + 0.57 x 0.869 + 0.0575) x 32.3465 = 1.85283 x 32.3465 = 59.932565595
    assert fee_schedule.allowed_amount("99213", ALABAMA, facility=True) == 59.93
    # National: 2.75 x 32.3465 = 88.952875 and 1.97 x 32.3465 = 63.722605
    assert (fee_schedule.allowed_amount("99213"), fee_schedule.allowed_amount("99213", facility=True)) == (
        round(2.75 * cf, 2), round(1.97 * cf, 2)) == (88.95, 63.72)
    # 20610 (work 0.79, PE 1.04 / 0.44, MP 0.13) in Manhattan, non-facility:
    # (0.79 x 1.065 + 1.04 x 1.166 + 0.13 x 1.656) x 32.3465 = 2.26927 x 32.3465 = 73.402942055
    assert fee_schedule.allowed_amount("20610", MANHATTAN) == 73.40
    # in Alabama, facility: (0.79 + 0.44 x 0.869 + 0.13 x 0.575) x 32.3465 = 1.24711 x 32.3465 = 40.339643615
    assert fee_schedule.allowed_amount("20610", ALABAMA, facility=True) == 40.34
    # 71046 with modifier 26 (work 0.22, PE 0.08, MP 0.01) in Manhattan: 0.34414 x 32.3465 = 11.13172451
    assert fee_schedule.allowed_amount("71046", MANHATTAN, modifier="26") == 11.13


def test_rows_and_indicators_of_named_codes():
    visit = fee_schedule.rvu("99213")
    assert (visit.status, visit.work_rvu, visit.total_nonfacility, visit.global_days, visit.pctc) == (
        "A", 1.30, 2.75, "XXX", "0")
    chest = fee_schedule.rvu("71046", "tc")
    assert (chest.work_rvu, chest.facility_na, chest.pctc) == (0.0, "NA", "1")
    assert fee_schedule.rvu("20610").bilat_surg == "1"


def test_localities_and_their_counties():
    frame = fee_schedule.localities()
    assert len(frame) == 109 and frame["id"].is_unique and frame["counties"].str.len().gt(0).all()
    assert frame["work_gpci"].between(1.0, 1.5).all()  # the 1.0 floor; Alaska's 1.5
    assert frame["pe_gpci"].between(0.8, 1.5).all() and frame["mp_gpci"].between(0.2, 2.6).all()
    assert fee_schedule.locality("02102-01").work_gpci == 1.5
    assert fee_schedule.locality(MANHATTAN).counties == "NEW YORK"
    assert "COOK" in fee_schedule.locality("06102-16").counties  # Chicago
    assert len(frame[frame["state"] == "CA"]) == 29


def test_errors():
    with pytest.raises(fee_schedule.FeeScheduleError, match="status X"):
        fee_schedule.allowed_amount("G0463")  # hospital clinic visit: OPPS, not the PFS
    with pytest.raises(fee_schedule.FeeScheduleError, match="status I"):
        fee_schedule.allowed_amount("A0021")
    with pytest.raises(fee_schedule.FeeScheduleError, match="not in the file"):
        fee_schedule.allowed_amount("00000")
    with pytest.raises(fee_schedule.FeeScheduleError, match="71046, 71046-TC, 71046-26"):
        fee_schedule.rvu("71046", "XX")
    with pytest.raises(fee_schedule.FeeScheduleError, match="No locality"):
        fee_schedule.allowed_amount("99213", "13202")


def test_data_cards_name_each_source_file_and_its_checksum():
    build = build_script()
    cards = {name: (resources.files("course") / "data" / name).read_text(encoding="utf-8")
             for name in ("pfs_rvu_2025.md", "pfs_localities_2025.md")}
    assert all(name in cards["pfs_rvu_2025.md"] and digest in cards["pfs_rvu_2025.md"]
               for name, digest in build.SHA256.items() if name.startswith("PPRRVU"))
    assert all(name in cards["pfs_localities_2025.md"] and digest in cards["pfs_localities_2025.md"]
               for name, digest in build.SHA256.items() if not name.startswith("PPRRVU"))


@pytest.mark.skipif(not SOURCE.is_dir(), reason=f"CMS's original files are not here ({SOURCE})")
def test_committed_tables_equal_a_fresh_build_from_cms_files():
    build = build_script()
    assert committed("pfs_rvu_2025.csv.gz") == build.rvus(build.read(SOURCE, "PPRRVU25_JAN_no_cpt_text.csv"))
    fresh = build.localities(build.read(SOURCE, "GPCI2025.csv"), build.read(SOURCE, "25LOCCO.csv"))
    assert committed("pfs_localities_2025.csv") == fresh


def test_no_course_table_calls_rvus_or_gpcis_illustrative():
    """The fee schedule's figures are CMS's own: no table or data card offers made-up RVUs or GPCIs."""
    fees = re.compile(r"(?<![a-z])(rvus?|gpcis?|relative value|geographic practice cost)(?![a-z])", re.I)
    files = [p for p in Path(str(resources.files("course") / "data")).rglob("*") if p.is_file()]
    for item in files:
        data = item.read_bytes()
        text = (gzip.decompress(data) if item.name.endswith(".gz") else data).decode("utf-8")
        assert not (fees.search(text) and re.search("illustrative", text, re.I)), item.name
