"""Grade one assignment for a folder of submissions: collect, autograde, feedback, export."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from autograder.collect import Problem, collect
from autograder.course import Course
from autograder.errors import NbgraderStepError
from autograder.export import Score, export_grades, read_scores
from autograder.nbgrader_steps import run_step
from autograder.release import generate


@dataclass
class GradeReport:
    """The outcome of grading one assignment."""

    assignment: str
    scores: dict[str, Score]
    problems: list[Problem] = field(default_factory=list)
    grades_csv: Path | None = None
    feedback: Path | None = None

    @property
    def ok(self) -> bool:
        """True when every submission was graded."""
        return not self.problems


def sync_gradebook(course: Course, assignment: str) -> None:
    """Record ``assignment``'s cells from ``source/`` in the gradebook (what autograde restores)."""
    with tempfile.TemporaryDirectory(prefix="mcc-sync-") as scratch:
        generate(course, [assignment], Path(scratch), db_url=course.gradebook_url)


def grade(course: Course, assignment: str, submissions: Path, progress: bool = True) -> GradeReport:
    """Autograde every submission in ``submissions`` and write grades and feedback.

    Submissions that cannot be graded are reported in ``GradeReport.problems`` with their
    reason and left out of the scores.
    """
    course.require(assignment)
    collection = collect(course, assignment, Path(submissions))
    sync_gradebook(course, assignment)
    problems = list(collection.problems)
    graded = []
    for sub in tqdm(collection.submissions, desc=f"grading {assignment}", disable=not progress):
        try:
            run_step("autograde", course, assignment, sub.student)
            run_step("generate_feedback", course, assignment, sub.student)
        except NbgraderStepError as exc:
            problems.append(Problem(sub.student, sub.original, _one_line(exc)))
        else:
            graded.append(sub.student)
    scores = read_scores(course, assignment)
    return GradeReport(
        assignment,
        {student: scores[student] for student in graded},
        problems,
        export_grades(course, assignment, problems),
        course.workspace / "feedback",
    )


def _one_line(exc: Exception) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return "grading failed: " + (lines[-1][:200] if lines else type(exc).__name__)
