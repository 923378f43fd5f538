"""The encoder: its committed tables, its errors, and its accuracy on tests/encoder_eval.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from course import encoder, icd10cm

EVAL = Path(__file__).with_name("encoder_eval.csv")
TOP1_FLOOR = 0.90
TOP5_FLOOR = 0.97


def _hit(code: str, gold: str) -> bool:
    """True when ``code`` is one of the gold codes; a gold 'I21.-' takes any code under I21."""
    for item in gold.split("|"):
        if item.endswith("-"):
            if code.replace(".", "").startswith(item.rstrip(".-").replace(".", "")):
                return True
        elif code == item:
            return True
    return False


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    with EVAL.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_eval_set_is_realistic_and_valid(gold):
    assert len(gold) >= 100
    assert {row["kind"] for row in gold} == {"clinical", "lay", "abbreviation"}
    for row in gold:
        for item in row["gold"].split("|"):
            if item.endswith("-"):
                assert not icd10cm.lookup(item.rstrip(".-")).billable, row
            else:
                assert icd10cm.validate(item), row


def test_top1_and_top5_accuracy(gold):
    top1 = top5 = 0
    misses = []
    for row in gold:
        found = [c.code for c in encoder.search(row["query"], limit=5)]
        top1 += bool(found) and _hit(found[0], row["gold"])
        top5 += any(_hit(code, row["gold"]) for code in found)
        if not any(_hit(code, row["gold"]) for code in found):
            misses.append(row["query"])
    n = len(gold)
    print(f"encoder on {n} queries: top-1 {top1 / n:.1%}, top-5 {top5 / n:.1%}; missed {misses}")
    assert top1 / n >= TOP1_FLOOR
    assert top5 / n >= TOP5_FLOOR


def test_lay_terms_point_at_billable_codes():
    rows = encoder.lay_terms()
    assert len(rows) >= 100
    assert {kind for _, _, kind in rows} == {"lay", "index"}
    for term, code, _ in rows:
        assert icd10cm.validate(code).billable, (term, code)
    assert len({term.lower() for term, _, _ in rows}) == len(rows)


def test_abbreviations_expand_to_searchable_words():
    table = encoder.abbreviations()
    assert table["CHF"] == "congestive heart failure"
    for short, expansion in table.items():
        assert encoder.search(expansion, limit=1), short
    assert encoder.expand("acute on chronic chf") == "acute on chronic congestive heart failure"


def test_tokens():
    assert encoder.tokens("Kidney stones") == encoder.tokens("kidney stone")
    assert encoder.tokens("Hypertensive disease of the heart") == ["hypertens", "diseas", "heart"]
    assert encoder.tokens("type 2") == ["type", "2"]


def test_search_returns_candidates_billable_first():
    found = encoder.search("type 2 diabetes", limit=3)
    assert [c.code for c in found[:2]] == ["E11.9", "E11"]
    assert found[0].billable and not found[1].billable
    assert found[0].description == "Type 2 diabetes mellitus without complications"
    assert 0 < found[1].score <= found[0].score <= 1
    assert found[0].why


def test_header_hit_brings_its_default_code():
    found = encoder.search("acute kidney failure", limit=3)
    assert found[0].code == "N17.9"
    assert "N17" in [c.code for c in found]


def test_one_seventh_character_variant_per_code():
    found = encoder.search("fracture of lower end of right radius", limit=10)
    stems = [c.code[:-1] for c in found if len(c.code) == 8]
    assert len(stems) == len(set(stems))


def test_search_errors():
    with pytest.raises(ValueError, match="no searchable words"):
        encoder.search("  of the ")
    with pytest.raises(ValueError, match="limit must be at least 1"):
        encoder.search("asthma", limit=0)
    assert len(encoder.search("asthma", limit=2)) == 2
