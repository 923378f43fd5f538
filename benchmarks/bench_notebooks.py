"""How long each module takes to run, solutions included, as a student runs it: a fresh kernel.

    python benchmarks/bench_notebooks.py [MODULE ...]

Executes every source notebook top to bottom with nbclient in a standard ipykernel (the same
kind of kernel JupyterLab starts) and prints the wall time of each, kernel start-up included,
and the slowest cells. The course aims at under 20 s per notebook on a 2-core machine.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from nbclient import NotebookClient

from autograder import notebooks
from autograder.course import Course
from autograder.kernels import ipc_config

REPO = Path(__file__).resolve().parent.parent
TARGET_S = 20.0


def run(path: Path) -> tuple[float, list[tuple[float, str]]]:
    """Seconds to run the notebook at ``path``, and its cells' seconds with their first line."""
    nb = notebooks.read(path)
    with tempfile.TemporaryDirectory(prefix="mcc-run-") as folder:
        started = time.perf_counter()
        NotebookClient(nb, timeout=120, kernel_name="python3", record_timing=True, config=ipc_config(),
                       resources={"metadata": {"path": folder}}).execute()
        total = time.perf_counter() - started
    cells = []
    for cell in nb.cells:
        timing = cell.metadata.get("execution", {})
        if cell.cell_type == "code" and "iopub.execute_input" in timing:
            began, ended = (timing["iopub.execute_input"], timing["shell.execute_reply"])
            seconds = _seconds(ended) - _seconds(began)
            cells.append((seconds, cell.source.splitlines()[0][:60] if cell.source else ""))
    return total, sorted(cells, reverse=True)


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def main(modules: list[str]) -> int:
    """Run each module's source notebook; exit 1 if one takes longer than the target."""
    course = Course.at(REPO)
    slow = []
    for assignment in modules or course.assignments():
        total, cells = run(course.notebook_path(assignment))
        slowest = ", ".join(f"{s:.1f} s {text!r}" for s, text in cells[:2])
        print(f"{assignment:<44} {total:6.1f} s   slowest cells: {slowest}", flush=True)
        if total > TARGET_S:
            slow.append(assignment)
    print(f"over {TARGET_S:.0f} s: {slow or 'none'}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
