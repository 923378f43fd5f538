"""Visible checks that explain a Python mistake in plain words.

A test cell calls these before it checks the answer itself, so that a student who misspelled a
name, gave the wrong kind of value or printed instead of returning reads what to fix, not a
traceback::

    from course import checks

    checks.defined(globals(), "add_dot", function=True)
    checks.example(add_dot, "E119", expected="E11.9")   # an example the exercise's text shows
    result = checks.call(add_dot, "E119", returns=str)  # or call it and check the result yourself

Each one raises ``AssertionError`` with its message, the error a visible check gives.

* ``defined`` knows whether the answer cell above stopped with an error (``answer_cell_error``):
  then it says so ("your answer cell stopped with an error: fix it first") instead of "create the
  variable", and it refuses a value left over from an earlier run that grading would not see.
* ``call`` runs the student's function on one case; an exception it raises becomes a plain
  sentence (``explain``) with the line of the answer cell where it happened; ``None`` becomes
  "forgot return" (or "printed instead of returned").
* ``example`` compares the result with the one the exercise's text shows and names the usual
  mistake (reversed, first item only, off by one, capitals, a percentage, ...).
* ``figure`` and ``bars`` read the bar chart that a function returned, and name bars drawn the
  other way round than the exercise asks.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import linecache
import math
import numbers
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_KINDS = {  # what a type is called for a coder, and how to write one
    bool: "True or False (a bool)",
    int: "a whole number (an int), such as 10",
    float: "a number (a float), such as 0.25",
    str: 'text (a str), written in quotes, such as "I10"',
    list: 'a list, written in square brackets, such as ["E11.9", "I10"]',
    dict: 'a dictionary (a dict), written in curly braces, such as {"A": "E11.9"}',
}


def defined(namespace: dict[str, Any], name: str, function: bool = False) -> Any:
    """The value of ``name`` in ``namespace`` (pass ``globals()``), or a message naming the likely slip.

    When the latest run of the answer cell that creates ``name`` stopped with an error before it
    created ``name``, the message says so: a missing name is then not the slip, and a value left
    from an earlier run is not what grading will see (grading runs the cell as it is now).
    """
    what = f"the function {name} (keep its def line)" if function else f"the variable {name}"
    stopped = answer_cell_error(name)
    if name not in namespace:
        if stopped:
            raise AssertionError(f"There is no {name} yet, because {stopped}")
        mine = [n for n in namespace if not n.startswith("_")]
        close = [n for n in mine if n.lower() == name.lower()]
        close = close or difflib.get_close_matches(name, mine, 1, 0.75)
        hint = (f" You have {close[0]}: is it misspelled? A name must match exactly, capitals and "
                "underscores included." if close else "")
        raise AssertionError(f"There is no {name} yet (a NameError). Create {what} in the answer cell "
                             f"above and run that cell with Shift+Enter.{hint}")
    if stopped:
        raise AssertionError(f"{stopped[0].upper()}{stopped[1:]} The {name} you have now comes from "
                             "an earlier run; when your notebook is graded, the cell runs as it is now "
                             "and stops there.")
    value = namespace[name]
    if function and not callable(value):
        raise AssertionError(f"{name} should be a function, made with `def {name}(...):`, but it is "
                             f"{_shown(value)}. Keep the def line the answer cell gives you.")
    return value


def has_type(value: Any, expected: type, name: str) -> None:
    """Check that ``value`` (``name`` in messages) is an ``expected``: str, int, float, bool, list, dict."""
    if _is(value, expected):
        return
    fix = ""
    if value is None:
        fix = " None means nothing was given back: did you forget `return`, or `=` to store a value?"
    elif isinstance(value, tuple) and expected is str:
        fix = (" A comma makes a tuple: `return code, title` (or a comma at the end, `return code,`) "
               "gives back several values at once. Return one string: join the pieces with + or an "
               "f-string.")
    elif isinstance(value, tuple) and expected is list:
        fix = (" Round brackets (or a comma, `return a, b`) make a tuple: return a list, in square "
               "brackets [a, b], or list(...).")
    elif hasattr(value, "__dataclass_fields__") and expected in _KINDS:
        fields = ", ".join(f".{f}" for f in value.__dataclass_fields__)
        fix = f" That is a whole record: read the one field you need with a dot ({fields})."
    elif expected in (int, float) and hasattr(value, "shape"):
        fix = (" A pandas table or column holds many values: pick the one you need (for example "
               "with .loc[...] or .idxmax()), or count the rows with len(...); then int(...) makes "
               "the single number an int.")
    elif expected in (int, float) and isinstance(value, str) and value.strip().replace(".", "", 1).isdigit():
        fix = " Numbers are written without quotes: 10, not \"10\"."
    elif expected is bool and isinstance(value, str):
        fix = " True and False are written without quotes."
    elif expected is str and not isinstance(value, str):
        fix = " Text goes in quotes: \"I10\", not I10."
    kind = _KINDS.get(expected, f"a {expected.__name__}")
    raise AssertionError(f"{name} should be {kind}, but it is "
                         f"{_shown(value)}.{fix}")


def call(function: Callable[..., Any], *args: Any, returns: type | None = None) -> Any:
    """Call ``function(*args)`` and give back its result; a message if it raised, printed or returned nothing.

    An exception becomes a plain sentence (``explain``) with the line of the answer cell where it
    happened. What the function prints still shows under the test cell.
    """
    return _run(function, args, returns)[0]


def _run(function: Callable[..., Any], args: tuple, returns: type | None) -> tuple[Any, str]:
    """``call``'s work: the result, and what the function printed."""
    shown = _call_text(function, args)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            result = function(*args)
    except Exception as error:  # every error of the student's code is explained
        print(printed.getvalue(), end="")
        head, hint = _explained(error)
        message = f"{shown} raised {head}{_where(error, function)}"
        raise AssertionError(f"{message}: {hint}" if hint else f"{message}.") from None
    print(printed.getvalue(), end="")
    said = printed.getvalue().strip()
    if result is None and said:
        raise AssertionError(f"{shown} printed {said!r} but gave back None: you printed the value; the "
                             "function must `return` it. Replace print(...) with return ... .")
    if result is None:
        raise AssertionError(f"{shown} gave back None: the function must end with `return` and the "
                             "value, such as `return code`. (Check that the return line is not "
                             "missing, and that it is reached.)")
    if returns is not None:
        has_type(result, returns, f"What {shown} returns")
    return result, said


