"""Every code that a notebook mentions or expects exists in its code set.

* ICD-10-CM: every dotted code, 3-character category and block range exists in the pinned
  release (``course.icd10cm``).
* ICD-10-PCS: every 7-character string shaped like a PCS code (first character a PCS section,
  the rest from the 34 PCS values, at least one digit) is a code of the pinned FY release
  (``course.pcs``). Shorter prefixes such as "0DT" are not checked.
* HCPCS Level II: every letter followed by 4 digits (other than D) is a code of CMS's January
  2026 HCPCS file (``course.hcpcs``, the whole file, terminated codes included) or is an
  undotted ICD-10-CM code ("F3281"). And every one of them that is in the file is *in effect* on
  the file's first day, January 1, 2026 (``hcpcs.is_valid``): answer keys, hidden tests and prose
  use no terminated code, and neither do the demo's sample answers. A notebook that deliberately
  shows a terminated code (to teach that the file keeps them) lists it with a reason under
  ``course.terminated_hcpcs``; it must really be terminated, and no answer key may use it.
* CDT: D followed by 4 digits is a CDT code, not HCPCS; it must lie in one of the 12 categories
  of service (``course.cdt``, which holds ranges only, no code list).

Only upper-case strings are scanned, as written in text and answers. A notebook may name strings
that have a code's shape but are not meant as that code (an ATC code, a deliberately invalid
example): it lists them with a reason in its metadata under ``course.not_icd10cm``,
``course.not_icd10pcs``, ``course.not_hcpcs`` or ``course.not_cdt``.
"""

from __future__ import annotations

import re

import pytest

from autograder import notebooks
from autograder.course import Course
from autograder.sample_class import mistakes
from conftest import ASSIGNMENTS, REPO
from course import cdt, hcpcs, icd10cm, pcs

RANGE = re.compile(r"\b([A-Z]\d[0-9A-Z])-([A-Z]\d[0-9A-Z])\b")
DOTTED = re.compile(r"\b[A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}\b")
CATEGORY = re.compile(r"\b[A-Z]\d{2}\b(?!\.\w)")
# Not after a dot nor before a dot and digit, so that decimals such as 3.1415926 are skipped.
PCS_SHAPE = re.compile(rf"(?<!\.)\b[{''.join(pcs.SECTIONS)}][{pcs.VALUES}]{{6}}\b(?!\.\d)")
LETTER_AND_4_DIGITS = re.compile(r"\b[A-Z]\d{4}\b")


def mentioned_codes(text: str) -> tuple[set[str], set[str]]:
    """The ranges and the single codes in ``text`` that are shaped like ICD-10-CM."""
    ranges = {m.group(0) for m in RANGE.finditer(text)}
    rest = RANGE.sub(" ", text)
    return ranges, set(DOTTED.findall(rest)) | set(CATEGORY.findall(rest))


def mentioned_pcs(text: str) -> set[str]:
    """The strings in ``text`` shaped like ICD-10-PCS codes (7 characters, at least one digit)."""
    return {m for m in PCS_SHAPE.findall(text) if any(ch.isdigit() for ch in m)}


def mentioned_hcpcs_and_cdt(text: str) -> tuple[set[str], set[str]]:
    """The letter-and-4-digit strings in ``text``: those shaped like HCPCS Level II, and CDT (D)."""
    found = set(LETTER_AND_4_DIGITS.findall(text))
    dental = {code for code in found if code.startswith("D")}
    return found - dental, dental


def in_hcpcs_table_or_icd10cm(code: str) -> bool:
    """True when ``code`` is in CMS's HCPCS Level II file or is an undotted ICD-10-CM code."""
    try:
        hcpcs.lookup(code)
    except hcpcs.CodeNotFoundError:
        return icd10cm.is_valid(code)
    return True


def not_in_effect(text: str) -> set[str]:
    """The codes of CMS's HCPCS file in ``text`` that are not in effect on its first day.

    A string that is also an undotted ICD-10-CM code ("C9021", once a HCPCS code) is left out:
    the notebook may mean the diagnosis.
    """
    found = mentioned_hcpcs_and_cdt(text)[0]
    return {c for c in found if in_hcpcs_table_or_icd10cm(c) and not hcpcs.is_valid(c, hcpcs.RELEASE_DATE)
            and not icd10cm.is_valid(c)}


def in_a_cdt_category(code: str) -> bool:
    """True when ``code`` lies in one of the 12 CDT categories of service."""
    try:
        cdt.category(code)
    except cdt.MalformedCodeError:
        return False
    return True


def read_notebook(assignment: str, step: str) -> tuple[str, dict]:
    """The text of every cell of the notebook, and its ``course`` metadata."""
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment, step))
    return "\n".join(cell.source for cell in nb.cells), nb.metadata.get("course", {})


def test_the_scanner_finds_codes_and_ranges() -> None:
    ranges, codes = mentioned_codes('lookup("E11.9"); I10 and S52.501A; block E08-E13; A10BA02; 99213')
    assert ranges == {"E08-E13"} and codes == {"E11.9", "I10", "S52.501A"}


