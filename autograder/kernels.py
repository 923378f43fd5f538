"""Kernels for grading: forked from a warm ``forkserver`` instead of started from scratch.

``ForkServer`` runs the server process; ``ForkKernelManager`` is a jupyter_client kernel
manager whose kernels come from it; ``ForkExecute`` is nbgrader's Execute step using that
manager. Everything else about execution (timeouts, interrupts, outputs) is nbgrader's.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import itertools
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from multiprocessing.util import Finalize
from pathlib import Path
from queue import Empty
from typing import Any

import psutil
import zmq
import zmq.asyncio
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import List, Type, Unicode
from traitlets.config import Config

from autograder.forkserver import DEFAULT_LIMITS, DEFAULT_PRELOAD, Limits
from autograder.runtime_check import RuntimeCheck, is_test_cell

READY_TIMEOUT_S = 120


class ForkServer:
    """A running fork server process, with the Unix socket it listens on."""

    def __init__(self, preload: tuple[str, ...] = DEFAULT_PRELOAD, limits: Limits = DEFAULT_LIMITS) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="mcc-fork-")
        self.socket_path = str(Path(self._folder.name) / "fork.sock")
        log = open(Path(self._folder.name) / "server.log", "wb")  # noqa: SIM115 (kept for the process)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.forkserver", self.socket_path, *preload, *limits.arguments(),
             "--own-folder"],
            stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, cwd=self._folder.name,
            env={**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
        )
        self.limits, self.preload = limits, preload
        ready, _, _ = select.select([self.process.stdout], [], [], READY_TIMEOUT_S)
        line = self.process.stdout.readline() if ready and self.process.stdout else b""
        if line.strip() != b"ready":
            self.close()
            late = f" within {READY_TIMEOUT_S} s" if not ready else ""
            raise RuntimeError(f"the kernel fork server did not start{late} (see {log.name})")

    def close(self) -> None:
        """Stop the server (kernels it forked are stopped by their managers)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._folder.cleanup()


_SERVER: dict[str, ForkServer] = {}
_SERVER_LOCK = threading.Lock()


def server_for(limits: Limits, preload: tuple[str, ...] = DEFAULT_PRELOAD) -> ForkServer:
    """This process's one fork server, started on first use (again if ``limits`` changed, or if it
    did not load all of ``preload``: a server that loaded more serves a lighter notebook as well).

    What a kernel must not see (``limits.hide``) is not the server's: it goes with each kernel
    request (``ForkKernelManager.hide``), so grading another course keeps the warm server.
    It is closed when the process exits (a pool's worker process too, which skips
    ``atexit``); if the process is killed instead, the server notices its parent is gone and
    stops.
    """
    with _SERVER_LOCK:
        limits = replace(limits, hide=())
        current = _SERVER.get("server")
        if current is not None and (current.limits != limits or not set(preload) <= set(current.preload)
                                    or current.process.poll() is not None):
            current.close()
            current = None
        if current is None:
            current = _SERVER["server"] = ForkServer(preload, limits)
            Finalize(None, _close_server, exitpriority=10)
        return current


def _close_server() -> None:
    with _SERVER_LOCK:
        server = _SERVER.pop("server", None)
        if server is not None:
            server.close()


