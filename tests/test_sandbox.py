"""Isolated kernels as root: their own user id and file system view, and nothing left behind.

These need root (the grader's usual way to run on a grading machine); without it they are
skipped, and ``tests/test_sandbox_unprivileged.py`` tests the unprivileged way.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from autograder import sandbox
from autograder.forkserver import BASE_PRELOAD, Limits
from autograder.kernels import SOCKETS_PREFIX, ForkKernelManager, ForkServer
from conftest import REPO
from course import icd10cm

pytestmark = pytest.mark.skipif(sandbox.mode() != sandbox.ROOT, reason="the root way of shutting kernels in "
                                "(tests/test_sandbox_unprivileged.py tests the other)")

ATTEMPT = """
def attempt(f):
    try:
        f()
        return "allowed"
    except OSError as exc:
        return type(exc).__name__
"""
"""Kernel code: ``attempt(f)`` is "allowed", or the name of the OSError that ``f`` raised."""

PROBE = "import json, os\n" + ATTEMPT + """
print(json.dumps({
    "uid": os.getuid(),
    "list_hidden": attempt(lambda: os.listdir(HIDDEN)),
    "write_hidden": attempt(lambda: open(HIDDEN + "/x.txt", "w").close()),
    "write_own": attempt(lambda: open(os.path.abspath("mine.txt"), "w").close()),
    "tmp": sorted(os.listdir("/tmp")),
    "import_course": attempt(lambda: __import__("course.icd10cm")),
    "codes": len(__import__("course.icd10cm").icd10cm.codes()),
    "repo": sorted(os.listdir(REPO)) if os.path.isdir(REPO) else ["(not there)"],
}))
"""


def run_in_kernel(server: ForkServer, workdir: Path, code: str, hide: tuple[str, ...] = ()) -> str:
    """Start a forked kernel in ``workdir`` that cannot see ``hide``, run ``code``, return what it printed."""
    async def session() -> str:
        manager = ForkKernelManager(socket_path=server.socket_path, hide=list(hide))
        await manager.start_kernel(cwd=str(workdir))
        client = manager.client()
        client.start_channels()
        printed: list[str] = []
        try:
            await client.wait_for_ready(timeout=60)
            await client.execute_interactive(
                code, timeout=60,
                output_hook=lambda msg: printed.append(msg["content"].get("text", "")))
        finally:
            client.stop_channels()
            await manager.shutdown_kernel(now=True)
        return "".join(printed)
    return asyncio.run(session())


def test_a_kernel_sees_only_its_own_folder(tmp_path: Path) -> None:
    hidden = tmp_path / "course"
    hidden.mkdir()
    (hidden / "secret.txt").write_text("hidden tests")
    # a server for a notebook that does not use the course's tables: its kernels load them themselves
    server = ForkServer(BASE_PRELOAD, Limits(hide=(str(hidden), str(REPO))))
    try:
        with tempfile.TemporaryDirectory(prefix=sandbox.TASK_PREFIX) as task:
            work = Path(task) / "autograded"
            work.mkdir()
            code = f"HIDDEN = {str(hidden)!r}\nREPO = {str(REPO)!r}\n{PROBE}"
            seen = json.loads(run_in_kernel(server, work, code))
            wrote = (work / "mine.txt").exists()
    finally:
        server.close()
    assert seen["uid"] >= sandbox.UID_BASE
    assert seen["list_hidden"] == "FileNotFoundError"  # /tmp itself is a private, empty tmpfs
    assert seen["write_hidden"] in ("FileNotFoundError", "PermissionError")
    assert seen["write_own"] == "allowed" and wrote
    assert seen["import_course"] == "allowed" and seen["codes"] == len(icd10cm.codes())
    assert not (hidden / "x.txt").exists()
    assert "source" not in seen["repo"] and ".git" not in seen["repo"] and "course" in seen["repo"]
    # /tmp is private: only the way to the working folder and to what is kept (a repository
    # cloned under /tmp brings its .venv and course/ back) is there
    kept = {Path(p).parts[2] for p in (task, str(REPO)) if Path(p).is_relative_to("/tmp")}
    sockets = [name for name in seen["tmp"] if name.startswith(SOCKETS_PREFIX)]
    assert len(sockets) == 1  # its own sockets' folder, and no other kernel's
    assert sorted(set(seen["tmp"]) - set(sockets)) == sorted({"home", *kept})


def test_what_a_kernel_must_not_see_comes_with_each_request() -> None:
    # one warm server grades course after course: each kernel hides its own course's folders.
    # The course is outside the scratch folders (which every kernel has private anyway).
    course = Path(tempfile.mkdtemp(prefix="mcc-hide-test-", dir="/var/lib"))
    course.chmod(0o755)  # readable by anyone, kernels included, unless hidden
    (course / "secret.txt").write_text("hidden tests")
    server = ForkServer(BASE_PRELOAD)
    code = f"import json, os\nprint(json.dumps(sorted(os.listdir({str(course)!r}))))"
    try:
        with tempfile.TemporaryDirectory(prefix=sandbox.TASK_PREFIX) as task:
            hiding = json.loads(run_in_kernel(server, Path(task), code, hide=(str(course),)))
            other = json.loads(run_in_kernel(server, Path(task), code))
    finally:
        server.close()
        shutil.rmtree(course)
    assert hiding == [] and other == ["secret.txt"]


NETWORK_PROBE = "import json, socket\n" + ATTEMPT + """
def send():
    with socket.create_connection(("127.0.0.1", PORT), timeout=2) as conn:
        conn.sendall(b"hidden tests")
