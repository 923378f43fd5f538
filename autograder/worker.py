"""One grading task, run in a worker process: the execution half of nbgrader autograde.

A task carries everything it needs as bytes (the source folder, the release notebook, a
gradebook that knows the assignment, the submission) and the course's configuration, so
that it runs the same in a local process pool or on a Dask worker on another machine.
Before nbgrader sees the submission it is put back in the release's shape
(``autograder.repair``) and read for tampering (``autograder.tamper``); its test cells are
checked as they run (``autograder.runtime_check``); the lists come back with the outcome.
Each task runs nbgrader's autograde in a private folder up to its first gradebook write
(``autograder.replay``); the executed notebook goes back to the one writer, which records the
grades in the real gradebook.

Tasks are safe in threads (a threaded Dask worker): nbgrader's converters run one at a time
per process (``autograder.nbgrader_steps``), and a process has one fork server
(``autograder.kernels.server_for``).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import nbformat
from nbformat import NotebookNode
from traitlets.config import Config

from autograder import notebooks
from autograder.course import Course
from autograder.digests import Record
from autograder.errors import CourseError
from autograder.forkserver import DEFAULT_LIMITS, Limits, preload_for
from autograder.kernels import server_for
from autograder.nbgrader_steps import run_step
from autograder.repair import repair
from autograder.sandbox import TASK_PREFIX
from autograder.settings import step_config
from autograder.tamper import scan
from autograder.tested_names import ProtectedNames, protected_names


@dataclass(frozen=True)
class GradeTask:
    """What a worker needs to grade one submission."""

    assignment: str
    student: str
    notebook: bytes
    record: Record
    source_files: dict[str, bytes]
    gradebook: bytes
    release: bytes
    config: Config
    limits: Limits = DEFAULT_LIMITS


@dataclass
class GradeOutcome:
    """What a worker sends back: the executed files, or the reason grading failed."""

    assignment: str
    student: str
    record: Record
    reason: str = ""
    autograded: dict[str, bytes] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nbgrader executed the submission."""
        return not self.reason


def grade_task(task: GradeTask) -> GradeOutcome:
    """Repair, scan and execute one submission in a private folder and gradebook.

    A kernel that dies while starting, before any of the student's code ran, is started once
    more: that is the machine's failure, not the submission's.
    """
    outcome = GradeOutcome(task.assignment, task.student, task.record)
    started = time.perf_counter()
    server = server_for(task.limits, _preload(task.source_files[f"{task.assignment}.ipynb"]))
    outcome.seconds["fork server"] = time.perf_counter() - started
    notebook = _check(task, outcome)
    for _ in range(2):
        outcome.reason = _execute(task, notebook, server.socket_path, outcome)
        if KERNEL_START_FAILED not in outcome.reason:
            break
    return outcome


RUNTIME_FINDINGS = "runtime-check.json"
"""Where a task's execution writes the run-time tamper check's findings (``autograder.runtime_check``)."""

KERNEL_START_FAILED = "before replying to kernel_info"
"""nbclient's words for a kernel that died while starting."""


def _execute(task: GradeTask, notebook: bytes, fork_socket: str, outcome: GradeOutcome) -> str:
    """Run the worker's half of autograde; "" when done (files in ``outcome``), else why not."""
    with TemporaryDirectory(prefix=TASK_PREFIX) as folder:
        root = Path(folder)
        course = _lay_out(root, task, notebook)
        began = time.perf_counter()
        try:
            config = step_config(task.config, course, fork_socket=fork_socket, hide=task.limits.hide)
            config.ForkExecute.findings_file = str(root / RUNTIME_FINDINGS)
            run_step("autograde", config, task.assignment, task.student)
        except CourseError as exc:
            return _last_line(str(exc))
        outcome.seconds["execute"] = time.perf_counter() - began
        outcome.findings[:0] = json.loads((root / RUNTIME_FINDINGS).read_text())  # what ran, first
        outcome.autograded = _files(root / "autograded" / task.student / task.assignment)
    return ""


@cache
def _preload(source: bytes) -> tuple[str, ...]:
    """What this assignment's kernel server loads first (the source notebook holds the hidden tests too)."""
    cells = nbformat.reads(source.decode(), as_version=4).cells
    return preload_for("\n".join(c.source for c in cells if c.cell_type == "code"))


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
    _write(root / "gradebook.db", task.gradebook)
    return Course(root=root, workspace=root)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


_BOILERPLATE = ("Please see the", "There was an error processing")


def _last_line(text: str) -> str:
    """The most telling line of nbgrader's error log (the kernel death or the timeout)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    telling = [line for line in lines if "Error" in line and not any(b in line for b in _BOILERPLATE)]
    return "grading failed: " + ((telling or lines or ["no message"])[-1][:200])
