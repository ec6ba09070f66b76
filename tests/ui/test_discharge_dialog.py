"""Registering a discharge and reopening a plan: keyboard only, nothing typed is lost on a refusal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dischargeplanner.domain.crisis_model import UnplannedProcedure
from dischargeplanner.domain.model import (
    AreaKey,
    DischargeKind,
    ItemState,
    PlanDetail,
    PlanId,
    PlanStatus,
    TrafficLight,
)
from dischargeplanner.domain.readiness import area_progress
from dischargeplanner.domain.services import AreaMoment, PlanService
from dischargeplanner.ui.dialogs.crisis_dialogs import procedure_summary
from dischargeplanner.ui.dialogs.discharge_dialog import DischargeDialog, DischargeInput, ReopenDialog
from dischargeplanner.ui.formatting import format_date, from_qdate, to_qdate
from helpers import TEST_USER

HOUSING_REASON = "Venter på kommunal bolig"


def _discharge_text(source: str) -> str:
    # Whatever language is installed: the suite may have loaded Bokmål before this test.
    return QCoreApplication.translate("DischargeDialog", source)


@pytest.fixture
def detail(service: PlanService, plan_id: PlanId) -> PlanDetail:
    """A plan ten days into the stay, with two areas assessed now."""
    service.set_area_status(
        plan_id, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.YELLOW, HOUSING_REASON, TEST_USER
    )
    service.set_area_status(plan_id, AreaKey.FINANCES, AreaMoment.CURRENT, TrafficLight.GREEN, "", TEST_USER)
    return service.plan_detail(plan_id)


def _show(qtbot: QtBot, dialog: QDialog) -> None:
    dialog.show()
    # Key presses and mnemonics only reach the active window.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


@pytest.fixture
def dialog(detail: PlanDetail, service: PlanService, qtbot: QtBot) -> DischargeDialog:
    dialog = DischargeDialog(detail, service.today())
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    return dialog


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)


def _leave_date(dialog: DischargeDialog) -> None:
    """Tab, as Qt's date edits do, first walks day, month and year; then it moves on."""
    for _ in range(3):
        assert _focus() is dialog.actual
        _press(Qt.Key.Key_Tab)


def _mnemonic(text: str) -> Qt.Key:
    """The Alt key of a label, read from its text so the test holds in English and Bokmål."""
    return Qt.Key(ord(text[text.index("&") + 1].upper()))


def _label_for(dialog: QDialog, buddy: QWidget) -> QLabel:
    """The label whose Alt key moves to `buddy`."""
    labels = dialog.findChildren(QLabel)
    return next(label for label in labels if label.buddy() is buddy and "&" in label.text())


# The discharge dialog -------------------------------------------------------


def test_defaults_are_today_planned_and_the_current_lights(
    dialog: DischargeDialog, detail: PlanDetail, service: PlanService
) -> None:
    assert dialog.objectName() == "dischargeDialog"
    assert dialog.findChild(QWidget, "actualDischarge") is dialog.actual
    assert dialog.actual.date() == to_qdate(service.today())
    assert dialog.findChild(QWidget, "plannedEnd").isChecked()
    assert not dialog.findChild(QWidget, "unplannedEnd").isChecked()
    assert not dialog.unplanned_hint.isVisible()
    assert not dialog.date_error.isVisible()
    assert list(dialog.lights) == [status.area for status in detail.areas]
    for status in detail.areas:
        light = dialog.findChild(QWidget, f"dischargeLight_{status.area}")
        reason = dialog.findChild(QWidget, f"dischargeReason_{status.area}")
        assert light is dialog.lights[status.area]
        assert reason is dialog.reasons[status.area]
        assert dialog.lights[status.area].value() is status.current_light
        assert dialog.reasons[status.area].text() == status.current_reason
    assert dialog.lights[AreaKey.HOUSING].value() is TrafficLight.YELLOW
    assert dialog.reasons[AreaKey.HOUSING].text() == HOUSING_REASON
    assert dialog.ok_button.isDefault()
    assert _focus() is dialog.actual