def request_kernel(socket_path: str, argv: list[str], cwd: str, env: dict[str, str],
                   hide: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> int:
    """Ask the fork server at ``socket_path`` for a kernel process; returns its pid.

    The kernel cannot see ``hide`` but still sees ``keep`` (the folder of its sockets).
    """
    if not socket_path:
        raise RuntimeError("no kernel fork server socket was configured")
    request = {"argv": argv, "cwd": cwd, "env": env, "hide": list(hide), "keep": list(keep)}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.connect(socket_path)
        conn.sendall(json.dumps(request).encode() + b"\n")
        reply = conn.makefile("rb").readline()
    return int(json.loads(reply)["pid"])


class ForkedProcess:
    """The subset of ``subprocess.Popen`` that jupyter_client uses, for a forked kernel.

    The kernel is the server's child, not ours, so its state is read with ``psutil``.
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """None while the kernel runs, else an exit code (its real one is the server's)."""
        if self.returncode is None:
            try:
                gone = psutil.Process(self.pid).status() in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
            except psutil.NoSuchProcess:
                gone = True
            if gone:
                self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait until the kernel has exited."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(0.01)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        """Send ``signum`` to the kernel, unless it has exited (as ``Popen`` does)."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):  # it exited since
                os.kill(self.pid, signum)

    def kill(self) -> None:
        """Kill the kernel."""
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        """Ask the kernel to stop."""
        self.send_signal(signal.SIGTERM)


class ForkProvisioner(LocalProvisioner):
    """A local provisioner whose kernel processes come from a fork server."""

    socket_path = Unicode("", help="The fork server's Unix socket.").tag(config=True)
    hide = List(Unicode(), help="Folders the kernel must not see, besides the server's.").tag(config=True)
    sockets = Unicode("", help="The folder of the kernel's IPC sockets, removed with the kernel.")

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> dict:
        """Fork the kernel that ``cmd`` (``python -m ipykernel_launcher ...``) describes."""
        args = cmd[cmd.index("ipykernel_launcher") + 1:]
        env = {k: str(v) for k, v in (kwargs.get("env") or os.environ).items()}
        cwd = str(kwargs.get("cwd") or os.getcwd())
        pid = request_kernel(self.socket_path, args, cwd, env, tuple(self.hide), (self.sockets,))
        self.process = ForkedProcess(pid)
        self.pid = self.pgid = pid
        self.cwd = kwargs.get("cwd", os.getcwd())
        return self.connection_info

    async def cleanup(self, restart: bool = False) -> None:
        """Clean up as a local kernel does, and remove the sockets' folder once the kernel is gone."""
        await super().cleanup(restart)
        if not restart and self.sockets:
            shutil.rmtree(self.sockets, ignore_errors=True)


RECONNECT_MS = 10
"""How soon a socket tries again to reach a kernel whose first connection attempt failed.

ZeroMQ's default is 100 ms. A forked kernel binds its sockets a few ms after its client
connects, so the first ``kernel_info`` request waited about 0.1 s for nothing; the manager's
control socket, made for the shutdown request, likewise waited about 0.1 s before the kernel
got the request.
"""


def _quick_reconnect(context: zmq.asyncio.Context) -> zmq.asyncio.Context:
    """``context``, its sockets retrying every ``RECONNECT_MS``."""
    context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)
    return context


class ForkKernelClient(AsyncKernelClient):
    """jupyter_client's client, without the idle waits of a kernel started from scratch.

    Its sockets retry every ``RECONNECT_MS``; ``wait_for_ready`` is jupyter_client's, but it
    ends by taking the IOPub messages already there instead of waiting until none has come for
    0.2 s. Nothing reads them: nbclient keeps only the IOPub messages of its own requests.
    """

    def _context_default(self) -> zmq.asyncio.Context:
        return _quick_reconnect(super()._context_default())

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        """Wait until the kernel answers ``kernel_info`` on its shell and its IOPub is connected."""
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                pass
            else:
                if reply["msg_type"] == "kernel_info_reply":
                    try:
                        await self.iopub_channel.get_msg(timeout=0.2)
                    except Empty:
                        pass  # IOPub is not connected yet: ask again, as jupyter_client does
                    else:
                        self._handle_kernel_info_reply(reply)
                        break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")
        while True:
            try:
                await self.iopub_channel.get_msg(timeout=0)
            except Empty:
                return


GONE_POLL_S = 0.01
"""How often a kernel asked to shut down is checked for having exited (it takes a few ms)."""

SOCKETS_PREFIX = "mcc-k-"
"""Each forked kernel's IPC sockets are in a short-named folder of its own in the temp folder."""


class ForkKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels are forked by the server at ``socket_path``.

    Its kernels talk over IPC (Unix sockets in a folder of their own), not TCP: no port is
    opened, and an isolated kernel, in a network namespace with no way out, still reaches it.
    Its control socket (the shutdown request) retries every ``RECONNECT_MS``.
    """

    socket_path = Unicode("", help="The fork server's Unix socket.").tag(config=True)
    hide = List(Unicode(), help="Folders its kernels must not see, besides the server's.").tag(config=True)
    client_factory = Type(ForkKernelClient)

    def _context_default(self) -> zmq.asyncio.Context:
        return _quick_reconnect(super()._context_default())

    async def _async_pre_start_kernel(self, **kw: Any) -> tuple[list[str], dict[str, Any]]:
        if self.provisioner is None:
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", None) or os.urandom(16).hex()
            sockets = tempfile.mkdtemp(prefix=SOCKETS_PREFIX)
            os.chmod(sockets, 0o1733)  # the kernel's own user id makes its sockets here; no listing
            self.transport, self.ip = "ipc", os.path.join(sockets, "k")
            self.provisioner = ForkProvisioner(
                kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self,
                socket_path=self.socket_path, hide=self.hide, sockets=sockets,
            )
        return await super()._async_pre_start_kernel(**kw)

    async def _async_finish_shutdown(self, waittime: float | None = None, pollinterval: float = 0.1,
                                     restart: bool = False) -> None:
        """jupyter_client's, but looking every ``GONE_POLL_S`` (not 0.1 s) whether the kernel is gone."""
        await super()._async_finish_shutdown(waittime, min(pollinterval, GONE_POLL_S), restart)


_SOCKET_NAMES = itertools.count()
"""Numbers for ``ipc_config``'s socket names, one per call."""


def ipc_config() -> Config:
    """Settings for kernels the course's own tools start: Unix sockets (IPC), not TCP ports.

    No port is opened, and ipykernel has no reason to warn "Kernel is running over TCP without
    encryption". The sockets are in this process's own folder, by absolute path (a kernel may
    work in another folder than its client), under a name of this call's own: jupyter_client
    numbers a kernel's socket files by looking for free names, so two kernels started at once
    under one name could pick the same files. Pass it as ``config=`` to nbclient's
    ``NotebookClient`` or nbgrader's ``Validator``.
    """
    config = Config()
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(_ipc_folder(), f"k{next(_SOCKET_NAMES)}")
    return config


@functools.cache
def _ipc_folder() -> str:
    """A folder for this process's IPC kernel sockets, removed when the process exits."""
    folder = tempfile.mkdtemp(prefix=SOCKETS_PREFIX)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


class ForkExecute(Execute):
    """nbgrader's Execute step, with kernels from the fork server and the run-time tamper check.

    The check (``autograder.runtime_check``) adds a silent setup before the first cell and a
    user expression to each test cell's request; cells, outputs and counts stay nbgrader's.
    Its findings are written as a JSON list to ``findings_file``.
    """

    findings_file = Unicode("", help="Where to write the run-time check's findings (JSON).").tag(config=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("kernel_manager_class", ForkKernelManager)
        super().__init__(*args, **kwargs)
        self._check: RuntimeCheck | None = None
        self._testing = False

    def preprocess(self, nb: NotebookNode, resources: Any = None, km: Any = None) -> tuple[NotebookNode, Any]:
        """Execute ``nb`` as nbgrader does, checking each test cell; write the findings."""
        self._check = None
        try:
            return super().preprocess(nb, resources, km)
        finally:
            if self.findings_file:
                found = self._check.findings if self._check else []
                Path(self.findings_file).write_text(json.dumps(found))

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> tuple[NotebookNode, Any]:
        """Run the check's setup before the first cell; send each test cell with its expression."""
        if self._check is None:
            self._start_check()
        self._testing = is_test_cell(cell)
        try:
            return super().preprocess_cell(cell, resources, index)
        finally:
            self._testing = False

    def _start_check(self) -> None:
        self._check = check = RuntimeCheck()
        send = self.kc.execute
        reply = self.wait_for_reply(send(check.setup_code(), silent=True, store_history=False))
        if not reply or reply["content"].get("status") != "ok":
            check.setup_failed(reply or {})

        def execute(code: str, **kwargs: Any) -> str:
            if self._testing:
                kwargs["user_expressions"] = check.expressions()
            return send(code, **kwargs)

        self.kc.execute = execute

    def on_cell_executed(self, **kwargs: Any) -> None:
        """nbgrader's error bookkeeping, then the check of a test cell's reply."""
        super().on_cell_executed(**kwargs)
        if self._testing and self._check is not None:
            self._check.read_reply(kwargs["cell"], kwargs.get("execute_reply"))
