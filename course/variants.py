"""Per-student variants: which cases of a bank each student codes, and how a case is graded.

Each variant exercise has a **case bank**, ``data/variant_cases_<exercise>.csv``: short
synthetic notes, public. Their answer keys are not here: they live only in the hidden tests of
the source notebook, which pass them to :func:`grade_case`.

:func:`pick` ranks a bank's cases by a SHA-256 of the bank version, the exercise, the student's
normalised ID and the case ID, and gives the first ``k``: the same cases on every machine and
Python version, about ``k / n`` of the class on each case, and ``k * k / n`` cases shared by two
students on average. A bank is only ever added to: a released case is never edited, only retired
(``retired`` set to the version that drops it), and a new term gets a new ``bank_version``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd

from course import icd10cm

K = 3
"""Cases per student, unless an exercise says otherwise."""

EXERCISES = ("capstone", "icd10cm")
"""The exercises that have a case bank."""

PRACTICE_WARNING = (
    "MY_ID is empty, so these are the practice cases, the same for everyone: they are not graded "
    "for credit. Type your login between the quotes in the MY_ID cell and run the notebook again."
)


class VariantError(ValueError):
    """An unknown exercise, bank version or case."""


@dataclass(frozen=True)
class Case:
    """One case of a bank: its ID, the versions it is in, the setting and the note."""

    case_id: str
    added: int
    retired: int | None
    setting: str
    note: str

    def active(self, version: int) -> bool:
        """True when the case is in the bank's version ``version``."""
        return self.added <= version and (self.retired is None or version < self.retired)


@dataclass(frozen=True)
class Key:
    """What a certified coder may report for a case (kept in the hidden tests only).

    ``codes``: every code the case needs, first-listed first; an entry "A|B" accepts either.
    ``first``: the codes accepted as first-listed (default: the first entry of ``codes``).
    ``optional``: codes a coder may add and need not.
    """

    codes: tuple[str, ...]
    first: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


def normalize_id(student_id: str) -> str:
    """A student ID as the pick reads it: Unicode NFKC, no surrounding spaces, case folded."""
    return unicodedata.normalize("NFKC", student_id).strip().casefold()


@cache
def bank(exercise: str) -> tuple[Case, ...]:
    """Every case ever released for ``exercise``, retired ones included, in bank order."""
    if exercise not in EXERCISES:
        raise VariantError(f"No case bank for {exercise!r}; the banks are {', '.join(EXERCISES)}.")
    path = resources.files("course") / "data" / f"variant_cases_{exercise}.csv"
    with resources.as_file(path) as file:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False)
    return tuple(
        Case(row.case_id, int(row.added), int(row.retired) if row.retired else None, row.setting, row.note)
        for row in frame.itertuples()
    )


def current_version(exercise: str) -> int:
    """The newest version of ``exercise``'s bank: the last one a case was added or retired in."""
    return max(max(c.added, c.retired or 0) for c in bank(exercise))


def _version(exercise: str, bank_version: int | None) -> int:
    """``bank_version``, or the current version of ``exercise``'s bank when it is None."""
    return current_version(exercise) if bank_version is None else bank_version


def cases(exercise: str, bank_version: int | None = None) -> list[Case]:
    """The cases in version ``bank_version`` (None: the current one) of ``exercise``'s bank."""
    version = _version(exercise, bank_version)
    active = [c for c in bank(exercise) if c.active(version)]
    if not active:
        raise VariantError(f"Version {version} of the {exercise} bank has no cases.")
    return active


def case(exercise: str, case_id: str) -> Case:
    """One case of ``exercise``'s bank by its ID."""
    for item in bank(exercise):
        if item.case_id == case_id:
            return item
    raise VariantError(f"The {exercise} bank has no case {case_id!r}.")


def pick(student_id: str, exercise: str, k: int = K, bank_version: int | None = None) -> list[str]:
    """The IDs of the ``k`` cases ``student_id`` codes; an empty ID gets the practice set.

    The practice set is the first ``k`` cases of the bank version, the same for everyone.
    """
    version = _version(exercise, bank_version)
    active = cases(exercise, version)
    if k > len(active):
        raise VariantError(f"Version {version} of the {exercise} bank has {len(active)} cases, not {k}.")
    student = normalize_id(student_id)
    if not student:
        return [c.case_id for c in active[:k]]
    return sorted((c.case_id for c in active), key=lambda cid: _rank(version, exercise, student, cid))[:k]


def _rank(version: int, exercise: str, student: str, case_id: str) -> str:
    return hashlib.sha256(f"{version}\n{exercise}\n{student}\n{case_id}".encode()).hexdigest()


def show(student_id: str, exercise: str, k: int = K, bank_version: int | None = None) -> list[str]:
    """Print the student's cases (or the practice set, with a warning) and return their IDs.

    The printed output carries the exercise, version and case IDs in its metadata, so that the
    grader's report can tell which cases each student had.
    """
    from IPython.display import publish_display_data

    version = _version(exercise, bank_version)
    chosen = pick(student_id, exercise, k, version)
    lines = [PRACTICE_WARNING, ""] if not normalize_id(student_id) else []
    for letter, case_id in zip("ABCDEFGHIJ", chosen, strict=False):
        item = case(exercise, case_id)
        lines += [f"Case {letter} ({case_id}, {item.setting}):", item.note, ""]
    record = {"exercise": exercise, "version": version, "student": normalize_id(student_id), "cases": chosen}
    publish_display_data({"text/plain": "\n".join(lines).rstrip()}, metadata={"mcc_variants": record})
    return chosen


def grade_case(exercise: str, case_id: str, answer: object, key: Key) -> None:
    """Raise AssertionError, in words that do not give the key away, unless ``answer`` fits ``key``.

    ``answer`` is the student's list of ICD-10-CM codes for the case, first-listed first.
    """
    label = f"Case {case_id}"
    ok = isinstance(answer, list) and answer and all(isinstance(c, str) for c in answer)
    assert ok, f"{label}: give a list of ICD-10-CM code strings, first-listed first."
    given = []
    for code in answer:
        try:
            given.append(icd10cm.validate(code).code)
        except icd10cm.ICD10CMError as error:
            raise AssertionError(f"{label}: {code} cannot go on a claim: {error}") from None
    assert len(set(given)) == len(given), f"{label}: a code is listed twice; each goes on the claim once."
    slots = [set(entry.split("|")) for entry in key.codes]
    first = set(key.first) or slots[0]
    allowed = set().union(*slots, key.optional)
    check = "reread the sequencing rules" if given[0] in allowed else (
        "check the code (combination, specificity, side, 7th character), then the sequencing rules")
    assert given[0] in first, f"{label}: {given[0]} is not the one to list first: {check}."
    missing = [slot for slot in slots if not slot & set(given)]
    assert not missing, f"{label}: {len(missing)} code(s) the note supports are missing."
    extra = [code for code in given if code not in allowed]
    assert not extra, f"{label}: the note does not support {', '.join(extra)}."
