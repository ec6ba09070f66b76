"""Registering a discharge (date, planned or brudd, each area's status then) and reopening a plan."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.crisis_model import UnplannedProcedure, procedure_missing
from dischargeplanner.domain.limits import TEXT_MAX
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanDetail, TrafficLight
from dischargeplanner.domain.readiness import area_progress, readiness
from dischargeplanner.ui.dialogs.crisis_dialogs import procedure_summary
from dischargeplanner.ui.dialogs.form import fit_height, limit_length
from dischargeplanner.ui.formatting import DATE_FORMAT, format_date, from_qdate, to_qdate
from dischargeplanner.ui.style import SPACING, light_icon
from dischargeplanner.ui.texts import light_meaning, light_name
from dischargeplanner.ui.widgets import EnumCombo, error_label

# The warning names this many areas; more would push the form off a small screen.
LISTED_AREAS = 5
# Room kept for the window frame and a taskbar when fitting the area grid to the screen.
WINDOW_CHROME = 80
MUTED_STYLE = "color: #546e7a;"
# Amber like the yellow light, dark text: a warning that does not block, readable in greyscale.
WARNING_STYLE = "#openItemsWarning { background: #fff4d6; border: 1px solid #f2b705; border-radius: 4px; }"
# The procedure at brudd: what must be done today, set apart from the form.
PROCEDURE_STYLE = (
    "#unplannedProcedure { background: #fdecea; border: 2px solid #b71c1c; border-radius: 4px; "
    "padding: 6px; font-weight: bold; }"
)


@dataclass(frozen=True)
class DischargeInput:
    """What the discharge dialog collects; services.discharge_plan validates and stores it."""

    actual: date
    kind: DischargeKind
    area_status: dict[AreaKey, tuple[TrafficLight, str]]


def _bold(text: str, scale: float = 1.0) -> QLabel:
    # A font rather than rich text: "&" must stay a mnemonic, and a name is never markup.
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _heading(text: str) -> QLabel:
    label = _bold(text, 1.3)
    label.setObjectName("dialogHeading")
    return label


def _muted(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


class _FittingScrollArea(QScrollArea):
    """Asks for room to show all of its content; scrolls only when the screen is too small."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        hint = content.sizeHint()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


