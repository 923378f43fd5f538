"""The instructor pipeline: release, grade, feedback, export and the demo class.

Every step wraps nbgrader; the functions here are the Python API and ``mcc`` (see
``autograder.cli``) only parses arguments and calls them.
"""

from autograder.course import Course
from autograder.errors import CourseError

__all__ = ["Course", "CourseError"]
