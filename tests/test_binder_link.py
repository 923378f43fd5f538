"""`mcc binder-link`: the badge and launch link of the course's own GitHub origin (no network).

Each test makes a small git repository laid out like this course (a source and a release notebook
for every module, empty files are enough) and gives it a fake ``origin`` URL.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from autograder.binder_link import BinderLink, github_repo
from autograder.cli import main
from conftest import ASSIGNMENTS

FIRST = f"release/{ASSIGNMENTS[0]}/{ASSIGNMENTS[0]}.ipynb"  # the course's Module 0


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.fixture
def course_repo(tmp_path: Path) -> Path:
    """A git repository with this course's module folders (empty notebooks) and no remote."""
    root = tmp_path / "course"
    for step in ("source", "release"):
        for assignment in ASSIGNMENTS:
            (root / step / assignment).mkdir(parents=True)
            (root / step / assignment / f"{assignment}.ipynb").touch()
    _git(tmp_path, "init", "--quiet", str(root))
    return root


def _binder_link(root: Path, capsys: pytest.CaptureFixture, *extra: str) -> tuple[int, str, str]:
    code = main(["--course", str(root), "binder-link", *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("remote", [
    "https://github.com/my-college/medical-coding-career.git",
    "https://github.com/my-college/medical-coding-career",
    "https://github.com/my-college/medical-coding-career/",
    "https://ci-user:ghp_secret@github.com/my-college/medical-coding-career.git",
    "git@github.com:my-college/medical-coding-career.git",
    "ssh://git@github.com/my-college/medical-coding-career.git",
    "ssh://git@github.com:22/my-college/medical-coding-career",
])
def test_prints_the_badge_and_link_of_a_github_origin(course_repo: Path, remote: str, capsys) -> None:
    _git(course_repo, "remote", "add", "origin", remote)
    code, out, err = _binder_link(course_repo, capsys)
    url = f"https://mybinder.org/v2/gh/my-college/medical-coding-career/main?urlpath=lab/tree/{FIRST}"
    assert code == 0, err
    assert f"[![Binder](https://mybinder.org/badge_logo.svg)]({url})" in out.splitlines()
    assert url in out.splitlines()
    assert "secret" not in out


def test_uses_origins_default_branch_or_the_one_asked_for(course_repo: Path, capsys) -> None:
    _git(course_repo, "remote", "add", "origin", "git@github.com:my-college/mcc.git")
    _git(course_repo, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk")
    assert "/v2/gh/my-college/mcc/trunk?urlpath=" in _binder_link(course_repo, capsys)[1]
    out = _binder_link(course_repo, capsys, "--branch", "fall/2026")[1]
    assert "/v2/gh/my-college/mcc/fall%2F2026?urlpath=" in out


def test_no_origin_is_exit_2_with_what_to_do(course_repo: Path, capsys) -> None:
    code, out, err = _binder_link(course_repo, capsys)
    assert (code, out) == (2, "")
    assert "no `origin` remote" in err and "git remote add origin" in err


@pytest.mark.parametrize("remote", ["https://gitlab.com/my-college/mcc.git",
                                    "https://deploy:tok3n@git.example.edu/mcc.git",
                                    "/srv/git/mcc.git"])
def test_an_origin_not_on_github_is_exit_2(course_repo: Path, remote: str, capsys) -> None:
    _git(course_repo, "remote", "add", "origin", remote)
    code, out, err = _binder_link(course_repo, capsys)
    assert (code, out) == (2, "")
    assert "not a GitHub repository" in err and "tok3n" not in err


def test_a_folder_outside_git_is_exit_2(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # even if /tmp is in a repo
    (tmp_path / "source").mkdir()
    code, _, err = _binder_link(tmp_path, capsys)
    assert code == 2 and "not in a git repository" in err


def test_github_repo_rejects_lookalikes() -> None:
    assert github_repo("https://github.com.example.com/o/n") is None
    assert github_repo("https://github.com/o/n/tree/main") is None
    assert github_repo("https://github.com/just-an-owner") is None
    assert github_repo("git@GitHub.com:o/n.git") == "o/n"


def test_link_quotes_the_branch_and_opens_the_path() -> None:
    link = BinderLink("o/n", "main", FIRST)
    assert link.url == f"https://mybinder.org/v2/gh/o/n/main?urlpath=lab/tree/{FIRST}"
    assert link.badge == f"[![Binder](https://mybinder.org/badge_logo.svg)]({link.url})"
