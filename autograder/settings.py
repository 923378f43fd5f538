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

    With ``fork_socket``, autograding takes its kernels from that kernel fork server.
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
    if fork_socket:
        from nbgrader.converters import Autograde

        from autograder.kernels import ForkExecute

        steps = Autograde.class_traits()["autograde_preprocessors"].default()
        c.Autograde.autograde_preprocessors = [ForkExecute if s.__name__ == "Execute" else s for s in steps]
        c.ForkKernelManager.socket_path = fork_socket
    return c
