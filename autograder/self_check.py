"""``mcc check``: a self-learner grades one notebook with the hidden tests, on their own.

The notebook goes through the same pipeline as an instructor's ``mcc grade`` (the hidden tests
of ``source/``, the course's nbgrader configuration, the same isolation where the machine
allows it), in a throw-away workspace with a gradebook of its own: the course's gradebook and
workspace are never opened. What comes back is the feedback page, written next to the notebook,
and a summary: the points of each test and, for each test that failed, its message.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from autograder import notebooks
from autograder.collect import student_id
from autograder.course import Course
from autograder.errors import CourseError
from autograder.grade import grade
from autograder.identity import notebook_id

STUDENT = "me"
"""The student id of a self-check (it names no one)."""


@dataclass(frozen=True)
class TestResult:
    """One graded test of the notebook."""

    grade_id: str
    score: float
    max_score: float
    message: str = ""  # the failing test's last error line; "" when it passed


@dataclass
class SelfCheck:
    """The outcome of checking one notebook."""

    assignment: str
    tests: list[TestResult] = field(default_factory=list)
    manual: float = 0.0  # points an instructor grades by hand, not counted here
    feedback: Path | None = None
    problem: str = ""  # why it could not be graded, or what grading noticed

    @property
    def score(self) -> float:
        """The autograded points earned."""
        return sum(t.score for t in self.tests)

    @property
    def max_score(self) -> float:
        """The autograded points available."""
        return sum(t.max_score for t in self.tests)


def course_of(notebook: Path) -> Course:
    """The course a notebook lives in: the nearest folder above it holding source/ and release/."""
    for folder in notebook.resolve().parents:
        if (folder / "source").is_dir() and (folder / "release").is_dir():
            return Course.at(folder)
    raise CourseError(f"{notebook} is not inside a course folder (one holding source/ and release/): "
                      "give the course with --course.")


def identify(course: Course, notebook: Path) -> str:
    """The assignment ``notebook`` belongs to: by its file name, else by its graded cells' ids."""
    if notebook.stem in course.assignments():
        return notebook.stem
    try:
        ids = {notebooks.nbgrader_meta(c).get("grade_id") for c in notebooks.read(notebook).cells} - {None}
    except (OSError, ValueError) as exc:  # not JSON, not UTF-8, not a notebook: say so in one line
        raise CourseError(f"{notebook} is not a notebook that can be read: {exc}") from exc
    known = {a: _grade_ids(course, a) for a in course.assignments()}
    best = max(known, key=lambda a: len(ids & known[a]), default="")
    if not best or len(ids & known[best]) * 2 < len(known[best]):
        raise CourseError(f"{notebook.name} is not one of this course's modules (its exercises match "
                          "none of release/): check the notebook of a module, as downloaded from the course.")
    return best


def _grade_ids(course: Course, assignment: str) -> set[str]:
    release = notebooks.read(course.notebook_path(assignment, "release"))
    metas = [notebooks.nbgrader_meta(c) for c in release.cells]
    return {meta["grade_id"] for meta in metas if meta.get("grade_id")}


def self_check(course: Course, notebook: Path, out: Path | None = None) -> SelfCheck:
    """Grade ``notebook`` with the hidden tests; write its feedback to ``out`` (default: beside it)."""
    notebook = notebook.resolve()
    try:
        with notebook.open("rb"):
            pass
    except OSError as exc:
        raise CourseError(f"Cannot read {notebook}: {exc.strerror}.") from exc
    assignment = identify(course, notebook)
    out = out or notebook.with_name(f"{notebook.stem}-feedback.html")
    with tempfile.TemporaryDirectory(prefix="mcc-check-") as scratch:
        work = Course.at(course.root, Path(scratch) / "workspace")
        hand_in = Path(scratch) / "hand-in"
        student = _student(notebook)
        (hand_in / student).mkdir(parents=True)
        shutil.copyfile(notebook, hand_in / student / f"{assignment}.ipynb")
        report = grade(work, assignment, hand_in, workers=1, progress=False)
        result = SelfCheck(assignment, problem="; ".join(p.reason for p in report.problems))
        graded = work.student_notebook("autograded", student, assignment)
        if graded.is_file():  # graded, even if it needs attention
            result.tests, result.manual = _results(work, assignment, graded, student)
            page = work.workspace / "feedback" / student / assignment / f"{assignment}.html"
            if page.is_file():
                shutil.copyfile(page, out)
                result.feedback = out
    return result


def _student(notebook: Path) -> str:
    """Who the self-check grades: the notebook's own ``MY_ID`` in a variant module, else ``STUDENT``."""
    try:
        my_id = notebook_id(notebooks.read(notebook))
    except (OSError, ValueError):  # not a readable notebook: grading says why
        my_id = None
    return student_id(my_id) if my_id else STUDENT


def _results(course: Course, assignment: str, graded: Path, student: str) -> tuple[list[TestResult], float]:
    """Each autograded test's points and failing message; the points left to grade by hand."""
    from nbgrader.api import Gradebook

    cells = {notebooks.nbgrader_meta(c).get("grade_id"): c for c in notebooks.read(graded).cells}
    position = {grade_id: i for i, grade_id in enumerate(cells)}
    tests, manual = [], 0.0
    with Gradebook(course.gradebook_url) as gb:
        submitted = gb.find_submission_notebook(assignment, assignment, student)
        for g in sorted(submitted.grades, key=lambda g: position.get(g.name, len(position))):
            if g.auto_score is None:
                manual += g.max_score
                continue
            tests.append(TestResult(g.name, g.score, g.max_score, _message(cells.get(g.name))))
    return tests, manual


def _message(cell: object) -> str:
    """The last line of the cell's error, as the student would read it ("" when none)."""
    for output in getattr(cell, "outputs", []):
        if output.get("output_type") == "error":
            lines = [line for line in str(output.get("evalue", "")).splitlines() if line.strip()]
            return f"{output.get('ename', 'Error')}: {lines[-1] if lines else ''}".rstrip(": ")
    return ""


def summary(result: SelfCheck) -> str:
    """A one-screen text summary: each test's points, the failing messages, the total."""
    lines = [f"{result.assignment}: {result.score:g} of {result.max_score:g} autograded points"]
    if result.manual:
        lines[0] += f" ({result.manual:g} more points are graded by your instructor)"
    width = max([len(t.grade_id) for t in result.tests] + [4])
    for test in result.tests:
        mark = "ok " if test.score >= test.max_score else "   "
        lines.append(f"  {mark}{test.grade_id:<{width}} {test.score:>4g}/{test.max_score:<3g} {test.message}"
                     .rstrip())
    if result.problem:
        lines.append(f"Note: {result.problem}")
    if result.feedback:
        lines.append(f"Feedback page: {result.feedback}")
    return "\n".join(lines)
