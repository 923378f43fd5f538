"""A static check of a student's code for constructs that tamper with grading.

``scan(nb, release)`` reads the code the student wrote (answer cells and their own code cells)
and returns one short finding per suspicious construct, such as "cell ex_codes defines __eq__:
can make a failing comparison pass". It runs nothing. Run it on the notebook that
``autograder.repair.repair`` returns, so that every cell that will run is looked at.

What is read: every code cell except a cell whose source is that of a cell of the release (the
course's own teaching cells) and the graded copy of a locked cell (nbgrader puts the release
source back before it runs). Each cell is turned into Python the way the kernel does it
(IPython's input transformer: magics, ``!`` shell lines, ``/f x`` calls, ``x?`` help), then
parsed with ``ast``; a cell that does not parse gives no finding, since it fails at run time.
The Python given to ``%time``, ``%timeit``, ``%prun`` and ``%%capture`` (line or cell) is
read too.

Given the names the tests read (``scan(nb, release, protected_names(source, release))``, see
``autograder.tested_names``; a grader computes them once per assignment), the scan also reports
a student cell that rebinds, at module level, a name the tests read but do not expect the student to bind:
a builtin (``sorted = lambda *a, **k: []`` empties a hidden ``_wrong = sorted(...)``), an import
(``icd10cm = Fake()``) or a teaching cell's value (``CODE_SETS``). The names are those the source's
test cells read from the notebook's namespace, hidden tests included, less those that its solution
cells or test cells bind themselves. Repeating a statement of the release (``import pandas as pd``,
a teaching cell's ``CODE_SETS = [...]``) or importing a name as the release does is not a finding.

The rules are the ``RULES`` table below. A static check can be evaded (a path built at run time
out of harmless pieces, ``from os import *``); the rules aim at the ordinary ways to fake a
result, and findings are for a person to review, not a grade.
"""

from __future__ import annotations

import ast
import fnmatch
from collections.abc import Iterator

from nbformat import NotebookNode

from autograder.cell_code import code_trees, import_targets, python_of
from autograder.notebooks import nbgrader_meta
from autograder.tested_names import ProtectedNames, redefined

_FAKE_COMPARISON = "can make a failing comparison pass"
_FAKE_NUMBER = "can fake a numeric tolerance check"
_SWAP_MODULE = "can swap a module the tests import"
_KERNEL = "can hook the kernel (input transformers, events, run_cell) and change the tests"
_FRAMES = "can reach a test's variables through its stack frame"
_PROGRAM = "runs another program"
_BACKGROUND = "can keep running in the background and change values while the tests run"
_HIDDEN = "runs code built at run time, which hides what it does"
_SHELL = "a shell command can reach the grader's files and processes"

