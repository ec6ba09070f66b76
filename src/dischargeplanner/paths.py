"""Every folder and resource location the app uses, resolved in one place.

Resources resolve in three worlds: a source checkout, an installed wheel and a
frozen one-folder bundle. The data folder comes from platformdirs unless the
user points elsewhere with --data-dir or DISCHARGEPLANNER_DATA_DIR.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "dischargeplanner"
DATA_DIR_VARIABLE = "DISCHARGEPLANNER_DATA_DIR"
DATABASE_FILE = "dischargeplanner.sqlite3"
KEY_FILE = "dischargeplanner.keys.json"
WARD_CATALOGUE_FILE = "sjekkliste.toml"


def resources_dir() -> Path:
    """The folder holding checklists, kommuner.csv, fonts and translations."""
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "resources",  # installed wheel with resources as package data
        package_dir.parents[1] / "resources",  # source checkout: src/dischargeplanner -> repo root
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "kommuner.csv").is_file():
            return candidate
    raise FileNotFoundError(f"resources folder not found; looked in {', '.join(map(str, candidates))}")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # noqa: PLC0415 - only needed when no folder is given

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(given: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """--data-dir wins, then the environment variable, then the folder the installer set (or the
    machine-wide one of an installed program), then the platform's per-user data folder."""
    if given:
        return Path(given).expanduser().resolve()
    if environ.get(DATA_DIR_VARIABLE):
        return Path(environ[DATA_DIR_VARIABLE]).expanduser().resolve()
    from dischargeplanner import install_settings  # noqa: PLC0415 - reads the registry on Windows only

    return install_settings.read().data_dir or default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def key_file_path(data_dir: Path) -> Path:
    """The wrapped database keys, beside the database (never the key itself)."""
    return data_dir / KEY_FILE


def ward_catalogue_path(data_dir: Path) -> Path:
    """Where a ward may put its own checklist; used instead of the standard one when present."""
    return data_dir / WARD_CATALOGUE_FILE


def kommuner_path() -> Path:
    return resources_dir() / "kommuner.csv"


def organisations_path() -> Path:
    """The national self-help organisations presented to patients."""
    return resources_dir() / "selfhelp" / "organisations.toml"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def ui_state_path() -> Path:
    """Window sizes and splitter positions, per user (never patient data)."""
    from platformdirs import user_config_dir  # noqa: PLC0415

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "vindu.ini"


def backup_dir(data_dir: Path) -> Path:
    """The ward's backups (encrypted like the database), inside the data folder."""
    return data_dir / "sikkerhetskopier"
