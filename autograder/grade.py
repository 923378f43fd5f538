"""Grade one assignment for a folder of submissions, in parallel, resumably.

The pipeline, in order: collect the folder into ``submitted/``; record the assignment in the
gradebook; skip submissions already graded with the same content; grade the rest in worker
processes (``autograder.worker``), each isolated; merge each outcome as it arrives with one
writer (``autograder.merge``); export grades.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from autograder.backends import DaskCluster, LocalPool
from autograder.collect import Problem, Submission, collect
from autograder.course import Course
from autograder.export import Score, export_grades, read_scores
from autograder.forkserver import DEFAULT_LIMITS, Limits
from autograder.lms import export_canvas
from autograder.merge import Review, graded_digest, graded_review, merge
from autograder.release import generate
from autograder.worker import GradeOutcome, GradeTask, grade_task


@dataclass
class GradeReport:
    """The outcome of grading one assignment."""

    assignment: str
    scores: dict[str, Score]
    problems: list[Problem] = field(default_factory=list)
    grades_csv: Path | None = None
    feedback: Path | None = None
    skipped: list[str] = field(default_factory=list)
    outcomes: list[GradeOutcome] = field(default_factory=list)
    reviews: dict[str, Review] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every submission was graded."""
        return not self.problems


def sync_gradebook(course: Course, assignment: str, db_url: str = "") -> None:
    """Record ``assignment``'s cells from ``source/`` in the gradebook (what autograde restores)."""
    with tempfile.TemporaryDirectory(prefix="mcc-sync-") as scratch:
        generate(course, [assignment], Path(scratch), db_url=db_url or course.gradebook_url)


def template_gradebook(course: Course, assignment: str) -> bytes:
    """A fresh SQLite gradebook that knows only ``assignment``: each task starts from a copy."""
    with tempfile.TemporaryDirectory(prefix="mcc-template-") as scratch:
        path = Path(scratch) / "gradebook.db"
        sync_gradebook(course, assignment, db_url=f"sqlite:///{path}")
        return path.read_bytes()


def secret_folders(course: Course) -> tuple[str, ...]:
    """What an isolated kernel must not see: the course root (source/, .git), the workspace, the gradebook."""
    folders = [course.root, course.workspace]
    if course.gradebook_url.startswith("sqlite:///"):
        folders.append(Path(course.gradebook_url.removeprefix("sqlite:///")).parent)
    return tuple(sorted({str(f.resolve()) for f in folders}))


def digest(path: Path) -> str:
    """The content digest that tells a changed submission from an unchanged one."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def grade(
    course: Course,
    assignment: str,
    submissions: Path,
    *,
    workers: int | None = None,
    scheduler: str = "",
    backend: LocalPool | DaskCluster | None = None,
    force: bool = False,
    progress: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> GradeReport:
    """Autograde every submission in ``submissions``; write grades and feedback.

    Work runs on ``backend`` if given (kept open by the caller), else on ``workers`` local
    processes, or on the Dask cluster at ``scheduler``. Each notebook's kernel runs under
    ``limits`` (memory, CPU seconds, files, processes) and, when isolated, cannot see the
    course's ``secret_folders``.
    Submissions whose content was already graded are skipped unless ``force``. Submissions
    that cannot be graded, or were graded but show signs of tampering, are reported in
    ``GradeReport.problems`` and kept out of the scores; cells repaired before grading are
    noted in grades.csv.
    """
    course.require(assignment)
    collection = collect(course, assignment, Path(submissions))
    sync_gradebook(course, assignment)
    todo = []
    report = GradeReport(assignment, {}, list(collection.problems))
    for sub in collection.submissions:
        placed = course.workspace / "submitted" / sub.student / assignment / f"{assignment}.ipynb"
        content = digest(placed)
        if not force and graded_digest(course, assignment, sub.student) == content:
            report.skipped.append(sub.student)
            report.reviews[sub.student] = graded_review(course, assignment, sub.student)
        else:
            todo.append((sub, content))
    originals = {sub.student: sub.original for sub in collection.submissions}
    tasks = _tasks(course, assignment, todo, replace(limits, hide=limits.hide or secret_folders(course)))
    if tasks:
        with nullcontext(backend) if backend else _open_backend(workers, scheduler, len(tasks)) as run:
            outcomes = tqdm(run.run(grade_task, tasks), total=len(tasks), desc=f"grading {assignment}",
                            disable=not progress)
            for outcome in outcomes:
                report.outcomes.append(outcome)
                if outcome.ok:
                    merge(course, outcome)
                    report.reviews[outcome.student] = Review(outcome.repairs, outcome.findings)
                else:
                    original = originals[outcome.student]
                    report.problems.append(Problem(outcome.student, original, outcome.reason))
    report.problems += [Problem(student, originals[student], tampering(review.findings))
                        for student, review in report.reviews.items() if review.findings]
    scores = read_scores(course, assignment)
    failed = {p.student for p in report.problems}
    report.scores = {s.student: scores[s.student] for s in collection.submissions if s.student not in failed}
    notes = {student: "; ".join(review.repairs) for student, review in report.reviews.items()}
    report.grades_csv = export_grades(course, assignment, report.problems, notes)
    export_canvas(course, [assignment], course.reports(assignment) / "canvas.csv")
    report.feedback = course.workspace / "feedback"
    return report


def tampering(findings: list[str]) -> str:
    """The one-line needs-attention reason for a graded submission with tampering findings."""
    more = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
    return f"graded, but check for tampering: {findings[0]}{more}"


def _open_backend(workers: int | None, scheduler: str, tasks: int) -> LocalPool | DaskCluster:
    """A backend for one ``grade`` call: no more local workers than tasks."""
    return DaskCluster(scheduler) if scheduler else LocalPool(min(workers or os.cpu_count() or 1, tasks))


def _tasks(
    course: Course, assignment: str, todo: list[tuple[Submission, str]], limits: Limits
) -> list[GradeTask]:
    """One task per (submission, content digest), sharing the source files and template gradebook."""
    if not todo:
        return []
    folder = course.source / assignment
    source_files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    template = template_gradebook(course, assignment)
    release = course.notebook_path(assignment, "release").read_bytes()
    tasks = []
    for sub, content in todo:
        placed = course.workspace / "submitted" / sub.student / assignment
        notebook = placed / f"{assignment}.ipynb"
        tasks.append(GradeTask(
            assignment, sub.student, notebook.read_bytes(), (placed / "timestamp.txt").read_text(),
            content, source_files, template, release, limits,
        ))
    return tasks
