"""course.who: ICD-11 code format and clusters, ATC levels, MedDRA levels and SOCs."""

from __future__ import annotations

import re

import pytest

from course import icd10cm, who


def test_icd11_chapters_run_1_to_26_then_v_and_x_without_i_or_o():
    frame = who.icd11_chapters()
    assert list(frame.chapter) == [str(n) for n in range(1, 27)] + ["V", "X"]
    assert "".join(frame.first_character) == "123456789ABCDEFGHJKLMNPQRSVX"
    assert not {"I", "O"} & set(frame.first_character)
    assert frame.title.str.len().gt(0).all() and frame.source_year.ne("").all()
    assert who.icd11_chapter("b") == ("11", "Diseases of the circulatory system")
    for bad in ("0", "I", "O", "Z", "AB", ""):
        with pytest.raises(who.ICD11FormatError, match="starts no ICD-11 chapter"):
            who.icd11_chapter(bad)


def test_parse_icd11_reads_stem_codes():
    code = who.parse_icd11(" 5a11 ")
    assert (code.code, code.kind, code.chapter, code.category, code.residual) == (
        "5A11", "stem", "5", "5A11", None)
    assert code.chapter_title == "Endocrine, nutritional or metabolic diseases"
    assert who.parse_icd11("BA00").chapter == "11"
    assert who.parse_icd11("1A00.00").category == "1A00"
    assert who.parse_icd11("1A0Z").residual == "unspecified"
    assert who.parse_icd11("CA02.1Y").residual == "other specified"
    assert who.parse_icd11("NC53.Y").chapter == "22"


def test_parse_icd11_reads_extension_codes():
    code = who.parse_icd11("XS5Y")
    assert (code.kind, code.chapter, code.residual) == ("extension", "X", None)
    assert who.parse_icd11("XA0060").kind == "extension"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("E11", "too short"),
        ("E11.9", "2nd position"),
        ("5AA1", "3rd position"),
        ("1O00", "I or O"),
        ("5A11.123", "not shaped"),
        ("0A00", "starts no ICD-11 chapter"),
    ],
)
def test_parse_icd11_explains_malformed_codes(bad, reason):
    with pytest.raises(who.ICD11FormatError, match=reason):
        who.parse_icd11(bad)
    assert not who.is_icd11_format(bad)


def test_is_icd11_format():
    assert who.is_icd11_format("6A70") and who.is_icd11_format("XK8G")
    assert not who.is_icd11_format("A10BA02")


def test_parse_cluster_joins_stems_with_slash_and_extensions_with_ampersand():
    parts = who.parse_cluster("NC53.Y&XK8G / PA71&XE5UF")
    assert [p.stem.code for p in parts] == ["NC53.Y", "PA71"]
    assert [[e.code for e in p.extensions] for p in parts] == [["XK8G"], ["XE5UF"]]
    single = who.parse_cluster("6A70&XS5Y")
    assert len(single) == 1 and single[0].extensions[0].kind == "extension"
    assert [p.stem.code for p in who.parse_cluster("1D01.0Y/1G41/1G40")] == ["1D01.0Y", "1G41", "1G40"]
    assert who.parse_cluster("5A11")[0].extensions == ()


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("XS5Y", "never used alone"),
        ("XS5Y&6A70", "never used alone"),
        ("6A70&5A11", "follows '&' but is a stem code"),
        ("6A70/XS5Y", "never used alone"),
        ("6A70//5A11", "empty place"),
        ("", "empty string"),
        ("6A70&E11", "too short"),
    ],
)
def test_parse_cluster_rejects_bad_clusters(bad, reason):
    with pytest.raises(who.ICD11FormatError, match=reason):
        who.parse_cluster(bad)


def test_atc_table_is_consistent():
    frame = who.atc_table()
    assert frame.code.is_unique and frame.source_year.ne("").all()
    assert len(frame[frame.level == 1]) == 14
    codes = set(frame.code)
    for row in frame.itertuples():
        assert who.atc_level(row.code) == row.level
        parent = {2: 1, 3: 3, 4: 4, 5: 5}.get(row.level)
        assert row.level == 1 or row.code[:parent] in codes, row.code


