"""The nbgrader configuration of a course, built in one place for the CLI and nbgrader."""

from __future__ import annotations

from pathlib import Path

from traitlets.config import Config

from autograder.course import COURSE_ID, Course

CELL_TIMEOUT_S = 60


def nbgrader_config(
    course: Course, release_dir: Path | None = None, db_url: str = "", fork_socket: str = ""
) -> Config:
    """The nbgrader config for ``course``; ``release_dir`` and ``db_url`` override the defaults.

    Autograding keeps at most ``OutputLimit.max_chars`` characters per output. With
    ``fork_socket``, it takes its kernels from that kernel fork server.
    """
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import GetGrades

    from autograder.feedback import HideHiddenTests

    c = Config()
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.root = str(course.workspace)
    c.CourseDirectory.source_directory = str(course.source)
    c.CourseDirectory.release_directory = str(release_dir or course.release)
    c.CourseDirectory.db_url = db_url or course.gradebook_url
    c.Execute.timeout = CELL_TIMEOUT_S
    c.Execute.shutdown_kernel = "immediate"
    c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]
    c.Autograde.autograde_preprocessors = _autograde_steps(fork_socket)
    if fork_socket:
        c.ForkKernelManager.socket_path = fork_socket
    return c


def _autograde_steps(fork_socket: str) -> list[type]:
    """nbgrader's autograde steps, with ``OutputLimit`` and, given a fork server, ``ForkExecute``."""
    from nbgrader.converters import Autograde

    from autograder.output_limit import OutputLimit

    swaps = {"LimitOutput": OutputLimit}
    if fork_socket:
        from autograder.kernels import ForkExecute

        swaps["Execute"] = ForkExecute
    steps = Autograde.class_traits()["autograde_preprocessors"].default()
    return [swaps.get(step.__name__, step) for step in steps]
