"""A kernel fork server: one warm Python process that forks a fresh IPython kernel per notebook.

Starting a kernel costs a Python start-up, the ipykernel import and, for this course, pandas,
matplotlib and the ICD-10-CM tables (seconds per notebook). The server pays that once: it
imports those modules, then forks a child for each kernel request. A child is a fresh
interpreter state as far as student code can tell (an empty namespace; only the module cache
is warm), in its own session and process group, so signals and kills reach it as usual.

For a notebook that imports the course library (``preload_for``) the server also calls
``course.preload()``, so the code sets and the encoder index are built once and shared
copy-on-write; for one that imports neither pandas, matplotlib nor the course it skips those. Each
kernel runs under ``Limits``: memory beyond the server's own, CPU seconds, file size, and (when
isolated as root) processes. Wherever the system allows (as root, or in an unprivileged user
namespace) each kernel is also isolated (``autograder.sandbox``): the folders in ``Limits.hide``
and the shared scratch folders out of its sight, no network, and (as root) a user id of its own.
The server is its kernels' child subreaper: whatever a kernel leaves running is killed when the
kernel ends.
Run as ``python -m autograder.forkserver SOCKET [MODULE ...] [options]``
(``module:function`` calls a function too); ``ForkServer`` does that.
Requests are one JSON line: ``{"argv": [...], "cwd": "...", "env": {...}, "hide": [...],
"keep": [...]}`` (optional: ``hide`` adds folders to hide from that kernel, so one server serves
many courses; ``keep`` folders it must still see, such as its sockets' folder); the reply is
``{"pid": N}``. The server stops when the process that started it is gone; its kernels then
stop too (ipykernel exits when its parent does). With ``--own-folder`` the socket's folder is the
server's own and is removed when the server stops, unless the server itself is killed with
SIGKILL (``ForkServer`` makes one folder per server).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import re
import resource
import shutil
import signal
import socket
import sys
import traceback
from dataclasses import dataclass, replace

import psutil

from autograder import sandbox

PARENT_CHECK_S = 1.0
IMPORTS = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "autograder.warm_up:pandas",
           "matplotlib.pyplot", "autograder.warm_up:figures", "course")
"""Modules to import, or ``module:function`` to import and call, before serving.

A kernel imports ``ipykernel.ipkernel`` and ``ipykernel.debugger`` (debugpy) as it starts: 0.06 s
of CPU per kernel when its server has not. ``warm_up.pandas`` imports pandas as a kernel would
(it sets its display defaults by where it runs). ``warm_up.figures`` spares each kernel's first figure
its fonts and backend. ``course`` itself is cheap (its tables load on first
use), and a kernel in a sandbox sees the folders of the packages its server imported
(``sandbox.needed_paths``), so it is always there.
"""
COURSE_PRELOAD = "course:preload"
"""The course library's tables: about 1.6 s of CPU per server, spent only for notebooks that use them.

Elsewhere a kernel that imports the course after all loads them itself: slower, same answers.
"""
TRACEBACKS = "autograder.warm_up:tracebacks"
"""A kernel's first traceback made warm (0.13 -> 0.03 s of CPU); last, once everything is imported."""
BASE_PRELOAD = (*IMPORTS, TRACEBACKS)
DEFAULT_PRELOAD = (*IMPORTS, COURSE_PRELOAD, TRACEBACKS)
LIGHT_PRELOAD = (*(name for name in IMPORTS if name.startswith(("ipykernel.", "course"))), TRACEBACKS)
"""For notebooks that use neither pandas, matplotlib nor the course: about 0.55 s of CPU per server
against 1.3 s. A kernel that imports pandas after all imports it itself: slower, same answers."""
_IMPORTS_COURSE = re.compile(r"^\s*(?:import|from)\b.*\bcourse\b", re.MULTILINE)
_IMPORTS_TABLES_OR_PLOTS = re.compile(r"^\s*(?:(?:import|from)\b.*\b(?:pandas|matplotlib)\b|%matplotlib\b)",
                                      re.MULTILINE)


def preload_for(code: str) -> tuple[str, ...]:
    """What a server forking kernels for ``code`` (notebook cells) loads: tables if it imports the
    course, pandas and matplotlib if it imports either."""
    if _IMPORTS_COURSE.search(code):
        return DEFAULT_PRELOAD
    return BASE_PRELOAD if _IMPORTS_TABLES_OR_PLOTS.search(code) else LIGHT_PRELOAD


