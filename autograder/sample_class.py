"""A deterministic sample class built from the source solutions and realistic mistakes.

Each student answers each exercise with the solution, leaves the stub ("blank"), or hands
in one of the wrong answers kept in ``autograder/samples/<assignment>.json``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from autograder import notebooks
from autograder.course import Course
from autograder.identity import MY_ID_CELL

SAMPLES = Path(__file__).parent / "samples"
NAMES = [
    "amara.okafor", "ben.carter", "chloe.nguyen", "diego.ramirez", "emily.schmidt",
    "farah.haddad", "george.kim", "hana.sato", "isaac.levi", "jasmine.patel", "kofi.mensah",
    "lena.novak", "marco.rossi", "nadia.ivanova", "oscar.lindqvist", "priya.sharma",
    "quentin.moreau", "rosa.delgado", "samir.aziz", "tara.obrien", "umar.farouk",
    "vera.horvat", "wei.zhang", "ximena.cruz", "yusuf.demir",
]
DEMO_SIZE = 8
"""The demo's default class: 1 complete, 1 blank and 6 mixed students (one hands in late)."""
BLANK_INDEX = 1
"""The student who hands in the release untouched; the first hands in every solution."""
BROKEN_STUDENT = "zoe.broken"
BROKEN_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
SEED = 2026
COPIER_INDEX = 7
"""In a variant module (``course.variants``), the student who hands in the first student's solved notebook."""


@dataclass(frozen=True)
class SampleStudent:
    """One student's answer to every exercise: "solution", "blank" or "mistake-<i>".

    ``my_id`` is the ``MY_ID`` a solved variant notebook carries: the student's own, or a classmate's.
    """

    student: str
    answers: dict[str, str]
    my_id: str = ""


def mistakes(assignment: str) -> dict[str, list[str]]:
    """The wrong answers kept for ``assignment``, by answer-cell grade id."""
    path = SAMPLES / f"{assignment}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def names(size: int = len(NAMES)) -> list[str]:
    """``size`` student ids: the named demo students first, then student.026, student.027 ..."""
    return NAMES[:size] + [f"student.{i:03d}" for i in range(len(NAMES) + 1, size + 1)]


def plan(course: Course, assignment: str, size: int = len(NAMES)) -> list[SampleStudent]:
    """Who answers what: the first student every solution, the next (``BLANK_INDEX``) nothing, the
    rest a seeded mix of solutions, blanks and mistakes.

    In a variant module, the student at ``COPIER_INDEX`` hands in the first student's solved notebook.
    """
    exercises = sorted(notebooks.answer_cells(notebooks.read(course.notebook_path(assignment))))
    wrong = mistakes(assignment)
    students = []
    for index, name in enumerate(names(size)):
        rng = random.Random(f"{SEED}:{assignment}:{name}")
        answers = {}
        copier = index == COPIER_INDEX and MY_ID_CELL in exercises
        for exercise in exercises:
            options = ["solution", "blank"] + [f"mistake-{i}" for i in range(len(wrong.get(exercise, [])))]
            if index < BLANK_INDEX or copier:
                answers[exercise] = "solution"
            elif index == BLANK_INDEX:
                answers[exercise] = "blank"
            else:
                answers[exercise] = rng.choices(options, weights=[5, 2] + [3] * (len(options) - 2))[0]
        students.append(SampleStudent(name, answers, names(size)[0] if copier else name))
    return students


def write_class(course: Course, assignment: str, folder: Path, size: int = len(NAMES)) -> list[SampleStudent]:
    """Write each of ``size`` planned students' notebooks to ``folder/<student>/``, and one broken file."""
    source = notebooks.read(course.notebook_path(assignment))
    solutions = {gid: notebooks.solution_text(c.source) for gid, c in notebooks.answer_cells(source).items()}
    wrong = mistakes(assignment)
    students = plan(course, assignment, size)
    for student in students:
        nb = notebooks.read(course.notebook_path(assignment, "release"))
        for gid, cell in notebooks.answer_cells(nb).items():
            choice = student.answers[gid]
            if choice == "solution":
                cell.source = f'MY_ID = "{student.my_id}"\n' if gid == MY_ID_CELL else solutions[gid]
            elif choice.startswith("mistake-"):
                cell.source = wrong[gid][int(choice.split("-")[1])]
        notebooks.write(nb, folder / student.student / f"{assignment}.ipynb")
    broken = folder / BROKEN_STUDENT / f"{assignment}.ipynb"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(BROKEN_BYTES)
    return students
