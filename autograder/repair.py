"""Putting a student's notebook back into the shape of its release before nbgrader grades it.

A *marked* cell is one with an nbgrader ``grade_id``: the header, the answer cells ``ex_*``, the
test cells ``test_*`` and the written answers ``written_*``. The release notebook gives the marked
cells and their order. Every other cell (teaching cells, the student's own scratch and helper
cells) is *unmarked* and stays attached to the marked cell above it in the student's notebook,
so it travels with that cell when the order is restored; unmarked cells above the first marked
cell stay at the start. A helper cell written above an answer therefore still runs before it.

``repair`` fixes, in this order:

1. cells whose grade id the release does not have: they keep their place as unmarked cells;
2. grade ids that appear more than once: as nbgrader does, the last copy is the marked one, and
   the earlier copies stay where they are as unmarked cells (they still run);
3. marked cells whose cell type was changed, whose nbgrader metadata was changed, or, for locked
   cells (header, tests), whose source was edited: the release's type, metadata and source come
   back; answer cells keep the student's text;
4. marked cells out of the release order: put back, each with its unmarked followers;
5. missing marked cells (deleted, or their metadata removed): the release cell is inserted right
   after the marked cell that precedes it in the release, ahead of that cell's followers. A test
   cell restored this way is then overwritten by nbgrader with its hidden tests.

Each repair gives one short note for the student and the instructor.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from nbformat import NotebookNode
from nbformat.v4.nbbase import random_cell_id

from autograder.notebooks import nbgrader_meta


@dataclass
class _Group:
    """A marked cell and the unmarked cells that follow it in the student's notebook."""

    cell: NotebookNode
    followers: list[NotebookNode] = field(default_factory=list)


def repair(submitted: NotebookNode, release: NotebookNode) -> tuple[NotebookNode, list[str]]:
    """A repaired copy of ``submitted`` and one note per repair; the inputs are left unchanged.

    A notebook that needs no repair comes back equal to ``submitted``, with no notes.
    """
    nb = copy.deepcopy(submitted)
    known = marked_cells(release)
    notes = unmark_unknown(nb.cells, known) + deduplicate(nb.cells, known)
    leading, groups = group_cells(nb.cells)
    for grade_id, group in groups.items():
        notes += restore_marked_cell(group.cell, known[grade_id])
    notes += order_note(list(groups), list(known))
    leading, ordered, restored = release_order(leading, groups, known)
    nb.cells = leading + [cell for group in ordered for cell in (group.cell, *group.followers)]
    fix_cell_ids(nb)
    return nb, notes + restored


def grade_id(cell: NotebookNode) -> str | None:
    """The cell's nbgrader grade id, or None for an unmarked cell."""
    return nbgrader_meta(cell).get("grade_id")


def marked_cells(nb: NotebookNode) -> dict[str, NotebookNode]:
    """The marked cells of ``nb`` by grade id, in notebook order."""
    return {gid: cell for cell in nb.cells if (gid := grade_id(cell))}


def label(gid: str, release_cell: NotebookNode) -> str:
    """How a note names a marked cell: "answer cell ex_a", "test cell test_a" or "cell header"."""
    meta = nbgrader_meta(release_cell)
    kind = "answer cell" if meta.get("solution") else "test cell" if meta.get("grade") else "cell"
    return f"{kind} {gid}"


def unmark_unknown(cells: list[NotebookNode], known: dict[str, NotebookNode]) -> list[str]:
    """Strip the nbgrader metadata of cells whose grade id is not in the release (in place)."""
    unknown: list[str] = []
    for cell in cells:
        gid = grade_id(cell)
        if gid and gid not in known:
            del cell.metadata["nbgrader"]
            if gid not in unknown:
                unknown.append(gid)
    return [f"cell {gid} is not part of this assignment: kept as an ordinary cell" for gid in unknown]


