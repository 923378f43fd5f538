#!/usr/bin/env python3
"""The README's two commands, on a machine with only Python 3.11+.

    python3 tasks.py demo    release every module and grade the sample class
    python3 tasks.py test    lint and run the whole test suite

Each creates ``.venv`` and installs the course into it the first time (and again whenever
``pyproject.toml`` changes), then runs inside it. Extra arguments go to ``mcc demo`` or pytest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed-from"
# Debian packages some tests need (a real PostgreSQL server, a real browser), by a file each installs.
APT_PACKAGES = {"postgresql": "/usr/lib/postgresql", "chromium": "/usr/bin/chromium"}


def ensure_environment() -> None:
    """Create ``.venv`` and install the course with its test extra, once per pyproject."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print(f"Setting up {VENV} (first run, or pyproject.toml changed) ...", flush=True)
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True, clear=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def ensure_system_packages() -> None:
    """Install the Debian packages the tests need, when missing and this user can (root, apt)."""
    missing = [name for name, path in APT_PACKAGES.items() if not Path(path).exists()]
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        print(f"Cannot install {', '.join(missing)} (needs root and apt-get): their tests will fail.")
        return
    print(f"Installing {', '.join(missing)} with apt-get ...", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "env": dict(os.environ, DEBIAN_FRONTEND="noninteractive")}
    subprocess.run(["apt-get", "update", "-q"], check=True, **quiet)
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
    subprocess.run(install, check=True, **quiet)


def run(*command: str) -> int:
    """Run ``command`` with the environment's scripts first on PATH; return its exit code."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    """Dispatch ``demo`` or ``test``."""
    if sys.version_info < (3, 11):  # noqa: UP036 (runs on whatever python3 the machine has)
        sys.exit("This course needs Python 3.11 or newer.")
    if not argv or argv[0] not in {"demo", "test"}:
        sys.exit(__doc__)
    ensure_environment()
    if argv[0] == "demo":
        return run(str(BIN / "mcc"), "demo", *argv[1:])
    ensure_system_packages()
    lint = run(str(BIN / "ruff"), "check", ".")
    return run(str(BIN / "python"), "-m", "pytest", *argv[1:]) or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
