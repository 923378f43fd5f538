"""The one writer: merge a worker's outcome into the workspace and the gradebook.

A merge is idempotent (it overwrites by name), and the submission's digest is recorded only
after the gradebook commit, so a grader killed at any point and started again re-merges at
most the submission it was on, with no lost and no duplicated grades.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from autograder.course import Course
from autograder.worker import GradeOutcome

DIGEST_FILE = ".mcc-digest"
REVIEW_FILE = ".mcc-review.json"


@dataclass(frozen=True)
class Review:
    """What grading noticed about a merged submission: cells it repaired, tampering it found."""

    repairs: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)


def graded_digest(course: Course, assignment: str, student: str) -> str:
    """The digest of the submission last merged for ``student``, or "" if none."""
    path = course.workspace / "autograded" / student / assignment / DIGEST_FILE
    return path.read_text().strip() if path.exists() else ""


def graded_review(course: Course, assignment: str, student: str) -> Review:
    """The review recorded with the submission last merged for ``student``."""
    path = course.workspace / "autograded" / student / assignment / REVIEW_FILE
    return Review(**json.loads(path.read_text())) if path.exists() else Review()


def merge(course: Course, outcome: GradeOutcome) -> None:
    """Write the outcome's files and grades; record its digest last."""
    from nbgrader.api import Gradebook

    autograded = course.workspace / "autograded" / outcome.student / outcome.assignment
    _replace_folder(autograded, outcome.autograded)
    _replace_folder(course.workspace / "feedback" / outcome.student / outcome.assignment, outcome.feedback)
    with Gradebook(course.gradebook_url) as gb:
        gb.update_or_create_student(outcome.student)
        gb.update_or_create_submission(outcome.assignment, outcome.student, timestamp=outcome.timestamp)
        key = (outcome.assignment, outcome.student)
        for name, penalty in outcome.penalties.items():
            gb.find_submission_notebook(name, *key).late_submission_penalty = penalty
        for row in outcome.grades:
            grade = gb.find_grade(row.cell, row.notebook, *key)
            grade.auto_score = row.auto_score
            grade.needs_manual_grade = row.needs_manual_grade or grade.manual_score is not None
        for row in outcome.comments:
            gb.find_comment(row.cell, row.notebook, *key).auto_comment = row.auto_comment
        gb.db.commit()
    review = {"repairs": outcome.repairs, "findings": outcome.findings}
    (autograded / REVIEW_FILE).write_text(json.dumps(review, indent=1))
    (autograded / DIGEST_FILE).write_text(outcome.digest)


def _replace_folder(folder: Path, files: dict[str, bytes]) -> None:
    staging = folder.with_name(f".{folder.name}.new")
    if staging.exists():
        shutil.rmtree(staging)
    for name, data in files.items():
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    staging.mkdir(parents=True, exist_ok=True)
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
