"""HCPCS Level II: the whole CMS January 2026 file, sections, modifiers, validity and search."""

from __future__ import annotations

import csv
import gzip
import re
from datetime import date
from importlib import resources

import pytest
from script_loader import load_script

from conftest import REPO
from course import hcpcs

SOURCE = REPO.parent / "shared" / "data" / "hcpcs-2026-jan"

# The 292 codes of the course's earlier hand-made table (data/hcpcs.csv, retired): the notebooks
# were written against them, so each must be in CMS's file.
EARLIER_TABLE = """
    A0100 A0130 A0425 A0426 A0427 A0428 A0429 A0430 A0431 A0433 A0434 A0435 A0436 A0888 A0998
    A0999 A4206 A4215 A4224 A4253 A4259 A4310 A4338 A4351 A4357 A4358 A4402 A4450 A4452 A4455
    A4550 A4556 A4565 A4570 A4580 A4590 A4615 A4616 A4618 A4620 A4625 A4649 A4657 A6196 A6402
    A7003 A7030 A7034 A7035 A7037 A7038 A7039 A9270 A9500 A9552 A9585 B4034 B4035 B4036 B4081
    B4082 B4087 B4088 B4150 B4152 B4153 B4154 B4155 B4220 B4222 B4224 B9002 B9004 B9006 B9998
    B9999 C1713 C1725 C1769 C1776 C1874 C1876 C1887 C1889 E0100 E0105 E0110 E0112 E0114 E0130
    E0135 E0143 E0163 E0165 E0250 E0255 E0260 E0265 E0277 E0431 E0439 E0470 E0471 E0562 E0570
    E0601 E0607 E0630 E0650 E0720 E0730 E0776 E0781 E0784 E0935 E1390 E1392 E1399 E2402 G0008
    G0009 G0010 G0101 G0102 G0103 G0104 G0105 G0121 G0151 G0152 G0153 G0156 G0179 G0180 G0277
    G0296 G0299 G0300 G0378 G0402 G0438 G0439 G0442 G0444 G0463 G0472 G0475 G2211 H0001 H0004
    H0005 H0015 H0020 H0031 H0032 H0036 H0038 H2011 H2017 H2019 J0129 J0131 J0171 J0290 J0585
    J0690 J0696 J0780 J0885 J0897 J1030 J1040 J1100 J1170 J1200 J1644 J1650 J1720 J1745 J1815
    J1885 J2250 J2405 J2550 J2704 J3010 J3301 J3370 J3420 J3490 J7030 J7050 J7120 J7613 J7644
    J8499 J9035 J9045 J9171 J9190 J9267 J9271 J9299 J9999 K0001 K0002 K0003 K0004 K0005 K0006
    K0007 K0108 K0738 K0800 L0120 L0650 L1832 L1833 L1902 L1906 L3000 L3020 L3260 L3650 L3908
    L4360 L4361 L4386 L4387 L5301 L5637 L5856 L8000 L8030 L8600 L8614 L8699 M0075 M0076 M0300
    P3000 P3001 P9016 P9017 P9019 P9021 P9035 P9603 P9612 Q0091 Q0092 Q3014 Q4081 Q4101 Q4102
    Q5001 Q5101 Q5103 Q9966 Q9967 R0070 R0075 R0076 S0020 S0630 S9083 S9480 S9999 T1013 T1015
    T1017 T1019 T1020 T2003 T4521 T4522 T5999 V2020 V2100 V2200 V2300 V2500 V2520 V2781 V2784
    V5010 V5256 V5261 V5267 V5362 V5363 V5364
""".split()


def test_every_code_and_modifier_of_the_file_is_known():
    codes, modifiers = hcpcs.table(), hcpcs.modifiers()
    assert (len(codes), len(modifiers)) == (8623, 383)
    assert len(codes) + len(modifiers) == 9006
    assert codes["code"].is_unique and modifiers["code"].is_unique
    assert f"{len(codes):,} codes and {len(modifiers)} modifiers" in hcpcs.RELEASE


def test_every_code_of_the_earlier_course_table_is_in_the_file():
    assert len(EARLIER_TABLE) == len(set(EARLIER_TABLE)) == 292
    assert set(EARLIER_TABLE) - set(hcpcs.table()["code"]) == set()


def test_every_code_is_well_shaped_and_in_a_section_range():
    frame = hcpcs.table()
    assert frame["code"].str.fullmatch(r"[A-CEGHJ-MP-V][0-9]{4}").all()
    pairs = zip(frame["code"], frame["section"], strict=True)
    assert all(hcpcs.section(code) == name for code, name in pairs)
    assert frame["description"].str.len().gt(0).all()
    assert set(frame["coverage"]) <= set(hcpcs.COVERAGE) and set(frame["action"]) <= set(hcpcs.ACTIONS)


def test_section_ranges_are_ordered_and_disjoint():
    ranges = hcpcs.SECTIONS
    assert all(first <= last for first, last, _ in ranges)
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False))


