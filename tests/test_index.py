"""The books as course data: the FY2025 Index and tables, their FY2026 code checks, and CDC's files."""

from __future__ import annotations

import csv
import gzip
import re
import xml.etree.ElementTree as ET
from importlib import resources

import pytest
from script_loader import load_script

from conftest import REPO
from course import books, icd10cm, index

SOURCE = REPO.parent / "shared" / "data"
CM = SOURCE / "icd10cm-index-2025"
CARDS = {
    "icd10cm_index.csv.gz": "icd10cm_index.md",
    "icd10cm_eindex.csv.gz": "icd10cm_eindex.md",
    "icd10cm_drugs.csv.gz": "icd10cm_drugs.md",
    "icd10cm_neoplasm.csv.gz": "icd10cm_neoplasm.md",
    "icd10cm_index_codes.csv": "icd10cm_index_codes.md",
    "icd10pcs_index.csv.gz": "icd10pcs_index.md",
    "icd10pcs_definitions.csv.gz": "icd10pcs_definitions.md",
}
SOURCE_OF = {
    "icd10cm_index.md": "ICD10CM_2025_Index.csv",
    "icd10cm_eindex.md": "icd-10-cm-eindex-2025.xml",
    "icd10cm_drugs.md": "icd-10-cm-drug-2025.xml",
    "icd10cm_neoplasm.md": "icd-10-cm-neoplasm-2025.xml",
    "icd10pcs_index.md": "icd10pcs_index_2025.xml",
    "icd10pcs_definitions.md": "icd10pcs_definitions_2025.xml",
}
needs_source = pytest.mark.skipif(not SOURCE.is_dir(),
                                  reason=f"CDC's and CMS's original files are not here ({SOURCE})")


@pytest.fixture(scope="module")
def build():
    return load_script(REPO / "scripts" / "build_index.py")


def card(name: str) -> str:
    return (resources.files("course") / "data" / name).read_text(encoding="utf-8")


def committed(name: str) -> list[dict[str, str]]:
    data = (resources.files("course") / "data" / name).read_bytes()
    text = gzip.decompress(data).decode("utf-8") if name.endswith(".gz") else data.decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def shown_codes(book: str) -> list[str]:
    return [code for entry in books.entries(book) for code in entry.codes if code]


def test_every_table_has_a_data_card_naming_its_source_checksum_and_licence(build):
    for table, name in CARDS.items():
        text = card(name)
        assert table in text and "public domain" in text, name
        if name in SOURCE_OF:
            digest = next(d for f, d in build.SHA256.items() if f.endswith(SOURCE_OF[name]))
            assert SOURCE_OF[name] in text and digest in text, name
    assert all("FY2025" in card(name) and "FY2026" in card(name) for name in CARDS.values())


def test_trees_are_whole_and_well_formed():
    counts = {"index": (81_024, 8_100), "external": (8_064, 314), "drugs": (7_428, 5_177),
              "neoplasm": (1_939, 1)}
    for book, (rows, mains) in counts.items():
        entries = books.entries(book)
        assert (len(entries), sum(e.level == 0 for e in entries)) == (rows, mains), book
        for entry in entries:
            if entry.parent is None:
                assert entry.level == 0
            else:
                assert entries[entry.parent].level == entry.level - 1 and entry.parent < entry.number
    assert books.path(books.entries("index")[next(
        e.number for e in books.entries("index") if e.code == "Z85.3" and e.term == "breast")]) == (
        "History", "personal", "malignant neoplasm", "breast")


def test_no_code_shown_is_invalid_in_fy2026():
    """A code without '-' is billable or takes a 7th character; a code with '-' is a header."""
    for book in books.BOOKS:
        for code in set(shown_codes(book)):
            if code.endswith("-"):
                assert not icd10cm.lookup(code[:-1]).billable, (book, code)
            else:
                seventh = all(len(c) == 8 for c in icd10cm.billable_descendants(code))
                assert icd10cm.lookup(code).billable or seventh, (book, code)


