"""Where grading tasks run: a local process pool, or a Dask distributed cluster.

Both take the same picklable tasks and yield outcomes as they complete; a task that raises
comes back as a failed outcome, so one bad submission never stops the batch. A backend can
be kept open across several ``grade`` calls (the demo grades every module on one pool), so
that worker processes and their warm kernel servers start once.

Stopping: local workers ignore Ctrl-C (the grader decides) and exit by themselves when the
grader is gone, even after ``kill -9`` (they watch their parent); leaving a ``with`` block on
an exception stops them at once instead of waiting for their tasks. A stopped worker kills its
fork server and kernels and removes its temporary folder, where they and its tasks keep theirs
(only a worker killed itself with ``kill -9``, as a whole process group is, cannot).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from multiprocessing.util import Finalize

import psutil

from autograder.worker import GradeOutcome, GradeTask

Work = Callable[[GradeTask], GradeOutcome]
PARENT_CHECK_S = 0.5
WORKER_PREFIX = "mcc-worker-"


def _worker_start(grader: int) -> None:
    """In each local worker: leave Ctrl-C to the grader; keep temporary files in a folder of its own;
    exit when the grader is gone or stops it (SIGTERM), removing that folder."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    scratch = _own_temp_folder()

    def watch() -> None:
        while os.getppid() == grader:
            time.sleep(PARENT_CHECK_S)
        _leave(scratch)

    signal.signal(signal.SIGTERM, lambda *_: _leave(scratch))
    threading.Thread(target=watch, name="watch-grader", daemon=True).start()


def _leave(scratch: str) -> None:
    """Exit at once: kill the fork server and kernels first, so that nothing writes in ``scratch``
    any more, then remove it."""
    family = psutil.Process().children(recursive=True)
    for process in family:
        with contextlib.suppress(psutil.Error):
            process.kill()
    psutil.wait_procs(family, timeout=5)
    shutil.rmtree(scratch, ignore_errors=True)
    os._exit(1)


def _own_temp_folder() -> str:
    """Make a folder for this process's temporary files (its children's too), removed at a normal exit.

    A task's working folder, its kernels' sockets and connection files and the fork server's
    folder all go there, so a worker stopped mid-task leaves nothing behind in the temp folder.
    """
    folder = tempfile.mkdtemp(prefix=WORKER_PREFIX)
    tempfile.tempdir = os.environ["TMPDIR"] = folder
    Finalize(None, shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True}, exitpriority=0)
    return folder


class LocalPool:
    """``workers`` fresh worker processes on this machine (default: one per core)."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_worker_start, initargs=(os.getpid(),))

    def run(self, work: Work, tasks: list[GradeTask]) -> Iterator[GradeOutcome]:
        """Run ``work`` over ``tasks``; yield outcomes as they complete."""
        futures = {self._pool.submit(work, task): task for task in tasks}
        for future in as_completed(futures):
            yield _result(future, futures[future])

    def close(self, now: bool = False) -> None:
        """Stop the worker processes, after their current tasks or, ``now``, at once."""
        if now:
            for process in list(self._pool._processes.values()):  # no public way to stop them
                process.terminate()
        self._pool.shutdown(wait=not now, cancel_futures=True)

    def __enter__(self) -> LocalPool:
        return self

    def __exit__(self, kind: type | None, *exc: object) -> None:
        self.close(now=kind is not None)


class DaskCluster:
    """The Dask distributed cluster whose scheduler is at ``address``."""

    def __init__(self, address: str) -> None:
        from distributed import Client

        self._client = Client(address)

    def run(self, work: Work, tasks: list[GradeTask]) -> Iterator[GradeOutcome]:
        """Run ``work`` over ``tasks`` on the cluster; yield outcomes as they complete."""
        from distributed import as_completed as dask_completed

        if not tasks:
            return
        futures = self._client.map(work, tasks, pure=False)
        by_key = {future.key: task for future, task in zip(futures, tasks, strict=True)}
        for future in dask_completed(futures):
            yield _result(future, by_key[future.key])

    def close(self) -> None:
        """Disconnect from the cluster (the cluster keeps running)."""
        self._client.close()

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _result(future: Future, task: GradeTask) -> GradeOutcome:
    try:
        return future.result()
    except Exception as exc:  # the worker process died or the task raised: report, go on
        reason = f"grading failed: {type(exc).__name__}: {str(exc)[:160]}"
        return GradeOutcome(task.assignment, task.student, task.record, reason=reason)
