"""Whose cases a variant notebook holds: its ``MY_ID``, checked against who submitted it.

A variant module's first answer cell (grade id ``my_id``) sets ``MY_ID``, and the student's cases
follow from it (``course.variants``). A notebook whose ID is not its submitter's is graded as it
is, and flagged: it may be a classmate's solved notebook. An ID matches the student's folder
name (normalised as ``collect`` normalises it) or the LMS user id or e-mail that nbgrader's
student table holds for that student (``nbgrader db student add ID --lms-user-id=LOGIN``, or
``nbgrader db student import roster.csv``).
"""

from __future__ import annotations

import ast

from nbformat import NotebookNode

from autograder import notebooks
from autograder.collect import Problem, Submission, student_id
from autograder.course import Course
from autograder.export import Score
from autograder.variant_cases import records

MY_ID_CELL = "my_id"


def notebook_id(nb: NotebookNode) -> str | None:
    """The ``MY_ID`` the notebook's ``my_id`` cell sets ("" if none), or None without such a cell."""
    cell = notebooks.answer_cells(nb).get(MY_ID_CELL)
    if cell is None:
        return None
    try:
        tree = ast.parse(cell.source)
    except SyntaxError:
        return ""
    value = ""
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "MY_ID" for t in targets):
            text = node.value.value if isinstance(node.value, ast.Constant) else ""
            value = text if isinstance(text, str) else ""
    return value.strip()


def known_logins(course: Course) -> dict[str, set[str]]:
    """Each student's own IDs, normalised: the folder id, and the LMS user id and e-mail on record."""
    from nbgrader.api import Gradebook

    with Gradebook(course.gradebook_url) as gb:
        return {
            s.id: {student_id(name) for name in (s.id, s.lms_user_id or "", (s.email or "").split("@")[0],
                                                 s.email or "") if name}
            for s in gb.students
        }


def mismatch(student: str, my_id: str | None, logins: dict[str, set[str]]) -> str:
    """Why ``student``'s notebook, whose ID is ``my_id``, needs a look; "" when it is theirs or unset."""
    if not my_id or student_id(my_id) in logins.get(student, {student}):
        return ""
    return (f"this notebook's ID is {my_id}; it was submitted by {student}. It may be a classmate's "
            f"notebook. If {my_id} is {student}'s login, record it with `nbgrader db student add "
            f"{student} --lms-user-id={my_id}` and grade again")


def identity_problems(course: Course, assignment: str, graded: dict[Submission, Score]) -> list[Problem]:
    """Graded submissions whose notebook's ``MY_ID`` is not their submitter's.

    The reason gives the score, which stays in the gradebook for the instructor to decide on.
    """
    if MY_ID_CELL not in notebooks.answer_cells(notebooks.read(course.notebook_path(assignment))):
        return []
    logins = known_logins(course)
    problems = []
    for sub, score in graded.items():
        whys = [mismatch(sub.student, my_id, logins) for my_id in _ids(course, assignment, sub.student)]
        if any(whys):
            scored = f"graded ({score.score:g} of {score.max_score:g} points, kept in the gradebook)"
            problems.append(Problem(sub.student, sub.original, f"{scored}, but {next(filter(None, whys))}"))
    return problems


def _ids(course: Course, assignment: str, student: str) -> list[str | None]:
    """The ID the submission's ``my_id`` cell sets, then each ID its graded run picked cases for."""
    placed = notebooks.read(course.student_notebook("submitted", student, assignment))
    graded = notebooks.read(course.student_notebook("autograded", student, assignment))
    return [notebook_id(placed), *(record["student"] for record in records(graded))]
