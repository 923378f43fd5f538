"""A kernel fork server: one warm Python process that forks a fresh IPython kernel per notebook.

Starting a kernel costs a Python start-up, the ipykernel import and, for this course, pandas,
matplotlib and the ICD-10-CM tables (seconds per notebook). The server pays that once: it
imports those modules, then forks a child for each kernel request. A child is a fresh
interpreter state as far as student code can tell (an empty namespace; only the module cache
is warm), in its own session and process group, so signals and kills reach it as usual.

The server also calls ``course.preload()``, so the code sets and the encoder index are built
once and shared copy-on-write. Each kernel runs under resource limits (memory beyond the
server's own, CPU seconds; see ``Limits``). Run as
``python -m autograder.forkserver SOCKET [MODULE ...] [--memory-mb N] [--cpu-seconds N]``
(``module:function`` calls a function too); ``ForkServer`` does that.
Requests are one JSON line: ``{"argv": [...], "cwd": "...", "env": {...}}``; the reply is
``{"pid": N}``. The server stops when the process that started it is gone; its kernels then
stop too (ipykernel exits when its parent does).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import signal
import socket
import sys
from dataclasses import dataclass

PARENT_CHECK_S = 1.0
DEFAULT_PRELOAD = ("ipykernel.kernelapp", "pandas", "matplotlib.pyplot", "course:preload")
"""Modules to import, or ``module:function`` to import and call, before serving."""


def _reap(signum: int, frame: object) -> None:
    """Collect exited kernels so that they do not linger as zombies."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass


@dataclass(frozen=True)
class Limits:
    """What one kernel may use: memory beyond the warm server's own, and CPU seconds."""

    memory_mb: int = 4096
    cpu_seconds: int = 600

    def apply(self) -> None:
        """Set these limits on the current process (a forked kernel, before it starts)."""
        page = os.sysconf("SC_PAGE_SIZE")
        virtual = int(open("/proc/self/statm").read().split()[0]) * page  # noqa: SIM115
        memory = virtual + self.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (self.cpu_seconds, self.cpu_seconds + 5))


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


def _run_kernel(request: dict, limits: Limits) -> None:
    """In the forked child: become the kernel described by ``request``; never returns."""
    code = 1
    try:
        os.setsid()
        limits.apply()
        for sig in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        _detach_stdio()
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())  # ipykernel exits when this server does
        sys.path[0] = os.getcwd()
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    finally:
        os._exit(code)


def serve(path: str, preload: tuple[str, ...], limits: Limits) -> None:
    """Import ``preload``, then answer fork requests on the Unix socket at ``path``."""
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for name in preload:
        module, _, function = name.partition(":")
        loaded = importlib.import_module(module)
        if function:
            getattr(loaded, function)()
    signal.signal(signal.SIGCHLD, _reap)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    server.settimeout(PARENT_CHECK_S)
    parent = os.getppid()
    print("ready", flush=True)
    while os.getppid() == parent:  # the grader that started us is gone: stop
        try:
            conn, _ = server.accept()
        except TimeoutError:
            continue
        conn.settimeout(None)
        with conn, conn.makefile("rwb") as stream:
            request = json.loads(stream.readline())
            pid = os.fork()
            if pid == 0:
                server.close()
                _run_kernel(request, limits)
            stream.write(json.dumps({"pid": pid}).encode() + b"\n")
            stream.flush()


def main(argv: list[str]) -> None:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(prog="python -m autograder.forkserver")
    parser.add_argument("socket", help="the Unix socket to listen on")
    parser.add_argument("preload", nargs="*", help="modules (or module:function) to load first")
    parser.add_argument("--memory-mb", type=int, default=Limits.memory_mb,
                        help="memory a kernel may allocate beyond the server's own")
    parser.add_argument("--cpu-seconds", type=int, default=Limits.cpu_seconds,
                        help="CPU time a kernel may use before it is stopped")
    args = parser.parse_args(argv)
    serve(args.socket, tuple(args.preload) or DEFAULT_PRELOAD, Limits(args.memory_mb, args.cpu_seconds))


if __name__ == "__main__":
    main(sys.argv[1:])
