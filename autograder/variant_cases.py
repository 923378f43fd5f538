"""Which bank cases each student coded in a variant module, and how each case went.

The cases come from the graded notebooks themselves: ``course.variants.show`` records the
exercise, bank version and case IDs in its output's metadata, and grading ran that cell as
released (nbgrader restores locked cells), so the record is what the hidden tests graded.
A variant exercise's test cells are ``test_<exercise>_case1``, ``_case2`` ...: one per case.
"""

from __future__ import annotations

import pandas as pd

from autograder import notebooks
from autograder.course import Course

METADATA = "mcc_variants"
CASE_COLUMNS = ["assignment", "student", "exercise", "version", "cell", "case"]


def student_cases(course: Course, assignment: str) -> pd.DataFrame:
    """One row per graded student and case slot: the exercise, bank version, test cell and case ID."""
    rows = []
    for path in sorted((course.workspace / "autograded").glob(f"*/{assignment}/{assignment}.ipynb")):
        student = path.parent.parent.name
        for record in records(notebooks.read(path)):
            rows += [(assignment, student, record["exercise"], record["version"],
                      f"test_{record['exercise']}_case{slot}", case)
                     for slot, case in enumerate(record["cases"], start=1)]
    return pd.DataFrame(rows, columns=CASE_COLUMNS)


def records(nb: notebooks.NotebookNode) -> list[dict]:
    """The variant records in the outputs of the notebook's locked cells, the last one per exercise.

    Only locked cells count: a student's own cell may call ``variants.show`` with any ID.
    """
    found = {}
    for cell in nb.cells:
        if not notebooks.nbgrader_meta(cell).get("locked"):
            continue
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get(METADATA)
            if record:
                found[record["exercise"]] = record
    return list(found.values())


def case_statistics(scores: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    """Per case: how many students had it and the mean share of its points they earned.

    ``scores`` is ``report.cell_scores``; students left out of it (needing attention) are left out.
    """
    joined = cases.merge(scores, on=["assignment", "student", "cell"]).dropna(subset=["score"])
    joined["share"] = joined.score / joined.max_score
    return (joined.groupby(["assignment", "exercise", "version", "case"], as_index=False)
            .agg(students=("student", "nunique"), share=("share", "mean")))
