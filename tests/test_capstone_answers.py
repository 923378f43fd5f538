"""The capstone grades what a coder may rightly do: Z79.899 under I.C.21.c.3, "exempt" POA indicators.

Each case runs the source notebook's setup cells, one answer, and that exercise's whole test cell
(hidden tests included) in one namespace, as the grader's kernel would.
"""

from __future__ import annotations

import contextlib
import io

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
