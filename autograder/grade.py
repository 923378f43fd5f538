"""Grade one assignment for a folder of submissions, in parallel, resumably, as nbgrader would.

The pipeline, in order: collect the folder into ``submitted/``; load the course's nbgrader
configuration (``autograder.settings``); generate the assignment from ``source/`` once,
which records it in the gradebook, and stop if the committed ``release/`` differs from that
generation; skip submissions whose grade is current (``autograder.digests``); execute the
rest in worker processes (``autograder.worker``), each isolated; record each outcome as it
arrives with nbgrader in the real gradebook, and write its feedback, with one writer
(``autograder.merge``); export grades.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from tqdm import tqdm
from traitlets.config import Config

from autograder import stop_request
from autograder.backends import DaskCluster, LocalPool
from autograder.collect import Problem, Submission, collect
from autograder.course import Course
from autograder.digests import Record, grading_digest, sha256
from autograder.errors import CourseError, GradingStopped
from autograder.export import Score, read_scores
from autograder.forkserver import DEFAULT_LIMITS, Limits
from autograder.identity import identity_problems
from autograder.lms import export_module
from autograder.merge import Review, graded_record, graded_review, merge
from autograder.release import generate, generation, require_current, write_files
from autograder.settings import load_config
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
    regraded: dict[str, list[str]] = field(default_factory=dict)
    outcomes: list[GradeOutcome] = field(default_factory=list)
    reviews: dict[str, Review] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every submission was graded."""
        return not self.problems

    def reasons(self) -> str:
        """Why submissions were graded this time, counted: "3 not graded before, 2 ..."."""
        counts = Counter(why for whys in self.regraded.values() for why in whys)
        return ", ".join(f"{n} {why}" for why, n in counts.most_common())


@dataclass(frozen=True)
class Reference:
    """What grades an assignment, made once per ``grade`` call from one generation."""

    config: Config
    release: bytes
    gradebook: bytes
    source_files: dict[str, bytes]
    grading: str


def prepare(course: Course, assignment: str, config: Config) -> Reference:
    """Generate ``assignment`` from ``source/``, check ``release/`` against it, record it in the gradebook.

    The generation's release notebook is what repair and the tamper scan compare with, and a
    fresh gradebook that knows only this assignment is what each worker starts from.
    """
    folder = course.source / assignment
    with tempfile.TemporaryDirectory(prefix="mcc-generate-") as scratch:
        fresh = Path(scratch) / "release"
        files, gradebook = generation(course, assignment, config)
        write_files(files, fresh)
        require_current(course, assignment, fresh)
        generate(course, [assignment], Path(scratch) / "synced", db_url=course.gradebook_url, config=config)
        release = (fresh / assignment / f"{assignment}.ipynb").read_bytes()
    source_files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    grading = grading_digest(folder, f"{assignment}.ipynb", config)
    return Reference(config, release, gradebook, source_files, grading)


def secret_folders(course: Course) -> tuple[str, ...]:
    """What an isolated kernel must not see: the course root (source/, .git), the workspace, the gradebook."""
    folders = [course.root, course.workspace]
    if course.gradebook_url.startswith("sqlite:///"):
        folders.append(Path(course.gradebook_url.removeprefix("sqlite:///")).parent)
    return tuple(sorted({str(f.resolve()) for f in folders}))


def set_due_date(course: Course, assignment: str, due: str) -> None:
    """Record ``assignment``'s due date in the gradebook, as ``nbgrader db assignment add --duedate``."""
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url) as gb:
        try:
            gb.update_or_create_assignment(assignment, duedate=due)
        except (ValueError, OverflowError) as exc:
            raise CourseError(f"Cannot read the due date {due!r}: {exc}") from exc


def due_dates(course: Course, assignment: str) -> dict[str, str]:
    """Each student's due date (extension included; "" for none), and the assignment's under key ""."""
    from nbgrader.api import Gradebook

    def shown(when: datetime | None) -> str:
        return when.isoformat() if when else ""

    with Gradebook(course.gradebook_url) as gb:
        record = gb.find_assignment(assignment)
        dues = {sub.student.id: shown(sub.duedate) for sub in gb.assignment_submissions(assignment)}
        dues[""] = shown(record.duedate)
    return dues


