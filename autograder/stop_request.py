"""A stop asked for by a signal (Ctrl-C, a scheduler's SIGTERM), remembered after it is raised.

Python raises the ``KeyboardInterrupt`` wherever the main thread happens to be; raised inside a
weakref callback or a ``__del__``, it is printed as "Exception ignored" and lost, and grading
would go on to the end. The request is kept here as well, and the grading loop looks at it after
every recorded submission.
"""

from __future__ import annotations

import threading
from types import FrameType

_ASKED = threading.Event()


def ask(signum: int, frame: FrameType | None) -> None:
    """Signal handler: remember the request, then interrupt whatever runs now."""
    _ASKED.set()
    raise KeyboardInterrupt


def check() -> None:
    """Raise ``KeyboardInterrupt`` if a stop was asked for, even one whose interrupt was lost."""
    if _ASKED.is_set():
        raise KeyboardInterrupt


def forget() -> None:
    """Start afresh: no stop asked for (a new command in the same process)."""
    _ASKED.clear()
