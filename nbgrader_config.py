"""nbgrader configuration: the repository root is the nbgrader course directory.

The settings live in ``autograder.settings`` so that ``nbgrader``, the formgrader and the
``mcc`` command grade the same way.
"""

from pathlib import Path

from autograder.course import Course
from autograder.settings import nbgrader_config

c = get_config()  # noqa: F821 (nbgrader provides get_config)
c.merge(nbgrader_config(Course.at(Path(__file__).parent)))
