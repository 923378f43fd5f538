"""The Python constructs a notebook's code uses, read from its syntax tree.

A construct is named by a short string: a statement or expression (``def``, ``return``, ``if``,
``for``, ``while``, ``try``, ``lambda``, ``comprehension``, ``f-string``, ``dict literal``,
``list literal``, ``set literal``, ``slicing``), a method of ``str`` (``str.upper``), a method
of a pandas table, column or grouping (``pandas.groupby``), a pandas function (``pandas.read_csv``)
or a method of a column's ``.str`` (``pandas.str.startswith``). A method that ``str`` and
pandas share (``replace``, ``count``, ``join``) is named ``str.replace|pandas.replace``: either
one taught will do. Methods of ``dict``, ``list`` and ``set``, of matplotlib's ``ax`` and
``fig``, and functions of other imported modules (``icd10cm.lookup``) are not counted.
``course.python_taught`` says which module teaches which; ``tests/test_python_taught.py``
checks that no module uses one before it is taught.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache

import pandas as pd
from nbformat import NotebookNode
from pandas.core.groupby import DataFrameGroupBy, SeriesGroupBy

from autograder import notebooks
from autograder.cell_code import import_targets, python_of

STATEMENTS = {ast.FunctionDef: "def", ast.Return: "return", ast.If: "if", ast.For: "for",
              ast.While: "while", ast.Try: "try", ast.Lambda: "lambda", ast.JoinedStr: "f-string",
              ast.Dict: "dict literal", ast.Set: "set literal", ast.Slice: "slicing",
              ast.ListComp: "comprehension", ast.SetComp: "comprehension",
              ast.DictComp: "comprehension", ast.GeneratorExp: "comprehension"}
PLOT_NAMES = frozenset({"ax", "axes", "fig", "plt"})  # matplotlib's, whose methods are not counted


def _methods(*types: type) -> frozenset[str]:
    return frozenset(n for t in types for n in dir(t)
                     if not n.startswith("_") and callable(getattr(t, n, None)))


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """The method names of str, and of pandas tables, columns and groupings, without container methods."""
    containers = _methods(dict, list, set)
    pandas = _methods(pd.DataFrame, pd.Series, DataFrameGroupBy, SeriesGroupBy) - containers
    return _methods(str) - containers, pandas


def _root(node: ast.expr) -> ast.expr:
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def _method(call: ast.Call, modules: set[str]) -> str | None:
    """The construct a call ``x.name(...)`` stands for, or None when it is not counted."""
    if not isinstance(call.func, ast.Attribute):
        return None
    name, receiver = call.func.attr, call.func.value
    strs, pandas = _vocabulary()
    root = _root(receiver)
    if isinstance(receiver, ast.Name) and receiver.id == "pd":
        return f"pandas.{name}"
    if isinstance(root, ast.Name) and (root.id in modules or root.id in PLOT_NAMES):
        return None
    if isinstance(receiver, ast.Attribute) and receiver.attr == "str":
        return f"pandas.str.{name}"
    if name in strs and name in pandas:
        return f"str.{name}|pandas.{name}"
    if name in strs:
        return f"str.{name}"
    if name in pandas:
        return f"pandas.{name}"
    return None


@dataclass(frozen=True)
class Uses:
    """The constructs of a notebook's worked examples (teaching cells) and of its solutions."""

    examples: frozenset[str]
    solutions: frozenset[str]


def uses(nb: NotebookNode) -> Uses:
    """What ``nb`` shows in its plain code cells, and what its answer cells' solutions use."""
    trees = {id(cell): tree for cell in nb.cells if cell.cell_type == "code"
             and (tree := python_of(notebooks.solution_text(cell.source))) is not None}
    modules = {name for tree in trees.values() for node in ast.walk(tree) for name, _ in import_targets(node)}

    def of(cells: list[NotebookNode]) -> frozenset[str]:
        return frozenset().union(*(constructs(trees[id(c)], modules) for c in cells if id(c) in trees))

    examples = [c for c in nb.cells if c.cell_type == "code" and not notebooks.nbgrader_meta(c)]
    return Uses(of(examples), of(list(notebooks.answer_cells(nb).values())))


def untaught(modules: dict[str, Uses], taught: dict[str, tuple[str, ...]]) -> list[str]:
    """What is wrong with ``taught`` (module -> constructs it teaches) for ``modules``, in order.

    A module's solutions may use only what it or an earlier module teaches; a module teaches a
    construct only if one of its worked examples shows it and an exercise of it or of a later
    module asks for it. Every module needs its row, even an empty one.
    """
    problems, known, order = [], set(), list(modules)
    for index, (name, found) in enumerate(modules.items()):
        if name not in taught:
            problems.append(f"{name}: no row in course.python_taught.TAUGHT")
            continue
        later = set().union(*(modules[m].solutions for m in order[index:]))
        for construct in taught[name]:
            if not satisfied(construct, _options(found.examples)):
                problems.append(f"{name} teaches {construct!r} but no worked example of it shows it")
            elif not satisfied(construct, _options(later)):
                problems.append(f"{name} teaches {construct!r} but no exercise from it on asks for it")
        known |= set(taught[name])
        problems += [f"{name}: an exercise uses {c!r}, which neither it nor an earlier module teaches"
                     for c in sorted(found.solutions) if not satisfied(c, known)]
    return problems


def _options(found: frozenset[str] | set[str]) -> set[str]:
    """Every alternative of every construct in ``found``."""
    return {option for construct in found for option in construct.split("|")}


def used(source: str) -> set[str]:
    """The constructs that one cell's code uses, its own imports known; empty when it does not parse."""
    tree = python_of(source)
    if tree is None:
        return set()
    return constructs(tree, {name for node in ast.walk(tree) for name, _ in import_targets(node)})


def constructs(tree: ast.AST, modules: set[str]) -> set[str]:
    """The constructs in ``tree``; ``modules`` are the names bound to imported modules."""
    found = set()
    for node in ast.walk(tree):
        if (kind := STATEMENTS.get(type(node))) is not None:
            found.add(kind)
        elif isinstance(node, ast.List) and isinstance(node.ctx, ast.Load):
            found.add("list literal")
        elif isinstance(node, ast.Call) and (method := _method(node, modules)) is not None:
            found.add(method)
    return found


def satisfied(construct: str, taught: set[str]) -> bool:
    """True when ``construct`` (or one of its ``|`` alternatives) is in ``taught``."""
    return any(option in taught for option in construct.split("|"))
