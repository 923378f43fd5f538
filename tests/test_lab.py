"""`python3 tasks.py lab`: a student's JupyterLab, set up and started as the README says.

One server for the module, started the way a student starts it, from the repository, on a free
loopback port with a token. The student's environment it sets up (``.venv-lab``, or
``$MCC_LAB_ENV``: ``.ci/run`` keeps it between CI runs) takes a few minutes the first time and is
reused while binder/requirements.txt, pyproject.toml, binder/student_extensions.py and the
checkout's path stay the same. The tests read the server's contents API and page config, list the
environment's packages, open a module from the file browser in a real Chromium, and stop the
server with SIGTERM as a terminal's Ctrl+C would.
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from playwright.sync_api import Page, expect
from script_loader import load_script

from autograder import notebooks
from autograder.course import Course
from browser_support import (
    INSTRUCTOR_LAB_PLUGINS,
    NEWS_PLUGIN,
    STUDENT_LAB_PLUGINS,
    Lab,
    clean_jupyter_env,
    free_port,
    stop_server,
    wait_until_up,
)
from conftest import ASSIGNMENTS, REPO

tasks = load_script(REPO / "tasks.py")  # its LAB_ENV honours $MCC_LAB_ENV as the command does

BUILD_TIMEOUT_S = 1200  # a cold build of the environment (about 2 minutes here with PyPI)
STOP_TIMEOUT_S = 20
ARTIFACTS = REPO / "build" / "artifacts"
OPENED = "01-what-is-medical-coding"  # the module the browser test opens from the file browser
NOT_FOR_STUDENTS = ("playwright", "jupyter-repo2docker", "psycopg", "psycopg-binary", "distributed",
                    "dask", "pytest", "ruff")
CONFIG_DATA = re.compile(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', re.S)


@dataclass
class Server:
    """The running ``tasks.py lab``: its process (the server itself, once set up) and address."""

    process: subprocess.Popen
    lab: Lab
    seconds_to_serve: float

    def get(self, path: str) -> tuple[int, bytes]:
        """GET ``path`` with the token: the status and the body (an error status is returned too)."""
        try:
            with urllib.request.urlopen(self.lab.at(path), timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def page_config(self) -> dict:
        status, html = self.get("lab")
        assert status == 200, html
        return json.loads(CONFIG_DATA.search(html.decode())[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("lab-home")
    port, token, log = free_port(), secrets.token_hex(16), home / "tasks-lab.log"
    command = [sys.executable, str(REPO / "tasks.py"), "lab", "--no-browser", f"--port={port}",
               f"--ServerApp.token={token}", "--allow-root", "--ServerApp.ip=127.0.0.1",
               "--ServerApp.port_retries=0"]
    env = clean_jupyter_env(home)
    # The server serves this checkout's release/: opening a notebook starts its kernel, which marks
    # it changed, so the test's user turns autosave off (nothing is written into the repository).
    settings = Path(env["JUPYTER_CONFIG_DIR"], "lab", "user-settings", "@jupyterlab", "docmanager-extension")
    settings.mkdir(parents=True)
    (settings / "plugin.jupyterlab-settings").write_text(json.dumps({"autosave": False}))
    started = time.monotonic()
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    lab = Lab(f"http://127.0.0.1:{port}/", token, log)
    try:
        wait_until_up(lab, process, BUILD_TIMEOUT_S)
        yield Server(process, lab, time.monotonic() - started)
    finally:
        stop_server(process)


def test_lab_serves_every_module_at_its_root(server: Server) -> None:
    status, body = server.get("api/contents")
    assert status == 200, body
    folders = sorted(item["name"] for item in json.loads(body)["content"] if item["type"] == "directory")
    assert folders == ASSIGNMENTS, f"release/ should be the root, with every module:\n{folders}"
    status, body = server.get(f"api/contents/{OPENED}/{OPENED}.ipynb")
    assert status == 200, body
    print(f"tasks.py lab answered after {server.seconds_to_serve:.1f} s")


def test_lab_leaves_students_only_their_nbgrader_parts_and_no_news(server: Server) -> None:
    config = server.page_config()
    disabled, locked = set(config["disabledExtensions"]), set(config["lockedExtensions"])
    assert disabled == {*INSTRUCTOR_LAB_PLUGINS, NEWS_PLUGIN}, disabled
    assert locked == set(INSTRUCTOR_LAB_PLUGINS), "a student could turn the instructor tools back on"
    assert not disabled & set(STUDENT_LAB_PLUGINS)
    # The server side: Validate and the assignment list answer; formgrader and course list do not.
    assert server.get("nbgrader_version?version=0.9.6")[0] == 200
    assert server.get("formgrader")[0] == 404
    assert server.get("formgraders")[0] == 404


def test_lab_environment_is_the_student_one_with_binders_pins(server: Server) -> None:
    python = tasks.LAB_BIN / "python"
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], capture_output=True,
                            text=True, check=True, timeout=120).stdout
    installed = {canonicalize_name(p["name"]): p["version"] for p in json.loads(listed)}
    assert not [name for name in NOT_FOR_STUDENTS if name in installed], sorted(installed)
    assert "medical-coding-career" in installed
    # tasks.py lab ran with this test environment first on PATH: its own settings stay untouched.
    instructor = Path(sys.prefix, "etc", "jupyter", "labconfig", "page_config.json")
    assert not instructor.exists() or "nbgrader" not in instructor.read_text(), instructor.read_text()
    lines = [ln.split("#")[0].strip() for ln in tasks.LAB_REQUIREMENTS.read_text().splitlines()]
    for req in (Requirement(line) for line in lines if line):
        version = installed.get(canonicalize_name(req.name))
        assert version in req.specifier, f"{req.name} {version}, binder/requirements.txt: {req}"


def test_student_opens_a_module_from_the_file_browser(server: Server, page: Page) -> None:
    opened = Course.at(REPO).notebook_path(OPENED, "release")
    before, checkpoints = opened.read_bytes(), opened.parent / ".ipynb_checkpoints"
    ours = not checkpoints.exists()  # JupyterLab makes a checkpoint of a notebook it opens
    cells = len(notebooks.read(opened).cells)
    page.goto(server.lab.at("lab"))
    listing = page.locator(".jp-FileBrowser .jp-DirListing-item")
    expect(listing).to_have_count(len(ASSIGNMENTS))
    listing.filter(has_text=OPENED).dblclick()
    listing.filter(has_text=f"{OPENED}.ipynb").dblclick()
    expect(page.locator(".jp-Notebook .jp-Cell")).to_have_count(cells)
    expect(page.locator(".jp-Notebook-ExecutionIndicator")).to_have_attribute("data-status", "idle")
    kernels = [p.cmdline() for p in psutil.Process(server.process.pid).children(recursive=True)
               if "ipykernel_launcher" in p.cmdline()]
    assert [argv[0] for argv in kernels] == [str(tasks.LAB_BIN / "python")], kernels
    # The student's Nbgrader menu has the assignment list only; no news question was asked.
    page.get_by_text("Nbgrader", exact=True).click()
    expect(page.locator(".lm-Menu .lm-Menu-itemLabel:visible")).to_have_text(["Assignment List"])
    page.keyboard.press("Escape")
    expect(page.get_by_text("Jupyter news")).to_have_count(0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "lab-module-opened.png")
    page.close()
    if ours:
        shutil.rmtree(checkpoints, ignore_errors=True)
    assert opened.read_bytes() == before, f"JupyterLab wrote {opened}"


def test_lab_stops_cleanly_on_sigterm(server: Server) -> None:
    """Last: SIGTERM (what Ctrl+C's confirmation does) ends the server and its kernels."""
    process = psutil.Process(server.process.pid)
    family = [process, *process.children(recursive=True)]
    server.process.send_signal(signal.SIGTERM)
    assert server.process.wait(timeout=STOP_TIMEOUT_S) == 0, server.lab.log.read_text()
    gone, alive = psutil.wait_procs(family, timeout=STOP_TIMEOUT_S)
    assert not alive, f"left running: {alive}"