class DischargeDialog(QDialog):
    def __init__(
        self,
        detail: PlanDetail,
        today: date,
        parent: QWidget | None = None,
        procedure: UnplannedProcedure | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dischargeDialog")
        self.setWindowTitle(self.tr("Register discharge"))
        self.setMinimumWidth(720)
        self._admission = detail.plan.admission
        self._today = today
        self._procedure = procedure
        self.lights: dict[AreaKey, EnumCombo[TrafficLight]] = {}
        self.reasons: dict[AreaKey, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self._build_summary(layout, detail)
        self._build_date_and_kind(layout)
        self._build_area_grid(layout, detail)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Register discharge"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._fit_to_screen()
        self.actual.setFocus()

    # Layout ----------------------------------------------------------------

    def _build_summary(self, layout: QVBoxLayout, detail: PlanDetail) -> None:
        """Who, the stay so far, and how ready the plan is (a warning, never a stop)."""
        plan = detail.plan
        layout.addWidget(_heading(plan.patient.name))
        if plan.planned_discharge is None:
            stay = self.tr("Admitted %1 · planned discharge not set")
        else:
            stay = self.tr("Admitted %1 · planned discharge %2").replace(
                "%2", format_date(plan.planned_discharge)
            )
        layout.addWidget(_muted(stay.replace("%1", format_date(plan.admission)), "stayDates"))
        ready, total = readiness(detail)
        self.readiness_label = QLabel(
            self.tr("%1 of %2 areas ready").replace("%1", str(ready)).replace("%2", str(total))
        )
        self.readiness_label.setObjectName("dischargeReadiness")
        layout.addWidget(self.readiness_label)

        open_by_area = []
        for status in detail.areas:
            progress = area_progress(detail, status.area)
            if not progress.ready:
                open_by_area.append((status.title, progress.required - progress.required_done))
        self.warning = QFrame()
        self.warning.setObjectName("openItemsWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        warning_layout = QHBoxLayout(self.warning)
        warning_layout.setContentsMargins(SPACING, SPACING // 2, SPACING, SPACING // 2)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.warning_text = QLabel(self._warning_text(open_by_area))
        self.warning_text.setObjectName("openItemsWarningText")
        self.warning_text.setWordWrap(True)
        warning_layout.addWidget(icon)
        warning_layout.addWidget(self.warning_text, 1)
        self.warning.setVisible(bool(open_by_area))
        layout.addWidget(self.warning)

    def _warning_text(self, open_by_area: list[tuple[str, int]]) -> str:
        count = sum(open_items for _title, open_items in open_by_area)
        listed = [f"{title} ({open_items})" for title, open_items in open_by_area[:LISTED_AREAS]]
        rest = len(open_by_area) - LISTED_AREAS
        areas = ", ".join(listed)
        if rest > 0:
            more = self.tr("and %n more area(s)", "", rest)
            areas = f"{areas} {more}"
        not_done = self.tr("%n required item(s) are not done: %1.", "", count).replace("%1", areas)
        still = self.tr("You can still register the discharge.")
        return f"{not_done} {still}"

    def _build_date_and_kind(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING // 2)
        date_label = QLabel(self.tr("Actual &discharge date"))
        self.actual = QDateEdit(to_qdate(self._today))
        self.actual.setObjectName("actualDischarge")
        self.actual.setCalendarPopup(True)
        self.actual.setDisplayFormat(DATE_FORMAT)
        self.actual.setAccessibleName(self.tr("Actual discharge date"))
        date_label.setBuddy(self.actual)
        self.date_error = error_label(object_name="actualDischargeError")
        self.actual.dateChanged.connect(lambda _date: self._check_date())
        grid.addWidget(date_label, 0, 0)
        grid.addWidget(self.actual, 0, 1)
        grid.addWidget(self.date_error, 1, 1, 1, 2)

        kind_label = QLabel(self.tr("End of stay"))
        self.planned = QRadioButton(self.tr("&Planned"))
        self.planned.setObjectName("plannedEnd")
        self.unplanned = QRadioButton(self.tr("Unplanned (&brudd)"))
        self.unplanned.setObjectName("unplannedEnd")
        self.planned.setChecked(True)
        kind_row = QHBoxLayout()
        kind_row.setSpacing(SPACING * 2)
        kind_row.addWidget(self.planned)
        kind_row.addWidget(self.unplanned)
        kind_row.addStretch(1)
        self.unplanned_hint = QLabel(self.tr("Tell the municipality at once that the stay ended unplanned."))
        self.unplanned_hint.setObjectName("unplannedHint")
        self.unplanned_hint.setStyleSheet("font-weight: bold;")
        self.unplanned_hint.setVisible(False)
        self.unplanned.toggled.connect(self.unplanned_hint.setVisible)
        self.procedure_label = QLabel(self._procedure_text())
        self.procedure_label.setObjectName("unplannedProcedure")
        self.procedure_label.setTextFormat(Qt.TextFormat.PlainText)
        self.procedure_label.setWordWrap(True)
        self.procedure_label.setStyleSheet(PROCEDURE_STYLE)
        self.procedure_label.setVisible(False)
        self.unplanned.toggled.connect(self._unplanned_toggled)
        grid.addWidget(kind_label, 2, 0)
        grid.addLayout(kind_row, 2, 1, 1, 2)
        grid.addWidget(self.unplanned_hint, 3, 1, 1, 2)
        grid.addWidget(self.procedure_label, 4, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

    def _unplanned_toggled(self, unplanned: bool) -> None:
        self.procedure_label.setVisible(unplanned)
        self._fit_to_screen()  # the procedure takes room from the area rows, not off the screen
        fit_height(self)

    def _procedure_text(self) -> str:
        """The procedure written at admission for an unplanned end, or that there is none."""
        if self._procedure is None or procedure_missing(self._procedure):
            return self.tr(
                "No procedure for an unplanned end was recorded. The municipality must still be told today."
            )
        return self.tr("Procedure for an unplanned end: %1").replace("%1", procedure_summary(self._procedure))

    def _build_area_grid(self, layout: QVBoxLayout, detail: PlanDetail) -> None:
        """One row per area: its title, the light at discharge and a short reason."""
        content = QWidget()
        content.setObjectName("dischargeAreas")
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING // 2)
        status_heading = _bold(self.tr("&Status at discharge"))
        grid.addWidget(_bold(self.tr("Area")), 0, 0)
        grid.addWidget(status_heading, 0, 1)
        grid.addWidget(_bold(self.tr("Reason")), 0, 2)
        for row, status in enumerate(detail.areas, start=1):
            light: EnumCombo[TrafficLight] = EnumCombo(TrafficLight, light_name, light_icon, light_meaning)
            light.setObjectName(f"dischargeLight_{status.area}")
            light.set_value(status.current_light)
            light.setAccessibleName(self.tr("%1: status at discharge").replace("%1", status.title))
            reason = QLineEdit(status.current_reason)
            limit_length(reason, TEXT_MAX)
            reason.setObjectName(f"dischargeReason_{status.area}")
            reason.setPlaceholderText(self.tr("Short reason for the status"))
            reason.setAccessibleName(self.tr("%1: reason").replace("%1", status.title))
            title = QLabel(status.title)
            title.setBuddy(light)
            grid.addWidget(title, row, 0)
            grid.addWidget(light, row, 1)
            grid.addWidget(reason, row, 2)
            self.lights[status.area] = light
            self.reasons[status.area] = reason
        if self.lights:
            status_heading.setBuddy(next(iter(self.lights.values())))
        grid.setColumnStretch(2, 1)
        self.area_scroll = _FittingScrollArea()
        self.area_scroll.setObjectName("dischargeAreaScroll")
        self.area_scroll.setWidgetResizable(True)
        self.area_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.area_scroll.setWidget(content)
        layout.addWidget(self.area_scroll, 1)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.actual, self.planned, self.unplanned]
        for area, light in self.lights.items():
            chain += [light, self.reasons[area]]
        chain += [self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        """Show every area row when the screen has room; otherwise the rows scroll."""
        screen = self.screen()
        if screen is None:
            return
        rest = self.sizeHint().height() - self.area_scroll.sizeHint().height()
        room = screen.availableGeometry().height() - WINDOW_CHROME - rest
        self.area_scroll.setMinimumHeight(max(0, min(self.area_scroll.sizeHint().height(), room)))

    # Behaviour -------------------------------------------------------------

    def _date_problem(self) -> str | None:
        actual = from_qdate(self.actual.date())
        if actual < self._admission:
            return self.tr("The discharge date cannot be before admission (%1).").replace(
                "%1", format_date(self._admission)
            )
        if actual > self._today:
            return self.tr("The discharge date cannot be in the future.")
        return None

    def _check_date(self) -> bool:
        """Show or clear the message under the date; True when the date can be stored."""
        problem = self._date_problem()
        self.date_error.setText(problem or "")
        self.date_error.setVisible(problem is not None)
        return problem is None

    def discharge_input(self) -> DischargeInput:
        return DischargeInput(
            actual=from_qdate(self.actual.date()),
            kind=DischargeKind.UNPLANNED if self.unplanned.isChecked() else DischargeKind.PLANNED,
            area_status={
                area: (light.value(), self.reasons[area].text().strip())
                for area, light in self.lights.items()
            },
        )

    def accept(self) -> None:
        if not self._check_date():
            self.actual.setFocus()
            return
        super().accept()

    @classmethod
    def get_discharge(
        cls,
        parent: QWidget | None,
        detail: PlanDetail,
        today: date,
        procedure: UnplannedProcedure | None = None,
    ) -> DischargeInput | None:
        """Show the dialog; what the user registered, or None when cancelled.

        With `procedure` (the plan's procedure at brudd), choosing "unplanned" shows what to do.
        """
        dialog = cls(detail, today, parent, procedure)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.discharge_input()
        return None


class ReopenDialog(QDialog):
    def __init__(self, detail: PlanDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen plan"))
        self.setMinimumWidth(520)
        plan = detail.plan
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(_heading(plan.patient.name))
        if plan.actual_discharge is not None:
            kind = (
                self.tr("unplanned (brudd)")
                if plan.discharge_kind is DischargeKind.UNPLANNED
                else self.tr("planned")
            )
            discharged = (
                self.tr("Discharged %1 · %2")
                .replace("%1", format_date(plan.actual_discharge))
                .replace("%2", kind)
            )
            layout.addWidget(_muted(discharged, "dischargedOn"))
        explanation = QLabel(
            self.tr(
                "The plan becomes active and can be changed again. "
                "Say why; the reason is kept in the plan's log."
            )
        )
        explanation.setObjectName("reopenExplanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        reason_label = QLabel(self.tr("&Reason"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 5)
        reason_label.setBuddy(self.reason)
        self.reason_error = error_label(self.tr("Say why the plan is reopened."), "reopenReasonError")
        self.reason.textChanged.connect(self._reason_changed)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Re&open plan"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _reason_changed(self) -> None:
        if self.reason_text():
            self.reason_error.hide()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason_text():
            self.reason_error.show()
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def get_reason(cls, parent: QWidget | None, detail: PlanDetail) -> str | None:
        """Show the dialog; the reason for reopening, or None when cancelled."""
        dialog = cls(detail, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason_text()
        return None