def _is(value: Any, expected: type) -> bool:
    if expected is bool:  # numpy's and pandas' True and False count too
        return type(value).__name__ in ("bool", "bool_")
    if expected in (int, float) and isinstance(value, bool):
        return False
    if expected is int:
        return isinstance(value, numbers.Integral)
    if expected is float:
        return isinstance(value, numbers.Real)
    return isinstance(value, expected)


def _shown(value: Any) -> str:
    kind = type(value).__name__
    if value is None:
        return "None"
    text, article = repr(value), "an" if kind[0] in "aeiou" else "a"
    return f"{text} ({article} {kind})" if _short(text) else f"{article} {kind}"


def _short(text: str) -> bool:
    return len(text) <= 60 and "\n" not in text


def _call_text(function: Callable[..., Any], args: tuple) -> str:
    name = getattr(function, "__name__", "your function")
    return f"{name}({', '.join(_argument(a) for a in args)})"


def _argument(value: Any) -> str:
    text = repr(value)
    if _short(text):
        return text
    rows = f" of {len(value)} rows" if hasattr(value, "shape") else ""
    return f"<a {type(value).__name__}{rows}>"


# ---- Errors in plain words (modules 00-03 helper; keep this block together) ------------------

def explain(error: BaseException) -> str:
    """``error`` as a plain sentence: its name and detail, what it means, the usual fix."""
    head, hint = _explained(error)
    return f"{head}: {hint}" if hint else head


