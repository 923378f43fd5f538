"""`python3 tasks.py test`: what it runs, and that `--no-system` never calls apt-get."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

from conftest import REPO

tasks = load_script(REPO / "tasks.py")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """What ``tasks.main`` would run, recorded instead of run."""
    ran: list[tuple[str, ...]] = []
    monkeypatch.setattr(tasks, "ensure_environment", lambda: None)
    monkeypatch.setattr(tasks, "ensure_system_packages", lambda: ran.append(("apt-get",)))
    monkeypatch.setattr(tasks, "run", lambda *command: ran.append(command) or 0)
    return ran


def test_test_installs_system_packages_then_lints_and_runs_pytest(calls: list[tuple[str, ...]]) -> None:
    assert tasks.main(["test", "-k", "readme"]) == 0
    assert calls[0] == ("apt-get",)
    assert calls[1][1:] == ("check", ".") and calls[1][0].endswith("ruff")
    assert calls[2][1:] == ("-m", "pytest", "-k", "readme")


def test_no_system_skips_apt_get_and_is_not_passed_to_pytest(calls: list[tuple[str, ...]]) -> None:
    assert tasks.main(["test", "--no-system", "-x"]) == 0
    assert ("apt-get",) not in calls
    assert calls[-1][1:] == ("-m", "pytest", "-x")


def test_system_packages_are_announced_before_apt_get_runs(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(tasks, "APT_PACKAGES", {"no-such-package-here": "/nonexistent/mcc-test"})
    monkeypatch.setattr(tasks.os, "geteuid", lambda: 1000)  # not root: nothing is installed
    tasks.ensure_system_packages()
    assert "Cannot install no-such-package-here (needs root and apt-get)" in capsys.readouterr().out
    ran: list[list[str]] = []
    monkeypatch.setattr(tasks.os, "geteuid", lambda: 0)
    monkeypatch.setattr(tasks.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(tasks.subprocess, "run", lambda command, **kw: ran.append(command))
    tasks.ensure_system_packages()
    said = capsys.readouterr().out
    assert "no-such-package-here with apt-get" in said and "--no-system" in said
    assert ran[-1][-1] == "no-such-package-here" and ran[0][0] == "apt-get"


def test_the_demo_installs_the_course_without_the_test_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[str] = []
    monkeypatch.setattr(tasks, "STAMP", tmp_path / "stamp")
    monkeypatch.setattr(tasks, "COURSE_STAMP", tmp_path / "course-stamp")
    monkeypatch.setattr(tasks, "BIN", tmp_path)  # a python is "there": no new environment
    (tmp_path / "python").touch()
    monkeypatch.setattr(tasks.subprocess, "run", lambda command, **kw: installed.append(command[-3:]))
    tasks.ensure_environment(extras="")
    tasks.ensure_environment(extras="")  # set up already
    assert [c[-1] for c in installed] == [str(tasks.ROOT)]
    tasks.ensure_environment()  # the tests need their tools
    assert installed[-1][-1] == f"{tasks.ROOT}[test]"
    tasks.ensure_environment(extras="")  # a test environment serves the demo as it is
    tasks.ensure_environment()
    assert len(installed) == 2


def test_an_environment_kept_elsewhere_gets_this_checkouts_course_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``$MCC_VENV`` (``.ci/run`` keeps one between clean clones): packages kept, this checkout's course."""
    installed: list[list[str]] = []
    monkeypatch.setattr(tasks, "STAMP", tmp_path / "stamp")
    monkeypatch.setattr(tasks, "COURSE_STAMP", tmp_path / "course-stamp")
    monkeypatch.setattr(tasks, "BIN", tmp_path)
    (tmp_path / "python").touch()
    monkeypatch.setattr(tasks.subprocess, "run", lambda command, **kw: installed.append(command))
    tasks.ensure_environment()
    (tmp_path / "course-stamp").write_text("/tmp/another-clone")  # it last served another checkout
    tasks.ensure_environment()
    assert installed[-1][-3:] == ["--no-deps", "-e", str(tasks.ROOT)] and len(installed) == 2
    tasks.ensure_environment()  # this checkout's already
    assert len(installed) == 2
