"""Grading at class scale: Dask backend, PostgreSQL gradebook, resume after kill -9, reruns.

All on the toy course (3 points: 1 for a letter, 2 for a function).
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from autograder import notebooks
from autograder.backends import LocalPool
from autograder.course import Course
from autograder.grade import grade
from autograder.merge import graded_record
from autograder.report import write_class_report
from builders import student_copy

RIGHT = {"ex_letter": 'answer = "B"', "ex_double": "def double(x):\n    return 2 * x"}
HALF = {"ex_letter": 'answer = "B"'}


def write_class(course: Course, folder: Path, size: int) -> dict[str, float]:
    """``size`` students alternating full marks and 1 point; returns the expected scores."""
    expected = {}
    for i in range(size):
        answers = RIGHT if i % 2 == 0 else HALF
        notebooks.write(student_copy(course, answers), folder / f"s{i:02d}" / "toy.ipynb")
        expected[f"s{i:02d}"] = 3.0 if i % 2 == 0 else 1.0
    return expected


def grades_csv(course: Course) -> dict[str, str]:
    with (course.reports("toy") / "grades.csv").open() as handle:
        return {row["student_id"]: row["score"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(("workers", "threads", "processes"), [(2, 1, True), (1, 2, False)],
                         ids=["processes", "threads-in-the-grader"])
def test_dask_cluster_gives_the_scores_of_the_local_pool(
    toy: Course, tmp_path: Path, workers: int, threads: int, processes: bool
) -> None:
    from distributed import LocalCluster

    expected = write_class(toy, tmp_path / "subs", 4)
    with LocalCluster(n_workers=workers, threads_per_worker=threads, processes=processes,
                      dashboard_address=None) as cluster:
        report = grade(toy, "toy", tmp_path / "subs", scheduler=cluster.scheduler_address, progress=False)
    assert {s: v.score for s, v in report.scores.items()} == expected
    assert report.problems == []


def test_rerun_skips_unchanged_and_regrades_a_resubmission(
    pool: LocalPool, toy: Course, tmp_path: Path
) -> None:
    subs = tmp_path / "subs"
    write_class(toy, subs, 2)
    first = grade(toy, "toy", subs, backend=pool, progress=False)
    assert first.skipped == [] and len(first.outcomes) == 2
    notebooks.write(student_copy(toy, RIGHT), subs / "s01" / "toy.ipynb")  # s01 resubmits, fixed
    second = grade(toy, "toy", subs, backend=pool, progress=False)
    assert second.skipped == ["s00"] and [o.student for o in second.outcomes] == ["s01"]
    assert {s: v.score for s, v in second.scores.items()} == {"s00": 3.0, "s01": 3.0}
    assert grades_csv(toy) == {"s00": "3.0", "s01": "3.0"}


def test_class_report_and_canvas_file(pool: LocalPool, toy: Course, tmp_path: Path) -> None:
    write_class(toy, tmp_path / "subs", 4)
    (tmp_path / "subs" / "broken.ipynb").write_text("{")
    grade(toy, "toy", tmp_path / "subs", backend=pool, progress=False)
    with (toy.reports("toy") / "canvas.csv").open() as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "toy"]
    assert rows[1][0] == "Points Possible" and rows[1][-1] == "3"
    assert {r[3]: r[-1] for r in rows[2:]} == {"s00": "3", "s01": "1", "s02": "3", "s03": "1", "broken": ""}
    with (toy.reports("toy") / "canvas-notes.csv").open() as handle:
        notes = list(csv.reader(handle))
    assert notes[1][:2] == ["broken", "toy"] and "not a valid notebook" in notes[1][2] and len(notes) == 2
    page = write_class_report(toy).read_text()
    assert page.count("<img") == 2 and "broken" in page and "not a valid notebook" in page
    assert "test_double" in page and "test_letter" in page


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    """A real PostgreSQL server on loopback, run as the ``postgres`` user; yields a database URL."""
    bindirs = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bindirs:
        pytest.fail("PostgreSQL is not installed: `python3 tasks.py test` installs it (apt: postgresql)")
    bindir = bindirs[-1].parent
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="mcc-pg-") as folder:  # pytest's tmp is root-only
        data = Path(folder)
        shutil.chown(data, "postgres")

        def as_postgres(*command: str) -> None:
            subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True)

        as_postgres(str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "postgres")
        as_postgres(str(bindir / "pg_ctl"), "-D", str(data / "db"), "-l", str(data / "log"), "-w", "start",
                    "-o", f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={data}")
        try:
            as_postgres(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "gradebook")
            yield f"postgresql://postgres@127.0.0.1:{port}/gradebook"
        finally:
            as_postgres(str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "stop")


def test_postgresql_gradebook(pool: LocalPool, postgres: str, toy: Course, tmp_path: Path) -> None:
    from nbgrader.api import Gradebook

    course = Course.at(toy.root, toy.workspace, db_url=postgres)
    expected = write_class(course, tmp_path / "subs", 3)
    report = grade(course, "toy", tmp_path / "subs", backend=pool, progress=False)
    assert {s: v.score for s, v in report.scores.items()} == expected
    assert not (course.workspace / "gradebook.db").exists()
    with Gradebook(postgres) as gb:
        assert {s.student.id: s.score for s in gb.assignment_submissions("toy")} == expected


def test_grader_killed_mid_run_resumes_with_no_lost_or_duplicated_grades(
    toy: Course, tmp_path: Path, grader_tmp: Path
) -> None:
    from nbgrader.api import Gradebook

    subs = tmp_path / "subs"
    expected = write_class(toy, subs, 8)
    command = [sys.executable, "-m", "autograder.cli", "--course", str(toy.root), "grade", "toy",
               "--submissions", str(subs), "--workspace", str(toy.workspace), "--workers", "1", "--quiet"]
    env = {**os.environ, "TMPDIR": str(grader_tmp)}  # kill -9 of the whole group leaves its folders there
    runner = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 240
    while sum(bool(graded_record(toy, "toy", s)) for s in expected) < 2:
        assert runner.poll() is None and time.monotonic() < deadline, "the grader never got going"
        time.sleep(0.2)
    os.killpg(runner.pid, signal.SIGKILL)
    runner.wait()
    done_before = {s for s in expected if graded_record(toy, "toy", s)}
    assert 2 <= len(done_before) < len(expected)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert f"({len(done_before)} unchanged since the last run)" in rerun.stdout
    with Gradebook(toy.gradebook_url) as gb:
        rows = [(s.student.id, s.score) for s in gb.assignment_submissions("toy")]
    assert sorted(rows) == sorted(expected.items())  # one row per student, right scores
    assert {s: float(v) for s, v in grades_csv(toy).items()} == expected
