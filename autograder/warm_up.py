"""What a kernel fork server does once, so that its kernels start warm and as a fresh kernel would."""

from __future__ import annotations

import builtins
import contextlib
import io
import sys
from collections.abc import Iterator
from types import SimpleNamespace


def pandas() -> None:
    """Import pandas as a Jupyter kernel imports it.

    pandas reads its surroundings once, when it is imported: inside a kernel (``get_ipython()``
    has a ``kernel``) a DataFrame shows at most 20 columns, elsewhere as many as the terminal
    fits; its display encoding is standard output's, ipykernel's "UTF-8" in a kernel. Imported
    plainly in the server, every forked kernel printed DataFrames as no kernel started afresh
    does (``display.max_columns`` 0, not 20).
    """
    with _as_in_a_kernel():
        import pandas  # noqa: F401


@contextlib.contextmanager
def _as_in_a_kernel() -> Iterator[None]:
    """What an import sees of a kernel: ``get_ipython()`` with a kernel, and ipykernel's stdout encoding."""
    from ipykernel.iostream import OutStream

    stdout = sys.stdout
    builtins.get_ipython = lambda: SimpleNamespace(kernel=True)  # type: ignore[attr-defined]
    sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding=OutStream.encoding)
    try:
        yield
    finally:
        sys.stdout = stdout
        del builtins.get_ipython  # type: ignore[attr-defined]


def figures() -> None:
    """Draw and save one small figure with text, through Agg and not through pyplot.

    A new kernel's first figure imports the Agg backend, loads the font and lays out its
    text: about 0.3 s, of a figure that then takes 0.1 s. Done once in the server, every
    forked kernel inherits it. pyplot's backend is left unresolved, so each kernel still
    imports ``matplotlib_inline`` itself and IPython sets up its inline display as usual.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(4, 3))
    FigureCanvasAgg(figure)
    axes = figure.subplots()
    axes.bar(["a", "b"], [1, 2])
    axes.set_title("Warm-up: 2 bars")
    axes.set_xlabel("x")
    figure.savefig(io.BytesIO(), format="png", bbox_inches="tight")


def tracebacks() -> None:
    """Format one failed check the way a kernel shows it: IPython's verbose traceback.

    A forked kernel's first traceback otherwise maps every loaded module to its file (a path
    lookup each), sets up pygments' lexer and styles and parses the course file it passes
    through: about 0.13 s of CPU, against 0.03 s once this is done in the server. Run it last,
    after every other import, so that the module map covers them all.
    """
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.core.ultratb import AutoFormattedTB

    from course import checks

    try:
        checks.defined({}, "warm_up", function=True)
    except AssertionError as error:
        shown = AutoFormattedTB(mode="Context", theme_name=InteractiveShell.colors.default_value)
        shown.structured_traceback(type(error), error, error.__traceback__)
