"""The one writer: record a worker's outcome in the workspace and the real gradebook.

nbgrader's own ``Autograde`` converter records the grades from the worker's executed
notebook (``autograder.replay``): scores, late penalties from the due date, extension and
late plugin, with manual grades and comments kept as nbgrader keeps them. nbgrader's
``generate_feedback`` then renders the feedback from the gradebook. What the grade was made
from (``autograder.digests.Record``) is written last, so a grader killed at any point and
started again grades at most the submission it was on once more.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from traitlets.config import Config

from autograder.course import Course
from autograder.digests import Record
from autograder.feedback import write_feedback
from autograder.nbgrader_steps import run_step
from autograder.settings import step_config
from autograder.worker import GradeOutcome

DIGEST_FILE = ".mcc-digest"
REVIEW_FILE = ".mcc-review.json"


@dataclass(frozen=True)
class Review:
    """What grading noticed about a merged submission: cells it repaired, tampering it found."""

    repairs: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)


def graded_record(course: Course, assignment: str, student: str) -> Record | None:
    """What the grade last merged for ``student`` was made from, or None if none was."""
    path = _autograded(course, assignment, student) / DIGEST_FILE
    return Record.loads(path.read_text()) if path.exists() else None


def graded_review(course: Course, assignment: str, student: str) -> Review:
    """The review recorded with the submission last merged for ``student``."""
    path = _autograded(course, assignment, student) / REVIEW_FILE
    return Review(**json.loads(path.read_text())) if path.exists() else Review()


def merge(course: Course, config: Config, outcome: GradeOutcome) -> None:
    """Record the outcome with nbgrader in the real gradebook, write feedback, then the record.

    The seconds each part took go into ``outcome.seconds`` ("record", "feedback").
    """
    autograded = _autograded(course, outcome.assignment, outcome.student)
    started = time.perf_counter()
    with TemporaryDirectory(prefix="mcc-executed-") as staging:
        for name, data in outcome.autograded.items():
            if name.endswith(".ipynb") and "/" not in name:
                (Path(staging) / name).write_bytes(data)
        run_step("autograde", step_config(config, course, graded=Path(staging)), outcome.assignment,
                 outcome.student)
    for name, data in outcome.autograded.items():  # files the student's code wrote, as nbgrader keeps
        path = autograded / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    outcome.seconds["record"] = time.perf_counter() - started
    write_feedback(course, outcome.assignment, outcome.student, config)
    outcome.seconds["feedback"] = time.perf_counter() - started - outcome.seconds["record"]
    review = {"repairs": outcome.repairs, "findings": outcome.findings}
    (autograded / REVIEW_FILE).write_text(json.dumps(review, indent=1))
    (autograded / DIGEST_FILE).write_text(outcome.record.dumps())


def _autograded(course: Course, assignment: str, student: str) -> Path:
    return course.workspace / "autograded" / student / assignment
