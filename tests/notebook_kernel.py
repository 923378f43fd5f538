"""A real Jupyter kernel that runs cells one at a time, as a student's notebook does.

The tests of ``course.checks`` and the wrong-answer table (``test_wrong_answers.py``) send cells
to it and read what the student would see under each: printed text and the error, if any.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from queue import Empty

from jupyter_client.manager import KernelManager

TIMEOUT_S = 120


@dataclass(frozen=True)
class Outcome:
    """What a cell showed: its printed text, and its error's name and message (empty if none)."""

    printed: str
    ename: str = ""
    evalue: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.ename)


class Kernel:
    """A python3 kernel over IPC in ``cwd``; ``run`` executes one cell with history, like a notebook."""

    def __init__(self, cwd: Path) -> None:
        self.sockets = tempfile.mkdtemp(prefix="mcc-k-")  # an absolute path: the kernel runs in cwd
        self.manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(self.sockets, "k")))
        self.manager.start_kernel(cwd=str(cwd))
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=TIMEOUT_S)

    def run(self, source: str) -> Outcome:
        msg_id = self.client.execute(source, store_history=True)
        printed, ename, evalue = [], "", ""
        while True:
            try:
                msg = self.client.get_iopub_msg(timeout=TIMEOUT_S)
            except Empty as error:
                raise TimeoutError(f"no reply within {TIMEOUT_S} s to: {source[:80]!r}") from error
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                ename, evalue = content["ename"], content["evalue"]
            elif kind == "status" and content["execution_state"] == "idle":
                return Outcome("".join(printed), ename, evalue)

    def close(self) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        shutil.rmtree(self.sockets, ignore_errors=True)

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
