"""Time the ICD-10-CM side of ``course``: import, first load, lookups, encoder, memory.

Run: ``.venv/bin/python benchmarks/bench_codesets.py``. Prints a table; asserts nothing.
"""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "encoder_eval.csv"


def _import_seconds() -> float:
    """Best of 5 fresh interpreters importing ``course``."""
    code = "import time; t = time.perf_counter(); import course; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout)
        for _ in range(5)
    ]
    return min(runs)


def _rss_mib() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _per_call(function, items: list[str], repeat: int = 3) -> list[float]:
    times = []
    for _ in range(repeat):
        for item in items:
            start = time.perf_counter()
            function(item)
            times.append(time.perf_counter() - start)
    return sorted(times)


def _quantile(times: list[float], q: float) -> float:
    return times[min(len(times) - 1, int(q * len(times)))]


def main() -> None:
    """Measure and print the table."""
    rows: list[tuple[str, str]] = [("import course", f"{_import_seconds() * 1000:.0f} ms")]
    rss_before = _rss_mib()
    from course import encoder, icd10cm, versions

    start = time.perf_counter()
    frame = icd10cm.codes()
    rows.append(("first ICD-10-CM load (codes())", f"{time.perf_counter() - start:.2f} s"))
    sample = frame.code.sample(2000, random_state=0).tolist()
    billable = frame.code[frame.billable].sample(2000, random_state=1).tolist()
    lookup = _per_call(icd10cm.lookup, sample)
    validate = _per_call(icd10cm.validate, billable)
    rows.append(("lookup per call, p50 / p95", f"{_quantile(lookup, .5) * 1e6:.0f} / "
                 f"{_quantile(lookup, .95) * 1e6:.0f} us"))
    rows.append(("validate per call, p50 / p95", f"{_quantile(validate, .5) * 1e6:.0f} / "
                 f"{_quantile(validate, .95) * 1e6:.0f} us"))
    start = time.perf_counter()
    versions.releases()
    rows.append(("versions: rebuild FY2023-FY2025 lists", f"{time.perf_counter() - start:.2f} s"))
    start = time.perf_counter()
    encoder.search("asthma")
    rows.append(("encoder index build (first search)", f"{time.perf_counter() - start:.2f} s"))
    with QUERIES.open(encoding="utf-8") as handle:
        queries = [row["query"] for row in csv.DictReader(handle)]
    search = _per_call(encoder.search, queries)
    rows.append((f"encoder search ({len(queries)} queries x 3), p50 / p95",
                 f"{_quantile(search, .5) * 1000:.1f} / {_quantile(search, .95) * 1000:.1f} ms"))
    rows.append(("peak resident memory, before / after loading",
                 f"{rss_before:.0f} / {_rss_mib():.0f} MiB"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
