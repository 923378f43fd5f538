"""HCPCS Level II: shape, sections and the committed teaching table."""

import re

import pytest

from course import hcpcs


def test_table_has_at_least_150_codes_across_sections():
    frame = hcpcs.table()
    assert len(frame) >= 150
    assert frame["code"].is_unique
    assert set(frame["code"].str[0]) >= set("ABEGJKLQ")


def test_every_row_is_well_shaped_and_in_its_section_range():
    for row in hcpcs.table().itertuples():
        assert re.fullmatch(r"[A-CEGHJ-MP-V][0-9]{4}", row.code), row.code
        assert hcpcs.section(row.code) == row.section, row.code
        assert row.description and row.description[0].isupper(), row.code


def test_descriptions_are_paraphrases_not_cms_all_caps_short_descriptors():
    assert not any(d.isupper() for d in hcpcs.table()["description"])


def test_section_ranges_are_ordered_and_disjoint():
    ranges = hcpcs.SECTIONS
    assert all(first <= last for first, last, _ in ranges)
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False))


def test_known_codes():
    assert "dexamethasone" in hcpcs.lookup("J1100").description.casefold()
    assert "crutches" in hcpcs.lookup("e0114").description.casefold()
    assert hcpcs.lookup("A0428").section == "Transportation services including ambulance"
    assert hcpcs.section("J9271") == "Chemotherapy drugs"
    assert hcpcs.section("L3908") == "Orthotic procedures and devices"
    assert hcpcs.section("L5301") == "Prosthetic procedures and devices"


def test_search_matches_every_word():
    found = {c.code for c in hcpcs.search("wheelchair")}
    assert {"K0001", "K0005"} <= found
    assert [c.code for c in hcpcs.search("ondansetron injection")] == ["J2405"]
    assert hcpcs.search("no such thing") == []


def test_errors():
    with pytest.raises(hcpcs.MalformedCodeError, match="one letter and 4 digits"):
        hcpcs.normalize("99213")
    with pytest.raises(hcpcs.CodeNotFoundError, match="not in the course"):
        hcpcs.lookup("J9998")
    with pytest.raises(hcpcs.HCPCSError, match="CDT"):
        hcpcs.section("D0150")
    with pytest.raises(hcpcs.HCPCSError, match="no HCPCS Level II section"):
        hcpcs.section("V3000")
