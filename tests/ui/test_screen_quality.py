"""The issue's quality bar: tab order, names for assistive technology, remembered window
state (never patient data), larger text for a projector, chips and empty states."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context, workplace_for
from dischargeplanner.demo import create_demo_ward_for
from dischargeplanner.domain.model import AreaKey, PlanId, TrafficLight
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.models.plan_table_model import COL_AREAS, COL_NAME, COL_NEXT_DUE, COL_OVERDUE
from helpers import TEST_USER, MakeWindow


def tab_walk(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_walks_the_plan_editor_in_reading_order_and_never_gets_stuck(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    seen = tab_walk(qtbot, window.editor.back_button, 30)
    names = [widget.objectName() for widget in seen]
    cycle = names[: names.index("backButton", 1)]
    assert cycle == [
        "backButton", "nextStepButton", "editDetailsButton", "dischargeButton", "areaList",
        "admissionLight", "admissionReason", "currentLight", "currentReason", "goal",
        "qt_tabwidget_tabbar", "helpButton", "editItemButton", "checklist",
    ]  # fmt: skip
    # Each stop can be named by a screen reader: an accessible name, or its own text.
    for widget in seen[: len(cycle)]:
        spoken = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        assert spoken or isinstance(widget, QTabBar), widget.objectName()


def test_tab_leaves_the_ward_overview_table(context: Context, make_window: MakeWindow, qtbot: QtBot) -> None:
    create_demo_ward_for(context, count=3)
    window = make_window(context)
    seen = [widget.objectName() for widget in tab_walk(qtbot, window.overview.new_button, 12)]
    cycle = seen[: seen.index("newPlanButton", 1)]
    assert cycle == [
        "newPlanButton",
        "thisWeekButton",
        "groupDirectoryButton",
        "statusFilter",
        "mineFilter",
        "planSearch",
        "planTable",
    ]


def test_window_size_and_splitter_are_remembered_but_no_patient_data(
    context: Context, qtbot: QtBot, bokmal: object, answers: object, tmp_path: Path, plan_id: PlanId
) -> None:
    state = tmp_path / "vindu.ini"
    first = MainWindow(workplace_for(context, context.service.today, state))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800×600
    first.open_plan(plan_id)
    first.editor.splitter.setSizes([300, 420])
    wanted = first.editor.splitter.sizes()
    first.close()

    second = MainWindow(workplace_for(context, context.service.today, state))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    second.open_plan(plan_id)
    assert second.editor.splitter.sizes() == wanted
    second.close()

    stored = state.read_bytes()
    detail = context.service.plan_detail(plan_id)
    number = detail.plan.patient.fodselsnummer
    assert number
    for secret in (detail.plan.patient.name, number, "Testa", "Testesen"):
        assert secret.encode() not in stored
    assert set(QSettings(str(state), QSettings.Format.IniFormat).allKeys()) <= {
        "window/geometry", "editor/splitter", "text/point_size",
    }  # fmt: skip
    assert isinstance(QSettings(str(state), QSettings.Format.IniFormat).value("window/geometry"), QByteArray)


def test_larger_text_for_a_projector_is_kept_for_next_time(
    context: Context, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(context)
    normal = QApplication.font().pointSize()
    try:
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.font().pointSize() == normal + 2
        assert window.ui_state.value("text/point_size") in (normal + 2, str(normal + 2))
    finally:
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == normal


def test_overview_row_shows_chips_overdue_and_next_due(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    context.service.set_area_status(
        plan_id, AreaKey.HOUSING, AreaMoment.CURRENT, TrafficLight.RED, "", TEST_USER
    )
    window = make_window(context)
    model = window.overview.model
    chips = model.index(0, COL_AREAS).data(Qt.ItemDataRole.ToolTipRole)
    assert chips.splitlines()[0] == "Bolig: Rød"
    assert len(chips.splitlines()) == 9
    # The test plan was admitted 10 days ago: the admission items are overdue.
    summary = context.service.list_plans()[0]
    assert summary.overdue > 0
    assert model.index(0, COL_OVERDUE).data() == str(summary.overdue)
    assert summary.next_due is not None
    assert model.index(0, COL_NEXT_DUE).data().startswith(summary.next_due.strftime("%d.%m.%Y"))
    assert summary.next_due_text in model.index(0, COL_NEXT_DUE).data()
    assert model.index(0, COL_NEXT_DUE).data(Qt.ItemDataRole.ForegroundRole) is not None  # red: overdue


def test_only_mine_and_its_empty_state(context: Context, make_window: MakeWindow, plan_id: PlanId) -> None:
    window = make_window(context)  # the test plan belongs to "Sosionom Test", not to the user
    window.overview.mine.setChecked(True)
    assert window.overview.model.rowCount() == 0
    assert "Bare mine" in window.overview.empty.text()
    window.overview.mine.setChecked(False)
    assert window.overview.model.index(0, COL_NAME).data() == "Testa Testesen"


def test_this_week_opens_the_plan_at_the_item(
    context: Context, make_window: MakeWindow, qtbot: QtBot, plan_id: PlanId
) -> None:
    window = make_window(context)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.week
    tree = window.week.tree
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the first item under the patient
    entry = window.week.model.entry_at(tree.currentIndex())
    assert entry is not None
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.current_area() is entry.area
    assert window.editor.pages[entry.area].current_item_id() == entry.ref_id
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.week.tree, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.overview
