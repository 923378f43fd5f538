"""The demo: release every assignment, grade a sample class, and show the results."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from autograder.backends import LocalPool
from autograder.course import Course
from autograder.errors import CourseError
from autograder.grade import GradeReport, grade
from autograder.lms import export_canvas
from autograder.release import check_release, release
from autograder.report import write_class_report
from autograder.sample_class import DEMO_SIZE, NAMES, SampleStudent, names, write_class

MARKER = ".mcc-demo"
"""The file that marks a folder as a demo workspace, which a later demo may empty."""
DUE = datetime(2026, 9, 14, 23, 59, tzinfo=UTC)
"""Every module's due date in the demo; one student hands in a day late."""
LATE_INDEX = 6
"""Which student of the class is late (the first partial one)."""


def run_demo(course: Course, size: int = DEMO_SIZE, progress: bool = True) -> list[GradeReport]:
    """Build and grade a sample class of ``size`` in ``course.workspace``, a folder of its own.

    ``release/`` is regenerated only if it differs from ``source/``. The workspace is emptied
    first, so a demo always starts from a clean gradebook, but only a folder an earlier demo
    made (it holds ``.mcc-demo``) or an empty one: never the course, nor a folder of yours.
    Each module is due at ``DUE``: the student at ``LATE_INDEX`` hands in a day late, the
    others an hour early (what a late submission costs is the course's late policy).
    """
    if check_release(course):
        release(course)
    _fresh_workspace(course)
    reports = []
    due = DUE.strftime("%Y-%m-%d %H:%M:%S %Z")
    with LocalPool() as pool:  # one pool for every module: workers and kernel servers start once
        for assignment in course.assignments():
            folder = course.workspace / "submissions" / assignment
            _hand_in(write_class(course, assignment, folder, size=size), folder)
            reports.append(grade(course, assignment, folder, backend=pool, progress=progress, due=due))
    write_class_report(course)
    export_canvas(course, course.assignments(), course.workspace / "reports" / "canvas.csv")
    return reports


def late_student(size: int) -> str:
    """The student who hands in late in a class of ``size`` ("" if the class is too small)."""
    return names(size)[LATE_INDEX] if size > LATE_INDEX else ""


def _hand_in(students: list[SampleStudent], folder: Path) -> None:
    """Write each student's hand-in time: an hour before the due date, or a day after it if late."""
    late = late_student(len(students))
    for student in students:
        when = DUE + (timedelta(days=1) if student.student == late else -timedelta(hours=1))
        (folder / student.student / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f UTC"))


def _fresh_workspace(course: Course) -> None:
    folder = course.workspace
    if folder == course.root or course.root.is_relative_to(folder):
        raise CourseError(f"The demo workspace {folder} holds the course: choose a folder of its own.")
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise CourseError(f"{folder} is not empty and no demo made it: the demo empties its "
                              "workspace, so give it a new folder (or remove this one yourself).")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("made by `mcc demo`; a later demo empties this folder\n")


def score_table(reports: list[GradeReport]) -> str:
    """A plain-text table of autograded points: one row per student, one column per module."""
    students = sorted({s for r in reports for s in [*r.scores, *(p.student for p in r.problems)]})
    width = max([len(s) for s in students] + [7])
    heads = [r.assignment.split("-")[0] for r in reports]
    maxima = [max((s.max_code_score for s in r.scores.values()), default=0.0) for r in reports]
    lines = [f"{'student':<{width}}" + "".join(f"{h:>9}" for h in heads) + f"{'total':>10}"]
    lines.append("-" * len(lines[0]))
    for student in students:
        scores = [r.scores.get(student) for r in reports]
        cells = "".join(f"{s.code_score:>5g}/{m:<3g}" if s else f"{'!':>9}"
                        for s, m in zip(scores, maxima, strict=True))
        total = sum(s.code_score for s in scores if s)
        # a student with nothing graded has no total, not a 0
        shown = f"{total:>6g}/{sum(maxima):g}" if any(scores) else f"{'!':>6}"
        lines.append(f"{student:<{width}}{cells}{shown}")
    lines.append("Autograded points; ! = needs attention (see below). Modules: "
                 + ", ".join(r.assignment for r in reports) + ".")
    return "\n".join(lines)


def where(reports: list[GradeReport], workspace: Path, size: int = DEMO_SIZE) -> str:
    """Where the grades, feedback and problem lists were written, and who was late."""
    lines = [f"Gradebook: {workspace / 'gradebook.db'}"]
    if late_student(size):
        lines.append(f"Late: {late_student(size)} handed in every module a day after its due date "
                     f"({DUE:%Y-%m-%d %H:%M} UTC); grades.csv shows the hand-in time and the late penalty "
                     "that the course's late policy gives (none unless nbgrader_config.py sets one).")
    for report in reports:
        lines.append(f"{report.assignment}: grades {report.grades_csv}")
        for problem in report.problems:
            lines.append(f"  needs attention: {problem}")
    lines.append(f"Feedback (HTML, one per student and assignment): {workspace / 'feedback'}")
    lines.append(f"Class report: {workspace / 'reports' / 'class-report.html'}")
    lines.append(f"Canvas gradebook import: {workspace / 'reports' / 'canvas.csv'}")
    if size < len(NAMES):
        lines.append(f"This was a class of {size}; the full sample class of {len(NAMES)} (and the broken "
                     f"file): mcc demo --students {len(NAMES)}")
    return "\n".join(lines)
