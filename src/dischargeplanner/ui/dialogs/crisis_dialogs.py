"""Recording brukerstyrt seng, the return agreement, the procedure at brudd, and that it was followed.

Problems show under their field while typing; OK stays disabled until the record can
be stored, and nothing typed is thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QSpinBox, QWidget

from dischargeplanner.domain.crisis import (
    validate_bed,
    validate_followed,
    validate_procedure,
    validate_return_agreement,
)
from dischargeplanner.domain.crisis_model import (
    MAX_DAYS_PER_STAY_RANGE,
    MIN_DAYS_BETWEEN_RANGE,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
    default_contract_end,
)
from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.model import Plan
from dischargeplanner.domain.services import Issue
from dischargeplanner.ui.dialogs.form import date_edit, limit_length, row_of
from dischargeplanner.ui.dialogs.record_form import SelfHelpForm, text_box
from dischargeplanner.ui.formatting import from_qdate, to_qdate


def procedure_summary(procedure: UnplannedProcedure) -> str:
    """'Tell Kari Eksempel (phone 12 34 56 78). Who does it: the contact at the ward. Also: …'."""
    who = procedure.notify or QCoreApplication.translate("ProcedureText", "the municipality")
    if procedure.notify_phone:
        tell = QCoreApplication.translate("ProcedureText", "Tell %1 (phone %2).")
        tell = tell.replace("%1", who).replace("%2", procedure.notify_phone)
    else:
        tell = QCoreApplication.translate("ProcedureText", "Tell %1.").replace("%1", who)
    parts = [tell]
    if procedure.told_by:
        done_by = QCoreApplication.translate("ProcedureText", "Who does it: %1.")
        parts.append(done_by.replace("%1", procedure.told_by))
    if procedure.also_do:
        also = " ".join(procedure.also_do.split())
        also = also if also.endswith((".", "!", "?")) else f"{also}."
        parts.append(QCoreApplication.translate("ProcedureText", "Also: %1").replace("%1", also))
    return " ".join(parts)


def _line(text: str, name: str, placeholder: str = "") -> QLineEdit:
    edit = limit_length(QLineEdit(text), LINE_MAX)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _days(name: str, value: int, bounds: tuple[int, int]) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(*bounds)
    box.setValue(min(max(value, bounds[0]), bounds[1]))
    return box


class UserBedDialog(SelfHelpForm):
    """A brukerstyrt-seng contract: where, for how long, the limits, and how the patient asks."""

    def __init__(self, start: UserBed, today: date, parent: QWidget | None = None) -> None:
        super().__init__("userBedDialog", parent)
        self.setWindowTitle(self.tr("User-controlled bed"))
        self._start = start
        self.field_errors.touched = {"contract_to", "max_days_per_stay", "min_days_between"}
        if start.has_contract:
            self.field_errors.touched.add("institution")
        self.explain(
            self.tr(
                "The patient decides when to use the bed. A contract usually runs six months, "
                "with at most 5 days a stay and at least 14 days between stays."
            ),
            "userBedExplanation",
        )
        self.has_contract = QCheckBox(self.tr("The patient &has a contract"))
        self.has_contract.setObjectName("bedHasContract")
        self.has_contract.setChecked(start.has_contract)
        self.form.addRow(self.has_contract)
        self.institution = _line(
            start.institution, "bedInstitution", self.tr("e.g. the ward's own crisis bed")
        )
        self.add_row(self.tr("&Institution"), self.institution, key="institution")
        begins = start.contract_from or today
        self.contract_from = date_edit("bedFrom", begins)
        self.add_row(self.tr("Contract &from"), self.contract_from, row_of(self.contract_from))
        self.contract_to = date_edit("bedTo", start.contract_to or default_contract_end(begins))
        self.add_row(self.tr("Contract &to"), self.contract_to, row_of(self.contract_to), "contract_to")
        self.max_days = _days("bedMaxDays", start.max_days_per_stay, MAX_DAYS_PER_STAY_RANGE)
        self.max_days.setSuffix(self.tr(" days"))
        self.add_row(self.tr("At &most per stay"), self.max_days, row_of(self.max_days), "max_days_per_stay")
        self.min_days = _days("bedMinDays", start.min_days_between, MIN_DAYS_BETWEEN_RANGE)
        self.min_days.setSuffix(self.tr(" days"))
        self.add_row(
            self.tr("At &least between stays"), self.min_days, row_of(self.min_days), "min_days_between"
        )
        self.how_to_ask = text_box(
            start.how_to_ask, "bedHowToAsk", self.tr("The phone number to call, and what to say")
        )
        self.add_row(self.tr("How to &ask for it"), self.how_to_ask)
        # A new start date moves a six-month end along, until the user sets the end.
        self._end_follows_start = start.contract_to is None
        self.contract_from.dateChanged.connect(lambda _date: self._start_changed())
        self.contract_to.dateChanged.connect(lambda _date: self._end_changed())
        self.has_contract.toggled.connect(lambda _on: self._contract_toggled())
        self.institution.textChanged.connect(lambda _text: self.touch("institution"))
        self.max_days.valueChanged.connect(lambda _value: self.validate())
        self.min_days.valueChanged.connect(lambda _value: self.validate())
        chain: list[QWidget] = [self.has_contract, self.institution, self.contract_from, self.contract_to]
        self.finish([*chain, self.max_days, self.min_days, self.how_to_ask])

    def _start_changed(self) -> None:
        if self._end_follows_start:
            self.contract_to.blockSignals(True)
            self.contract_to.setDate(to_qdate(default_contract_end(from_qdate(self.contract_from.date()))))
            self.contract_to.blockSignals(False)
        self.validate()

    def _end_changed(self) -> None:
        self._end_follows_start = False
        self.validate()

    def _contract_toggled(self) -> None:
        if self.has_contract.isChecked():
            self.field_errors.touched.add("institution")
        self.validate()

    def problems(self) -> list[Issue]:
        return validate_bed(self.bed())

    def bed(self) -> UserBed:
        return replace(
            self._start,
            has_contract=self.has_contract.isChecked(),
            institution=" ".join(self.institution.text().split()),
            contract_from=from_qdate(self.contract_from.date()),
            contract_to=from_qdate(self.contract_to.date()),
            max_days_per_stay=self.max_days.value(),
            min_days_between=self.min_days.value(),
            how_to_ask=self.how_to_ask.toPlainText().strip(),
        )

    @classmethod
    def get_bed(cls, parent: QWidget | None, start: UserBed, today: date) -> UserBed | None:
        """Record or change the contract; the bed as entered, or None when cancelled."""
        dialog = cls(start, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.bed()
        return None


class ReturnAgreementDialog(SelfHelpForm):
    """What was agreed about coming back to treatment after a relapse, when and with whom."""

    def __init__(self, start: ReturnAgreement, today: date, parent: QWidget | None = None) -> None:
        super().__init__("returnAgreementDialog", parent)
        self.setWindowTitle(self.tr("Returning after a relapse"))
        self._start = start
        self._today = today
        self.field_errors.touched = {"agreed_on"} | ({"text"} if start.text else set())
        self.explain(
            self.tr(
                "A relapse is common and no failure. Agree with the patient how to come back to "
                "treatment quickly: whom to call, and what the ward and the municipality will do."
            ),
            "returnExplanation",
        )
        self.text = text_box(start.text, "returnText", self.tr("What was agreed"))
        self.add_row(self.tr("&Agreement"), self.text, key="text")
        self.agreed_on = date_edit("returnAgreedOn", start.agreed_on or today)
        self.add_row(self.tr("Agreed &on"), self.agreed_on, row_of(self.agreed_on), "agreed_on")
        self.agreed_with = _line(
            start.agreed_with, "returnAgreedWith", self.tr("e.g. the patient and the municipality's contact")
        )
        self.add_row(self.tr("Agreed &with"), self.agreed_with)
        self.text.textChanged.connect(lambda: self.touch("text"))
        self.agreed_on.dateChanged.connect(lambda _date: self.validate())
        self.agreed_with.textChanged.connect(lambda _text: self.validate())
        self.finish([self.text, self.agreed_on, self.agreed_with])

    def problems(self) -> list[Issue]:
        return validate_return_agreement(self.agreement(), self._today)

    def agreement(self) -> ReturnAgreement:
        return replace(
            self._start,
            text=self.text.toPlainText().strip(),
            agreed_on=from_qdate(self.agreed_on.date()),
            agreed_with=" ".join(self.agreed_with.text().split()),
        )

    @classmethod
    def get_agreement(
        cls, parent: QWidget | None, start: ReturnAgreement, today: date
    ) -> ReturnAgreement | None:
        """Record or change the agreement; it, or None when cancelled."""
        dialog = cls(start, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.agreement()
        return None


class UnplannedProcedureDialog(SelfHelpForm):
    """Who is told if the stay ends unplanned (brudd), who at the ward tells them, and what else to do."""

    def __init__(self, start: UnplannedProcedure, parent: QWidget | None = None) -> None:
        super().__init__("unplannedProcedureDialog", parent)
        self.setWindowTitle(self.tr("Procedure for an unplanned end"))
        self._start = start
        self.field_errors.touched = {"notify"} if start.notify else set()
        self.explain(
            self.tr(
                "Write it at admission: if the patient leaves or is discharged early, "
                "the municipality must be told the same day."
            ),
            "procedureExplanation",
        )
        self.notify = _line(start.notify, "procedureNotify", self.tr("e.g. Kari Eksempel, ruskonsulent"))
        self.add_row(self.tr("&Tell in the municipality"), self.notify, key="notify")
        self.notify_phone = _line(start.notify_phone, "procedureNotifyPhone", self.tr("e.g. 912 34 567"))
        self.add_row(self.tr("&Phone"), self.notify_phone, key="notify_phone")
        self.told_by = _line(
            start.told_by, "procedureToldBy", self.tr("e.g. the patient's contact at the ward")
        )
        self.add_row(self.tr("&Who at the ward tells them"), self.told_by)
        self.also_do = text_box(
            start.also_do,
            "procedureAlsoDo",
            self.tr("e.g. tell next of kin, when the patient consents to it"),
        )
        self.add_row(self.tr("What &else to do"), self.also_do)
        self.notify.textChanged.connect(lambda _text: self.touch("notify"))
        self.notify_phone.textChanged.connect(lambda _text: self.touch("notify_phone"))
        self.finish([self.notify, self.notify_phone, self.told_by, self.also_do])

    def problems(self) -> list[Issue]:
        return validate_procedure(self.procedure())

    def procedure(self) -> UnplannedProcedure:
        return replace(
            self._start,
            notify=" ".join(self.notify.text().split()),
            notify_phone=self.notify_phone.text().strip(),
            told_by=" ".join(self.told_by.text().split()),
            also_do=self.also_do.toPlainText().strip(),
        )

    @classmethod
    def get_procedure(cls, parent: QWidget | None, start: UnplannedProcedure) -> UnplannedProcedure | None:
        """Record or change the procedure; it, or None when cancelled."""
        dialog = cls(start, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.procedure()
        return None


@dataclass(frozen=True)
class Followed:
    """That the procedure at brudd was followed: on which day, by whom, and a note."""

    day: date
    by: str
    note: str = ""


class ProcedureFollowedDialog(SelfHelpForm):
    """Marks the procedure at brudd as followed, for a plan whose stay ended unplanned."""

    def __init__(self, plan: Plan, start: Followed, today: date, parent: QWidget | None = None) -> None:
        super().__init__("procedureFollowedDialog", parent)
        self.setWindowTitle(self.tr("Procedure followed"))
        self._plan = plan
        self._today = today
        self.field_errors.touched = {"followed_on", "followed_by"} if start.by else {"followed_on"}
        self.explain(
            self.tr("Record that the municipality was told, and what else was done."),
            "followedExplanation",
        )
        self.day = date_edit("followedOn", start.day)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day), "followed_on")
        self.by = _line(start.by, "followedBy")
        self.add_row(self.tr("&By whom"), self.by, key="followed_by")
        self.note = text_box(start.note, "followedNote", self.tr("Whom you spoke to, and what was agreed"))
        self.add_row(self.tr("&Note"), self.note)
        self.day.dateChanged.connect(lambda _date: self.validate())
        self.by.textChanged.connect(lambda _text: self.touch("followed_by"))
        self.finish([self.day, self.by, self.note])

    def problems(self) -> list[Issue]:
        followed = self.followed()
        return validate_followed(self._plan, followed.day, followed.by, self._today)

    def followed(self) -> Followed:
        return Followed(
            from_qdate(self.day.date()), " ".join(self.by.text().split()), self.note.toPlainText().strip()
        )

    @classmethod
    def get_followed(
        cls, parent: QWidget | None, plan: Plan, start: Followed, today: date
    ) -> Followed | None:
        """Ask when and by whom the procedure was followed; None when cancelled."""
        dialog = cls(plan, start, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.followed()
        return None
