"""The demo grades its sample class to exactly the scores its answer plan earns."""

from __future__ import annotations

import csv
import re

from autograder import notebooks
from autograder.course import Course
from autograder.demo import late_student
from autograder.identity import MY_ID_CELL
from autograder.sample_class import BROKEN_STUDENT, NAMES, plan
from conftest import ASSIGNMENTS, DEMO_SIZE, DemoClass


def expected_score(points: dict[str, float], answers: dict[str, str]) -> float:
    """Points of every test cell whose exercise the student answered with the solution.

    A variant exercise (tests ``test_<name>_case<N>``) earns its points only with an ID in ``my_id``.
    """
    total = 0.0
    for gid, how in answers.items():
        name = gid.removeprefix("ex_")
        if how != "solution" or gid == MY_ID_CELL:
            continue
        cases = [p for test, p in points.items() if re.fullmatch(rf"test_{re.escape(name[:-1])}\d+", test)]
        if name.endswith("_cases") and cases:
            total += sum(cases) if answers.get(MY_ID_CELL) == "solution" else 0
        else:
            total += points[f"test_{name}"]
    return total


def test_demo_prints_and_writes_the_scores_the_plan_earns(demo_class: DemoClass) -> None:
    course, out = demo_class.course, demo_class.printed
    assert "needs attention" in out and str(course.workspace / "feedback") in out
    late = late_student(DEMO_SIZE)
    assert f"Late: {late} handed in" in out and f"mcc demo --students {len(NAMES)}" in out
    for assignment in ASSIGNMENTS:
        points = notebooks.points(notebooks.read(course.notebook_path(assignment)))
        students = plan(course, assignment, DEMO_SIZE)
        kinds = {how.split("-")[0] for s in students for how in s.answers.values()}
        assert kinds == {"solution", "blank", "mistake"}, kinds
        with (course.reports(assignment) / "grades.csv").open() as handle:
            rows = {row["student_id"]: row for row in csv.DictReader(handle)}
        assert rows.pop(BROKEN_STUDENT)["status"] == "needs attention"
        copier = next((s for s in students if s.my_id != s.student), None)
        if copier:  # a variant module: the copied notebook is graded, and flagged
            row = rows.pop(copier.student)
            assert row["status"] == "needs attention"
            assert f"this notebook's ID is {copier.my_id}" in row["reason"]
            students = [s for s in students if s is not copier]
        assert {s for s, row in rows.items() if row["timestamp"] > row["duedate"]} == {late}
        got = {student: float(row["score"]) for student, row in rows.items()}
        want = {s.student: expected_score(points, s.answers) for s in students}
        assert got == want
        assert len(set(want.values())) >= 3, "the class should spread over several scores"
        for student in students:
            page = course.workspace / "feedback" / student.student / assignment / f"{assignment}.html"
            assert page.is_file()
    _check_canvas(course, {s.student for s in plan(course, ASSIGNMENTS[0], DEMO_SIZE)})


def _check_canvas(course: Course, students: set[str]) -> None:
    """Every student folder has a row; a cell is empty, with its reason noted, until all is graded."""
    with (course.workspace / "reports" / "canvas.csv").open() as handle:
        header, possible, *rows = list(csv.reader(handle))
    with (course.workspace / "reports" / "canvas-notes.csv").open() as handle:
        notes = {(row["SIS Login ID"], row["assignment"]): row["why the score is empty"]
                 for row in csv.DictReader(handle)}
    cells = {row[3]: dict(zip(header[5:], row[5:], strict=True)) for row in rows}
    copied = {(s.student, a) for a in ASSIGNMENTS for s in plan(course, a, DEMO_SIZE)
              if s.my_id != s.student}
    assert set(cells) == students | {BROKEN_STUDENT}
    for assignment in ASSIGNMENTS:
        written = sum(float(meta["points"]) for cell in notebooks.read(course.notebook_path(assignment)).cells
                      if (meta := notebooks.nbgrader_meta(cell)).get("grade") and meta.get("solution"))
        for student, row in cells.items():
            if student == BROKEN_STUDENT or (student, assignment) in copied:
                assert row[assignment] == "" and notes[(student, assignment)].startswith("needs attention")
            elif row[assignment] == "":  # a written answer nobody has graded yet: not counted as lost
                note = notes[(student, assignment)]
                assert written and note.startswith(f"awaiting grading by hand: {written:g} of")
            else:  # all graded (a written answer left as released, nbgrader scores 0 itself)
                assert (student, assignment) not in notes
