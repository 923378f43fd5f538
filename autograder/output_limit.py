"""A cap on how much output one cell keeps: nbgrader's line limit plus a character limit.

nbgrader's ``LimitOutput`` keeps 1000 lines of a cell's printed output, but one long line (a
100 MB ``print``) passes whole into the graded notebook, the gradebook's copy and the feedback.
``OutputLimit`` also cuts each output's text to ``max_chars`` characters.
"""

from __future__ import annotations

from nbformat import NotebookNode
from nbgrader.preprocessors import LimitOutput
from traitlets import Integer

TRUNCATED = "\n... output truncated by the grader ({0:,} of {1:,} characters kept) ...\n"


class OutputLimit(LimitOutput):
    """nbgrader's ``LimitOutput``, and at most ``max_chars`` characters of text per output."""

    max_chars = Integer(100_000, help="characters of text kept per output (-1: no limit)").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, cell_index: int):
        """Cut each long output of one cell, then apply nbgrader's line limits."""
        if cell.cell_type == "code" and self.max_chars >= 0:
            for output in cell.outputs:
                if "text" in output:
                    output.text = self.cut(output.text)
                for kind, value in output.get("data", {}).items():
                    if isinstance(value, str):
                        output.data[kind] = self.cut(value)
        return super().preprocess_cell(cell, resources, cell_index)

    def cut(self, text: str) -> str:
        """``text``, or its first ``max_chars`` characters and a note if it is longer."""
        if len(text) <= self.max_chars:
            return text
        return text[: self.max_chars] + TRUNCATED.format(self.max_chars, len(text))
