"""nbconvert's last pass over an HTML page, done cell by cell, each cell's result kept.

nbconvert's ``HTMLExporter`` parses the whole rendered page with BeautifulSoup, gives images
without one an alt text and inputs and outputs a tabindex, and writes the page out again: about a
quarter of a second for a module's feedback page. In a class, most cells of a page (the
instructions, the tests) are the same for every student. Here the page is cut before each cell;
each cell is parsed alone, inside copies of the elements that hold it, and its result is kept by
its text. A cell is used only if it closes all it opens and nothing else, and ends outside any tag,
comment or script; otherwise the whole page is parsed, as nbconvert does. Either way the page is
nbconvert's, byte for byte.
"""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Tag
from bs4.builder import HTMLTreeBuilder

CELL_START = re.compile(r'<div\b[^<>]*\bclass="(?:jp-Cell|cell)[\s"]')
"""Where a cell starts in nbconvert's lab and classic templates (nbgrader's feedback is classic)."""
END_NAME = "mcc-cell-end"
END = f"<{END_NAME}></{END_NAME}>"
_MARKED = re.compile(END_NAME, re.IGNORECASE)
"""The end marker already in a page, as a tag or in a script's text, could be taken for this one's: such
a page is parsed whole."""
_VOIDS = "|".join(sorted(HTMLTreeBuilder.DEFAULT_EMPTY_ELEMENT_TAGS))
_VOID_END = re.compile(rf"</\s*(?:{_VOIDS})\b", re.IGNORECASE)
"""An end tag of an element that has none: BeautifulSoup's parser skips it or not depending on
what came before it anywhere in the page, so a page with one is parsed whole."""
NO_ALT = "No description has been provided for this image"

KEPT_CHARS = 40_000_000
"""How much cell text a process keeps, with what it became (about 80 MB); past that it starts again."""


class KeptCells:
    """Each cell's result, by its holders and its text."""

    def __init__(self) -> None:
        self.results: dict[tuple[str, str], tuple[str, int] | None] = {}
        self.chars = 0

    def get(self, opening: str, depth: int, cell: str) -> tuple[str, int] | None:
        """The cell after the pass, parsed now or kept; None if it must be parsed with its page."""
        key = (opening, cell)
        if key not in self.results:
            if self.chars > KEPT_CHARS:
                self.results.clear()
                self.chars = 0
            self.results[key] = result = _parse_cell(opening, depth, cell)
            self.chars += 2 * len(cell) if result else len(cell)
        return self.results[key]


_CELLS = KeptCells()


def after_pass(page: str) -> tuple[str, int]:
    """``page`` as nbconvert's BeautifulSoup pass leaves it, and how many images had no alt text."""
    starts = [match.start() for match in CELL_START.finditer(page)]
    if len(starts) < 2 or _MARKED.search(page) or _VOID_END.search(page):
        return _whole(page)
    frame = BeautifulSoup(page[:starts[0]] + END + page[starts[-1]:], features="html.parser")
    ends = frame.find_all(END_NAME)
    if len(ends) != 1:
        return _whole(page)
    holders = [tag for tag in reversed(list(ends[0].parents)) if tag is not frame]
    opening = "".join(_opening(tag) for tag in holders)
    cells = [page[start:end] for start, end in zip(starts, starts[1:], strict=False)]
    done = [_CELLS.get(opening, len(holders), cell) for cell in cells]
    if None in done:
        return _whole(page)
    missing = _mark(frame) + sum(count for _, count in done)
    return str(frame).replace(END, "".join(text for text, _ in done)), missing


def _whole(page: str) -> tuple[str, int]:
    """nbconvert's pass on the whole page."""
    soup = BeautifulSoup(page, features="html.parser")
    missing = _mark(soup)
    return str(soup), missing


def _mark(soup: BeautifulSoup) -> int:
    """What nbconvert's ``HTMLExporter.from_notebook_node`` changes; the images it gave alt text."""
    missing = 0
    for elem in soup.select("img:not([alt])"):
        elem.attrs["alt"] = NO_ALT
        missing += 1
    for elem in soup.select(".jp-Notebook div.jp-Cell-inputWrapper"):
        elem.attrs["tabindex"] = "0"
    for elem in soup.select(".jp-Notebook div.jp-OutputArea-output"):
        elem.attrs["tabindex"] = "0"
    return missing


def _opening(tag: Tag) -> str:
    """``tag``'s start tag, with its attributes: what the page's selectors look at in a holder."""
    attrs = "".join(f' {name}="{html.escape(" ".join(value) if isinstance(value, list) else value)}"'
                    for name, value in tag.attrs.items())
    return f"<{tag.name}{attrs}>"


def _parse_cell(opening: str, depth: int, cell: str) -> tuple[str, int] | None:
    """``cell`` parsed after ``opening``, if the end marker is then the innermost holder's last child."""
    soup = BeautifulSoup(opening + cell + END, features="html.parser")
    holder: object = soup
    for _ in range(depth):
        holder = holder.contents[0] if isinstance(holder, Tag) and holder.contents else None
    if not isinstance(holder, Tag):
        return None
    missing = _mark(soup)
    text = holder.decode_contents()
    return (text[:-len(END)], missing) if text.endswith(END) else None
