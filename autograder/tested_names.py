"""The names a notebook's tests read: the ones a student must not rebind to fake a pass.

A test cell reads names from the notebook's namespace: the exercise's answers, teaching-cell
constants and imports (``CODE_SETS``, ``icd10cm``) and builtins (``sorted``). Rebinding one of
the latter two, as in ``sorted = lambda *a, **k: []``, can make a failing hidden test pass.
``protected_names`` finds them in the source notebook (hidden tests included); ``redefined``
finds the ones a student's cell rebinds. Used by ``autograder.tamper``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from nbformat import NotebookNode

from autograder import notebooks
from autograder.cell_code import code_trees, import_targets
from autograder.notebooks import nbgrader_meta


@dataclass(frozen=True)
class ProtectedNames:
    """The names a student must not rebind (see ``protected_names``), and what the release binds them to."""

    names: frozenset[str]
    release_imports: frozenset[tuple[str, str]]  # (name, what it stands for) of each import of the release
    release_statements: frozenset[str]  # ast.dump of each top-level statement of the release's code cells


def protected_names(source: NotebookNode, release: NotebookNode) -> ProtectedNames:
    """The names the source's test cells read and neither its solution cells nor its test cells bind.

    Test cells are the cells with grade true and solution false, hidden tests included; a name is
    read if the code looks it up in the notebook's namespace or the builtins (a function's locals,
    its parameters and a comprehension's variables are not). Solution cells bind the names an
    exercise asks for; test cells bind their own helpers (``ok``, ``_key``).
    """
    tests = list(code_trees(notebooks.test_cells(source).values()))
    solutions = code_trees(cell for cell in source.cells if nbgrader_meta(cell).get("solution"))
    read = {name for tree in tests for name in global_reads(tree)}
    bound = {name for tree in [*tests, *solutions] for name, _ in module_bindings(tree)}
    trees = list(code_trees(release.cells))
    return ProtectedNames(
        names=frozenset(read - bound),
        release_imports=frozenset(pair for tree in trees for node in ast.walk(tree)
                                  for pair in import_targets(node)),
        release_statements=frozenset(ast.dump(statement) for tree in trees for statement in tree.body),
    )


def redefined(tree: ast.Module, tested: ProtectedNames) -> list[str]:
    """The protected names that the code rebinds in the notebook's namespace.

    A top-level statement that is one of the release's, and an import that binds a name to what an
    import of the release binds it to, rebind nothing.
    """
    names = []
    for statement in tree.body:
        if ast.dump(statement) in tested.release_statements:
            continue
        for name, target in module_bindings(ast.Module(body=[statement], type_ignores=[])):
            if name in tested.names and (target is None or (name, target) not in tested.release_imports):
                names.append(name)
    return list(dict.fromkeys(names))


_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (*_FUNCTIONS, ast.ClassDef, *_COMPREHENSIONS)


class Scope:
    """A scope of parsed code (the module, a function, a lambda, a class body, a comprehension)."""

    def __init__(self, node: ast.AST, parent: Scope | None) -> None:
        self.node, self.parent = node, parent
        self.binds: list[tuple[str, str | None]] = []  # (name, what an import binds it to, or None)
        self.declared_global: set[str] = set()
        self.declared_nonlocal: set[str] = set()
        self.reads: set[str] = set()

    def binds_name(self, name: str) -> bool:
        return name in self.declared_nonlocal or any(bound == name for bound, _ in self.binds)


def module_bindings(tree: ast.Module) -> list[tuple[str, str | None]]:
    """(name, what an import binds it to or None) of each binding of the notebook's namespace.

    The module's own bindings (assignments, augmented and annotated assignments with a value,
    ``for`` and ``with`` targets, ``except ... as``, match captures, ``del``, ``def``, ``class``,
    imports, a walrus outside a function), and those of a name a function or class declares global.
    """
    found = scopes(tree)
    binds = list(found[0].binds)
    for scope in found[1:]:
        binds += [(name, target) for name, target in scope.binds if name in scope.declared_global]
    return binds


def global_reads(tree: ast.Module) -> set[str]:
    """The names the code looks up in the notebook's namespace (or the builtins)."""
    return {name for scope in scopes(tree) for name in scope.reads if _reads_global(scope, name)}


