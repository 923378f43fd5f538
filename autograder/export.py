"""Grade exports: nbgrader's grades.csv columns plus a status, and the needs-attention list."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from autograder.collect import Problem
from autograder.course import Course

GRADE_COLUMNS = [
    "assignment", "duedate", "timestamp", "student_id", "last_name", "first_name", "email",
    "raw_score", "late_submission_penalty", "score", "max_score", "status", "reason",
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
    status ``needs attention`` and no score, never as a silent 0. ``notes`` (what was repaired
    before grading, by student) go in the reason column of graded rows.
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
            penalty = sub.late_submission_penalty or 0.0
            rows.append({
                "assignment": assignment, "duedate": record.duedate or "",
                "timestamp": sub.timestamp or "", "student_id": sub.student.id,
                "last_name": sub.student.last_name or "", "first_name": sub.student.first_name or "",
                "email": sub.student.email or "", "raw_score": sub.score,
                "late_submission_penalty": penalty, "score": max(0.0, sub.score - penalty),
                "max_score": record.max_score, "status": "graded",
                "reason": (notes or {}).get(sub.student.id, ""),
            })
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