print(json.dumps({"interfaces": [name for _, name in socket.if_nameindex()],
                  "routes": open("/proc/net/route").read().splitlines()[1:],
                  "connect": attempt(send)}))
"""


def test_a_kernel_has_no_network_but_still_reaches_its_grader(tmp_path: Path) -> None:
    # the test's own listener on loopback, as the grader's and other kernels' ports would be
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    server = ForkServer(BASE_PRELOAD)
    try:
        with tempfile.TemporaryDirectory(prefix=sandbox.TASK_PREFIX) as task:
            code = f"PORT = {listener.getsockname()[1]}\n{NETWORK_PROBE}"
            seen = json.loads(run_in_kernel(server, Path(task), code))  # over its Unix sockets
    finally:
        server.close()
    with pytest.raises(TimeoutError):
        listener.accept()  # nothing arrived
    listener.close()
    assert seen["interfaces"] == ["lo"] and seen["routes"] == []
    assert seen["connect"] == "OSError"  # no route: its loopback is its own, and down


def test_only_task_folders_are_handed_over() -> None:
    assert sandbox.is_task_folder(f"{tempfile.gettempdir()}/{sandbox.TASK_PREFIX}x/autograded/s/a")
    assert not sandbox.is_task_folder(tempfile.gettempdir())
    assert not sandbox.is_task_folder(f"{tempfile.gettempdir()}/clone/course")
    assert not sandbox.is_task_folder(str(REPO / "course")) or REPO.name.startswith(sandbox.TASK_PREFIX)


def test_a_kernel_outside_a_task_folder_is_handed_nothing() -> None:
    server = ForkServer(BASE_PRELOAD)
    code = "import os\nprint(os.getuid(), os.access('.', os.W_OK))"
    try:
        printed = run_in_kernel(server, REPO / "course", code)
    finally:
        server.close()
    uid, writable = printed.split()
    assert int(uid) >= sandbox.UID_BASE and writable == "False"
    assert (REPO / "course").stat().st_uid == REPO.stat().st_uid


def test_needed_paths_bring_back_python_never_a_whole_hidden_folder() -> None:
    prefix = Path(sys.prefix).resolve()
    kept = sandbox.needed_paths((str(prefix.parent),))
    assert str(prefix) in kept and str(prefix.parent) not in kept


def test_leftovers_are_killed_by_user_id_and_nothing_else() -> None:
    bystander = subprocess.Popen(["sleep", "60"])
    try:
        sandbox.kill_leftovers(123_456)  # no process runs under that kernel's user id
        assert bystander.poll() is None
    finally:
        bystander.kill()
        bystander.wait()
