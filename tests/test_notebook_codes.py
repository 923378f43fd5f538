"""Every ICD-10-CM code that a notebook mentions or expects exists in the pinned release.

A notebook may name strings that look like ICD-10-CM codes but are not meant as one (an ATC
group, a deliberately invalid example): it lists them with a reason in its metadata under
``course.not_icd10cm``.
"""

from __future__ import annotations

import re

import pytest

from autograder import notebooks
from autograder.course import Course
from conftest import ASSIGNMENTS, REPO
from course import icd10cm

RANGE = re.compile(r"\b([A-Z]\d[0-9A-Z])-([A-Z]\d[0-9A-Z])\b")
DOTTED = re.compile(r"\b[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}\b")
CATEGORY = re.compile(r"\b[A-Z]\d{2}\b(?!\.\w)")


def mentioned_codes(text: str) -> tuple[set[str], set[str]]:
    """The ranges and the single codes in ``text`` that are shaped like ICD-10-CM."""
    ranges = {m.group(0) for m in RANGE.finditer(text)}
    rest = RANGE.sub(" ", text)
    return ranges, set(DOTTED.findall(rest)) | set(CATEGORY.findall(rest))


def test_the_scanner_finds_codes_and_ranges() -> None:
    ranges, codes = mentioned_codes('lookup("E11.9"); I10 and S52.501A; block E08-E13; A10BA02; 99213')
    assert ranges == {"E08-E13"} and codes == {"E11.9", "I10", "S52.501A"}


@pytest.mark.parametrize("step", ["source", "release"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_icd10cm_code_in_the_notebook_is_valid(assignment: str, step: str) -> None:
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment, step))
    declared = nb.metadata.get("course", {}).get("not_icd10cm", {})
    known_ranges = set(icd10cm.chapters()["range"]) | set(icd10cm.codes()["block"])
    text = "\n".join(cell.source for cell in nb.cells)
    ranges, codes = mentioned_codes(text)
    bad_ranges = [r for r in ranges if r not in known_ranges and r not in declared]
    bad_codes = [c for c in codes if not icd10cm.is_valid(c) and c not in declared]
    assert bad_ranges == [] and bad_codes == [], (
        f"not in {icd10cm.RELEASE}: {sorted(bad_ranges + bad_codes)} (declare deliberate ones "
        "under metadata course.not_icd10cm with a reason)")
    assert all(isinstance(reason, str) and reason for reason in declared.values())
