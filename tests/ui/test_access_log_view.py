"""The access log in the window: every open logged once, the administrators' page, the patient's extract."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context, workplace_for
from dischargeplanner.domain.access_log import AccessEntry, AccessKind, AccessLogService, AccessQuery, AuditId
from dischargeplanner.domain.model import AuditEntry, ItemState, Patient, PlanId
from dischargeplanner.domain.services import Problem
from dischargeplanner.storage.audit import SqliteAccessLogStore
from dischargeplanner.ui import access_log_view
from dischargeplanner.ui.access_log_view import (
    COL_ACTION,
    COL_PATIENT,
    COL_TIME,
    COL_USER,
    AccessLogView,
)
from dischargeplanner.ui.documents_page import SaveLocation
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER, MakeDraft, clock_at, context_at

DAY = date(2026, 3, 2)


def _text(context: str, source: str, n: int = -1) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source, None, n)


@pytest.fixture(autouse=True)
def no_file_dialogs() -> Iterator[None]:
    SaveLocation.prepared_answers = []
    yield
    SaveLocation.prepared_answers = None


@pytest.fixture
def ward(context: Context) -> Context:
    """The context with every clock stopped at noon on DAY."""
    return context_at(context, DAY)


@pytest.fixture
def access(ward: Context) -> AccessLogService:
    return AccessLogService(SqliteAccessLogStore(ward.conn, clock_at(DAY)), clock_at(DAY))


@pytest.fixture
def patients(ward: Context, make_draft: MakeDraft) -> tuple[PlanId, PlanId]:
    dates = {"admission": DAY - timedelta(days=10), "planned_discharge": DAY + timedelta(days=40)}
    mine, _ = ward.service.start_plan(make_draft(**dates), TEST_USER)
    other, _ = ward.service.start_plan(make_draft(patient=Patient("Øyvind Prøvesen", None), **dates), "ola")
    return mine, other


@pytest.fixture
def window(
    qtbot: QtBot,
    bokmal: object,
    answers: list[tuple[str, str]],
    tmp_path: Path,
    ward: Context,
    access: AccessLogService,
    patients: tuple[PlanId, PlanId],
) -> MainWindow:
    window = MainWindow(workplace_for(ward, lambda: DAY, tmp_path / "vindu.ini"), access_log=access)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _opens(access: AccessLogService, plan_id: PlanId) -> int:
    return sum(1 for entry in access.entries(AccessQuery(plan_id=plan_id)) if entry.kind is AccessKind.OPENED)


def _view(window: MainWindow) -> AccessLogView:
    window.access_log_action.trigger()
    view = window.stack.currentWidget()
    assert isinstance(view, AccessLogView)
    return view


def _column(view: AccessLogView, column: int) -> list[str]:
    return [str(view.model.index(row, column).data()) for row in range(view.model.rowCount())]


def test_opening_a_plan_is_logged_once_not_on_every_refresh(
    window: MainWindow, access: AccessLogService, patients: tuple[PlanId, PlanId], qtbot: QtBot
) -> None:
    mine, other = patients
    window.overview.select_plan(mine)
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor
    assert _opens(access, mine) == 1

    # Changing the plan re-reads it: a refresh, not another open.
    item = window.editor.detail.items[0] if window.editor.detail else None
    assert item is not None
    window.editor.perform(
        lambda: window.workplace.service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    )
    window.editor.reload()
    assert _opens(access, mine) == 1

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    window.open_plan(mine)
    assert _opens(access, mine) == 2
    assert _opens(access, other) == 0
    last = access.entries(AccessQuery(plan_id=mine))[-1]
    assert (last.user, last.action, last.at) == (TEST_USER, "plan.open", clock_at(DAY)())


def test_without_the_access_log_the_page_cannot_be_opened(
    qtbot: QtBot, bokmal: object, answers: list[tuple[str, str]], tmp_path: Path, ward: Context
) -> None:
    without = replace(workplace_for(ward, lambda: DAY, tmp_path / "vindu.ini"), access_log=None)
    window = MainWindow(without)
    qtbot.addWidget(window)
    assert not window.access_log_action.isEnabled()
    window.show_access_log()
    assert window.stack.currentWidget() is window.overview


def test_the_file_menu_shows_the_log_in_words(
    window: MainWindow, access: AccessLogService, patients: tuple[PlanId, PlanId]
) -> None:
    mine, _other = patients
    window.open_plan(mine)
    assert window.access_log_action.objectName() == "accessLogAction"
    assert window.access_log_action.text() == _text("MainWindow", "&Access log…")
    view = _view(window)

    # Newest first: the open, then the two plans made.
    assert _column(view, COL_ACTION) == [
        _text("AccessLog", "Opened the plan"),
        _text("AccessLog", "Created the plan"),
        _text("AccessLog", "Created the plan"),
    ]
    assert _column(view, COL_PATIENT) == ["Testa Testesen", "Øyvind Prøvesen", "Testa Testesen"]
    assert _column(view, COL_USER) == [TEST_USER, "ola", TEST_USER]
    assert all(re.fullmatch(r"02\.03\.2026 \d{2}:\d{2}", text) for text in _column(view, COL_TIME))
    assert view.chain_label.text() == _text("AccessLog", "The log is whole (rows checked: %1).").replace(
        "%1",
        "4",  # the three shown, and setting up the test user
    )
    assert view.count.text() == _text("AccessLogView", "%n entries", 3)
    QApplication.processEvents()
    assert view.table.hasFocus()


def test_filters_narrow_by_user_patient_and_period(
    window: MainWindow, access: AccessLogService, patients: tuple[PlanId, PlanId], qtbot: QtBot
) -> None:
    view = _view(window)
    view.user_filter.setCurrentIndex(view.user_filter.findData("ola"))
    assert _column(view, COL_PATIENT) == ["Øyvind Prøvesen"]
    view.user_filter.setCurrentIndex(0)

    qtbot.keyClicks(view.patient_filter, "øyvind")
    assert _column(view, COL_PATIENT) == ["Øyvind Prøvesen"]
    view.patient_filter.clear()

    view.since_edit.setDate(view.until_edit.date().addDays(1))
    assert view.period_error.isVisible()
    assert view.period_error.text() == problem_text(Problem.ACCESSLOG_PERIOD_REVERSED)
    assert view.model.rowCount() == 2  # what was shown stays until the dates are right
    view.since_edit.setDate(view.until_edit.date())
    assert not view.period_error.isVisible()
    assert view.model.rowCount() == 2

    view.until_edit.setDate(view.until_edit.date().addDays(-1))
    view.since_edit.setDate(view.until_edit.date())
    assert view.model.rowCount() == 0
    assert view.empty.isVisible()
    view.clear_button.click()
    assert view.model.rowCount() == 2


def test_a_broken_chain_is_a_red_warning_naming_the_row(
    window: MainWindow, ward: Context, patients: tuple[PlanId, PlanId]
) -> None:
    second = ward.conn.execute(
        "SELECT audit_id FROM audit_log ORDER BY audit_id LIMIT 1 OFFSET 1"
    ).fetchone()[0]
    ward.conn.execute("DROP TRIGGER audit_log_no_update")
    ward.conn.execute("UPDATE audit_log SET user = 'noen' WHERE audit_id = ?", (second,))

    view = _view(window)

    assert f" {second} " in view.chain_label.text()
    assert view.chain_label.text().startswith(
        _text(
            "AccessLog",
            "Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside "
            "the program; tell whoever is responsible for information security.",
        ).split("%1")[0]
    )
    assert _text("AccessLog", "its content was changed after it was written") in view.chain_label.text()
    rows = {view.model.row_at(row).audit_id: row for row in range(view.model.rowCount())}
    brush = view.model.index(rows[second], COL_USER).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)


def test_only_those_who_may_see_the_log_see_it(window: MainWindow) -> None:
    window.can_view_access_log = False
    view = _view(window)
    assert view.pages.currentWidget() is view.denied
    assert view.model.rowCount() == 0
    window.show_overview()
    window.can_view_access_log = True
    view = _view(window)
    assert view.model.rowCount() == 2


def test_the_patients_extract_is_saved_and_logged(
    window: MainWindow, access: AccessLogService, patients: tuple[PlanId, PlanId], tmp_path: Path
) -> None:
    mine, _other = patients
    view = _view(window)
    view.patient_filter.setText("Testa")
    view.table.selectRow(0)
    assert view.extract_button.isEnabled()
    target = tmp_path / "innsyn.pdf"
    assert SaveLocation.prepared_answers is not None
    SaveLocation.prepared_answers.append(target)

    view.extract_button.click()

    assert target.read_bytes().startswith(b"%PDF")
    assert Messages.shown[-1][0] == _text("AccessLogView", "Saved")
    last = access.entries(AccessQuery(plan_id=mine))[-1]
    assert last.kind is AccessKind.ACCESS_EXTRACT
    # The view read the log again: the extract is its newest row.
    assert _column(view, COL_ACTION)[0] == _text("AccessLog", "Saved the access extract as PDF")


def test_a_cancelled_save_writes_and_logs_nothing(
    window: MainWindow, access: AccessLogService, patients: tuple[PlanId, PlanId]
) -> None:
    view = _view(window)
    view.table.selectRow(0)
    before = access.entries(AccessQuery())
    view.extract_button.click()  # the file dialog is cancelled (no prepared answer)
    assert access.entries(AccessQuery()) == before


def test_a_row_without_a_patient_has_no_extract(window: MainWindow, ward: Context) -> None:
    SqliteAccessLogStore(ward.conn, clock_at(DAY)).log(
        AuditEntry("kari", "selfhelp.group.add", None, "AA Sentrum")
    )
    view = _view(window)
    view.table.selectRow(0)
    assert view.current() is not None
    assert view.model.index(0, COL_PATIENT).data() == "–"
    assert view.model.index(0, COL_ACTION).data() == _text(
        "AccessLog", "Changed the self-help group directory"
    )
    assert not view.extract_button.isEnabled()


def test_escape_goes_back_to_the_overview(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window)
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.overview


def test_the_model_passes_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    view = _view(window)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    view.table.sortByColumn(COL_PATIENT, Qt.SortOrder.AscendingOrder)
    assert _column(view, COL_PATIENT) == ["Testa Testesen", "Øyvind Prøvesen"]
    view.table.sortByColumn(COL_PATIENT, Qt.SortOrder.DescendingOrder)
    assert _column(view, COL_PATIENT) == ["Øyvind Prøvesen", "Testa Testesen"]


def test_every_kind_has_words() -> None:
    assert set(access_log_view._KIND_TEXTS) == set(AccessKind)
    unknown = AccessEntry(AuditId(1), clock_at(DAY)(), "kari", "plan.merge", None, "", "")
    assert access_log_view.action_text(unknown) == _text("AccessLog", "Other action (%1)").replace(
        "%1", "plan.merge"
    )


def test_tab_goes_from_the_filters_to_the_table_and_the_buttons(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window)
    view.user_filter.setFocus()
    chain = [view.patient_filter, view.since_edit, view.until_edit, view.clear_button, view.table]
    chain += [view.extract_button, view.refresh_button]
    for widget in chain:
        # Inside a date field Tab first walks day, month and year.
        for _section in range(3):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if widget.hasFocus():
                break
        assert widget.hasFocus(), widget.objectName()
