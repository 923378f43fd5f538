"""``mcc validate``: nbgrader's validation with an honest exit code.

``nbgrader validate`` exits 0 even when validation fails; students' scripts and CI need to
know. This runs nbgrader's own Validator and returns its findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from autograder.errors import CourseError


@dataclass(frozen=True)
class Finding:
    """One thing validation found: the kind ("failed", "changed", "type_changed") and a line."""

    kind: str
    source: str
    detail: str = ""


def validate(notebook: Path) -> list[Finding]:
    """Run every cell of ``notebook`` in a fresh kernel; return what fails (empty: valid).

    The kernel talks to the validator over IPC (Unix sockets), not TCP ports.
    """
    from nbgrader.validator import Validator

    from autograder.kernels import ipc_config

    if not notebook.is_file():
        raise CourseError(f"{notebook} does not exist.")
    results = Validator(config=ipc_config()).validate(str(notebook.resolve()))
    findings = []
    for kind, cells in results.items():
        for cell in cells:
            first = cell.get("source", "").strip().splitlines()[:1]
            error = (cell.get("raw_error") or "").strip().splitlines()[-1:]
            findings.append(Finding(kind, first[0] if first else "", error[0] if error else ""))
    return findings