def _count(book: str) -> dict[str, int]:
    expanded = {row["code"] for row in books.code_checks().values() if row["status"] == "expanded"}
    codes = shown_codes(book)
    return {
        "billable": sum(icd10cm.lookup(c).billable for c in codes if not c.endswith("-")),
        "seventh": sum(not icd10cm.lookup(c).billable for c in codes if not c.endswith("-")),
        "more": sum(c.endswith("-") and c not in expanded for c in codes),
        "expanded": sum(c in expanded for c in codes),
    }


def test_data_cards_give_the_fy2026_check_counts_of_the_committed_tables():
    def written(n: int) -> str:
        return f"{n:,}"

    for book, name in (("index", "icd10cm_index.md"), ("external", "icd10cm_eindex.md"),
                       ("drugs", "icd10cm_drugs.md"), ("neoplasm", "icd10cm_neoplasm.md")):
        text, count = " ".join(card(name).split()), _count(book)
        if count["billable"]:
            assert f"{written(count['billable'])} billable" in text, (book, count)
        if count["seventh"]:
            assert f"{written(count['seventh'])} take a 7th character" in text or (
                f"all {written(count['seventh'])} codes exist in FY2026" in text), (book, count)
        if count["more"]:
            assert f"{written(count['more'])} need more characters" in text, (book, count)
        assert f"{count['expanded']} were billable in FY2025" in text if count["expanded"] else True
    assert _count("index")["expanded"] == 189 and _count("drugs")["billable"] == 0


def test_code_checks_table():
    rows = committed("icd10cm_index_codes.csv")
    assert {row["status"] for row in rows} <= {"valid", "incomplete", "expanded", "invalid"}
    statuses = [row["status"] for row in rows]
    text = " ".join(card("icd10cm_index_codes.md").split())
    assert f"{len(rows)} rows" in text
    assert all(f"`{s}` ({statuses.count(s)}" in text for s in set(statuses))
    for row in rows:
        if row["status"] == "expanded":
            assert row["code"] == row["book_code"] + "-" and row["fy2026_codes"], row
            assert row["fy2026_codes"].split() == icd10cm.billable_descendants(row["book_code"]), row
        if row["status"] == "invalid":
            assert row["code"] == "" and not icd10cm.is_valid(row["book_code"].rstrip("-")), row
    assert books.code_checks()["G35"]["fy2026_codes"].startswith("G35.")


def test_pcs_index_and_definitions():
    from course import pcs

    index = books.pcs_index()
    assert (len(index), (index["level"] == 0).sum()) == (24_484, 3_215)
    coded = index[index["code"] != ""]
    prefixes = {code[:n] for code in pcs.codes() for n in range(3, 7)}
    assert all(pcs.is_valid(c) if len(c) == 7 else c in prefixes for c in coded["code"])
    invalid = index[index["status"].str.startswith("invalid")]
    assert (invalid["code"] == "").all() and len(invalid) == 20
    assert not any(pcs.is_valid(s.split(": ")[1]) for s in invalid["status"])
    text = " ".join(card("icd10pcs_index.md").split())
    assert f"{len(coded) + len(invalid):,} codes, {len(coded):,} valid in FY2026, {len(invalid)} not" in text
    definitions = books.pcs_definitions()
    assert len(definitions) == 930
    resection = definitions.query("section == '0' and axis == '3' and term == 'Resection'")
    assert resection["definition"].item() == "Cutting out or off, without replacement, all of a body part"


def test_committed_tables_stay_small():
    sizes = {name: len((resources.files("course") / "data" / name).read_bytes()) for name in CARDS}
    assert max(sizes.values()) < 1_000_000 and sum(sizes.values()) < 1_500_000, sizes


@needs_source
def test_committed_tables_equal_a_fresh_build(build):
    for name, (rows, _columns) in build.build().items():
        assert committed(name) == rows, name


