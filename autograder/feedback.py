"""Feedback that never shows hidden tests, rendered by nbconvert's HTML exporter, and feedback runs."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment, pass_context
from jinja2.bccache import Bucket
from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters import clean_html
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool
from traitlets.config import Config

from autograder.course import Course
from autograder.nbgrader_steps import run_step
from autograder.notebooks import HIDDEN_REGION, nbgrader_meta
from autograder.page_pass import after_pass
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


TABLE_CSS = """.rendered_html table { border-collapse: collapse; margin: 0.5em 0; }
.rendered_html th, .rendered_html td { padding: 0.3em 0.7em; border: 1px solid #ccc; text-align: left; }"""
"""Room around table cells: the feedback page's Bootstrap style leaves them touching."""


class PadTables(Preprocessor):
    """Add ``TABLE_CSS`` to the page's inline styles (after ``CSSHTMLHeaderPreprocessor`` sets them)."""

    enabled = Bool(True, help="Pad the cells of tables in feedback (on by default).").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        """Append the table style; the notebook itself is unchanged."""
        resources.setdefault("inlining", {}).setdefault("css", []).append(TABLE_CSS)
        return nb, resources


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates kept in memory, by template and source checksum."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Give ``bucket`` the code compiled before from the same source, if any."""
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep ``bucket``'s freshly compiled code."""
        self._code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = CompiledTemplates()


_RENDERED: dict[tuple, str] = {}
RENDERED_KEPT = 8_000
"""How many rendered pieces (a markdown cell, a highlighted code cell, a sanitized HTML text) a
process keeps: all those of every module's pages, a few KB each; past that it starts again."""


def _kept(key: tuple, render: Callable[[], str]) -> str:
    """``render()``, or what it gave before for the same ``key`` in this process."""
    if key not in _RENDERED:
        if len(_RENDERED) >= RENDERED_KEPT:
            _RENDERED.clear()
        _RENDERED[key] = render()
    return _RENDERED[key]


def _text(value: Any) -> str:
    """``value`` (metadata, settings) as text, for a key."""
    return json.dumps(value, sort_keys=True, default=str)


class KeptHighlight(Highlight2HTML):
    """nbconvert's code highlighting, done once per process for each cell source and language."""

    def __call__(self, source: str, language: str | None = None, metadata: Any = None) -> str:
        """The highlighted HTML of ``source``, as ``Highlight2HTML`` makes it."""
        magics = {k: v for k, v in (metadata or {}).items() if k == "magics_language"}  # all nbconvert reads
        key = ("code", source, language or self.pygments_lexer, _text(magics),
               _text(self.extra_formatter_options))
        return _kept(key, lambda: super(KeptHighlight, self).__call__(source, language, metadata))


def kept_clean_html(element: Any) -> str:
    """nbconvert's ``clean_html`` (bleach's sanitizer), done once per process for each HTML text."""
    text = element.decode() if isinstance(element, bytes) else str(element)
    return _kept(("clean", text), lambda: clean_html(text))


class FeedbackExporter(HTMLExporter):
    """nbconvert's HTML exporter with its templates compiled once per process, not per page, and
    each markdown cell, code cell and HTML output rendered and sanitized once per process, not
    per student.

    nbgrader makes a new exporter, and so compiles the feedback template again, for every
    student; the instructions and the test cells are the same in every student's page. The
    pages are the same either way.
    """

    def _create_environment(self) -> Environment:
        environment = super()._create_environment()
        environment.bytecode_cache = _COMPILED
        return environment

    def from_notebook_node(self, nb: NotebookNode, resources: dict | None = None,
                           **kw: Any) -> tuple[str, dict]:
        """nbconvert's page (``HTMLExporter.from_notebook_node``, step by step), with the code
        highlighter that keeps what it rendered and the last pass done cell by cell."""
        language = nb.metadata.get("language_info", {})
        lexer = language.get("pygments_lexer", language.get("name", None))
        highlight_code = self.filters.get("highlight_code", KeptHighlight(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self,
                                                 resources=resources)
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        rendered, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        page, missing_alt = after_pass(rendered)
        if missing_alt:
            self.log.warning("Alternative text is missing on %s image(s).", missing_alt)
        return page, resources

    def default_filters(self) -> Iterator[tuple[str, Any]]:
        """nbconvert's filters, with ``clean_html`` keeping what it cleaned."""
        for name, function in super().default_filters():
            yield name, kept_clean_html if name == "clean_html" else function

    @pass_context
    def markdown2html(self, context: Any, source: str) -> str:
        """nbconvert's markdown filter; kept per source unless images are read from files (the
        notebook's folder, which differs for every student, is read only then)."""
        render = super().markdown2html
        if self.embed_images:
            return render(context, source)
        cell = context.get("cell", {})
        key = ("markdown", source, _text(cell.get("attachments", {})), self.anchor_link_text,
               self.exclude_anchor_links, _text(self.lexer_options))
        return _kept(key, lambda: render(context, source))


def write_feedback(course: Course, assignment: str, student: str = "*", config: Config | None = None) -> Path:
    """Run nbgrader's generate_feedback for ``student`` (default: every graded one); return the folder.

    Feedback comes from the gradebook, so it shows manual grades and comments given in the
    formgrader; run it again (``mcc feedback``) after grading by hand.
    """
    config = config or load_config(course)
    run_step("generate_feedback", step_config(config, course), assignment, student)
    return course.workspace / "feedback"
