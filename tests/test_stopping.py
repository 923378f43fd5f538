"""Stopping ``mcc grade`` mid-class: it exits at once, leaves no process or temporary folder behind,
and a rerun finishes.

Real signals to a real grader process: Ctrl-C (SIGINT to its process group, as a terminal
sends it), SIGTERM (a scheduler's time limit) and SIGKILL. The signal comes once the first
student is recorded, while the other kernels are held in an answer (an environment variable the
grader passes on to its kernels), so it always stops grading mid-class; the rerun, without it,
goes straight through.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from autograder import notebooks, stop_request
from autograder.course import Course
from autograder.errors import GradingStopped
from autograder.grade import grade
from autograder.merge import graded_record
from builders import student_copy

ANSWERS = {"ex_letter": 'answer = "B"', "ex_double": "def double(x):\n    return 2 * x"}
HOLD = "MCC_TEST_HOLD"
"""Set for a grader, its kernels wait in a held student's answer until they are stopped."""
HELD = {**ANSWERS,
        "ex_letter": f'import os, time\nwhile os.environ.get("{HOLD}"):\n    time.sleep(0.1)\nanswer = "B"'}
STUDENTS = [f"s{i:02d}" for i in range(6)]


@pytest.mark.parametrize("how", ["SIGINT to its group", "SIGTERM", "SIGKILL"])
def test_a_stopped_grader_exits_leaves_nothing_and_a_rerun_finishes(
    toy: Course, tmp_path: Path, grader_tmp: Path, how: str
) -> None:
    subs = tmp_path / "subs"
    for student in STUDENTS:  # the first is graded at once; the others' kernels wait while HOLD is set
        answers = ANSWERS if student == STUDENTS[0] else HELD
        notebooks.write(student_copy(toy, answers), subs / student / "toy.ipynb")
    command = [sys.executable, "-m", "autograder.cli", "--course", str(toy.root), "grade", "toy",
               "--submissions", str(subs), "--workspace", str(toy.workspace), "--workers", "2", "--quiet"]
    grader = subprocess.Popen(command, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, HOLD: "1", "TMPDIR": str(grader_tmp)})
    deadline = time.monotonic() + 240
    while not any(graded_record(toy, "toy", s) for s in STUDENTS):
        assert grader.poll() is None and time.monotonic() < deadline, "the grader never got going"
        time.sleep(0.2)
    family = psutil.Process(grader.pid).children(recursive=True)  # workers, fork servers, kernels
    assert len(family) >= 3

    stopped_at = time.monotonic()
    {"SIGINT to its group": lambda: os.killpg(grader.pid, signal.SIGINT),
     "SIGTERM": lambda: grader.send_signal(signal.SIGTERM), "SIGKILL": grader.kill}[how]()
    _, err = grader.communicate(timeout=20)
    assert time.monotonic() - stopped_at < 20
    if how != "SIGKILL":
        assert grader.returncode == 130, err[-2000:]
        assert err.strip().splitlines()[-1].startswith("stopped grading toy:")
        assert "Run the same command again" in err
    _, alive = psutil.wait_procs(family, timeout=10)
    assert not alive, [" ".join(p.cmdline()[:3]) for p in alive if p.is_running()]
    assert not list(grader_tmp.iterdir())  # its workers' task folders, kernel sockets, fork servers' folders

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert all(f"{s:<30} 3 / 3" in rerun.stdout for s in STUDENTS), rerun.stdout


class _Dropped:
    """An object whose finaliser is running when Ctrl-C arrives: Python prints and drops the interrupt."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


def test_a_ctrl_c_lost_in_a_finaliser_still_stops_grading(toy: Course, tmp_path: Path) -> None:
    subs = tmp_path / "subs"
    notebooks.write(student_copy(toy, ANSWERS), subs / STUDENTS[0] / "toy.ipynb")
    previous = signal.signal(signal.SIGINT, stop_request.ask)
    try:
        stop_request.forget()
        _Dropped()  # "Exception ignored in ... KeyboardInterrupt": the interrupt itself is lost
        with pytest.raises(GradingStopped, match="0 of 1 submissions to grade were done"):
            grade(toy, "toy", subs, workers=1, progress=False)
    finally:
        signal.signal(signal.SIGINT, previous)
        stop_request.forget()
    assert grade(toy, "toy", subs, workers=1, progress=False).scores[STUDENTS[0]].code_score > 0
