"""The README's module table says what the notebooks say: every module, its points and time."""

from __future__ import annotations

import re

from autograder import notebooks
from autograder.course import Course
from autograder.site import module_info
from conftest import ASSIGNMENTS, REPO


def table_row(assignment: str) -> str:
    """The README row of one module, from its release notebook's header and nbgrader metadata."""
    info = module_info(assignment, notebooks.read(Course.at(REPO).notebook_path(assignment, "release")))
    by_hand = f" (+{info.manual_points:g} graded by hand)" if info.manual_points else ""
    title = re.sub(r"^Module \d+[a-z]?: ", "", info.title)
    link = f"[{title}](release/{assignment}/{assignment}.ipynb)"
    return f"| {assignment.split('-')[0]} | {link} | {info.auto_points:g}{by_hand} | {info.time} |"


def test_readme_module_table_matches_the_notebooks() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if re.match(r"^\| \d\d[a-z]? \| \[", line)]
    expected = [table_row(a) for a in ASSIGNMENTS]
    assert rows == expected, "README module table is stale; it should read:\n" + "\n".join(expected)
