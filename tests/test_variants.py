"""Per-student variants: the pick, the banks, the keys, and grading a class that uses them (#23)."""

from __future__ import annotations

import ast
import itertools
import subprocess
import sys
from collections import Counter

import pytest

from autograder import identity, notebooks
from builders import answer_cell, id_cell, markdown, notebook
from course import variants
from course.variants import Case, Key

N_IDS = 1000


def synthetic_ids(n: int = N_IDS) -> list[str]:
    """``n`` logins shaped like a college's: first initial, surname, a number."""
    return [f"{chr(97 + i % 26)}{name}{i}" for i, name in zip(range(n), itertools.cycle(
        ["smith", "garcia", "nguyen", "okafor", "kim", "patel", "novak", "haddad"]), strict=False)]


@pytest.fixture
def small_bank(monkeypatch: pytest.MonkeyPatch) -> str:
    """A five-case bank: C1-C4 in version 1, C2 retired in version 2, C5 added in version 2."""
    cases = (Case("C1", 1, None, "office", "one"), Case("C2", 1, 2, "office", "two"),
             Case("C3", 1, None, "office", "three"), Case("C4", 1, None, "office", "four"),
             Case("C5", 2, None, "office", "five"))
    monkeypatch.setattr(variants, "bank", lambda exercise: cases)
    return "small"


def test_versions_keep_retired_cases_out_and_added_cases_in(small_bank: str) -> None:
    assert variants.current_version(small_bank) == 2
    assert [c.case_id for c in variants.cases(small_bank, 1)] == ["C1", "C2", "C3", "C4"]
    assert [c.case_id for c in variants.cases(small_bank)] == ["C1", "C3", "C4", "C5"]
    for student in synthetic_ids(200):
        assert "C2" not in variants.pick(student, small_bank, k=2)
        assert "C5" not in variants.pick(student, small_bank, k=2, bank_version=1)


def test_an_id_is_read_without_case_or_surrounding_spaces(small_bank: str) -> None:
    assert variants.pick(" JSmith ", small_bank, k=2) == variants.pick("jsmith", small_bank, k=2)
    assert variants.pick("", small_bank, k=2) == variants.pick("  ", small_bank, k=2) == ["C1", "C3"]


def test_a_bank_too_small_for_k_is_an_error(small_bank: str) -> None:
    with pytest.raises(variants.VariantError, match="4 cases, not 5"):
        variants.pick("jsmith", small_bank, k=5)


KEY = Key(codes=("S52.521A", "W01.0XXA|W18.30XA"), optional=("Y92.009",))


@pytest.mark.parametrize("answer", [
    ["S52.521A", "W01.0XXA"], ["s52521a", "W18.30XA"], ["S52.521A", "W01.0XXA", "Y92.009"],
])
def test_grade_case_accepts_every_answer_the_key_allows(answer: list[str]) -> None:
    variants.grade_case("demo", "X-1", answer, KEY)


@pytest.mark.parametrize(("answer", "message"), [
    ("S52.521A", "give a list"),
    (["S52.521"], "cannot go on a claim"),
    (["W01.0XXA", "S52.521A"], "W01.0XXA is not the one to list first"),
    (["S52.521A"], "1 code(s) the note supports are missing"),
    (["S52.521A", "W01.0XXA", "R52"], "the note does not support R52"),
    (["S52.521A", "S52.521A"], "listed twice"),
])
def test_grade_case_rejects_without_giving_the_key_away(answer: object, message: str) -> None:
    with pytest.raises(AssertionError) as caught:
        variants.grade_case("demo", "X-1", answer, KEY)
    text = str(caught.value)
    assert message in text
    assert "W18.30XA" not in text and "Y92.009" not in text


@pytest.mark.parametrize("exercise", variants.EXERCISES)
def test_the_pick_is_fair_over_a_thousand_ids(exercise: str) -> None:
    n = len(variants.cases(exercise))
    picks = [variants.pick(student, exercise) for student in synthetic_ids()]
    assert n >= 30 and all(len(set(p)) == variants.K for p in picks)
    counts = Counter(case for p in picks for case in p)
    fair = N_IDS * variants.K / n
    assert len(counts) == n and max(counts.values()) <= 2 * fair, (max(counts.values()), fair)
    sets = [set(p) for p in picks[:400]]
    shared = [len(a & b) for a, b in itertools.combinations(sets, 2)]
    assert sum(shared) / len(shared) <= 1, sum(shared) / len(shared)


PINNED = {
    "capstone": {"jsmith": None, "amara.okafor": None},
    "icd10cm": {"jsmith": None, "amara.okafor": None},
}


@pytest.mark.parametrize("exercise", variants.EXERCISES)
def test_a_pinned_id_gets_its_pinned_cases_here_and_in_a_fresh_process(exercise: str) -> None:
    for student, expected in PINNED[exercise].items():
        assert variants.pick(student, exercise, bank_version=1) == expected
        code = (f"from course import variants; print(variants.pick({student!r}, {exercise!r}, "
                "bank_version=1))")
        fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert ast.literal_eval(fresh.stdout.strip()) == expected


def _id_notebook(source: str) -> notebooks.NotebookNode:
    return notebook(id_cell(source), markdown("text"))


@pytest.mark.parametrize(("source", "expected"), [
    ('MY_ID = "jsmith"', "jsmith"), ('# a comment\nMY_ID = " JSmith "\n', "JSmith"), ('MY_ID = ""', ""),
    ("# YOUR CODE HERE\nraise NotImplementedError()", ""), ('MY_ID = "jsmith', ""), ("MY_ID = 42", ""),
])
def test_the_id_a_notebook_carries(source: str, expected: str) -> None:
    assert identity.notebook_id(_id_notebook(source)) == expected


def test_a_notebook_without_an_id_cell_carries_none() -> None:
    assert identity.notebook_id(notebook(answer_cell("code", 'code = "I10"'))) is None


def test_an_id_matches_its_folder_or_the_login_on_record() -> None:
    logins = {"smith-john": {"smith-john", "jsmith"}}
    assert identity.mismatch("smith-john", "JSmith", logins) == ""
    assert identity.mismatch("jsmith", "jsmith", {}) == ""
    assert identity.mismatch("jsmith", "", {}) == ""  # the practice set: its tests say why they fail
    why = identity.mismatch("bob", "alice", logins)
    assert why.startswith("this notebook's ID is alice; it was submitted by bob.")
    assert "--lms-user-id=alice" in why
