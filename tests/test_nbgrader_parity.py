"""``mcc grade`` records exactly what plain ``nbgrader`` commands record, on a semester's paths.

One class of 12 students in two modules is graded in two copies of one course, with the
course's real ``nbgrader_config.py``: in one by plain ``nbgrader`` commands, in the other by
``mcc grade``. ``toy`` is autograded only; ``memo`` has an autograded answer and a written
answer graded by hand. Between the rounds the instructor does what a semester brings:

1. both modules due at noon, late work scored 0 (``LateSubmissionPlugin`` "zero"); students
   hand in on time, 1 h 40 min, 3 hours and 30 hours late;
2. a 2-day extension for one late student, manual grades and comments on the written answer
   (as the formgrader saves them), and a new late plugin (one point per hour, nbgrader's
   documented ``SubMarks``); nbgrader regrades with ``--force``, mcc with nothing;
3. a hidden test of ``toy`` that was too strict is fixed in ``source/``; nbgrader
   regenerates and regrades, ``mcc grade`` runs again without ``--force``.

After each round the gradebooks (scores, penalties, every grade and comment), nbgrader's
``grades.csv`` and mcc's, and mcc's ``canvas.csv`` agree for every student.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from autograder import notebooks
from autograder.backends import LocalPool
from autograder.cli import main
from autograder.course import Course
from autograder.grade import GradeReport, grade
from autograder.release import release
from autograder.report import write_class_report
from builders import (
    answer_cell,
    grade_cell,
    markdown,
    notebook,
    student_copy,
    toy_assignment,
    write_course,
    written_cell,
)
from conftest import REPO

STUDENTS = [f"s{i:02d}" for i in range(12)]
DUE = "2026-09-01 12:00:00 UTC"
HANDED_IN = ["2026-09-01 11:00:00 UTC", "2026-09-01 13:40:00 UTC", "2026-09-01 15:00:00 UTC",
             "2026-09-02 18:00:00 UTC"]  # on time, 1 h 40 min, 3 hours, 30 hours late
EXTENDED = "s03"  # 30 hours late; a 2-day extension makes it on time
SUBMARKS = '''from nbgrader.plugins import BasePlugin


class SubMarks(BasePlugin):
    def late_submission_penalty(self, student_id, score, total_seconds_late):
        """Penalty of 1 mark per hour late (nbgrader's documented example)"""
        return round(total_seconds_late / 3600, 0)
'''
TOY_ANSWERS = [
    {"ex_letter": 'answer = "B"', "ex_double": "def double(x):\n    return 2 * x"},
    {"ex_letter": 'answer = "B"'},
    {"ex_letter": 'answer = "C"', "ex_double": "def double(x):\n    return x + x if x < 10 else 0"},
]
MEMO_ANSWERS = [{"ex_code": 'code = "I10"'}, {"ex_code": 'code = "I11.9"'}, {}]
MANUAL = {"s00": (2.0, "Clear and complete."), "s01": (1.0, "Name the documentation you need."),
          "s02": (0.0, "No query was written.")}


def memo_assignment() -> notebooks.NotebookNode:
    """A module with one autograded answer (1 point) and one written answer graded by hand (2)."""
    return notebook(
        markdown("# Memo"),
        answer_cell("code", 'code = "I10"', before="# The code for essential hypertension\n"),
        grade_cell("code", 'assert isinstance(code, str), "Give the code as a string"',
                   'assert code == "I10", "Essential hypertension is I10"', points=1),
        written_cell("query", "Dear Dr. Smith, please clarify the type of diabetes.", points=2),
    )


@pytest.fixture(scope="module")
def semester(tmp_path_factory: pytest.TempPathFactory):
    """The two course copies and the class's submissions, with the course's own config."""
    top = tmp_path_factory.mktemp("semester")
    modules = {"toy": toy_assignment(), "memo": memo_assignment()}
    plain, ours = top / "plain", top / "ours"
    for root in (plain, ours):
        write_course(root, modules)
        shutil.copy(REPO / "nbgrader_config.py", root)
        (root / "late.py").write_text(SUBMARKS)
        _configure(root, 'c.LateSubmissionPlugin.penalty_method = "zero"')
    course = Course.at(ours)
    release(course)
    for assignment in modules:
        for i, student in enumerate(STUDENTS):
            answers = (TOY_ANSWERS if assignment == "toy" else MEMO_ANSWERS)[i % 3]
            nb = student_copy(course, answers, assignment)
            if assignment == "memo" and i % 2 == 0:
                nb.cells[-1].source = f"Query from {student}: which type of diabetes?"
            folder = top / "class" / assignment / student
            notebooks.write(nb, folder / f"{assignment}.ipynb")
            (folder / "timestamp.txt").write_text(HANDED_IN[i % 4])
            shutil.copytree(folder, plain / "submitted" / student / assignment)
    for assignment in modules:
        nbgrader(plain, "generate_assignment", assignment, "--force")
        nbgrader(plain, "db", "assignment", "add", assignment, f"--duedate={DUE}")
    nbgrader(ours, "db", "assignment", "add", "toy", f"--duedate={DUE}")  # memo: mcc grade --due
    return plain, course, top / "class"


def test_grades_match_plain_nbgrader_through_a_semester(semester, pool: LocalPool) -> None:
    plain, course, classes = semester

    # 1. On time and late, late work scored 0.
    first = {a: _plain_and_ours(plain, course, classes, a, pool, due=DUE if a == "memo" else "")
             for a in ("toy", "memo")}
    assert all(set(r.regraded) == set(STUDENTS) for r in first.values())
    penalties = _assert_same(plain, course)
    assert "not graded yet" in write_class_report(course).read_text()  # the written answers, so far
    assert penalties[("toy", "s01")] == 1 and penalties[("toy", "s00")] == 0  # "zero": the whole score

    # 2. An extension, manual grades and comments, and another late plugin.
    for root in (plain, course.root):
        _configure(root, 'c.AssignLatePenalties.plugin_class = "late.SubMarks"')
        _grade_by_hand(root)
    second = {a: _plain_and_ours(plain, course, classes, a, pool) for a in ("toy", "memo")}
    assert all(len(r.regraded) == len(STUDENTS) for r in second.values())
    assert "the tests, points or grading settings changed" in second["toy"].reasons()
    after = _assert_same(plain, course)
    assert after[("toy", EXTENDED)] == 0 and penalties[("toy", EXTENDED)] == 3
    assert after[("toy", "s09")] == 2 and penalties[("toy", "s09")] == 3  # 3 points, 1 h 40 min late
    _assert_same_feedback(plain, course, "memo", "s00", MANUAL["s00"][1])
    for root in (plain, course.root):  # more grading by hand; `mcc feedback` shows it
        _comment(root, "s01", "Ask which type of diabetes.")
    assert main(["--course", str(course.root), "feedback", "memo", "--student", "s01"]) == 0
    page = course.workspace / "feedback" / "s01" / "memo" / "memo.html"
    assert "Ask which type of diabetes." in page.read_text()
    for root in (plain, course.root):  # a written answer graded after grading: `mcc report` exports it
        _grade_written(root, "s04", 2.0, "Good query.")
    assert main(["--course", str(course.root), "report"]) == 0
    assert _rows(course.reports("memo") / "grades.csv")["s04"]["ungraded_points"] == "0.0"
    _assert_same(plain, course)

    # 3. A hidden test fixed in source/: mcc grades toy again without --force, and only toy.
    for root in (plain, course.root):
        path = root / "source" / "toy" / "toy.ipynb"
        path.write_text(path.read_text().replace("double(21) == 42", "double(5) == 10"))
    nbgrader(plain, "generate_assignment", "toy", "--force")
    third = _plain_and_ours(plain, course, classes, "toy", pool)
    assert set(third.regraded) == set(STUDENTS)
    assert third.reasons() == f"{len(STUDENTS)} the tests, points or grading settings changed"
    unchanged = grade(course, "memo", classes / "memo", backend=pool, progress=False)
    assert sorted(unchanged.skipped) == STUDENTS and not unchanged.regraded
    _assert_same(plain, course)


def nbgrader(root: Path, *args: str) -> str:
    """Run a plain ``nbgrader`` command in the course folder ``root``; return its output."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["nbgrader", *args], cwd=root, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return done.stdout + done.stderr


def _configure(root: Path, line: str) -> None:
    with (root / "nbgrader_config.py").open("a") as handle:
        handle.write(line + "\n")


def _plain_and_ours(plain: Path, course: Course, classes: Path, assignment: str, pool: LocalPool,
                    due: str = "") -> GradeReport:
    """Grade ``assignment`` both ways at once: ``nbgrader autograde`` in ``plain``, ``grade`` in ours."""
    with ThreadPoolExecutor(max_workers=1) as side:  # the two course folders share nothing
        theirs = side.submit(nbgrader, plain, "autograde", assignment, "--force")
        report = grade(course, assignment, classes / assignment, backend=pool, progress=False, due=due)
        theirs.result()
    assert report.ok, report.problems
    return report


def _grade_by_hand(root: Path) -> None:
    """What an instructor does in the formgrader: an extension, manual scores and comments."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        gb.grant_extension("toy", EXTENDED, days=2)
        gb.db.commit()
    for student, (points, remark) in MANUAL.items():
        _grade_written(root, student, points, remark)


def _grade_written(root: Path, student: str, points: float, remark: str) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        gb.find_grade("written_query", "memo", "memo", student).manual_score = points
        gb.find_comment("written_query", "memo", "memo", student).manual_comment = remark
        gb.db.commit()


def _comment(root: Path, student: str, remark: str) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        gb.find_comment("written_query", "memo", "memo", student).manual_comment = remark
        gb.db.commit()


def _gradebook(root: Path) -> dict:
    """Everything grading records, by (assignment, student)."""
    from nbgrader.api import Gradebook

    found = {}
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for assignment in ("toy", "memo"):
            for sub in gb.assignment_submissions(assignment):
                nb = sub.notebooks[0]
                found[(assignment, sub.student.id)] = (
                    sub.timestamp, sub.duedate, sub.score, sub.late_submission_penalty,
                    sorted((g.name, g.auto_score, g.manual_score, g.needs_manual_grade) for g in nb.grades),
                    sorted((c.name, c.auto_comment, c.manual_comment) for c in nb.comments),
                )
    return found


def _assert_same(plain: Path, course: Course) -> dict[tuple[str, str], float]:
    """Assert both gradebooks and grade files agree; return the late penalties."""
    theirs, mine = _gradebook(plain), _gradebook(course.root)
    assert len(theirs) == 2 * len(STUDENTS)
    assert mine == theirs
    nbgrader(plain, "export", "--to", str(plain / "export.csv"))
    with (plain / "export.csv").open() as handle:
        exported = {(row["assignment"], row["student_id"]): row for row in csv.DictReader(handle)}
    for assignment in ("toy", "memo"):
        ours = _rows(course.reports(assignment) / "grades.csv")
        canvas = {row[3]: row[-1] for row in _csv(course.reports(assignment) / "canvas.csv")[2:]}
        for student in STUDENTS:
            expected = exported[(assignment, student)]
            assert {k: ours[student][k] for k in expected} == expected, (assignment, student)
            waiting = [g for g in theirs[(assignment, student)][4] if g[1] is None and g[2] is None]
            assert float(ours[student]["ungraded_points"]) == 2 * len(waiting)  # the written answer
            # Canvas gets nbgrader's score once nothing waits for grading by hand, else nothing
            shown = "" if waiting else f"{float(expected['score']):g}"
            assert canvas[student] == shown, (assignment, student)
    return {key: float(value[3]) for key, value in theirs.items()}


def _assert_same_feedback(plain: Path, course: Course, assignment: str, student: str, remark: str) -> None:
    nbgrader(plain, "generate_feedback", assignment, "--force")
    theirs = (plain / "feedback" / student / assignment / f"{assignment}.html").read_text()
    mine = (course.workspace / "feedback" / student / assignment / f"{assignment}.html").read_text()
    assert remark in theirs and remark in mine
    assert mine == theirs


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


def _csv(path: Path) -> list[list[str]]:
    with path.open() as handle:
        return list(csv.reader(handle))
