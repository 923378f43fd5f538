"""Visible checks that explain a Python mistake in plain words.

A test cell calls these before it checks the answer itself, so that a student who misspelled a
name, gave the wrong kind of value or printed instead of returning reads what to fix, not a
traceback::

    from course import checks

    checks.defined(globals(), "add_dot", function=True)
    result = checks.call(add_dot, "E119", returns=str)

Each one raises ``AssertionError`` with its message, the error a visible check gives.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import numbers
from collections.abc import Callable
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
    """The value of ``name`` in ``namespace`` (pass ``globals()``), or a message naming the likely slip."""
    what = f"the function {name} (keep its def line)" if function else f"the variable {name}"
    if name not in namespace:
        mine = [n for n in namespace if not n.startswith("_")]
        close = [n for n in mine if n.lower() == name.lower()]
        close = close or difflib.get_close_matches(name, mine, 1, 0.75)
        hint = (f" You have {close[0]}: is it misspelled? A name must match exactly, capitals and "
                "underscores included." if close else "")
        raise AssertionError(f"There is no {name} yet (a NameError). Create {what} in the answer cell "
                             f"above and run that cell with Shift+Enter.{hint}")
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
    elif expected in (int, float) and hasattr(value, "shape"):
        fix = (" A pandas table or column holds many values: pick the one you need, or count the rows "
               "with len(...), and wrap the number in int(...).")
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
    """Call ``function(*args)`` and give back its result; a message if it printed or returned nothing.

    What the function prints still shows under the test cell.
    """
    shown = f"{function.__name__}({', '.join(repr(a) for a in args)})"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        result = function(*args)
    print(printed.getvalue(), end="")
    if result is None and printed.getvalue().strip():
        raise AssertionError(f"{shown} printed {printed.getvalue().strip()!r} but gave back None: you "
                             "printed the value; the function must `return` it. Replace print(...) "
                             "with return ... .")
    if result is None:
        raise AssertionError(f"{shown} gave back None: the function must end with `return` and the "
                             "value, such as `return code`.")
    if returns is not None:
        has_type(result, returns, f"What {shown} returns")
    return result


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
    return f"{text} ({article} {kind})" if len(text) <= 60 else f"{article} {kind}"
