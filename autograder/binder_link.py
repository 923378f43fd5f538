"""The Binder badge and launch link of the course's own GitHub repository (``mcc binder-link``).

mybinder.org builds a GitHub repository at a branch and opens a path in JupyterLab:
``https://mybinder.org/v2/gh/OWNER/NAME/BRANCH?urlpath=lab/tree/PATH``. The repository is the
course's ``origin`` remote (an https or ssh GitHub URL); the path is the first module's release
notebook, which is what the course asks students to open first.
"""

from __future__ import annotations

import re
import subprocess
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from autograder.course import Course
from autograder.errors import CourseError

BADGE_IMAGE = "https://mybinder.org/badge_logo.svg"
DEFAULT_BRANCH = "main"
# github.com as a host: https://[user@]github.com/O/N, ssh://git@github.com[:22]/O/N, git@github.com:O/N
_GITHUB = re.compile(
    r"^(?:(?:https?|git|ssh|git\+ssh)://(?:[^@/]+@)?github\.com(?::\d+)?/|[^@/:]+@github\.com:)"
    r"(?P<owner>[A-Za-z0-9][A-Za-z0-9-]{0,38})/(?P<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$",
    re.IGNORECASE,
)


class BinderLinkError(CourseError):
    """No Binder link can be made: no git repository, no ``origin`` remote, or not on GitHub."""


@dataclass(frozen=True)
class BinderLink:
    """The launch link of one repository and branch, opening ``path`` in JupyterLab."""

    repo: str  # owner/name on GitHub
    branch: str
    path: str  # inside the repository, e.g. release/00-orientation/00-orientation.ipynb

    @property
    def url(self) -> str:
        branch = urllib.parse.quote(self.branch, safe="")
        return f"https://mybinder.org/v2/gh/{self.repo}/{branch}?urlpath=lab/tree/{self.path}"

    @property
    def badge(self) -> str:
        """The Markdown of the "launch binder" badge, for a README or an LMS page."""
        return f"[![Binder]({BADGE_IMAGE})]({self.url})"


def github_repo(remote_url: str) -> str | None:
    """``owner/name`` of a GitHub remote URL (https or ssh), or None for any other host."""
    match = _GITHUB.match(remote_url.strip())
    return f"{match['owner']}/{match['name']}" if match else None


def _redacted(url: str) -> str:
    """``url`` without a user name or token, to be safe to print."""
    return re.sub(r"^([a-z+]+://)[^@/]+@", r"\1", url.strip())


def _git(root: Path, *args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def default_branch(root: Path) -> str:
    """The branch ``origin`` points HEAD at, as git last saw it; else :data:`DEFAULT_BRANCH`."""
    head = _git(root, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD")
    return head.removeprefix("refs/remotes/origin/") if head else DEFAULT_BRANCH


def binder_link(course: Course, branch: str | None = None) -> BinderLink:
    """The Binder link of ``course``'s ``origin`` on GitHub, opening the first module.

    ``branch`` defaults to origin's default branch (``main`` when git does not know it).
    Raises :class:`BinderLinkError` (exit code 2) with what to do when there is no such remote.
    """
    if _git(course.root, "rev-parse", "--git-dir") is None:
        raise BinderLinkError(f"{course.root} is not in a git repository: Binder builds a GitHub "
                              "repository, so push the course to GitHub first.")
    remote = _git(course.root, "remote", "get-url", "origin")
    if remote is None:
        raise BinderLinkError("this repository has no `origin` remote: push it to GitHub and add it "
                              "(`git remote add origin https://github.com/OWNER/NAME.git`), then run "
                              "`mcc binder-link` again.")
    repo = github_repo(remote)
    if repo is None:
        raise BinderLinkError(f"`origin` is {_redacted(remote)}, not a GitHub repository: mybinder.org "
                              "launches public GitHub repositories (its other providers need their own "
                              "link).")
    assignments = course.assignments()
    if not assignments or not course.notebook_path(assignments[0], "release").is_file():
        raise BinderLinkError(f"no released module in {course.release} to open: run `mcc release`, "
                              "commit release/ and push it.")
    first = course.notebook_path(assignments[0], "release").relative_to(course.root).as_posix()
    return BinderLink(repo, branch or default_branch(course.root), first)