# Key forms (fnmatch patterns; aliases are resolved, so `import os as o; o.system` is os.system):
#   "def NAME"    the code defines NAME: def, an assignment in a class body, x.NAME = ..., or NAME
#                 as a string, as in setattr(cls, "__eq__", f) or type("T", (str,), {"__eq__": f})
#   "import MOD"  the code imports MOD or a submodule of it
#   "a.b"         the dotted name a.b is used, anywhere in a longer name too (x.a.b.c)
#   "NAME"        the bare name NAME is used (a builtin; re.compile is not compile)
#   "!", "%m", "%%m"   a shell line, a line magic, a cell magic
#   "= module attribute", "= tested name", "file path"   the rules with a check of their own (see scan_tree)
RULES: dict[str, str] = {
    # Methods that decide what a test's comparison or type check sees.
    "def __eq__": _FAKE_COMPARISON,
    "def __ne__": _FAKE_COMPARISON,
    "def __lt__": _FAKE_COMPARISON,
    "def __le__": _FAKE_COMPARISON,
    "def __gt__": _FAKE_COMPARISON,
    "def __ge__": _FAKE_COMPARISON,
    "def __hash__": "can fake set and dict membership",
    "def __contains__": "can fake an `in` check",
    "def __bool__": "can make a failing assert pass",
    "def __instancecheck__": "can fake an isinstance check",
    "def __subclasscheck__": "can fake an issubclass check",
    "def __class__": "can fake an isinstance check",
    "def __getattribute__": "can fake any attribute a test reads",
    "def __sub__": _FAKE_NUMBER,
    "def __rsub__": _FAKE_NUMBER,
    "def __abs__": _FAKE_NUMBER,
    "def __float__": _FAKE_NUMBER,
    "def __round__": _FAKE_NUMBER,
    # The interpreter and the kernel.
    "import builtins": "can replace the built-ins the tests use",
    "__builtins__": "can replace the built-ins the tests use",
    "get_ipython": _KERNEL,
    "import IPython": _KERNEL,
    "import ipykernel": _KERNEL,
    "sys.modules": _SWAP_MODULE,
    "sys.meta_path": _SWAP_MODULE,
    "sys.path_hooks": _SWAP_MODULE,
    "sys.settrace": "can watch and change the tests as they run",
    "sys.setprofile": "can watch and change the tests as they run",
    "sys.*hook": "can change how errors and results are reported",
    "import gc": "can find and change the objects the tests use",
    "import ctypes": "can change the interpreter's memory",
    "sys._getframe": _FRAMES,
    "inspect.currentframe": _FRAMES,
    "inspect.stack": _FRAMES,
    "inspect.trace": _FRAMES,
    "inspect.getouterframes": _FRAMES,
    "*.f_back": _FRAMES,
    "*.f_globals": _FRAMES,
    "*.f_locals": _FRAMES,
    "*.tb_frame": _FRAMES,
    "*.__code__": "can replace the code of a function the tests use",
    # Other processes, threads and signals.
    "os.fork*": _BACKGROUND,
    "os.system": _PROGRAM,
    "os.popen": _PROGRAM,
    "os.exec*": _PROGRAM,
    "os.spawn*": _PROGRAM,
    "os.posix_spawn*": _PROGRAM,
    "os.kill*": "can signal or stop the grader",
    "import subprocess": _PROGRAM,
    "import pty": _PROGRAM,
    "import multiprocessing": _BACKGROUND,
    "import threading": _BACKGROUND,
    "import _thread": _BACKGROUND,
    "import concurrent": _BACKGROUND,
    "import signal": "a signal handler can interrupt the tests",
    "import sqlite3": "can open the gradebook database",
    "import sqlalchemy": "can open the gradebook database",
    # Code hidden from a reader.
    "exec": _HIDDEN,
    "eval": _HIDDEN,
    "compile": _HIDDEN,
    "__import__": _HIDDEN,
    "import importlib": _HIDDEN,
    "import marshal": _HIDDEN,
    "pickle.load*": _HIDDEN,
    # Shell lines and magics.
    "!": _SHELL,
    "%system": _SHELL,
    "%sx": _SHELL,
    "%sc": _SHELL,
    "%%!": _SHELL,
    "%%sx": _SHELL,
    "%%bash": _SHELL,
    "%%sh": _SHELL,
    "%%script": _PROGRAM,
    "%%python*": _PROGRAM,
    "%%pypy": _PROGRAM,
    "%%perl": _PROGRAM,
    "%%ruby": _PROGRAM,
    "%run": "runs a script or module",
    "%%writefile": "writes a file",
    "%%file": "writes a file",
    "%load_ext": "loads an IPython extension, which can hook the kernel",
    "%reload_ext": "loads an IPython extension, which can hook the kernel",
    # Rules with a check of their own.
    "= module attribute": "changes an imported module, which the tests may use",
    "= tested name": "can make a failing test pass",
    "file path": "reaches files outside the student's work (sources, gradebook, submissions, code)",
}

# Imported settings that are meant to be assigned: not a change of the module's behaviour.
SETTINGS = ("pandas.options", "matplotlib.rcParams", "matplotlib.pyplot.rcParams")
# Calls that take a path: the builtin open, anything from these modules, and these methods.
FILE_MODULES = ("io", "os", "pathlib", "shutil", "glob", "tempfile", "zipfile", "tarfile")
FILE_METHODS = ("open", "read_*", "to_*", "savefig", "write_*", "unlink", "rmdir", "mkdir", "touch",
                "iterdir", "glob", "rglob", "chmod", "symlink_to", "hardlink_to")
# A path is suspicious if it is absolute, climbs out, or names grading places or code.
PATH_WORDS = ("source", "gradebook", "autograded", "submitted", "feedback", ".db", ".py", "..")
# Magics whose argument or body is Python, read like a cell.
PYTHON_MAGICS = ("time", "timeit", "prun", "capture")
_MAGIC_CALLS = {"system": "!", "getoutput": "!", "run_line_magic": "%", "run_cell_magic": "%%"}


def scan(nb: NotebookNode, release: NotebookNode, tested: ProtectedNames | None = None) -> list[str]:
    """One finding per grading-tampering construct in the student's code of ``nb``.

    ``tested`` (``protected_names`` of the source notebook and ``release``) adds the rule on
    names the tests use.
    """
    aliases = imported_names(nb)
    findings: list[str] = []
    for where, code in student_code(nb, release):
        for what, key in scan_source(code, aliases, tested):
            finding = f"{where} {what}: {RULES[key]}"
            if finding not in findings:
                findings.append(finding)
    return findings


