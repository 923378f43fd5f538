"""The run-time tamper check: each test cell must run as written, in a kernel nobody hooked.

The static scan (``autograder.tamper``) reads the student's code; this check watches the kernel
while the tests run, so code that hides from the scan (built at run time, imported from a file)
is still caught. Before the notebook's first cell the grader runs a setup in the kernel, silently
(no execution count, no output): it notes the kernel's own ``print``, exception classes, hooks and
code transformers, and registers a check under a module name made for this kernel, which returns
a token made for it too. Each test cell is then sent with a Jupyter *user expression* calling
that check: the kernel evaluates it after the cell ran without an error and returns it in its
reply, not in the notebook, so the executed notebook (sources, outputs, execution counts) is
exactly what nbgrader's Execute makes. A test cell that ran without an error output must come
back with the token and nothing found; otherwise the submission needs attention: "a test cell
did not run as written".

What it sees: a built-in replaced (``builtins.print``), ``print`` or an exception class redefined
in the notebook, an IPython exception handler (``set_custom_exc``), a shell method replaced
(``run_cell``, ``showtraceback``, ...), an input or AST transformer or
an event callback added from code outside the installed packages (a cell's own function), and a
check that did not answer (an expression that never ran, or a faked reply without the token).
Code in the same process can in the end undo any check made there; this one raises the bar past
the ordinary ways, and the isolation of ``autograder.sandbox`` keeps the rest out of reach.
"""

from __future__ import annotations

import ast
import json
import secrets
from typing import Any

from nbformat import NotebookNode

from autograder.notebooks import nbgrader_meta

EXPRESSION = "mcc"
"""The key of the check's user expression in an execute request and its reply."""

_SETUP = '''
def _mcc_setup(name, token):
    import builtins, json, site, sys, types
    from IPython import get_ipython

    shell = get_ipython()
    # IPython's and ipykernel's own, swapped around each cell
    trap = {"exit", "quit", "get_ipython", "display", "input", "raw_input", "_", "__", "___"}
    kept = {n: v for n, v in vars(builtins).items() if n not in trap}
    shadowable = ("print", "isinstance", "AssertionError", "Exception", "BaseException")
    methods = ("run_cell", "run_cell_async", "run_code", "run_ast_nodes", "showtraceback",
               "_showtraceback", "showsyntaxerror", "user_expressions", "transform_cell",
               "transform_ast", "should_run_async", "ev")
    bound = {m: getattr(getattr(shell, m, None), "__func__", None) for m in methods}
    roots = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, *site.getsitepackages()})

    def hooks():
        found = {"an input transformer": [*shell.input_transformers_cleanup, *shell.input_transformers_post],
                 "an AST transformer": list(shell.ast_transformers)}
        for event, callbacks in shell.events.callbacks.items():
            found["a " + event + " event callback"] = list(callbacks)
        return found

    before = hooks()

    def origin(f):
        f = getattr(f, "__func__", f)
        code = getattr(f, "__code__", None) or getattr(getattr(type(f), "__call__", None), "__code__", None)
        return getattr(code, "co_filename", "")

    def check():
        found = [f"builtins.{n} was replaced" for n, v in kept.items() if getattr(builtins, n, None) is not v]
        found += [f"{n} was redefined in the notebook" for n in shadowable
                  if n in shell.user_ns and shell.user_ns[n] is not kept[n]]
        if shell.custom_exceptions:
            found.append("an exception handler was set (set_custom_exc)")
        found += [f"the kernel's {m} was replaced" for m, f in bound.items()
                  if getattr(getattr(shell, m, None), "__func__", None) is not f]
        for what, now in hooks().items():
            old = before.get(what, [])
            found += [f"{what} was added by the notebook" for h in now
                      if not any(h is o for o in old) and not origin(h).startswith(roots)]
        return json.dumps([token, found])

    module = types.ModuleType(name)
    module.check = check
    sys.modules[name] = module
'''


def is_test_cell(cell: NotebookNode) -> bool:
    """An autograder test cell: graded, and not an answer."""
    meta = nbgrader_meta(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


class RuntimeCheck:
    """One notebook's check: the setup to run first, the expression per test cell, the findings."""

    def __init__(self) -> None:
        self.module = f"_mcc_{secrets.token_hex(8)}"
        self.token = secrets.token_hex(16)
        self._failed_setup = ""
        self._cells: dict[str, list[str]] = {}  # what was found: the test cells it was found after

    @property
    def findings(self) -> list[str]:
        """One finding per thing found, naming the first test cell it was found after."""
        found = [self._failed_setup] if self._failed_setup else []
        for what, cells in self._cells.items():
            more = f" and {len(cells) - 1} more" if len(cells) > 1 else ""
            found.append(f"a test cell did not run as written ({cells[0]}{more}: {what})")
        return found

    def setup_code(self) -> str:
        """The code to run silently in the kernel before the notebook's first cell."""
        return f"{_SETUP}\n_mcc_setup({self.module!r}, {self.token!r})\ndel _mcc_setup\n"

    def expressions(self) -> dict[str, str]:
        """The user expressions to send with a test cell."""
        return {EXPRESSION: f"__import__('sys').modules[{self.module!r}].check()"}

    def setup_failed(self, reply: dict[str, Any]) -> None:
        """Note a setup that did not run (the kernel's reply to it was an error)."""
        content = reply.get("content", {})
        self._failed_setup = (f"the run-time check could not start in the kernel "
                              f"({content.get('ename', 'no reply')}: {content.get('evalue', '')})")

    def read_reply(self, cell: NotebookNode, reply: dict[str, Any] | None) -> None:
        """Check one executed test cell against its reply; a cell that failed is graded as failed."""
        content = (reply or {}).get("content", {})
        failed = any(out.get("output_type") == "error" for out in cell.get("outputs", []))
        if failed or content.get("status") != "ok":
            return
        gid = nbgrader_meta(cell).get("grade_id", "?")
        for what in self._answer(content.get("user_expressions", {}).get(EXPRESSION)):
            self._cells.setdefault(what, []).append(gid)

    def _answer(self, result: dict[str, Any] | None) -> list[str]:
        """What the check's result says is wrong; nothing when the cell ran as written."""
        if not result or result.get("status") != "ok":
            return ["the grader's check did not run after it"]
        try:
            token, found = json.loads(ast.literal_eval(result["data"]["text/plain"]))
        except (KeyError, ValueError, SyntaxError, TypeError):
            return ["the grader's check gave back something else"]
        if token != self.token:
            return ["the grader's check was answered by something else"]
        return list(found)
