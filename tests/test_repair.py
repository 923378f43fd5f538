"""``autograder.repair``: a student's notebook is put back into its release's shape before grading.

Each test takes a real release notebook, plays a student who damaged it in one way, and checks the
repaired notebook: marked cells in the release order, the student's answers and helper cells kept
where they run, the right notes, and a valid nbformat 4 notebook.
"""

from __future__ import annotations

import copy
import warnings

import nbformat
import pytest
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell

from autograder import notebooks
from autograder.repair import marked_cells, repair
from conftest import REPO

MODULES = ["01-what-is-medical-coding", "05-outpatient-and-professional-coding"]


def read_release(name: str) -> NotebookNode:
    return notebooks.read(REPO / "release" / name / f"{name}.ipynb")


@pytest.fixture(params=MODULES)
def release(request: pytest.FixtureRequest) -> NotebookNode:
    return read_release(request.param)


@pytest.fixture
def student(release: NotebookNode) -> NotebookNode:
    """The release with every answer cell answered (a distinct text per answer)."""
    nb = copy.deepcopy(release)
    for gid in notebooks.answer_cells(nb):
        cell = position(nb, gid)
        nb.cells[cell].source = f"# my answer to {gid}\nanswer_{gid} = 1\n"
    return nb


def exercises(nb: NotebookNode) -> list[tuple[str, str]]:
    """(answer id, test id) of each exercise, in order."""
    answers = list(notebooks.answer_cells(nb))
    tests = list(notebooks.test_cells(nb))
    assert len(answers) == len(tests) >= 3
    return list(zip(answers, tests, strict=True))


def order(nb: NotebookNode) -> list[str]:
    """The grade ids of the marked cells, in notebook order."""
    return [gid for cell in nb.cells if (gid := notebooks.nbgrader_meta(cell).get("grade_id"))]


def position(nb: NotebookNode, gid: str) -> int:
    (index,) = [i for i, cell in enumerate(nb.cells) if notebooks.nbgrader_meta(cell).get("grade_id") == gid]
    return index


def find(nb: NotebookNode, source: str) -> int:
    (index,) = [i for i, cell in enumerate(nb.cells) if cell.source == source]
    return index


def take(nb: NotebookNode, gid: str) -> NotebookNode:
    return nb.cells.pop(position(nb, gid))


def assert_valid(nb: NotebookNode) -> None:
    """Valid nbformat 4 with unique cell ids, and nothing for nbformat's validator to repair."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nbformat.validate(copy.deepcopy(nb))
    if nb.nbformat_minor >= 5:
        ids = [cell.id for cell in nb.cells]
        assert len(ids) == len(set(ids))


def checked(student: NotebookNode, release: NotebookNode) -> tuple[NotebookNode, list[str]]:
    """``repair``'s result, after the checks that hold for every repair."""
    before = copy.deepcopy(student), copy.deepcopy(release)
    repaired, notes = repair(student, release)
    assert (student, release) == before, "repair changed its inputs"
    assert order(repaired) == order(release)
    assert_valid(repaired)
    return repaired, notes


@pytest.mark.parametrize("name", MODULES)
def test_an_untouched_release_needs_no_repair(name: str) -> None:
    release = read_release(name)
    repaired, notes = repair(release, release)
    assert notes == []
    assert repaired == release
    assert repaired is not release


def test_an_answered_notebook_needs_no_repair(student: NotebookNode, release: NotebookNode) -> None:
    repaired, notes = checked(student, release)
    assert notes == []
    assert repaired == student


def test_a_deleted_test_cell_comes_back_after_its_answer(
    student: NotebookNode, release: NotebookNode
) -> None:
    answer, test = exercises(release)[1]
    take(student, test)
    repaired, notes = checked(student, release)
    assert notes == [f"restored deleted test cell {test}"]
    assert position(repaired, test) == position(repaired, answer) + 1
    assert repaired.cells[position(repaired, test)] == marked_cells(release)[test]
    assert len(repaired.cells) == len(release.cells)


def test_a_deleted_header_comes_back_first(student: NotebookNode, release: NotebookNode) -> None:
    take(student, "header")
    repaired, notes = checked(student, release)
    assert notes == ["restored deleted cell header"]
    assert repaired.cells[0] == release.cells[0]
    assert repaired.cells[1:] == student.cells


def test_an_edited_test_cell_is_restored(student: NotebookNode, release: NotebookNode) -> None:
    _, test = exercises(release)[2]
    student.cells[position(student, test)].source = "assert True  # all good"
    repaired, notes = checked(student, release)
    assert notes == [f"test cell {test} had been edited: restored"]
    assert repaired.cells[position(repaired, test)].source == marked_cells(release)[test].source


