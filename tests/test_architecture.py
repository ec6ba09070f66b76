"""The rules of the house (docs: ARCHITECTURE.md), checked on the source itself.

Import checks run in a fresh interpreter so that what this test process has already
loaded (pytest-qt, the fixtures) cannot hide or fake an import.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from dischargeplanner.domain.model import PlanId
from helpers import ROOT, TEST_PASSWORD, TEST_USER

PACKAGE = ROOT / "src" / "dischargeplanner"
MAX_MODULE_LINES = 600

# Run in the child before anything else: remembers who imported a watched top-level
# package first, as the chain of dischargeplanner modules that led there.
_WATCH_IMPORTS = """
import importlib.abc, json, sys, traceback

FIRST_IMPORTED_BY = {}

class _Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in WATCHED and top not in FIRST_IMPORTED_BY:
            FIRST_IMPORTED_BY[top] = [
                f"{frame.filename}:{frame.lineno}"
                for frame in traceback.extract_stack()
                if "dischargeplanner" in frame.filename
            ]
        return None

sys.meta_path.insert(0, _Watch())

def report():
    loaded = sorted({name.partition(".")[0] for name in sys.modules} & WATCHED)
    print(json.dumps({"loaded": loaded, "first_imported_by": FIRST_IMPORTED_BY, "extra": EXTRA}))
"""


def _run_watched(watched: set[str], body: str) -> dict[str, Any]:
    """Run `body` in a fresh interpreter; report which `watched` packages got loaded and by whom."""
    preamble = f"WATCHED = set({sorted(watched)!r})\nEXTRA = {{}}\n{_WATCH_IMPORTS}"
    code = "\n".join((preamble, textwrap.dedent(body), "report()"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


# --- layers seen at run time ---------------------------------------------------------------------


def test_domain_storage_and_documents_load_no_qt() -> None:
    report = _run_watched(
        {"PySide6", "shiboken6"},
        """
        import importlib, pkgutil
        names = []
        for package_name in ("dischargeplanner.domain", "dischargeplanner.storage",
                             "dischargeplanner.documents"):
            package = importlib.import_module(package_name)
            names.append(package_name)
            for module in pkgutil.walk_packages(package.__path__, package_name + "."):
                importlib.import_module(module.name)
                names.append(module.name)
        EXTRA["imported"] = names
        """,
    )
    imported = report["extra"]["imported"]
    # The walk really found the modules (an empty walk would pass vacuously).
    assert "dischargeplanner.domain.services" in imported
    assert "dischargeplanner.storage.repository" in imported
    assert "dischargeplanner.documents" in imported
    assert report["loaded"] == [], f"Qt loaded, first by: {report['first_imported_by']}"


def test_start_up_loads_neither_sqlite_utils_nor_reportlab_nor_stdnum(
    data_dir: Path, plan_id: PlanId
) -> None:
    # The database and a plan exist beforehand (made by the fixtures in this process),
    # so no migration is pending and the listing has a row to read.
    assert plan_id
    report = _run_watched(
        {"sqlite_utils", "reportlab", "stdnum"},
        f"""
        from pathlib import Path
        import dischargeplanner.cli
        import dischargeplanner.app
        import dischargeplanner.ui.main_window
        from dischargeplanner.app import open_signed_in
        from dischargeplanner.domain.model import PlanStatus
        from dischargeplanner.storage.keyring import TEST_COST

        context = open_signed_in(Path({str(data_dir)!r}), {TEST_USER!r}, {TEST_PASSWORD!r}, cost=TEST_COST)
        assert len(context.service.list_plans((PlanStatus.ACTIVE,))) == 1  # the first paint's rows
        context.close()
        """,
    )
    assert report["loaded"] == [], f"loaded at start-up, first by: {report['first_imported_by']}"


# --- layers seen in the source -------------------------------------------------------------------

_STDLIB = frozenset(sys.stdlib_module_names)
_DOMAIN_MAY_IMPORT = frozenset({"stdnum"})
_NEVER_IN_DOMAIN = frozenset({"sqlite3", "sqlite_utils", "PySide6", "reportlab"})


def _imports(path: Path) -> list[tuple[int, str]]:
    package = ".".join(("dischargeplanner", *path.relative_to(PACKAGE).parent.parts))
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import, at any depth, relative ones resolved."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                name = f"{base}.{node.module}" if node.module else base
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def _domain_files() -> list[Path]:
    files = sorted((PACKAGE / "domain").rglob("*.py"))
    assert len(files) >= 4
    return files


def test_domain_imports_only_itself_the_standard_library_and_stdnum() -> None:
    offenders = []
    for path in _domain_files():
        for line, name in _imports(path):
            top = name.partition(".")[0]
            inside = name == "dischargeplanner.domain" or name.startswith("dischargeplanner.domain.")
            if not (inside or top == "__future__" or top in _STDLIB or top in _DOMAIN_MAY_IMPORT):
                offenders.append(f"{_relative(path)}:{line} imports {name}")
    assert offenders == []


def test_domain_does_not_touch_sqlite_or_qt() -> None:
    offenders = [
        f"{_relative(path)}:{line} imports {name}"
        for path in _domain_files()
        for line, name in _imports(path)
        if name.partition(".")[0] in _NEVER_IN_DOMAIN
    ]
    assert offenders == []


_SQL_MARKERS = (".execute(", "sqlite_utils", "import sqlite3")


def test_only_storage_and_the_composition_root_run_sql() -> None:
    using_sql = {
        _relative(path)
        for path in _modules()
        if any(marker in path.read_text(encoding="utf-8") for marker in _SQL_MARKERS)
    }
    assert "storage/db.py" in using_sql  # the scan does see SQL where it is
    offenders = sorted(name for name in using_sql if not name.startswith("storage/") and name != "app.py")
    assert offenders == []


_QT_IMPORT = re.compile(r"^\s*(?:from|import)\s+PySide6\b", re.MULTILINE)


def test_only_ui_imports_pyside6() -> None:
    importing_qt = {_relative(path) for path in _modules() if _QT_IMPORT.search(path.read_text("utf-8"))}
    assert "ui/main_window.py" in importing_qt  # the scan does see Qt where it is
    offenders = sorted(name for name in importing_qt if not name.startswith("ui/"))
    assert offenders == []


# --- size ----------------------------------------------------------------------------------------


def test_every_module_is_under_the_line_limit() -> None:
    sizes = {_relative(path): len(path.read_text(encoding="utf-8").splitlines()) for path in _modules()}
    assert len(sizes) > 10
    offenders = {name: lines for name, lines in sizes.items() if lines >= MAX_MODULE_LINES}
    assert offenders == {}, f"split these modules (limit {MAX_MODULE_LINES} lines): {offenders}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from .model import Plan\n", "dischargeplanner.domain.model"),
        ("from ..storage import db\n", "dischargeplanner.storage"),
        ("from .. import paths\n", "dischargeplanner"),
        ("def f():\n    import sqlite3\n", "sqlite3"),
    ],
)
def test_import_scan_resolves_relative_and_nested_imports(source: str, expected: str) -> None:
    # Otherwise `from ..storage import db` or an import inside a function would slip past the rules.
    (found,) = _imports_in(source, "dischargeplanner.domain")
    assert found[1] == expected