def _xml_rows(path, cells: int) -> list[tuple[str, tuple[str, ...]]]:
    """(term words, printed codes) of every mainTerm and term of CDC's file, in order."""
    out = []

    def visit(element):
        title = element.find("title")
        words = "".join(title.itertext()) if title is not None else ""
        words = " ".join(f"{words} {element.findtext('manif') or ''}".split())
        if cells:
            found = {int(c.get("col")): (c.text or "").strip() for c in element.findall("cell")}
            codes = tuple(found.get(col, "") for col in range(2, 2 + cells))
        else:
            codes = tuple((element.findtext(tag) or "").strip() for tag in ("code", "subcat", "seecat"))
        out.append((words, codes))
        for child in element.findall("term"):
            visit(child)

    for main in ET.parse(path).getroot().iter("mainTerm"):
        visit(main)
    return out


def _shown(printed: str) -> str:
    printed = printed.strip()
    if printed in ("", "-", "--"):
        return ""
    check = books.code_checks().get(printed)
    return check["code"] if check else printed


@needs_source
@pytest.mark.parametrize(("book", "file", "cells"), [
    ("external", "icd-10-cm-eindex-2025.xml", 0),
    ("drugs", "icd-10-cm-drug-2025.xml", 6),
    ("neoplasm", "icd-10-cm-neoplasm-2025.xml", 6),
])
def test_every_row_and_code_of_cdc_xml_made_it_across(book, file, cells):
    original = _xml_rows(CM / file, cells)
    entries = books.entries(book)
    assert len(entries) == len(original)
    for entry, (words, codes) in zip(entries, original, strict=True):
        ours, theirs = (re.sub(r"[\s\[\]]", "", text) for text in (entry.term + entry.modifiers, words))
        assert sorted(ours) == sorted(theirs), entry  # the same characters, manifestation text included
        printed = codes if cells else tuple(c for c in codes if c)[:1] or ("",)
        assert entry.codes == tuple(_shown(c) for c in printed), entry


@needs_source
def test_every_row_and_code_of_the_index_csv_made_it_across():
    with (CM / "ICD10CM_2025_Index.csv").open(encoding="utf-8", newline="") as handle:
        original = list(csv.DictReader(handle))
    entries = books.entries("index")
    assert len(entries) == len(original) == 81_024
    for entry, row in zip(entries, original, strict=True):
        printed = (int(row["Level"]), " ".join(row["Term"].split()), " ".join(row["See"].split()))
        assert (entry.level, entry.term, entry.see) == printed
        assert entry.code == _shown(row["Code"]), (entry, row)


# --- course.index: the walk ------------------------------------------------------------------


def _row(book: str, *path: str) -> books.Entry:
    """The entry of ``book`` whose path is ``path``, found by scanning the table (not by the walk)."""
    found = [e for e in books.entries(book) if books.path(e) == path]
    assert len(found) >= 1, path
    return found[0]


def _with_seventh(code: str, character: str) -> str:
    undotted = code.replace(".", "").ljust(6, "X") + character
    return f"{undotted[:3]}.{undotted[3:]}"


def test_drug_table_acetaminophen_accidental_with_its_7th_character():
    found = index.drug("Acetaminophen", intent="accidental", encounter="A")
    row = _row("drugs", "Acetaminophen")
    assert found.code == row.codes[books.DRUG_COLUMNS.index("accidental")]
    assert found.billable == _with_seventh(found.code, "A") == "T39.1X1A"
    assert icd10cm.validate(found.billable).billable and found.billable[-1] == "A"
    assert found.path == ("Acetaminophen", "accidental") and found.book == "Table of Drugs and Chemicals"
    assert index.drug("acetaminophen", intent="accidental").billable is None  # the 7th is still to choose


def test_each_drug_intent_reads_its_own_column():
    row = _row("drugs", "Aspirin")
    intents = ("accidental", "intentional self-harm", "assault", "undetermined", "adverse effect",
               "underdosing")
    for intent, column, printed in zip(intents, books.DRUG_COLUMNS, row.codes, strict=True):
        found = index.drug("Aspirin", intent=intent, encounter="D")
        assert found.code == printed and found.billable == _with_seventh(printed, "D"), intent
        assert column.replace("_", " ") in found.path
    assert [index.drug("Aspirin", intent=i).code[-1] for i in intents] == list("123456")
    assert "Adverse effect" in index.drug("Aspirin", intent="adverse_effect", encounter="A").description


