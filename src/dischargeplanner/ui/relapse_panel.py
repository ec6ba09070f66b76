"""The Crisis area's tab for brukerstyrt seng, returning after a relapse, and the procedure at brudd.

When the stay ended unplanned, the procedure written at admission is shown at the top,
with a button to record that it was followed: the one change a discharged plan takes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from dischargeplanner.domain.crisis import CrisisService, followed_after_discharge
from dischargeplanner.domain.crisis_model import (
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
    procedure_missing,
)
from dischargeplanner.domain.model import DischargeKind, Plan, PlanDetail, PlanStatus
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.dialogs.crisis_dialogs import (
    Followed,
    ProcedureFollowedDialog,
    ReturnAgreementDialog,
    UnplannedProcedureDialog,
    UserBedDialog,
    procedure_summary,
)
from dischargeplanner.ui.dialogs.form import tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.widgets import scrolling

BOX_STYLE = (
    "#procedureToFollow {{ border: 2px solid {colour}; border-radius: 4px; background: {background}; }}"
)
WARNING_STYLE = "color: #8a5a00; font-weight: bold;"


def _summary(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ended_unplanned(plan: Plan) -> bool:
    return plan.status is PlanStatus.DISCHARGED and plan.discharge_kind is DischargeKind.UNPLANNED


class RelapsePanel(DetailPanel):
    """Brukerstyrt seng, the return agreement and the procedure at brudd; changes go through `perform`."""

    def __init__(
        self, service: CrisisService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName("relapsePanel")
        self._crisis = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._read_only = True
        self._bed: UserBed | None = None
        self._agreement: ReturnAgreement | None = None
        self._procedure: UnplannedProcedure | None = None
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.scroll_area, self._content = scrolling(self, "relapse", across=False)
        self._content.setContentsMargins(0, SPACING, SPACING, SPACING)
        self._content.setSpacing(SPACING)
        self._build_to_follow()
        _, self.bed_summary, self.bed_button = self._section(
            self.tr("User-controlled bed (brukerstyrt seng)"), "bedSection", "bed", self.edit_bed
        )
        _, self.return_summary, self.return_button = self._section(
            self.tr("Returning to treatment after a relapse"), "returnSection", "return", self.edit_return
        )
        procedure_box, self.procedure_summary, self.procedure_button = self._section(
            self.tr("Procedure for an unplanned end (brudd)"),
            "procedureSection",
            "procedure",
            self.edit_procedure,
        )
        self.procedure_missing = _summary("procedureMissing")
        self.procedure_missing.setStyleSheet(WARNING_STYLE)
        self.procedure_missing.setText(
            self.tr(
                "⚠ No procedure for an unplanned end is recorded. Record it at admission: "
                "whom in the municipality to tell if the patient leaves early."
            )
        )
        procedure_box.insertWidget(0, self.procedure_missing)
        self._content.addStretch(1)
        tab_chain([self.followed_button, self.bed_button, self.return_button, self.procedure_button])

    def _build_to_follow(self) -> None:
        self.to_follow = QFrame()
        self.to_follow.setObjectName("procedureToFollow")
        row = QHBoxLayout(self.to_follow)
        row.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self.to_follow_text = _summary("procedureToFollowText")
        font = self.to_follow_text.font()
        font.setBold(True)
        self.to_follow_text.setFont(font)
        self.followed_text = _summary("procedureFollowed")
        texts = QVBoxLayout()
        texts.addWidget(self.to_follow_text)
        texts.addWidget(self.followed_text)
        self.followed_button = QPushButton(self.tr("Mark the procedure as &followed…"))
        self.followed_button.setObjectName("procedureFollowedButton")
        self.followed_button.clicked.connect(self.mark_followed)
        row.addLayout(texts, 1)
        row.addWidget(self.followed_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.to_follow.hide()
        self._content.addWidget(self.to_follow)

    def _section(
        self, title: str, name: str, key: str, slot: Callable[[], None]
    ) -> tuple[QVBoxLayout, QLabel, QPushButton]:
        """A titled box: the record in words on the left, its button on the right."""
        box = QGroupBox(title)
        box.setObjectName(name)
        row = QHBoxLayout(box)
        row.setSpacing(SPACING * 2)
        content = QVBoxLayout()
        summary = _summary(f"{key}Summary")
        content.addWidget(summary)
        content.addStretch(1)
        button = QPushButton()
        button.setObjectName(f"{key}Button")
        button.clicked.connect(slot)
        row.addLayout(content, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._content.addWidget(box)
        return content, summary, button

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; read-only plans show everything, change nothing."""
        if self._detail is None or self._detail.plan.plan_id != detail.plan.plan_id:
            self.scroll_area.verticalScrollBar().setValue(0)
        self._detail = detail
        self._read_only = read_only
        plan_id = detail.plan.plan_id
        self._bed = self._crisis.bed(plan_id)
        self._agreement = self._crisis.return_agreement(plan_id)
        self._procedure = self._crisis.procedure(plan_id)
        self.bed_summary.setText(self._bed_text(self._bed))
        self.return_summary.setText(self._return_text(self._agreement))
        self.procedure_summary.setText(self._procedure_text(self._procedure))
        missing = procedure_missing(self._procedure)
        self.procedure_missing.setVisible(missing and detail.plan.status is PlanStatus.ACTIVE)
        self._show_to_follow(detail.plan, self._procedure)
        self.bed_button.setText(
            self.tr("Change the &contract…") if self._bed.has_contract else self.tr("Record a &contract…")
        )
        self.return_button.setText(
            self.tr("Change the &agreement…") if self._agreement.text else self.tr("Record an &agreement…")
        )
        self.procedure_button.setText(
            self.tr("&Record the procedure…") if missing else self.tr("Change the &procedure…")
        )
        for button in (self.bed_button, self.return_button, self.procedure_button):
            button.setEnabled(not read_only)
        self.followed_button.setEnabled(ended_unplanned(detail.plan))

    def _show_to_follow(self, plan: Plan, procedure: UnplannedProcedure) -> None:
        """The prominent box after an unplanned end: what to do, and whether it was done."""
        if not ended_unplanned(plan):
            self.to_follow.hide()
            return
        ended = self.tr("The stay ended unplanned (brudd) %1.").replace(
            "%1", format_date(plan.actual_discharge) if plan.actual_discharge else ""
        )
        if procedure_missing(procedure):
            todo = self.tr(
                "No procedure was recorded at admission. The municipality must still be told today."
            )
        else:
            todo = self.tr("Procedure: %1").replace("%1", procedure_summary(procedure))
        self.to_follow_text.setText(f"{ended}\n{todo}")
        followed = followed_after_discharge(plan, procedure)
        if followed and procedure.followed_on is not None:
            text = self.tr("Followed %1 by %2.").replace("%1", format_date(procedure.followed_on))
            text = text.replace("%2", procedure.followed_by)
            if procedure.followed_note:
                text = f"{text}\n{procedure.followed_note}"
            colour, background = "#2e7d32", "#e8f5e9"
        else:
            text = self.tr("Not marked as followed yet.")
            colour, background = ERROR_COLOUR, "#fdecea"
        self.followed_text.setText(text)
        self.to_follow.setStyleSheet(BOX_STYLE.format(colour=colour, background=background))
        self.to_follow.show()

    def _bed_text(self, bed: UserBed) -> str:
        if not bed.has_contract:
            return self.tr(
                "No contract. With a contract the patient can decide to come in for a few days "
                "when things get hard, without a referral."
            )
        period = self.tr("%1 to %2").replace(
            "%1", format_date(bed.contract_from) if bed.contract_from else ""
        )
        period = period.replace("%2", format_date(bed.contract_to) if bed.contract_to else "")
        limits = self.tr("At most %n day(s) a stay", "", bed.max_days_per_stay)
        if bed.min_days_between:
            between = self.tr("at least %n day(s) between stays", "", bed.min_days_between)
            limits = f"{limits}, {between}"
        lines = [
            self.tr("Contract with %1, %2.").replace("%1", bed.institution).replace("%2", period),
            f"{limits}.",
        ]
        if bed.how_to_ask:
            lines.append(self.tr("How to ask for it: %1").replace("%1", bed.how_to_ask))
        return "\n".join(lines)

    def _return_text(self, agreement: ReturnAgreement) -> str:
        if not agreement.text:
            return self.tr(
                "No agreement yet. Agree with the patient how to come back to treatment after a relapse."
            )
        lines = [agreement.text]
        if agreement.agreed_on is not None:
            agreed = self.tr("Agreed %1").replace("%1", format_date(agreement.agreed_on))
            if agreement.agreed_with:
                agreed = self.tr("Agreed %1 with %2").replace("%1", format_date(agreement.agreed_on))
                agreed = agreed.replace("%2", agreement.agreed_with)
            lines.append(f"{agreed}.")
        return "\n".join(lines)

    def _procedure_text(self, procedure: UnplannedProcedure) -> str:
        if procedure_missing(procedure):
            return self.tr("Not recorded.")
        lines = [procedure_summary(procedure)]
        if procedure.recorded_on is not None:
            recorded = self.tr("Recorded %1 by %2.").replace("%1", format_date(procedure.recorded_on))
            lines.append(recorded.replace("%2", procedure.recorded_by))
        return "\n".join(lines)

    # Changing --------------------------------------------------------------

    def _writable(self) -> bool:
        return self._detail is not None and not self._read_only

    def edit_bed(self) -> None:
        if not self._writable() or self._bed is None:
            return
        bed = UserBedDialog.get_bed(self, self._bed, self._today())
        if bed is not None:
            self._perform(lambda: self._crisis.save_bed(bed, self._user))

    def edit_return(self) -> None:
        if not self._writable() or self._agreement is None:
            return
        agreement = ReturnAgreementDialog.get_agreement(self, self._agreement, self._today())
        if agreement is not None:
            self._perform(lambda: self._crisis.save_return_agreement(agreement, self._user))

    def edit_procedure(self) -> None:
        if not self._writable() or self._procedure is None:
            return
        procedure = UnplannedProcedureDialog.get_procedure(self, self._procedure)
        if procedure is not None:
            self._perform(lambda: self._crisis.save_procedure(procedure, self._user))

    def mark_followed(self) -> None:
        """Record that the procedure was followed: allowed although the discharged plan is read-only."""
        if self._detail is None or self._procedure is None or not ended_unplanned(self._detail.plan):
            return
        plan = self._detail.plan
        stored = self._procedure
        if followed_after_discharge(plan, stored) and stored.followed_on is not None:
            start = Followed(stored.followed_on, stored.followed_by, stored.followed_note)
        else:
            start = Followed(self._today(), self._user)
        followed = ProcedureFollowedDialog.get_followed(self, plan, start, self._today())
        if followed is not None:
            self._perform(
                lambda: self._crisis.mark_followed(
                    plan.plan_id, followed.day, followed.by, followed.note, self._user
                )
            )
