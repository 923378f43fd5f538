"""``mcc check``: a self-learner's notebook graded with the hidden tests, nothing recorded.

On module 00 (the smallest): the release notebook filled with the solutions gets full marks,
the release notebook as handed out gets 0 with a message for every test, both as root and as
an unprivileged user; the course's folder gains no gradebook, workspace or file.
"""

from __future__ import annotations

import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest
from test_corpus import solved

from autograder import notebooks
from autograder.cli import main
from autograder.course import Course
from autograder.errors import CourseError
from autograder.self_check import identify, self_check
from conftest import REPO, give, run_as, warm_cache

M00 = "00-orientation"


def _course_files() -> set[str]:
    """Every file of the course folder that git does not ignore (what a check must leave alone)."""
    listed = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "--cached"], cwd=REPO,
                            capture_output=True, text=True, check=True).stdout
    return set(listed.splitlines())


def _full_marks() -> float:
    return sum(notebooks.points(notebooks.read(Course.at(REPO).notebook_path(M00))).values())


def test_a_solved_notebook_gets_full_marks_and_its_feedback(tmp_path: Path, capsys) -> None:
    before = _course_files()
    notebook = tmp_path / f"{M00}.ipynb"
    notebooks.write(solved(M00), notebook)
    assert main([f"--course={REPO}", "check", str(notebook)]) == 0
    shown = capsys.readouterr().out
    assert f"{M00}: {_full_marks():g} of {_full_marks():g} autograded points" in shown
    page = tmp_path / f"{M00}-feedback.html"
    assert page.is_file() and f"Feedback page: {page}" in shown
    assert "BEGIN HIDDEN TESTS" not in page.read_text()
    assert _course_files() == before and not (REPO / "gradebook.db").exists()


def test_the_notebook_as_handed_out_gets_zero_and_every_message(tmp_path: Path) -> None:
    notebook = tmp_path / "my copy.ipynb"  # renamed: found by its exercises
    shutil.copyfile(Course.at(REPO).notebook_path(M00, "release"), notebook)
    result = self_check(Course.at(REPO), notebook)
    assert result.assignment == M00 and result.score == 0 and result.max_score == _full_marks()
    assert result.tests and all(t.message for t in result.tests), result.tests
    assert result.feedback == tmp_path / "my copy-feedback.html"


def test_a_notebook_of_no_module_is_refused_by_name(tmp_path: Path) -> None:
    other = tmp_path / "groceries.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("eggs = 12")]), other)
    with pytest.raises(CourseError, match="groceries.ipynb is not one of this course's modules"):
        identify(Course.at(REPO), other)


def test_a_broken_file_is_reported_not_scored(tmp_path: Path) -> None:
    broken = tmp_path / f"{M00}.ipynb"
    broken.write_text('{"cells": [')
    result = self_check(Course.at(REPO), broken)
    assert result.problem and "not a valid notebook" in result.problem and result.tests == []


@pytest.mark.parametrize("filled", [True, False], ids=["solved", "as-handed-out"])
def test_an_unprivileged_learner_can_check(learner: pwd.struct_passwd, filled: bool) -> None:
    home = Path(tempfile.mkdtemp(prefix="mcc-learner-"))  # pytest's own folders are root's alone
    notebook = home / f"{M00}.ipynb"
    if filled:
        notebooks.write(solved(M00), notebook)
    else:
        shutil.copyfile(Course.at(REPO).notebook_path(M00, "release"), notebook)
    if filled:  # a learner's later check; the notebook as handed out is checked with nothing built yet
        warm_cache(home)
    give(learner, home)
    shown = run_as(learner, home, "-m", "autograder.cli", f"--course={REPO}", "check", str(notebook),
                   env={"TMPDIR": str(home)})
    earned = _full_marks() if filled else 0
    assert f"{M00}: {earned:g} of {_full_marks():g} autograded points" in shown
    assert (home / f"{M00}-feedback.html").stat().st_uid == learner.pw_uid
    shutil.rmtree(home)