def test_changed_grading_metadata_is_restored(student: NotebookNode, release: NotebookNode) -> None:
    _, test = exercises(release)[0]
    meta = student.cells[position(student, test)].metadata.nbgrader
    meta.update(points=100, grade=False, locked=False)
    repaired, notes = checked(student, release)
    assert notes == [f"test cell {test} had its nbgrader metadata changed: restored"]
    assert repaired.cells[position(repaired, test)].metadata == marked_cells(release)[test].metadata


def test_an_answer_turned_into_markdown_is_graded_as_code(
    student: NotebookNode, release: NotebookNode
) -> None:
    answer, _ = exercises(release)[0]
    cell = student.cells[position(student, answer)]
    text = cell.source
    cell.cell_type = "markdown"
    del cell["outputs"], cell["execution_count"]
    repaired, notes = checked(student, release)
    assert notes == [f"answer cell {answer} had been turned into markdown: graded as code"]
    fixed = repaired.cells[position(repaired, answer)]
    assert (fixed.cell_type, fixed.source, fixed.outputs, fixed.execution_count) == ("code", text, [], None)


def test_a_written_answer_turned_into_code_is_graded_as_markdown() -> None:
    release = read_release("04-inpatient-coding")
    student = copy.deepcopy(release)
    (written,) = [gid for gid in marked_cells(release) if gid.startswith("written_")][:1]
    cell = student.cells[position(student, written)]
    cell.update(cell_type="code", source="My written answer.", outputs=[], execution_count=3)
    repaired, notes = checked(student, release)
    assert notes == [f"answer cell {written} had been turned into code: graded as markdown"]
    fixed = repaired.cells[position(repaired, written)]
    assert (fixed.cell_type, fixed.source) == ("markdown", "My written answer.")
    assert "outputs" not in fixed and "execution_count" not in fixed


def test_a_test_cell_moved_above_its_answer_goes_back(student: NotebookNode, release: NotebookNode) -> None:
    answer, test = exercises(release)[1]
    text = student.cells[position(student, answer)].source
    moved = take(student, test)
    student.cells.insert(position(student, answer), moved)
    repaired, notes = checked(student, release)
    assert notes == ["cells were out of order: put back in the release order"]
    assert repaired.cells[position(repaired, answer)].source == text
    # The cells below the answer in the student's notebook travel with it, ahead of the test.
    below = student.cells[position(student, answer) + 1 : position(student, exercises(release)[2][0])]
    assert repaired.cells[position(repaired, answer) + 1 : position(repaired, test)] == below


def test_a_moved_answer_takes_the_helper_below_it(student: NotebookNode, release: NotebookNode) -> None:
    answer, test = exercises(release)[1]
    text = student.cells[position(student, answer)].source
    helper = new_code_cell("def _normalise(code):\n    return code.strip().upper()\n")
    moved = take(student, answer)
    student.cells += [moved, helper]  # the answer and its helper, moved to the end
    repaired, notes = checked(student, release)
    assert notes == ["cells were out of order: put back in the release order"]
    assert repaired.cells[position(repaired, answer)].source == text
    assert find(repaired, helper.source) == position(repaired, answer) + 1
    assert position(repaired, test) > find(repaired, helper.source)


def test_a_helper_above_an_answer_still_runs_before_it(student: NotebookNode, release: NotebookNode) -> None:
    answer, _ = exercises(release)[2]
    last_answer, last_test = exercises(release)[-1]
    helper = new_code_cell("def _helper():\n    return 42\n")
    student.cells.insert(position(student, answer), helper)
    # Elsewhere the student moved the last exercise to the top.
    student.cells[1:1] = [take(student, last_test), take(student, last_answer)]
    repaired, notes = checked(student, release)
    assert notes == ["cells were out of order: put back in the release order"]
    assert find(repaired, helper.source) == position(repaired, answer) - 1


def test_the_last_copy_of_a_duplicated_answer_is_graded(student: NotebookNode, release: NotebookNode) -> None:
    answer, test = exercises(release)[1]
    first = student.cells[position(student, answer)]
    second = copy.deepcopy(first)
    second.update(id="my-second-try", source="# second try\nanswer = 2\n")
    student.cells.insert(position(student, answer) + 1, second)
    repaired, notes = checked(student, release)
    assert notes == [f"answer cell {answer} appears 2 times: the last copy is graded"]
    graded = position(repaired, answer)
    assert repaired.cells[graded].source == second.source
    earlier = repaired.cells[graded - 1]
    assert earlier.source == first.source and "nbgrader" not in earlier.metadata
    assert position(repaired, test) == graded + 1


