"""The capstone grades what a coder may rightly do: Z79.899 under I.C.21.c.3, "exempt" POA indicators,
and in the students' own cases (section 10) an alternative principal diagnosis, optional codes, and
no credit for the practice set.

Each case runs the source notebook's setup cells, one answer, and that exercise's whole test cell
(hidden tests included) in one namespace, as the grader's kernel would.
"""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from autograder import notebooks
from conftest import REPO

NOTEBOOK = REPO / "source" / "13-capstone" / "13-capstone.ipynb"
SETUP = ("c-imports", "c-feesheet-code")


def _cells() -> dict[str, str]:
    return {cell.get("id"): cell.source for cell in notebooks.read(NOTEBOOK).cells}


def _grade(exercise: str, answer: str) -> None:
    """Run the setup, ``answer`` and the test cell of ``exercise``; raise as the test cell would."""
    cells = _cells()
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()):
        for source in [*(cells[c] for c in SETUP), answer, cells[f"test-{exercise}"]]:
            exec(compile(source, exercise, "exec"), namespace)  # noqa: S102 - the course's own cells


def _solution(exercise: str) -> str:
    return notebooks.solution_text(_cells()[f"ex-{exercise}"])


CASE2 = '''case2_diagnoses = [
    (conventions.add_seventh_character("M80.051", "A"), "Y"),
    ("D62", "N"), ("E03.9", "Y"), ("I10", "Y"), ("Z79.83", "{z7983}"), {extra}
]'''
CASE3 = '''case3_claim = claims.Claim(
    diagnoses=("E11.65", "I10", "M17.11", "Z79.84", {extra}),
    lines=(
        claims.ServiceLine("99214", pointers="ABD", modifiers=("25",)),
        claims.ServiceLine("20610", pointers="C", modifiers=("RT",)),
        claims.ServiceLine("J3301", pointers="C", units=4),
    ),
    payer="Medicare",
)'''


@pytest.mark.parametrize("exercise", ["case1-drg", "case2-diagnoses", "case2-pcs-drg", "case3-claim"])
def test_the_solutions_pass_their_tests(exercise):
    answer = _solution(exercise)
    if exercise == "case2-pcs-drg":
        answer = _solution("case2-diagnoses") + answer
    if exercise == "case1-drg":
        answer = _solution("case1-codes") + answer
    _grade(exercise, answer)


@pytest.mark.parametrize("blank", ["exempt", ""])
def test_case2_accepts_z79_899_for_the_other_long_term_drugs(blank):
    _grade("case2-diagnoses", CASE2.format(z7983=blank, extra='("Z79.899", "exempt"),'))
    _grade("case2-diagnoses", CASE2.format(z7983=blank, extra=""))


def test_case2_grades_the_exempt_indicator():
    with pytest.raises(AssertionError, match="POA indicator"):
        _grade("case2-diagnoses", CASE2.format(z7983="Y", extra=""))
    with pytest.raises(AssertionError, match="POA indicator"):
        _grade("case2-diagnoses", CASE2.format(z7983="exempt", extra='("Z79.899", "Y"),'))
    with pytest.raises(AssertionError, match="set of diagnosis codes"):
        _grade("case2-diagnoses", CASE2.format(z7983="exempt", extra='("Z79.1", "exempt"),'))


def test_case3_accepts_z79_899_for_lisinopril():
    _grade("case3-claim", CASE3.format(extra='"Z79.899"'))
    with pytest.raises(AssertionError, match="set of diagnoses"):
        _grade("case3-claim", CASE3.format(extra='"Z79.1"'))


def _first_pick(case_id: str) -> str:
    """A login whose case A is ``case_id`` in bank version 1."""
    from course import variants

    logins = (f"student{i}" for i in range(10_000))
    return next(s for s in logins if variants.pick(s, "capstone", bank_version=1)[0] == case_id)


def _grade_own(student: str, case_a: list[str]) -> None:
    """Run the MY_ID cell's effect, the locked show cell and test_capstone_case1 on ``case_a``."""
    cells = _cells()
    namespace: dict[str, object] = {"case_a": case_a}
    with contextlib.redirect_stdout(io.StringIO()):
        own = f"MY_ID = {student!r}"
        for source in (cells["c-imports"], own, cells["c-my-cases"], cells["test-capstone-case1"]):
            exec(compile(source, "own-cases", "exec"), namespace)  # noqa: S102 - the course's own cells


@pytest.mark.parametrize(("case_id", "answer"), [
    ("CAP-06", ["J44.1", "J96.21", "Z99.81", "Z87.891"]),  # Section II.C: either may be principal
    ("CAP-14", ["K02.51", "K02.62"]),  # both lesions treated today
    ("CAP-03", ["S82.841A", "W10.9XXA", "Y92.018", "Y99.8"]),  # unspecified stairs; optional Y codes
    ("CAP-02", ["I12.9", "N18.4", "D63.1", "Z79.899"]),  # I.C.21.c.3
    ("CAP-30", ["T22.211A", "X10.2XXA", "T31.0", "Y92.010", "Y93.G3", "Y99.8"]),
    ("CAP-24", ["L27.0", "T36.0X5A", "H66.002", "Z88.0"]),
    ("CAP-18", ["F43.12", "F10.10", "Z91.82"]),
    ("CAP-21", ["E10.10", "N17.9", "Z96.41", "Z79.4"]),  # as module 03's DX-27: Z79.4 optional in type 1
])
def test_own_cases_accept_what_a_coder_may_rightly_do(case_id, answer):
    _grade_own(_first_pick(case_id), answer)


@pytest.mark.parametrize(("case_id", "answer", "message"), [
    ("CAP-21", ["E11.10", "N17.9", "Z96.41"], "check the code"),  # type 1, not type 2
    ("CAP-26", ["J12.82", "U07.1", "I10"], "reread the sequencing rules"),
    ("CAP-25", ["S93.492A", "S60.812A", "W10.1XXA"], "does not support W10.1XXA"),
    ("CAP-20", ["F50.011"], "1 code(s) the note supports are missing"),
    ("CAP-12", ["N20.1", "E11.9"], "check the code"),
])
def test_own_cases_refuse_what_the_note_does_not_support(case_id, answer, message):
    with pytest.raises(AssertionError, match=re.escape(message)):
        _grade_own(_first_pick(case_id), answer)


def test_own_cases_give_no_credit_for_the_practice_set():
    from course import variants

    namespace: dict[str, object] = {"my_cases": variants.pick("", "capstone", bank_version=1)}
    exec(compile(_solution("capstone-cases"), "answers", "exec"), namespace)  # noqa: S102
    with pytest.raises(AssertionError, match="practice cases"):
        _grade_own("", namespace["case_a"])
