"""The ward overview and a plan in each interface language, for tools/screenshots.py.

Each window is built after its language's translators are installed, as the program does when
someone chooses View → Language; Bokmål is installed again afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from dischargeplanner import paths
from dischargeplanner.app import Context, workplace_for
from dischargeplanner.domain.model import AreaKey, PlanId
from dischargeplanner.ui.i18n import Translations, install_translators
from dischargeplanner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from screenshots import Camera


def language_shots(
    camera: Camera,
    app: QApplication,
    context: Context,
    plan_id: PlanId,
    ui_state: Path,
    size: tuple[int, int],
) -> None:
    translations = Translations(app, paths.translations_dir())
    for number, language in (("110", "nb"), ("111", "nn"), ("112", "en")):
        translations.switch(language)
        window = MainWindow(workplace_for(context, context.service.today, ui_state))
        window.resize(*size)
        window.show_overview()
        camera.shoot(window, f"{number}-ward-overview-{language}")
        window.open_plan(plan_id)
        window.editor.show_area(AreaKey.HOUSING)
        camera.shoot(window, f"{number}b-plan-{language}")
        window.close()
    translations.clear()
    install_translators(app, paths.translations_dir(), "nb").clear()  # Bokmål's locale again