def student_code(nb: NotebookNode, release: NotebookNode) -> Iterator[tuple[str, str]]:
    """(``"cell <grade id>"`` or ``"cell <position>"``, source) of each code cell the student wrote."""
    release_sources = {cell.source for cell in release.cells}
    locked = {meta["grade_id"] for cell in release.cells if (meta := nbgrader_meta(cell)).get("locked")}
    last = {nbgrader_meta(cell).get("grade_id"): i for i, cell in enumerate(nb.cells)}
    for i, cell in enumerate(nb.cells):
        gid = nbgrader_meta(cell).get("grade_id")
        if cell.cell_type != "code" or cell.source in release_sources or (gid in locked and last[gid] == i):
            continue
        yield f"cell {gid or i + 1}", cell.source


def scan_source(source: str, aliases: dict[str, str], tested: ProtectedNames | None = None
                ) -> list[tuple[str, str]]:
    """(what the code does, rule key) for each rule that the cell source breaks."""
    tree = python_of(source)
    return [] if tree is None else scan_tree(tree, aliases, tested)


def scan_tree(tree: ast.Module, aliases: dict[str, str], tested: ProtectedNames | None = None
              ) -> list[tuple[str, str]]:
    """(what the code does, rule key) for each rule that the parsed code breaks."""
    magic_nodes: set[int] = set()
    hits: list[tuple[str, str]] = []
    for name, argument in magic_calls(tree, magic_nodes):
        if key := rule_for(name):
            hits.append(("runs a shell line (!)" if name == "!" else f"runs the magic {name}", key))
        if argument is not None and name.lstrip("%") in PYTHON_MAGICS:
            hits += scan_source(argument, aliases, tested)
    hits += [(f"defines {name}", key) for name in defined_names(tree) if (key := rule_for(f"def {name}"))]
    hits += [(f"imports {name}", key) for name in imported_modules(tree)
             if (key := imports_rule(name) or names_rule(name))]
    hits += [(f"uses {name}", key) for name in used_names(tree, aliases, magic_nodes)
             if (key := names_rule(name))]
    hits += [(f"assigns to {name}", "= module attribute") for name in module_assignments(tree, aliases)]
    hits += [(f"touches the path {path!r}", "file path") for path in grading_paths(tree, aliases)]
    if tested is not None:
        hits += [(f"redefines {name}, which the tests use", "= tested name")
                 for name in redefined(tree, tested)]
    return hits


def rule_for(name: str) -> str | None:
    """The first key of ``RULES`` that matches ``name``, or None."""
    return next((key for key in RULES if fnmatch.fnmatchcase(name, key)), None)


def imports_rule(module: str) -> str | None:
    """The rule for importing ``module`` (``import a.b.c`` breaks the rule of ``import a``)."""
    parts = module.split(".")
    for n in range(1, len(parts) + 1):
        if key := rule_for("import " + ".".join(parts[:n])):
            return key
    return None


def names_rule(dotted: str) -> str | None:
    """The rule for using ``dotted``: a bare name, or any contiguous run of its parts with a dot."""
    parts = dotted.split(".")
    if len(parts) == 1:
        return rule_for(dotted)
    for i in range(len(parts)):
        for j in range(i + 2, len(parts) + 1):
            key = rule_for(".".join(parts[i:j]))
            if key and "." in key:
                return key
    return None


def magic_calls(tree: ast.AST, magic_nodes: set[int]) -> Iterator[tuple[str, str | None]]:
    """("!", "%name" or "%%name", its Python argument or body) of each magic or shell call.

    The ``get_ipython`` of each such call goes into ``magic_nodes``: the magic is judged by name.
    """
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _MAGIC_CALLS and _calls_get_ipython(node.func.value)):
            continue
        args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args]
        prefix = _MAGIC_CALLS[node.func.attr]
        if prefix != "!" and (not args or args[0] is None):
            continue
        magic_nodes.add(id(node.func.value.func))
        if prefix == "!":
            yield "!", None
        else:
            yield prefix + args[0], args[-1] if len(args) > 1 else None


def _calls_get_ipython(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "get_ipython"
            and not node.args)


