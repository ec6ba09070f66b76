"""Render the main screens to PNG (offscreen) for review and the user guide.

Usage: python tools/screenshots.py OUTPUT_DIR [--data-dir DIR]
Creates a demo ward in a temporary folder unless --data-dir is given.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dischargeplanner import paths
from dischargeplanner.app import Context, open_context, workplace_for
from dischargeplanner.demo import create_demo_ward
from dischargeplanner.domain.model import AreaKey, PlanId, Responsible
from dischargeplanner.ui.dialogs.item_dialog import ItemDialog
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.style import apply_style


class Camera:
    def __init__(self, app: QApplication, output: Path) -> None:
        self._app = app
        self._output = output

    def shoot(self, widget: QWidget, name: str) -> None:
        widget.show()
        self._app.processEvents()
        widget.grab().save(str(self._output / f"{name}.png"))


def editor_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    window.open_plan(plan_id)
    camera.shoot(window, "02-plan-editor-housing")
    window.editor.show_area(AreaKey.SELF_HELP)
    camera.shoot(window, "03-plan-editor-selfhelp")
    context.service.add_action(
        plan_id, AreaKey.SELF_HELP, "Følge med på første NA-møte etter utskrivning", Responsible.PAARORENDE,
        "Søster", context.service.today(), context.user,
    )  # fmt: skip
    window.editor.reload()
    page = window.editor.pages[AreaKey.SELF_HELP]
    page.tabs.setCurrentIndex(1)
    camera.shoot(window, "07-agreed-actions")
    page.tabs.setCurrentIndex(0)


def dialog_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    camera.shoot(ItemDialog(context.service.plan_detail(plan_id).items[1]), "05-item-dialog")
    dialog = NewPlanDialog(context.kommuner, "Avdeling A", "sosionom", context.service.today())
    dialog.name.setText("Åse Testdal")
    dialog.fodselsnummer.setText("0101901234")
    dialog.kommune.insert("karasj")
    camera.shoot(dialog, "04-new-plan-invalid-number")
    about = QMessageBox(QMessageBox.Icon.Information, "Om utskrivningsplanleggeren", window.about_text())
    camera.shoot(about, "08-about")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="dp-shots-"))
    context = open_context(data_dir, user="sosionom")
    if not context.service.list_plans():
        create_demo_ward(context.service, context.settings, context.user)

    app = QApplication([])
    translators = install_translators(app, paths.translations_dir(), "nb")
    apply_style(app, paths.fonts_dir())
    camera = Camera(app, args.output)
    window = MainWindow(workplace_for(context, context.service.today, data_dir / 'vindu.ini'))
    window.resize(1366, 768)
    camera.shoot(window, "01-ward-overview")
    plans = context.service.list_plans()
    plan_id = plans[len(plans) // 2].plan_id
    editor_shots(camera, window, context, plan_id)
    dialog_shots(camera, window, context, plan_id)
    window.show_overview()
    window.overview.search.setText("ø")
    camera.shoot(window, "06-ward-overview-search")
    del translators
    context.close()


if __name__ == "__main__":
    main()
