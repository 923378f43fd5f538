"""Feedback that never shows hidden tests: an nbgrader feedback preprocessor, and feedback runs."""

from __future__ import annotations

from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool
from traitlets.config import Config

from autograder.course import Course
from autograder.nbgrader_steps import run_step
from autograder.notebooks import HIDDEN_REGION, nbgrader_meta
from autograder.settings import load_config, step_config


class HideHiddenTests(Preprocessor):
    """Strip hidden-test regions from test cells and tracebacks from their error outputs.

    nbgrader's feedback shows the autograded notebook, where hidden tests are restored.
    The student keeps the visible tests, the error name and its message.
    """

    enabled = Bool(True, help="Hide hidden tests in feedback (on by default).").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        """Hide the hidden part of one test cell."""
        meta = nbgrader_meta(cell)
        if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
            return cell, resources
        if HIDDEN_REGION.search(cell.source):
            cell.source = HIDDEN_REGION.sub("# (hidden tests ran here)\n", cell.source)
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename')}: {output.get('evalue')}"]
        return cell, resources


def write_feedback(course: Course, assignment: str, student: str = "*", config: Config | None = None) -> Path:
    """Run nbgrader's generate_feedback for ``student`` (default: every graded one); return the folder.

    Feedback comes from the gradebook, so it shows manual grades and comments given in the
    formgrader; run it again (``mcc feedback``) after grading by hand.
    """
    config = config or load_config(course)
    run_step("generate_feedback", step_config(config, course), assignment, student)
    return course.workspace / "feedback"
