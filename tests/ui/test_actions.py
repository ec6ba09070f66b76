"""Agreed actions on an area page: add, change, remove, each stored at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import ActionStatus, AreaKey, PlanId, Responsible
from dischargeplanner.ui.actions_panel import ActionsPanel
from dischargeplanner.ui.dialogs.action_dialog import ActionDialog
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.action_model import COL_DEADLINE, COL_WHAT
from helpers import TEST_USER, MakeWindow


def _panel(context: Context, make_window: MakeWindow, plan_id: PlanId) -> tuple[MainWindow, ActionsPanel]:
    window = make_window(context)
    window.open_plan(plan_id)
    window.editor.show_area(AreaKey.HOUSING)
    page = window.editor.pages[AreaKey.HOUSING]
    page.tabs.setCurrentIndex(1)
    return window, page.actions_panel


def test_empty_actions_say_what_to_do(context: Context, make_window: MakeWindow, plan_id: PlanId) -> None:
    _, panel = _panel(context, make_window, plan_id)
    assert panel.stack.currentWidget() is panel.empty
    assert "Nytt tiltak" in panel.empty.text()


def test_adding_an_action_stores_it_at_once(
    context: Context, make_window: MakeWindow, plan_id: PlanId, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    window, panel = _panel(context, make_window, plan_id)
    deadline = date.today() + timedelta(days=10)

    def fill(dialog: ActionDialog) -> QDialog.DialogCode:
        assert not dialog.status.isVisible()  # a new action is simply open
        qtbot.keyClicks(dialog.what, "Søke bostøtte")
        dialog.responsible.setCurrentIndex(list(Responsible).index(Responsible.KOMMUNE))
        qtbot.keyClicks(dialog.responsible_name, "Boligkontoret")
        dialog.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill)
    panel.add_button.click()
    [action] = context.service.plan_detail(plan_id).actions_in(AreaKey.HOUSING)
    assert (action.what, action.responsible, action.responsible_name, action.deadline, action.status) == (
        "Søke bostøtte",
        Responsible.KOMMUNE,
        "Boligkontoret",
        deadline,
        ActionStatus.OPEN,
    )
    assert panel.model.index(0, COL_WHAT).data() == "Søke bostøtte"
    assert window.editor.pages[AreaKey.HOUSING].tabs.tabText(1) == "Avtalte tiltak (1)"
    assert window.saved_label.text().startswith("Lagret")


def test_an_action_without_description_is_refused_in_the_dialog(context: Context, qtbot: QtBot) -> None:
    dialog = ActionDialog(None, date.today())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.what_error.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_changing_and_removing_an_action(
    context: Context,
    make_window: MakeWindow,
    plan_id: PlanId,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[tuple[str, str]],
) -> None:
    yesterday = date.today() - timedelta(days=1)
    context.service.add_action(
        plan_id, AreaKey.HOUSING, "Avtale med utleier", Responsible.WARD, "", yesterday, TEST_USER
    )
    _, panel = _panel(context, make_window, plan_id)
    assert panel.model.index(0, COL_DEADLINE).data().endswith("(forfalt)")
    panel.table.selectRow(0)

    def mark_done(dialog: ActionDialog) -> QDialog.DialogCode:
        assert dialog.what.text() == "Avtale med utleier"
        dialog.status.setCurrentIndex(list(ActionStatus).index(ActionStatus.DONE))
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", mark_done)
    panel.change_button.click()
    assert context.service.plan_detail(plan_id).actions[0].status is ActionStatus.DONE
    assert not panel.model.index(0, COL_DEADLINE).data().endswith("(forfalt)")

    Messages.prepared_answers = [QMessageBox.StandardButton.No]
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert len(context.service.plan_detail(plan_id).actions) == 1  # "Nei" keeps it
    Messages.prepared_answers = [QMessageBox.StandardButton.Yes]
    panel.remove_button.click()
    assert context.service.plan_detail(plan_id).actions == ()
    assert answers[-1][0] == "Fjern tiltak"
    assert panel.stack.currentWidget() is panel.empty


def test_action_model_passes_the_model_tester(
    context: Context, make_window: MakeWindow, plan_id: PlanId, qtmodeltester: object
) -> None:
    context.service.add_action(
        plan_id, AreaKey.HOUSING, "Søke startlån", Responsible.NAV, "", None, TEST_USER
    )
    _, panel = _panel(context, make_window, plan_id)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.index(0, COL_DEADLINE).data(Qt.ItemDataRole.DisplayRole) == "ingen frist"
