"""The run-time tamper check: what it reads from a kernel's reply, and what only it can catch.

The corpus (``tests/test_corpus.py``) grades the submissions; here: its ``quiet-*`` cases hide
from the static scan, so their "needs attention" is the run-time check's doing, and a reply is
read as the check means it.
"""

from __future__ import annotations

import json
import sys

import nbformat
import pytest
from nbformat import NotebookNode
from test_corpus import FORGIVE, M01, QUIET_ASSERTS, QUIET_PRINT, answer, solved

from autograder import notebooks
from autograder.course import Course
from autograder.runtime_check import EXPRESSION, RuntimeCheck, is_test_cell
from autograder.tamper import scan
from conftest import REPO


@pytest.mark.parametrize("code", [QUIET_ASSERTS, QUIET_PRINT, FORGIVE],
                         ids=["quiet-asserts", "quiet-print", "forgiving-hook"])
def test_the_quiet_cases_pass_the_static_scan(code: str) -> None:
    nb = solved(M01)
    answer("ex_format_mc", code)(nb)
    assert scan(nb, notebooks.read(Course.at(REPO).notebook_path(M01, "release"))) == []


def _test_cell(gid: str = "test_codes", outputs: list | None = None) -> NotebookNode:
    cell = nbformat.v4.new_code_cell("assert True")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": gid, "points": 1}
    cell.outputs = outputs or []
    return cell


def _reply(check: RuntimeCheck, token: str | None = None, found: list[str] | None = None,
           status: str = "ok") -> dict:
    value = json.dumps([check.token if token is None else token, found or []])
    result = {"status": "ok", "data": {"text/plain": repr(value)}}
    return {"content": {"status": status, "user_expressions": {EXPRESSION: result}}}


def test_a_cell_that_ran_as_written_gives_no_finding() -> None:
    check = RuntimeCheck()
    check.read_reply(_test_cell(), _reply(check))
    assert check.findings == []


def test_each_thing_found_is_one_finding_naming_its_first_cell() -> None:
    check = RuntimeCheck()
    for gid in ("test_a", "test_b", "test_c"):
        check.read_reply(_test_cell(gid), _reply(check, found=["builtins.print was replaced"]))
    assert check.findings == [
        "a test cell did not run as written (test_a and 2 more: builtins.print was replaced)"]


@pytest.mark.parametrize(("reply", "words"), [
    ({"content": {"status": "ok", "user_expressions": {}}}, "did not run after it"),
    ({"content": {"status": "ok", "user_expressions": {
        EXPRESSION: {"status": "error", "ename": "KeyError"}}}}, "did not run after it"),
    ("forged", "answered by something else"),
    ({"content": {"status": "ok", "user_expressions": {EXPRESSION: {"status": "ok", "data": {
        "text/plain": "'not json'"}}}}}, "gave back something else"),
])
def test_a_missing_or_forged_answer_is_a_finding(reply: dict | str, words: str) -> None:
    check = RuntimeCheck()
    check.read_reply(_test_cell(), _reply(check, token="0" * 32) if reply == "forged" else reply)
    assert len(check.findings) == 1 and words in check.findings[0]


def test_a_failed_cell_is_graded_as_failed_not_flagged() -> None:
    check = RuntimeCheck()
    error = nbformat.v4.new_output("error", ename="AssertionError", evalue="", traceback=[])
    check.read_reply(_test_cell(outputs=[error]), {"content": {"status": "ok", "user_expressions": {}}})
    check.read_reply(_test_cell(), {"content": {"status": "error", "ename": "AssertionError"}})
    assert check.findings == []


def test_only_autograder_test_cells_are_checked() -> None:
    answer_cell = nbformat.v4.new_code_cell("x = 1")
    answer_cell.metadata["nbgrader"] = {"grade": True, "solution": True, "grade_id": "ex", "points": 1}
    assert is_test_cell(_test_cell()) and not is_test_cell(answer_cell)
    assert not is_test_cell(nbformat.v4.new_code_cell("x = 1"))


def test_the_setup_leaves_no_name_in_the_notebook_and_the_check_answers() -> None:
    """Run the setup and the expression as the kernel does (here, in a plain interpreter shell)."""
    import builtins

    from IPython.core.interactiveshell import InteractiveShell

    real_print = builtins.print
    shell = InteractiveShell.instance()
    try:
        check = RuntimeCheck()
        before = set(shell.user_ns)
        assert shell.run_cell(check.setup_code(), silent=True, store_history=False).success
        assert set(shell.user_ns) == before
        answered = shell.user_expressions(check.expressions())
        check.read_reply(_test_cell(), {"content": {"status": "ok", "user_expressions": answered}})
        assert check.findings == []
        shell.run_cell("import builtins\nbuiltins.print = lambda *a, **k: None", store_history=False)
        answered = shell.user_expressions(check.expressions())
        reply = {"content": {"status": "ok", "user_expressions": answered}}
        check.read_reply(_test_cell("test_after"), reply)
        assert check.findings == [
            "a test cell did not run as written (test_after: builtins.print was replaced)"]
    finally:
        builtins.print = real_print
        InteractiveShell.clear_instance()
        sys.modules.pop(check.module, None)
