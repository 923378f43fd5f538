"""Kernels run under limits; a submission that breaks its kernel is reported, never a silent 0."""

from __future__ import annotations

from pathlib import Path

from autograder import notebooks
from autograder.backends import LocalPool
from autograder.course import Course
from autograder.forkserver import Limits
from autograder.grade import grade
from builders import student_copy


def test_memory_bomb_is_graded_and_dead_kernels_need_attention(
    pool: LocalPool, toy: Course, tmp_path: Path
) -> None:
    subs = tmp_path / "subs"
    answers = {
        "membomb": 'answer = "B"\nhoard = bytearray(64 * 2**30)',
        "spinner": 'answer = "B"\nwhile True:\n    pass',
        "quitter": 'answer = "B"\nimport os\nos._exit(3)',
    }
    for student, code in answers.items():
        notebooks.write(student_copy(toy, {"ex_letter": code}), subs / student / "toy.ipynb")

    limits = Limits(memory_mb=1024, cpu_seconds=5)
    report = grade(toy, "toy", subs, backend=pool, progress=False, limits=limits)

    assert {s: v.score for s, v in report.scores.items()} == {"membomb": 1.0}  # MemoryError, letter right
    reasons = {p.student: p.reason for p in report.problems}
    assert set(reasons) == {"spinner", "quitter"}
    assert all("Kernel died" in reason for reason in reasons.values()), reasons
