"""Recording one attempt to call the patient after discharge: when, by whom, reached or not, what was said.

Problems show under their field while typing; OK stays disabled until the call can be
stored (and, for a new call, until "reached" is answered). Nothing typed is thrown away.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QButtonGroup, QDialog, QLineEdit, QRadioButton, QWidget

from dischargeplanner.domain.follow_up_call import FollowUpCall, validate_call
from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.services import Issue
from dischargeplanner.ui.dialogs.form import date_edit, field_column, limit_length, muted_label, row_of
from dischargeplanner.ui.dialogs.record_form import SelfHelpForm, text_box
from dischargeplanner.ui.formatting import from_qdate


class CallDialog(SelfHelpForm):
    """One attempt to call the patient; for a new one, "reached" must be answered before OK."""

    def __init__(
        self, start: FollowUpCall, discharged: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__("callDialog", parent)
        changing = bool(start.call_id)
        self.setWindowTitle(self.tr("Change follow-up call") if changing else self.tr("Follow-up call"))
        self._start = start
        self._discharged = discharged
        self._today = today
        # The date always says what is wrong; the name once the user has been there.
        self.field_errors.touched = {"day"} | ({"by"} if changing else set())
        self.explain(
            self.tr(
                "Ask how things are going since discharge: housing, money, the first appointments, "
                "self-help, cravings. Did the municipality get the handover? Agree on what happens next."
            ),
            "callExplanation",
        )
        self.day = date_edit("callDay", start.day)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day), "day")
        self.by = QLineEdit(start.by)
        limit_length(self.by, LINE_MAX)
        self.by.setObjectName("callBy")
        self.add_row(self.tr("&By whom"), self.by, key="by")
        self._build_reached(changing)
        self.how_things_are = text_box(
            start.how_things_are,
            "callHowThingsAre",
            self.tr("e.g. staying with his sister, sleeping badly, has not used"),
        )
        self.add_row(self.tr("&How things are"), self.how_things_are)
        self.arranged = text_box(
            start.arranged,
            "callArranged",
            self.tr(
                "e.g. the GP appointment is moved to Friday; the municipality's contact visits on Monday"
            ),
        )
        self.add_row(self.tr("What was &arranged"), self.arranged)
        self.note = text_box(start.note, "callNote", self.tr("Anything else worth knowing"))
        self.add_row(self.tr("&Note"), self.note)
        self.day.dateChanged.connect(lambda _date: self.validate())
        self.by.textChanged.connect(lambda _text: self.touch("by"))
        self.finish([self.day, self.by, self.reached_yes, self.how_things_are, self.arranged, self.note])

    def _build_reached(self, changing: bool) -> None:
        self.reached_yes = QRadioButton(self.tr("&Yes, we talked"))
        self.reached_yes.setObjectName("callReachedYes")
        self.reached_no = QRadioButton(self.tr("N&o, not reached"))
        self.reached_no.setObjectName("callReachedNo")
        self._reached = QButtonGroup(self)
        for button in (self.reached_yes, self.reached_no):
            self._reached.addButton(button)
        if changing:  # a new call is answered on purpose, never by a default
            (self.reached_yes if self._start.reached else self.reached_no).setChecked(True)
        for button in (self.reached_yes, self.reached_no):
            button.toggled.connect(lambda _checked: self.validate())
        self.reached_hint = muted_label(self.tr("Was the patient reached?"), "callReachedHint")
        cell = field_column(row_of(self.reached_yes, self.reached_no), self.reached_hint)
        self.add_row(self.tr("Patient reached"), self.reached_yes, cell)
        self.reached_yes.setAccessibleName(self.reached_yes.text().replace("&", ""))
        self.reached_no.setAccessibleName(self.reached_no.text().replace("&", ""))

    def ready(self) -> bool:
        answered = self.reached_yes.isChecked() or self.reached_no.isChecked()
        self.reached_hint.setVisible(not answered)
        return answered

    def problems(self) -> list[Issue]:
        return validate_call(self.call(), self._discharged, self._today)

    def call(self) -> FollowUpCall:
        """The call as filled in (reached is False until answered: OK waits for the answer)."""
        return replace(
            self._start,
            day=from_qdate(self.day.date()),
            by=" ".join(self.by.text().split()),
            reached=self.reached_yes.isChecked(),
            how_things_are=self.how_things_are.toPlainText().strip(),
            arranged=self.arranged.toPlainText().strip(),
            note=self.note.toPlainText().strip(),
        )

    @classmethod
    def get_call(
        cls, parent: QWidget | None, start: FollowUpCall, discharged: date | None, today: date
    ) -> FollowUpCall | None:
        """Record or change a call; the call, or None when cancelled."""
        dialog = cls(start, discharged, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.call()
        return None