def _explained(error: BaseException) -> tuple[str, str]:
    """(the error's name and detail, what it means and the usual fix)."""
    kind, detail = type(error).__name__, str(error)
    head = f"{kind} ({detail})" if detail else kind
    module = type(error).__module__ or ""
    if module == "course" or module.startswith("course."):
        return f"{kind} from the course library", detail
    if isinstance(error, NotImplementedError):
        return kind, ("it is still the empty answer. Replace `# YOUR CODE HERE` and `raise "
                      "NotImplementedError()` with your answer (keep the def line and the lines the "
                      "cell gives you).")
    if isinstance(error, KeyError):
        key = error.args[0] if error.args else ""
        return f"{kind} {key!r}", ("a dictionary was read at a key it does not have (yet), or "
                                   "set.remove(x) was given an x that is not in the set. To count, "
                                   "start each count at 0 with `counts.get(key, 0)`, as in `counts[key] "
                                   "= counts.get(key, 0) + 1` (or add the key first); to look a value "
                                   "up, check the key's spelling, dot and capitals, or ask `if key in "
                                   "table:` first; to drop an item that may be absent, use "
                                   "set.discard(x).")
    if isinstance(error, IndexError):
        return head, ("a position past the end was read. Positions count from 0, so the last one is "
                      "len(...) - 1: is a position off by one, or is the list or text empty?")
    if isinstance(error, UnboundLocalError):
        return head, ("a variable of your function is used before it gets a value. Give it a starting "
                      "value before the loop or the if (for example `found = []`).")
    if isinstance(error, NameError):
        return head, ("a name is used that does not exist. Check its spelling, put text in quotes "
                      "(\"I10\", not I10), run the cells above first, and in a function use its own "
                      "parameter rather than a variable of another cell.")
    if isinstance(error, AttributeError):
        return head, _attribute_hint(error)
    if isinstance(error, TypeError):
        return head, _type_hint(detail)
    if isinstance(error, ZeroDivisionError):
        return head, "it divided by a count that is 0. Is the right table filtered?"
    if isinstance(error, RecursionError):
        return kind, "the function calls itself again and again. Call the library's function, not your own."
    if isinstance(error, ValueError):
        return head, _value_hint(detail)
    return head, ""


def _attribute_hint(error: AttributeError) -> str:
    detail = str(error)
    found = re.match(r"'(\w+)' object has no attribute '(\w+)'", detail)
    if not found:
        return "a name after a dot does not exist. Check its spelling."
    kind, attribute = found.groups()
    if kind == "NoneType":
        return (f"a value was None when .{attribute} was read. None comes from a function without "
                "return, and from list methods such as .sort() and .append(), which change the list "
                "and give back None.")
    names = [n for n in dir(getattr(error, "obj", None)) if not n.startswith("_")]
    close = difflib.get_close_matches(attribute, names, 1, 0.7)
    if close:
        return f"a {kind} has no .{attribute}: is it misspelled? A {kind} has .{close[0]}."
    if kind == "str":
        return (f"text (a str) has no .{attribute}. A code written as text has no record fields: look "
                "it up first, icd10cm.lookup(code).field.")
    return f"a {kind} has no .{attribute}. Check the spelling, and what kind of value it is used on."


def _type_hint(detail: str) -> str:
    if "positional argument" in detail or "unexpected keyword" in detail:
        return ("the function was called with other values than its def line takes. Keep the def "
                "line the answer cell gives you: its name and its parameters.")
    if "NoneType" in detail:
        return ("a value was None where something else was needed. None comes from a function without "
                "return, and from list methods such as .sort() and .append(), which give back None.")
    if "'Series'" in detail or "'DataFrame'" in detail:
        return ("a pandas column or table was given where one value is needed: int(...) and float(...) "
                "take one value. Pick it first, with .loc[...], .idxmax() or len(...).")
    if "not subscriptable" in detail:
        return "[...] was used on a value that holds no items (a number, a function?)."
    if "concatenate" in detail or "unsupported operand" in detail:
        return "text and numbers (or lists) were mixed in one calculation: convert with str(...) or int(...)."
    if "not callable" in detail:
        return ("a value was called like a function, with (...). Is a variable named like a function, "
                "or ( written where [ was meant?")
    if "does not support item assignment" in detail:
        return ("text (a str) and tuples cannot be changed in place: build a new one, as in "
                "code[:3] + \".\" + code[3:].")
    if "unhashable" in detail:
        return "a list or dict cannot be a dictionary key or a set member: use a string or a tuple."
    if "not iterable" in detail:
        return "a for loop (or list(...)) was given a single value, not a list or text."
    return "an operation got a value of the wrong kind."


def _value_hint(detail: str) -> str:
    if "unpack" in detail:
        return "`a, b = ...` got a different number of values than names on the left."
    if "invalid literal" in detail:
        return "int(...) or float(...) was given text that is not a number."
    if "truth value" in detail:
        return ("a whole pandas column was used in if, and or or: combine conditions with & and |, "
                "each in brackets, or pick one value first.")
    return "a function got a value of the right kind but one it cannot use."


def _where(error: BaseException, function: Callable[..., Any]) -> str:
    """' (line 4 of your answer cell: `...`)' for the last line of ``function``'s cell that ran."""
    code = getattr(function, "__code__", None)
    if code is None:
        return ""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == code.co_filename]
    if not frames:
        return ""
    line = (frames[-1].line or linecache.getline(code.co_filename, frames[-1].lineno)).strip()
    at = f" on line {frames[-1].lineno} of its cell"
    return f"{at} (`{line}`)" if line else at


