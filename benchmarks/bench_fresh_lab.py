"""Time a student's first start: ``python3 tasks.py lab`` in a fresh clone, until JupyterLab serves.

    python benchmarks/bench_fresh_lab.py

It clones the repository's committed ``HEAD`` into a temporary folder and runs the README's
command there with the system's Python and no browser, on a free port of 127.0.0.1 with a token,
then polls the contents API until it lists the module folders. It prints the seconds until then,
the size of the student's environment (``.venv-lab``), the date and the machine, and stops the
server. pip's download cache is used if the machine has one.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT_S = 1800


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def modules_listed(port: int, token: str) -> int:
    """How many folders the server's contents API lists at its root (0 while it does not answer)."""
    url = f"http://127.0.0.1:{port}/api/contents?token={token}"
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            content = json.load(reply)["content"]
    except (urllib.error.URLError, OSError, ValueError):
        return 0
    return sum(item["type"] == "directory" for item in content)


def size_mb(folder: Path) -> float:
    """The size of the files under ``folder``, in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    """Clone, start ``tasks.py lab``, wait for the modules, print the figures."""
    folder = Path(tempfile.mkdtemp(prefix="mcc-fresh-lab-"))
    clone = folder / "course"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    port, token = free_port(), secrets.token_hex(16)
    command = [sys.executable, "tasks.py", "lab", "--no-browser", f"--port={port}",
               f"--ServerApp.token={token}"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH"}}
    started = time.perf_counter()
    with subprocess.Popen(command, cwd=clone, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          start_new_session=True) as server:
        listed = 0
        while not listed and server.poll() is None and time.perf_counter() - started < LIMIT_S:
            time.sleep(1)
            listed = modules_listed(port, token)
        seconds = time.perf_counter() - started
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    print(f"`python3 tasks.py lab` in a fresh clone served {listed} module folders after {seconds:.1f} s; "
          f".venv-lab {size_mb(clone / '.venv-lab'):.0f} MB; {datetime.now(UTC):%Y-%m-%d}, "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if listed else 1


if __name__ == "__main__":
    sys.exit(main())
