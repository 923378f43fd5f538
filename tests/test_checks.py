"""``course.checks``: the helpers of the visible checks, in plain Python and in a real kernel.

The plain tests call each helper with a student's kind of mistake and read its message. The
kernel tests run cells one by one in a real IPython kernel, as a student does, because only a
kernel knows whether the answer cell above stopped with an error (``answer_cell_error``).
"""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib
import pytest
from notebook_kernel import Kernel

from conftest import REPO
from course import checks

matplotlib.use("Agg")


def _message(check, *args, **kwargs) -> str:
    with pytest.raises(AssertionError) as caught:
        check(*args, **kwargs)
    return str(caught.value)


# ---- call: what a student's function did ---------------------------------------------------------

def test_call_gives_back_a_good_result() -> None:
    assert checks.call(lambda code: code.upper(), "e11.9", returns=str) == "E11.9"


def test_call_names_print_instead_of_return_and_a_missing_return() -> None:
    def shows(code):
        print(code)

    def forgets(code):
        code.upper()

    assert "printed 'I10' but gave back None" in _message(checks.call, shows, "I10")
    message = _message(checks.call, forgets, "I10")
    assert "gave back None" in message and "`return`" in message


def test_a_tuple_where_text_or_a_list_is_wanted_has_its_own_sentence() -> None:
    message = _message(checks.call, lambda code: (code, "title"), "I10", returns=str)
    assert "tuple" in message and "comma" in message and "forget" not in message
    message = _message(checks.call, lambda code: (code, code), "I10", returns=list)
    assert "tuple" in message and "square brackets" in message


@pytest.mark.parametrize(("body", "words"), [
    ("counts = {}\n    counts[code] += 1\n    return counts",
     ["KeyError 'I10'", "line 3", "counts[code] += 1", "counts.get(key, 0)"]),
    ("return code[9]", ["IndexError", "count from 0", "off by one"]),
    ("return code.billable", ["AttributeError", ".billable", "icd10cm.lookup"]),
    ("return code.startwith('E')", ["AttributeError", "misspelled", ".startswith"]),
    ("return None.upper()", ["AttributeError", "None", "without return"]),
    ("return code + 1", ["TypeError", "text and numbers"]),
    ("return int(code)", ["ValueError", "not a number"]),
    ("return undefined_name", ["NameError", "spelling"]),
    ("raise NotImplementedError()", ["NotImplementedError", "raise NotImplementedError()"]),
])
def test_an_exception_becomes_a_plain_sentence_with_the_line(tmp_path, body: str, words: list[str]) -> None:
    namespace: dict = {}
    cell = tmp_path / "cell.py"  # a file, so that the message can quote the line
    cell.write_text(f"def broken(code):\n    {body}\n")
    exec(compile(cell.read_text(), str(cell), "exec"), namespace)
    message = _message(checks.call, namespace["broken"], "I10")
    assert message.startswith("broken('I10') raised ")
    for word in words:
        assert word in message, (word, message)


def test_a_course_library_error_keeps_its_own_message() -> None:
    from course import icd10cm

    message = _message(checks.call, icd10cm.validate, "E11")
    assert "from the course library" in message and "billable" in message


# ---- example: the cases of the exercise's text, and the mistake a wrong result shows --------------

@pytest.mark.parametrize(("result", "expected", "words"), [
    (["E11.22", "E11.2", "E11"], ["E11", "E11.2", "E11.22"], ["reversed"]),
    (["E11.2", "E11", "E11.22"], ["E11", "E11.2", "E11.22"], ["wrong order"]),
    (["E11"], ["E11", "E11.2", "E11.22"], ["only the first", "inside the loop"]),
    (["E11", "E11.2"], ["E11", "E11.2", "E11.22"], ["misses 'E11.22'", "off by one"]),
    ({}, {"E11.9": "valid"}, ["empty", "inside the loop"]),
    ({"E11.9": "valid"}, {"E11.9": "valid", "E11.99": "not found"}, ["only the first", "inside the loop"]),
    ({"E119": "valid"}, {"E11.9": "valid"}, ["keys should be", "'E119'"]),
    ({"E11.9": "not found"}, {"E11.9": "valid"}, ["value is wrong for 'E11.9'"]),
    ("gastro", "gastroscopy", ["only the beginning", "inside the loop"]),
    ("e11.9", "E11.9", ["capitals", ".upper()"]),
    (" E11.9", "E11.9", ["spaces", ".strip()"]),
    ("E119", "E11.9", ["dot"]),
    (4, 3, ["off by one", "one too many"]),
    (25.0, 0.25, ["percentage"]),
])
def test_mistake_names_the_usual_slip(result, expected, words: list[str]) -> None:
    named = checks.mistake(result, expected)
    for word in words:
        assert word in named, (word, named)