def test_neoplasm_table_by_site_and_behaviour():
    liver = _row("neoplasm", "Neoplasm, neoplastic", "liver")
    behaviours = ("primary", "secondary", "in situ", "benign", "uncertain", "unspecified")
    for behaviour, column, printed in zip(behaviours, books.NEOPLASM_COLUMNS, liver.codes, strict=True):
        found = index.neoplasm("liver", behaviour=behaviour)
        assert found.code == printed and found.path[-1] == column.replace("_", " "), behaviour
    assert index.neoplasm("liver", behaviour="secondary").billable == "C78.7"
    lung = index.neoplasm("lung", behaviour="primary")  # not "lingula, lung"
    assert lung.code == _row("neoplasm", "Neoplasm, neoplastic", "lung").codes[0] == "C34.9-"
    assert lung.billable is None and lung.path[1] == "lung"


def test_index_history_personal_breast_cancer():
    found = index.walk("History", "personal", "malignant neoplasm", "breast")
    assert found.code == found.billable == _row("index", *found.path).code == "Z85.3"
    assert found.description == icd10cm.lookup("Z85.3").description
    cancer = index.walk("History", "personal", "cancer")  # see History, personal, malignant neoplasm
    assert cancer.path[-1].startswith("see History, personal")
    assert cancer.code == index.walk("History", "personal", "malignant neoplasm").code == "Z85.9"
    with pytest.raises(index.NotInIndexError, match="gives no code; choose a subterm: .*personal"):
        index.walk("History")


def test_external_cause_slipped_on_ice():
    found = index.external_cause("Slipping", "on", "ice", encounter="A")
    assert found.code == _row("external", "Slipping", "on", "ice").code == "W00.0"
    assert found.billable == "W00.0XXA" and found.book == "External Cause Index"
    assert "Slipping" in found.path[0] and found.modifiers[0].startswith("(accidental)")


def test_see_references_are_followed_and_named_in_the_path():
    found = index.walk("Abdominalgia")
    assert found.path == ("Abdominalgia", "see Pain, abdominal")
    assert found.code == index.walk("Pain", "abdominal").code == _row("index", "Pain", "abdominal").code


def test_nonessential_modifiers_are_shown():
    found = index.walk("Abasia")
    assert found.modifiers == (_row("index", "Abasia").modifiers,) == ("(-astasia) (hysterical)",)


def test_tabular_notes_recover_the_second_code_of_a_dual_code_entry():
    alzheimer = index.walk("Disease", "Alzheimer's")
    assert alzheimer.code == "G30.9"
    extra = [n.text for n in alzheimer.notes if n.kind == "use_additional_code"]
    assert any("F02.80" in text for text in extra)  # the [F02.80] the Index CSV lost
    sepsis = index.walk("Sepsis", "Escherichia coli")
    assert sepsis.code == "A41.51" and {"code_first", "use_additional_code"} <= {n.kind for n in sepsis.notes}
    assert any(n.kind == "excludes1" for n in index.walk("Hypertension").notes)
    poisoning = index.drug("Acetaminophen", intent="accidental", encounter="A")
    assert any("manifestations of poisoning" in n.text for n in poisoning.notes)
    second = index.second_codes(alzheimer)
    note = next(n.text for n in alzheimer.notes if "F02.80" in n.text)
    assert ("use_additional_code", "F02.80", note) in second
    assert all(kind != "excludes1" for kind, _, _ in second)
    assert {code for _, code, _ in index.second_codes(poisoning)} >= {"Z91.12-", "Z91.13-"}


def test_lookup_errors_say_what_to_do():
    with pytest.raises(index.NotInIndexError, match="not a main term"):
        index.walk("Zzyzx")
    with pytest.raises(index.NotInIndexError, match="its subterms: .*allergic"):
        index.walk("Asthma", "no such subterm")
    with pytest.raises(ValueError, match="not a column of the Table of Drugs"):
        index.drug("Aspirin", intent="on purpose")
    with pytest.raises(ValueError, match="not a 7th character"):
        index.drug("Aspirin", intent="accidental", encounter="Q")
    with pytest.raises(index.NotInIndexError, match="see condition. Look up the condition itself"):
        index.walk("Acoustic")
    with pytest.raises(index.NotInIndexError, match="no code in the adverse effect column"):
        index.drug("2-propanol", intent="adverse effect")