def grade(
    course: Course,
    assignment: str,
    submissions: Path,
    *,
    workers: int | None = None,
    scheduler: str = "",
    backend: LocalPool | DaskCluster | None = None,
    force: bool = False,
    due: str = "",
    progress: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> GradeReport:
    """Autograde every submission in ``submissions``; write grades and feedback.

    Work runs on ``backend`` if given (kept open by the caller), else on ``workers`` local
    processes, or on the Dask cluster at ``scheduler``. Each notebook's kernel runs under
    ``limits`` (memory, CPU seconds, files, processes) and, when isolated, cannot see the
    course's ``secret_folders``. ``due`` sets the assignment's due date first.
    A submission is graded again when it, its hand-in time, its due date or what grades it
    changed since its last grade (``GradeReport.regraded`` says why), or with ``force``.
    Submissions that cannot be graded, or were graded but show signs of tampering, are
    reported in ``GradeReport.problems`` and kept out of the scores; cells repaired before
    grading are noted in grades.csv.
    """
    course.require(assignment)
    collection = collect(course, assignment, Path(submissions))
    config = load_config(course)
    reference = prepare(course, assignment, config)
    if due:
        set_due_date(course, assignment, due)
    dues = due_dates(course, assignment)
    report = GradeReport(assignment, {}, list(collection.problems))
    todo = []
    for sub in collection.submissions:
        due_by = dues.get(sub.student, dues[""])
        record = _record(course, assignment, sub.student, reference.grading, due_by)
        whys = record.changes(graded_record(course, assignment, sub.student)) or (["--force"] * force)
        if whys:
            report.regraded[sub.student] = whys
            todo.append((sub, record))
        else:
            report.skipped.append(sub.student)
            report.reviews[sub.student] = graded_review(course, assignment, sub.student)
    originals = {sub.student: sub.original for sub in collection.submissions}
    limits = replace(limits, hide=limits.hide or secret_folders(course))
    tasks = _tasks(course, assignment, todo, reference, limits)
    try:
        stop_request.check()  # asked for before this assignment began (the demo grades several)
        if tasks:
            run = backend or _open_backend(workers, scheduler, len(tasks))
            _run(course, config, tasks, report, originals, run, owned=backend is None, progress=progress)
    except KeyboardInterrupt:
        raise GradingStopped(
            f"stopped grading {assignment}: {len(report.outcomes)} of {len(tasks)} submissions to grade were "
            "done and recorded. Run the same command again to go on: it keeps what is recorded."
        ) from None
    report.problems += [Problem(student, originals[student], tampering(review.findings))
                        for student, review in report.reviews.items() if review.findings]
    scores = read_scores(course, assignment)
    failed = {p.student for p in report.problems}
    graded = {sub: scores[sub.student] for sub in collection.submissions
              if sub.student in scores and sub.student not in failed}
    report.problems += identity_problems(course, assignment, graded)
    failed = {p.student for p in report.problems}
    report.scores = {s.student: scores[s.student] for s in collection.submissions if s.student not in failed}
    notes = {student: "; ".join(review.repairs) for student, review in report.reviews.items()}
    report.grades_csv = export_module(course, assignment, report.problems, notes)
    report.feedback = course.workspace / "feedback"
    return report


def _run(
    course: Course, config: Config, tasks: list[GradeTask], report: GradeReport, originals: dict[str, Path],
    backend: LocalPool | DaskCluster, *, owned: bool, progress: bool,
) -> None:
    """Grade ``tasks`` on ``backend`` (closed here if ``owned``), recording each outcome in ``report``."""
    with backend if owned else nullcontext(backend) as run:
        outcomes = tqdm(run.run(grade_task, tasks), total=len(tasks), desc=f"grading {report.assignment}",
                        disable=not progress)
        for outcome in outcomes:
            reason = outcome.reason or _merged(course, config, outcome)
            report.outcomes.append(outcome)
            if reason:
                report.problems.append(Problem(outcome.student, originals[outcome.student], reason))
            else:
                report.reviews[outcome.student] = Review(outcome.repairs, outcome.findings)
            stop_request.check()  # a stop whose interrupt was lost in a callback


def _record(course: Course, assignment: str, student: str, grading: str, due: str) -> Record:
    placed = course.student_notebook("submitted", student, assignment)
    return Record(sha256(placed.read_bytes()), placed.with_name("timestamp.txt").read_text(), grading, due)


def _merged(course: Course, config: Config, outcome: GradeOutcome) -> str:
    """Merge ``outcome``; "" when recorded, else why nbgrader could not record it."""
    try:
        merge(course, config, outcome)
    except CourseError as exc:
        return f"recording the grade failed: {str(exc).strip().splitlines()[-1][:200]}"
    return ""


def tampering(findings: list[str]) -> str:
    """The one-line needs-attention reason for a graded submission with tampering findings."""
    more = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
    return f"graded, but check for tampering: {findings[0]}{more}"


def _open_backend(workers: int | None, scheduler: str, tasks: int) -> LocalPool | DaskCluster:
    """A backend for one ``grade`` call: no more local workers than tasks."""
    return DaskCluster(scheduler) if scheduler else LocalPool(min(workers or os.cpu_count() or 1, tasks))


def _tasks(
    course: Course, assignment: str, todo: list[tuple[Submission, Record]], reference: Reference,
    limits: Limits,
) -> list[GradeTask]:
    """One task per submission to grade, sharing the reference's files and template gradebook."""
    tasks = []
    for sub, record in todo:
        notebook = course.student_notebook("submitted", sub.student, assignment)
        tasks.append(GradeTask(
            assignment, sub.student, notebook.read_bytes(), record, reference.source_files,
            reference.gradebook, reference.release, reference.config, limits,
        ))
    return tasks