def _reads_global(scope: Scope, name: str) -> bool:
    if scope.parent is None or name in scope.declared_global:
        return True
    if scope.binds_name(name):
        return False
    outer = scope.parent
    while outer.parent is not None:  # enclosing functions and comprehensions; a class body is not seen
        if not isinstance(outer.node, ast.ClassDef):
            if name in outer.declared_global:
                return True
            if outer.binds_name(name):
                return False
        outer = outer.parent
    return True


def scopes(tree: ast.Module) -> list[Scope]:
    """Every scope of the code, the module's first, with the names each binds, declares and reads."""
    found = [Scope(tree, None)]
    skip: set[int] = set()  # Name nodes that bind nothing here: a bare annotation, a walrus target
    for scope in found:  # the list grows as nested scopes are met
        node = scope.node
        if isinstance(node, _FUNCTIONS):
            scope.binds += [(parameter.arg, None) for parameter in _parameters(node.args)]
        nested: list[ast.AST] = []
        for part in _inner_parts(node):
            for child in _same_scope(part, nested):
                _note(scope, child, skip)
        found += [Scope(child, scope) for child in nested]
    return found


def _inner_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of a scope's node that run in that scope."""
    if isinstance(node, ast.Lambda):
        return [node.body]
    if isinstance(node, _COMPREHENSIONS):
        parts: list[ast.AST] = []
        for i, generator in enumerate(node.generators):
            parts += [generator.target, *generator.ifs, *([generator.iter] if i else [])]
        return parts + ([node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt])
    return list(node.body)


def _outer_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of a nested scope's node that run in the enclosing scope."""
    if isinstance(node, _COMPREHENSIONS):
        return [node.generators[0].iter]
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords]
    arguments = node.args
    parts = [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]
    if isinstance(node, ast.Lambda):
        return parts
    annotations = [parameter.annotation for parameter in _parameters(arguments) if parameter.annotation]
    return [*node.decorator_list, *parts, *annotations, *([node.returns] if node.returns else [])]


def _parameters(arguments: ast.arguments) -> list[ast.arg]:
    every = (*arguments.posonlyargs, *arguments.args, arguments.vararg, *arguments.kwonlyargs,
             arguments.kwarg)
    return [parameter for parameter in every if parameter is not None]


def _same_scope(node: ast.AST, nested: list[ast.AST]) -> Iterator[ast.AST]:
    """``node`` and the nodes under it in the same scope, parents first; nested scopes go in ``nested``."""
    yield node
    if isinstance(node, _SCOPES):
        nested.append(node)
        children = _outer_parts(node)
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _same_scope(child, nested)


def _note(scope: Scope, node: ast.AST, skip: set[int]) -> None:
    """Note in ``scope`` what ``node`` binds, declares or reads."""
    if isinstance(node, ast.Name):
        if isinstance(node.ctx, ast.Load):
            scope.reads.add(node.id)
        elif id(node) not in skip:
            scope.binds.append((node.id, None))
    elif isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
        owner = scope  # a walrus in a comprehension binds in the scope around it
        while isinstance(owner.node, _COMPREHENSIONS) and owner.parent is not None:
            owner = owner.parent
        owner.binds.append((node.target.id, None))
        skip.add(id(node.target))
    elif isinstance(node, ast.AnnAssign) and node.value is None:
        skip.add(id(node.target))
    elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        scope.binds.append((node.name, None))
    elif isinstance(node, ast.Import | ast.ImportFrom):
        scope.binds += import_targets(node)
    elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
        scope.binds.append((node.name, None))
    elif isinstance(node, ast.MatchMapping) and node.rest:
        scope.binds.append((node.rest, None))
    elif isinstance(node, ast.Global):
        scope.declared_global.update(node.names)
    elif isinstance(node, ast.Nonlocal):
        scope.declared_nonlocal.update(node.names)