def test_example_passes_a_right_result_and_shows_the_example_otherwise() -> None:
    assert checks.example(lambda code: code.strip().upper(), " i10 ", expected="I10") == "I10"
    message = _message(checks.example, lambda code: code, "I10 ", expected="I10", why="Strip first.")
    assert message.startswith("<lambda>('I10 ') should return 'I10', but it returned 'I10 '.")
    assert ".strip()" in message and message.endswith("Strip first.")


def test_example_checks_the_kind_of_result_first() -> None:
    message = _message(checks.example, lambda codes: tuple(codes), ["I10"], expected=["I10"])
    assert "tuple" in message and "square brackets" in message
    message = _message(checks.example, lambda codes: 3.0, ["I10"], expected=3)
    assert "whole number" in message


def test_example_compares_floats_with_a_tolerance_and_never_takes_a_tuple_for_a_list() -> None:
    assert checks.example(lambda: 0.1 + 0.2, expected=0.3) == pytest.approx(0.3)
    assert "tuple" in _message(checks.example, lambda: ("a",), expected=["a"])


# ---- defined and has_type outside a kernel -------------------------------------------------------

def test_defined_outside_a_kernel_names_the_misspelling() -> None:
    message = _message(checks.defined, {"Add_dot": len}, "add_dot", function=True)
    assert "Add_dot" in message and "misspelled" in message
    assert checks.defined({"add_dot": len}, "add_dot", function=True) is len
    assert "should be a function" in _message(checks.defined, {"add_dot": 3}, "add_dot", function=True)


def test_has_type_for_a_pandas_column_says_how_to_get_one_number() -> None:
    import pandas as pd

    message = _message(checks.has_type, pd.Series([1, 2]), int, "most_billable_chapter")
    assert "many values" in message and "idxmax" in message


# ---- bars ----------------------------------------------------------------------------------------

def test_bars_reads_heights_and_names_bars_on_their_side() -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.bar([1, 2, 3], [5, 7, 2])
    assert checks.bars(checks.figure(fig, "f()")) == [5, 7, 2]
    assert "horizontal bars" in _message(checks.bars, ax, vertical=False)
    fig2, ax2 = plt.subplots()
    ax2.barh(["a", "b", "c"], [5, 7, 2])
    assert checks.bars(ax2, vertical=False) == [5, 7, 2]
    assert "on their side" in _message(checks.bars, ax2)
    assert "no bars" in _message(checks.bars, plt.subplots()[1])
    assert "return fig" in _message(checks.figure, None, "f()")
    plt.close("all")


# ---- answer_cell_error: in a real kernel, cell by cell -------------------------------------------

@pytest.fixture(scope="module")
def kernel() -> Iterator[Kernel]:
    with Kernel(REPO) as running:
        running.run("from course import checks")
        yield running


def _check(kernel: Kernel, call: str) -> str:
    """The message of ``call`` (a checks call) run as a test cell; "" when it passed."""
    return kernel.run(call).evalue


DEFINED_FUNCTION = "checks.defined(globals(), 'add_dot', function=True)"


def test_a_good_answer_cell_then_its_test(kernel: Kernel) -> None:
    kernel.run("def add_dot(code):\n    return code")
    assert _check(kernel, DEFINED_FUNCTION) == ""


def test_a_syntax_error_in_the_answer_cell_is_named_not_a_missing_function(kernel: Kernel) -> None:
    kernel.run("def first_code(codes)\n    return codes[0]")
    message = _check(kernel, "checks.defined(globals(), 'first_code', function=True)")
    assert message.startswith("There is no first_code yet, because your answer cell stopped with an error")
    assert "SyntaxError on line 1" in message and "Fix it first" in message
    assert "Define" not in message and "Create" not in message


