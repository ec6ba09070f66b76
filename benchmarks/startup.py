"""Start-up time and peak memory of `dischargeplanner --smoke-test` against a bare PySide6 window.

Prints the medians of both over several alternating runs, on a database of
1,000 demo plans, and the ratios. Goals: time ratio <= 1.3, memory ratio <= 1.5.

The program's modules are compiled to bytecode first, as an install or the frozen bundle has them
(with PYTHONDONTWRITEBYTECODE set, as on the build machine, every start would otherwise compile
its sources again: about 170 ms). When `make dist` has built the bundle, it is measured too.

Usage: python benchmarks/startup.py [--plans 1000] [--runs 9] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FROZEN = HERE.parent / "dist" / "dischargeplanner" / "dischargeplanner-cli"
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

    compileall.compile_dir(HERE.parent / "src", quiet=1)
    arguments = ["--data-dir", str(data_dir), "--smoke-test"]
    programs = {
        "bare PySide6 window": [sys.executable, str(HERE / "bare_window.py")],
        "dischargeplanner": [sys.executable, "-m", "dischargeplanner", *arguments],
    }
    if FROZEN.is_file():
        programs["frozen bundle (make dist)"] = [str(FROZEN), *arguments]
    for command in programs.values():
        measure(command)  # warm the file cache for each before timing
    runs: dict[str, list[tuple[float, int]]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            runs[name].append(measure(command))

    medians = {
        name: (statistics.median(run[0] for run in done), statistics.median(run[1] for run in done))
        for name, done in runs.items()
    }
    print(f"plans in database:       {args.plans}")
    print(f"runs each:               {args.runs}")
    for name, (seconds, memory) in medians.items():
        print(f"{name + ':':29s}{seconds * 1000:5.0f} ms  {memory / 1024:6.1f} MiB peak")
    bare_time, bare_memory = medians["bare PySide6 window"]
    for name, (seconds, memory) in list(medians.items())[1:]:
        for label, ratio, goal in (
            ("start-up time", seconds / bare_time, TIME_GOAL),
            ("peak memory", memory / bare_memory, MEMORY_GOAL),
        ):
            print(f"{name}, {label} ratio: {ratio:.2f}  (goal <= {goal})  {_verdict(ratio, goal)}")


def _verdict(ratio: float, goal: float) -> str:
    return "ok" if ratio <= goal else "OVER"


if __name__ == "__main__":
    main()