def test_unplanned_shows_the_hint_to_tell_the_kommune(dialog: DischargeDialog, qtbot: QtBot) -> None:
    # A button's mnemonic clicks it after a short press animation.
    QTest.keyClick(dialog, _mnemonic(dialog.unplanned.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.unplanned.isChecked, timeout=1000)
    assert dialog.unplanned_hint.isVisible()
    assert dialog.discharge_input().kind is DischargeKind.UNPLANNED
    QTest.keyClick(dialog, _mnemonic(dialog.planned.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.planned.isChecked, timeout=1000)
    assert not dialog.unplanned_hint.isVisible()


def test_unplanned_shows_the_procedure_recorded_at_admission(
    detail: PlanDetail, service: PlanService, qtbot: QtBot
) -> None:
    procedure = UnplannedProcedure(
        detail.plan.plan_id, "Ruskonsulent Demo", "12 34 56 78", "Kontaktpersonen", "Varsle søsteren"
    )
    dialog = DischargeDialog(detail, service.today(), procedure=procedure)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    shown = dialog.findChild(QLabel, "unplannedProcedure")
    assert shown is dialog.procedure_label
    assert not shown.isVisible()  # a planned end has no procedure to follow
    QTest.keyClick(dialog, _mnemonic(dialog.unplanned.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.unplanned.isChecked, timeout=1000)
    assert shown.isVisible()
    expected = _discharge_text("Procedure for an unplanned end: %1").replace(
        "%1", procedure_summary(procedure)
    )
    assert shown.text() == expected
    tell = QCoreApplication.translate("ProcedureText", "Tell %1 (phone %2).")
    assert tell.replace("%1", "Ruskonsulent Demo").replace("%2", "12 34 56 78") in shown.text()
    assert "Varsle søsteren" in shown.text()
    assert dialog.unplanned_hint.isVisible()  # the general reminder stays


@pytest.mark.parametrize("recorded", [False, True], ids=["none given", "empty record"])
def test_unplanned_without_a_procedure_warns_that_the_kommune_must_still_be_told(
    detail: PlanDetail, service: PlanService, qtbot: QtBot, recorded: bool
) -> None:
    procedure = UnplannedProcedure(detail.plan.plan_id) if recorded else None
    dialog = DischargeDialog(detail, service.today(), procedure=procedure)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    dialog.unplanned.setChecked(True)
    assert dialog.procedure_label.isVisible()
    assert dialog.procedure_label.text() == _discharge_text(
        "No procedure for an unplanned end was recorded. The municipality must still be told today."
    )


def test_date_before_admission_is_refused_and_everything_typed_is_kept(
    dialog: DischargeDialog, detail: PlanDetail
) -> None:
    dialog.unplanned.setChecked(True)
    dialog.lights[AreaKey.NETWORK].setFocus()
    _press(Qt.Key.Key_Down)  # not assessed -> green
    dialog.reasons[AreaKey.NETWORK].setFocus()
    QTest.keyClicks(dialog.reasons[AreaKey.NETWORK], "Kontakt med søster")
    dialog.actual.setDate(to_qdate(detail.plan.admission - timedelta(days=1)))
    dialog.actual.setFocus()
    _press(Qt.Key.Key_Return)

    assert dialog.isVisible()  # refused: the dialog stays open ...
    assert dialog.result() != QDialog.DialogCode.Accepted
    expected = _discharge_text("The discharge date cannot be before admission (%1).")
    assert dialog.date_error.text() == expected.replace("%1", format_date(detail.plan.admission))
    assert dialog.date_error.isVisible()
    assert _focus() is dialog.actual
    # ... with every choice the user made
    assert dialog.unplanned.isChecked()
    assert dialog.lights[AreaKey.NETWORK].value() is TrafficLight.GREEN
    assert dialog.reasons[AreaKey.NETWORK].text() == "Kontakt med søster"
    assert dialog.lights[AreaKey.HOUSING].value() is TrafficLight.YELLOW

    dialog.actual.setDate(to_qdate(detail.plan.admission))  # the message goes as soon as it is right
    assert not dialog.date_error.isVisible()
    _press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_date_in_the_future_is_refused(dialog: DischargeDialog, service: PlanService) -> None:
    dialog.actual.setDate(to_qdate(service.today() + timedelta(days=1)))
    assert dialog.date_error.text() == _discharge_text("The discharge date cannot be in the future.")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_keyboard_only_discharge_returns_the_input(
    detail: PlanDetail, service: PlanService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[date] = []

    def fill_in_by_keyboard(dialog: DischargeDialog) -> int:
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        _press(Qt.Key.Key_Down)  # the date edit has focus, on the day: one day earlier
        shown.append(from_qdate(dialog.actual.date()))
        _leave_date(dialog)
        assert _focus() is dialog.planned
        _press(Qt.Key.Key_Right)  # the arrow keys choose within the pair
        assert _focus() is dialog.unplanned
        assert dialog.unplanned.isChecked()
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.lights[AreaKey.HOUSING]
        _press(Qt.Key.Key_Down)  # yellow -> red
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.reasons[AreaKey.HOUSING]
        QTest.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(_focus(), "Mistet leiligheten")
        _press(Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(DischargeDialog, "exec", fill_in_by_keyboard)
    result = DischargeDialog.get_discharge(None, detail, service.today())

    assert isinstance(result, DischargeInput)
    assert result.actual == shown[0] < service.today()
    assert result.kind is DischargeKind.UNPLANNED
    assert result.area_status[AreaKey.HOUSING] == (TrafficLight.RED, "Mistet leiligheten")
    assert result.area_status[AreaKey.FINANCES] == (TrafficLight.GREEN, "")
    assert set(result.area_status) == {status.area for status in detail.areas}


def test_escape_cancels_and_returns_none(
    detail: PlanDetail, service: PlanService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def change_then_escape(dialog: DischargeDialog) -> int:
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        dialog.unplanned.setChecked(True)
        _press(Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(DischargeDialog, "exec", change_then_escape)
    assert DischargeDialog.get_discharge(None, detail, service.today()) is None


def test_cancel_button_returns_none(
    detail: PlanDetail, service: PlanService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancel(dialog: DischargeDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.buttons.rejected.emit()
        return dialog.result()

    monkeypatch.setattr(DischargeDialog, "exec", cancel)
    assert DischargeDialog.get_discharge(None, detail, service.today()) is None


def test_tab_moves_date_kind_then_each_area_light_and_reason_then_buttons(dialog: DischargeDialog) -> None:
    # Planned and unplanned are one Tab stop, as radio buttons are on every platform;
    # the arrow keys choose between them (see the keyboard-only test).
    expected: list[QWidget] = [dialog.actual, dialog.planned]
    for area, light in dialog.lights.items():
        expected += [light, dialog.reasons[area]]
    expected += [dialog.ok_button, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
    order = [_focus()]
    _leave_date(dialog)
    order.append(_focus())
    for _ in expected[2:]:
        _press(Qt.Key.Key_Tab)
        order.append(_focus())
    assert order == expected


def test_alt_mnemonics_reach_the_date_and_the_area_grid(dialog: DischargeDialog) -> None:
    alt = Qt.KeyboardModifier.AltModifier
    first_light = dialog.lights[AreaKey.HOUSING]
    QTest.keyClick(dialog, _mnemonic(_label_for(dialog, first_light).text()), alt)
    assert _focus() is first_light
    QTest.keyClick(dialog, _mnemonic(_label_for(dialog, dialog.actual).text()), alt)
    assert _focus() is dialog.actual


def test_warning_lists_the_areas_with_open_required_items(
    dialog: DischargeDialog, detail: PlanDetail
) -> None:
    open_areas = [
        (status.title, progress.required - progress.required_done)
        for status in detail.areas
        if not (progress := area_progress(detail, status.area)).ready
    ]
    assert len(open_areas) > 5  # a new plan: nothing is done yet
    text = dialog.warning_text.text()
    assert dialog.warning.isVisible()
    assert text.startswith(str(sum(count for _title, count in open_areas)))
    for title, count in open_areas[:5]:
        assert f"{title} ({count})" in text
    for title, _count in open_areas[5:]:
        assert title not in text  # at most five areas are named
    ready, total = 0, len(detail.areas)
    expected = _discharge_text("%1 of %2 areas ready").replace("%1", str(ready)).replace("%2", str(total))
    assert dialog.readiness_label.text() == expected
    dialog.accept()  # a warning, not a stop
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_warning_names_only_what_is_still_open(service: PlanService, plan_id: PlanId, qtbot: QtBot) -> None:
    detail = service.plan_detail(plan_id)
    open_area = AreaKey.SELF_HELP
    for item in detail.items:
        if item.required and item.area is not open_area:
            service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    detail = service.plan_detail(plan_id)
    dialog = DischargeDialog(detail, service.today())
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    progress = area_progress(detail, open_area)
    title = detail.area(open_area).title
    assert dialog.warning.isVisible()
    assert f"{title} ({progress.required})" in dialog.warning_text.text()
    assert detail.area(AreaKey.HOUSING).title not in dialog.warning_text.text()

    for item in detail.items_in(open_area):
        service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    ready = DischargeDialog(service.plan_detail(plan_id), service.today())
    qtbot.addWidget(ready)
    _show(qtbot, ready)
    assert not ready.warning.isVisible()


def test_discharge_input_is_stored_by_the_service(
    dialog: DischargeDialog, service: PlanService, plan_id: PlanId
) -> None:
    dialog.unplanned.setChecked(True)
    dialog.lights[AreaKey.HEALTH].set_value(TrafficLight.RED)
    dialog.reasons[AreaKey.HEALTH].insert("Ingen fastlege ennå; søknad sendt")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    given = dialog.discharge_input()

    service.discharge_plan(plan_id, given.actual, given.kind, given.area_status, TEST_USER)

    stored = service.plan_detail(plan_id)
    assert stored.plan.status is PlanStatus.DISCHARGED
    assert stored.plan.actual_discharge == service.today()
    assert stored.plan.discharge_kind is DischargeKind.UNPLANNED
    lights = {status.area: (status.discharge_light, status.discharge_reason) for status in stored.areas}
    assert lights[AreaKey.HEALTH] == (TrafficLight.RED, "Ingen fastlege ennå; søknad sendt")
    assert lights[AreaKey.HOUSING] == (TrafficLight.YELLOW, HOUSING_REASON)
    assert lights[AreaKey.FINANCES] == (TrafficLight.GREEN, "")
    assert lights[AreaKey.NETWORK] == (TrafficLight.NOT_ASSESSED, "")


# The reopen dialog ----------------------------------------------------------


@pytest.fixture
def discharged(service: PlanService, plan_id: PlanId) -> PlanDetail:
    service.discharge_plan(plan_id, service.today(), DischargeKind.PLANNED, {}, TEST_USER)
    return service.plan_detail(plan_id)


def test_reopen_refuses_a_blank_reason_and_returns_the_typed_one(
    discharged: PlanDetail, service: PlanService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def blank_then_reason(dialog: ReopenDialog) -> int:
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        assert dialog.objectName() == "reopenDialog"
        assert _focus() is dialog.findChild(QWidget, "reopenReason")
        QTest.keyClicks(dialog.reason, "   ")
        _press(Qt.Key.Key_Tab)  # Tab leaves the text instead of typing a tab
        assert _focus() is dialog.ok_button
        _press(Qt.Key.Key_Space)
        assert dialog.isVisible()  # refused, and the message says why
        assert dialog.reason_error.isVisible()
        assert _focus() is dialog.reason
        dialog.reason.insertPlainText("Pasienten kom tilbake; oppholdet fortsetter")
        assert not dialog.reason_error.isVisible()
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(ReopenDialog, "exec", blank_then_reason)
    reason = ReopenDialog.get_reason(None, discharged)
    assert reason == "Pasienten kom tilbake; oppholdet fortsetter"

    assert reason is not None
    service.reopen_plan(discharged.plan.plan_id, reason, TEST_USER)
    assert service.plan_detail(discharged.plan.plan_id).plan.status is PlanStatus.ACTIVE


def test_reopen_escape_returns_none(
    discharged: PlanDetail, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def escape(dialog: ReopenDialog) -> int:
        qtbot.addWidget(dialog)
        _show(qtbot, dialog)
        QTest.keyClicks(dialog.reason, "Feil pasient")
        _press(Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(ReopenDialog, "exec", escape)
    assert ReopenDialog.get_reason(None, discharged) is None


def test_reopen_tells_when_and_how_the_stay_ended(discharged: PlanDetail, qtbot: QtBot) -> None:
    dialog = ReopenDialog(discharged)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "dischargedOn")
    assert discharged.plan.actual_discharge is not None
    assert label is not None
    assert format_date(discharged.plan.actual_discharge) in label.text()
