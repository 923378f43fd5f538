"""Run one nbgrader converter in-process and turn its failure into a clear error."""

from __future__ import annotations

import logging
import os
import shutil
import warnings
from pathlib import Path

from autograder.course import Course
from autograder.errors import CourseError, NbgraderStepError
from autograder.settings import nbgrader_config


def run_step(
    step: str,
    course: Course,
    assignment: str,
    student: str = ".",
    *,
    release_dir: Path | None = None,
    db_url: str = "",
    fork_socket: str = "",
) -> str:
    """Run nbgrader's ``step`` ("generate_assignment", "autograde" or "generate_feedback").

    With ``fork_socket``, kernels come from that fork server (see ``autograder.kernels``).
    Returns nbgrader's log; raises ``NbgraderStepError`` with its last lines on failure.
    """
    url = db_url or course.gradebook_url
    creates_gradebook = url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()
    if creates_gradebook and shutil.which("alembic") is None:
        raise CourseError(
            "nbgrader needs the `alembic` command on PATH to create a gradebook: activate the "
            "course's virtual environment (or run through `mcc`, which puts it there)."
        )
    from nbgrader.converters import Autograde, GenerateAssignment, GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.utils import capture_log

    converter = {
        "generate_assignment": GenerateAssignment,
        "autograde": Autograde,
        "generate_feedback": GenerateFeedback,
    }[step]
    config = nbgrader_config(course, release_dir, db_url, fork_socket)
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
    course.workspace.mkdir(parents=True, exist_ok=True)
    cwd = os.getcwd()
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module="nbgrader")  # SQLAlchemy autoflush noise
            result = capture_log(app)
    finally:
        os.chdir(cwd)  # nbgrader's converters chdir into the course root; undo it
    if not result["success"]:
        detail = (result.get("error") or "") + (result.get("log") or "")
        tail = "\n".join(detail.strip().splitlines()[-12:])
        raise NbgraderStepError(f"nbgrader {step} failed for {assignment} ({student}):\n{tail}")
    return result.get("log", "")
