"""Medical word parts, the term splitter and body systems to ICD-10-CM chapters."""

import pytest

from course import icd10cm, terminology


def test_table_has_at_least_200_parts_of_each_kind():
    frame = terminology.word_parts()
    assert len(frame) >= 200
    assert set(frame["kind"]) == {"prefix", "root", "suffix"}
    assert not frame.duplicated(["part", "kind"]).any()
    assert frame["part"].str.fullmatch(r"[a-z]+").all()
    assert (frame["meaning"].str.len() > 0).all()
    systems = set(frame["body_system"]) - {""}
    assert systems <= set(terminology.BODY_SYSTEM_CHAPTERS)


@pytest.mark.parametrize(
    ("term", "parts"),
    [
        ("cholecystectomy", ["chole", "cyst", "ectomy"]),
        ("gastroenteritis", ["gastro", "enter", "itis"]),
        ("bradycardia", ["brady", "card", "ia"]),
        ("hepatomegaly", ["hepato", "megaly"]),
        ("osteoarthritis", ["osteo", "arthr", "itis"]),
        ("Nephrolithiasis", ["nephro", "lith", "iasis"]),
        ("peri-carditis", ["peri", "card", "itis"]),
        ("hypoglycemia", ["hypo", "glyc", "emia"]),
    ],
)
def test_split(term, parts):
    assert [s.text for s in terminology.split(term)] == parts


def test_split_reports_kinds_and_forms():
    segments = terminology.split("bradycardia")
    assert [s.part.kind for s in segments] == ["prefix", "root", "suffix"]
    assert [s.part.form for s in segments] == ["brady-", "card/io", "-ia"]
    assert segments[1].part.body_system == "cardiovascular"


def test_define():
    assert terminology.define("hepatomegaly") == "liver: enlargement"
    assert terminology.define("gastroenteritis") == "stomach + small intestine: inflammation"
    assert terminology.define("bradycardia") == "slow + heart: condition"


def test_split_errors():
    with pytest.raises(terminology.TerminologyError, match="cannot be split"):
        terminology.split("xyzzy")
    with pytest.raises(terminology.TerminologyError):
        terminology.split("")
    with pytest.raises(terminology.TerminologyError):
        terminology.split("hyper")  # a prefix alone is not a term


def test_body_system_to_chapters():
    assert terminology.chapters_for("circulatory") == [terminology.Chapter(9, "I00", "I99")]
    assert [c.number for c in terminology.chapters_for("Female reproductive")] == [14, 15]
    with pytest.raises(terminology.TerminologyError, match="Unknown body system"):
        terminology.chapters_for("astral")


def test_chapter_ranges_match_icd10cm():
    official = dict(zip(icd10cm.chapters()["chapter"], icd10cm.chapters()["range"], strict=True))
    assert {n: f"{a}-{b}" for n, (a, b) in terminology.ICD10CM_CHAPTERS.items()} == official
