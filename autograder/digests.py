"""What a grade depends on, recorded with it, so that a change regrades exactly what it affects.

A submission's grade depends on its notebook and hand-in time, on what grades it (the source
notebook's nbgrader cells with their points, the assignment's other files, the ``course``
library, the configuration sections that change a grade) and on its due date with any
extension. ``Record`` holds one digest of each; ``Record.changes`` names the parts that
differ, which is why a submission is graded again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from traitlets.config import Config

from autograder import notebooks
from autograder.settings import GRADING_SECTIONS

PARTS = {"submission": "the submission changed", "timestamp": "its hand-in time changed",
         "grading": "the tests, points or grading settings changed", "due": "its due date changed"}


@dataclass(frozen=True)
class Record:
    """The digests a grade was made from."""

    submission: str
    timestamp: str
    grading: str
    due: str

    def changes(self, previous: Record | None) -> list[str]:
        """Why a grade made from ``previous`` is out of date (empty: it is current)."""
        if previous is None:
            return ["not graded before"]
        return [why for part, why in PARTS.items() if getattr(self, part) != getattr(previous, part)]

    def dumps(self) -> str:
        """This record as JSON."""
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def loads(cls, text: str) -> Record | None:
        """A record read back, or None for one that cannot be read (an older grader's)."""
        try:
            return cls(**json.loads(text))
        except (ValueError, TypeError):
            return None


def sha256(data: bytes | str) -> str:
    """The hex SHA-256 of ``data``."""
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def grading_digest(source_folder: Path, notebook: str, config: Config) -> str:
    """A digest of what grades an assignment: its nbgrader cells, other files, library, settings."""
    cells = [
        {"type": cell.cell_type, "source": cell.source, "nbgrader": notebooks.nbgrader_meta(cell)}
        for cell in notebooks.read(source_folder / notebook).cells if notebooks.nbgrader_meta(cell)
    ]
    files = {str(p.relative_to(source_folder)): sha256(p.read_bytes())
             for p in sorted(source_folder.rglob("*")) if p.is_file() and p.name != notebook}
    settings = {section: repr(sorted(config[section].items()))
                for section in GRADING_SECTIONS if section in config}
    return sha256(json.dumps([cells, files, library_digest(), settings], sort_keys=True, default=str))


def generation_digest(source_folder: Path, config: Config) -> str:
    """A digest of what ``generate_assignment`` makes a release from: every source file, every setting.

    Where the course lives (``CourseDirectory``) is left out: it does not change what is made.
    """
    from nbgrader import __version__

    files = {str(p.relative_to(source_folder)): sha256(p.read_bytes())
             for p in sorted(source_folder.rglob("*")) if p.is_file()}
    settings = {section: repr(sorted(values.items())) for section, values in config.items()
                if section != "CourseDirectory"}
    return sha256(json.dumps([source_folder.name, files, settings, __version__], sort_keys=True))


def library_digest() -> str:
    """A digest of the installed ``course`` package (its code and data tables)."""
    import course

    top = Path(course.__file__).parent
    parts = [f"{p.relative_to(top)}:{sha256(p.read_bytes())}" for p in sorted(top.rglob("*"))
             if p.is_file() and "__pycache__" not in p.parts]
    return sha256("\n".join(parts))
