"""The nbgrader configuration of a course, in three layers, built here for ``mcc`` and nbgrader.

1. ``course_defaults``: the course's own settings (timeouts, the output cap, feedback that
   hides hidden tests). The course's ``nbgrader_config.py`` merges them first.
2. ``load_config``: what nbgrader itself reads, in its order: ``nbgrader_config.py`` in each
   Jupyter config folder (``jupyter --paths``), then the course folder's own. An instructor's
   line in that file (a late-submission plugin, ``Execute.timeout``, ``ClearSolutions`` text)
   overrides the defaults for ``mcc`` exactly as for ``nbgrader``.
3. ``step_config``: where one ``mcc`` step works (the workspace, the gradebook, the release
   folder) and which of nbgrader's steps run in which process (``autograder.replay``).
   Only paths and the place of execution change; every grading setting stays the file's.
"""

from __future__ import annotations

import copy
import logging
import sys
from pathlib import Path

from traitlets.config import Config

from autograder.course import COURSE_ID, Course
from autograder.errors import ConfigurationError

CELL_TIMEOUT_S = 60
IOPUB_TIMEOUT_S = 30
"""How long to wait for a cell's output after the kernel's reply. nbgrader fails the whole notebook
when that wait runs out (``raise_on_iopub_timeout``), and nbclient's 4 s were too short for a large
output on a busy machine: a student who printed 100 MB was reported, not graded."""
GRADING_SECTIONS = ("Execute", "ExecutePreprocessor", "Autograde", "LimitOutput", "OutputLimit",
                    "IgnorePattern", "ClearMetadataPreprocessor", "SaveAutoGrades",
                    "AssignLatePenalties", "LateSubmissionPlugin", "OverwriteCells", "ClearOutput",
                    "CheckCellMetadata", "DeduplicateIds", "OverwriteKernelspec")
"""Config sections that change a grade: a change in any of them regrades (``autograder.digests``)."""


def course_defaults(course: Course) -> Config:
    """The course's own nbgrader settings (layer 1)."""
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import GetGrades

    from autograder.feedback import FeedbackExporter, HideHiddenTests, PadTables
    from autograder.output_limit import OutputLimit

    c = Config()
    _place(c, course)
    c.Execute.timeout = CELL_TIMEOUT_S
    c.Execute.iopub_timeout = IOPUB_TIMEOUT_S
    c.Execute.shutdown_kernel = "immediate"
    c.GenerateFeedback.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor, PadTables]
    c.GenerateFeedback.exporter_class = FeedbackExporter
    steps = _autograde_steps(Config())
    c.Autograde.autograde_preprocessors = [OutputLimit if s.__name__ == "LimitOutput" else s for s in steps]
    return c


def _place(c: Config, course: Course, release_dir: Path | None = None, db_url: str = "") -> None:
    """Set where nbgrader works in ``c``: the course's workspace, source, release and gradebook."""
    c.CourseDirectory.course_id = COURSE_ID
    c.CourseDirectory.root = str(course.workspace)
    c.CourseDirectory.source_directory = str(course.source)
    c.CourseDirectory.release_directory = str(release_dir or course.release)
    c.CourseDirectory.db_url = db_url or course.gradebook_url


def load_config(course: Course) -> Config:
    """Layers 1 and 2: the defaults, then every ``nbgrader_config.py`` nbgrader would read.

    As nbgrader does, the course folder goes on ``sys.path`` so that a plugin named there
    (``c.AssignLatePenalties.plugin_class = "late.SubMarks"``) can be imported.
    """
    from jupyter_core.application import JupyterApp
    from nbgrader.apps.baseapp import NbGrader

    class _Loader(NbGrader):
        load_cwd_config = False  # the course folder, not wherever mcc was started

    loader = _Loader(raise_config_file_errors=True)
    loader.log.setLevel(logging.ERROR)  # not "No nbgrader_config.py file found" for each folder
    loader.update_config(course_defaults(course))
    try:
        loader.load_config_file()
        super(JupyterApp, loader).load_config_file("nbgrader_config.py", path=str(course.root))
    except Exception as exc:  # a broken config file: nbgrader would log it and go on without it
        raise ConfigurationError(f"Cannot read the nbgrader configuration of {course.root}: "
                                 f"{type(exc).__name__}: {exc}") from exc
    if str(course.root) not in sys.path:
        sys.path.insert(0, str(course.root))
    return copy.deepcopy(loader.config)


def step_config(
    config: Config, course: Course, *, release_dir: Path | None = None, db_url: str = "",
    fork_socket: str = "", hide: tuple[str, ...] = (), graded: Path | None = None,
) -> Config:
    """Layer 3: ``config`` working in ``course`` (its workspace, gradebook and release folder).

    With ``fork_socket``, autograde executes with kernels from that fork server, which cannot
    see the folders ``hide``, and stops before its first gradebook write (a worker's half).
    With ``graded``, it takes each notebook as a worker executed it from that folder and runs
    only the steps after execution, against the real gradebook (the writer's half). See
    ``autograder.replay``.
    """
    from autograder.replay import executed_half, recorded_half

    c = copy.deepcopy(config)  # a Config copy shares its sections
    _place(c, course, release_dir, db_url)
    steps = _autograde_steps(config)
    if fork_socket:
        c.Autograde.autograde_preprocessors = executed_half(steps)
        c.ForkKernelManager.socket_path = fork_socket
        c.ForkKernelManager.hide = list(hide)
    if graded is not None:
        c.Autograde.sanitize_preprocessors, c.Autograde.autograde_preprocessors = recorded_half(steps)
        c.UseExecuted.folder = str(graded)
    return c


def _autograde_steps(config: Config) -> list[type]:
    """The autograde preprocessors ``config`` names (nbgrader's own list when it names none)."""
    from nbgrader.converters import Autograde

    if "autograde_preprocessors" in config.Autograde:
        return list(config.Autograde.autograde_preprocessors)
    return list(Autograde.class_traits()["autograde_preprocessors"].default())
