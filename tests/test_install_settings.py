"""What hospital IT gives at install time: the data folder, the idle-lock minutes, the ward's name."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from dischargeplanner import install_settings
from dischargeplanner.app import Context, apply_install_settings
from dischargeplanner.install_settings import InstallSettings, machine_data_dir, parse
from dischargeplanner.paths import resolve_data_dir
from dischargeplanner.settings import IDLE_LOCK_MINUTES, WARD_NAME

WINDOWS = {"PROGRAMDATA": r"C:\ProgramData"}


def test_without_the_installers_key_nothing_is_set() -> None:
    assert parse(None) == InstallSettings()
    assert install_settings.read() == InstallSettings()  # not Windows here: no registry


def test_an_installed_program_without_a_folder_uses_the_machine_wide_one() -> None:
    settings = parse({"DataDir": " ", "IdleMinutes": "10", "WardName": " "}, WINDOWS)
    assert settings.installed
    assert PureWindowsPath(str(settings.data_dir)) == PureWindowsPath(
        r"C:\ProgramData\Utskrivningsplanlegger"
    )
    assert settings.data_dir == machine_data_dir(WINDOWS)
    assert settings.ward_name == ""


def test_the_given_folder_minutes_and_name_are_taken() -> None:
    values = {"DataDir": r"%PROGRAMDATA%\Avdeling", "IdleMinutes": "5", "WardName": "  Avdeling  for rus "}
    settings = parse(values, WINDOWS)
    assert str(settings.data_dir) == r"C:\ProgramData\Avdeling"
    assert settings.idle_minutes == 5
    assert settings.ward_name == "Avdeling for rus"


@pytest.mark.parametrize("minutes", ["0", "121", "ti", "-5", ""])
def test_unusable_minutes_fall_back_on_the_default(minutes: str) -> None:
    assert parse({"IdleMinutes": minutes}, WINDOWS).idle_minutes is None


def test_data_dir_order_is_argument_then_environment(tmp_path: Path) -> None:
    given = tmp_path / "gitt"
    environ = {"DISCHARGEPLANNER_DATA_DIR": str(tmp_path / "miljø")}
    assert resolve_data_dir(str(given), environ) == given.resolve()
    assert resolve_data_dir(None, environ) == (tmp_path / "miljø").resolve()


def test_a_new_ward_takes_the_ward_name_and_minutes_given_at_install(context: Context) -> None:
    apply_install_settings(context, InstallSettings(True, None, 5, "Avdeling for rusbehandling"))
    assert context.settings.get(WARD_NAME) == "Avdeling for rusbehandling"
    assert context.settings.get(IDLE_LOCK_MINUTES) == 5


def test_nothing_given_keeps_the_defaults(context: Context) -> None:
    apply_install_settings(context, InstallSettings(True, None, None, ""))
    assert context.settings.get(WARD_NAME) == WARD_NAME.default
    assert context.settings.get(IDLE_LOCK_MINUTES) == IDLE_LOCK_MINUTES.default
