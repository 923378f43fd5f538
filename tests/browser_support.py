"""Real JupyterLab servers and a real Chromium for the browser tests.

``jupyter_lab`` starts JupyterLab on a free loopback port with a token and its own Jupyter config,
data and runtime folders (nothing from ``~/.jupyter``), and kills it on exit. ``chromium`` drives
Debian's Chromium through Playwright with the flags a root session needs.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from script_loader import load_script

# The nbgrader parts a student gets and the instructor-only ones: binder/student_extensions.py, the
# one script that sets them up on Binder and for `python3 tasks.py lab`, is the source of truth.
student_extensions = load_script(Path(__file__).resolve().parent.parent / "binder" / "student_extensions.py")
STUDENT_SERVER_EXTENSIONS = student_extensions.STUDENT_SERVER_EXTENSIONS
INSTRUCTOR_SERVER_EXTENSIONS = student_extensions.INSTRUCTOR_SERVER_EXTENSIONS
STUDENT_LAB_PLUGINS = student_extensions.STUDENT_LAB_PLUGINS
INSTRUCTOR_LAB_PLUGINS = student_extensions.INSTRUCTOR_LAB_PLUGINS
NEWS_PLUGIN = student_extensions.NEWS_PLUGIN

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
WAIT_MS = 60_000  # the longest any one browser step may take (a cell, a validation, a page load)
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
START_TIMEOUT_S = 90
# What a copy of the repository leaves out: local environments, caches and grading output.
REPO_CLUTTER = shutil.ignore_patterns(
    ".git", ".venv", "build", "__pycache__", ".*_cache", "*.egg-info", "submitted", "autograded",
    "feedback", "reports", "gradebook.db", ".ipynb_checkpoints", ".mcc-*",
)


def copy_repository(repo: Path, dest: Path) -> Path:
    """Copy ``repo`` to ``dest`` the way Binder gets it (the files, none of the local clutter)."""
    shutil.copytree(repo, dest, ignore=REPO_CLUTTER, symlinks=True)
    return dest


def clean_jupyter_env(home: Path, **extra: str) -> dict[str, str]:
    """``os.environ`` with Jupyter's user folders moved under ``home`` (created), plus ``extra``."""
    folders = {"JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data",
               "JUPYTER_RUNTIME_DIR": "runtime", "IPYTHONDIR": "ipython"}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_"))}
    for name, sub in folders.items():
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env.update(extra)
    return env


def quiet_lab(config_dir: Path) -> None:
    """Answer JupyterLab's first-run question about news (no), as a user would once."""
    settings = config_dir / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))


def student_config(config_dir: Path) -> None:
    """Write user-level Jupyter config that leaves a student only the student nbgrader parts.

    ``jupyter server extension disable --user`` refuses extensions registered at another level,
    so the two settings files are written directly (they take precedence over ``sys-prefix``).
    """
    config_dir.mkdir(parents=True, exist_ok=True)
    server = {"ServerApp": {"jpserver_extensions": dict.fromkeys(INSTRUCTOR_SERVER_EXTENSIONS, False)}}
    (config_dir / "jupyter_server_config.json").write_text(json.dumps(server))
    (config_dir / "labconfig").mkdir(exist_ok=True)
    page = {"disabledExtensions": dict.fromkeys(INSTRUCTOR_LAB_PLUGINS, True)}
    (config_dir / "labconfig" / "page_config.json").write_text(json.dumps(page))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Lab:
    """A running JupyterLab: its base URL and token."""

    url: str
    token: str
    log: Path

    def at(self, path: str) -> str:
        """The URL of ``path`` (e.g. ``lab/tree/x.ipynb``, ``api/x?y=1``) with the token."""
        return f"{self.url}{path}{'&' if '?' in path else '?'}token={self.token}"


@contextlib.contextmanager
def jupyter_lab(root: Path, home: Path, student: bool) -> Iterator[Lab]:
    """Run ``jupyter lab`` serving ``root`` (also its working folder) until the block ends.

    ``student`` leaves only the student nbgrader extensions enabled. The server's output goes to
    ``home/jupyter.log``, which a failing test can show.
    """
    env = clean_jupyter_env(home)
    quiet_lab(Path(env["JUPYTER_CONFIG_DIR"]))
    if student:
        student_config(Path(env["JUPYTER_CONFIG_DIR"]))
    port, token = free_port(), secrets.token_hex(16)
    log = home / "jupyter.log"
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    lab = Lab(f"http://127.0.0.1:{port}/", token, log)
    try:
        wait_until_up(lab, process)
        yield lab
    finally:
        stop_server(process)


def wait_until_up(lab: Lab, process: subprocess.Popen, timeout_s: float = START_TIMEOUT_S) -> None:
    """Wait until ``lab`` answers ``api/status``; raise with its log if it exits or takes too long."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {process.returncode}:\n{lab.log.read_text()}")
        try:
            with urllib.request.urlopen(lab.at("api/status"), timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.5)
    raise TimeoutError(f"JupyterLab did not answer in {timeout_s:g} s:\n{lab.log.read_text()}")


def stop_server(process: subprocess.Popen) -> None:
    """Stop the server's process group (the server and its kernels): SIGTERM, then SIGKILL."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # kernels left behind by a clean server exit


@contextlib.contextmanager
def chromium_page(profile: Path, timeout_ms: int) -> Iterator[Page]:
    """A page in a fresh headless Chromium with its profile in ``profile``, closed after the block."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            tab = browser.new_page()
            tab.set_default_timeout(timeout_ms)
            yield tab
        finally:
            browser.close()