def defined_names(tree: ast.AST) -> list[str]:
    """Names the code defines: functions, assigned names and attributes, and dunder strings."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.append(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.append(node.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("__"):
            names.append(node.value)
    return list(dict.fromkeys(names))


def imported_modules(tree: ast.AST) -> list[str]:
    """The modules and names the code imports: ``from os import system`` gives os and os.system."""
    modules = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            modules += [base] + [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]
    return list(dict.fromkeys(modules))


def imported_names(nb: NotebookNode) -> dict[str, str]:
    """Every name bound by an import anywhere in ``nb``, with what it stands for.

    ``import os.path as p`` gives p: os.path; ``from course import icd10cm`` gives icd10cm:
    course.icd10cm; ``import os.path`` gives os: os.
    """
    aliases: dict[str, str] = {}
    for tree in code_trees(nb.cells):
        for node in ast.walk(tree):
            aliases.update(import_targets(node))
    return aliases


def dotted_name(node: ast.AST) -> list[str] | None:
    """``a.b.c`` as ["a", "b", "c"]; ``getattr(a, "b")`` as ["a", "b"]; ``f().b`` as ["?", "b"]."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return (dotted_name(node.value) or ["?"]) + [node.attr]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"
            and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)):
        return (dotted_name(node.args[0]) or ["?"]) + [node.args[1].value]
    return None


def resolve(parts: list[str], aliases: dict[str, str]) -> str:
    """The dotted name with its first part replaced by what the import bound it to."""
    head = aliases.get(parts[0], parts[0])
    return ".".join([head, *parts[1:]])


def used_names(tree: ast.AST, aliases: dict[str, str], skip: set[int]) -> list[str]:
    """Every name and dotted name the code uses (aliases resolved), except the nodes in ``skip``."""
    names = []
    for node in ast.walk(tree):
        if id(node) in skip or (isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)):
            continue
        if (parts := dotted_name(node)) is not None:
            names.append(resolve(parts, aliases))
    return list(dict.fromkeys(names))


def module_assignments(tree: ast.AST, aliases: dict[str, str]) -> list[str]:
    """Attributes and items of imported names that the code assigns, deletes or setattr()s."""
    names = []
    for parts, suffix in assigned(tree):
        if len(parts) > 1 and parts[0] in aliases:
            name = resolve(parts, aliases)
            if not name.startswith(SETTINGS):
                names.append(name + suffix)
    return list(dict.fromkeys(names))


def assigned(tree: ast.AST) -> Iterator[tuple[list[str], str]]:
    """(dotted name, "" or "[...]") of each attribute or item the code assigns, deletes or setattr()s.

    ``a.b = 1`` gives ["a", "b"]; ``a.b[k] = 1`` gives ["a", "b"], "[...]"; ``setattr(a, "b", 1)``
    gives ["a", "b"] (["a", "?"] if the name is computed).
    """
    targets: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.Delete):
            targets += node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets.append(node.target)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("setattr", "delattr") and len(node.args) >= 2):
            attr = node.args[1]
            name = attr.value if isinstance(attr, ast.Constant) and isinstance(attr.value, str) else "?"
            if (parts := dotted_name(node.args[0])) is not None:
                yield parts + [name], ""
    for target in _flatten(targets):
        if isinstance(target, ast.Attribute) and (parts := dotted_name(target)) is not None:
            yield parts, ""
        elif isinstance(target, ast.Subscript) and (parts := dotted_name(target.value)) is not None:
            yield parts, "[...]"


def _flatten(targets: list[ast.AST]) -> Iterator[ast.AST]:
    for target in targets:
        if isinstance(target, ast.Tuple | ast.List):
            yield from _flatten(list(target.elts))
        elif isinstance(target, ast.Starred):
            yield from _flatten([target.value])
        else:
            yield target


def grading_paths(tree: ast.AST, aliases: dict[str, str]) -> list[str]:
    """Suspicious path strings: in the arguments of a file call, or joined with ``/`` (a path join)."""
    strings: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and is_file_call(node, aliases):
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                strings += ast.walk(argument)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            strings += [node.left, node.right]
    paths = [n.value for n in strings
             if isinstance(n, ast.Constant) and isinstance(n.value, str) and suspicious_path(n.value)]
    return list(dict.fromkeys(paths))


def is_file_call(call: ast.Call, aliases: dict[str, str]) -> bool:
    """Whether the call opens, lists, writes or moves files."""
    parts = dotted_name(call.func)
    if parts is None:
        return False
    name = resolve(parts, aliases)
    return (name in ("open", "io.open") or name.split(".")[0] in FILE_MODULES
            or (len(parts) > 1 and any(fnmatch.fnmatchcase(parts[-1], m) for m in FILE_METHODS)))


def suspicious_path(text: str) -> bool:
    """Whether a path string is absolute, climbs out, or names a grading place or code file."""
    lower = text.lower()
    return text.startswith(("/", "~")) or any(word in lower for word in PATH_WORDS)


# The rule on names the tests use: what the source's tests read, and what a student's cell rebinds.
