"""Where grading tasks run: a local process pool, or a Dask distributed cluster.

Both take the same picklable tasks and yield outcomes as they complete; a task that raises
comes back as a failed outcome, so one bad submission never stops the batch.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed

from autograder.worker import GradeOutcome, GradeTask


def run_local(
    work: Callable[[GradeTask], GradeOutcome], tasks: list[GradeTask], workers: int | None = None
) -> Iterator[GradeOutcome]:
    """Run ``work`` over ``tasks`` in ``workers`` fresh processes (default: one per core)."""
    if not tasks:
        return
    count = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        futures = {pool.submit(work, task): task for task in tasks}
        for future in as_completed(futures):
            yield _result(future, futures[future])


def run_dask(
    work: Callable[[GradeTask], GradeOutcome], tasks: list[GradeTask], scheduler: str
) -> Iterator[GradeOutcome]:
    """Run ``work`` over ``tasks`` on the Dask cluster whose scheduler is at ``scheduler``."""
    from distributed import Client
    from distributed import as_completed as dask_completed

    if not tasks:
        return
    with Client(scheduler) as client:
        futures = client.map(work, tasks, pure=False)
        by_key = {future.key: task for future, task in zip(futures, tasks, strict=True)}
        for future in dask_completed(futures):
            yield _result(future, by_key[future.key])


def _result(future, task: GradeTask) -> GradeOutcome:
    try:
        return future.result()
    except Exception as exc:  # the worker process died or the task raised: report, go on
        reason = f"grading failed: {type(exc).__name__}: {str(exc)[:160]}"
        return GradeOutcome(task.assignment, task.student, task.digest, task.timestamp, reason=reason)
