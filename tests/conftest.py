"""Shared fixtures: the repository's course, and the PATH that nbgrader needs."""

from __future__ import annotations

import contextlib
import io
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from autograder import sample_class
from autograder.backends import LocalPool
from autograder.cli import main
from autograder.course import Course
from autograder.release import release
from browser_support import CHROMIUM, WAIT_MS, chromium_page
from builders import toy_assignment, write_course

REPO = Path(__file__).resolve().parent.parent
ASSIGNMENTS = Course.at(REPO).assignments()

# nbgrader runs its `alembic` command from PATH when it creates a gradebook.
os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")


SHARED_SESSION = {"test_demo.py": "demo-class", "test_modules.py": "demo-class"}
"""Test files that read one session fixture (the demo's class): ``pytest -n`` runs them in one process."""


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Under ``pytest -n N`` (pytest-xdist): each test file runs whole in one process, so its module
    fixtures are built once, and the files in ``SHARED_SESSION`` run in the same process.

    xdist's own ``--dist loadgroup`` cannot do this under pytest 9: it renames ``item._nodeid``,
    which pytest 9 no longer reads, so every test is scheduled on its own.
    """
    from xdist.scheduler import LoadScopeScheduling

    class ByFile(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return SHARED_SESSION.get(Path(path).name, path)

    config.option.loadscopereorder = False  # xdist would put the files with most tests first
    return ByFile(config, log)


LONGEST_FIRST = (
    "test_demo.py", "test_modules.py", "test_corpus.py", "test_variants.py", "test_wrong_answers.py",
    "test_nbgrader_parity.py", "test_binder.py", "test_stopping.py", "test_scale.py", "test_site.py",
    "test_lab.py", "test_self_check.py", "test_same_scores.py", "test_browser.py", "test_encoder.py",
    "test_sandbox.py", "test_pipeline.py", "test_kernels.py", "test_sandbox_unprivileged.py",
)
"""Test files by their time in a ``pytest -n 2 --durations=0`` run, longest first; the rest follow."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``pytest -n``: the longest test files first, so that no long one is left to run alone
    at the end while the other processes have finished (xdist hands out files in this order)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.fixture(scope="session")
def repo_course() -> Course:
    """The course in this repository, grading nowhere (read-only use)."""
    return Course.at(REPO)


@pytest.fixture
def grader_tmp() -> Iterator[Path]:
    """A temporary folder for a grader run as a process (its ``TMPDIR``), removed after the test;
    short, unlike ``tmp_path``, for the Unix sockets its fork servers make there."""
    folder = Path(tempfile.mkdtemp(prefix="mcc-t-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def toy(tmp_path: Path) -> Course:
    """A released one-assignment toy course (3 points) with its workspace in ``tmp_path/ws``."""
    write_course(tmp_path, {"toy": toy_assignment()})
    course = Course.at(tmp_path, tmp_path / "ws")
    release(course)
    return course


@pytest.fixture(scope="session")
def pool() -> Iterator[LocalPool]:
    """One local grading pool for the session: workers and kernel servers start once."""
    with LocalPool(2) as shared:
        yield shared


DEMO_SIZE = sample_class.DEMO_SIZE
"""The test demo's class, the demo's own: 1 complete, 1 blank, 6 mixed (a late one, a copier)."""


@dataclass(frozen=True)
class DemoClass:
    """``mcc demo`` run once on a copy of the course: its course, and what the command printed."""

    course: Course
    printed: str


@pytest.fixture(scope="session")
def demo_class(tmp_path_factory: pytest.TempPathFactory) -> DemoClass:
    """The demo's sample class of every module, graded once for every test that reads a graded class."""
    top = tmp_path_factory.mktemp("demo-class")
    for step in ("source", "release"):
        shutil.copytree(REPO / step, top / step)
    shutil.copy(REPO / "nbgrader_config.py", top)  # the course's own settings, as an instructor has them
    course = Course.at(top, top / "demo")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["--course", str(top), "demo", "--workspace", str(course.workspace), "--quiet",
                     "--students", str(DEMO_SIZE)])
    assert code == 0, printed.getvalue()[-3000:]
    return DemoClass(course, printed.getvalue())


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Page]:
    """A page in a fresh headless Chromium profile, closed after the test (browser tests)."""
    if not CHROMIUM.exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: `apt-get install chromium` (see .ci/run) or set CHROMIUM.")
    expect.set_options(timeout=WAIT_MS)
    with chromium_page(tmp_path / "chromium-profile", WAIT_MS) as tab:
        yield tab


LEARNER = "mcc-learner"
"""The unprivileged user the tests make to run the grader as (``tests/learner.py``)."""


@pytest.fixture(scope="session")
def learner() -> pwd.struct_passwd:
    """An unprivileged user, made for the test where the machine lets us (root)."""
    if os.geteuid() != 0:
        pytest.skip("creating an unprivileged user needs root")
    try:
        return pwd.getpwnam(LEARNER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", LEARNER],
                       check=True)
        return pwd.getpwnam(LEARNER)


def give(learner: pwd.struct_passwd, folder: Path) -> None:
    """Make ``folder`` and everything in it the learner's."""
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, learner.pw_uid, learner.pw_gid)


def warm_cache(home: Path) -> None:
    """Copy every table this library keeps on disk into ``home``'s cache, building here what is not yet.

    The learner's own later runs find them there, as after a first run of theirs that built
    them (several seconds of CPU: the code sets, the coder's books, the search index). Built
    first in this process (``course.preload``), once: copying only those built so far left the
    learner to build the rest whenever its test ran before the tests that build them.
    """
    import course
    from course import disk_cache

    course.preload()
    kept = home / ".cache" / "medical-coding-career"
    kept.mkdir(parents=True, exist_ok=True)
    for path in disk_cache.table_paths():
        if path.is_file():
            shutil.copy(path, kept)


def run_as(learner: pwd.struct_passwd, home: Path, *arguments: str, options: tuple[str, ...] = (),
           env: dict[str, str] | None = None, timeout: int = 600) -> str:
    """Run ``python ARGUMENTS`` as the learner (``tests/learner.py OPTIONS``) from the repository.

    ``home`` is its home folder. Returns what it printed; a non-zero exit fails the test.
    """
    command = [sys.executable, str(REPO / "tests" / "learner.py"), *options, str(learner.pw_uid),
               str(learner.pw_gid), sys.executable, *arguments]
    environment = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(home), **(env or {})}
    run = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=timeout, cwd=REPO)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout
