"""Beginners' wrong answers, run on the release notebook: each visible check must fail, and say why.

The table is one file per module, ``tests/wrong_answers/<module>.py`` (the module's folder name,
such as ``00b-python-for-coders.py``), so that each module's rows live apart. A file holds one
dictionary, ``WRONG``: for each answer cell's grade id, a list of rows ``(mistake, answer,
words)``::

    WRONG = {
        "ex_add_dot": [
            ("printed instead of returned",              # what the beginner did, for the report
             "def add_dot(code):\\n    print(code)\\n",   # the whole answer cell as they left it
             ["printed", "return"]),                     # words the visible message must contain
        ],
    }

For every row the test runs the answer cell as given, then the exercise's test cell *from the
release notebook* (what the student sees: visible checks only), and asserts that the test cell
stopped with an ``AssertionError`` (not a bare ``KeyError`` or ``TypeError``), did not print
``Visible checks passed.``, and that its message contains every word (case does not matter).

Rules the test adds to every module that has a file:

* every function exercise (an answer cell with a ``def``) has at least three rows;
* the untouched answer cell (``raise NotImplementedError()``) fails with a message that names
  ``NotImplementedError``, not "create the variable";
* the source notebook's solution passes the release's visible checks (``Visible checks passed.``).

A variant exercise (``course.variants``) has one test cell per case, ``test_<name>_case1``,
``_case2`` ...: each row runs them all and must fail every one (write rows wrong in every case).
The ``my_id`` cell has no test: its solution runs, so that the cells below it have an ID.

How it runs, fast: one kernel per module, in the module's release folder. The notebook's cells run
once, in order; at each answer cell the rows are swapped in one after another, then the solution
(from ``source/``), then the test cell, and the notebook goes on. Before each row the names that
the solution creates are removed and the kernel's record of earlier cells (IPython's ``In``) is
blanked, so that each row is seen as a first attempt after the cells above it, as in a fresh
kernel.

A test of the test (``test_the_table_fails_when_a_message_is_changed_back``) runs module 00b's
rows with a doctored test cell (the old check of ``add_dot``, which ran only ``add_dot("E119")``)
and with ``checks.answer_cell_error`` switched off in the kernel, and expects the rows that
those messages serve to fail.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from notebook_kernel import Kernel, Outcome

from autograder import notebooks
from autograder.course import Course
from conftest import REPO

TABLES = Path(__file__).parent / "wrong_answers"
MODULES = sorted(p.stem for p in TABLES.glob("*.py") if not p.name.startswith("_"))
PASSED = "Visible checks passed."
MIN_ROWS = 3


@dataclass(frozen=True)
class Row:
    """One wrong answer: the exercise, what the beginner did, the answer cell, the words to see."""

    exercise: str
    mistake: str
    answer: str
    words: tuple[str, ...]


def load(module: str) -> list[Row]:
    """The rows of ``tests/wrong_answers/<module>.py``."""
    spec = importlib.util.spec_from_file_location(f"wrong_answers_{module}", TABLES / f"{module}.py")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    rows = []
    for exercise, entries in loaded.WRONG.items():
        for mistake, answer, words in entries:
            assert isinstance(answer, str) and words and all(isinstance(w, str) for w in words), (
                f"{module} {exercise} {mistake!r}: a row is (mistake, answer cell source, [words])")
            rows.append(Row(exercise, mistake, answer, tuple(words)))
    return rows


def created_names(source: str) -> list[str]:
    """The names a solution cell creates at its top level (functions and variables)."""
    names = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return names


def is_function_exercise(answer_source: str) -> bool:
    return any(isinstance(node, ast.FunctionDef) for node in ast.parse(answer_source).body)


def cells_testing(answer_id: str, tests: dict[str, str]) -> list[str]:
    """The test cells of an answer cell: test_<name>, or a variant exercise's test_<name>_case1, _case2 ..."""
    name = f"test_{answer_id.removeprefix('ex_')}"
    if name in tests:
        return [tests[name]]
    stem = name.removesuffix("_cases")
    return [source for gid, source in sorted(tests.items()) if re.fullmatch(rf"{stem}_case\d+", gid)]


def forget_names(names: list[str]) -> str:
    """A cell that forgets ``names`` and blanks the record of earlier cells (not itself an answer)."""
    return ("_record = get_ipython().user_ns['In']\n"
            "for _i in range(len(_record) - 1):\n"
            "    _record[_i] = ''\n"
            f"for _name in {names!r}:\n"
            "    globals().pop(_name, None)\n")


def _verdict(outcome: Outcome, words: tuple[str, ...]) -> str:
    """What is wrong with what a wrong answer's test cell showed; "" when it is as it should be."""
    if PASSED in outcome.printed:
        return "the visible checks passed"
    if outcome.ename != "AssertionError":
        return f"the test cell stopped with {outcome.ename or 'no error'}, not a message: {outcome.evalue!r}"
    missing = [w for w in words if w.lower() not in outcome.evalue.lower()]
    return f"the message lacks {missing}: {outcome.evalue!r}" if missing else ""


