"""Small helpers that build nbgrader notebooks and toy courses for the pipeline tests."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograder import notebooks
from autograder.course import Course

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def _meta(grade_id: str, *, grade: bool, solution: bool, points: float | None = None) -> dict:
    meta = {"grade": grade, "solution": solution, "locked": not solution,
            "grade_id": grade_id, "schema_version": 3, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def markdown(text: str) -> NotebookNode:
    """A plain markdown cell."""
    return new_markdown_cell(text)


def code(text: str) -> NotebookNode:
    """A plain (teaching) code cell."""
    return new_code_cell(text)


def answer_cell(name: str, solution: str, before: str = "") -> NotebookNode:
    """An autograded answer cell ``ex_<name>`` whose solution nbgrader will stub out."""
    indent = solution[: len(solution) - len(solution.lstrip())]
    body = f"{before}{indent}### BEGIN SOLUTION\n{solution}\n{indent}### END SOLUTION\n"
    return new_code_cell(body, metadata=_meta(f"ex_{name}", grade=False, solution=True))


def grade_cell(name: str, visible: str, hidden: str = "", points: float = 1) -> NotebookNode:
    """A test cell ``test_<name>`` with visible checks and optional hidden ones."""
    body = visible + (f"\n### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS\n" if hidden else "")
    return new_code_cell(body, metadata=_meta(f"test_{name}", grade=True, solution=False,
                                                points=points))


def written_cell(name: str, answer: str, points: float) -> NotebookNode:
    """A manually graded written answer ``written_<name>`` worth ``points``."""
    return new_markdown_cell(answer, metadata=_meta(f"written_{name}", grade=True, solution=True,
                                                   points=points))


def id_cell(source: str) -> NotebookNode:
    """A variant module's ``my_id`` answer cell holding ``source`` as the student left it."""
    return new_code_cell(source, metadata=_meta("my_id", grade=False, solution=True))


def notebook(*cells: NotebookNode) -> NotebookNode:
    """A normalised nbformat 4.5 notebook of ``cells`` with the python3 kernelspec."""
    nb = new_notebook(cells=list(cells), metadata={"kernelspec": KERNELSPEC})
    return nbformat.from_dict(nbformat.reads(notebooks.dumps(nb), as_version=4))


def toy_assignment() -> NotebookNode:
    """A two-exercise assignment worth 3 points: a variable answer and a function answer."""
    return notebook(
        markdown("# Toy module"),
        code("import math"),
        answer_cell("letter", 'answer = "B"', before="# Set answer to a letter\n"),
        grade_cell("letter", 'assert answer in "ABCD", "Use one letter"',
                  'assert answer == "B", "Not the right letter"', points=1),
        answer_cell("double", "    return 2 * x", before="def double(x):\n"),
        grade_cell("double", 'assert double(1) == 2, "double(1) should be 2"',
                  'assert double(21) == 42, "Check larger numbers"', points=2),
    )


def write_course(root: Path, assignments: dict[str, NotebookNode]) -> Path:
    """Write ``source/<id>/<id>.ipynb`` for each assignment under ``root``; return ``root``."""
    for name, nb in assignments.items():
        notebooks.write(nb, root / "source" / name / f"{name}.ipynb")
    return root


def student_copy(course: Course, answers: dict[str, str], assignment: str = "toy") -> NotebookNode:
    """The released notebook with some answer cells (by grade id) filled in."""
    nb = notebooks.read(course.notebook_path(assignment, "release"))
    for gid, cell in notebooks.answer_cells(nb).items():
        if gid in answers:
            cell.source = answers[gid]
    return nb
