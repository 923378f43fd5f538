"""Reading, writing and taking apart nbgrader notebooks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
from nbformat import NotebookNode

SOLUTION_REGION = re.compile(r"^[ \t]*### BEGIN SOLUTION.*?^[ \t]*### END SOLUTION[^\n]*\n?", re.M | re.S)
HIDDEN_REGION = re.compile(
    r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?", re.M | re.S
)
_MARKER_LINE = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[^\n]*\n?", re.M)


def read(path: Path) -> NotebookNode:
    """Read a notebook as nbformat 4."""
    return nbformat.read(str(path), as_version=4)


def dumps(nb: NotebookNode) -> str:
    """The normalised JSON text of ``nb``: no outputs, sorted keys, one-space indent."""
    clean = nbformat.from_dict(json.loads(nbformat.writes(nb)))
    for cell in clean.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cell.get("metadata", {}).pop("execution", None)
    return json.dumps(clean, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write(nb: NotebookNode, path: Path) -> None:
    """Write ``nb`` to ``path`` in normalised form."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(nb), encoding="utf-8")


def nbgrader_meta(cell: NotebookNode) -> dict:
    """The cell's nbgrader metadata, or an empty dict."""
    return cell.get("metadata", {}).get("nbgrader", {})


def answer_cells(nb: NotebookNode) -> dict[str, NotebookNode]:
    """The autograded answer cells (nbgrader solution cells), by grade id."""
    return {
        meta["grade_id"]: cell
        for cell in nb.cells
        if (meta := nbgrader_meta(cell)).get("solution") and not meta.get("grade")
        and cell.cell_type == "code"
    }


def test_cells(nb: NotebookNode) -> dict[str, NotebookNode]:
    """The autograded test cells, by grade id."""
    return {
        meta["grade_id"]: cell
        for cell in nb.cells
        if (meta := nbgrader_meta(cell)).get("grade") and not meta.get("solution")
        and cell.cell_type == "code"
    }


def points(nb: NotebookNode) -> dict[str, float]:
    """The points of every autograded test cell, by grade id."""
    return {gid: float(nbgrader_meta(cell)["points"]) for gid, cell in test_cells(nb).items()}


def solution_text(source: str) -> str:
    """What a student who found the solution would have typed: the markers removed."""
    return _MARKER_LINE.sub("", source)


def without_hidden_tests(source: str) -> str:
    """The test source a student sees: hidden-test regions removed."""
    return HIDDEN_REGION.sub("", source)


def secret_lines(nb: NotebookNode) -> set[str]:
    """Lines that appear only inside solution or hidden-test regions of ``nb``."""
    inside: set[str] = set()
    outside: set[str] = set()
    for cell in nb.cells:
        regions = SOLUTION_REGION.findall(cell.source) + HIDDEN_REGION.findall(cell.source)
        rest = HIDDEN_REGION.sub("", SOLUTION_REGION.sub("", cell.source))
        inside.update(_meaningful(line) for r in regions for line in r.splitlines()[1:-1])
        outside.update(_meaningful(line) for line in rest.splitlines())
    return {line for line in inside - outside if line}


def _meaningful(line: str) -> str:
    text = line.strip()
    return "" if len(text) < 8 or text.startswith("#") else text
