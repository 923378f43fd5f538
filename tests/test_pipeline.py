"""The release-and-grade pipeline on a small toy course built with the cell helpers."""

from __future__ import annotations

import csv
import html
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from traitlets.config import Config

from autograder import notebooks, worker
from autograder import release as releasing
from autograder.backends import LocalPool
from autograder.cli import main
from autograder.collect import find_candidates, student_id
from autograder.course import Course
from autograder.demo import _fresh_workspace, run_demo
from autograder.digests import Record
from autograder.errors import (
    ConfigurationError,
    CourseError,
    NbgraderStepError,
    StaleReleaseError,
    SubmissionsFolderError,
    UnknownAssignmentError,
)
from autograder.feedback import TABLE_CSS
from autograder.grade import grade, prepare
from autograder.nbgrader_steps import ask_alembic_in_process, error_tail, reuse_gradebook_engines
from autograder.release import check_release, release
from autograder.settings import load_config
from autograder.worker import GradeTask
from builders import answer_cell, notebook, student_copy


def test_a_grader_process_skips_the_iri_parsers_and_still_validates_notebooks() -> None:
    # jsonschema would build rfc3987_syntax's Lark parsers on import: 1 s a process (autograder/__init__).
    probe = ("import sys, autograder.cli, autograder.worker, nbformat\n"
             "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('x = 1')])\n"
             "nbformat.validate(nb)\n"
             "del nb.cells[0]['source']\n"
             "try:\n    nbformat.validate(nb)\nexcept nbformat.ValidationError:\n    print('invalid')\n"
             "print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["invalid", "False"]


def test_release_replaces_solutions_with_stubs_and_drops_hidden_tests(toy: Course) -> None:
    text = course_release_text(toy)
    assert "raise NotImplementedError()" in text
    assert 'answer = "B"' not in text and "2 * x" not in text
    assert "double(21)" not in text and "HIDDEN" not in text
    assert check_release(toy) == []


def course_release_text(course: Course) -> str:
    nb = notebooks.read(course.notebook_path("toy", "release"))
    return "\n".join(cell.source for cell in nb.cells)


def test_checking_the_release_and_grading_share_one_generation(toy: Course,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """``mcc demo`` checks ``release/``, then grades each module: nbgrader generates it once for both
    (and once more into the course's gradebook, as an instructor's ``generate_assignment`` does)."""
    steps: list[str] = []
    run_step = releasing.run_step
    monkeypatch.setattr(releasing, "run_step", lambda step, *a: steps.append(step) or run_step(step, *a))
    monkeypatch.setattr(releasing, "_GENERATIONS", {})
    assert check_release(toy) == [] and steps == ["generate_assignment"]
    reference = prepare(toy, "toy", load_config(toy))
    assert steps == ["generate_assignment"] * 2, "grading generated the release again"
    assert reference.release == toy.notebook_path("toy", "release").read_bytes()
    path = toy.notebook_path("toy")
    path.write_text(path.read_text().replace("double(21) == 42", "double(5) == 10"))
    assert check_release(toy) == [] and len(steps) == 3  # a changed source is generated again


def test_check_release_names_stale_and_extra_files(toy: Course) -> None:
    path = toy.notebook_path("toy")
    nb = notebooks.read(path)
    nb.cells[0].source = "# Toy module, revised"
    notebooks.write(nb, path)
    (toy.release / "toy" / "stray.txt").write_text("left over")
    assert check_release(toy) == [
        "release/toy/stray.txt: not in a fresh generation",
        "release/toy/toy.ipynb: differs from a fresh generation",
    ]


def test_failed_release_leaves_release_untouched(toy: Course) -> None:
    before = (toy.release / "toy" / "toy.ipynb").read_bytes()
    broken = notebook(answer_cell("a", "x = 1"), answer_cell("a", "y = 2"))  # duplicate grade id
    notebooks.write(broken, toy.notebook_path("toy"))
    with pytest.raises(NbgraderStepError, match="toy"):
        release(toy)
    assert (toy.release / "toy" / "toy.ipynb").read_bytes() == before
    assert [p.name for p in toy.release.iterdir()] == ["toy"]


def test_unknown_assignment_is_named_with_the_known_ones(toy: Course) -> None:
    with pytest.raises(UnknownAssignmentError, match="'nope'.*toy"):
        release(toy, "nope")


def test_grade_scores_each_layout_and_reports_bad_submissions(
    pool: LocalPool, toy: Course, tmp_path: Path
) -> None:
    subs = tmp_path / "subs"
    solved = {"ex_letter": 'answer = "B"', "ex_double": "def double(x):\n    return x + x"}
    notebooks.write(student_copy(toy, solved), subs / "Alice Smith" / "nested" / "toy.ipynb")
    notebooks.write(student_copy(toy, {"ex_letter": 'answer = "B"'}), subs / "bob_LATE_123_456_toy-1.ipynb")
    notebooks.write(student_copy(toy, {"ex_letter": 'answer = "C"',
                                        "ex_double": "def double(x):\n    return 2 if x == 1 else 0"}),
                    subs / "carol.ipynb")
    notebooks.write(student_copy(toy, {}), subs / "dan" / "toy.ipynb")
    (subs / "erin_1_2_toy.ipynb").write_bytes(b"%PDF-1.4 not a notebook")
    (subs / "fay").mkdir()
    (subs / "fay" / "essay.docx").write_bytes(b"PK\x03\x04")
    notebooks.write(notebook(answer_cell("other", "z = 1")), subs / "gus.ipynb")

    report = grade(toy, "toy", subs, backend=pool, progress=False)

    alice = student_id("Alice Smith")  # the folder name had a space: a hash keeps it distinct
    assert alice.startswith("alice-smith-")
    scores = {s: v.score for s, v in report.scores.items()}
    assert scores == {alice: 3.0, "bob": 1.0, "carol": 0.0, "dan": 0.0}
    reasons = {p.student: p.reason for p in report.problems}
    assert set(reasons) == {"erin", "fay", "gus"}
    assert reasons["erin"].startswith("not a valid notebook")
    assert reasons["fay"].startswith("no .ipynb notebook")
    assert reasons["gus"].startswith("wrong notebook")
    with report.grades_csv.open() as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    assert rows[alice]["score"] == "3.0" and rows[alice]["status"] == "graded"
    assert rows["erin"]["score"] == "" and rows["erin"]["status"] == "needs attention"
    assert len(rows) == 7


def test_feedback_shows_visible_tests_but_never_hidden_ones(
    pool: LocalPool, toy: Course, tmp_path: Path
) -> None:
    subs = tmp_path / "subs"
    notebooks.write(student_copy(toy, {"ex_letter": 'answer = "A"'}), subs / "zed" / "toy.ipynb")
    grade(toy, "toy", subs, backend=pool, progress=False)
    page = (toy.workspace / "feedback" / "zed" / "toy" / "toy.html").read_text()
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "double(1) == 2" in text
    assert "Not the right letter" in text  # the message of the failed hidden check is shown
    assert 'answer == "B"' not in text and "double(21)" not in text
    assert TABLE_CSS in page  # table cells have room


def test_submissions_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(SubmissionsFolderError, match="does not exist"):
        find_candidates(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SubmissionsFolderError, match="no submissions"):
        find_candidates(tmp_path / "empty")


def test_student_ids_are_safe_path_parts_and_stay_distinct() -> None:
    assert student_id("jane.doe") == "jane.doe" and student_id("Smith") == "smith"
    assert student_id("../../etc/Passwd").startswith("etc-passwd-")
    assert student_id("José Núñez").startswith("jose-nunez-")
    ids = [student_id(n) for n in ("jose", "josé", "josè", "李雷", "王芳", "..", "Jane Doe", "jane doe")]
    assert len(set(ids)) == len(ids)
    assert all(i and "/" not in i and not i.startswith(".") for i in ids)


def test_cli_exit_codes_and_messages(toy: Course, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    base = ["--course", str(toy.root)]
    assert main([*base, "grade", "nope", "--submissions", str(tmp_path)]) == 2
    assert "Unknown assignment 'nope'" in capsys.readouterr().err
    assert main([*base, "grade", "toy", "--submissions", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main([*base, "grade", "toy", "--submissions", str(tmp_path / "empty")]) == 2
    assert "no submissions" in capsys.readouterr().err
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "kim.ipynb").write_text("{not json")
    args = [*base, "grade", "toy", "--submissions", str(tmp_path / "one"),
            "--workspace", str(tmp_path / "ws2"), "--quiet"]
    assert main(args) == 3
    assert "NEEDS ATTENTION kim: kim.ipynb: not a valid notebook" in capsys.readouterr().err
    assert main([*base, "check-release"]) == 0


def test_validate_exits_non_zero_until_the_tests_pass(toy: Course, tmp_path: Path,
                                                     capfd: pytest.CaptureFixture) -> None:
    path = tmp_path / "mine.ipynb"
    notebooks.write(student_copy(toy, {"ex_letter": 'answer = "B"'}), path)
    assert main(["validate", str(path)]) == 1
    out, err = capfd.readouterr()  # the kernel's own output too
    assert "NOT valid" in out and "running over TCP" not in err  # its kernel talks over IPC
    notebooks.write(student_copy(toy, {"ex_letter": 'answer = "B"',
                                       "ex_double": "def double(x):\n    return x * 2"}), path)
    assert main(["validate", str(path)]) == 0
    assert main(["validate", str(tmp_path / "missing.ipynb")]) == 2


def test_a_setting_in_nbgrader_config_changes_mcc_grade(pool: LocalPool, toy: Course, tmp_path: Path) -> None:
    subs = tmp_path / "subs"
    slow = 'import time\ntime.sleep(4)\nanswer = "B"'
    notebooks.write(student_copy(toy, {"ex_letter": slow, "ex_double": "def double(x):\n    return 2 * x"}),
                    subs / "slow" / "toy.ipynb")
    assert grade(toy, "toy", subs, backend=pool, progress=False).scores["slow"].score == 3.0
    (toy.root / "nbgrader_config.py").write_text("c = get_config()\nc.Execute.timeout = 2\n")
    again = grade(toy, "toy", subs, backend=pool, progress=False)
    assert again.regraded == {"slow": ["the tests, points or grading settings changed"]}
    assert again.scores["slow"].score == 2.0  # the letter cell timed out: nbgrader's setting, obeyed


def test_a_broken_config_file_is_an_error_not_ignored(toy: Course, tmp_path: Path) -> None:
    (toy.root / "nbgrader_config.py").write_text("c = get_config()\nc.Execute.timeout = \n")
    notebooks.write(student_copy(toy, {}), tmp_path / "subs" / "kim" / "toy.ipynb")
    with pytest.raises(ConfigurationError, match="SyntaxError"):
        grade(toy, "toy", tmp_path / "subs", progress=False)


def test_grading_stops_when_release_is_not_what_source_generates(toy: Course, tmp_path: Path) -> None:
    notebooks.write(student_copy(toy, {}), tmp_path / "subs" / "kim" / "toy.ipynb")
    path = toy.notebook_path("toy")
    nb = notebooks.read(path)
    nb.cells[3].source = nb.cells[3].source.replace("Use one letter", "Give one letter")  # a visible test
    notebooks.write(nb, path)
    with pytest.raises(StaleReleaseError, match="mcc release toy"):
        grade(toy, "toy", tmp_path / "subs", progress=False)
    assert not (toy.workspace / "autograded").exists()


def test_demo_empties_only_a_folder_a_demo_made(toy: Course, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    for workspace in (mine, toy.root, tmp_path):
        with pytest.raises(CourseError, match="not empty|holds the course"):
            run_demo(Course.at(toy.root, workspace), size=1, progress=False)
    assert (mine / "notes.txt").read_text() == "keep me"
    before = (toy.release / "toy" / "toy.ipynb").stat().st_mtime_ns
    _fresh_workspace(Course.at(toy.root, tmp_path / "demo"))
    (tmp_path / "demo" / "left-over.txt").write_text("from the last demo")
    _fresh_workspace(Course.at(toy.root, tmp_path / "demo"))
    assert [p.name for p in (tmp_path / "demo").iterdir()] == [".mcc-demo"]
    assert (toy.release / "toy" / "toy.ipynb").stat().st_mtime_ns == before  # release/ was current


@pytest.mark.parametrize(("failure", "attempts"), [
    ("grading failed: RuntimeError: Kernel died before replying to kernel_info", 2),  # no student code ran
    ("grading failed: DeadKernelError: Kernel died", 1),  # the student's code killed it: their result
])
def test_only_a_kernel_that_died_while_starting_is_started_again(
    monkeypatch: pytest.MonkeyPatch, toy: Course, failure: str, attempts: int
) -> None:
    calls = []

    def execute(*args: object) -> str:
        calls.append(args)
        return failure if len(calls) == 1 else ""

    monkeypatch.setattr(worker, "_execute", execute)
    monkeypatch.setattr(worker, "server_for", lambda limits, preload: SimpleNamespace(socket_path=""))
    release = toy.notebook_path("toy", "release").read_bytes()
    task = GradeTask("toy", "kim", release, Record("", "", "", ""),
                     {"toy.ipynb": toy.notebook_path("toy").read_bytes()}, b"", release, Config())
    outcome = worker.grade_task(task)
    assert len(calls) == attempts and outcome.ok == (attempts == 2)


def test_a_failed_steps_reason_names_the_exception_even_when_more_was_logged_after_it() -> None:
    log = "\n".join(["Traceback (most recent call last):", '  File "x.py", line 1, in run',
                     "nbclient.exceptions.CellTimeoutError: A cell timed out while it was being executed",
                     *(f"[WARNING] output line {i}" for i in range(20)),
                     "[ERROR] Please see the the above traceback for details on the specific errors"])
    reason = worker._last_line(error_tail(log))
    assert reason == ("grading failed: nbclient.exceptions.CellTimeoutError: A cell timed out while it was "
                      "being executed")
    short = "nbclient.exceptions.DeadKernelError: Kernel died\n[ERROR] Please see the above traceback"
    assert error_tail(short) == short  # already among the last lines: not repeated


def test_a_new_gradebook_is_stamped_with_the_revision_plain_nbgrader_stamps(tmp_path: Path) -> None:
    ask = "import nbgrader.api; print(nbgrader.api.get_alembic_version())"  # runs `alembic heads`, a process
    plain = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, check=True).stdout
    ask_alembic_in_process()
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}"):
        pass
    with sqlite3.connect(tmp_path / "gradebook.db") as db:
        stamped = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert re.fullmatch(r"[0-9a-f]{12}", plain.strip()) and stamped == plain.strip()


def test_gradebooks_of_one_database_share_an_engine_and_still_read_the_file_afresh(tmp_path: Path) -> None:
    reuse_gradebook_engines()
    from nbgrader.api import Gradebook

    url, other = f"sqlite:///{tmp_path / 'gradebook.db'}", f"sqlite:///{tmp_path / 'other.db'}"
    with Gradebook(url) as outer, Gradebook(url) as inner, Gradebook(other) as elsewhere:
        assert inner.engine is outer.engine and elsewhere.engine is not outer.engine
        inner.add_student("s1")
        elsewhere.add_student("s2")
    with Gradebook(url) as outer:  # closing one gradebook leaves another on the same engine working
        with Gradebook(url) as inner:
            inner.add_student("s3")
        assert [s.id for s in outer.students] == ["s1", "s3"]
    (tmp_path / "other.db").replace(tmp_path / "gradebook.db")  # as a copied-in gradebook is
    with Gradebook(url) as gb:
        assert [s.id for s in gb.students] == ["s2"]
