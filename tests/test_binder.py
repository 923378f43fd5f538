"""binder/: pins that equal pyproject's, a config repo2docker accepts, and the student image.

The student image is rebuilt without Docker: a fresh virtual environment made from binder/ alone,
the way repo2docker does it (``pip install -r binder/requirements.txt``, then ``binder/postBuild``
from a copy of the repository with that environment first on PATH). The venv is cached under
``build/student-image/`` (or ``$MCC_STUDENT_IMAGE``) and rebuilt only when binder/requirements.txt
or the Python version change; postBuild runs afresh every time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from autograder.binder_link import github_repo
from autograder.course import Course
from browser_support import (
    INSTRUCTOR_LAB_PLUGINS,
    INSTRUCTOR_SERVER_EXTENSIONS,
    NEWS_PLUGIN,
    STUDENT_LAB_PLUGINS,
    STUDENT_SERVER_EXTENSIONS,
    clean_jupyter_env,
    copy_repository,
)
from conftest import REPO

BINDER = REPO / "binder"
IMAGE = Path(os.environ.get("MCC_STUDENT_IMAGE", REPO / "build" / "student-image"))
BUILD_TIMEOUT_S = 1200
JUPYTER_SETTINGS = Path("etc", "jupyter")  # in a venv: where extensions are turned on and off
PRISTINE = "jupyter-settings-after-requirements"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _pins(path: Path) -> dict[str, Requirement]:
    lines = [line.split("#")[0].strip() for line in path.read_text().splitlines()]
    return {(req := Requirement(line)).name.lower(): req for line in lines if line}


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())["project"]


def test_binder_pins_every_dependency_inside_pyprojects_ranges() -> None:
    wanted = {(r := Requirement(d)).name.lower(): r for d in _project()["dependencies"]}
    pinned = _pins(BINDER / "requirements.txt")
    assert sorted(pinned) == sorted(wanted), "binder/requirements.txt must list exactly pyproject's deps"
    for name, req in pinned.items():
        (spec,) = req.specifier
        assert spec.operator == "==", f"{name}: binder pins exact versions, not {spec}"
        exact = [s for s in wanted[name].specifier if s.operator == "=="]
        if exact:
            assert str(req.specifier) == str(wanted[name].specifier), f"{name}: pyproject pins {exact[0]}"
        else:
            assert Version(spec.version) in wanted[name].specifier, f"{name} {spec} outside {wanted[name]}"


def test_binder_python_satisfies_requires_python() -> None:
    runtime = (BINDER / "runtime.txt").read_text().strip()
    match = re.fullmatch(r"python-(\d+\.\d+)", runtime)
    assert match, f"binder/runtime.txt should read python-X.Y, not {runtime!r}"
    assert Version(match[1] + ".0") in SpecifierSet(_project()["requires-python"])


def test_postbuild_stops_on_the_first_error() -> None:
    postbuild = BINDER / "postBuild"
    assert os.access(postbuild, os.X_OK), "repo2docker runs binder/postBuild directly: make it executable"
    commands = [ln for ln in postbuild.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    assert commands[0] == "set -e", "binder/postBuild must start with `set -e`"


def test_repo2docker_accepts_the_binder_folder() -> None:
    """repo2docker's own --no-build mode writes the Dockerfile it would build (no Docker needed)."""
    r2d = Path(sys.executable).with_name("jupyter-repo2docker")
    done = subprocess.run(
        [str(r2d), "--no-build", "--debug", "--user-id", "1000", "--user-name", "jovyan", str(REPO)],
        capture_output=True, text=True, timeout=120, check=True,
    )
    dockerfile, log = done.stdout, done.stderr
    assert "Building conda environment for python=3.11" in log, log
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in dockerfile
    assert "RUN ./binder/postBuild" in dockerfile
    # repo2docker reads only binder/ once it exists: the top-level pyproject is not installed by it.
    assert "pip install --no-cache-dir ." not in dockerfile


