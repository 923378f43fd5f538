"""CPT and CDT frameworks: categories, sections and ranges (no descriptor text)."""

import pytest

from course import cdt, cpt


@pytest.mark.parametrize(
    ("code", "section"),
    [
        ("99202", "Evaluation and Management"),
        ("99499", "Evaluation and Management"),
        ("00100", "Anesthesia"),
        ("01999", "Anesthesia"),
        ("10004", "Surgery"),
        ("69990", "Surgery"),
        ("70010", "Radiology"),
        ("79999", "Radiology"),
        ("80047", "Pathology and Laboratory"),
        ("89398", "Pathology and Laboratory"),
        ("90281", "Medicine"),
        ("99199", "Medicine"),
        ("99100", "Anesthesia"),
        ("99140", "Anesthesia"),
        ("99151", "Medicine"),
        ("99500", "Medicine"),
        ("99607", "Medicine"),
    ],
)
def test_category_i_section_boundaries(code, section):
    result = cpt.classify(code)
    assert (result.category, result.section) == ("I", section)


def test_six_distinct_category_i_sections():
    assert len({name for _, _, name in cpt.CATEGORY_I_SECTIONS}) == 6


def test_numbers_between_ranges_have_no_section():
    assert cpt.classify("99201").section is None  # deleted in 2021
    assert cpt.classify("02000").section is None


def test_surgery_subsections():
    assert cpt.classify("47562").subsection == "Digestive System"
    assert cpt.classify("27447").subsection == "Musculoskeletal System"
    assert cpt.classify("59400").subsection == "Maternity Care and Delivery"
    assert cpt.classify("99213").subsection is None


def test_other_categories():
    assert cpt.classify("3074F") == cpt.CptClass(
        "3074F", "II", None, "Diagnostic/Screening Processes or Results")
    assert cpt.classify("0042t") == cpt.CptClass("0042T", "III", None, None)
    assert cpt.classify("0001U").section == "Pathology and Laboratory"
    assert cpt.category("99213") == "I"


def test_cpt_errors():
    for bad in ("9921", "J1100", "1234X", "992133"):
        with pytest.raises(cpt.MalformedCodeError, match="five digits"):
            cpt.classify(bad)


def test_cdt_has_12_contiguous_categories():
    cats = cdt.CATEGORIES
    assert len(cats) == 12
    assert cats[0][0] == "D0100" and cats[-1][1] == "D9999"
    for (_, last, _), (first, _, _) in zip(cats, cats[1:], strict=False):
        assert int(first[1:]) == int(last[1:]) + 1


@pytest.mark.parametrize(
    ("code", "name"),
    [("D0150", "Diagnostic"), ("d1110", "Preventive"), ("D2391", "Restorative"),
     ("D3330", "Endodontics"), ("D4341", "Periodontics"), ("D5110", "Prosthodontics, removable"),
     ("D5982", "Maxillofacial Prosthetics"), ("D6010", "Implant Services"),
     ("D6750", "Prosthodontics, fixed"), ("D7140", "Oral and Maxillofacial Surgery"),
     ("D8080", "Orthodontics"), ("D9230", "Adjunctive General Services")],
)
def test_cdt_category(code, name):
    assert cdt.category(code) == name


def test_cdt_errors():
    with pytest.raises(cdt.MalformedCodeError, match="D and four digits"):
        cdt.category("D015")
    with pytest.raises(cdt.MalformedCodeError, match="outside every CDT category"):
        cdt.category("D0050")
