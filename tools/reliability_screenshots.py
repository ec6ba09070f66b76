"""The reliability screens for tools/screenshots.py: a change refused because another user changed
the plan meanwhile, and a change the full disk refused (kept for Retry). Both are made for real:
a second connection writes to the plan, SQLite's page limit fills the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from dischargeplanner.app import Context, open_context
from dischargeplanner.domain.model import AreaKey, PlanId
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages, StandardButton

if TYPE_CHECKING:
    from screenshots import Camera

OTHER_USER = "kari"


def reliability_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    window.open_plan(plan_id)
    editor = window.editor
    editor.show_area(AreaKey.FINANCES)
    other = open_context(context.data_dir, OTHER_USER, context.key)
    try:
        other.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet med oppfølging", OTHER_USER)
    finally:
        other.close()
    names = iter(("99-changed-by-someone-else", "100-disk-full-kept-for-retry"))

    def shoot(box: QMessageBox) -> StandardButton:
        camera.shoot(box, next(names))
        box.close()
        return StandardButton.No if box.button(StandardButton.No) else StandardButton.Discard

    Messages.camera = shoot
    try:
        editor.perform(
            lambda: context.service.set_area_goal(plan_id, AreaKey.FINANCES, "Nedbetaling", "sosionom")
        )
        pages = context.conn.execute("PRAGMA page_count").fetchone()[0]
        context.conn.execute(f"PRAGMA max_page_count = {pages}")
        long_goal = (
            "Nedbetalingsavtale med kreditorene, budsjett og frivillig forvaltning. " * 100
        )  # within the 10,000 characters a goal takes
        editor.perform(
            lambda: context.service.set_area_goal(plan_id, AreaKey.FINANCES, long_goal, "sosionom")
        )
    finally:
        Messages.camera = None
        context.conn.execute("PRAGMA max_page_count = 1073741823")
