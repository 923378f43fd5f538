"""Every assignment in source/: runs, earns every point, releases cleanly, leaks nothing.

The graded checks read the demo's class (``demo_class``), graded once for the session with the
course's ``nbgrader_config.py``: a student who answers every exercise with the solution, and one
who hands in the release untouched.
"""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest

from autograder import notebooks
from autograder.course import Course
from autograder.export import Score, needing_attention, read_scores
from autograder.release import check_release
from autograder.sample_class import BLANK_INDEX, mistakes, names
from conftest import ASSIGNMENTS, DEMO_SIZE, REPO, DemoClass

VARIANT_TEST = re.compile(r"_case\d+$")
"""A variant exercise's test cells: one per case, test_<name>_case1, _case2 ..."""

SOLVED, UNTOUCHED = names(DEMO_SIZE)[0], names(DEMO_SIZE)[BLANK_INDEX]
"""Two of the demo's students: one answers every exercise with the solution, one hands in the release."""


@pytest.fixture(scope="module")
def graded(demo_class: DemoClass) -> dict[str, tuple[Course, dict[str, Score], dict[str, str]]]:
    """Each assignment as the demo graded it: its scores and the submissions that need attention."""
    course = demo_class.course
    return {a: (course, read_scores(course, a), needing_attention(course, a)) for a in ASSIGNMENTS}


def _autograded(course: Course, student: str, assignment: str) -> notebooks.NotebookNode:
    return notebooks.read(course.workspace / "autograded" / student / assignment / f"{assignment}.ipynb")


def _errors(cell: notebooks.NotebookNode) -> list[str]:
    return [o["ename"] for o in cell.get("outputs", []) if o.get("output_type") == "error"]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_run_clean_and_earn_every_point(graded, assignment: str) -> None:
    course, scores, attention = graded[assignment]
    assert SOLVED not in attention, attention[SOLVED]
    score = scores[SOLVED]
    assert score.max_code_score > 0
    assert score.code_score == score.max_code_score
    failing = [c.source[:60] for c in _autograded(course, SOLVED, assignment).cells if _errors(c)]
    assert failing == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_release_stops_only_at_stubs_and_scores_zero(graded, assignment: str) -> None:
    course, scores, attention = graded[assignment]
    assert UNTOUCHED not in attention, attention[UNTOUCHED]
    assert scores[UNTOUCHED].score == 0 and scores[UNTOUCHED].code_score == 0
    for cell in _autograded(course, UNTOUCHED, assignment).cells:
        meta = notebooks.nbgrader_meta(cell)
        errors = _errors(cell)
        if meta.get("solution") and cell.cell_type == "code":  # a def only raises when called
            assert errors in ([], ["NotImplementedError"]), f"answer cell {meta['grade_id']}: {errors}"
        elif meta.get("grade") and cell.cell_type == "code":
            assert errors, f"test cell {meta['grade_id']} passes on the untouched release"
        else:
            assert errors == [], f"teaching cell fails in the release: {cell.source[:80]!r}"


def _visible_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_no_solution_or_hidden_test_text_in_release_or_feedback(graded, assignment: str) -> None:
    course = graded[assignment][0]
    secrets = notebooks.secret_lines(notebooks.read(course.notebook_path(assignment)))
    assert secrets, "the source notebook has no solution or hidden-test lines to check"
    release_lines = {
        line.strip()
        for p in (course.release / assignment).rglob("*.ipynb")
        for text in [p.read_text(encoding="utf-8"), *(c.source for c in notebooks.read(p).cells)]
        for line in text.splitlines()
    }
    assert sorted(secrets & release_lines) == []
    source = notebooks.read(course.notebook_path(assignment))

    def lines_in(region: re.Pattern) -> set[str]:
        found = (r for c in source.cells for r in region.findall(c.source))
        return {line.strip() for r in found for line in r.splitlines()}

    # Hidden-test lines that are not also solution lines (a solved notebook shows its own answers).
    hidden = secrets & lines_in(notebooks.HIDDEN_REGION) - lines_in(notebooks.SOLUTION_REGION)
    for student in (SOLVED, UNTOUCHED):
        page = course.workspace / "feedback" / student / assignment / f"{assignment}.html"
        text = {line.strip() for line in _visible_text(page.read_text(encoding="utf-8")).splitlines()}
        assert sorted(hidden & text) == [], f"hidden tests in {student}'s feedback"
    untouched = _visible_text((course.workspace / "feedback" / UNTOUCHED / assignment
                               / f"{assignment}.html").read_text(encoding="utf-8"))
    assert sorted(secrets & {line.strip() for line in untouched.splitlines()}) == [], "solution in feedback"


def test_release_equals_a_fresh_generation(repo_course: Course) -> None:
    assert check_release(repo_course) == []


@pytest.mark.parametrize("step", ["source", "release"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_notebooks_are_stored_normalised_without_outputs(assignment: str, step: str) -> None:
    path = Course.at(REPO).notebook_path(assignment, step)
    text = path.read_text(encoding="utf-8")
    nb = notebooks.read(path)
    assert (nb.nbformat, nb.nbformat_minor) == (4, 5)
    assert all(cell.get("id") for cell in nb.cells)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert text == notebooks.dumps(nb), f"{path} is not normalised: run `mcc format-source`"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_exercise_has_one_test_cell_whose_asserts_explain_themselves(assignment: str) -> None:
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment))
    answers = {gid.removeprefix("ex_") for gid in notebooks.answer_cells(nb)} - {"my_id"}
    tests = {VARIANT_TEST.sub("_cases", gid.removeprefix("test_")) for gid in notebooks.test_cells(nb)}
    assert answers == tests, "each ex_<name> answer cell needs test_<name> (variants: test_<name>_case<N>)"
    for gid, cell in notebooks.test_cells(nb).items():
        bare = [n.lineno for n in ast.walk(ast.parse(cell.source)) if isinstance(n, ast.Assert) and not n.msg]
        assert bare == [], f"{gid}: bare assert on lines {bare}; give every check a message"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_sample_mistakes_name_real_exercises(assignment: str) -> None:
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment))
    wrong = mistakes(assignment)
    assert set(wrong) == set(notebooks.answer_cells(nb)), "one list of mistakes per exercise"
    assert all(isinstance(m, str) and m.strip() for options in wrong.values() for m in options)


def test_there_are_assignments() -> None:
    assert Path(REPO, "source").is_dir() and len(ASSIGNMENTS) >= 2
