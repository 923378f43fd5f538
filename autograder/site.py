"""The static course site: every module's student notebook as an HTML page, and an index.

Each page is the release notebook (what a student opens) with its explanations and worked
examples executed, and its exercises exactly as the student sees them: the answer cells with
their ``raise NotImplementedError()`` stub and the visible test cells, not run. Running those
would only print the stub's traceback and a failed check under every exercise, which reads as
a broken page; teaching cells never depend on answers (the module tests check that), so they
run the same either way. A teaching cell that fails stops the build.

The index lists every module with its title, points (from the nbgrader metadata, so it always
equals what the grader awards), time estimate and learning objectives (from the header cell).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from nbclient import NotebookClient
from nbconvert import HTMLExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbformat import NotebookNode
from traitlets.config import Config

from autograder import notebooks
from autograder.course import Course
from autograder.errors import CourseError
from autograder.forkserver import DEFAULT_PRELOAD, Limits
from autograder.kernels import ForkKernelManager, ForkServer
from autograder.settings import CELL_TIMEOUT_S

SITE_KERNELS = os.cpu_count() or 1
"""Modules executed at once while the site is built: one kernel per core."""
SITE_LIMITS = Limits(isolate=False)
"""The limits of grading's kernels, without its isolation: the teaching cells are the course's own."""
SKIP_TAG = "skip-execution"  # nbclient's default tag for cells it leaves alone
_TIME = re.compile(r"\*\*Time:\*\*\s*(.+?)\.(?:\s|$)")
_OBJECTIVES = re.compile(r"learning objectives", re.I)
_LIST_ITEM = re.compile(r"^\d+\.\s")
_BODY = re.compile(r"<body[^>]*>")


@dataclass(frozen=True)
class ModuleInfo:
    """What the index says about one module, read from its release notebook."""

    assignment: str
    title: str
    auto_points: float
    manual_points: float
    time: str
    objectives: list[str]  # markdown, one item each

    @property
    def page(self) -> str:
        """The module page's file name in the site."""
        return f"{self.assignment}.html"

    @property
    def download(self) -> str:
        """The student notebook's path in the site."""
        return f"{self.assignment}/{self.assignment}.ipynb"


def module_info(assignment: str, nb: NotebookNode) -> ModuleInfo:
    """Title, points, time and objectives of a module; the header is its first markdown cell."""
    header = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    title = next((line[2:].strip() for line in header.splitlines() if line.startswith("# ")), assignment)
    time = _TIME.search(header)
    auto = manual = 0.0
    for cell in nb.cells:
        meta = notebooks.nbgrader_meta(cell)
        if meta.get("grade") or meta.get("task"):
            if meta.get("solution") or meta.get("task"):
                manual += float(meta.get("points", 0))
            else:
                auto += float(meta.get("points", 0))
    return ModuleInfo(assignment, title, auto, manual, time[1] if time else "", objectives(header))


def objectives(header: str) -> list[str]:
    """The numbered list that follows "Learning objectives" in a header, one markdown item each."""
    lines = header.splitlines()
    start = next((i for i, line in enumerate(lines) if _OBJECTIVES.search(line)), None)
    items: list[str] = []
    if start is None:
        return items
    for line in lines[start + 1:]:
        if _LIST_ITEM.match(line):
            items.append(_LIST_ITEM.sub("", line).strip())
        elif items and line.startswith((" ", "\t")) and line.strip():
            items[-1] += " " + line.strip()
        elif items and not line.strip():
            continue
        elif items:
            break
    return items


def executed(course: Course, assignment: str, server: ForkServer) -> NotebookNode:
    """The release notebook with its teaching cells run in a scratch copy of its folder.

    Its kernel is forked by ``server``, warm with the imports and tables every module uses.
    """
    folder = course.release / assignment
    if not course.notebook_path(assignment, "release").is_file():
        raise CourseError(f"No student notebook for {assignment} in {course.release}: run `mcc release`.")
    with tempfile.TemporaryDirectory(prefix="mcc-site-") as scratch:
        work = Path(scratch) / assignment
        shutil.copytree(folder, work)
        nb = notebooks.read(work / f"{assignment}.ipynb")
        exercises = [c for c in nb.cells if notebooks.nbgrader_meta(c).get("solution")
                     or notebooks.nbgrader_meta(c).get("grade")]
        for cell in exercises:
            cell.metadata.setdefault("tags", []).append(SKIP_TAG)
        config = Config()  # a forked kernel's manager gives it IPC sockets of its own
        config.ForkKernelManager.socket_path = server.socket_path
        NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name="python3", config=config,
                       kernel_manager_class=ForkKernelManager,
                       resources={"metadata": {"path": str(work)}}).execute()
        for cell in exercises:
            cell.metadata.tags.remove(SKIP_TAG)
    return nb


