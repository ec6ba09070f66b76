"""Bad input given to every validator and service: examples run -> crashes.

Runs the property tests (tests/property) with the Hypothesis profile "thorough": 10,000
examples per property, each with text that may hold control characters, NUL, 100,000
characters, emoji, right-to-left script and combining marks, dates from year 1 to 9999,
discharge before admission and numbers used twice. Every example either stores what it was
given (cleaned, as domain.limits says) or is refused with a worded reason and nothing stored;
anything else fails its test, and each failed test counts as a crash.

The examples are counted as they run (the tests write the count to the file named by
PROPERTY_REPORT), not computed from the setting: a property whose input space is small may
stop earlier.

Usage: python benchmarks/properties.py [--profile thorough|ci] [--examples N] [--jobs N] [pytest arguments]
Prints, as its last line, "0 crashes in E examples (P properties, 10,000 each)".
Exits 0 only with 0 crashes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers_property import CI_EXAMPLES, THOROUGH_EXAMPLES  # noqa: E402  (tests/ is not a package)

PER_PROFILE = {"thorough": THOROUGH_EXAMPLES, "ci": CI_EXAMPLES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=sorted(PER_PROFILE), default="thorough")
    parser.add_argument("--examples", type=int, help="examples per property instead of the profile's")
    parser.add_argument("--jobs", type=int, default=1, help="pytest processes, each given some test files")
    arguments, pytest_arguments = parser.parse_known_args()
    per_property = arguments.examples or PER_PROFILE[arguments.profile]
    files = sorted((ROOT / "tests" / "property").glob("test_*.py"))
    shares = [files[job :: arguments.jobs] for job in range(arguments.jobs)]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="properties-") as scratch:
        runs = [
            _start(share, Path(scratch) / f"report{job}.json", arguments, pytest_arguments)
            for job, share in enumerate(shares)
            if share
        ]
        codes = [process.wait() for process, _ in runs]
        seconds = time.monotonic() - started
        reports = [json.loads(path.read_text(encoding="utf-8")) for _, path in runs if path.exists()]
    if len(reports) < len(runs):
        print(f"pytest ended with codes {codes} before reporting; no figure")
        return max(codes) or 1
    examples: dict[str, int] = {name: n for report in reports for name, n in report["examples"].items()}
    failed: list[str] = [name for report in reports for name in report["failed"]]
    for name, count in sorted(examples.items()):
        print(f"{count:>7,}  {name.split('::', 1)[-1]}")
    for name in failed:
        print(f"CRASH  {name}")
    print(f"{len(examples)} properties in {seconds / 60:.1f} minutes ({arguments.jobs} process(es))")
    total = sum(examples.values())
    print(f"{len(failed)} crashes in {total:,} examples ({len(examples)} properties, {per_property:,} each)")
    return 1 if failed or any(codes) else 0


def _start(
    files: list[Path], report: Path, arguments: argparse.Namespace, pytest_arguments: list[str]
) -> tuple[subprocess.Popen[bytes], Path]:
    """One pytest process over `files`; it writes the examples it ran and its failures to `report`."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HYPOTHESIS_PROFILE": arguments.profile,
        "PROPERTY_REPORT": str(report),
    }
    if arguments.examples:
        env["PROPERTY_EXAMPLES"] = str(arguments.examples)
    names = [str(path.relative_to(ROOT)) for path in files]
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *names, *pytest_arguments]
    return subprocess.Popen(command, cwd=ROOT, env=env), report


if __name__ == "__main__":
    sys.exit(main())
