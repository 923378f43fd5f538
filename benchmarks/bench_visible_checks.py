"""How often a beginner's wrong answer to a function exercise says "Visible checks passed." and then
loses points at grading (issue #20's measure).

    python benchmarks/bench_visible_checks.py [--answers FOLDER] [MODULE ...]

Reads the answers of ``benchmarks/beginner_answers/<module>.py`` (or of ``FOLDER``, such as
``benchmarks/beginner_answers_holdout``; ``ANSWERS``: answer cell grade id -> [(what the beginner
did, the answer cell)]). For each module one kernel runs the release
notebook in order, as ``tests/test_wrong_answers.py`` does (its helpers are reused): at each
answer cell every beginner's answer is swapped in, then (a) the release notebook's test cell runs,
what the student sees, and (b) the source notebook's test cell runs, visible and hidden tests, what
grading gives: full points when it ends without an error. Then the solution goes in and the
notebook goes on.

Prints, per exercise, the answers, how many said "passed", how many said "passed" and lost points,
and how many earned full points (not wrong at all: drop or fix those rows); then the headline: the
function exercises with at least one answer that said "passed" and then lost points (#20 wants at
most 3).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from notebook_kernel import Kernel  # noqa: E402
from test_wrong_answers import PASSED, cells_testing, created_names, forget_names  # noqa: E402

from autograder import notebooks  # noqa: E402
from autograder.course import Course  # noqa: E402

ANSWERS = REPO / "benchmarks" / "beginner_answers"
WANTED_AT_MOST = 3


@dataclass(frozen=True)
class Result:
    """One beginner's answer: what it was, and what the release and the grader said of it."""

    module: str
    exercise: str
    mistake: str
    said_passed: bool
    full_points: bool
    grader_error: str


def load(folder: Path, module: str) -> dict[str, list[tuple[str, str]]]:
    """The ``ANSWERS`` of ``<folder>/<module>.py``."""
    spec = importlib.util.spec_from_file_location(f"beginner_{module}", folder / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded.ANSWERS


def run_module(module: str, answers: dict[str, list[tuple[str, str]]]) -> list[Result]:
    """Run ``module``'s release notebook with each answer swapped in; one result per answer."""
    course = Course.at(REPO)
    release = notebooks.read(course.notebook_path(module, "release"))
    source = notebooks.read(course.notebook_path(module))
    solutions = {gid: notebooks.solution_text(c.source) for gid, c in notebooks.answer_cells(source).items()}
    visible = {gid: cell.source for gid, cell in notebooks.test_cells(release).items()}
    graded = {gid: cell.source for gid, cell in notebooks.test_cells(source).items()}
    answer_ids = notebooks.answer_cells(release)
    results = []
    with Kernel(course.notebook_path(module, "release").parent) as kernel:
        for cell in release.cells:
            gid = notebooks.nbgrader_meta(cell).get("grade_id", "")
            if cell.cell_type != "code" or gid in visible:
                continue
            if gid not in answer_ids:
                kernel.run(cell.source)
                continue
            names = created_names(solutions[gid])
            for mistake, answer in answers.get(gid, []):
                results.append(_try(kernel, module, gid, mistake, answer, names, visible, graded))
            kernel.run(forget_names(names))
            kernel.run(solutions[gid])
    return results


def _try(kernel: Kernel, module: str, gid: str, mistake: str, answer: str, names: list[str],
         visible: dict[str, str], graded: dict[str, str]) -> Result:
    """Run one answer, then the release's and the source's test cells of its exercise."""
    kernel.run(forget_names(names))
    kernel.run(answer)
    said = all(PASSED in kernel.run(test).printed for test in cells_testing(gid, visible))
    errors = [kernel.run(test) for test in cells_testing(gid, graded)]
    failed = [f"{e.ename}: {e.evalue}"[:160] for e in errors if e.failed]
    return Result(module, gid, mistake, said, not failed, "; ".join(failed))


def report(results: list[Result]) -> tuple[int, int]:
    """Print the table per exercise; return (exercises passed-then-lost, answers not wrong)."""
    print(f"{'exercise':<24} {'answers':>7} {'said passed':>11} {'passed+lost':>11} {'not wrong':>9}")
    leaky = 0
    exercises = dict.fromkeys((r.module, r.exercise) for r in results)  # grade ids repeat across modules
    for module, exercise in exercises:
        rows = [r for r in results if (r.module, r.exercise) == (module, exercise)]
        passed = sum(r.said_passed for r in rows)
        lost = [r for r in rows if r.said_passed and not r.full_points]
        right = sum(r.full_points for r in rows)
        leaky += bool(lost)
        print(f"{module[:3] + exercise:<24} {len(rows):>7} {passed:>11} {len(lost):>11} {right:>9}")
        for r in lost:
            print(f"    passed, then lost points: {r.mistake}  [{r.grader_error}]")
        for r in rows:
            if r.full_points:
                print(f"    not wrong (full points): {r.mistake}")
    return leaky, sum(r.full_points for r in results)


def main(argv: list[str]) -> None:
    """Run the answers of the modules asked for (all of the folder's by default) and print the table."""
    parser = argparse.ArgumentParser(prog="bench_visible_checks.py")
    parser.add_argument("--answers", type=Path, default=ANSWERS, help="the folder of answer files")
    parser.add_argument("modules", nargs="*", help="modules to run (default: every file in the folder)")
    args = parser.parse_args(argv)
    results = []
    for module in args.modules or sorted(p.stem for p in args.answers.glob("*.py")):
        results += run_module(module, load(args.answers, module))
    leaky, right = report(results)
    exercises = len({(r.module, r.exercise) for r in results})
    print(f"\nfunction exercises that said 'passed' and then lost points: {leaky} of {exercises} "
          f"(#20 wants at most {WANTED_AT_MOST}); answers that earned full points: {right} of {len(results)}")


if __name__ == "__main__":
    main(sys.argv[1:])