def _reaped() -> list[int]:
    """The kernels that have exited since the last call, collected so they leave no zombie."""
    pids = []
    try:
        while (pid := os.waitpid(-1, os.WNOHANG)[0]) > 0:
            pids.append(pid)
    except ChildProcessError:
        pass
    return pids


@dataclass(frozen=True)
class Limits:
    """What one kernel may use, and what it may not see.

    Memory beyond the warm server's own, CPU seconds, the size of any file it writes, and
    processes and threads (only when isolated as root: the count is per user id). ``hide`` lists
    the folders an isolated kernel must not see; ``isolate`` None means "wherever the server can
    (``autograder.sandbox.mode``)".
    """

    memory_mb: int = 4096
    cpu_seconds: int = 600
    file_mb: int = 100
    processes: int = 64
    hide: tuple[str, ...] = ()
    isolate: bool | None = None

    @property
    def isolated(self) -> bool:
        """True when kernels get a file system view and a network of their own."""
        return sandbox.available() if self.isolate is None else self.isolate

    @property
    def own_user_ids(self) -> bool:
        """True when each kernel also gets a user id of its own (isolated, as root)."""
        return self.isolated and sandbox.mode() == sandbox.ROOT

    def apply(self) -> None:
        """Set these limits on the current process (a forked kernel, before it starts)."""
        memory = psutil.Process().memory_info().vms + self.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (self.cpu_seconds, self.cpu_seconds + 5))
        size = self.file_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        if self.own_user_ids:
            resource.setrlimit(resource.RLIMIT_NPROC, (self.processes, self.processes))

    def arguments(self) -> list[str]:
        """These limits as the server's command-line options."""
        flags = [f"--memory-mb={self.memory_mb}", f"--cpu-seconds={self.cpu_seconds}",
                 f"--file-mb={self.file_mb}", f"--processes={self.processes}"]
        flags += [f"--hide={folder}" for folder in self.hide]
        return flags + ([] if self.isolate is None else ["--isolate" if self.isolate else "--no-isolate"])


DEFAULT_LIMITS = Limits()


def _detach_stdio() -> None:
    """Point the kernel's stdin and stdout at /dev/null.

    The server's stdout is a pipe that only carried "ready"; a kernel that wrote into it
    (ipykernel prints its connection info) would block once the pipe's buffer is full.
    """
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)


def _isolate(argv: list[str], env: dict[str, str], limits: Limits, keep: list[str],
             writable: list[str]) -> list[str]:
    """Shut this child in (see ``autograder.sandbox``); return ``argv`` with a private connection file."""
    at = argv.index("-f") + 1
    connection = open(argv[at], "rb").read()  # noqa: SIM115 (read before the folder is hidden)
    sandbox.enter(limits.hide, keep, writable)
    home = sandbox.HOME
    private = f"{home}/kernel.json"
    with open(private, "wb") as handle:
        handle.write(connection)
    env.update(HOME=home, TMPDIR="/tmp", IPYTHONDIR=f"{home}/.ipython", MPLCONFIGDIR=f"{home}/.matplotlib")
    return [*argv[:at], private, *argv[at + 1:]]


def _run_kernel(request: dict, limits: Limits, keep: list[str]) -> None:
    """In the forked child: become the kernel described by ``request``; never returns.

    ``limits`` already hides what the request asks to hide besides the server's own folders;
    ``keep`` is what the kernel still sees of them, read-only, besides the request's own.
    """
    code = 1
    try:
        os.setsid()
        for sig in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        _detach_stdio()
        os.chdir(request["cwd"])
        argv, env = list(request["argv"]), dict(request["env"])
        if limits.isolated:
            argv = _isolate(argv, env, limits, keep, list(filter(None, request.get("keep", []))))
        limits.apply()
        os.environ.clear()
        os.environ.update(env)
        os.environ["JPY_PARENT_PID"] = str(os.getppid())
        sys.path[0] = os.getcwd()
        _reseed()
        # ipykernel exits when this server does; its default for this option was read from the
        # environment when the server imported it, so it is given on the command line
        sys.argv = ["ipykernel_launcher", *argv, f"--IPKernelApp.parent_handle={os.getppid()}"]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    except BaseException:
        traceback.print_exc()  # into the server's log
    finally:
        os._exit(code)


