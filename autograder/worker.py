"""One grading task, run in a worker process: nbgrader autograde and feedback in isolation.

A task carries everything it needs as bytes (the source folder, the release notebook, a
gradebook that knows the assignment, the submission), so that it runs the same in a local
process pool or on a Dask worker on another machine. Before nbgrader sees the submission it is
put back in the release's shape (``autograder.repair``) and read for tampering
(``autograder.tamper``); both lists come back with the outcome. Each task gets its own
working folder and gradebook; the results come back as bytes and grade records for the one
writer (``autograder.merge``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import nbformat
from nbformat import NotebookNode

from autograder import notebooks
from autograder.course import Course
from autograder.errors import CourseError
from autograder.forkserver import DEFAULT_LIMITS, Limits
from autograder.kernels import ForkServer
from autograder.nbgrader_steps import run_step
from autograder.repair import repair
from autograder.sandbox import TASK_PREFIX
from autograder.tamper import scan
from autograder.tested_names import ProtectedNames, protected_names


@dataclass(frozen=True)
class GradeTask:
    """What a worker needs to grade one submission."""

    assignment: str
    student: str
    notebook: bytes
    timestamp: str
    digest: str
    source_files: dict[str, bytes]
    gradebook: bytes
    release: bytes
    limits: Limits = DEFAULT_LIMITS


@dataclass(frozen=True)
class CellResult:
    """One grade or comment row of a graded notebook."""

    notebook: str
    cell: str
    auto_score: float | None = None
    needs_manual_grade: bool = False
    auto_comment: str | None = None


@dataclass
class GradeOutcome:
    """What a worker sends back: files, grade rows, or the reason grading failed."""

    assignment: str
    student: str
    digest: str
    timestamp: str
    reason: str = ""
    autograded: dict[str, bytes] = field(default_factory=dict)
    feedback: dict[str, bytes] = field(default_factory=dict)
    grades: list[CellResult] = field(default_factory=list)
    comments: list[CellResult] = field(default_factory=list)
    penalties: dict[str, float] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nbgrader graded the submission."""
        return not self.reason


@cache
def _fork_server(limits: Limits) -> ForkServer:
    """This process's kernel fork server for ``limits``, started on first use."""
    return ForkServer(limits=limits)


def grade_task(task: GradeTask) -> GradeOutcome:
    """Autograde and write feedback for one submission in a private folder and gradebook."""
    outcome = GradeOutcome(task.assignment, task.student, task.digest, task.timestamp)
    started = time.perf_counter()
    server = _fork_server(task.limits)
    outcome.seconds["fork server"] = time.perf_counter() - started
    with TemporaryDirectory(prefix=TASK_PREFIX) as folder:
        root = Path(folder)
        course = _lay_out(root, task, _check(task, outcome))
        try:
            for step in ("autograde", "generate_feedback"):
                began = time.perf_counter()
                run_step(step, course, task.assignment, task.student, fork_socket=server.socket_path)
                outcome.seconds[step] = time.perf_counter() - began
        except CourseError as exc:
            outcome.reason = _last_line(str(exc))
            return outcome
        outcome.autograded = _files(root / "autograded" / task.student / task.assignment)
        outcome.feedback = _files(root / "feedback" / task.student / task.assignment)
        _read_grades(course, task, outcome)
    return outcome


@cache
def _reference(release: bytes, source: bytes) -> tuple[NotebookNode, ProtectedNames]:
    """The release notebook and the names its tests read: once per worker and assignment.

    Neither ``repair`` nor ``scan`` changes the release they are given, so it can be shared.
    """
    release_nb = nbformat.reads(release.decode(), as_version=4)
    return release_nb, protected_names(nbformat.reads(source.decode(), as_version=4), release_nb)


def _check(task: GradeTask, outcome: GradeOutcome) -> bytes:
    """The submission put back in its release's shape; the repairs and tampering findings noted."""
    release, tested = _reference(task.release, task.source_files[f"{task.assignment}.ipynb"])
    repaired, outcome.repairs = repair(nbformat.reads(task.notebook.decode(), as_version=4), release)
    outcome.findings = scan(repaired, release, tested)
    return notebooks.dumps(repaired).encode() if outcome.repairs else task.notebook


def _lay_out(root: Path, task: GradeTask, notebook: bytes) -> Course:
    for name, data in task.source_files.items():
        _write(root / "source" / task.assignment / name, data)
    submitted = root / "submitted" / task.student / task.assignment
    _write(submitted / f"{task.assignment}.ipynb", notebook)
    _write(submitted / "timestamp.txt", task.timestamp.encode())
    _write(root / "gradebook.db", task.gradebook)
    return Course(root=root, workspace=root)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _read_grades(course: Course, task: GradeTask, outcome: GradeOutcome) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url) as gb:
        submission = gb.find_submission(task.assignment, task.student)
        for nb in submission.notebooks:
            outcome.penalties[nb.name] = nb.late_submission_penalty or 0.0
            outcome.grades += [
                CellResult(nb.name, g.name, g.auto_score, bool(g.needs_manual_grade)) for g in nb.grades
            ]
            outcome.comments += [CellResult(nb.name, c.name, auto_comment=c.auto_comment)
                                 for c in nb.comments]


_BOILERPLATE = ("Please see the", "There was an error processing")


def _last_line(text: str) -> str:
    """The most telling line of nbgrader's error log (the kernel death or the timeout)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    telling = [line for line in lines if "Error" in line and not any(b in line for b in _BOILERPLATE)]
    return "grading failed: " + ((telling or lines or ["no message"])[-1][:200])
