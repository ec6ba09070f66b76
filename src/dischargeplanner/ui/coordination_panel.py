"""The Coordination area's "Individuell plan og ansvarsgruppe" tab: IP, koordinator, ansvarsgruppe, language.

Every change is stored as it is made (a tick, a choice, leaving a field), like the goal.
The ansvarsgruppe's members are the contacts ticked as members in the contact dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.coordination_model import Contact, ContactId, Coordination, IpRight
from dischargeplanner.domain.model import PlanDetail
from dischargeplanner.domain.services import Problem
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import GOAL_SAVE_DELAY_MS, DetailPanel
from dischargeplanner.ui.dialogs.contact_dialog import contact_role_text
from dischargeplanner.ui.dialogs.form import (
    buddy_label,
    date_edit,
    field_column,
    muted_label,
    row_of,
    tab_chain,
)
from dischargeplanner.ui.formatting import from_qdate, to_qdate
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import EnumCombo, error_label, scrolling

_IP_RIGHT_NAMES: dict[IpRight, object] = {
    IpRight.UNKNOWN: QT_TRANSLATE_NOOP("CoordinationTexts", "Not yet clarified"),
    IpRight.YES: QT_TRANSLATE_NOOP("CoordinationTexts", "Yes, has the right"),
    IpRight.NO: QT_TRANSLATE_NOOP("CoordinationTexts", "No"),
}


def ip_right_name(right: IpRight) -> str:
    return QCoreApplication.translate("CoordinationTexts", str(_IP_RIGHT_NAMES[right]))  # tr-dynamic


class CoordinationPanel(DetailPanel):
    """Shows and stores one plan's coordination record; every change goes through `perform`."""

    def __init__(
        self,
        service: CoordinationService,
        sharing: SharingService,
        user: str,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("coordinationPanel")
        self._service = service
        # Kept for the same constructor as the contacts tab (and consent-aware texts later on).
        self._sharing = sharing
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._read_only = True
        self._stored: Coordination | None = None
        self._contacts: list[Contact] = []
        # The requested date is stored shortly after it stops changing, and at once when focus leaves.
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(GOAL_SAVE_DELAY_MS)
        self._date_timer.timeout.connect(self.save)
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        _, layout = scrolling(self, "coordination")
        layout.setContentsMargins(0, SPACING, 0, 0)
        layout.setSpacing(SPACING)
        self._build_ip(layout)
        self._build_ansvarsgruppe(layout)
        self._build_language(layout)
        layout.addStretch(1)
        tab_chain(
            [
                self.ip_right, self.ip_requested_known, self.ip_requested, self.ip_exists, self.coordinator,
                self.ansvarsgruppe_exists, self.interpreter_needed, self.language, self.language_note,
            ]
        )  # fmt: skip

    def _build_ip(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Individuell plan"))
        box.setObjectName("ipSection")
        form = QFormLayout(box)
        form.setVerticalSpacing(SPACING)
        self.ip_right: EnumCombo[IpRight] = EnumCombo(IpRight, ip_right_name)
        self.ip_right.setObjectName("ipRight")
        self.ip_right.currentIndexChanged.connect(lambda _index: self.save())
        form.addRow(buddy_label(self.tr("Right to an individuell &plan"), self.ip_right), self.ip_right)
        self.ip_requested_known = QCheckBox(self.tr("Re&quested on"))
        self.ip_requested_known.setObjectName("ipRequestedKnown")
        self.ip_requested_known.toggled.connect(self._requested_toggled)
        self.ip_requested = date_edit("ipRequested", self._today())
        self.ip_requested.setAccessibleName(self.tr("Date the individuell plan was requested"))
        self.ip_requested.dateChanged.connect(lambda _date: self._date_changed())
        self.ip_requested.editingFinished.connect(self._date_finished)
        self.ip_requested_error = error_label(object_name="ipRequestedError")
        form.addRow(
            self.ip_requested_known,
            field_column(row_of(self.ip_requested), self.ip_requested_error),
        )
        self.ip_exists = QCheckBox(self.tr("An individuell plan &exists"))
        self.ip_exists.setObjectName("ipExists")
        self.ip_exists.toggled.connect(lambda _on: self.save())
        form.addRow(self.ip_exists)
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("coordinator")
        self.coordinator.currentIndexChanged.connect(lambda _index: self.save())
        hint = muted_label(
            self.tr("Add the coordinator as a contact first (Contacts tab), then choose them here."),
            "coordinatorHint",
        )
        form.addRow(
            buddy_label(self.tr("&Coordinator"), self.coordinator), field_column(self.coordinator, hint)
        )
        layout.addWidget(box)

    def _build_ansvarsgruppe(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Ansvarsgruppe"))
        box.setObjectName("ansvarsgruppeSection")
        column = QVBoxLayout(box)
        self.ansvarsgruppe_exists = QCheckBox(self.tr("An &ansvarsgruppe exists"))
        self.ansvarsgruppe_exists.setObjectName("ansvarsgruppeExists")
        self.ansvarsgruppe_exists.toggled.connect(lambda _on: self.save())
        column.addWidget(self.ansvarsgruppe_exists)
        self.members = QLabel()
        self.members.setObjectName("ansvarsgruppeMembers")
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.members)
        column.addWidget(
            muted_label(
                self.tr(
                    "Tick “Member of the ansvarsgruppe” for each member in the contact dialog (Contacts tab)."
                ),
                "ansvarsgruppeHint",
            )
        )
        layout.addWidget(box)

    def _build_language(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Interpreter and language"))
        box.setObjectName("languageSection")
        form = QFormLayout(box)
        form.setVerticalSpacing(SPACING)
        self.interpreter_needed = QCheckBox(self.tr("&Interpreter needed"))
        self.interpreter_needed.setObjectName("interpreterNeeded")
        self.interpreter_needed.toggled.connect(lambda _on: self.save())
        form.addRow(self.interpreter_needed)
        self.language = QLineEdit()
        self.language.setObjectName("language")
        self.language.setPlaceholderText(self.tr("e.g. Arabic, Polish, North Sami"))
        self.language.editingFinished.connect(self.save)
        form.addRow(buddy_label(self.tr("&Language"), self.language), self.language)
        self.language_note = QLineEdit()
        self.language_note.setObjectName("languageNote")
        self.language_note.setPlaceholderText(
            self.tr("e.g. phone interpreter is fine; never family as interpreter")
        )
        self.language_note.editingFinished.connect(self.save)
        form.addRow(buddy_label(self.tr("&Note"), self.language_note), self.language_note)
        layout.addWidget(box)

    def _editors(self) -> list[QWidget]:
        return [
            self.ip_right, self.ip_requested_known, self.ip_requested, self.ip_exists, self.coordinator,
            self.ansvarsgruppe_exists, self.interpreter_needed, self.language, self.language_note,
        ]  # fmt: skip

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; read-only plans show everything, change nothing."""
        self._detail = detail
        self._read_only = read_only
        plan_id = detail.plan.plan_id
        same_plan = self._stored is not None and self._stored.plan_id == plan_id
        if not same_plan:
            self._date_timer.stop()  # the editor flushes pending input (flush_pending) before it switches
        self._stored = self._service.coordination(plan_id)
        self._contacts = self._service.contacts(plan_id)
        self._show(self._stored, keep_typing=same_plan)
        for widget in self._editors():
            widget.setEnabled(not read_only)
        self.ip_requested.setEnabled(not read_only and self._stored.ip_requested is not None)

    def _show(self, stored: Coordination, *, keep_typing: bool) -> None:
        """Show `stored`; with `keep_typing`, a field being typed in keeps what is typed."""
        for widget in self._editors():
            widget.blockSignals(True)
        self.ip_right.set_value(stored.ip_right)
        self.ip_requested_known.setChecked(stored.ip_requested is not None)
        if not (keep_typing and (self.ip_requested.hasFocus() or self._date_timer.isActive())):
            self.ip_requested.setDate(to_qdate(stored.ip_requested or self._today()))
            self.ip_requested_error.hide()
        self.ip_exists.setChecked(stored.ip_exists)
        self._fill_coordinators(stored.coordinator)
        self.ansvarsgruppe_exists.setChecked(stored.ansvarsgruppe_exists)
        self.interpreter_needed.setChecked(stored.interpreter_needed)
        if not (keep_typing and self.language.hasFocus()):
            self.language.setText(stored.language)
        if not (keep_typing and self.language_note.hasFocus()):
            self.language_note.setText(stored.language_note)
        for widget in self._editors():
            widget.blockSignals(False)
        self.members.setText(self._members_text())

    def _fill_coordinators(self, selected: ContactId | None) -> None:
        self.coordinator.clear()
        self.coordinator.addItem(self.tr("No coordinator registered"), None)
        for contact in self._contacts:
            # Services only, and whoever is stored already (so nothing is hidden).
            if contact.role.can_be_responsible or contact.contact_id == selected:
                label = f"{contact.name} ({contact_role_text(contact)})"
                self.coordinator.addItem(label, int(contact.contact_id))
        if selected is not None:
            self.coordinator.setCurrentIndex(max(0, self.coordinator.findData(int(selected))))

    def _members_text(self) -> str:
        members = [c for c in self._contacts if c.in_ansvarsgruppe]
        if not members:
            return self.tr("No members marked yet.")
        lines = [self.tr("Members:")]
        lines += [f"• {c.name} ({contact_role_text(c)})" for c in members]
        return "\n".join(lines)

    # Changing --------------------------------------------------------------

    def _requested_toggled(self, known: bool) -> None:
        self.ip_requested.setEnabled(known and not self._read_only)
        self.save()

    def _date_changed(self) -> None:
        self._show_date_problem()
        self._date_timer.start()

    def _date_finished(self) -> None:
        if self._date_timer.isActive():
            self._date_timer.stop()
            self.save()

    def flush_pending(self) -> None:
        """Store a date still waiting for its delay (the editor leaves the plan)."""
        self._date_finished()

    def _show_date_problem(self) -> bool:
        """Say next to the field when the date is in the future; True when it is."""
        requested = self._requested()
        wrong = requested is not None and requested > self._today()
        self.ip_requested_error.setText(problem_text(Problem.DATE_IN_FUTURE) if wrong else "")
        self.ip_requested_error.setVisible(wrong)
        return wrong

    def _requested(self) -> date | None:
        return from_qdate(self.ip_requested.date()) if self.ip_requested_known.isChecked() else None

    def coordination(self) -> Coordination | None:
        """The record as shown on screen, or None before a plan is shown."""
        if self._stored is None:
            return None
        data = self.coordinator.currentData()
        return replace(
            self._stored,
            ip_right=self.ip_right.value(),
            ip_requested=self._requested(),
            ip_exists=self.ip_exists.isChecked(),
            coordinator=ContactId(int(data)) if data is not None else None,
            ansvarsgruppe_exists=self.ansvarsgruppe_exists.isChecked(),
            interpreter_needed=self.interpreter_needed.isChecked(),
            language=" ".join(self.language.text().split()),
            language_note=self.language_note.text().strip(),
        )

    def save(self) -> None:
        """Store what is on screen if it differs from what is stored; a date in the future waits, said."""
        self._date_timer.stop()
        changed = self.coordination()
        if self._read_only or changed is None or changed == self._stored or self._show_date_problem():
            return
        self._perform(lambda: self._service.save_coordination(changed, self._user))