def run_module(module: str, rows: list[Row], *, setup: str = "", doctored: dict[str, str] | None = None,
               seen: list[tuple[str, str, str]] | None = None) -> list[str]:
    """Run ``module``'s release notebook with ``rows`` swapped in; the problems found, one line each.

    ``setup`` runs first in the kernel; ``doctored`` replaces test cells by grade id (for the
    test of the test); ``seen`` collects (exercise, mistake, message) of every row, to read them.
    """
    course = Course.at(REPO)
    release = notebooks.read(course.notebook_path(module, "release"))
    source = notebooks.read(course.notebook_path(module))
    solutions = {gid: notebooks.solution_text(c.source) for gid, c in notebooks.answer_cells(source).items()}
    tests = {gid: cell.source for gid, cell in notebooks.test_cells(release).items()} | (doctored or {})
    answers = notebooks.answer_cells(release)
    by_exercise: dict[str, list[Row]] = {}
    for row in rows:
        by_exercise.setdefault(row.exercise, []).append(row)
    problems = [f"{gid}: no such answer cell in {module}" for gid in by_exercise if gid not in answers]
    problems += [f"{gid}: a function exercise needs at least {MIN_ROWS} wrong answers, the table has "
                 f"{len(by_exercise.get(gid, []))}"
                 for gid, cell in answers.items()
                 if is_function_exercise(solutions[gid]) and len(by_exercise.get(gid, [])) < MIN_ROWS]
    with Kernel(course.notebook_path(module, "release").parent) as kernel:
        if setup:
            kernel.run(setup)
        for cell in release.cells:
            if cell.cell_type != "code":
                continue
            gid = notebooks.nbgrader_meta(cell).get("grade_id", "")
            if gid in tests:
                continue  # run after its answer cell, below
            if gid not in answers:
                outcome = kernel.run(cell.source)
                if outcome.failed:
                    problems.append(f"a teaching cell failed ({outcome.ename}: {outcome.evalue}): "
                                    f"{cell.source[:60]!r}")
                continue
            checks_of = cells_testing(gid, tests)
            names = created_names(solutions[gid])
            if not checks_of:  # the my_id cell of a variant module
                kernel.run(solutions[gid])
                continue
            tries = [*by_exercise.get(gid, []),
                     Row(gid, "the untouched answer cell", cell.source, ("NotImplementedError",))]
            for row in tries:
                kernel.run(forget_names(names))
                kernel.run(row.answer)
                for test in checks_of:
                    shown = kernel.run(test)
                    if seen is not None:
                        seen.append((gid, row.mistake, shown.evalue or shown.printed))
                    verdict = _verdict(shown, row.words)
                    if verdict:
                        problems.append(f"{gid}, {row.mistake}: {verdict}")
            kernel.run(forget_names(names))
            solved = kernel.run(solutions[gid])
            for test in checks_of:
                checked = kernel.run(test)
                if solved.failed or PASSED not in checked.printed:
                    problems.append(f"{gid}: the solution does not pass the visible checks "
                                    f"({solved.ename or checked.ename}: {solved.evalue or checked.evalue})")
    return problems


@pytest.mark.parametrize("module", MODULES)
def test_every_wrong_answer_fails_visibly_with_its_message(module: str) -> None:
    problems = run_module(module, load(module))
    assert problems == [], "\n".join(problems)


def test_the_table_fails_when_a_message_is_changed_back() -> None:
    module = "00b-python-for-coders"
    rows = load(module)
    old_check = ('from course import checks\n\n'
                 'checks.defined(globals(), "add_dot", function=True)\n'
                 'result = checks.call(add_dot, "E119", returns=str)\n'
                 'ok = result == "E11.9"\n'
                 'assert ok, f\'add_dot("E119") should be "E11.9", but your function returned {result!r}.\'\n'
                 'print("Visible checks passed.")\n')
    problems = run_module(module, rows, doctored={"test_add_dot": old_check},
                          setup="from course import checks\nchecks.answer_cell_error = lambda name: None")
    stopped = [r for r in rows if "stopped with an error" in " ".join(r.words)]
    assert stopped, "the table should have rows for answer cells that stop with an error"
    for row in stopped:
        assert any(line.startswith(f"{row.exercise}, {row.mistake}: ") for line in problems), (row, problems)
    assert [p for p in problems if p.startswith("ex_add_dot, ") and "visible checks passed" in p], problems


def test_every_table_names_a_module() -> None:
    assert MODULES, "no tables in tests/wrong_answers/"
    known = set(Course.at(REPO).assignments())
    assert [m for m in MODULES if m not in known] == []
