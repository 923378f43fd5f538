"""Where a course's files live: the repository and the grading workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.errors import UnknownAssignmentError

COURSE_ID = "medical-coding-career"


@dataclass(frozen=True)
class Course:
    """A course on disk.

    ``root`` holds ``source/`` and ``release/`` (the repository). ``workspace`` holds what
    grading makes: ``submitted/``, ``autograded/``, ``feedback/``, ``gradebook.db`` and
    ``reports/``; by default it is ``root`` itself, as in a plain nbgrader course.
    """

    root: Path
    workspace: Path
    db_url: str = ""

    @classmethod
    def at(cls, root: Path | str, workspace: Path | str | None = None, db_url: str = "") -> Course:
        """Describe the course in ``root``, grading into ``workspace`` (default: ``root``)."""
        root = Path(root).resolve()
        return cls(root, Path(workspace).resolve() if workspace else root, db_url)

    @property
    def source(self) -> Path:
        """The instructor notebooks, one folder per assignment."""
        return self.root / "source"

    @property
    def release(self) -> Path:
        """The student notebooks, generated from ``source``."""
        return self.root / "release"

    @property
    def gradebook_url(self) -> str:
        """The gradebook database URL (SQLite in the workspace unless ``db_url`` is set)."""
        return self.db_url or f"sqlite:///{self.workspace / 'gradebook.db'}"

    def reports(self, assignment: str) -> Path:
        """The folder for one assignment's grade exports."""
        return self.workspace / "reports" / assignment

    def assignments(self) -> list[str]:
        """Every assignment id: the folders of ``source/`` that hold their notebook."""
        if not self.source.is_dir():
            return []
        return sorted(p.name for p in self.source.iterdir() if self.notebook_path(p.name).is_file())

    def notebook_path(self, assignment: str, step: str = "source") -> Path:
        """The one notebook of ``assignment`` in ``source`` or ``release``."""
        return self.root / step / assignment / f"{assignment}.ipynb"

    def student_notebook(self, step: str, student: str, assignment: str) -> Path:
        """A student's notebook of ``assignment`` in the workspace's ``submitted`` or ``autograded``."""
        return self.workspace / step / student / assignment / f"{assignment}.ipynb"

    def require(self, assignment: str) -> str:
        """Return ``assignment`` if it exists, else raise with the list of known ones."""
        known = self.assignments()
        if assignment not in known:
            raise UnknownAssignmentError(
                f"Unknown assignment {assignment!r}. The assignments in {self.source} are: "
                + (", ".join(known) or "(none)")
            )
        return assignment
