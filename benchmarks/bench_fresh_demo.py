"""Time an instructor's first run: ``python3 tasks.py demo`` in a fresh clone of this repository.

    python benchmarks/bench_fresh_demo.py [--keep]

It clones the repository's committed ``HEAD`` into a temporary folder and runs the README's
command there with the system's Python, as a new instructor would: creating ``.venv``, installing
the course with nbgrader (pip's download cache is used if the machine has one), releasing every
module and grading the demo class. It prints the wall time of the whole command, the part before
grading started (set-up and release check), the date and the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GRADING_STARTS = "grading "
"""How ``mcc demo``'s first progress bar starts: what came before it is the set-up and the release."""


def main() -> int:
    """Clone, run ``tasks.py demo``, print the times."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the clone (its path is printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mcc-fresh-demo-"))
    clone = folder / "course"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    started = time.perf_counter()
    setup = None
    with subprocess.Popen([sys.executable, "tasks.py", "demo"], cwd=clone, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as run:
        for line in run.stdout:
            if setup is None and GRADING_STARTS in line:
                setup = time.perf_counter() - started
            print(line, end="", flush=True)
    total = time.perf_counter() - started
    print(f"\n`python3 tasks.py demo` in a fresh clone: {total:.1f} s (before grading {setup or 0:.1f} s), "
          f"exit {run.returncode}; {datetime.now(UTC):%Y-%m-%d}, {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    if args.keep:
        print(f"clone kept in {clone}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
