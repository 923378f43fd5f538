"""Turn a folder of submissions into nbgrader's ``submitted/`` layout, reporting bad ones.

Two layouts are understood:

- one folder per student: ``DIR/<student>/.../<anything>.ipynb``;
- a flat folder of LMS downloads: ``DIR/<file>`` where the file is named the Canvas way,
  ``<student>_[LATE_]<user id>_<submission id>_<original name>``, or is ``<student>.ipynb``.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import nbformat
from nbgrader.utils import parse_utc

from autograder import notebooks
from autograder.course import Course
from autograder.errors import SubmissionsFolderError

_CANVAS = re.compile(r"^(?P<student>[^_]+)_(?:LATE_)?\d+_\d+_(?P<original>.+)$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Submission:
    """A usable submission, copied into ``submitted/<student>/<assignment>/``."""

    student: str
    original: Path


@dataclass(frozen=True)
class Problem:
    """A submission that needs attention, with a one-line reason."""

    student: str
    original: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.student}: {self.original.name}: {self.reason}"


@dataclass
class Collection:
    """What ``collect`` found: the usable submissions and the ones that need attention."""

    submissions: list[Submission]
    problems: list[Problem]


def student_id(name: str) -> str:
    """A safe, distinct student id from a folder or file-name part.

    Accents are dropped and anything but letters, digits, ``.``, ``_`` and ``-`` becomes ``-``
    (so no path characters remain); when that changed the name, a short hash of the name is
    appended, so that "josé" and "jose", or two names in another script, stay two students.
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    safe = _UNSAFE.sub("-", plain).strip(".-").lower()
    if safe == name.lower():
        return safe
    return "-".join(filter(None, [safe or "student", hashlib.sha256(name.encode()).hexdigest()[:6]]))


def find_candidates(folder: Path) -> dict[str, list[Path]]:
    """The files each student handed in, by student id."""
    if not folder.is_dir():
        raise SubmissionsFolderError(f"Submissions folder {folder} does not exist or is no folder.")
    found: dict[str, list[Path]] = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") and not (entry.is_file() and entry.suffix.lower() == ".ipynb"):
            continue  # .DS_Store, .ipynb_checkpoints/; a notebook is a submission whatever its name
        if entry.is_dir():
            files = [p for p in sorted(entry.rglob("*")) if p.is_file() and not _hidden(p, entry)]
            found.setdefault(student_id(entry.name), []).extend(files or [entry])
        else:
            match = _CANVAS.match(entry.name)
            found.setdefault(student_id(match["student"] if match else entry.stem), []).append(entry)
    if not found:
        raise SubmissionsFolderError(f"Submissions folder {folder} holds no submissions.")
    return found


def _hidden(path: Path, top: Path) -> bool:
    return any(p.startswith(".") or p == "__MACOSX" for p in path.relative_to(top).parts)


def collect(course: Course, assignment: str, folder: Path) -> Collection:
    """Copy each student's notebook into ``submitted/`` and report the ones that cannot be used."""
    expected = set(notebooks.answer_cells(notebooks.read(course.notebook_path(assignment))))
    collection = Collection([], [])
    for student, files in find_candidates(folder).items():
        picked = _pick_notebook(student, files, assignment)
        if isinstance(picked, Problem):
            collection.problems.append(picked)
            continue
        reason = _unusable(picked, expected)
        if reason:
            collection.problems.append(Problem(student, picked, reason))
            continue
        _place(course, assignment, student, picked)
        collection.submissions.append(Submission(student, picked))
    return collection


def _pick_notebook(student: str, files: list[Path], assignment: str) -> Path | Problem:
    candidates = [p for p in files if p.is_file() and p.suffix.lower() == ".ipynb"]
    if not candidates:
        names = ", ".join(p.name for p in files[:3])
        return Problem(student, files[0], f"no .ipynb notebook in the submission ({names})")
    if len(candidates) == 1:
        return candidates[0]
    named = [p for p in candidates if assignment in p.name]
    if len(named) == 1:
        return named[0]
    names = ", ".join(p.name for p in candidates[:4])
    return Problem(student, candidates[0], f"several notebooks, cannot tell which to grade: {names}")


def _unusable(path: Path, expected: set[str]) -> str:
    """Why the notebook at ``path`` cannot be graded, or "" when it can."""
    try:
        nb = nbformat.read(str(path), as_version=4)
        nbformat.validate(nb)
    except UnicodeDecodeError:
        return "not a notebook: the file is not UTF-8 text"
    except Exception as exc:  # nbformat raises several unrelated types for bad files
        return f"not a valid notebook: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    found = set(notebooks.answer_cells(nb))
    if expected and not found & expected:
        return "wrong notebook: it has none of this assignment's exercises"
    return ""


def _place(course: Course, assignment: str, student: str, notebook: Path) -> None:
    target = course.workspace / "submitted" / student / assignment
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copyfile(notebook, target / f"{assignment}.ipynb")
    (target / "timestamp.txt").write_text(submitted_at(notebook).strftime("%Y-%m-%d %H:%M:%S.%f UTC"))


def submitted_at(notebook: Path) -> datetime:
    """When ``notebook`` was handed in: its folder's ``timestamp.txt`` (nbgrader's exchange writes
    one) if that holds a date, else the file's modification time."""
    stamp = notebook.parent / "timestamp.txt"
    if stamp.is_file():
        try:
            return parse_utc(stamp.read_text(encoding="utf-8", errors="replace").strip())
        except (ValueError, OverflowError):
            pass
    return datetime.fromtimestamp(notebook.stat().st_mtime, UTC)
