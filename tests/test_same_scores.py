"""Our grader gives every submission the score plain serial ``nbgrader autograde`` gives it.

A small version of ``benchmarks/bench_grading.py``: the same sample class, graded both ways, at
the same time (in two folders of their own; serial nbgrader uses one core).
"""

from __future__ import annotations

import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from autograder.course import Course
from autograder.sample_class import write_class
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_grading import ours, plain_nbgrader  # noqa: E402

MODULES = ["00-orientation", "05-outpatient-and-professional-coding"]


def test_scores_equal_plain_serial_nbgrader(tmp_path: Path) -> None:
    for step in ("source", "release"):
        shutil.copytree(REPO / step, tmp_path / step)
    course = Course.at(tmp_path, tmp_path / "ours")
    classes = {a: tmp_path / "class" / a for a in MODULES}
    for assignment, folder in classes.items():
        write_class(course, assignment, folder, size=5)
    with ThreadPoolExecutor(max_workers=1) as side:  # plain nbgrader's one core, beside our grader
        theirs = side.submit(plain_nbgrader, course, classes, tmp_path / "plain")
        _, mine, outcomes = ours(course, classes, workers=2)
        _, plain = theirs.result()
    assert all(len(plain[a]) == 5 for a in MODULES)
    assert mine == plain
    assert len({score for a in MODULES for score in plain[a].values()}) > 2  # not all equal
    assert all(o.ok for o in outcomes)