def _reseed() -> None:
    """Give this kernel its own random state: forked children share the server's.

    Python's ``random`` reseeds itself after a fork; NumPy's global generator does not.
    """
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()


def serve(path: str, preload: tuple[str, ...], limits: Limits, own_folder: bool = False) -> None:
    """Import ``preload``, then answer fork requests on the Unix socket at ``path``.

    With ``own_folder`` the folder of ``path`` is removed when the server stops, once it has
    started (a server that failed to start leaves its log there).
    """
    parent = os.getppid()  # taken first: the grader may be gone before the imports are done
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for name in preload:
        module, _, function = name.partition(":")
        loaded = importlib.import_module(module)
        if function:
            getattr(loaded, function)()
    sandbox.become_subreaper()  # what a kernel leaves behind becomes ours, to be killed
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    server.settimeout(PARENT_CHECK_S)
    print("ready", flush=True)
    try:
        _answer(server, limits, parent)
    finally:  # a forked kernel never gets here: it leaves by os._exit
        if own_folder:
            shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def _answer(server: socket.socket, limits: Limits, parent: int) -> None:
    """Fork a kernel for each request on ``server`` until ``parent``, who started us, is gone."""
    kept: dict[tuple[str, ...], list[str]] = {}  # what isolated kernels still see, by what they hide
    kernels: set[int] = set()
    while os.getppid() == parent:  # the grader that started us is gone: stop
        if ended := [pid for pid in _reaped() if pid in kernels]:
            kernels.difference_update(ended)
            if limits.own_user_ids:
                for pid in ended:
                    sandbox.kill_leftovers(pid)
            _kill_orphans(kernels)
        try:
            conn, _ = server.accept()
        except TimeoutError:
            continue
        conn.settimeout(None)
        with conn, conn.makefile("rwb") as stream:
            request = json.loads(stream.readline())
            hide = tuple(sorted({*limits.hide, *request.get("hide", [])}))
            if limits.isolated and hide not in kept:
                kept[hide] = sandbox.needed_paths(hide)
            pid = os.fork()
            if pid == 0:
                server.close()
                _run_kernel(request, replace(limits, hide=hide), kept.get(hide, []))
            kernels.add(pid)
            stream.write(json.dumps({"pid": pid}).encode() + b"\n")
            stream.flush()


def _kill_orphans(kernels: set[int]) -> None:
    """Kill every child of this server that is not a running kernel: what an ended kernel left."""
    for child in psutil.Process().children():
        if child.pid not in kernels:
            with contextlib.suppress(psutil.Error):
                child.kill()


def main(argv: list[str]) -> None:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(prog="python -m autograder.forkserver")
    parser.add_argument("socket", help="the Unix socket to listen on")
    parser.add_argument("preload", nargs="*", help="modules (or module:function) to load first")
    parser.add_argument("--memory-mb", type=int, default=Limits.memory_mb,
                        help="memory a kernel may allocate beyond the server's own")
    parser.add_argument("--cpu-seconds", type=int, default=Limits.cpu_seconds,
                        help="CPU time a kernel may use before it is stopped")
    parser.add_argument("--file-mb", type=int, default=Limits.file_mb, help="largest file a kernel may write")
    parser.add_argument("--processes", type=int, default=Limits.processes,
                        help="processes and threads an isolated kernel may run")
    parser.add_argument("--hide", action="append", default=[], help="a folder isolated kernels must not see")
    parser.add_argument("--own-folder", action="store_true",
                        help="the socket's folder is the server's: remove it when the server stops")
    parser.add_argument("--isolate", action=argparse.BooleanOptionalAction, default=None,
                        help="give each kernel its own user id and file system view (default: when root)")
    args = parser.parse_args(argv)
    limits = Limits(args.memory_mb, args.cpu_seconds, args.file_mb, args.processes, tuple(args.hide),
                    args.isolate)
    serve(args.socket, tuple(args.preload) or DEFAULT_PRELOAD, limits, args.own_folder)


if __name__ == "__main__":
    main(sys.argv[1:])
