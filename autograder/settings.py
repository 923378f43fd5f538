"""The nbgrader configuration of a course, built in one place for the CLI and nbgrader."""

from __future__ import annotations

from pathlib import Path

from traitlets.config import Config

from autograder.course import COURSE_ID, Course

CELL_TIMEOUT_S = 60


def nbgrader_config(course: Course, release_dir: Path | None = None, db_url: str = "") -> Config:
    """The nbgrader config for ``course``; ``release_dir`` and ``db_url`` override the defaults."""
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
    c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]
    return c