def test_pcs_index_to_its_table_with_the_root_operation_definition():
    found = index.pcs("Appendectomy")
    assert [(r.see, r.code, r.operation) for r in found] == [
        ("Excision, Appendix", "0DBJ", "Excision"), ("Resection, Appendix", "0DTJ", "Resection")]
    operations = books.pcs_definitions().query("section == '0' and axis == '3'")
    definitions = operations.set_index("term")["definition"]
    assert all(r.definition == definitions[r.operation] for r in found)
    from course import pcs

    assert all(any(code.startswith(r.code) for code in pcs.codes()) for r in found)
    with pytest.raises(index.NotInIndexError):
        index.pcs("Appendectomy", "laparoscopic robot")


def test_every_code_the_books_give_leads_to_a_billable_code_in_the_tabular():
    from course import index_search

    printed = {code for book in books.BOOKS for code in shown_codes(book)}
    reached = {code: index_search.verify(code, [], None) for code in printed}
    assert all(found and icd10cm.lookup(found).billable for found in reached.values()), [
        code for code, found in reached.items() if not found][:10]
    assert reached["Z91.012"].startswith("Z91.012") and len(reached["Z91.012"]) == 8  # a 7-character code
    assert reached["W00.0"] == "W00.0XXA" and reached["C34.9-"] == "C34.90"


def test_external_cause_place_and_activity():
    place = index.external_cause("Place of occurrence", "skating rink", "ice")
    assert place.code == place.billable == _row("external", "Place of occurrence", "skating rink", "ice").code
    assert place.billable.startswith("Y92")
    activity = index.external_cause("Activity", "ice NEC")
    assert activity.billable == _row("external", "Activity", "ice NEC").code
    assert activity.billable.startswith("Y93")


def test_book_tables_as_dataframes_and_the_pcs_use_references():
    drugs = books.table("drugs")
    assert list(drugs.columns[-6:]) == list(books.DRUG_COLUMNS) and len(drugs) == len(books.entries("drugs"))
    aspirin = drugs[drugs["path"] == "Aspirin"].iloc[0]
    assert tuple(aspirin[list(books.DRUG_COLUMNS)]) == _row("drugs", "Aspirin").codes
    assert books.table("neoplasm")["parent"].isna().sum() == 1
    with pytest.raises(ValueError, match="Unknown book"):
        books.entries("tabular")
    plexus = index.pcs("Abdominal aortic plexus")
    assert [(r.use, r.code) for r in plexus] == [("Abdominal Sympathetic Nerve", "")]


def test_references_naming_a_with_level_or_two_levels_in_one_are_followed():
    gallbladder = index.follow("index", "Calculus, gallbladder, with cholecystitis, acute")
    assert books.path(gallbladder)[-3:] == ("with", "cholecystitis", "acute") and gallbladder.code == "K80.00"
    gland = index.follow("neoplasm", "Neoplasm, lymph gland")
    assert books.path(gland) == ("Neoplasm, neoplastic", "lymph, lymphatic channel NEC", "gland")


def test_subterms_after_a_note_stay_under_the_entry_it_interrupts():
    systolic = index.follow("index", "Failure, heart, systolic")
    assert books.path(systolic) == ("Failure, failed", "heart", "systolic") and systolic.code == "I50.20"


def test_index_entries_the_csv_lost_are_empty_in_the_csv_and_point_at_fy2026_headers():
    rows = committed("icd10cm_index_lost.csv")
    assert len(rows) >= 10 and "FY2025" in card("icd10cm_index_lost.md")
    below = books.children("index")
    for row in rows:
        entry = index.find("index", *(term.strip() for term in row["path"].split(",")))
        assert not any(entry.codes) and not entry.see and not below.get(entry.number), row  # lost
        header = icd10cm.lookup(row["code"].rstrip("-").rstrip("."))
        assert not header.billable and row["reference"].endswith(header.code), row
