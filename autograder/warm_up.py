"""What a kernel fork server does once, so that each kernel's first figure starts warm."""

from __future__ import annotations

import io


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