# ---- The answer cell above: did its latest run stop with an error? (modules 00-03 helper) -----
#
# A test cell cannot see the notebook, only the kernel. The kernel keeps the source of every
# execution (IPython's ``In``), the outcome of the one just before the current cell
# (``get_ipython().last_execution_result``, which each check notes in ``_SEEN``) and the last
# error it showed (``sys.last_value``, whose traceback names the cell it came from). Nothing is
# registered in the kernel: grading watches the kernel's hooks, and a run-time hook of the course
# would look like a student's.

@dataclass
class _Run:
    source: str
    error: BaseException | None


def _shell() -> Any:
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None


def _creates(source: str, name: str) -> int | None:
    """The first line (from 1) of ``source`` that makes ``name`` (``def name``, ``name =``), or None."""
    named = re.escape(name)
    pattern = re.compile(rf"^[ \t]*(?:def[ \t]+{named}\b|{named}[ \t]*(?::[^=\n]*)?=(?!=))")
    for number, line in enumerate(source.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _cell_line(error: BaseException) -> int | None:
    """The line of the cell where ``error`` stopped it (None: before it ran, a SyntaxError)."""
    if isinstance(error, SyntaxError):
        return None
    cell = [f for f in traceback.extract_tb(error.__traceback__) if f.name == "<module>"]
    return cell[-1].lineno if cell else None


def _came_from(error: BaseException) -> Callable[[str], bool]:
    """A test of whether a cell's source is the one whose run raised ``error`` (as the kernel cached it)."""
    if isinstance(error, SyntaxError):
        cached = "".join(linecache.getlines(error.filename)).rstrip() if error.filename else ""
        if not cached:  # found before compiling (IPython's <tokenize>): the line only
            line, text = error.lineno or 0, (error.text or "").strip()
            return lambda source: bool(text) and 0 < line <= len(source.splitlines()) and (
                source.splitlines()[line - 1].strip() == text)
    else:
        cell = [f for f in traceback.extract_tb(error.__traceback__) if f.name == "<module>"]
        cached = "".join(linecache.getlines(cell[-1].filename)).rstrip() if cell else ""
    return lambda source: bool(cached) and cached == source.rstrip()


_SEEN: dict[int, BaseException | None] = {}  # execution count -> its error, noted by an earlier check


def _runs(shell: Any) -> dict[int, _Run]:
    """Every earlier execution of this kernel (by execution count), with what is known of its outcome.

    The execution just before the running cell is known exactly, and noted, so that a test cell
    run twice in a row still knows how its answer cell ended. Of the others, one is taken to have
    failed when the last error shown came from its source.
    """
    history = shell.user_ns.get("In", None)
    if not isinstance(history, list) or not all(isinstance(s, str) for s in history):
        return {}  # IPython's input history, unless the notebook replaced it
    current = len(history) - 1  # In ends with the running cell
    last = getattr(shell, "last_execution_result", None)
    if last is not None and getattr(last, "execution_count", None):
        _SEEN[last.execution_count] = last.error_before_exec or last.error_in_exec
    shown = getattr(sys, "last_value", None)
    raised_by = _came_from(shown) if shown is not None else (lambda source: False)
    runs: dict[int, _Run] = {}
    for count in range(1, current):
        source = history[count] or ""
        if count in _SEEN:
            runs[count] = _Run(source, _SEEN[count])
        else:
            runs[count] = _Run(source, shown if source.strip() and raised_by(source) else None)
    return runs


def answer_cell_error(name: str) -> str | None:
    """A sentence when the latest run of the answer cell that creates ``name`` stopped before it did.

    The answer cell is the latest execution whose source creates ``name`` (a ``def`` or an
    ``=``); when none does, the latest execution that is not a test cell (one calling
    ``checks.defined``: an exercise with several test cells runs them one after another) is taken
    when it failed (an untouched answer cell). None when that cell ran without an error, or
    stopped after it created ``name`` (grading then sees the same value), or outside a kernel.
    """
    shell = _shell()
    if shell is None or not hasattr(shell, "user_ns"):
        return None
    try:
        runs = _runs(shell)
    except Exception:  # a kernel in an unusual state (In replaced, ...): no sentence, never a crash
        return None
    makers = [count for count, run in runs.items() if _creates(run.source, name) is not None]
    if makers:
        run, label = runs[makers[-1]], "your answer cell"
    elif runs:
        answers = [count for count, ran in runs.items() if "checks.defined(" not in ran.source] or list(runs)
        last = max(answers)
        run = runs[last]
        label = "the cell you ran last" if last == max(runs) else "the cell you ran before the tests"
    else:
        return None
    if run.error is None:
        return None
    made_at, stopped_at = _creates(run.source, name), _cell_line(run.error)
    if made_at is not None and stopped_at is not None and stopped_at > made_at:
        return None  # it stopped after making the name, as it will when graded
    if isinstance(run.error, NotImplementedError):
        return (f"{label} still raises NotImplementedError: it is the empty answer. Replace `# YOUR "
                "CODE HERE` and `raise NotImplementedError()` with your answer, run that cell, then "
                "this test.")
    return (f"{label} stopped with an error: {_cell_error(run.error, stopped_at)} Fix it first, run "
            "that cell, then this test.")


def _cell_error(error: BaseException, line: int | None) -> str:
    if isinstance(error, SyntaxError):  # IndentationError and TabError too
        where = f" on line {error.lineno}" if error.lineno else ""
        text = (error.text or "").strip()
        shown = f" (`{text}`)" if text else ""
        kind = type(error).__name__
        fix = ("the lines of a block (under def, if, for) must be indented by the same 4 spaces"
               if isinstance(error, IndentationError) else
               "look for a missing bracket, quote, colon or comma, or a word such as `return` misspelled")
        return f"{kind}{where}{shown}: Python could not read the cell, so none of it ran; {fix}."
    head, hint = _explained(error)
    at = f" on line {line}" if line and not isinstance(error, NotImplementedError) else ""
    return f"{head}{at}: {hint}" if hint else f"{head}{at}."


# ---- Examples the exercise's text shows, and the mistake a wrong result shows (modules 00-03) ---

def example(function: Callable[..., Any], *args: Any, expected: Any, why: str = "") -> Any:
    """Check ``function(*args) == expected``, a case the exercise's text shows, naming the mistake.

    The result must have ``expected``'s type (a tuple where a str or list is expected gets its own
    sentence); a wrong result is reported with what it should be, the usual mistake it shows
    (``mistake``) and ``why``, the rule of the exercise that decides it. Only use ``expected``
    values that the exercise's text prints: the message shows them.
    """
    kind = type(expected)
    result, said = _run(function, args, kind if kind in _KINDS else None)
    if _same(result, expected):
        return result
    named = mistake(result, expected)
    if said and not named:
        named = f"It printed {said[:80]!r}: print only shows a value; `return` gives it back."
    raise AssertionError(f"{_call_text(function, args)} should return {expected!r}, but it returned "
                         f"{result!r}.{' ' + named if named else ''}{' ' + why if why else ''}")


def _same(result: Any, expected: Any) -> bool:
    if isinstance(expected, float) and isinstance(result, numbers.Real):
        return math.isclose(result, expected, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(result, tuple) != isinstance(expected, tuple):
        return False
    try:
        return bool(result == expected)
    except (TypeError, ValueError):  # a table compared with a value: not the same
        return False


def mistake(result: Any, expected: Any) -> str:
    """The usual beginner mistake that turns ``expected`` into ``result``, as a sentence, or ""."""
    if isinstance(expected, str) and isinstance(result, str):
        return _text_mistake(result, expected)
    if isinstance(expected, list) and isinstance(result, list):
        return _list_mistake(result, expected)
    if isinstance(expected, dict) and isinstance(result, dict):
        return _dict_mistake(result, expected)
    if isinstance(expected, numbers.Real) and isinstance(result, numbers.Real):
        if abs(result - expected) == 1:
            return f"It is off by one ({'one too many' if result > expected else 'one too few'})."
        if expected and math.isclose(result, expected * 100, rel_tol=1e-6):
            return "That is a percentage: give the fraction, between 0 and 1 (do not multiply by 100)."
    return ""


def _text_mistake(result: str, expected: str) -> str:
    if result.strip() == expected:
        return "It has spaces at an end: .strip() removes them."
    if result.upper() == expected.upper():
        return "Only the capitals differ: .upper() makes capitals."
    if result.replace(".", "") == expected.replace(".", ""):
        return "Only the dot differs: is it missing, doubled or in the wrong place?"
    if result and expected.startswith(result):
        return ("It is only the beginning of the answer: is `return` inside the loop, so that the "
                "function stops after the first step? Move it out of the loop (less indented).")
    return ""


def _list_mistake(result: list, expected: list) -> str:
    if not result and expected:
        return ("It is empty: nothing was added. Is `return` inside the loop, so that the function "
                "stops at the first step, or is the condition to add an item never true?")
    if len(result) == len(expected) and _sorted(result) == _sorted(expected):
        if result == expected[::-1]:
            return "It is reversed: the right items in the opposite order."
        return "It has the right items in the wrong order."
    if expected and result == expected[:1]:
        return ("It holds only the first item: is `return` inside the loop, so that the function "
                "stops after the first one? Move it out of the loop (less indented).")
    if len(result) < len(expected) and _within(result, expected):
        missed = ", ".join(repr(item) for item in expected if item not in result)
        return (f"It misses {missed}: is an item skipped, by a range off by one or by a condition "
                "that leaves it out?")
    if len(result) > len(expected) and all(item in expected for item in result):
        return "It holds an item more than once: add each item once."
    return ""


def _dict_mistake(result: dict, expected: dict) -> str:
    if not result and expected:
        return ("It is empty: nothing was added. Is `return` inside the loop, so that the function "
                "stops at the first step, or is the condition to add an entry never true?")
    part = all(k in expected and _same(v, expected[k]) for k, v in result.items())
    if 0 < len(result) < len(expected) and part:
        first = next(iter(expected))
        if list(result) == [first]:
            return ("It holds only the first entry: is `return` inside the loop, so that the function "
                    "stops after the first one? Move it out of the loop (less indented).")
        return f"It misses the keys {[k for k in expected if k not in result]}."
    if set(result) != set(expected):
        extra = [k for k in result if k not in expected]
        return (f"Its keys should be {list(expected)}; it has {list(result)}"
                f"{' (' + ', '.join(repr(k) for k in extra) + ' should not be there)' if extra else ''}.")
    wrong = [k for k in expected if not _same(result[k], expected[k])]
    if wrong:
        return f"The keys are right; the value is wrong for {', '.join(repr(k) for k in wrong)}."
    return "The entries are right; the order of the keys is not."


def _within(part: list, whole: list) -> bool:
    """Whether ``part`` is ``whole`` with some items left out, in the same order."""
    rest = iter(whole)
    return all(any(_same(item, other) for other in rest) for item in part)


def _sorted(items: list) -> list:
    return sorted(items, key=repr)


# ---- Charts: the bars of a bar chart a function returned (modules 00-03 helper) ---------------

def figure(result: Any, shown: str) -> Any:
    """The first axes of the matplotlib Figure ``result`` (what ``shown`` returned), or a message."""
    from matplotlib.figure import Figure

    if result is None:
        raise AssertionError(f"{shown} gave back None: end the function with `return fig`.")
    if not isinstance(result, Figure):
        raise AssertionError(f"{shown} should return a matplotlib Figure, but it returned a "
                             f"{type(result).__name__}. Create it with fig, ax = plt.subplots() and "
                             "end with return fig.")
    if not result.axes:
        raise AssertionError(f"The figure of {shown} has no axes: draw on the ax you get from "
                             "fig, ax = plt.subplots().")
    return result.axes[0]


def bars(ax: Any, vertical: bool = True) -> list[float]:
    """The bar lengths on ``ax``: heights of ``ax.bar`` left to right, widths of ``ax.barh`` bottom up.

    A message when the chart has no bars, or bars the other way round than the exercise asks.
    """
    from matplotlib.patches import Rectangle

    drawn = [p for p in ax.patches if isinstance(p, Rectangle)]
    if not drawn:
        draw = "ax.bar" if vertical else "ax.barh"
        raise AssertionError(f"The chart has no bars: draw them with {draw}(...).")
    heights = {round(p.get_height(), 9) for p in drawn}
    widths = {round(p.get_width(), 9) for p in drawn}
    sideways = len(drawn) > 1 and len(widths) > 1 and len(heights) == 1
    upright = len(drawn) > 1 and len(heights) > 1 and len(widths) == 1
    if vertical and sideways:
        raise AssertionError("The bars lie on their side (ax.barh): this chart asks for vertical bars, "
                             "ax.bar(x, heights), with their heights as the counts.")
    if not vertical and upright:
        raise AssertionError("The bars stand upright (ax.bar): this chart asks for horizontal bars, "
                             "ax.barh(labels, lengths), with their lengths as the counts.")
    if vertical:
        return [p.get_height() for p in sorted(drawn, key=lambda p: p.get_x())]
    return [p.get_width() for p in sorted(drawn, key=lambda p: p.get_y())]
