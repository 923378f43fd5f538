"""How steady this machine's CPU is: one fixed piece of work, timed in CPU seconds again and again.

    python benchmarks/bench_machine.py [--samples 10] [--pause 15]

The suite's wall time is its CPU over two cores, so a whole-suite figure moves with the machine
as much as with the code. Run this beside (or just before and after) a suite run or an A/B
benchmark: if the same work's CPU time spreads by more than the change measured, only a ratio
of runs interleaved in one sitting says anything. On 2026-12-07 (17:30 UTC) an idle machine here
gave 0.092 to 0.173 CPU-s for the same work within two minutes (``--samples 10 --pause 10``:
1.88x); clean-clone CI runs at 034a2a3 and eea2f7e, half an hour apart and one encoder round
apart, took 1,024 and 1,165 CPU-s.
"""

from __future__ import annotations

import argparse
import time

WORK = 3_000_000
"""Squares summed per sample: a tenth to a fifth of a CPU-second here."""


def sample() -> float:
    """CPU seconds this process spends on the fixed work."""
    started = time.process_time()
    total = 0
    for k in range(WORK):
        total += k * k
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10)
    parser.add_argument("--pause", type=float, default=15.0, help="seconds between samples")
    args = parser.parse_args()
    seconds = []
    for i in range(args.samples):
        seconds.append(sample())
        print(f"{time.strftime('%H:%M:%S')}  {seconds[-1]:.3f} CPU-s", flush=True)
        if i + 1 < args.samples:
            time.sleep(args.pause)
    print(f"min {min(seconds):.3f}, max {max(seconds):.3f}: {max(seconds) / min(seconds):.2f}x spread")


if __name__ == "__main__":
    main()
