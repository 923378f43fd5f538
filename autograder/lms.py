"""An LMS-ready grade file: Canvas's gradebook import CSV.

Canvas matches rows by ``SIS Login ID`` (our student id) and creates one assignment column
per module, with a ``Points Possible`` row. A submission that needs attention gets an empty
cell, which Canvas leaves unchanged, never a 0.
"""

from __future__ import annotations

import csv
from pathlib import Path

from autograder.course import Course
from autograder.export import final_scores

FIXED = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


def export_canvas(course: Course, assignments: list[str], path: Path) -> Path:
    """Write the Canvas import CSV for ``assignments`` to ``path``: each grades.csv's final score."""
    from nbgrader.api import Gradebook

    scores: dict[str, dict[str, float]] = {}
    maxima: dict[str, float] = {}
    names: dict[str, str] = {}
    with Gradebook(course.gradebook_url) as gb:
        for assignment in assignments:
            maxima[assignment] = float(gb.find_assignment(assignment).max_score)
            graded = final_scores(course, assignment)
            for sub in gb.assignment_submissions(assignment):
                student = sub.student
                full = " ".join(filter(None, [student.first_name, student.last_name]))
                names[student.id] = full or student.id
                if student.id in graded:
                    scores.setdefault(student.id, {})[assignment] = graded[student.id][0]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIXED + assignments)
        writer.writerow(["Points Possible", "", "", "", ""] + [f"{maxima[a]:g}" for a in assignments])
        for student in sorted(names):
            row = scores.get(student, {})
            writer.writerow([names[student], "", "", student, ""]
                            + [f"{row[a]:g}" if a in row else "" for a in assignments])
    return path