def test_a_duplicate_far_below_is_graded_at_the_answer_s_place(
    student: NotebookNode, release: NotebookNode
) -> None:
    answer, test = exercises(release)[0]
    first_text = student.cells[position(student, answer)].source
    copy_below = copy.deepcopy(student.cells[position(student, answer)])
    copy_below.update(id="copy-below", source="answer = 'copied below'\n")
    student.cells.append(copy_below)
    repaired, notes = checked(student, release)
    assert notes == [
        f"answer cell {answer} appears 2 times: the last copy is graded",
        "cells were out of order: put back in the release order",
    ]
    assert repaired.cells[position(repaired, answer)].source == copy_below.source
    assert position(repaired, test) == position(repaired, answer) + 1
    assert find(repaired, first_text) < position(repaired, answer)  # the first copy still runs, unmarked


def test_an_unknown_grade_id_becomes_an_ordinary_cell(student: NotebookNode, release: NotebookNode) -> None:
    answer, _ = exercises(release)[0]
    stray = new_code_cell("x = 1\n", metadata={"nbgrader": {"grade_id": "ex_bogus", "solution": True,
                                                             "grade": False, "locked": False}})
    student.cells.insert(position(student, answer) + 1, stray)
    repaired, notes = checked(student, release)
    assert notes == ["cell ex_bogus is not part of this assignment: kept as an ordinary cell"]
    kept = repaired.cells[find(repaired, "x = 1\n")]
    assert "nbgrader" not in kept.metadata
    assert find(repaired, "x = 1\n") == position(repaired, answer) + 1


def test_an_answer_whose_marking_was_removed_is_restored(
    student: NotebookNode, release: NotebookNode
) -> None:
    answer, test = exercises(release)[1]
    unmarked = student.cells[position(student, answer)]
    del unmarked.metadata["nbgrader"]
    repaired, notes = checked(student, release)
    assert notes == [f"restored deleted answer cell {answer}"]
    assert repaired.cells[position(repaired, answer)].source == marked_cells(release)[answer].source
    # The student's unmarked copy (same cell id, now renamed) runs after the stub, before the test.
    assert position(repaired, answer) < find(repaired, unmarked.source) < position(repaired, test)


def test_a_notebook_without_cell_ids_stays_without(student: NotebookNode, release: NotebookNode) -> None:
    student.nbformat_minor = 4
    for cell in student.cells:
        del cell["id"]
    take(student, exercises(release)[0][1])
    repaired, notes = checked(student, release)
    assert len(notes) == 1
    assert all("id" not in cell for cell in repaired.cells)


def test_everything_at_once(student: NotebookNode, release: NotebookNode) -> None:
    (a0, t0), (a1, t1), (a2, t2), *_ , (a_last, t_last) = exercises(release)
    texts = {gid: student.cells[position(student, gid)].source for gid in (a0, a1, a2, a_last)}
    take(student, t0)
    student.cells[position(student, t1)].source = "pass"
    cell = student.cells[position(student, a1)]
    cell.cell_type = "markdown"
    del cell["outputs"], cell["execution_count"]
    student.cells.insert(position(student, a2), take(student, t2))
    helper = new_code_cell("def _helper():\n    return 1\n")
    moved = take(student, a_last)
    student.cells[1:1] = [moved, helper]
    duplicate = copy.deepcopy(student.cells[position(student, a2)])
    duplicate.id = "duplicate"
    student.cells.insert(0, duplicate)
    student.cells.append(new_code_cell("y = 2\n", metadata={"nbgrader": {"grade_id": "test_bogus"}}))

    repaired, notes = checked(student, release)
    assert sorted(notes) == sorted([
        "cell test_bogus is not part of this assignment: kept as an ordinary cell",
        f"answer cell {a2} appears 2 times: the last copy is graded",
        f"answer cell {a1} had been turned into markdown: graded as code",
        f"test cell {t1} had been edited: restored",
        "cells were out of order: put back in the release order",
        f"restored deleted test cell {t0}",
    ])
    assert len(notes) == 6
    for gid, text in texts.items():
        assert repaired.cells[position(repaired, gid)].source == text
    assert find(repaired, helper.source) == position(repaired, a_last) + 1
    assert position(repaired, t0) == position(repaired, a0) + 1
    assert repaired.cells[position(repaired, t1)].source == marked_cells(release)[t1].source
