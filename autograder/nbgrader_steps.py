"""Run one nbgrader converter in-process and turn its failure into a clear error.

One converter runs at a time in a process (a lock): nbgrader changes the working folder and
the warning filters of the whole process, so two threads (a threaded Dask worker, or a
worker thread beside the writer) must not run converters at once.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import re
import threading
import warnings
from pathlib import Path

from traitlets.config import Config

from autograder.errors import NbgraderStepError

_ONE_AT_A_TIME = threading.Lock()
_RAISED = re.compile(r"^\s*(?:[\w]+\.)*\w*(?:Error|Exception|Exit|Interrupt)(?::|$)")
"""A traceback's last line, such as ``nbclient.exceptions.CellTimeoutError: A cell timed out ...``:
kept in the error even when nbgrader logged more lines after it."""


def run_step(step: str, config: Config, assignment: str, student: str = ".") -> str:
    """Run nbgrader's ``step`` ("generate_assignment", "autograde" or "generate_feedback").

    ``config`` is a whole step configuration (``autograder.settings.step_config``).
    Returns nbgrader's log; raises ``NbgraderStepError`` with its last lines on failure.
    """
    ask_alembic_in_process()
    reuse_gradebook_engines()
    from nbgrader.converters import Autograde, GenerateAssignment, GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    converter = {
        "generate_assignment": GenerateAssignment,
        "autograde": Autograde,
        "generate_feedback": GenerateFeedback,
    }[step]
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment
    coursedir.student_id = student
    app = converter(coursedir=coursedir, config=config)
    app.force = True
    if step == "generate_assignment":
        app.create_assignment = True
    if step == "autograde":
        app.create_student = True
    app.log.propagate = False
    app.log.setLevel(logging.INFO)
    Path(config.CourseDirectory.root).mkdir(parents=True, exist_ok=True)
    with _ONE_AT_A_TIME:
        cwd = os.getcwd()
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", module="nbgrader")  # SQLAlchemy autoflush noise
                result = capture_log(app)
        finally:
            os.chdir(cwd)  # nbgrader's converters chdir into the course root; undo it
    if not result["success"] and (result.get("error") or "").strip().endswith("KeyboardInterrupt"):
        raise KeyboardInterrupt  # nbgrader's capture_log catches everything, Ctrl-C included
    if not result["success"]:
        detail = (result.get("error") or "") + (result.get("log") or "")
        raise NbgraderStepError(f"nbgrader {step} failed for {assignment} ({student}):\n{error_tail(detail)}")
    return result.get("log", "")


def error_tail(detail: str, keep: int = 12) -> str:
    """The last ``keep`` lines of a failed step's log, after the exception it raised if they miss it."""
    lines = [line.rstrip() for line in detail.strip().splitlines()]
    raised = [line.strip() for line in lines if _RAISED.match(line)][-1:]
    shown = [line.strip() for line in lines[-keep:]]
    return "\n".join([*(raised if raised and raised[0] not in shown else []), *lines[-keep:]])


@functools.cache
def ask_alembic_in_process() -> None:
    """Make nbgrader read its gradebook schema version in this process, once.

    nbgrader stamps each gradebook it creates with the head revision of its own migrations,
    which it reads by running ``alembic heads`` in a new Python process (about 2 s of CPU, and
    the command must be on PATH). Alembic's own ``heads`` command is run here instead, on the same
    configuration, and nbgrader's parsing of its output is kept; the answer cannot change while
    this process runs, so the first one is kept.
    """
    import nbgrader.api

    nbgrader.api.get_alembic_version = functools.cache(_alembic_heads)


@functools.cache
def reuse_gradebook_engines() -> None:
    """Give every nbgrader ``Gradebook`` of one database in this process the same SQLAlchemy engine.

    nbgrader makes a new engine for each ``Gradebook`` it opens (about 16 per submission graded),
    and SQLAlchemy keeps the SQL it compiles in each engine: every query was compiled again each
    time, about 0.05 s a submission in the writer and the feedback, which always open the course's
    gradebook. ``Gradebook.close`` still closes the engine's connections, so the next ``Gradebook``
    opens the database file afresh, as before (one copied over it too); the same queries go to it.
    """
    import nbgrader.api

    nbgrader.api.create_engine = functools.lru_cache(maxsize=_ENGINES_KEPT)(nbgrader.api.create_engine)


_ENGINES_KEPT = 4
"""Engines kept, the most recently used: the course's gradebook and a worker's task gradebooks."""


def _alembic_heads() -> str:
    """What ``nbgrader.api.get_alembic_version`` returns, from ``alembic heads`` run in-process."""
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from nbgrader.dbutil import _temp_alembic_ini

    printed = io.StringIO()
    with _temp_alembic_ini("sqlite:////tmp/gradebook.db") as alembic_ini:
        command.heads(AlembicConfig(alembic_ini, stdout=printed))
    return printed.getvalue().split("\n")[0].split(" ")[0]
