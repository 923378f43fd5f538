"""JupyterLab in a real browser (Playwright driving Debian's Chromium).

A student opens the module the Binder link opens, runs it cell by cell, reads the feedback,
validates, answers an exercise by typing and sees its visible checks pass. An instructor opens the
formgrader and finds every assignment of source/. Screenshots go to build/artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from autograder import notebooks
from autograder.course import Course
from browser_support import Lab, copy_repository, jupyter_lab
from conftest import ASSIGNMENTS, REPO

FIRST_MODULE = "00-orientation"  # the notebook the README's Binder link opens
ARTIFACTS = REPO / "build" / "artifacts"
PROMPT_DONE = re.compile(r"\[\d+\]:")
TOP_LEVEL_STUB = re.compile(r"^raise NotImplementedError", re.M)  # not inside a def


@pytest.fixture
def student_lab(tmp_path: Path) -> Iterator[Lab]:
    """JupyterLab as Binder gives it: a copy of the repository, student nbgrader extensions only."""
    with jupyter_lab(copy_repository(REPO, tmp_path / "student"), tmp_path / "home", student=True) as lab:
        yield lab


@pytest.fixture
def instructor_lab(tmp_path: Path) -> Iterator[Lab]:
    """JupyterLab in a copy of the course directory (nbgrader_config.py at its root), all extensions."""
    with jupyter_lab(copy_repository(REPO, tmp_path / "course"), tmp_path / "home", student=False) as lab:
        yield lab


def _run_cell(page: Page, cell: Locator, kind: str, key: str = "Shift+Enter") -> None:
    """Run the selected cell with ``key``; for code, wait until its prompt shows an execution count.

    Shift+Enter runs and moves on (on the last cell it would add a new one); Control+Enter stays.
    """
    page.keyboard.press(key)
    if kind == "code":
        expect(cell.locator(".jp-InputPrompt").first).to_have_text(PROMPT_DONE)


def _outputs(cell: Locator) -> Locator:
    return cell.locator(".jp-OutputArea-output")


def _errors(cell: Locator) -> Locator:
    return cell.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")


def test_student_runs_validates_and_answers_the_first_module(student_lab: Lab, page: Page) -> None:
    course = Course.at(REPO)
    nb = notebooks.read(course.notebook_path(FIRST_MODULE, "release"))
    answer_ids = {id(c) for c in notebooks.answer_cells(nb).values()}
    test_ids = {id(c) for c in notebooks.test_cells(nb).values()}
    page.goto(student_lab.at(f"lab/tree/release/{FIRST_MODULE}/{FIRST_MODULE}.ipynb"))
    cells = page.locator(".jp-Notebook .jp-Cell")
    expect(cells).to_have_count(len(nb.cells))
    expect(page.locator(".jp-Notebook-ExecutionIndicator")).to_have_attribute("data-status", "idle")

    # Students see the assignment list, never the instructor's tools.
    page.get_by_text("Nbgrader", exact=True).click()
    expect(page.locator(".lm-Menu .lm-Menu-itemLabel:visible")).to_have_text(["Assignment List"])
    page.keyboard.press("Escape")

    # Run every cell in order, as a student does (Run All would stop at the first stub).
    cells.first.locator(".jp-InputPrompt").click()
    last = len(nb.cells) - 1
    for index, cell in enumerate(nb.cells):
        _run_cell(page, cells.nth(index), cell.cell_type, "Control+Enter" if index == last else "Shift+Enter")
    for index, cell in enumerate(nb.cells):
        shown = cells.nth(index)
        if id(cell) in answer_ids and TOP_LEVEL_STUB.search(cell.source):
            expect(_errors(shown)).to_contain_text("NotImplementedError")
        elif id(cell) in test_ids:
            expect(_errors(shown)).to_contain_text(re.compile(r"(AssertionError: \w|NotImplementedError)"))
        else:
            expect(_errors(shown)).to_have_count(0)
    expect(page.locator(".jp-OutputArea-output", has_text="Visible checks passed.")).to_have_count(0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    first_stub = next(i for i, c in enumerate(nb.cells) if id(c) in answer_ids)
    cells.nth(first_stub).scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "student-feedback.png")

    # Validate reports every test cell as failing in the untouched notebook.
    page.get_by_role("button", name="Validate").click()
    dialog = page.locator(".jp-Dialog")
    expect(dialog).to_contain_text("Validation Results")
    expect(dialog).to_contain_text("The following cell failed")
    assert dialog.inner_text().count("The following cell failed") == len(test_ids)
    page.screenshot(path=ARTIFACTS / "student-validate.png")
    dialog.get_by_role("button", name="Ok").click()
    expect(dialog).to_have_count(0)

    # Type the first answer in place of the stub, run it and its test cell.
    source = notebooks.read(course.notebook_path(FIRST_MODULE))
    first_id, first_answer = next(iter(notebooks.answer_cells(source).items()))
    grade_ids = [notebooks.nbgrader_meta(c).get("grade_id") for c in nb.cells]
    answer_at = grade_ids.index(first_id)
    test_at = next(i for i, c in enumerate(nb.cells) if i > answer_at and id(c) in test_ids)
    cells.nth(answer_at).locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.type(notebooks.solution_text(first_answer.source).strip())
    for index in range(answer_at, test_at + 1):
        _run_cell(page, cells.nth(index), nb.cells[index].cell_type)
    expect(_errors(cells.nth(answer_at))).to_have_count(0)
    expect(_errors(cells.nth(test_at))).to_have_count(0)
    expect(_outputs(cells.nth(test_at))).to_have_text(["Visible checks passed.\n"])
    cells.nth(answer_at).scroll_into_view_if_needed()
    page.screenshot(path=ARTIFACTS / "student-answered.png")


def test_instructor_sees_every_assignment_in_the_formgrader(instructor_lab: Lab, page: Page) -> None:
    page.goto(instructor_lab.at("lab"))
    page.get_by_text("Nbgrader", exact=True).click()
    page.locator(".lm-Menu").get_by_text("Formgrader", exact=True).click()
    table = page.frame_locator("iframe[src*='formgrader']").locator("#main-table")
    for assignment in ASSIGNMENTS:
        expect(table.get_by_text(assignment, exact=True)).to_be_visible()
    expect(table.locator("> tr")).to_have_count(len(ASSIGNMENTS))  # one row each, nothing else
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "instructor-formgrader.png")
