"""Generate ``release/`` from ``source/`` safely, and check that it is up to date."""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path

from traitlets.config import Config

from autograder import notebooks
from autograder.course import Course
from autograder.digests import generation_digest
from autograder.errors import StaleReleaseError
from autograder.nbgrader_steps import run_step
from autograder.settings import load_config, step_config


def generate(
    course: Course, assignments: list[str], into: Path, db_url: str = "", config: Config | None = None
) -> None:
    """Run nbgrader's generate_assignment for ``assignments`` into the folder ``into``.

    Notebooks are rewritten in normalised form so that a generation is byte-for-byte
    reproducible. ``db_url`` is the gradebook to record them in (default: a throwaway one);
    ``config`` the course's configuration (default: ``load_config(course)``).
    """
    config = config or load_config(course)
    with tempfile.TemporaryDirectory(prefix="mcc-db-") as scratch:
        url = db_url or f"sqlite:///{Path(scratch) / 'gradebook.db'}"
        for assignment in assignments:
            run_step("generate_assignment", step_config(config, course, release_dir=into, db_url=url),
                     assignment)
            for path in (into / assignment).rglob("*.ipynb"):
                notebooks.write(notebooks.read(path), path)


def release(course: Course, assignment: str | None = None) -> list[str]:
    """Regenerate ``release/`` for one assignment or all; returns the ids released.

    Everything is built in a temporary folder first, and each assignment folder is swapped
    in with renames, so a failed generation leaves ``release/`` as it was.
    """
    names = [course.require(assignment)] if assignment else course.assignments()
    course.release.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".mcc-release-", dir=course.release) as build:
        generate(course, names, Path(build))
        for name in names:
            _swap_in(Path(build) / name, course.release / name)
    return names


def _swap_in(new: Path, final: Path) -> None:
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        final.rename(old)
    new.rename(final)
    if old.exists():
        shutil.rmtree(old)


_GENERATIONS: dict[str, tuple[dict[str, bytes], bytes]] = {}
"""This process's generations: (release files, template gradebook) by what they were made from."""


def generation(course: Course, assignment: str, config: Config) -> tuple[dict[str, bytes], bytes]:
    """``assignment`` generated: its release files (by path under ``release/``) and a gradebook
    that knows only it.

    A generation depends only on the source folder and the configuration, so one made before
    in this process from the same ones (``generation_digest``) is given again: ``mcc demo``
    checks ``release/`` and then grades each module from the same generations.
    """
    key = generation_digest(course.source / assignment, config)
    if key not in _GENERATIONS:
        with tempfile.TemporaryDirectory(prefix="mcc-generate-") as scratch:
            fresh, template = Path(scratch) / "release", Path(scratch) / "template.db"
            generate(course, [assignment], fresh, db_url=f"sqlite:///{template}", config=config)
            files = {str(p.relative_to(fresh)): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
            _GENERATIONS[key] = (files, template.read_bytes())
    return _GENERATIONS[key]


def write_files(files: dict[str, bytes], into: Path) -> None:
    """Write ``files`` (contents by relative path) under ``into``."""
    for name, data in files.items():
        (into / name).parent.mkdir(parents=True, exist_ok=True)
        (into / name).write_bytes(data)


def check_release(course: Course) -> list[str]:
    """The paths under ``release/`` that differ from a fresh generation (empty when equal)."""
    config = load_config(course)
    with tempfile.TemporaryDirectory(prefix="mcc-check-") as build:
        fresh = Path(build)
        for assignment in course.assignments():
            write_files(generation(course, assignment, config)[0], fresh)
        return _differences(fresh, course.release)


def require_current(course: Course, assignment: str, fresh: Path) -> None:
    """Raise ``StaleReleaseError`` if ``release/<assignment>`` differs from its generation in ``fresh``."""
    problems = _differences(fresh, course.release, assignment)
    if problems:
        raise StaleReleaseError(
            f"release/{assignment} is not what source/{assignment} generates, so students did not "
            f"get the notebook that would be graded ({problems[0]}). Run `mcc release {assignment}`, "
            "check the change and commit it, then grade."
        )


def _differences(fresh: Path, current: Path, only: str = "") -> list[str]:
    def files(top: Path) -> set[str]:
        if not top.is_dir():
            return set()
        return {
            str(p.relative_to(top))
            for p in (top / only).rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(top).parts)
        }

    expected, present = files(fresh), files(current)
    problems = [f"release/{p}: missing" for p in sorted(expected - present)]
    problems += [f"release/{p}: not in a fresh generation" for p in sorted(present - expected)]
    problems += [
        f"release/{p}: differs from a fresh generation"
        for p in sorted(expected & present)
        if not filecmp.cmp(fresh / p, current / p, shallow=False)
    ]
    return problems
