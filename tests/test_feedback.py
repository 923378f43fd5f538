"""The feedback exporter renders each piece once per process and still makes nbconvert's page."""

from __future__ import annotations

import copy

import pytest
from nbconvert.exporters import HTMLExporter
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from autograder import feedback, notebooks
from autograder.feedback import FeedbackExporter
from conftest import REPO

PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
       "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def page(exporter_class: type[HTMLExporter], nb: notebooks.NotebookNode) -> str:
    """The HTML page of a copy of ``nb`` (exporters may change what they are given)."""
    return exporter_class().from_notebook_node(copy.deepcopy(nb))[0]


@pytest.mark.parametrize("module", ["01-what-is-medical-coding", "07-claims-and-reimbursement"])
def test_a_page_from_kept_pieces_is_nbconverts_page(module: str) -> None:
    nb = notebooks.read(REPO / "source" / module / f"{module}.ipynb")
    feedback._RENDERED.clear()
    first = page(FeedbackExporter, nb)
    kept = len(feedback._RENDERED)
    assert kept >= len(nb.cells) // 2, "each markdown and code cell is kept"
    again = page(FeedbackExporter, nb)
    assert len(feedback._RENDERED) == kept, "the second page is made of the pieces kept from the first"
    assert first == again == page(HTMLExporter, nb)


def test_the_same_markdown_with_other_attachments_is_rendered_again() -> None:
    cells = [new_markdown_cell("![chart](attachment:chart.png)",
                               attachments={"chart.png": {"image/png": png}}) for png in PNG]
    nb = new_notebook(cells=cells)
    mine = page(FeedbackExporter, nb)
    assert all(png in mine for png in PNG)
    assert mine == page(HTMLExporter, nb)


def test_outputs_of_every_kind_render_as_nbconvert_renders_them() -> None:
    table = ('<table border="1" class="dataframe"><thead><tr><th>code</th><th>count</th></tr>'
             '</thead><tbody><tr><td>I10</td><td>7</td></tr></tbody></table>')
    outputs = [
        new_output("stream", name="stdout", text="Visible checks passed.\n"),
        new_output("execute_result", data={"text/html": table, "text/plain": "code count"},
                   execution_count=3),
        new_output("display_data", data={"image/png": PNG[0], "text/plain": "<Figure>"}),
        new_output("error", ename="AssertionError", evalue="Use the billable column.",
                   traceback=["\x1b[0;31mAssertionError\x1b[0m: Use the billable column."]),
    ]
    cells = [new_code_cell("counts = table.value_counts()\ncounts", outputs=outputs, execution_count=3),
             new_code_cell("counts = table.value_counts()\ncounts", outputs=outputs[1:2], execution_count=4),
             new_markdown_cell(f"A table in the text:\n\n{table}")]
    language = {"name": "python", "pygments_lexer": "ipython3"}
    nb = new_notebook(cells=cells, metadata={"language_info": language})
    stock = page(HTMLExporter, nb)
    assert page(FeedbackExporter, nb) == page(FeedbackExporter, nb) == stock
    assert "Use the billable column." in stock and PNG[0] in stock


def test_students_pages_share_pieces_across_run_times_and_folders() -> None:
    # Every student's executed cells carry their own run times (nbclient's ``execution``
    # metadata), and every page its own folder; neither changes what nbconvert renders.
    source = notebooks.read(REPO / "source" / "01-what-is-medical-coding" / "01-what-is-medical-coding.ipynb")
    pages = []
    for student, when in (("ada", "2026-09-14T10:00:00Z"), ("ben", "2026-09-14T11:30:00Z")):
        nb = copy.deepcopy(source)
        for cell in nb.cells:
            cell.metadata["execution"] = {"iopub.execute_input": when, "shell.execute_reply": when}
        resources = {"metadata": {"path": f"/srv/autograded/{student}/01"}}
        kept = len(feedback._RENDERED)
        mine = FeedbackExporter().from_notebook_node(copy.deepcopy(nb), copy.deepcopy(resources))[0]
        assert mine == HTMLExporter().from_notebook_node(copy.deepcopy(nb), copy.deepcopy(resources))[0]
        pages.append((mine, len(feedback._RENDERED) - kept))
    assert pages[1][1] == 0, "the second student's page is made of the first one's pieces"


def test_a_cell_in_another_magics_language_is_highlighted_again() -> None:
    cells = [new_code_cell("%%bash\necho I10", metadata=meta) for meta in ({}, {"magics_language": "bash"})]
    language = {"name": "python", "pygments_lexer": "ipython3"}
    nb = new_notebook(cells=cells, metadata={"language_info": language})
    mine = page(FeedbackExporter, nb)
    assert mine == page(HTMLExporter, nb)
    assert mine.count("hl-ipython3") == 2 and 'class="nb">echo' in mine, "the bash cell is lexed as bash"
