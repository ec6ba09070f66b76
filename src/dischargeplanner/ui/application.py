"""The Qt side of start-up: the application object, translators, style, the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.style import apply_style
from dischargeplanner.ui.workplace import Workplace

SMOKE_TEST_TIMEOUT_MS = 30_000


def _application(
    argv: list[str], app_name: str, translations_dir: Path, fonts_dir: Path
) -> tuple[QApplication, list[QTranslator]]:
    """The application in Bokmål and our style; keep the translators as long as the app runs."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(app_name)
    translators = install_translators(app, translations_dir, "nb")
    apply_style(app, fonts_dir)
    return app, translators


def run_application(
    argv: list[str],
    app_name: str,
    translations_dir: Path,
    fonts_dir: Path,
    workplace: Workplace,
    *,
    smoke_test: bool = False,
) -> int:
    """Show the main window; with smoke_test, quit with 0 once it has painted (1 on time-out)."""
    app, translators = _application(argv, app_name, translations_dir, fonts_dir)
    window = MainWindow(workplace)
    if smoke_test:
        window.first_painted.connect(app.quit)
        QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    code = app.exec()
    del translators
    return code


def show_startup_error(
    argv: list[str], app_name: str, translations_dir: Path, fonts_dir: Path, title: str, text: str
) -> None:
    """The app cannot start: say why in a window, since a Start-menu user sees no terminal."""
    _app, translators = _application(argv, app_name, translations_dir, fonts_dir)
    QMessageBox.critical(None, title, text)
    del translators