def render_module(info: ModuleInfo, nb: NotebookNode, before: ModuleInfo | None,
                  after: ModuleInfo | None) -> str:
    """The HTML page of one executed module, with a navigation bar at the top."""
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": info.title}})
    body = _MODULE_LINK.sub(r'href="\1.html\2"', body)  # another module's notebook: its page here
    links = ['<a href="index.html">All modules</a>']
    if before:
        links.append(f'<a href="{before.page}">&larr; {html.escape(before.title)}</a>')
    if after:
        links.append(f'<a href="{after.page}">{html.escape(after.title)} &rarr;</a>')
    links.append(f'<a href="{info.download}" download>Download the notebook</a>')
    nav = f'<nav class="mcc-nav" style="{_NAV_STYLE}">' + " &middot; ".join(links) + "</nav>"
    opening = _BODY.search(body)
    return body[: opening.end()] + nav + body[opening.end():]


_MODULE_LINK = re.compile(r'href="\.\./([\w.-]+)/\1\.ipynb(#[^"]*)?"')
"""A link from one module's notebook to another's, as it works in JupyterLab (``../M/M.ipynb``)."""
_NAV_STYLE = "padding:0.6em 1em;border-bottom:1px solid #ccc;font-family:sans-serif;background:#f6f8fa"


def _points(info: ModuleInfo) -> str:
    auto = f"{info.auto_points:g}"
    if not info.manual_points:
        return auto
    total = info.auto_points + info.manual_points
    return f"{total:g} ({auto} auto-graded, {info.manual_points:g} by your instructor)"


def render_index(modules: list[ModuleInfo]) -> str:
    """The index page: the module table, then each module's learning objectives."""
    rows = "\n".join(
        f'<tr><td>{html.escape(m.assignment.split("-")[0])}</td>'
        f'<td><a href="{m.page}">{html.escape(m.title)}</a></td><td>{_points(m)}</td>'
        f'<td>{html.escape(m.time)}</td><td><a href="{m.download}" download>.ipynb</a></td></tr>'
        for m in modules
    )
    sections = "\n".join(
        f'<section id="{m.assignment}"><h3><a href="{m.page}">{html.escape(m.title)}</a></h3>'
        f"<p>By the end of this module you can:</p>"
        f"{markdown2html_mistune(''.join(f'{i}. {o}' + chr(10) for i, o in enumerate(m.objectives, 1)))}"
        "</section>"
        for m in modules
    )
    return _INDEX.format(rows=rows, sections=sections)


_INDEX = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Medical Coding as a Career</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #1b1f23; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.4em 0.6em; text-align: left; vertical-align: top; }}
code {{ background: #f3f3f3; padding: 0 0.2em; }}
</style></head>
<body>
<h1>Medical Coding as a Career</h1>
<p>An open, auto-graded Jupyter course. Each module below is one notebook: read it here, then
download it (or open it on Binder, see the course README) to run it and do the exercises.
Auto-graded exercises are checked by nbgrader; the visible checks under each exercise give
immediate feedback, and hidden tests grade the answer completely.</p>
<h2>Modules</h2>
<table>
<thead><tr><th>#</th><th>Module</th><th>Points</th><th>Time</th><th>Notebook</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Learning objectives</h2>
{sections}
</body></html>
"""


def build_site(course: Course, out: Path) -> list[Path]:
    """Write the course site into ``out``: ``index.html``, one page per module and the notebooks.

    Returns the pages written, the index first.
    """
    out.mkdir(parents=True, exist_ok=True)
    assignments = course.assignments()
    server = ForkServer(DEFAULT_PRELOAD, SITE_LIMITS)
    try:
        with ThreadPoolExecutor(max_workers=SITE_KERNELS) as kernels:  # each thread waits on its own kernel
            done = kernels.map(lambda a: executed(course, a, server), assignments)
            executed_nbs = dict(zip(assignments, done, strict=True))
    finally:
        server.close()
    modules = [module_info(a, nb) for a, nb in executed_nbs.items()]
    pages = [out / "index.html"]
    pages[0].write_text(render_index(modules), encoding="utf-8")
    for index, info in enumerate(modules):
        before = modules[index - 1] if index else None
        after = modules[index + 1] if index + 1 < len(modules) else None
        page = out / info.page
        page.write_text(render_module(info, executed_nbs[info.assignment], before, after), encoding="utf-8")
        downloads = out / info.assignment
        if downloads.exists():
            shutil.rmtree(downloads)
        shutil.copytree(course.release / info.assignment, downloads,
                        ignore=shutil.ignore_patterns(".*", "__pycache__"))
        pages.append(page)
    return pages
