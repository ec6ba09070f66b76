"""Issue 7, must-show 2: after a demo ward is made and every plan exported, no demo patient's name
or number is anywhere in the data folder, the temporary folder or the settings, in clear.

Real processes with their own temporary and config folders, so nothing else writes there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dischargeplanner.app import open_signed_in
from dischargeplanner.domain.model import PlanStatus
from helpers import ROOT

TIMEOUT = 300


def _run(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "dischargeplanner", *args],
        env=env,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=True,
        capture_output=True,
    )


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_no_demo_patient_is_in_clear_outside_the_encrypted_database(tmp_path: Path) -> None:
    data, temp, config, home, out = (tmp_path / name for name in ("data", "temp", "config", "home", "out"))
    for folder in (temp, config, home, out):
        folder.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(config),
        "XDG_CACHE_HOME": str(config / "cache"),
        "HOME": str(home),
        "DISCHARGEPLANNER_USER": "demo",
        "DISCHARGEPLANNER_PASSWORD": "demo",
    }
    _run(env, "demo", "--data-dir", str(data))
    context = open_signed_in(data, "demo", "demo")
    plans = context.service.list_plans(tuple(PlanStatus))
    context.close()
    assert len(plans) == 13
    for plan in plans:
        for kind in ("kommune", "patient"):
            _run(env, "export", str(plan.plan_id), "--kind", kind, "--data-dir", str(data),
                 "--out", str(out / f"{plan.plan_id}-{kind}.pdf"))  # fmt: skip
    _run(env, "--data-dir", str(data), "--smoke-test")  # the window writes its settings too

    secrets = [plan.patient_name for plan in plans]
    secrets += [plan.fodselsnummer for plan in plans if plan.fodselsnummer]
    searched = _files(data) + _files(temp) + _files(config) + _files(home)
    assert any(path.name == "dischargeplanner.sqlite3" for path in searched)
    for path in searched:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode("utf-8") not in content, f"{secret!r} in clear in {path}"
            assert secret.encode("utf-16-le") not in content, f"{secret!r} in clear in {path}"
    # The exported documents, written where the user chose, do name the patients: that is their job.
    assert len(_files(out)) == 26
