#!/usr/bin/env python3
"""The README's commands, on a machine with only Python 3.11+.

    python3 tasks.py lab     a student's JupyterLab on release/, every module in its file browser
    python3 tasks.py demo    release every module and grade the sample class
    python3 tasks.py test    lint and run the whole test suite [--no-system: no apt-get]

``demo`` and ``test`` create ``.venv`` (or ``$MCC_VENV``) and install the course into it the first
time (and again whenever ``pyproject.toml`` changes; only this checkout's course, quickly, when an
environment kept elsewhere last served another checkout), then run inside it: ``demo`` the course
with nbgrader, ``test`` the test tools too. ``test`` also installs
the Debian packages its PostgreSQL and browser tests need, as root, saying so first;
``test --no-system`` never does. ``lab`` keeps a student's
environment of its own, ``.venv-lab`` (or ``$MCC_LAB_ENV``): Binder's recipe, the pins of
``binder/requirements.txt``, the course, and ``binder/student_extensions.py``'s settings, nothing
else; it is set up again only when those change. Extra arguments go to ``mcc demo``, pytest or
``jupyter lab``.
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
VENV = Path(os.environ.get("MCC_VENV") or ROOT / ".venv")
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed-from"  # the packages of this pyproject.toml (and extras) are installed
COURSE_STAMP = VENV / ".course-from"  # the course is this checkout's (editable)
# The student's environment (tasks.py lab): the Binder recipe, apart from the instructor's .venv.
LAB_ENV = Path(os.environ.get("MCC_LAB_ENV") or ROOT / ".venv-lab")
LAB_BIN = LAB_ENV / ("Scripts" if os.name == "nt" else "bin")
LAB_REQUIREMENTS = ROOT / "binder" / "requirements.txt"
LAB_SETTINGS_SCRIPT = ROOT / "binder" / "student_extensions.py"
LAB_PINS_STAMP = LAB_ENV / ".requirements-sha256"  # the pinned packages are installed
LAB_COURSE_STAMP = LAB_ENV / ".course-sha256"  # this checkout's course and the settings too
LAB_PRISTINE = LAB_ENV / ".jupyter-settings-from-requirements"  # etc/jupyter before the settings
JUPYTER_SETTINGS = Path("etc", "jupyter")  # in an environment: where extensions are turned on and off
# Debian packages some tests need (a real PostgreSQL server, a real browser), by a file each installs.
APT_PACKAGES = {"postgresql": "/usr/lib/postgresql", "chromium": "/usr/bin/chromium"}
NO_SYSTEM = "--no-system"  # `tasks.py test --no-system`: never run apt-get


def ensure_environment(extras: str = "test") -> None:
    """Create ``.venv`` and install the course with ``extras``, once per pyproject.

    ``demo`` needs only the course and nbgrader (``extras`` ""); ``test`` adds the test tools.
    An environment set up for the tests serves the demo as it is.
    """
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    have = STAMP.read_text() if STAMP.exists() else ""
    pip = _pip(BIN)
    if have in {f"{digest} {extras}", f"{digest} test"}:
        if not (COURSE_STAMP.exists() and COURSE_STAMP.read_text() == str(ROOT)):
            print(f"Installing this checkout's course into {VENV} ...", flush=True)
            subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
            COURSE_STAMP.write_text(str(ROOT))
        return
    tools = ("with its instructor and test tools (nbgrader, JupyterLab, Dask, playwright, repo2docker, "
             "psycopg; about 900 MB)") if extras else "with nbgrader and JupyterLab"
    print(f"Setting up {VENV} (first run, or pyproject.toml changed): the course {tools}, a few "
          "minutes ...", flush=True)
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True, clear=True)
    subprocess.run([*pip, "-e", f"{ROOT}[{extras}]" if extras else str(ROOT)], check=True)
    STAMP.write_text(f"{digest} {extras}")
    COURSE_STAMP.write_text(str(ROOT))


def _pip(scripts: Path) -> list[str]:
    """``pip install``, quietly, with the environment whose scripts are in ``scripts``."""
    return [str(scripts / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]


def _digest(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def ensure_lab_environment() -> None:
    """Create the student's environment once per dependency spec, as Binder builds its image.

    Two steps, each redone only when what it was made from changes: the pinned packages of
    ``binder/requirements.txt`` (for this Python), then the course from this checkout (editable,
    so that an updated checkout is used as it is) and the extension settings of
    ``binder/student_extensions.py``, applied to the Jupyter settings the packages left.
    """
    pip = _pip(LAB_BIN)
    pins = _digest(sys.version.encode(), LAB_REQUIREMENTS.read_bytes())
    if not (LAB_PINS_STAMP.exists() and LAB_PINS_STAMP.read_text() == pins):
        print(f"Setting up {LAB_ENV} for JupyterLab (first run, or binder/requirements.txt changed; "
              "a few minutes) ...", flush=True)
        venv.create(LAB_ENV, with_pip=True, clear=True)
        subprocess.run([*pip, "-r", str(LAB_REQUIREMENTS)], check=True)
        shutil.copytree(LAB_ENV / JUPYTER_SETTINGS, LAB_PRISTINE)
        LAB_PINS_STAMP.write_text(pins)
    course = _digest(pins.encode(), str(ROOT).encode(), (ROOT / "pyproject.toml").read_bytes(),
                     LAB_SETTINGS_SCRIPT.read_bytes())
    if LAB_COURSE_STAMP.exists() and LAB_COURSE_STAMP.read_text() == course:
        return
    print(f"Installing the course into {LAB_ENV} ...", flush=True)
    LAB_COURSE_STAMP.unlink(missing_ok=True)
    shutil.rmtree(LAB_ENV / JUPYTER_SETTINGS)
    shutil.copytree(LAB_PRISTINE, LAB_ENV / JUPYTER_SETTINGS)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    subprocess.run([str(LAB_BIN / "python"), str(LAB_SETTINGS_SCRIPT)], check=True)
    LAB_COURSE_STAMP.write_text(course)


def lab(argv: list[str]) -> int:
    """Start JupyterLab from the student's environment with ``release/`` as its root."""
    ensure_lab_environment()
    release = ROOT / "release"
    command = [str(LAB_BIN / "jupyter"), "lab", f"--ServerApp.root_dir={release}", *argv]
    env = dict(os.environ, VIRTUAL_ENV=str(LAB_ENV),
               PATH=f"{LAB_BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    print("Starting JupyterLab: every module is a folder in its file browser; start with "
          "00-orientation. Stop it with Ctrl+C in this terminal.", flush=True)
    if os.name == "posix":  # become the server, so that Ctrl+C and signals reach it as they are
        os.chdir(release)
        os.execve(command[0], command, env)
    return subprocess.run(command, cwd=release, env=env).returncode


