"""Where the test suite's CPU goes: every test file's CPU, counted by the kernel for every process.

    python benchmarks/profile_suite.py [pytest arguments]      (as root; the test environment's Python)

Runs the suite in one pytest process inside a cgroup of its own and reads the cgroup's CPU
counter around each test's setup, call and teardown, so a test's CPU includes everything it
starts (kernels, grading workers, servers, browsers, ``mcc`` commands) and nothing another job on
the machine does. One process, so that no two tests overlap; the sum is what ``pytest -n 2``
shares out over two cores. Prints CPU and wall time by test file, heaviest first, and writes each
test phase to ``build/suite-cpu.tsv``.
"""

from __future__ import annotations

import csv
import functools
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
COUNTER = "MCC_SUITE_CPU_COUNTER"
"""The environment variable that names the cgroup's CPU counter for the plugin half of this file."""
TSV = REPO / "build" / "suite-cpu.tsv"


def cpu_seconds(counter: str) -> float:
    """The cgroup's CPU so far: cgroup v2 ``cpu.stat`` (usage_usec) or v1 ``cpuacct.usage`` (ns)."""
    text = Path(counter).read_text()
    if counter.endswith("cpu.stat"):
        return int(text.split("usage_usec", 1)[1].split()[0]) / 1e6
    return int(text) / 1e9


def make_cgroup() -> tuple[Path, str]:
    """A new cgroup for the run and its CPU counter file."""
    name = f"mcc-suite-{os.getpid()}"
    if Path("/sys/fs/cgroup/cgroup.controllers").exists():
        group = Path("/sys/fs/cgroup") / name
        group.mkdir()
        return group, str(group / "cpu.stat")
    group = Path("/sys/fs/cgroup/cpuacct") / name
    group.mkdir()
    return group, str(group / "cpuacct.usage")


def join(procs: str) -> None:
    """Put this process in the cgroup whose ``cgroup.procs`` is ``procs`` (in pytest's, before it starts)."""
    Path(procs).write_text(str(os.getpid()))


# ---- the plugin half: loaded into the pytest process with -p profile_suite ----------------------

def _timed(item: pytest.Item, phase: str) -> object:
    counter = os.environ[COUNTER]
    cpu, wall = cpu_seconds(counter), time.perf_counter()
    yield
    spent, took = cpu_seconds(counter) - cpu, time.perf_counter() - wall
    with TSV.open("a", encoding="utf-8") as out:
        out.write(f"{item.nodeid}\t{phase}\t{spent:.3f}\t{took:.3f}\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> object:
    """Count the test's setup (its fixtures: a session fixture counts where it is first built)."""
    yield from _timed(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> object:
    """Count the test itself."""
    yield from _timed(item, "call")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Count the test's teardown (a session fixture's, after the last test)."""
    yield from _timed(item, "teardown")


# ---- the command ---------------------------------------------------------------------------------

def by_file(path: Path) -> dict[str, list[float]]:
    """CPU and wall seconds by test file, from the TSV."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    with path.open(encoding="utf-8") as handle:
        for nodeid, _, cpu, wall in csv.reader(handle, delimiter="\t"):
            totals[nodeid.split("::", 1)[0]][0] += float(cpu)
            totals[nodeid.split("::", 1)[0]][1] += float(wall)
    return totals


def still_running(procs: Path, grace: float = 10.0) -> list[str]:
    """The processes left in the cgroup once those that are exiting have had ``grace`` seconds."""
    deadline = time.monotonic() + grace
    while (left := procs.read_text().split()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def main(arguments: list[str]) -> int:
    """Run the suite in its own cgroup and print the table."""
    if os.geteuid() != 0:
        sys.exit("making a cgroup needs root")
    group, counter = make_cgroup()
    TSV.parent.mkdir(exist_ok=True)
    TSV.write_text("")
    env = {**os.environ, COUNTER: counter,
           "PYTHONPATH": os.pathsep.join([str(REPO / "benchmarks"), os.environ.get("PYTHONPATH", "")])}
    procs = str(group / "cgroup.procs")
    started = time.perf_counter()
    try:
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "profile_suite"]
        code = subprocess.run([*pytest, *arguments], cwd=REPO, env=env,
                              preexec_fn=functools.partial(join, procs)).returncode
        total = cpu_seconds(counter)
    finally:
        left = still_running(Path(procs))
        if left:  # a process the suite started and never stopped
            print(f"processes left running by the suite: {', '.join(left)}", file=sys.stderr)
        else:
            group.rmdir()
    wall = time.perf_counter() - started
    files = sorted(by_file(TSV).items(), key=lambda item: -item[1][0])
    print(f"\n{'test file':<40} {'CPU s':>8} {'wall s':>8} {'share':>6}")
    for name, (cpu, seconds) in files:
        print(f"{name:<40} {cpu:8.1f} {seconds:8.1f} {cpu / total:6.1%}")
    counted = sum(cpu for _, (cpu, _) in files)
    print(f"{'outside tests (start, collection)':<40} {total - counted:8.1f}")
    print(f"{'all (pytest exit ' + str(code) + ')':<40} {total:8.1f} {wall:8.1f}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
