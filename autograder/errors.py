"""The errors the instructor pipeline raises; each message says what to do."""


class CourseError(Exception):
    """A problem the instructor can fix; the CLI prints it and exits non-zero."""

    exit_code = 2


class UnknownAssignmentError(CourseError):
    """The assignment id names no folder in ``source/``."""


class SubmissionsFolderError(CourseError):
    """The submissions folder is missing, not a folder, or empty."""


class NbgraderStepError(CourseError):
    """An nbgrader step (generate, autograde, feedback) reported failure."""

    exit_code = 1


class ConfigurationError(CourseError):
    """The course's nbgrader configuration cannot be used as it stands."""


class StaleReleaseError(CourseError):
    """The committed ``release/`` differs from what ``source/`` generates."""


class GradingStopped(CourseError):
    """Grading was stopped (Ctrl-C, SIGTERM) before every submission was recorded."""

    exit_code = 130
