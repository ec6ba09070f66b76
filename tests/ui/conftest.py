"""UI fixtures: Bokmål installed, message boxes answered in advance, no network at all."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dischargeplanner import paths
from dischargeplanner.app import Context, workplace_for
from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.style import apply_style
from helpers import MakeWindow, NetworkUsedError

_MESSAGE = "the app must work offline: something tried to open a socket"


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkUsedError(_MESSAGE)


class _RefusingSocket(socket.socket):
    # A subclass rather than a function: ssl and others subclass socket.socket at import.
    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise NetworkUsedError(_MESSAGE)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline by construction: socket creation fails during the whole UI suite."""
    monkeypatch.setattr(socket, "socket", _RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(scope="session")
def bokmal(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translators(qapp, paths.translations_dir(), "nb")
    apply_style(qapp, paths.fonts_dir())
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def answers() -> Iterator[list[tuple[str, str]]]:
    """Message boxes are answered with their default button; the list records what they said."""
    Messages.prepared_answers = []
    Messages.shown = []
    yield Messages.shown
    Messages.prepared_answers = None
    Messages.shown = []


@pytest.fixture
def make_window(
    qtbot: QtBot, bokmal: list[QTranslator], answers: list[tuple[str, str]], tmp_path: Path
) -> MakeWindow:
    def make(context: Context) -> MainWindow:
        window = MainWindow(workplace_for(context, context.service.today, tmp_path / "vindu.ini"))
        qtbot.addWidget(window)
        window.show()
        # Keyboard shortcuts only reach the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make
