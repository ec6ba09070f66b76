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

from PySide6.QtWidgets import QApplication

from dischargeplanner import paths
from dischargeplanner.app import open_context
from dischargeplanner.demo import create_demo_ward
from dischargeplanner.domain.model import AreaKey, Responsible
from dischargeplanner.settings import DEMO_DATA, WARD_NAME
from dischargeplanner.ui.dialogs.item_dialog import ItemDialog
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.style import apply_style


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
    window = MainWindow(
        context.service, context.user, context.kommuner, context.settings.get(WARD_NAME),
        context.settings.get(DEMO_DATA), context.service.today,
    )  # fmt: skip
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(args.output / "01-ward-overview.png"))

    plans = context.service.list_plans()
    window.open_plan(plans[len(plans) // 2].plan_id)
    app.processEvents()
    window.grab().save(str(args.output / "02-plan-editor-housing.png"))
    window.editor.show_area(AreaKey.SELF_HELP)
    app.processEvents()
    window.grab().save(str(args.output / "03-plan-editor-selfhelp.png"))

    page = window.editor.pages[AreaKey.SELF_HELP]
    plan_id = plans[len(plans) // 2].plan_id
    context.service.add_action(
        plan_id, AreaKey.SELF_HELP, "Følge med på første NA-møte etter utskrivning", Responsible.PAARORENDE,
        "Søster", context.service.today(), context.user,
    )  # fmt: skip
    window.editor.reload()
    page.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(args.output / "07-agreed-actions.png"))
    page.tabs.setCurrentIndex(0)
    window.editor.pages[AreaKey.HOUSING].table.selectRow(0)
    item_dialog = ItemDialog(context.service.plan_detail(plans[len(plans) // 2].plan_id).items[1])
    item_dialog.show()
    app.processEvents()
    item_dialog.grab().save(str(args.output / "05-item-dialog.png"))

    window.show_overview()
    window.overview.search.setText("ø")
    app.processEvents()
    window.grab().save(str(args.output / "06-ward-overview-search.png"))

    dialog = NewPlanDialog(context.kommuner, "Avdeling A", "sosionom", context.service.today())
    dialog.name.setText("Åse Testdal")
    dialog.fodselsnummer.setText("0101901234")
    dialog.kommune.insert("karasj")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(args.output / "04-new-plan-invalid-number.png"))
    del translators
    context.close()


if __name__ == "__main__":
    main()
