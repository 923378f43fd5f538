"""The demo: release every assignment, grade a sample class, and show the results."""

from __future__ import annotations

import shutil
from pathlib import Path

from autograder.course import Course
from autograder.grade import GradeReport, grade
from autograder.release import release
from autograder.sample_class import write_class


def run_demo(course: Course, progress: bool = True) -> list[GradeReport]:
    """Release all assignments, then build and grade the sample class in ``course.workspace``.

    The workspace is emptied first, so a demo always starts from a clean gradebook.
    """
    release(course)
    if course.workspace != course.root and course.workspace.exists():
        shutil.rmtree(course.workspace)
    reports = []
    for assignment in course.assignments():
        folder = course.workspace / "submissions" / assignment
        write_class(course, assignment, folder)
        reports.append(grade(course, assignment, folder, progress=progress))
    return reports


def score_table(reports: list[GradeReport]) -> str:
    """A plain-text table: one row per student, one column per assignment, and a total."""
    students = sorted({s for r in reports for s in [*r.scores, *(p.student for p in r.problems)]})
    width = max(len(s) for s in students) if students else 7
    header = f"{'student':<{width}}  " + "  ".join(f"{r.assignment[:18]:>18}" for r in reports) + "     total"
    lines = [header, "-" * len(header)]
    best = sum(max((s.max_score for s in r.scores.values()), default=0.0) for r in reports)
    for student in students:
        cells, total = [], 0.0
        for report in reports:
            score = report.scores.get(student)
            if score is None:
                cells.append(f"{'needs attention':>18}")
            else:
                total += score.score
                cells.append(f"{score.score:>9g} / {score.max_score:<6g}")
        lines.append(f"{student:<{width}}  " + "  ".join(cells) + f"  {total:>4g}/{best:g}")
    return "\n".join(lines)


def where(reports: list[GradeReport], workspace: Path) -> str:
    """Where the grades, feedback and problem lists were written."""
    lines = [f"Gradebook: {workspace / 'gradebook.db'}"]
    for report in reports:
        lines.append(f"{report.assignment}: grades {report.grades_csv}")
        for problem in report.problems:
            lines.append(f"  needs attention: {problem}")
    lines.append(f"Feedback (HTML, one per student and assignment): {workspace / 'feedback'}")
    return "\n".join(lines)
