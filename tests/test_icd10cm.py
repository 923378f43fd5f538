"""ICD-10-CM lookups, validation errors and tabular conventions (FY2026, April 1, 2026)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from course import conventions, icd10cm
from course.icd10cm import (
    CodeNotFoundError,
    MalformedCodeError,
    MissingSeventhCharacterError,
    NotBillableError,
)


def test_billable_count_is_the_cms_count_for_fy2026():
    frame = icd10cm.codes()
    assert frame.billable.sum() == icd10cm.BILLABLE_COUNT == 74_719
    assert frame.code.is_unique
    assert list(frame.columns[:5]) == ["code", "description", "billable", "chapter", "block"]


@pytest.mark.parametrize("code", ["B20", "F99", "P84", "R99", "Z66"])
def test_categories_named_like_their_block_are_billable(code):
    entry = icd10cm.lookup(code)
    assert entry.billable and entry.block == code and entry.parent is None
    assert code in set(icd10cm.codes().code)


def test_chapters_add_up():
    table = icd10cm.chapters()
    assert list(table.chapter) == list(range(1, 23))
    assert table.billable.sum() == 74_719
    assert table.loc[table.chapter == 4, "range"].item() == "E00-E89"


@pytest.mark.parametrize("raw", ["e119", "E11.9", " E119 "])
def test_normalize_and_lookup_accept_dotted_or_undotted(raw):
    assert icd10cm.normalize(raw) == "E11.9"
    assert icd10cm.tabular_form(raw) == "E11.9"
    entry = icd10cm.lookup(raw)
    assert (entry.code, entry.billable, entry.chapter, entry.block, entry.parent) == (
        "E11.9", True, 4, "E08-E13", "E11"
    )


def test_every_entry_normalizes_to_itself():
    assert all(icd10cm.normalize(code) == code for code in icd10cm.codes().code)
    undotted = icd10cm.codes().code.str.replace(".", "", regex=False)
    assert all(icd10cm.has_code_shape(code) for code in undotted)
    assert icd10cm.lookup("qa00101").code == "QA0.0101"


def test_is_valid():
    assert icd10cm.is_valid("S52.501A") and icd10cm.is_valid("E11")
    assert not icd10cm.is_valid("E11.99") and not icd10cm.is_valid("nonsense")


def test_hierarchy():
    assert icd10cm.ancestors("S52.501A") == ["S52.501", "S52.50", "S52.5", "S52"]
    assert icd10cm.ancestors("I10") == []
    assert icd10cm.children("E11")[0] == "E11.0" and "E11.A" in icd10cm.children("E11")
    assert icd10cm.children("E11.9") == []
    below = icd10cm.billable_descendants("E11.3")
    assert below[0] == "E11.311" and all(c.startswith("E11.3") for c in below)
    assert icd10cm.billable_descendants("I10") == ["I10"]


def test_malformed_code():
    with pytest.raises(MalformedCodeError, match="not shaped like"):
        icd10cm.lookup("E1")
    with pytest.raises(ValueError):
        icd10cm.validate("hello")


def test_unknown_code_offers_nearest_valid_codes():
    with pytest.raises(CodeNotFoundError, match=r"E11.99 is not a code in .*\. Nearest valid codes: E11.9, "):
        icd10cm.tabular_form("e1199")
    with pytest.raises(CodeNotFoundError, match="E11.99 is not a code") as caught:
        icd10cm.lookup("E11.99")
    assert caught.value.suggestions[0] == "E11.9"
    assert all(icd10cm.validate(code) for code in caught.value.suggestions)
    assert isinstance(caught.value, LookupError)


def test_suggest_repairs_a_missing_placeholder():
    assert icd10cm.suggest("S02.0A")[0] == "S02.0XXA"
    assert len(icd10cm.suggest("Z99.99", limit=3)) == 3


def test_header_is_not_billable_and_lists_its_codes():
    with pytest.raises(NotBillableError, match="E11 .* is a header") as caught:
        icd10cm.validate("E11")
    assert "and 77 more" in str(caught.value)
    assert len(caught.value.billable_children) == 87
    assert not isinstance(caught.value, MissingSeventhCharacterError)


def test_missing_seventh_character():
    with pytest.raises(MissingSeventhCharacterError, match="e.g. S52.501A"):
        icd10cm.validate("S52.501")
    with pytest.raises(MissingSeventhCharacterError, match=r"placeholder X \(S02.0XX\)"):
        icd10cm.validate("s020")


def test_validate_returns_billable_code():
    assert icd10cm.validate("t360x1a").description.startswith("Poisoning by penicillins")


def test_instructions_gather_notes_from_above():
    notes = conventions.instructions("E11.9")
    excludes = notes[notes.kind == "excludes1"]
    assert set(excludes.source) == {"E11.9", "E11", "chapter 4"}
    assert notes[notes.kind == "notes"].source.iloc[0] == "chapter 4"
    assert "Z79.4" in " ".join(notes[notes.kind == "use_additional_code"].text)
    assert "high blood pressure" in set(conventions.instructions("I10", ["includes"]).text)
    assert conventions.instructions("J44.1", ["inclusion_term"]).text.iloc[0] == "Decompensated COPD"
    with pytest.raises(ValueError, match="Unknown note kinds"):
        conventions.instructions("I10", ["excludes3"])


def test_seventh_characters_are_inherited():
    chars = conventions.seventh_characters("S52.501")
    assert chars["A"] == "initial encounter for closed fracture"
    assert " / " in chars["B"]
    assert conventions.seventh_characters("T36.0X1") == {
        "A": "initial encounter", "D": "subsequent encounter", "S": "sequela"
    }
    assert conventions.seventh_characters("E11.9") == {}


@pytest.mark.parametrize(
    ("code", "char", "full"),
    [("S52.501", "A", "S52.501A"), ("T36.0X1", "a", "T36.0X1A"), ("S02.0", "A", "S02.0XXA"),
     ("W11", "A", "W11.XXXA")],
)
def test_add_seventh_character_pads_with_placeholder_x(code, char, full):
    assert conventions.add_seventh_character(code, char) == full
    assert icd10cm.validate(full).code == full


def test_add_seventh_character_errors():
    with pytest.raises(ValueError, match="takes no 7th character"):
        conventions.add_seventh_character("E11.9", "A")
    with pytest.raises(ValueError, match="'Z' is not a 7th character"):
        conventions.add_seventh_character("S52.501", "Z")
    with pytest.raises(NotBillableError, match="subdivided further"):
        conventions.add_seventh_character("S52.5", "A")


def test_references_resolve_note_text():
    assert conventions.references("hypertensive disease (O10-O11, O13-O16)") == [
        ("O10", "O11"), ("O13", "O16")
    ]
    assert conventions.references("due to underlying condition (E08.-)") == [("E08", "E08")]
    assert conventions.references("underdosing (Z91.12-, Z91.13-)") == [
        ("Z91.12", "Z91.12"), ("Z91.13", "Z91.13")
    ]
    assert conventions.references("nothing here (see text) (Q99.99)") == []


def test_in_range_follows_tabular_order():
    assert conventions.in_range("O11.3", "O10", "O11")
    assert conventions.in_range("E08.9", "E08", "E08")
    assert not conventions.in_range("O12.00", "O10", "O11")
    assert conventions.in_range("C7A.00", "C7A", "C7B") and not conventions.in_range(
        "C7A.00", "C76", "C80"
    )


def test_excludes1_conflicts_name_each_pair_once():
    found = conventions.excludes1_conflicts(["E11.9", "E10.9", "I10", "O10.019", "J45.909"])
    pairs = {frozenset((c.code, c.excluded)) for c in found}
    assert pairs == {frozenset({"E11.9", "E10.9"}), frozenset({"I10", "O10.019"})}
    first = found[0]
    assert (first.code, first.excluded, first.source) == ("E11.9", "E10.9", "E11")
    assert "(E10.-)" in first.note
    assert conventions.excludes1_conflicts(["J44.9", "J45.909", "I10"]) == []
    with pytest.raises(CodeNotFoundError):
        conventions.excludes1_conflicts(["E11.99"])


def test_children_are_the_tabular_lists_for_every_code():
    cm = icd10cm._cm()
    assert all(icd10cm.children(row[0]) == list(cm.get_children(row[0])) for row in icd10cm._rows())


def test_a_new_process_reads_the_tabular_from_the_disk_cache_without_parsing_the_release(tmp_path):
    probe = ("import sys\nfrom course import icd10cm\n"
             "print(len(icd10cm.codes()), icd10cm.chapters().title[0], icd10cm.children('E11')[0],"
             " 'simple_icd_10_cm' in sys.modules)")
    env = {**os.environ, "MCC_CACHE": str(tmp_path)}
    first, second = (subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                                    check=True).stdout.split() for _ in range(2))
    assert first[-1] == "True" and second[-1] == "False"  # built once, then read back
    assert first[:-1] == second[:-1] and first[0] == str(len(icd10cm.codes()))


def test_the_notes_kept_on_disk_are_the_releases_for_every_code_block_and_chapter():
    cm, (notes, sevenths) = icd10cm._cm(), conventions._tabular_notes()
    rows = icd10cm._rows()
    headings = {row[4] for row in rows} | {str(row[3]) for row in rows}
    names = [*((row[0], False) for row in rows), *((name, True) for name in headings)]
    for kind, getter in conventions._GETTERS.items():
        read = getattr(cm, getter)
        for name, heading in names:
            found = read(name, prioritize_blocks=heading)
            lines = found if isinstance(found, list) else [x for x in found.split("\n") if x]
            assert notes.get((name, heading), {}).get(kind, []) == lines, (name, heading, kind)
    assert len(notes) > 10_000
    for row in rows:
        live = cm.get_seven_chr_def(row[0], search_in_ancestors=True)
        assert conventions.seventh_characters(row[0]) == {c: " / ".join(p.strip() for p in t.split("/"))
                                                          for c, t in live.items()}, row[0]
    assert len(sevenths) > 30_000