def test_the_pcs_scanner_finds_seven_character_codes() -> None:
    text = ('pcs.explain("0DTJ4ZZ"); 02703DZ and BW03ZZZ; table 0DT; 0DTJ4ZZX; CHAPTER; ICD10CM; '
            "A10BA02 but B01AC06; 3.1415926; 0dtj4zz; 99213; E11.9")
    assert mentioned_pcs(text) == {"0DTJ4ZZ", "02703DZ", "BW03ZZZ", "B01AC06"}


def test_the_hcpcs_scanner_finds_level_ii_and_cdt_codes() -> None:
    text = ('hcpcs.lookup("J1100"); E0114, G0438; CDT D0120; F3281; J11000; 99213; S52.501A; '
            "A10BA02; e0114")
    assert mentioned_hcpcs_and_cdt(text) == ({"J1100", "E0114", "G0438", "F3281"}, {"D0120"})


def test_terminated_codes_are_told_from_codes_in_effect() -> None:
    text = 'J1040 and J1030 (ended 2024), J1010 x 80, hcpcs.lookup("J3370"); E0114; F3281; C9021; Q9990'
    assert not_in_effect(text) == {"J1040", "J1030", "J3370"}


def test_the_checks_accept_table_and_icd10cm_codes_and_cdt_categories() -> None:
    assert all(in_hcpcs_table_or_icd10cm(c) for c in ("G0438", "E0114", "F3281", "G4700"))
    assert not any(in_hcpcs_table_or_icd10cm(c) for c in ("Q9990", "E9999"))
    assert in_a_cdt_category("D0120") and not in_a_cdt_category("D0050")


@pytest.mark.parametrize("step", ["source", "release"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_icd10cm_code_in_the_notebook_is_valid(assignment: str, step: str) -> None:
    text, metadata = read_notebook(assignment, step)
    declared = metadata.get("not_icd10cm", {})
    known_ranges = set(icd10cm.chapters()["range"]) | set(icd10cm.codes()["block"])
    ranges, codes = mentioned_codes(text)
    bad_ranges = [r for r in ranges if r not in known_ranges and r not in declared]
    bad_codes = [c for c in codes if not icd10cm.is_valid(c) and c not in declared]
    assert bad_ranges == [] and bad_codes == [], (
        f"not in {icd10cm.RELEASE}: {sorted(bad_ranges + bad_codes)} (declare deliberate ones "
        "under metadata course.not_icd10cm with a reason)")
    assert all(isinstance(reason, str) and reason for reason in declared.values())


# The other code sets, each: the metadata key of its declared exceptions, the strings of its shape
# in a text, the check each must pass, and what a failure says.
CODE_SETS = {
    "icd10pcs": ("not_icd10pcs", mentioned_pcs, pcs.is_valid, f"not in {pcs.RELEASE}"),
    "hcpcs": ("not_hcpcs", lambda text: mentioned_hcpcs_and_cdt(text)[0], in_hcpcs_table_or_icd10cm,
              f"neither in {hcpcs.RELEASE} nor undotted ICD-10-CM"),
    "cdt": ("not_cdt", lambda text: mentioned_hcpcs_and_cdt(text)[1], in_a_cdt_category,
            "in no CDT category of service"),
}


@pytest.mark.parametrize("code_set", CODE_SETS)
@pytest.mark.parametrize("step", ["source", "release"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_pcs_hcpcs_and_cdt_code_in_the_notebook_is_valid(
    assignment: str, step: str, code_set: str
) -> None:
    key, mentioned, valid, failure = CODE_SETS[code_set]
    text, metadata = read_notebook(assignment, step)
    declared = metadata.get(key, {})
    bad = sorted(c for c in mentioned(text) if not valid(c) and c not in declared)
    assert bad == [], f"{failure}: {bad} (declare deliberate ones under metadata course.{key} with a reason)"
    assert all(isinstance(reason, str) and reason for reason in declared.values())


@pytest.mark.parametrize("step", ["source", "release"])
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_hcpcs_code_in_the_notebook_is_in_effect(assignment: str, step: str) -> None:
    text, metadata = read_notebook(assignment, step)
    declared = metadata.get("terminated_hcpcs", {})
    terminated = not_in_effect(text)
    assert sorted(terminated - set(declared)) == [], (
        f"not in effect on {hcpcs.RELEASE_DATE} ({hcpcs.RELEASE}): {sorted(terminated - set(declared))}; "
        "use the code in effect, or declare a code shown on purpose as terminated under metadata "
        "course.terminated_hcpcs with a reason")
    stale = sorted(set(declared) - terminated)
    assert stale == [], f"in course.terminated_hcpcs, not terminated codes of the notebook: {stale}"
    assert all(isinstance(reason, str) and reason for reason in declared.values())
    if step == "source":
        nb = notebooks.read(Course.at(REPO).notebook_path(assignment))
        regions = (notebooks.SOLUTION_REGION, notebooks.HIDDEN_REGION)
        keys = "\n".join(r for c in nb.cells for region in regions for r in region.findall(c.source))
        assert sorted(not_in_effect(keys)) == [], "an answer key or hidden test expects a terminated code"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_hcpcs_code_in_the_sample_answers_is_in_effect(assignment: str) -> None:
    text = "\n".join(answer for options in mistakes(assignment).values() for answer in options)
    assert sorted(not_in_effect(text)) == [], f"autograder/samples/{assignment}.json uses terminated codes"