def test_atc_level_from_shape():
    assert [who.atc_level(c) for c in ["A", "A10", "a10b", "A10BA", "A10BA02"]] == [1, 2, 3, 4, 5]
    for bad in ["A1", "A10BA0", "110BA02", "A10B02", "A10BA02X", ""]:
        with pytest.raises(who.ATCFormatError, match="not shaped like an ATC code"):
            who.atc_level(bad)


def test_parse_atc_explains_metformin_level_by_level():
    levels = who.parse_atc("A10BA02")
    assert [lv.code for lv in levels] == ["A", "A10", "A10B", "A10BA", "A10BA02"]
    assert [lv.level for lv in levels] == [1, 2, 3, 4, 5]
    assert [lv.meaning for lv in levels] == list(who.ATC_LEVELS)
    assert levels[-1].name == "metformin" and levels[3].name == "Biguanides"
    assert [lv.code for lv in who.parse_atc("N02")] == ["N", "N02"]
    assert who.parse_atc("D01")[-1].name is None  # shape fine, group not in the table
    with pytest.raises(who.ATCFormatError, match="not an ATC anatomical main group"):
        who.parse_atc("E01AA01")


def test_one_substance_can_have_several_atc_codes():
    assert who.atc_codes_for("Acetylsalicylic acid") == ["A01AD05", "B01AC06", "N02BA01"]
    assert who.atc_codes_for("metformin") == ["A10BA02"]
    with pytest.raises(LookupError, match="not a substance"):
        who.atc_codes_for("unobtainium")


def test_meddra_levels_and_socs():
    assert [abbr for abbr, _ in who.MEDDRA_LEVELS] == ["SOC", "HLGT", "HLT", "PT", "LLT"]
    socs = who.meddra_socs()
    assert len(socs) == 27 == len(set(socs)) and socs == sorted(socs)
    assert "Product issues" in socs and "Investigations" in socs


def test_meddra_example_is_illustrative_and_follows_the_rules():
    frame = who.meddra_example()
    socs = set(who.meddra_socs())
    below = frame[frame.level != "SOC"]
    assert below.term.str.endswith("(illustrative)").all()
    assert set(frame.term[frame.level == "SOC"]) <= socs
    llts = frame[frame.level == "LLT"]
    assert llts.term.is_unique  # each LLT links to one PT
    pts = frame[frame.level == "PT"]
    assert (pts.groupby("term").primary.sum() == 1).all()  # one primary path per PT


def test_icd10_icd11_examples():
    frame = who.icd10_icd11_examples()
    pairs = dict(zip(frame.icd10, frame.icd11, strict=True))
    assert pairs["E11"] == "5A11" and pairs["I10"] == "BA00"
    assert set(frame.confidence) <= {"checked", "unverified"}
    for row in frame.itertuples():
        assert who.parse_icd11(row.icd11).kind == "stem"
        assert re.fullmatch(r"[A-Z]\d\d", row.icd10) and icd10cm.is_valid(row.icd10)


def test_no_icd10cm_code_passes_as_icd11_dotted_or_undotted():
    codes = icd10cm.codes().code
    assert codes.str.startswith("QA0").any()  # the one category with a letter in 2nd position
    written = [*codes, *codes.str.replace(".", "", regex=False)]
    assert [c for c in written if who.is_icd11_format(c)] == []
    with pytest.raises(who.ICD11FormatError, match="ICD-10-CM code QA0.8 written without its dot"):
        who.parse_icd11("qa08")
    assert who.is_icd11_format("QA00.0") and who.is_icd11_format("QA01")  # ICD-11 shapes, not ICD-10-CM


def test_icd_revisions_carry_their_figures_with_source_and_year():
    table = who.icd_revisions().set_index("revision")
    assert list(table.index) == ["ICD-10", "ICD-11"]
    assert table.loc["ICD-11", "codes"] == 17_000 and table.loc["ICD-11", "codable_terms"] == 120_000
    assert table.loc["ICD-11", "source_year"] == 2022 and "2022" in table.loc["ICD-11", "source"]
    assert table.loc["ICD-10", "codes"] == 14_400
    assert table.source.str.len().gt(0).all() and table.source_year.notna().all()
