"""Time MS-DRG grouping per case and ICD-10-PCS validity per call; print a table.

Run: ``.venv/bin/python benchmarks/bench_grouper.py``. Nothing here asserts a time.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from course import drg, pcs

CASES = (
    drg.Case(age=72, sex="M", principal="J18.9"),
    drg.Case(age=72, sex="M", principal="J18.9", secondary=("E87.1", "I50.23")),
    drg.Case(age=50, sex="F", principal="K80.00", procedures=("0FT44ZZ",)),
    drg.Case(age=30, sex="M", principal="V00.01XA"),
)


def _timings(call: Callable[[], object], repeat: int) -> list[float]:
    """Seconds taken by each of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        out.append(time.perf_counter() - start)
    return out


def _row(name: str, seconds: list[float]) -> str:
    """One table row: p50 and p95 in microseconds."""
    p50 = statistics.median(seconds) * 1e6
    p95 = statistics.quantiles(seconds, n=20)[18] * 1e6
    return f"{name:<38} {len(seconds):>7} {p50:>10.1f} {p95:>10.1f}"


def main() -> None:
    """Run the timings and print the table."""
    pcs.is_valid("0FT44ZZ")  # load the code list once, outside the timings
    rng = random.Random(7)
    codes = rng.sample(pcs.codes(), 1000) + ["0FT44ZX"] * 1000
    cycle = iter(codes * 20)
    rows = [
        _row("drg.group (grouper + MCE) per case", [
            t for case in CASES for t in _timings(lambda c=case: drg.group(c), 250)
        ]),
        _row("drg.edits (MCE only) per case", _timings(lambda: drg.edits(CASES[1]), 500)),
        _row("pcs.is_valid per call", _timings(lambda: pcs.is_valid(next(cycle)), 20_000)),
        _row("pcs.explain per call", _timings(lambda: pcs.explain("0FT44ZZ"), 2_000)),
    ]
    print(f"{'operation':<38} {'calls':>7} {'p50 us':>10} {'p95 us':>10}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
