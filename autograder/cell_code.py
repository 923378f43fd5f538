"""The Python of notebook cells, as the kernel runs it, parsed with ``ast``.

IPython turns magics, ``!`` shell lines, ``/f x`` calls and ``x?`` help into Python before it
runs a cell; ``python_of`` does the same, then parses. Used by the tamper scan
(``autograder.tamper``) and by ``autograder.tested_names``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator

from IPython.core.inputtransformer2 import TransformerManager
from nbformat import NotebookNode

_TRANSFORMER = TransformerManager()


def python_of(source: str) -> ast.Module | None:
    """The cell as the kernel runs it, parsed; None if it does not parse."""
    try:
        code = _TRANSFORMER.transform_cell(source)
        flags = ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        return compile(code, "<cell>", "exec", flags=flags, dont_inherit=True)
    except Exception:  # whatever stops the transformer or the parser stops the kernel too
        return None


def code_trees(cells: Iterable[NotebookNode]) -> Iterator[ast.Module]:
    """The parsed code of each code cell of ``cells`` that parses."""
    for cell in cells:
        if cell.cell_type == "code" and (tree := python_of(cell.source)) is not None:
            yield tree


def import_targets(node: ast.AST) -> list[tuple[str, str]]:
    """(name, what it stands for) of each name an import statement binds; [] for any other node."""
    if isinstance(node, ast.Import):  # import a.b binds a to a; import a.b as c binds c to a.b
        return [(alias.asname, alias.name) if alias.asname else (_top(alias.name), _top(alias.name))
                for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = "." * node.level + (node.module or "")
        return [(alias.asname or alias.name, f"{base}.{alias.name}".lstrip("."))
                for alias in node.names if alias.name != "*"]
    return []


def _top(module: str) -> str:
    return module.split(".")[0]
