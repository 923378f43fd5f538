"""Run one nbgrader converter in-process and turn its failure into a clear error.

One converter runs at a time in a process (a lock): nbgrader changes the working folder and
the warning filters of the whole process, so two threads (a threaded Dask worker, or a
worker thread beside the writer) must not run converters at once.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import threading
import warnings
from pathlib import Path

from traitlets.config import Config

from autograder.errors import CourseError, NbgraderStepError

_ONE_AT_A_TIME = threading.Lock()


def run_step(step: str, config: Config, assignment: str, student: str = ".") -> str:
    """Run nbgrader's ``step`` ("generate_assignment", "autograde" or "generate_feedback").

    ``config`` is a whole step configuration (``autograder.settings.step_config``).
    Returns nbgrader's log; raises ``NbgraderStepError`` with its last lines on failure.
    """
    url = config.CourseDirectory.db_url
    creates_gradebook = url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()
    if creates_gradebook and shutil.which("alembic") is None:
        raise CourseError(
            "nbgrader needs the `alembic` command on PATH to create a gradebook: activate the "
            "course's virtual environment (or run through `mcc`, which puts it there)."
        )
    ask_alembic_once()
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
        tail = "\n".join(detail.strip().splitlines()[-12:])
        raise NbgraderStepError(f"nbgrader {step} failed for {assignment} ({student}):\n{tail}")
    return result.get("log", "")


@functools.cache
def ask_alembic_once() -> None:
    """Make nbgrader read its gradebook schema version once per process, not per new gradebook.

    nbgrader stamps each gradebook it creates with the head revision of its own migrations,
    which it reads by running ``alembic heads`` in a new process (1-6 s on two cores). The
    answer cannot change while this process runs, so the first one is kept.
    """
    import nbgrader.api

    nbgrader.api.get_alembic_version = functools.cache(nbgrader.api.get_alembic_version)
