"""Grade exports: nbgrader's grades.csv columns plus a status, and the needs-attention list.

``grades.csv`` is the one place a final (late-penalised) score is computed, the way
``nbgrader export`` computes it; the Canvas file and the class report read it from there.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from autograder.collect import Problem
from autograder.course import Course

if TYPE_CHECKING:
    from nbgrader.api import Assignment, Grade, SubmittedAssignment

GRADE_COLUMNS = [
    "assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
    "raw_score", "late_submission_penalty", "score", "max_score", "ungraded_points", "status", "reason",
]


@dataclass(frozen=True)
class Score:
    """One graded submission: the total, and the autograded (code) part of it."""

    student: str
    score: float
    max_score: float
    code_score: float
    max_code_score: float


def read_scores(course: Course, assignment: str) -> dict[str, Score]:
    """Every graded submission of ``assignment`` in the gradebook, by student id."""
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url) as gb:
        return {
            sub.student.id: Score(sub.student.id, float(sub.score), float(sub.max_score),
                                  float(sub.code_score), float(sub.max_code_score))
            for sub in gb.assignment_submissions(assignment)
        }


def export_grades(
    course: Course, assignment: str, problems: list[Problem], notes: dict[str, str] | None = None
) -> Path:
    """Write ``reports/<assignment>/grades.csv`` and ``needs-attention.csv``; return the first.

    Unlike ``nbgrader export``, a student whose submission could not be graded is listed with
    status ``needs attention`` and no score, never as a silent 0, and ``ungraded_points`` says
    how many points still wait for grading by hand (they are in ``max_score``, not yet in
    ``score``). ``notes`` (what was repaired before grading, by student) go in the reason column
    of graded rows.
    """
    from nbgrader.api import Gradebook

    folder = course.reports(assignment)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    attention = {p.student: p for p in problems}
    with Gradebook(course.gradebook_url) as gb:
        record = gb.find_assignment(assignment)
        for sub in gb.assignment_submissions(assignment):
            if sub.student.id in attention:
                continue
            rows.append({**nbgrader_row(record, sub), "ungraded_points": ungraded_points(sub),
                         "status": "graded", "reason": (notes or {}).get(sub.student.id, "")})
        for problem in problems:
            rows.append({
                **dict.fromkeys(GRADE_COLUMNS, ""), "assignment": assignment,
                "student_id": problem.student, "max_score": record.max_score,
                "status": "needs attention", "reason": problem.reason,
            })
    rows.sort(key=lambda row: row["student_id"])
    grades = folder / "grades.csv"
    _write_csv(grades, GRADE_COLUMNS, rows)
    _write_csv(
        folder / "needs-attention.csv", ["student_id", "file", "reason"],
        [{"student_id": p.student, "file": str(p.original), "reason": p.reason} for p in problems],
    )
    return grades


def nbgrader_row(assignment: Assignment, submission: SubmittedAssignment) -> dict[str, str]:
    """The row ``nbgrader export`` writes for ``submission`` of ``assignment``, value for value."""
    student = submission.student
    penalty = submission.late_submission_penalty
    row = {
        "assignment": assignment.name, "duedate": assignment.duedate, "timestamp": submission.timestamp,
        "student_id": student.id, "last_name": student.last_name, "first_name": student.first_name,
        "email": student.email, "raw_score": submission.score, "late_submission_penalty": penalty,
        "score": max(0.0, submission.score - penalty), "max_score": assignment.max_score,
    }
    return {key: "" if value is None else str(value) for key, value in row.items()}


def ungraded_points(submission: SubmittedAssignment) -> float:
    """The points of cells nobody has graded yet (a written answer before grading by hand)."""
    return float(sum(grade.max_score for nb in submission.notebooks for grade in nb.grades
                     if ungraded(grade)))


def ungraded(grade: Grade) -> bool:
    """True for a cell nobody has graded yet: no autograder score and no grade by hand."""
    return grade.auto_score is None and grade.manual_score is None


@dataclass(frozen=True)
class Final:
    """A graded student's final score in one module, from grades.csv."""

    score: float
    max_score: float
    ungraded: float

    @property
    def complete(self) -> bool:
        """True when every point has been graded (nothing waits for grading by hand)."""
        return not self.ungraded


def final_scores(course: Course, assignment: str) -> dict[str, Final]:
    """The final score (after any late penalty) of each graded student, from grades.csv."""
    path = course.reports(assignment) / "grades.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["student_id"]: Final(float(row["score"]), float(row["max_score"]),
                                         float(row.get("ungraded_points") or 0))
                for row in csv.DictReader(handle) if row["status"] == "graded"}


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def needing_attention(course: Course, assignment: str) -> dict[str, str]:
    """The students whose last submission of ``assignment`` needs attention, with the reason."""
    path = course.reports(assignment) / "needs-attention.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["student_id"]: row["reason"] for row in csv.DictReader(handle)}


def last_grading(course: Course, assignment: str) -> tuple[list[Problem], dict[str, str]]:
    """The submissions that needed attention and the repair notes, as the last grading left them."""
    folder = course.reports(assignment)
    with (folder / "needs-attention.csv").open(encoding="utf-8") as handle:
        problems = [Problem(row["student_id"], Path(row["file"]), row["reason"])
                    for row in csv.DictReader(handle)]
    with (folder / "grades.csv").open(encoding="utf-8") as handle:
        notes = {row["student_id"]: row["reason"]
                 for row in csv.DictReader(handle) if row["status"] == "graded"}
    return problems, notes