def ensure_system_packages() -> None:
    """Install the Debian packages the tests need, when missing and this user can (root, apt)."""
    missing = [name for name, path in APT_PACKAGES.items() if not Path(path).exists()]
    if not missing:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        print(f"Cannot install {', '.join(missing)} (needs root and apt-get): their tests will fail.")
        return
    print(f"Installing the Debian packages {', '.join(missing)} with apt-get, for the PostgreSQL and "
          "browser tests (skip this with `python3 tasks.py test --no-system`) ...", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "env": dict(os.environ, DEBIAN_FRONTEND="noninteractive")}
    subprocess.run(["apt-get", "update", "-q"], check=True, **quiet)
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
    subprocess.run(install, check=True, **quiet)


def run(*command: str) -> int:
    """Run ``command`` with the environment's scripts first on PATH; return its exit code."""
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    """Dispatch ``lab``, ``demo`` or ``test``."""
    if sys.version_info < (3, 11):  # noqa: UP036 (runs on whatever python3 the machine has)
        sys.exit("This course needs Python 3.11 or newer.")
    if not argv or argv[0] not in {"lab", "demo", "test"}:
        sys.exit(__doc__)
    if argv[0] == "lab":
        return lab(argv[1:])
    if argv[0] == "demo":
        ensure_environment(extras="")
        return run(str(BIN / "mcc"), "demo", *argv[1:])
    ensure_environment()
    pytest_args = [arg for arg in argv[1:] if arg != NO_SYSTEM]
    if NO_SYSTEM not in argv:
        ensure_system_packages()
    lint = run(str(BIN / "ruff"), "check", ".")
    return run(str(BIN / "python"), "-m", "pytest", *pytest_args) or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
