"""WordNet's synonyms as course data: the committed table against WordNet, its card, and what it leads to."""

from __future__ import annotations

import csv
import subprocess
import sys
from importlib import resources

import pytest
from script_loader import load_script

from conftest import REPO
from course import books, encoder, index_search, shorthand

TABLE, CARD = "wordnet_synonyms.csv", "wordnet_synonyms.md"
DRUGS, PERTAINYMS = "wordnet_drugs.csv", "wordnet_pertainyms.csv"


@pytest.fixture(scope="module")
def build():
    return load_script(REPO / "scripts" / "build_wordnet.py")


def committed() -> list[dict[str, str]]:
    with (resources.files("course") / "data" / TABLE).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_table_is_what_the_script_makes_of_wordnet(build):
    if not (build.SOURCE / "data.noun").is_file():
        pytest.skip(f"WordNet 3.0 is not installed here ({build.SOURCE}; apt-get install wordnet-base)")
    assert [dict(row) for row in build.build()] == committed()
    assert build.table_bytes(build.build()) == (resources.files("course") / "data" / TABLE).read_bytes()


def test_each_word_leads_to_main_terms_the_index_prints():
    terms = {form.strip().casefold() for entry in books.entries("index") if entry.level == 0
             for form in entry.term.split("(")[0].split(",")}
    rows = committed()
    assert rows and all(row["main_terms"] for row in rows)
    for row in rows:
        assert row["word"].casefold() not in terms, row
        assert all(term.casefold() in terms for term in row["main_terms"].split("|")), row


def test_the_card_names_source_licence_filter_and_count(build):
    text = " ".join((resources.files("course") / "data" / CARD).read_text(encoding="utf-8").split())
    assert f"{len(committed()):,} rows" in text and TABLE in text
    assert "WordNet 3.0" in text and "Princeton" in text and build.SHA256["data.noun"] in text
    assert "most frequent sense" in text and "noun.state" in text


def test_import_course_does_not_read_the_table():
    code = ("import course, course.index_search as s; "
            "print(s._wordnet.cache_info().currsize, s._pertainyms.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split() == ["0", "0"]


def test_a_word_the_index_does_not_print_reaches_its_main_term():
    assert [c.code for c in encoder.encode("oesophagus stricture", limit=1)] == ["K22.2"]  # esophagus
    assert [c.code for c in encoder.encode("caecum polyp", limit=1)] == ["D12.0"]  # Polyp, cecum
    assert [c.code for c in encoder.encode("boil in left armpit", limit=1)] == ["L02.422"]  # Boil, axilla
    assert [c.code for c in encoder.encode("haematochezia", limit=1)] == ["K92.1"]


def test_a_lemma_of_more_words_on_no_path_is_read_in_its_place():
    assert [c.code for c in encoder.encode("mask of pregnancy", limit=1)] == ["L81.1"]  # Melasma
    assert index_search._with_synonyms(["mask", "pregnancy"]) == ["chloasma", "melasma"]  # no pregnancy
    hearing = index_search._words("hearing loss")  # Loss, hearing holds both: no synonym read
    assert index_search._with_synonyms(hearing) == hearing


def test_the_drug_table_is_what_the_script_makes_of_wordnet(build):
    if not (build.SOURCE / "data.noun").is_file():
        pytest.skip(f"WordNet 3.0 is not installed here ({build.SOURCE}; apt-get install wordnet-base)")
    rows = build.build_drugs()
    data = (resources.files("course") / "data" / DRUGS).read_bytes()
    assert build.table_bytes(rows, build.DRUG_COLUMNS) == data


def test_each_drug_name_leads_to_a_row_of_the_table_of_drugs():
    with (resources.files("course") / "data" / DRUGS).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    printed = {" > ".join(books.path(entry)) for entry in books.entries("drugs")}
    card = (resources.files("course") / "data" / "wordnet_drugs.md").read_text(encoding="utf-8")
    card = " ".join(card.split())
    assert rows and f"{len(rows)} rows" in card and "WordNet 3.0" in card
    for row in rows:
        assert row["table_row"] in printed and row["word"].casefold() != row["substance"].casefold(), row


def test_a_lay_name_of_a_drug_reaches_the_table_of_drugs():
    found = encoder.encode("accidental overdose of water pills, initial encounter", limit=1)
    assert [c.code for c in found] == ["T50.2X1A"] and "Diuretic" in found[0].why  # water pill: diuretic
    assert [c.code for c in encoder.encode("overdose of painkillers, initial", limit=1)] == ["T39.91XA"]
    assert "heroin" not in shorthand.expand("overdose of nose drops")  # a street name is not read


def test_the_pertainym_table_is_what_the_script_makes_of_wordnet(build):
    if not (build.SOURCE / "data.adj").is_file():
        pytest.skip(f"WordNet 3.0 is not installed here ({build.SOURCE}; apt-get install wordnet-base)")
    data = (resources.files("course") / "data" / PERTAINYMS).read_bytes()
    assert build.table_bytes(build.build_pertainyms(), build.PERTAINYM_COLUMNS) == data


def test_a_site_adjective_reaches_a_path_that_prints_its_body_part():
    card = (resources.files("course") / "data" / "wordnet_pertainyms.md").read_text(encoding="utf-8")
    table = index_search._pertainyms()
    assert f"{len(table)} rows" in " ".join(card.split()) and "femor" not in table  # femur or thigh
    assert index_search._stand_ins(["pelv", "stres", "fractur"]) == [("pelv", "pelvis")]
    assert [c.code for c in encoder.encode("pelvic stress fx, initial encounter", limit=1)] == ["M84.350A"]
