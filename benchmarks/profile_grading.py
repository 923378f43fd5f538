"""Where one submission's grading time goes, part by part, on the sample class.

    python benchmarks/profile_grading.py [--students 60] [--modules 00-orientation ...]

Grades the class with ``mcc``'s own ``grade`` but runs every task in this one process, one
after another, so that each part of the pipeline can be timed where it runs: the worker's
half (repair, tamper scan, the private folder and gradebook, nbgrader's converter, the kernel
fork, each cell), the writer's half (nbgrader's gradebook writes) and the feedback HTML.
Each part's time is its own (what it spent outside the parts inside it), so the rows add up
to the whole. Times are per submission; in a real run the worker's rows run in parallel and
the writer's rows in the main process beside them.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_grading import DEFAULT_MODULES  # noqa: E402

from autograder.course import Course  # noqa: E402
from autograder.grade import grade  # noqa: E402
from autograder.sample_class import write_class  # noqa: E402


class Clock:
    """Own time per labelled part: a part's time less the time of the parts it contains."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._stack: list[list] = []

    @contextmanager
    def part(self, label: str) -> Iterator[None]:
        """Time the block as ``label``."""
        frame = [label, time.perf_counter(), 0.0]
        self._stack.append(frame)
        try:
            yield
        finally:
            self._stack.pop()
            elapsed = time.perf_counter() - frame[1]
            self.own[label] += elapsed - frame[2]
            self.calls[label] += 1
            if self._stack:
                self._stack[-1][2] += elapsed


CLOCK = Clock()
PHASE = ["grade"]  # which half of grading runs now: set by the nbgrader step being run


def timed(owner: object, name: str, label: str | Callable[..., str]) -> None:
    """Replace ``owner.name`` with a version that times each call as ``label`` (or label(*args))."""
    original = getattr(owner, name)

    def named(*args, **kwargs) -> str:
        return label(*args, **kwargs) if callable(label) else label

    if inspect.iscoroutinefunction(original):
        @functools.wraps(original)
        async def wrapper(*args, **kwargs):
            with CLOCK.part(named(*args, **kwargs)):
                return await original(*args, **kwargs)
    else:
        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            with CLOCK.part(named(*args, **kwargs)):
                return original(*args, **kwargs)
    setattr(owner, name, wrapper)


def phased(text: str) -> Callable[..., str]:
    """A label that names the half of grading it is timed in."""
    return lambda *_args, **_kwargs: f"{PHASE[-1]}: {text}"


def phase_of(step: str, config) -> str:
    """Which half an nbgrader step belongs to, from its configuration."""
    if step == "autograde":
        return "worker" if "socket_path" in config.ForkKernelManager else "writer"
    return {"generate_feedback": "feedback", "generate_assignment": "prepare"}[step]


def timed_step(owner: object) -> None:
    """Time ``owner.run_step`` as its phase's converter set-up, and mark the phase for parts inside."""
    original = owner.run_step

    @functools.wraps(original)
    def wrapper(step, config, *args, **kwargs):
        PHASE.append(phase_of(step, config))
        try:
            with CLOCK.part(f"{PHASE[-1]}: nbgrader converter set-up (app, gradebook reads, copies)"):
                return original(step, config, *args, **kwargs)
        finally:
            PHASE.pop()
    owner.run_step = wrapper


def instrument() -> None:
    """Put the clock on every part of the pipeline."""
    import jinja2
    import nbclient.client
    import nbconvert.exporters
    import nbconvert.preprocessors.base
    import nbgrader.converters.base

    import autograder.feedback
    import autograder.grade
    import autograder.merge
    import autograder.release
    import autograder.worker

    for module in (autograder.worker, autograder.merge, autograder.feedback, autograder.release):
        timed_step(module)
    timed(autograder.grade, "collect", "grade: collect the folder into submitted/")
    timed(autograder.grade, "prepare", "grade: generate the assignment, check release/")
    timed(autograder.grade, "export_module", "grade: export grades.csv")
    timed(autograder.grade, "_record", "grade: hash each submission (what its grade is made of)")
    timed(autograder.worker, "server_for", "worker: kernel fork server (once per process)")
    timed(autograder.worker, "repair", "worker: repair the notebook's shape")
    timed(autograder.worker, "scan", "worker: tamper scan")
    timed(autograder.worker, "_lay_out", "worker: private folder and gradebook copy")
    timed(autograder.worker, "_files", "worker: read back the executed files")
    timed(autograder.merge, "merge", "writer: review and digest files")
    preprocessor = nbconvert.preprocessors.base.Preprocessor
    timed(preprocessor, "__call__", lambda self, *a, **k: f"{PHASE[-1]}: {type(self).__name__}")
    client = nbclient.client.NotebookClient
    timed(client, "start_new_kernel", "worker: kernel fork and start")
    timed(client, "start_new_kernel_client", "worker: kernel client connect")
    timed(client, "execute_cell", "worker: cells run (student code and tests)")
    timed(client, "_cleanup_kernel", "worker: kernel shutdown")
    exporters = nbconvert.exporters
    template = exporters.templateexporter.TemplateExporter
    for owner in (exporters.exporter.Exporter, template, exporters.html.HTMLExporter):
        timed(owner, "from_notebook_node", phased("nbconvert exporter (read, copy, HTML clean-up)"))
    timed(template, "_load_template", phased("load and compile the template"))
    timed(jinja2.Template, "render", phased("render HTML (markdown, syntax colours)"))
    timed(nbgrader.converters.base.BaseConverter, "write_single_notebook", phased("write the output"))


class InProcess:
    """A grading backend that runs each task here, in turn (so that the clock sees it)."""

    def run(self, function: Callable, tasks: list) -> Iterator:
        """Each task's result, in order."""
        return (function(task) for task in tasks)


def main() -> int:
    """Build the class, grade it in-process with the clock on, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--modules", nargs="+", default=DEFAULT_MODULES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mcc-profile-") as tmp:
        root = Path(tmp)
        for folder in ("source", "release"):
            shutil.copytree(REPO / folder, root / folder)
        shutil.copy(REPO / "nbgrader_config.py", root)
        course = Course.at(root, root / "ws")
        classes = {m: root / "class" / m for m in args.modules}
        for module, folder in classes.items():
            write_class(course, module, folder, args.students)
        instrument()
        started = time.perf_counter()
        graded = 0
        with CLOCK.part("grade: everything else (due dates, skip checks, scores)"):
            for module, folder in classes.items():
                graded += len(grade(course, module, folder, backend=InProcess(), progress=False).outcomes)
        total = time.perf_counter() - started
    print(f"{graded} submissions of {len(classes)} modules graded in-process in {total:.1f} s "
          f"({total / graded:.3f} s each)\n")
    print(f"{'part':<78} {'s / submission':>15} {'share':>7}")
    for label, seconds in sorted(CLOCK.own.items(), key=lambda item: -item[1]):
        print(f"{label:<78} {seconds / graded:15.3f} {seconds / total:7.1%}")
    print(f"{'total':<78} {sum(CLOCK.own.values()) / graded:15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
