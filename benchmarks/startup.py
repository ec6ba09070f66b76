"""Start-up time and peak memory of `dischargeplanner --smoke-test` against a bare PySide6 window.

Prints the medians of both over several alternating runs, on a database of
1,000 demo plans, and the ratios. Goals: time ratio <= 1.3, memory ratio <= 1.5.

Usage: python benchmarks/startup.py [--plans 1000] [--runs 9] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME_GOAL = 1.3
MEMORY_GOAL = 1.5


def measure(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one run of `command`."""
    # The training ward's administrator signs in from the environment (no dialog to click).
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DISCHARGEPLANNER_USER": "demo",
        "DISCHARGEPLANNER_PASSWORD": "demo",
    }
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return elapsed, usage.ru_maxrss


def prepare(data_dir: Path, plans: int) -> None:
    if (data_dir / "dischargeplanner.keys.json").exists():
        return
    shutil.rmtree(data_dir, ignore_errors=True)  # a ward from before encryption: made again
    print(f"creating {plans} demo plans in {data_dir} ...", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dischargeplanner",
            "demo",
            "--data-dir",
            str(data_dir),
            "--count",
            str(plans),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"dischargeplanner-bench-{args.plans}"
    prepare(data_dir, args.plans)

    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, "-m", "dischargeplanner", "--data-dir", str(data_dir), "--smoke-test"]
    measure(bare)  # warm the file cache for both before timing
    measure(app)
    bare_runs, app_runs = [], []
    for _ in range(args.runs):
        bare_runs.append(measure(bare))
        app_runs.append(measure(app))

    bare_time = statistics.median(run[0] for run in bare_runs)
    app_time = statistics.median(run[0] for run in app_runs)
    bare_memory = statistics.median(run[1] for run in bare_runs)
    app_memory = statistics.median(run[1] for run in app_runs)
    time_ratio = app_time / bare_time
    memory_ratio = app_memory / bare_memory
    print(f"plans in database:       {args.plans}")
    print(f"runs each:               {args.runs}")
    print(f"bare PySide6 window:     {bare_time * 1000:7.0f} ms  {bare_memory / 1024:6.1f} MiB peak")
    print(f"dischargeplanner:        {app_time * 1000:7.0f} ms  {app_memory / 1024:6.1f} MiB peak")
    for label, ratio, goal in (
        ("start-up time", time_ratio, TIME_GOAL),
        ("peak memory", memory_ratio, MEMORY_GOAL),
    ):
        print(f"{label + ' ratio:':25s}{ratio:.2f}  (goal <= {goal})  {_verdict(ratio, goal)}")


def _verdict(ratio: float, goal: float) -> str:
    return "ok" if ratio <= goal else "OVER"


if __name__ == "__main__":
    main()
