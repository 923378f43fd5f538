"""Time ``mcc demo`` as an instructor's first run makes it: release check, then the sample class.

    python benchmarks/bench_demo.py [--students 8 25]

Each size runs in a fresh copy of the course (a new gradebook; the kernel servers start again),
one after another in this one run, and prints the wall time, the submissions graded and the date
and machine it was measured on.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from autograder.cli import main as mcc
from autograder.sample_class import DEMO_SIZE, NAMES

REPO = Path(__file__).resolve().parent.parent


def one_demo(students: int) -> tuple[float, int]:
    """Run ``mcc demo --students N`` on a fresh copy of the course; (seconds, submissions)."""
    with tempfile.TemporaryDirectory(prefix="mcc-bench-demo-") as tmp:
        root = Path(tmp)
        for folder in ("source", "release"):
            shutil.copytree(REPO / folder, root / folder)
        shutil.copy(REPO / "nbgrader_config.py", root)
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            code = mcc(["--course", str(root), "demo", "--students", str(students), "--quiet"])
        seconds = time.perf_counter() - started
        if code != 0:
            sys.exit(f"mcc demo --students {students} exited with {code}")
        modules = len(list((root / "source").iterdir()))
        return seconds, modules * (students + 1)


def main() -> int:
    """Time each class size and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", default=[DEMO_SIZE, len(NAMES)])
    args = parser.parse_args()
    print(f"{datetime.now(UTC):%Y-%m-%d}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    for students in args.students:
        seconds, submissions = one_demo(students)
        print(f"mcc demo --students {students:<3} {seconds:7.1f} s  ({submissions} submissions, "
              f"{seconds / submissions:.2f} s each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
