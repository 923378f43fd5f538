"""nbgrader configuration: the repository root is the nbgrader course directory.

The course's own settings live in ``autograder.settings.course_defaults``, merged first, so
that ``nbgrader``, the formgrader and ``mcc`` grade the same way. ``mcc`` reads this file as
nbgrader does: put your own settings below the merge and both follow them, for example

    c.LateSubmissionPlugin.penalty_method = "zero"      # a late submission scores 0
    c.AssignLatePenalties.plugin_class = "late.SubMarks"  # your plugin in ./late.py
    c.Execute.timeout = 120                              # seconds per cell
"""

from pathlib import Path

from autograder.course import Course
from autograder.settings import course_defaults

c = get_config()  # noqa: F821 (nbgrader provides get_config)
c.merge(course_defaults(Course.at(Path(__file__).parent)))

# Your settings go below this line.
