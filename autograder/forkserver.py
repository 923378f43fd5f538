"""A kernel fork server: one warm Python process that forks a fresh IPython kernel per notebook.

Starting a kernel costs a Python start-up, the ipykernel import and, for this course, pandas,
matplotlib and the ICD-10-CM tables (seconds per notebook). The server pays that once: it
imports those modules, then forks a child for each kernel request. A child is a fresh
interpreter state as far as student code can tell (an empty namespace; only the module cache
is warm), in its own session and process group, so signals and kills reach it as usual.

The server also calls ``course.preload()``, so the code sets and the encoder index are built
once and shared copy-on-write. Run as ``python -m autograder.forkserver SOCKET [MODULE ...]``
(``module:function`` calls a function too); ``ForkServer`` does that.
Requests are one JSON line: ``{"argv": [...], "cwd": "...", "env": {...}}``; the reply is
``{"pid": N}``. The server stops when the process that started it is gone; its kernels then
stop too (ipykernel exits when its parent does).
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import socket
import sys

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


def _run_kernel(request: dict) -> None:
    """In the forked child: become the kernel described by ``request``; never returns."""
    code = 1
    try:
        os.setsid()
        for sig in (signal.SIGCHLD, signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.path[0] = os.getcwd()
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
    finally:
        os._exit(code)


def serve(path: str, preload: tuple[str, ...]) -> None:
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
                _run_kernel(request)
            stream.write(json.dumps({"pid": pid}).encode() + b"\n")
            stream.flush()


if __name__ == "__main__":
    serve(sys.argv[1], tuple(sys.argv[2:]) or DEFAULT_PRELOAD)
