"""The format rule of ICD-10-CM that module 01 teaches fits every code of the FY2026 code set.

``code_system``'s ICD-10-CM rule is written for the student in the answer cell; run as the source
solution, it must call every entry of the pinned release ICD-10-CM, QA0 (a letter second) included.
"""

from __future__ import annotations

import re

from autograder import notebooks
from autograder.course import Course
from conftest import REPO
from course import icd10cm

MODULE = "01-what-is-medical-coding"


def test_code_system_calls_every_icd10cm_code_icd10cm() -> None:
    nb = notebooks.read(Course.at(REPO).notebook_path(MODULE))
    namespace: dict = {"re": re}
    exec(notebooks.solution_text(notebooks.answer_cells(nb)["ex_code_system"].source), namespace)
    codes = icd10cm.codes()["code"]
    missed = [code for code in codes if namespace["code_system"](code) != "ICD-10-CM"]
    assert missed == [], f"{len(missed)} of {len(codes)} codes, e.g. {missed[:5]}"
    assert "QA0.8" in set(codes)