def test_an_indentation_error_after_a_good_run_refuses_the_old_function(kernel: Kernel) -> None:
    kernel.run("def add_dot(code):\n    return code")
    kernel.run("def add_dot(code):\n    if code:\n        return code\n      return ''")
    message = _check(kernel, DEFINED_FUNCTION)
    assert message.startswith("Your answer cell stopped with an error: IndentationError on line 4")
    assert "earlier run" in message
    kernel.run("def add_dot(code):\n    return code")  # fixed: passes again
    assert _check(kernel, DEFINED_FUNCTION) == ""


def test_a_test_cell_run_twice_still_names_the_error_of_its_answer_cell(kernel: Kernel) -> None:
    kernel.run("def first_code(codes):\n    return codes[0]")
    kernel.run("def first_code(codes)\n    return codes[0]")
    first = _check(kernel, "checks.defined(globals(), 'first_code', function=True)")
    again = _check(kernel, "checks.defined(globals(), 'first_code', function=True)")
    assert "SyntaxError" in first and again == first


def test_an_untouched_answer_cell_says_replace_the_stub(kernel: Kernel) -> None:
    kernel.run("# Set chapter_number to ...\n# YOUR CODE HERE\nraise NotImplementedError()")
    message = _check(kernel, "checks.defined(globals(), 'chapter_number')")
    assert "the cell you ran last still raises NotImplementedError" in message
    assert "raise NotImplementedError()" in message


def test_a_second_test_cell_names_the_untouched_answer_not_the_first_test(kernel: Kernel) -> None:
    kernel.run("# case_a = [...], case_b = [...]\n# YOUR CODE HERE\nraise NotImplementedError()")
    first = _check(kernel, "checks.defined(globals(), 'case_a')")
    second = _check(kernel, "checks.defined(globals(), 'case_b')")
    assert "still raises NotImplementedError" in first
    assert "still raises NotImplementedError" in second and "AssertionError" not in second


def test_a_runtime_error_before_the_assignment_is_named(kernel: Kernel) -> None:
    kernel.run("share = 0.5")
    kernel.run("counts = {}\nshare = counts['E11'] / 10")
    message = _check(kernel, "checks.defined(globals(), 'share')")
    assert message.startswith("Your answer cell stopped with an error: KeyError 'E11' on line 2")
    assert "counts.get(key, 0)" in message and "earlier run" in message


def test_an_error_after_the_assignment_is_what_grading_sees_too(kernel: Kernel) -> None:
    kernel.run("answer_letter = 'B'\nanswer_letter.describe()")
    assert _check(kernel, "checks.defined(globals(), 'answer_letter')") == ""


def test_other_cells_between_the_answer_and_its_test(kernel: Kernel) -> None:
    kernel.run("def hierarchy(code):\n    return [code]\n  x")  # IndentationError
    kernel.run("print('a worked example')")
    kernel.run("1 + 1")
    message = _check(kernel, "checks.defined(globals(), 'hierarchy', function=True)")
    assert "your answer cell stopped with an error: IndentationError" in message
    kernel.run("def hierarchy(code):\n    return [code]")
    kernel.run("print('a worked example')")
    assert _check(kernel, "checks.defined(globals(), 'hierarchy', function=True)") == ""


def test_a_name_never_created_without_an_error_asks_to_create_it(kernel: Kernel) -> None:
    kernel.run("hypertention = 'I10'")
    message = _check(kernel, "checks.defined(globals(), 'hypertension')")
    assert "Create the variable hypertension" in message and "hypertention" in message


def test_a_replaced_input_history_never_breaks_a_check(kernel: Kernel) -> None:
    kernel.run("In = 5\nvisits = 3")
    assert _check(kernel, "checks.defined(globals(), 'visits')") == ""
    assert "Create the variable visit_count" in _check(kernel, "checks.defined(globals(), 'visit_count')")
    kernel.run("In = get_ipython().user_ns['_ih']")


def test_call_in_a_kernel_shows_the_line_of_the_answer_cell(kernel: Kernel) -> None:
    kernel.run("def tally(codes):\n    counts = {}\n    for code in codes:\n        counts[code] += 1\n"
               "    return counts")
    message = _check(kernel, "checks.call(tally, ['I10'])")
    assert "tally(['I10']) raised KeyError 'I10' on line 4 of its cell (`counts[code] += 1`)" in message
