"""Grade the same sample class with plain serial nbgrader and with ``mcc grade``; compare.

    python benchmarks/bench_grading.py [--students 200] [--modules 00-orientation ...]
                                       [--workers 2] [--dask 1,2] [--dask-students 40] [--ours-only]

It prints each run's wall time, the ratio, a per-submission cost breakdown of our run, and
the throughput on a Dask LocalCluster with 1 and 2 worker processes (on a smaller class). It checks that every
submission's autograded score is identical in both runs and exits 1 if one differs.
``--ours-only`` skips plain nbgrader (a class too large to grade serially in one sitting).
Plain nbgrader runs as an instructor runs it today: one ``nbgrader autograde MODULE`` process
per module, serial. Our run also writes feedback HTML; the baseline does not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from autograder.backends import DaskCluster, LocalPool
from autograder.course import Course
from autograder.grade import grade
from autograder.sample_class import write_class

REPO = Path(__file__).resolve().parent.parent
DEFAULT_MODULES = ["00-orientation", "01-what-is-medical-coding", "05-outpatient-and-professional-coding"]


def code_scores(db_url: str, assignment: str) -> dict[str, float]:
    """Autograded points per student for ``assignment`` in a gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(db_url) as gb:
        return {s.student.id: float(s.code_score) for s in gb.assignment_submissions(assignment)}


def plain_nbgrader(course: Course, classes: dict[str, Path], work: Path) -> tuple[float, dict]:
    """Serial ``nbgrader autograde`` per module in a plain course folder; (seconds, scores)."""
    shutil.copytree(course.source, work / "source")
    (work / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.root = {str(work)!r}\nc.Execute.timeout = 60\n")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for assignment, folder in classes.items():
        for student in folder.iterdir():
            if student.name == "zoe.broken":
                continue
            target = work / "submitted" / student.name / assignment
            target.mkdir(parents=True)
            shutil.copy(student / f"{assignment}.ipynb", target)
        subprocess.run(["nbgrader", "generate_assignment", assignment, "--force"], cwd=work, env=env,
                       check=True, capture_output=True)
    started = time.perf_counter()
    for assignment in classes:
        subprocess.run(["nbgrader", "autograde", assignment, "--force"], cwd=work, env=env, check=True,
                       capture_output=True)
    seconds = time.perf_counter() - started
    url = f"sqlite:///{work / 'gradebook.db'}"
    return seconds, {a: code_scores(url, a) for a in classes}


def ours(course: Course, classes: dict[str, Path], workers: int | None, scheduler: str = "") -> tuple:
    """``grade`` for every module on one backend; (seconds, scores, outcomes)."""
    started = time.perf_counter()
    with DaskCluster(scheduler) if scheduler else LocalPool(workers) as backend:
        reports = [grade(course, a, f, backend=backend, progress=False) for a, f in classes.items()]
    seconds = time.perf_counter() - started
    scores = {a: code_scores(course.gradebook_url, a) for a in classes}
    return seconds, scores, [o for r in reports for o in r.outcomes]


def rate(label: str, seconds: float, count: int) -> str:
    """One result line: wall time and throughput."""
    return f"{label:<36} {seconds:8.1f} s  {count / seconds:6.2f} submissions/s"


def main() -> int:
    """Run the comparison and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=200, help="students per module")
    parser.add_argument("--modules", nargs="+", default=DEFAULT_MODULES, help="module ids")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="local worker processes")
    parser.add_argument("--dask", default="1,2", help="Dask worker counts to measure ('' to skip)")
    parser.add_argument("--dask-students", type=int, default=40, help="students per module on Dask")
    parser.add_argument("--ours-only", action="store_true", help="skip plain nbgrader (no ratio)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message=".*not in session.*")

    with tempfile.TemporaryDirectory(prefix="mcc-bench-") as scratch:
        root = Path(scratch)
        for step in ("source", "release"):
            shutil.copytree(REPO / step, root / step)
        course = Course.at(root, root / "ours")
        classes = {a: root / "class" / a for a in args.modules}
        for assignment, folder in classes.items():
            write_class(course, assignment, folder, size=args.students)
        count = args.students * len(classes)
        print(f"{count} submissions: {args.students} students x {len(classes)} modules; "
              f"{os.cpu_count()} cores", flush=True)

        if not args.ours_only:
            base_s, base_scores = plain_nbgrader(course, classes, root / "plain")
            print(rate("plain nbgrader autograde (serial)", base_s, count), flush=True)
        our_s, our_scores, outcomes = ours(course, classes, args.workers)
        print(rate(f"mcc grade --workers {args.workers}", our_s, count), flush=True)
        differing = []
        if not args.ours_only:
            print(f"ratio (plain / ours): {base_s / our_s:.2f}x")
            differing = [(a, s) for a in classes for s in base_scores[a]
                         if base_scores[a][s] != our_scores[a].get(s)]
            print(f"identical scores: {not differing} ({sum(len(v) for v in base_scores.values())} compared)")
        print(f"graded: {sum(o.ok for o in outcomes)} of {count}")
        for step in ("fork server", "execute", "record", "feedback"):
            values = [o.seconds.get(step, 0.0) for o in outcomes]
            print(f"  per submission, {step:<17} mean {statistics.mean(values):.3f} s, "
                  f"median {statistics.median(values):.3f} s")

        small = {a: root / "dask-class" / a for a in args.modules}
        for assignment, folder in small.items():
            write_class(course, assignment, folder, size=args.dask_students)
        for n in [int(x) for x in args.dask.split(",") if x]:
            from distributed import LocalCluster

            dask_course = Course.at(root, root / f"dask{n}")
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster:
                seconds, _, _ = ours(dask_course, small, None, cluster.scheduler_address)
            print(rate(f"Dask LocalCluster, {n} worker(s)", seconds, args.dask_students * len(small)),
                  flush=True)
        return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
