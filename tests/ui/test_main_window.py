"""The first window: list plans, create one, tick items, and find it all again after a restart."""

from __future__ import annotations

import socket
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.demo import create_demo_ward_for
from dischargeplanner.domain.model import AreaKey, ItemState, Patient, PlanId, TrafficLight
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.models.checklist_model import COL_DONE
from dischargeplanner.ui.models.plan_table_model import COL_NAME
from helpers import TEST_USER, MakeDraft, MakeWindow, NetworkUsedError, open_test_context
from synthetic import make_fodselsnummer


def fill_new_plan(dialog: NewPlanDialog, qtbot: QtBot, number: str) -> None:
    qtbot.keyClicks(dialog.name, "Åse Testdal")
    qtbot.keyClicks(dialog.fodselsnummer, number)
    dialog.kommune.set_kommune(next(k for k in dialog.kommune._kommuner if k.number == "4601"))


def test_empty_ward_says_what_to_do_next(context: Context, make_window: MakeWindow) -> None:
    window = make_window(context)
    assert window.overview.stack.currentWidget() is window.overview.empty
    assert "Ny plan" in window.overview.empty.text()
    assert window.overview.new_button.text() == "Ny plan"


def test_plans_are_listed_with_names_and_dates(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    window = make_window(context)
    model = window.overview.model
    assert model.rowCount() == 1
    assert model.index(0, COL_NAME).data() == "Testa Testesen"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Planlagt utskrivning" in headers


def test_demo_data_is_marked_in_the_title(context: Context, make_window: MakeWindow) -> None:
    create_demo_ward_for(context, count=3)
    window = make_window(context)
    assert "DEMO" in window.windowTitle()
    assert window.overview.model.rowCount() == 3


def test_tick_survives_closing_and_reopening_the_app(
    data_dir: Path, qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_test_context(data_dir)
    window = make_window(first)
    number = make_fodselsnummer(date(1988, 8, 8))

    def fill_and_accept(dialog: NewPlanDialog) -> QDialog.DialogCode:
        fill_new_plan(dialog, qtbot, number)
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(NewPlanDialog, "exec", fill_and_accept)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.editor
    page = window.editor.pages[AreaKey.HOUSING]
    first_item = page.model.index(0, COL_DONE)
    assert page.model.setData(first_item, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.saved_label.text().startswith("Lagret")
    window.close()
    first.close()

    second = open_test_context(data_dir)
    reopened = make_window(second)
    assert reopened.overview.model.rowCount() == 1
    reopened.overview.table.setCurrentIndex(reopened.overview.model.index(0, 0))
    qtbot.keyClick(reopened.overview.table, Qt.Key.Key_Return)
    page = reopened.editor.pages[AreaKey.HOUSING]
    assert page.model.index(0, COL_DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.model.item_at(0).state is ItemState.DONE
    assert "Åse Testdal" in reopened.editor.header.text()
    second.close()


def test_area_status_and_goal_are_stored_as_they_are_made(
    context: Context, make_window: MakeWindow, plan_id: PlanId, qtbot: QtBot
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    page.current.combo.setCurrentIndex(list(TrafficLight).index(TrafficLight.RED))
    page.goal.setFocus()
    qtbot.keyClicks(page.goal, "Slippe inkasso")
    window.close()  # the goal is stored even though the save timer had not fired yet
    area = context.service.plan_detail(plan_id).area(AreaKey.FINANCES)
    assert area.current_light is TrafficLight.RED
    assert area.goal == "Slippe inkasso"


def test_area_list_shows_progress_and_light_in_words(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    texts = [window.editor.area_list.item(row).text() for row in range(window.editor.area_list.count())]
    assert texts[0].startswith("Bolig\n0/")
    assert "Ikke vurdert" in texts[0]
    assert texts[4].startswith("Selvhjelp")


def test_search_ignores_case_for_norwegian_letters(
    context: Context, make_window: MakeWindow, make_draft: MakeDraft
) -> None:
    for name in ("Ærling Østtest", "Åse Testdal", "Ola Nordmann"):
        context.service.start_plan(make_draft(patient=Patient(name, None)), TEST_USER)
    window = make_window(context)
    window.overview.search.setText("østTEST")
    assert [
        window.overview.model.index(r, COL_NAME).data() for r in range(window.overview.model.rowCount())
    ] == ["Ærling Østtest"]
    window.overview.search.setText("ÅSE")
    assert window.overview.model.rowCount() == 1
    window.overview.search.setText("ingen slik")
    assert window.overview.stack.currentWidget() is window.overview.empty


def test_search_finds_a_plan_by_national_identity_number(
    context: Context, make_window: MakeWindow, make_draft: MakeDraft
) -> None:
    number = make_fodselsnummer(date(1970, 1, 2))
    context.service.start_plan(make_draft(patient=Patient("Per Testberg", number)), TEST_USER)
    context.service.start_plan(make_draft(patient=Patient("Liv Prøvedatter", None)), TEST_USER)
    window = make_window(context)
    window.overview.search.setText(f"{number[:6]} {number[6:]}")
    assert window.overview.model.rowCount() == 1
    assert window.overview.model.index(0, COL_NAME).data() == "Per Testberg"


def test_not_applicable_without_reason_is_refused_in_norwegian(
    context: Context, make_window: MakeWindow, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    item = context.service.plan_detail(plan_id).items[0]
    ok = window.editor.perform(
        lambda: context.service.set_item_state(item.item_id, ItemState.NOT_APPLICABLE, TEST_USER, "")
    )
    assert not ok
    assert answers[-1] == ("Ikke lagret", "Skriv hvorfor punktet ikke er aktuelt.")


def test_plan_table_model_passes_the_model_tester(
    context: Context, make_window: MakeWindow, plan_id: PlanId, qtmodeltester: object
) -> None:
    window = make_window(context)
    qtmodeltester.check(window.overview.model)  # type: ignore[attr-defined]
    window.open_plan(plan_id)
    qtmodeltester.check(window.editor.pages[AreaKey.HOUSING].model)  # type: ignore[attr-defined]


def test_editor_reads_the_overview_row_that_was_opened(
    context: Context, make_window: MakeWindow, make_draft: MakeDraft, qtbot: QtBot
) -> None:
    context.service.start_plan(make_draft(patient=Patient("Ola Nordmann", None)), TEST_USER)
    context.service.start_plan(make_draft(patient=Patient("Kari Nordkvinne", None)), TEST_USER)
    window = make_window(context)
    window.overview.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    index = window.overview.model.index(0, COL_NAME)
    assert index.data() == "Kari Nordkvinne"
    window.overview.table.setCurrentIndex(index)
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Return)
    assert "Kari Nordkvinne" in window.editor.header.text()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.overview
    assert window.overview.table.currentIndex().data() == "Kari Nordkvinne"


def test_nothing_reaches_for_the_network(context: Context, make_window: MakeWindow, plan_id: PlanId) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    with pytest.raises(NetworkUsedError):
        socket.socket()
    assert "PySide6.QtNetwork" not in sys.modules


def test_main_window_type(context: Context, make_window: MakeWindow) -> None:
    assert isinstance(make_window(context), MainWindow)


def test_keyboard_space_ticks_and_enter_opens_an_item(
    context: Context,
    make_window: MakeWindow,
    plan_id: PlanId,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    page = window.editor.pages[AreaKey.HOUSING]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, 1))  # the text column, not the tick box
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert context.service.plan_detail(plan_id).items_in(AreaKey.HOUSING)[2].state is ItemState.DONE
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert context.service.plan_detail(plan_id).items_in(AreaKey.HOUSING)[2].state is ItemState.NOT_STARTED

    from dischargeplanner.ui.dialogs.item_dialog import ItemDialog

    opened: list[str] = []

    def remember(dialog: ItemDialog) -> QDialog.DialogCode:
        opened.append(dialog.findChild(QLabel, "itemChanged").text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ItemDialog, "exec", remember)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened
    assert opened[0].startswith("Sist endret ")
    assert opened[0].endswith(f"av {TEST_USER}")


def test_a_failed_write_is_reported_and_nothing_pretends_to_be_saved(
    context: Context, make_window: MakeWindow, plan_id: PlanId, answers: list[tuple[str, str]]
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    page = window.editor.pages[AreaKey.HOUSING]
    context.conn.execute(
        "CREATE TEMP TRIGGER full_disk BEFORE UPDATE ON checklist_item "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    ticked = page.model.setData(
        page.model.index(0, COL_DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert not ticked
    title, text = answers[-1]
    assert title == "Ikke lagret"
    assert "disk is full" in text
    assert page.model.index(0, COL_DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.saved_label.text() == ""


def test_about_tells_version_data_folder_and_checklist(
    context: Context, make_window: MakeWindow, answers: list[tuple[str, str]]
) -> None:
    from dischargeplanner import __version__

    window = make_window(context)
    window.about_action.trigger()
    title, text = answers[-1]
    assert title == "Om utskrivningsplanleggeren"
    assert __version__ in text
    assert str(context.data_dir) in text
    assert "TSB standard utskrivningssjekkliste, versjon 1.0 (73 punkter)" in text
    assert f"Pålogget som: {TEST_USER}" in text


def test_a_page_changed_while_hidden_is_current_when_opened(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    from dischargeplanner.domain.services import AreaMoment

    window = make_window(context)
    window.open_plan(plan_id)  # Bolig is showing
    finances = context.service.plan_detail(plan_id).items_in(AreaKey.FINANCES)[0]
    assert window.editor.perform(
        lambda: context.service.set_item_state(finances.item_id, ItemState.DONE, TEST_USER)
    )
    assert window.editor.perform(
        lambda: context.service.set_area_status(
            plan_id, AreaKey.FINANCES, AreaMoment.CURRENT, TrafficLight.RED, "Gjeld", TEST_USER
        )
    )
    assert window.editor.area_list.item(1).text().startswith("Økonomi\n1/")  # the list follows at once
    window.editor.show_area(AreaKey.FINANCES)
    page = window.editor.pages[AreaKey.FINANCES]
    assert page.model.item_at(0).state is ItemState.DONE
    assert page.current.light() is TrafficLight.RED
    assert page.current.reason.text() == "Gjeld"
