"""Settings hospital IT gives at install time (msiexec … DATADIR=… IDLEMINUTES=… WARDNAME=…).

The Windows installer (installer/dischargeplanner.wxs) writes them to the registry under
HKLM\\Software\\dischargeplanner, where a group policy can set them too. The program reads them at
start: the data folder when neither --data-dir nor DISCHARGEPLANNER_DATA_DIR gives one (an
installed program with no DataDir uses the machine-wide C:\\ProgramData\\Utskrivningsplanlegger,
shared by the ward's users on that PC), and the idle-lock minutes and the ward's name when the
ward is set up. Elsewhere (Linux, a source checkout) there is no such key and nothing changes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REGISTRY_KEY = r"Software\dischargeplanner"
MACHINE_FOLDER = "Utskrivningsplanlegger"
MIN_IDLE, MAX_IDLE = 1, 120


@dataclass(frozen=True)
class InstallSettings:
    installed: bool = False
    data_dir: Path | None = None
    idle_minutes: int | None = None
    ward_name: str = ""


def parse(values: Mapping[str, str] | None, environ: Mapping[str, str] = os.environ) -> InstallSettings:
    """The settings from the registry values (None: the key is not there). Blank or unusable values
    are left out: an installed program then uses the machine-wide data folder and the defaults."""
    if values is None:
        return InstallSettings()
    folder = values.get("DataDir", "").strip()
    data_dir = Path(_expand(folder, environ)) if folder else machine_data_dir(environ)
    minutes_text = values.get("IdleMinutes", "").strip()
    minutes = int(minutes_text) if minutes_text.isdigit() else None
    if minutes is not None and not MIN_IDLE <= minutes <= MAX_IDLE:
        minutes = None
    return InstallSettings(True, data_dir, minutes, " ".join(values.get("WardName", "").split()))


def machine_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The data folder every user of the PC shares (C:\\ProgramData\\Utskrivningsplanlegger)."""
    return Path(environ.get("PROGRAMDATA", r"C:\ProgramData")) / MACHINE_FOLDER


def _expand(text: str, environ: Mapping[str, str]) -> str:
    """%VARIABLE% as Windows writes it (D:\\Data, or %PROGRAMDATA%\\Avdeling)."""
    for name, value in environ.items():
        text = text.replace(f"%{name}%", value)
    return text


def read() -> InstallSettings:
    """The settings the installer wrote, on Windows; none elsewhere."""
    return parse(_registry_values())


def _registry_values() -> dict[str, str] | None:
    if sys.platform != "win32":
        return None
    import winreg  # noqa: PLC0415 - Windows only

    try:
        key = winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        )
    except OSError:
        return None
    values: dict[str, str] = {}
    with key:
        for name in ("DataDir", "IdleMinutes", "WardName"):
            try:
                value, _kind = winreg.QueryValueEx(key, name)
            except OSError:
                continue
            values[name] = str(value)
    return values