def test_readme_has_no_binder_placeholder_and_shows_how_to_make_the_badge() -> None:
    """The badge is made by `mcc binder-link` (tests/test_binder_link.py); the README shows how."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = Course.at(REPO).assignments()[0]
    links = re.findall(r"https://mybinder\.org/v2/gh/([^)\s`]+)", readme)
    assert links, "README.md shows no Binder launch link"
    for link in links:
        assert link.endswith(f"?urlpath=lab/tree/release/{first}/{first}.ipynb"), link
    badges = re.findall(r"\[!\[Binder\]\([^)]*\)\]\(https://mybinder\.org/v2/gh/([^/)]+/[^/)]+)/", readme)
    for badge in badges:
        assert github_repo(f"https://github.com/{badge}"), f"README badge is a placeholder: {badge}"
    assert "BINDER_REPO" not in readme
    assert "mcc binder-link" in readme


def _requirements_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    digest.update((BINDER / "requirements.txt").read_bytes())
    return digest.hexdigest()


def _requirements_venv(image: Path) -> Path:
    """A venv holding binder/requirements.txt, reused while the requirements are unchanged."""
    stamp, env_dir = image / "requirements-sha256", image / "venv"
    if not (stamp.exists() and stamp.read_text() == _requirements_key()):
        stamp.unlink(missing_ok=True)
        shutil.rmtree(env_dir, ignore_errors=True)
        venv.create(env_dir, with_pip=True)
        subprocess.run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", "-r", str(BINDER / "requirements.txt")],
                       check=True, timeout=BUILD_TIMEOUT_S)
        shutil.rmtree(image / PRISTINE, ignore_errors=True)
        shutil.copytree(env_dir / JUPYTER_SETTINGS, image / PRISTINE)
        stamp.write_text(_requirements_key())
    return env_dir


def _post_build(image: Path, env_dir: Path) -> dict[str, str]:
    """Run binder/postBuild the way repo2docker does; returns the environment that uses the venv.

    The venv's Jupyter settings are first reset to what the requirements alone left, so postBuild
    always starts from a fresh image's state, whatever an earlier postBuild did.
    """
    shutil.rmtree(env_dir / JUPYTER_SETTINGS)
    shutil.copytree(image / PRISTINE, env_dir / JUPYTER_SETTINGS)
    shutil.rmtree(image / "home", ignore_errors=True)
    env = clean_jupyter_env(image / "home", PATH=f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}",
                            VIRTUAL_ENV=str(env_dir))
    with tempfile.TemporaryDirectory(prefix="mcc-binder-") as scratch:
        checkout = copy_repository(REPO, Path(scratch) / "repo")
        subprocess.run([str(checkout / "binder" / "postBuild")], cwd=checkout, env=env, check=True,
                       timeout=BUILD_TIMEOUT_S)
    return env


@pytest.fixture(scope="module")
def student_image() -> tuple[Path, dict[str, str]]:
    """The student environment: the (cached) requirements venv after a fresh run of postBuild."""
    env_dir = _requirements_venv(IMAGE)
    return env_dir / "bin", _post_build(IMAGE, env_dir)


def _run(command: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
                          check=True)
    return _ANSI.sub("", done.stdout + done.stderr)


@pytest.mark.slow
def test_student_image_has_exactly_the_student_extensions(student_image, tmp_path: Path) -> None:
    bin_dir, env = student_image
    server = _run([str(bin_dir / "jupyter"), "server", "extension", "list"], env, tmp_path)
    status = dict(re.findall(r"^\s+(nbgrader\.server_extensions\.\w+) (enabled|disabled)", server, re.M))
    assert status == {**dict.fromkeys(STUDENT_SERVER_EXTENSIONS, "enabled"),
                      **dict.fromkeys(INSTRUCTOR_SERVER_EXTENSIONS, "disabled")}, server

    lab = _run([str(bin_dir / "jupyter"), "labextension", "list"], env, tmp_path)
    package = re.search(r"@jupyter/nbgrader v0\.9\.6 enabled OK.*\(plugins: (.*) locked\)", lab)
    assert package, f"nbgrader's lab extension is not enabled with locked plugins:\n{lab}"
    disabled = set(re.findall(r"^\s+(@jupyter/nbgrader:[\w-]+)", lab.split("Disabled extensions:")[-1], re.M))
    assert disabled == set(INSTRUCTOR_LAB_PLUGINS), lab
    assert set(package[1].split(", ")) == set(INSTRUCTOR_LAB_PLUGINS), "students could re-enable them"
    assert not disabled & set(STUDENT_LAB_PLUGINS)
    assert re.search(rf"^\s+{re.escape(NEWS_PLUGIN)}$", lab.split("Disabled extensions:")[-1], re.M), lab


@pytest.mark.slow
def test_student_image_is_consistent_and_runs_the_course(student_image, tmp_path: Path) -> None:
    bin_dir, env = student_image
    assert "No broken requirements" in _run([str(bin_dir / "python"), "-m", "pip", "check"], env, tmp_path)
    shown = _run([str(bin_dir / "python"), "-c",
                  "from course import icd10cm; import nbgrader; print(icd10cm.lookup('E11.9').code,"
                  " nbgrader.__version__)"], env, tmp_path)
    assert shown.split() == ["E11.9", "0.9.6"]
