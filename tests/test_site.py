"""The static course site: a page for every module, an index that tells the truth, no dead links."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from autograder import notebooks
from autograder.course import Course
from autograder.site import build_site, module_info, objectives
from conftest import ASSIGNMENTS, REPO


class _Links(HTMLParser):
    """Every href and src of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.targets += [value for name, value in attrs if name in {"href", "src"} and value]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("site")
    return out, build_site(Course.at(REPO), out)


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_every_module_has_a_page(site) -> None:
    out, pages = site
    assert pages == [out / "index.html"] + [out / f"{a}.html" for a in ASSIGNMENTS]
    assert all(page.is_file() and page.stat().st_size > 0 for page in pages)


def test_every_local_link_and_image_exists(site) -> None:
    out, pages = site
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        local = [t for t in parser.targets if not re.match(r"^(https?:|mailto:|data:|#)", t)]
        missing = [t for t in local if not (out / t.split("#")[0]).exists()]
        assert missing == [], f"{page.name} links to missing files: {missing}"
    index = (out / "index.html").read_text(encoding="utf-8")
    for assignment in ASSIGNMENTS:
        assert f'href="{assignment}.html"' in index
        assert f'href="{assignment}/{assignment}.ipynb"' in index


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_index_row_shows_title_points_time_and_objectives(site, assignment: str) -> None:
    out, _ = site
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment, "release"))
    info = module_info(assignment, nb)
    assert info.auto_points == sum(notebooks.points(nb).values()) > 0
    assert info.time, f"{assignment}: the header cell states no **Time:**"
    assert info.objectives, f"{assignment}: the header cell lists no learning objectives"
    index = _text((out / "index.html").read_text(encoding="utf-8"))
    row = re.search(rf"^{re.escape(assignment.split('-')[0])}{re.escape(info.title)}(.*)$", index, re.M)
    assert row, f"no index row for {info.title}"
    assert f"{info.auto_points + info.manual_points:g}" in row[1] and info.time in row[1]
    stated = re.search(r"\*\*Points:\*\*\s*([\d.]+)", nb.cells[0].source)
    if stated:  # the header's own claim must match what nbgrader awards
        assert float(stated[1]) in {info.auto_points, info.auto_points + info.manual_points}
    for objective in info.objectives:
        assert _text(objective.replace("*", "").replace("`", ""))[:40] in index


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_module_page_runs_the_lessons_and_shows_exercises_as_students_see_them(site, assignment) -> None:
    out, _ = site
    page = (out / f"{assignment}.html").read_text(encoding="utf-8")
    shown = _text(page)
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment, "release"))
    assert "raise NotImplementedError()" in shown  # the stubs, as the student sees them
    assert "Traceback" not in shown  # no stub errors and no failing teaching cell
    assert 'class="jp-OutputArea-child' in page  # the worked examples ran
    for cell in notebooks.test_cells(nb).values():
        first = next(line for line in cell.source.splitlines() if line.strip())
        assert html.escape(first, quote=False) in page or first in shown
    source = notebooks.read(Course.at(REPO).notebook_path(assignment))
    leaked = notebooks.secret_lines(source) & {line.strip() for line in shown.splitlines()}
    assert sorted(leaked) == [], "solution or hidden-test lines on the public page"


def test_objectives_are_read_from_a_numbered_list_with_wrapped_lines() -> None:
    header = ("# Module 9: X\n\n**Learning objectives.** You can:\n\n1. Look up a code\n   in the book.\n"
              "2. Explain *why*.\n\n**Time:** about 1 hour.")
    assert objectives(header) == ["Look up a code in the book.", "Explain *why*."]
    assert objectives("# Module 9: X\n\nNo list here.") == []
