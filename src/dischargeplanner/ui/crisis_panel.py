"""The Crisis area's "Kriseplan" tab: warning signs, what helps, whom to call, and the risk notes.

Every field is stored shortly after typing stops and at once when the keyboard leaves it,
as the goal is. A phone number that cannot be one is kept as typed, with a message under it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.crisis_model import CrisisPlan, CrisisText
from dischargeplanner.domain.model import PlanDetail
from dischargeplanner.domain.selfhelp import phone_ok
from dischargeplanner.domain.services import Problem
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import GOAL_SAVE_DELAY_MS, DetailPanel, GoalEdit, SaveText
from dischargeplanner.ui.dialogs.form import buddy_label, field_column, muted_label, tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import error_label, scrolling

# Height of the multi-line fields, in lines of text.
TEXT_LINES = 4
_CAMEL = {
    CrisisText.WARNING_SIGNS: "warningSigns",
    CrisisText.WHAT_HELPS: "whatHelps",
    CrisisText.DAY_CONTACT: "dayContact",
    CrisisText.DAY_PHONE: "dayPhone",
    CrisisText.NIGHT_CONTACT: "nightContact",
    CrisisText.NIGHT_PHONE: "nightPhone",
    CrisisText.HOW_TO_MEET: "howToMeet",
    CrisisText.RISK_NOTES: "riskNotes",
}


class SavingLineEdit(QLineEdit):
    """A line that stores its text shortly after typing stops, and at once when focus leaves."""

    def __init__(self, save: SaveText) -> None:
        super().__init__()
        self._save = save
        self.unsaved = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GOAL_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textEdited.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """As GoalEdit.flush: a refused text stays in the field, marked unsaved."""
        self._timer.stop()
        typed = self.text()
        self.unsaved = self._save(typed) is False
        if self.unsaved:
            self.set_text_quietly(typed)

    def flush_pending(self) -> None:
        if self._timer.isActive():
            self.flush()

    def discard_pending(self) -> None:
        self._timer.stop()

    def set_text_quietly(self, text: str) -> None:
        if text != self.text():
            self.setText(text)  # setText does not emit textEdited

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush_pending()
        super().focusOutEvent(event)


class CrisisTextEdit(GoalEdit):
    """A multi-line kriseplan field: stored as the goal is."""

    def discard_pending(self) -> None:
        self._timer.stop()


Field = SavingLineEdit | CrisisTextEdit


class CrisisPanel(DetailPanel):
    """Shows one plan's kriseplan and risk notes; every change goes through `perform`."""

    def __init__(
        self, service: CrisisService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName("crisisPanel")
        self._crisis = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._record: CrisisPlan | None = None
        self._read_only = True
        self.fields: dict[CrisisText, Field] = {}
        self.errors: dict[CrisisText, QLabel] = {}
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.scroll_area, self._content = scrolling(self, "crisis", across=False)
        self._content.setContentsMargins(0, SPACING, SPACING, SPACING)
        self._content.setSpacing(SPACING)

        empty = self.tr(
            "No kriseplan yet. Write it together with the patient: the first signs that things are "
            "getting hard, what helps, whom to call by day and at night, and how they want to be met."
        )
        self.empty_hint = muted_label(empty, "crisisEmpty")
        self._content.addWidget(self.empty_hint)
        self.updated = muted_label("", "crisisUpdated")
        self._content.addWidget(self.updated)
        self._build_plan()
        self._build_risk()
        self._content.addStretch(1)
        tab_chain(list(self.fields.values()))

    def _build_plan(self) -> None:
        box = QGroupBox(self.tr("Crisis plan"))
        box.setObjectName("crisisPlanSection")
        form = QFormLayout(box)
        form.setVerticalSpacing(SPACING)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._text_row(form, CrisisText.WARNING_SIGNS, self.tr("Early &warning signs"),
                       self.tr("What others and the patient notice first, one sign a line"))  # fmt: skip
        self._text_row(form, CrisisText.WHAT_HELPS, self.tr("What &helps"),
                       self.tr("What the patient can do, and what others can do"))  # fmt: skip
        self._call_row(
            form,
            (CrisisText.DAY_CONTACT, CrisisText.DAY_PHONE),
            self.tr("Call in the &daytime"),
            self.tr("e.g. the municipality's ruskonsulent"),
        )
        self._call_row(
            form,
            (CrisisText.NIGHT_CONTACT, CrisisText.NIGHT_PHONE),
            self.tr("Call evenings, &nights and weekends"),
            self.tr("e.g. Legevakt"),
        )
        self._text_row(form, CrisisText.HOW_TO_MEET, self.tr("How the patient wants to be &met"),
                       self.tr("In the patient's own words"))  # fmt: skip
        self._content.addWidget(box)

    def _build_risk(self) -> None:
        box = QGroupBox(self.tr("Risk notes for the municipality"))
        box.setObjectName("riskSection")
        layout = QVBoxLayout(box)
        explanation = self.tr(
            "Written by the ward for the municipality's handover, e.g. lower tolerance after the stay "
            "(risk of overdose), violence, or risk of suicide. Not in the patient's own copy."
        )
        layout.addWidget(muted_label(explanation, "riskExplanation"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._text_row(form, CrisisText.RISK_NOTES, self.tr("&Risk notes"),
                       self.tr("What the municipality should know and watch for"))  # fmt: skip
        layout.addLayout(form)
        self._content.addWidget(box)

    def _text_row(self, form: QFormLayout, field: CrisisText, label: str, placeholder: str) -> None:
        edit = CrisisTextEdit(self._saver(field))
        edit.setObjectName(_CAMEL[field])
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        self.fields[field] = edit
        form.addRow(buddy_label(label, edit), edit)

    def _call_row(
        self, form: QFormLayout, fields: tuple[CrisisText, CrisisText], label: str, placeholder: str
    ) -> None:
        who_field, phone_field = fields
        who = SavingLineEdit(self._saver(who_field))
        who.setObjectName(_CAMEL[who_field])
        who.setPlaceholderText(placeholder)
        phone = SavingLineEdit(self._saver(phone_field))
        phone.setObjectName(_CAMEL[phone_field])
        phone.setPlaceholderText(self.tr("Phone"))
        phone.setMaximumWidth(phone.fontMetrics().horizontalAdvance("+47 000 00 000") + 24)
        error = error_label(object_name=f"{_CAMEL[phone_field]}Error")
        self.fields[who_field] = who
        self.fields[phone_field] = phone
        self.errors[phone_field] = error
        row_label = buddy_label(label, who)
        name = label.replace("&", "")
        who.setAccessibleName(self.tr("%1: name or service").replace("%1", name))
        phone.setAccessibleName(self.tr("%1: phone").replace("%1", name))
        line = QWidget()
        across = QHBoxLayout(line)
        across.setContentsMargins(0, 0, 0, 0)
        across.addWidget(who, 1)
        across.addWidget(phone)
        form.addRow(row_label, field_column(line, error))

    def _saver(self, field: CrisisText) -> SaveText:
        return lambda text: self._save(field, text)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; what is being typed is left alone."""
        another_plan = self._detail is None or self._detail.plan.plan_id != detail.plan.plan_id
        if another_plan:
            self.scroll_area.verticalScrollBar().setValue(0)
            for edit in self.fields.values():
                edit.discard_pending()  # the editor stored them before it left the plan
            for error in self.errors.values():
                error.hide()
        self._detail = detail
        self._read_only = read_only
        record = self._crisis.crisis_plan(detail.plan.plan_id)
        self._record = record
        for field, edit in self.fields.items():
            if another_plan:
                edit.unsaved = False
            keep_typed = not another_plan and (edit.hasFocus() or edit.unsaved or self._error_shown(field))
            if not keep_typed:
                edit.set_text_quietly(record.text(field))
            edit.setReadOnly(read_only)
        self.empty_hint.setVisible(record.is_empty)
        if record.updated_on is None:
            self.updated.setText(self.tr("Not written yet."))
        else:
            updated = self.tr("Last updated %1 by %2.").replace("%1", format_date(record.updated_on))
            self.updated.setText(updated.replace("%2", record.updated_by))

    def _error_shown(self, field: CrisisText) -> bool:
        error = self.errors.get(field)
        return error is not None and not error.isHidden()

    def flush_pending(self) -> None:
        """Store what is typed but not yet saved (the editor calls this before leaving the plan)."""
        for edit in self.fields.values():
            edit.flush_pending()

    # Changing --------------------------------------------------------------

    def _save(self, field: CrisisText, text: str) -> bool | None:
        if self._detail is None or self._record is None or self._read_only:
            return None
        if field.is_phone and not self._phone_shown_ok(field, text):
            return None
        if text.strip() == self._record.text(field):
            return None
        plan_id = self._detail.plan.plan_id
        return self._perform(lambda: self._crisis.set_crisis_text(plan_id, field, text, self._user))

    def _phone_shown_ok(self, field: CrisisText, text: str) -> bool:
        """Say under the field when `text` cannot be a phone number; True when it can."""
        error = self.errors[field]
        ok = phone_ok(text)
        error.setText("" if ok else problem_text(Problem.PHONE_INVALID))
        error.setVisible(not ok)
        return ok
