"""nbconvert's last pass over a page, done cell by cell, leaves the page nbconvert's, byte for byte."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import nbgrader
import pytest
from nbconvert.exporters import HTMLExporter
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from traitlets.config import Config

from autograder import page_pass
from autograder.feedback import FeedbackExporter
from autograder.page_pass import after_pass

FORMGRADER = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

TRICKY = [
    "<div>an HTML output left open",
    "a stray </div> closing what holds the cell",
    "</main></body> closing the page early",
    "<script>var x = '</div>'; // a script left open",
    "<script>document.write('<div>')</script> a closed script",
    "<!-- a comment left open",
    "<!-- a closed comment --> after it",
    "<br> a line break, and later an end tag that has none:",
    "  \n  </br>  \n  ",
    "<pre>   \n   kept   \n   </pre>",
    '<div class="cell border-box-sizing">looks like a cell start</div>',
    '<div class="jp-Cell">looks like a lab cell start',
    "<mcc-cell-end></mcc-cell-end> the marker itself",
    "<MCC-Cell-End></MCC-Cell-End> the marker in capitals",
    f'<img src="data:image/png;base64,{PNG}"> an image without alt text',
    '<img alt="" src="x.png"> an image with an empty alt',
    "&amp; &lt;tag&gt; &nbsp; &#x41; character references &amp",
    "<p>a paragraph <p>and another, never closed",
    '<table><tr><td>I10</td></tr></table>',
    "<textarea>  \n  </textarea>",
    "</textarea></pre> end tags of nothing",
    "<div/> <span/> self-closed",
    '<a href="#x" title="a &quot;quoted&quot; title">link</a>',
    "   \n\n   ",
    "",
]


def feedback_config() -> Config:
    """The HTML exporter set up as nbgrader's ``generate_feedback`` sets it up."""
    c = Config()
    c.HTMLExporter.template_name = "feedback"
    c.HTMLExporter.extra_template_basedirs = [str(FORMGRADER / "templates")]
    c.HTMLExporter.extra_template_paths = [str(FORMGRADER / "static" / "node_modules" / "bootstrap" / "dist"
                                                / "css")]
    return c


def notebook(texts: list[str]) -> object:
    """A graded-looking notebook whose markdown and HTML outputs hold ``texts``."""
    cells = []
    for i, text in enumerate(texts):
        meta = {"nbgrader": {"grade": True, "solution": False, "grade_id": f"test_{i}", "points": 1,
                             "score": 1, "locked": True}}
        cells.append(new_markdown_cell(f"Exercise {i}: {text}"))
        cells.append(new_code_cell(f"checks.example({i})", metadata=meta, execution_count=i + 1, outputs=[
            new_output("display_data", data={"text/html": text, "text/plain": "shown"}),
            new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
        ]))
    language = {"name": "python", "pygments_lexer": "ipython3"}
    return new_notebook(cells=cells, metadata={"language_info": language})


def pages(nb: object, config: Config | None = None) -> tuple[str, str]:
    """The page from the course's exporter and from nbconvert's, for the same notebook."""
    resources = {"nbgrader": {"notebook": "04", "score": 3, "max_score": 4, "late_penalty": 0}}
    config = config or Config()
    made = [exporter(config=config).from_notebook_node(copy.deepcopy(nb), copy.deepcopy(resources))
            for exporter in (FeedbackExporter, HTMLExporter)]
    return made[0][0], made[1][0]


@pytest.mark.parametrize("template", ["lab", "feedback"])
@pytest.mark.parametrize("text", TRICKY)
def test_a_page_with_a_tricky_cell_is_nbconverts_page(template: str, text: str) -> None:
    config = feedback_config() if template == "feedback" else None
    mine, stock = pages(notebook(["<b>plain</b>", text, "<i>after it</i>"]), config)
    assert mine == stock


@pytest.mark.parametrize("template", ["lab", "feedback"])
def test_an_ordinary_page_is_done_cell_by_cell(template: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def whole(page: str) -> tuple[str, int]:
        raise AssertionError("the page was parsed whole")

    config = feedback_config() if template == "feedback" else None
    nb = notebook(["<b>I10</b>", "<table><tr><td>E11.9</td></tr></table>", "plain text"])
    stock = pages(nb, config)[1]
    monkeypatch.setattr(page_pass, "_whole", whole)
    page_pass._CELLS.results.clear()
    assert pages(nb, config)[0] == stock
    assert len(page_pass._CELLS.results) >= 5, "each cell but the last is kept"


HEAD = ('<!DOCTYPE html>\n<html>\n<head><style>div > p { color: red; }</style></head>\n'
        '<body class="jp-Notebook">\n<main>\n')
CELL = ('<div class="jp-Cell jp-CodeCell jp-Notebook-cell">\n<div class="jp-Cell-inputWrapper">\n{}\n'
        '</div>\n<div class="jp-OutputArea-output">{}</div>\n</div>\n')


def page_of(cells: list[tuple[str, str]]) -> str:
    """A page as nbconvert's lab template renders it, before its last pass: input and output of each cell."""
    return HEAD + "".join(CELL.format(*cell) for cell in cells) + "</main>\n</body>\n</html>\n"


def test_images_without_alt_text_are_counted_as_nbconvert_counts_them() -> None:
    image = f'<img src="data:image/png;base64,{PNG}">'
    page = page_of([("a", image), ("b", f'<img alt="chart" src="x.png"> {image}'), ("c", image)])
    assert after_pass(page) == page_pass._whole(page)
    assert after_pass(page)[1] == 3 and after_pass(page)[0].count(page_pass.NO_ALT) == 3


def test_random_pages_of_tricky_cells_match_the_whole_page_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = page_pass._whole
    fallbacks = []
    monkeypatch.setattr(page_pass, "_whole", lambda page: fallbacks.append(page) or whole(page))
    draw = random.Random(20261207)
    for _ in range(300):
        cells = [(draw.choice(TRICKY), draw.choice(TRICKY[-8:])) for _ in range(draw.randint(2, 12))]
        page = page_of(cells)
        assert after_pass(page) == whole(page), page
    assert 30 <= len(fallbacks) <= 270, "both ways were tried"


def test_kept_cells_start_again_past_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_pass, "KEPT_CHARS", 2_000)
    page_pass._CELLS.results.clear()
    for i in range(40):
        page = page_of([(f"cell {i}", f"<b>{i}</b>"), ("shared", "<i>same for everyone</i>"), ("last", "")])
        assert after_pass(page) == page_pass._whole(page)
    assert 0 < len(page_pass._CELLS.results) < 40


@pytest.mark.parametrize("marker", ["<mcc-cell-end></mcc-cell-end>", "<MCC-Cell-End></MCC-Cell-End>",
                                    "<script>var end = '<mcc-cell-end></mcc-cell-end>';</script>"])
def test_the_end_marker_in_a_page_in_any_case_is_left_alone(marker: str) -> None:
    for cells in ([("a", "b"), ("c", marker)], [(marker, "b"), ("c", "d"), ("e", "f")]):
        page = page_of(cells)
        assert after_pass(page) == page_pass._whole(page)
