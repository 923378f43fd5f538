"""Each Python construct an exercise uses is taught first, in a worked example of it or an earlier module.

The table of what is taught where is ``course.python_taught.TAUGHT``; the constructs are read
from the notebooks' syntax trees by ``autograder.constructs``.
"""

from __future__ import annotations

from autograder import notebooks
from autograder.constructs import Uses, untaught, used, uses
from autograder.course import Course
from builders import answer_cell, code, grade_cell, markdown, notebook
from conftest import ASSIGNMENTS, REPO
from course.python_taught import TAUGHT


def test_every_construct_is_taught_before_an_exercise_uses_it() -> None:
    course = Course.at(REPO)
    found = {a: uses(notebooks.read(course.notebook_path(a))) for a in ASSIGNMENTS}
    assert untaught(found, TAUGHT) == []
    assert list(TAUGHT) == ASSIGNMENTS, "one row per module, in the course's order"


def test_the_syntax_tree_names_the_constructs() -> None:
    source = ('import pandas as pd\nfrom course import icd10cm\n'
              'def f(code):\n    return code.strip().upper()[:3]\n'
              'rows = [c for c in "ab"]\nx = {"A": 1}\ny = {1, 2}\nz = f"{x}"\n'
              'while False:\n    pass\ntry:\n    g = lambda c: c\nexcept KeyError:\n    pass\n'
              't = icd10cm.codes()\nt[t["code"].str.startswith("E11")].groupby("block").size()\n'
              '"a".replace("a", "b")\nd = pd.crosstab(t["a"], t["b"])\nx.items()\nax.bar([1], [2])\n')
    assert used(source) == {
        "def", "return", "str.strip", "str.upper", "slicing", "comprehension", "dict literal",
        "set literal", "f-string", "while", "try", "lambda", "pandas.str.startswith",
        "pandas.groupby", "pandas.size", "str.replace|pandas.replace", "pandas.crosstab", "list literal",
    }


def _module(*cells) -> Uses:
    return uses(notebook(markdown("# Module"), *cells))


def test_a_construct_used_before_it_is_taught_fails_the_check() -> None:
    loop = answer_cell("loop", "n = 0\nfor c in ['I10']:\n    n += 1")
    teaches_for = _module(code("for c in ['E11.9']:\n    print(c)"), loop, grade_cell("loop", "n"))
    uses_while = _module(code("print('no loops here')"),
                         answer_cell("climb", "n = 3\nwhile n:\n    n -= 1"), grade_cell("climb", "n"))
    modules = {"01-first": teaches_for, "02-second": uses_while}
    taught = {"01-first": ("for", "list literal"), "02-second": ()}
    assert untaught(modules, taught) == [
        "02-second: an exercise uses 'while', which neither it nor an earlier module teaches"]
    # Claimed where no worked example shows it: wrong; shown in the module's own worked example: fine.
    assert untaught(modules, {**taught, "02-second": ("while",)}) == [
        "02-second teaches 'while' but no worked example of it shows it"]
    shows_while = _module(code("n = 2\nwhile n:\n    n -= 1"),
                          answer_cell("climb", "n = 3\nwhile n:\n    n -= 1"), grade_cell("climb", "n"))
    assert untaught({**modules, "02-second": shows_while}, {**taught, "02-second": ("while",)}) == []
    no_row = untaught({"01-first": teaches_for, "03-third": teaches_for}, taught)
    assert no_row == ["03-third: no row in course.python_taught.TAUGHT"]


def test_a_claim_nobody_practises_fails_the_check() -> None:
    shown_only = _module(code("print('I10'.lower())"), answer_cell("x", "x = 1"), grade_cell("x", "x"))
    assert untaught({"01-first": shown_only}, {"01-first": ("str.lower",)}) == [
        "01-first teaches 'str.lower' but no exercise from it on asks for it"]
