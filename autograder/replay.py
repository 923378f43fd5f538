"""nbgrader's autograde in two halves: execution in a worker, gradebook writes in the writer.

A worker runs autograde's sanitizing pass and its steps up to the first one that writes to
the gradebook (``Execute`` with a forked kernel, ``IgnorePattern``, the output cap), in a
private folder. The one writer then runs nbgrader's ``Autograde`` converter again in the real
workspace: ``UseExecuted`` stands in for the sanitizing pass with the worker's notebook, and
the remaining steps (``SaveAutoGrades``, ``AssignLatePenalties`` with the course's late plugin,
``CheckCellMetadata``) write to the real gradebook, with its due dates, extensions and manual
grades, exactly as ``nbgrader autograde`` does.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader.preprocessors import AssignLatePenalties, Execute, NbGraderPreprocessor, SaveAutoGrades
from traitlets import Unicode
from traitlets.utils.importstring import import_item

from autograder.errors import ConfigurationError

GRADEBOOK_STEPS = (SaveAutoGrades, AssignLatePenalties)


class UseExecuted(NbGraderPreprocessor):
    """Replace the notebook with the one a worker executed, read from ``folder``."""

    folder = Unicode("", help="The folder holding each executed notebook by name.").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> tuple[NotebookNode, ResourcesDict]:
        """The executed notebook of the same name, in place of ``nb``."""
        path = Path(self.folder) / f"{resources['nbgrader']['notebook']}.ipynb"
        return nbformat.read(path, as_version=nbformat.NO_CONVERT), resources


def executed_half(steps: list) -> list[type]:
    """The steps a worker runs: up to the first gradebook write, executing with a forked kernel."""
    from autograder.kernels import ForkExecute

    classes = _classes(steps)
    return [ForkExecute if step is Execute else step for step in classes[: _split(classes)]]


def recorded_half(steps: list) -> tuple[list[type], list[type]]:
    """The writer's (sanitize, autograde) steps: the worker's notebook, then the gradebook writes."""
    classes = _classes(steps)
    return [UseExecuted], classes[_split(classes):]


def _classes(steps: list) -> list[type]:
    return [import_item(step) if isinstance(step, str) else step for step in steps]


def _split(classes: list[type]) -> int:
    """Where the gradebook writes begin; the execution must come before them."""
    writes = [i for i, step in enumerate(classes) if issubclass(step, GRADEBOOK_STEPS)]
    first = writes[0] if writes else len(classes)
    if Execute not in classes[:first]:
        raise ConfigurationError(
            "Autograde.autograde_preprocessors must run nbgrader's Execute before SaveAutoGrades "
            "for mcc to grade in parallel; the configured list is "
            + ", ".join(step.__name__ for step in classes))
    return first
