"""An LMS-ready grade file: Canvas's gradebook import CSV, with a note for every empty cell.

Canvas matches rows by ``SIS Login ID`` (our student id) and creates one assignment column
per module, with a ``Points Possible`` row. Every student of the class has a row. A score is
written only when the submission is wholly graded: one that needs attention, or whose
written answers still wait for grading by hand, gets an empty cell (Canvas leaves it
unchanged; never a 0 nor a score that counts ungraded points as lost), and its reason goes in
``<name>-notes.csv`` beside the file.
"""

from __future__ import annotations

import csv
from pathlib import Path

from autograder.collect import Problem
from autograder.course import Course
from autograder.export import export_grades, final_scores, needing_attention

FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def export_canvas(course: Course, assignments: list[str], path: Path) -> Path:
    """Write the Canvas import CSV for ``assignments`` to ``path``, and its notes file; return ``path``."""
    from nbgrader.api import Gradebook

    cells: dict[str, dict[str, str]] = {}
    notes: list[tuple[str, str, str]] = []
    maxima: dict[str, float] = {}
    names: dict[str, str] = {}
    with Gradebook(course.gradebook_url) as gb:
        for assignment in assignments:
            maxima[assignment] = float(gb.find_assignment(assignment).max_score)
            for sub in gb.assignment_submissions(assignment):
                full = " ".join(filter(None, [sub.student.first_name, sub.student.last_name]))
                names[sub.student.id] = full or sub.student.id
            for student, cell, note in _cells(course, assignment):
                names.setdefault(student, student)
                cells.setdefault(student, {})[assignment] = cell
                if note:
                    notes.append((student, assignment, note))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIXED + assignments)
        writer.writerow(["Points Possible", "", "", "", ""] + [f"{maxima[a]:g}" for a in assignments])
        for student in sorted(names):
            row = cells.get(student, {})
            writer.writerow([names[student], "", "", student, ""] + [row.get(a, "") for a in assignments])
    with notes_path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["SIS Login ID", "assignment", "why the score is empty"])
        writer.writerows(sorted(notes))
    return path


def export_module(course: Course, assignment: str, problems: list[Problem], notes: dict[str, str]) -> Path:
    """One module's grades.csv, needs-attention.csv and canvas.csv from the gradebook; returns grades.csv."""
    grades = export_grades(course, assignment, problems, notes)
    export_canvas(course, [assignment], course.reports(assignment) / "canvas.csv")
    return grades


def notes_path(path: Path) -> Path:
    """The notes file that goes with the Canvas file at ``path``."""
    return path.with_name(f"{path.stem}-notes.csv")


def _cells(course: Course, assignment: str) -> list[tuple[str, str, str]]:
    """(student, cell, note) for every student of ``assignment``: a score, or "" and why."""
    rows = []
    for student, final in final_scores(course, assignment).items():
        if final.complete:
            rows.append((student, f"{final.score:g}", ""))
        else:
            rows.append((student, "", f"awaiting grading by hand: {final.ungraded:g} of "
                                      f"{final.max_score:g} points not graded yet"))
    rows += [(student, "", f"needs attention: {reason}")
             for student, reason in needing_attention(course, assignment).items()]
    return rows
