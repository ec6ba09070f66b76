"""The Coordination area's "Follow-up call" tab: the phone call to the patient 2–3 days after discharge.

A discharged plan is read-only, except for this: the calls are made after discharge, so
they can be recorded although everything else on the plan is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from dischargeplanner.domain.follow_up_call import (
    CALL_AFTER_DISCHARGE,
    MAX_ATTEMPTS,
    CallId,
    CallState,
    CallStatus,
    FollowUpCall,
    FollowUpCallService,
)
from dischargeplanner.domain.model import Changes, PlanDetail, PlanStatus
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.dialogs.call_dialog import CallDialog
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.record_table import RecordModel, RecordTable
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.widgets import scrolling

BANNER_STYLE = "#callDue {{ border: 2px solid {colour}; border-radius: 4px; background: {background}; }}"


def _text_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # what the patient said is never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FollowUpCallPanel(DetailPanel):
    """Shows one plan's follow-up call; every change goes through `perform`."""

    def __init__(
        self, service: FollowUpCallService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName("followUpCallPanel")
        self._service = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._status = CallStatus(CallState.NONE, None, ())
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        _, layout = scrolling(self, "call")
        layout.setContentsMargins(0, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        self.banner = QFrame()
        self.banner.setObjectName("callDue")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.banner_text = _text_label("callDueText")
        banner_row.addWidget(self.banner_text, 1)
        self.banner.hide()
        layout.addWidget(self.banner)
        explanation = self.tr(
            "Call the patient 2–3 days after discharge: how are things going, did the first appointments "
            "hold, did the municipality get the handover? The call can be recorded although the plan is "
            "otherwise closed."
        )
        layout.addWidget(muted_label(explanation, "callExplanation"))
        self.status_text = _text_label("callStatus")
        layout.addWidget(self.status_text)
        self._build_calls(layout)
        layout.addStretch(1)
        tab_chain([self.calls.table, self.register_button, self.change_button, self.remove_button])

    def _build_calls(self, layout: QVBoxLayout) -> None:
        title = self.tr("Calls after discharge")
        box = QGroupBox(title)
        box.setObjectName("callsSection")
        row = QHBoxLayout(box)
        row.setSpacing(SPACING * 2)
        titles = [
            self.tr("Date"),
            self.tr("By whom"),
            self.tr("Reached"),
            self.tr("How things are"),
            self.tr("What was arranged"),
            self.tr("Note"),
        ]
        model: RecordModel[FollowUpCall] = RecordModel(titles, self._cells)
        empty = self.tr("No calls recorded yet.")
        self.calls: RecordTable[FollowUpCall] = RecordTable("calls", title, model, empty)
        self.calls.table.doubleClicked.connect(lambda _index: self.change_call())
        # On the table: Enter opens the call, Del removes it (after asking).
        for keys, slot in (
            ("Return", self.change_call),
            ("Enter", self.change_call),
            ("Del", self.remove_call),
        ):
            QShortcut(QKeySequence(keys), self.calls.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        row.addWidget(self.calls, 1, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.register_button = self._button(
            self.tr("&Register call…"), "registerCallButton", self.register_call
        )
        self.change_button = self._button(self.tr("Change…"), "changeCallButton", self.change_call)
        self.remove_button = self._button(self.tr("Remove…"), "removeCallButton", self.remove_call)
        for button in (self.register_button, self.change_button, self.remove_button):
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        layout.addWidget(box)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _cells(self, call: FollowUpCall) -> tuple[str, ...]:
        return (
            format_date(call.day),
            call.by,
            self.tr("Yes") if call.reached else self.tr("No"),
            _one_line(call.how_things_are),
            _one_line(call.arranged),
            _one_line(call.note),
        )

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:  # noqa: ARG002
        """Show the plan's call as stored now. `read_only` does not apply: a discharged plan,
        read-only otherwise, still takes its calls; an active or archived one takes none."""
        self._detail = detail
        self._refresh()

    def _refresh(self) -> None:
        if self._detail is None:
            return
        plan_id = self._detail.plan.plan_id
        self._status = self._service.status(plan_id)
        self._show_banner()
        self.status_text.setText(self._status_text())
        self.status_text.setVisible(bool(self.status_text.text()))
        self.calls.set_rows(self._service.calls(plan_id))
        writable = self._writable()
        has_calls = self.calls.current() is not None
        self.register_button.setEnabled(writable)
        self.change_button.setEnabled(writable and has_calls)
        self.remove_button.setEnabled(writable and has_calls)

    def _writable(self) -> bool:
        return self._detail is not None and self._detail.plan.status is PlanStatus.DISCHARGED

    def _show_banner(self) -> None:
        """ "Call the patient by …" while the call is open; red once the date has passed."""
        due = self._status.due
        if self._status.state is not CallState.DUE or due is None or self._detail is None:
            self.banner.hide()
            return
        plan = self._detail.plan
        today = self._today()
        lines = [self.tr("☎ Call the patient by %1").replace("%1", format_date(due))]
        if due < today:
            late = self.tr("⚠ Call the patient by %1: %n day(s) overdue", "", (today - due).days)
            lines = [late.replace("%1", format_date(due))]
        attempts = self._status.attempts
        if attempts:
            tried = self.tr("Not reached on %1 (%n of %2 attempts made).", "", len(attempts))
            lines.append(tried.replace("%1", format_date(attempts[-1].day)).replace("%2", str(MAX_ATTEMPTS)))
        elif plan.actual_discharge is not None:
            lines.append(self.tr("Discharged %1.").replace("%1", format_date(plan.actual_discharge)))
        self.banner_text.setText("\n".join(lines))
        colour, background = (ERROR_COLOUR, "#fdecea") if due < today else ("#f2b705", "#fff8e1")
        self.banner.setStyleSheet(BANNER_STYLE.format(colour=colour, background=background))
        self.banner.show()

    def _status_text(self) -> str:
        state, attempts = self._status.state, self._status.attempts
        if state is CallState.NOT_YET:
            assert self._detail is not None
            planned = self._detail.plan.planned_discharge
            if planned is None:
                return self.tr(
                    "The call will be due 2–3 days after discharge. No discharge date is planned yet."
                )
            text = self.tr(
                "The call will be due 2–3 days after discharge: with discharge as planned on %1, by %2."
            )
            return text.replace("%1", format_date(planned)).replace(
                "%2", format_date(planned + CALL_AFTER_DISCHARGE)
            )
        if state is CallState.REACHED:
            reached = next(call for call in attempts if call.reached)
            return self.tr("The patient was reached on %1. No further call is due.").replace(
                "%1", format_date(reached.day)
            )
        if state is CallState.NOT_REACHED:
            return self.tr(
                "Not reached after %1 attempts. No further call is due; consider telling the patient's "
                "contact in the municipality."
            ).replace("%1", str(len(attempts)))
        if state is CallState.NONE:
            return self.tr("The plan is archived: no call is due.")
        return ""

    # Changing --------------------------------------------------------------

    def _run(self, call: Callable[[], Changes]) -> bool:
        """Perform `call`; the editor shows the changed area (and so this panel) again."""
        return self._perform(call)

    def register_call(self) -> None:
        if not self._writable() or self._detail is None:
            return
        plan = self._detail.plan
        today = self._today()
        start = FollowUpCall(CallId(0), plan.plan_id, today, self._user, reached=False)
        call = CallDialog.get_call(self, start, plan.actual_discharge, today)
        if call is not None:
            self._run(lambda: self._service.add_call(call, self._user)[1])

    def change_call(self) -> None:
        current = self.calls.current() if self._writable() else None
        if current is None or self._detail is None:
            return
        call = CallDialog.get_call(self, current, self._detail.plan.actual_discharge, self._today())
        if call is not None:
            self._run(lambda: self._service.update_call(call, self._user))

    def remove_call(self) -> None:
        current = self.calls.current() if self._writable() else None
        if current is None:
            return
        question = self.tr("Remove the call of %1 by %2?").replace("%1", format_date(current.day))
        if Messages.question(self, self.tr("Remove call"), question.replace("%2", current.by)):
            self._run(lambda: self._service.remove_call(current.call_id, self._user))