def test_known_codes_carry_cms_descriptions():
    assert hcpcs.lookup("J2405").description == "Injection, ondansetron hydrochloride, per 1 mg"
    assert hcpcs.lookup("j2405").short_description == "Ondansetron hcl injection"
    assert "dexamethasone" in hcpcs.lookup("J1100").description.casefold()
    assert "crutches" in hcpcs.lookup("e0114").description.casefold()
    assert hcpcs.lookup("J3301").description.endswith("10 mg")
    assert hcpcs.lookup("A0428").section == "Transportation services including ambulance"
    assert hcpcs.section("J9271") == "Chemotherapy drugs"
    assert hcpcs.section("L3908") == "Orthotic procedures and devices"
    assert hcpcs.section("L5301") == "Prosthetic procedures and devices"
    assert hcpcs.section("A2001") == "Medical and surgical supplies"


def test_record_data_of_the_file():
    e0114 = hcpcs.lookup("E0114")
    assert (e0114.added, e0114.coverage, e0114.pricing, e0114.action) == (date(1986, 1, 1), "D", ("32",), "N")
    # a description of more than one record: continuation records joined
    assert hcpcs.lookup("E0114").description.endswith("with pads, tips and handgrips")
    assert hcpcs.lookup("G0463").pricing == ("00",) and hcpcs.lookup("G0463").terminated is None


def test_validity_follows_added_and_termination_dates():
    assert hcpcs.is_valid("J2405") and hcpcs.is_valid("e0114")
    j1030 = hcpcs.lookup("J1030")  # methylprednisolone acetate 40 mg, replaced by J1010 in 2024
    assert j1030.terminated == date(2024, 3, 31)
    assert hcpcs.is_valid("J1030", on=date(2024, 3, 31)) and not hcpcs.is_valid("J1030")
    assert hcpcs.is_valid("J1010")
    assert hcpcs.lookup("C9305").action == "D" and not hcpcs.is_valid("C9305")
    assert hcpcs.is_valid("C9305", on=date(2025, 12, 31))
    assert hcpcs.lookup("A4295").action == "A" and hcpcs.is_valid("A4295")  # added January 2026
    assert not hcpcs.is_valid("A4295", on=date(2025, 12, 31))
    assert not hcpcs.is_valid("Q9990") and not hcpcs.is_valid("99213") and not hcpcs.is_valid("")


def test_modifiers():
    assert hcpcs.modifier("RT").description.startswith("Right side")
    assert hcpcs.modifier("lt").short_description == "Left side"
    assert hcpcs.modifier("NU").description == "New equipment"
    assert "rent" in hcpcs.modifier("RR").description.casefold()
    assert hcpcs.modifier("KX").description == "Requirements specified in the medical policy have been met"
    assert hcpcs.modifier("TC").terminated is None and hcpcs.modifier("JG").terminated == date(2024, 12, 31)
    with pytest.raises(hcpcs.CodeNotFoundError, match="CPT modifier"):
        hcpcs.modifier("25")
    with pytest.raises(hcpcs.CodeNotFoundError, match="not in CMS's file"):
        hcpcs.modifier("ZZ")
    with pytest.raises(hcpcs.MalformedCodeError):
        hcpcs.modifier("RTX")


def test_search_matches_every_word_in_code_order():
    found = {c.code for c in hcpcs.search("wheelchair")}
    assert {"K0001", "K0005"} <= found
    assert [c.code for c in hcpcs.search("ondansetron injection")] == ["J2405"]
    assert [c.code for c in hcpcs.search("ondansetron")][0] == "J2405"
    assert "E0143" in {c.code for c in hcpcs.search("walker")}
    assert hcpcs.search("no such thing") == []


def test_errors():
    with pytest.raises(hcpcs.MalformedCodeError, match="one letter and 4 digits"):
        hcpcs.normalize("99213")
    with pytest.raises(hcpcs.CodeNotFoundError, match="not a code of CMS's HCPCS Level II file"):
        hcpcs.lookup("Q9990")
    with pytest.raises(hcpcs.HCPCSError, match="CDT"):
        hcpcs.section("D0150")
    with pytest.raises(hcpcs.HCPCSError, match="no HCPCS Level II section"):
        hcpcs.section("V3000")


def _build_script():
    return load_script(REPO / "scripts" / "build_hcpcs.py")


def test_data_card_names_the_source_and_its_checksum():
    card = (resources.files("course") / "data" / "hcpcs.md").read_text(encoding="utf-8")
    build = _build_script()
    assert build.SHA256 in card and build.TEXT in card and "8,623" in card and "383" in card


@pytest.mark.skipif(not SOURCE.is_dir(), reason=f"CMS's original file is not here ({SOURCE})")
def test_committed_table_equals_a_fresh_build_from_cms_zip():
    build = _build_script()
    rows = build.read_zip()
    build.check(rows)  # counts, and every description against CMS's own xlsx rendering
    data = (resources.files("course") / "data" / "hcpcs.csv.gz").read_bytes()
    committed = list(csv.DictReader(gzip.decompress(data).decode("utf-8").splitlines()))
    assert committed == rows
    assert all(re.fullmatch(r"(\d{4}-\d\d-\d\d)?", r[k]) for r in committed for k in ("added", "terminated"))
