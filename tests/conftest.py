"""Shared fixtures: the repository's course, and the PATH that nbgrader needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from autograder.course import Course

REPO = Path(__file__).resolve().parent.parent
ASSIGNMENTS = Course.at(REPO).assignments()

# nbgrader runs its `alembic` command from PATH when it creates a gradebook.
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")


@pytest.fixture(scope="session")
def repo_course() -> Course:
    """The course in this repository, grading nowhere (read-only use)."""
    return Course.at(REPO)