def deduplicate(cells: list[NotebookNode], known: dict[str, NotebookNode]) -> list[str]:
    """Keep only the last copy of each grade id marked; earlier copies become unmarked (in place)."""
    copies: dict[str, list[NotebookNode]] = {}
    for cell in cells:
        if gid := grade_id(cell):
            copies.setdefault(gid, []).append(cell)
    notes = []
    for gid, same in copies.items():
        if len(same) > 1:
            for cell in same[:-1]:
                del cell.metadata["nbgrader"]
            notes.append(f"{label(gid, known[gid])} appears {len(same)} times: the last copy is graded")
    return notes


def group_cells(cells: list[NotebookNode]) -> tuple[list[NotebookNode], dict[str, _Group]]:
    """The unmarked cells before the first marked cell, and each marked cell with its followers."""
    leading: list[NotebookNode] = []
    groups: dict[str, _Group] = {}
    current: list[NotebookNode] = leading
    for cell in cells:
        if gid := grade_id(cell):
            groups[gid] = _Group(cell)
            current = groups[gid].followers
        else:
            current.append(cell)
    return leading, groups


def restore_marked_cell(cell: NotebookNode, release_cell: NotebookNode) -> list[str]:
    """Give a marked cell the release's cell type, nbgrader metadata and, if locked, source."""
    name = label(grade_id(release_cell), release_cell)
    notes = []
    if cell.cell_type != release_cell.cell_type:
        notes.append(f"{name} had been turned into {cell.cell_type}: graded as {release_cell.cell_type}")
        set_cell_type(cell, release_cell.cell_type)
    if nbgrader_meta(cell) != nbgrader_meta(release_cell):
        notes.append(f"{name} had its nbgrader metadata changed: restored")
        cell.metadata["nbgrader"] = copy.deepcopy(nbgrader_meta(release_cell))
    if nbgrader_meta(release_cell).get("locked") and cell.source != release_cell.source:
        notes.append(f"{name} had been edited: restored")
        cell.source = release_cell.source
    return notes


def set_cell_type(cell: NotebookNode, cell_type: str) -> None:
    """Change a cell's type in place, keeping its source, with the keys nbformat 4 wants."""
    cell.cell_type = cell_type
    if cell_type == "code":
        cell.pop("attachments", None)
        cell.outputs = []
        cell.execution_count = None
    else:
        cell.pop("outputs", None)
        cell.pop("execution_count", None)


def order_note(student_order: list[str], release_order: list[str]) -> list[str]:
    """A note if the student's marked cells are not in the release order."""
    present = set(student_order)
    if student_order == [gid for gid in release_order if gid in present]:
        return []
    return ["cells were out of order: put back in the release order"]


def release_order(
    leading: list[NotebookNode], groups: dict[str, _Group], known: dict[str, NotebookNode]
) -> tuple[list[NotebookNode], list[_Group], list[str]]:
    """The groups in release order, missing marked cells inserted, and a note per inserted cell.

    A missing cell goes right after the marked cell that precedes it in the release and takes
    over that cell's followers, so it sits where the release has it relative to its neighbours.
    """
    ordered: list[_Group] = []
    notes = []
    for gid, release_cell in known.items():
        group = groups.get(gid)
        if group is None:
            group = _Group(copy.deepcopy(release_cell))
            if ordered:
                group.followers, ordered[-1].followers = ordered[-1].followers, []
            else:
                group.followers, leading = leading, []
            notes.append(f"restored deleted {label(gid, release_cell)}")
        ordered.append(group)
    return leading, ordered, notes


def fix_cell_ids(nb: NotebookNode) -> None:
    """Make cell ids valid for the notebook's format: unique from 4.5 on, absent before (in place)."""
    if nb.nbformat_minor < 5:
        for cell in nb.cells:
            cell.pop("id", None)
        return
    seen: set[str] = set()
    for cell in nb.cells:
        while not cell.get("id") or cell.id in seen:
            cell.id = random_cell_id()
        seen.add(cell.id)
