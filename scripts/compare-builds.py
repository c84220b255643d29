#!/usr/bin/env python3
"""Times two (or more) commands alternately, so both see the same phases of a noisy machine.

    N=60 scripts/compare-builds.py "OLD/homeprogram generate P.yaml -o /tmp/a.pdf" \\
                                   "NEW/homeprogram generate P.yaml -o /tmp/b.pdf"

Each command runs 3 times to warm up, then N times (default 60) in turn with the others; prints
min, first quartile, median and mean wall time in milliseconds (process start included).
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def main() -> None:
    commands = [shlex.split(text) for text in sys.argv[1:]]
    if not commands:
        sys.exit(__doc__)
    runs = int(os.environ.get("N", "60"))
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    for command in commands:
        for _ in range(3):
            subprocess.run(command, **quiet)
    times = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, **quiet)
            times[index].append((time.perf_counter() - start) * 1000)
    for command, values in zip(commands, times):
        values.sort()
        print(
            f"{command[0]:45s} min {values[0]:6.1f}  p25 {values[len(values) // 4]:6.1f}"
            f"  median {statistics.median(values):6.1f}  mean {statistics.mean(values):6.1f}"
        )


if __name__ == "__main__":
    main()
