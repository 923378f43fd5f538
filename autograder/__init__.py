"""The instructor pipeline: release, grade, feedback, export and the demo class.

Every step wraps nbgrader; the functions here are the Python API and ``mcc`` (see
``autograder.cli``) only parses arguments and calls them.
"""

import sys

# nbformat imports jsonschema, whose format checkers import rfc3987_syntax if it is installed
# (jupyter_events asks for it): that builds 35 Lark parsers, about 1 s in every grader process
# and pool worker (python-jsonschema/jsonschema#1428). Nothing here checks IRIs; without it,
# jsonschema leaves the "iri" format unchecked, as where the package is not installed.
sys.modules.setdefault("rfc3987_syntax", None)

from autograder.course import Course  # noqa: E402
from autograder.errors import CourseError  # noqa: E402

__all__ = ["Course", "CourseError"]
