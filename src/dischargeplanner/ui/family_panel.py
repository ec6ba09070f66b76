"""The Family area's "Barn og familie" tab: the patient's children, barn som pårørende
conversations, barnevern (only with the patient's consent) and family services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.family_model import (
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    Participant,
)
from dischargeplanner.domain.model import Changes, PlanDetail
from dischargeplanner.ui.actions_panel import Perform
from dischargeplanner.ui.area_page import DetailPanel
from dischargeplanner.ui.dialogs.family_dialogs import (
    BarnevernDialog,
    ChildDialog,
    ConversationDialog,
    FamilyServicesDialog,
    involved_name,
    participant_name,
    support_name,
)
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.record_table import RecordModel, RecordTable
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.widgets import button_section, scrolling

# A section's button: its text, object name and what it does.
Button = tuple[str, str, Callable[[], None]]


def _summary(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _TableKeys(QObject):
    """Enter opens the selected record, Delete removes it (after asking)."""

    def __init__(self, parent: QObject, open_record: Callable[[], None] | None, remove: Callable[[], None]):
        super().__init__(parent)
        self._open = open_record
        self._remove = remove

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._open is not None:
                self._open()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._remove()
                return True
        return super().eventFilter(watched, event)


class FamilyPanel(DetailPanel):
    """Shows one plan's children and family; every change goes through `perform`."""

    def __init__(
        self, service: FamilyService, user: str, perform: Perform, today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName("familyPanel")
        self._service = service
        self._user = user
        self._perform = perform
        self._today = today
        self._detail: PlanDetail | None = None
        self._read_only = True
        self._family: Family | None = None
        self._children: list[Child] = []
        self._columns: list[QVBoxLayout] = []
        self._build()

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        self.scroll_area, self._content = scrolling(self, "family", across=False)
        self._content.setContentsMargins(0, SPACING, SPACING, SPACING)
        self._content.setSpacing(SPACING)
        explanation = self.tr(
            "A patient's children under 18 are next of kin in their own right (helsepersonelloven § 10 a): "
            "find out who takes care of them, and talk with the patient about what they need."
        )
        self._content.addWidget(muted_label(explanation, "familyExplanation"))
        self._build_children()
        self._build_conversations()
        self._build_barnevern()
        self._build_services()
        self._content.addStretch(1)
        for column in self._columns:  # each section's text and buttons start at its top
            column.addStretch(1)
        chain: list[QWidget] = [self.children_table.table, self.add_child_button, self.change_child_button]
        chain += [self.remove_child_button, self.conversations_table.table, self.add_conversation_button]
        chain += [self.remove_conversation_button, self.consent_box, self.barnevern_button]
        tab_chain([*chain, self.services_button])

    def _section(self, title: str, name: str, *buttons: Button) -> tuple[QVBoxLayout, list[QPushButton]]:
        """A titled box: content on the left, its buttons in a column on the right."""
        box, content, column, made = button_section(title, name, buttons)
        self._columns += [content, column]
        self._content.addWidget(box)
        return content, made

    def _build_children(self) -> None:
        title = self.tr("Children")
        content, buttons = self._section(
            title,
            "childrenSection",
            (self.tr("&New child…"), "addChildButton", self.add_child),
            (self.tr("Change…"), "changeChildButton", self.change_child),
            (self.tr("Remove…"), "removeChildButton", self.remove_child),
        )
        self.add_child_button, self.change_child_button, self.remove_child_button = buttons
        empty = self.tr(
            "No children under 18 registered. If the patient has children, register each one "
            "with New child…: first name or initials are enough."
        )
        titles = [
            self.tr("Name"),
            self.tr("Age"),
            self.tr("Lives with"),
            self.tr("Cared for during the stay by"),
        ]
        model: RecordModel[Child] = RecordModel(
            titles, lambda c: (c.name, self._age_text(c), c.lives_with, c.carer_during_stay)
        )
        self.children_table: RecordTable[Child] = RecordTable("children", title, model, empty)
        self.children_table.table.doubleClicked.connect(lambda _index: self.change_child())
        self.children_table.table.installEventFilter(_TableKeys(self, self.change_child, self.remove_child))
        content.addWidget(self.children_table)

    def _build_conversations(self) -> None:
        title = self.tr("Barn som pårørende conversations")
        content, buttons = self._section(
            title,
            "conversationsSection",
            (self.tr("Register &conversation…"), "addConversationButton", self.add_conversation),
            (self.tr("Remove…"), "removeConversationButton", self.remove_conversation),
        )
        self.add_conversation_button, self.remove_conversation_button = buttons
        empty = self.tr(
            "No conversations registered. Talk with the patient about the children: what they know, "
            "what they need, and who they can talk to. Then register the conversation here."
        )
        titles = [self.tr("Date"), self.tr("With"), self.tr("By whom"), self.tr("Note")]
        model: RecordModel[Conversation] = RecordModel(
            titles, lambda c: (format_date(c.day), self._with_text(c), c.by, " ".join(c.note.split()))
        )
        self.conversations_table: RecordTable[Conversation] = RecordTable(
            "conversations", title, model, empty
        )
        self.conversations_table.table.installEventFilter(_TableKeys(self, None, self.remove_conversation))
        content.addWidget(self.conversations_table)

    def _build_barnevern(self) -> None:
        content, (self.barnevern_button,) = self._section(
            self.tr("Barnevern"), "barnevernSection", ("", "barnevernButton", self.edit_barnevern)
        )
        self.consent_box = QCheckBox(
            self.tr("The patient consents to barnevern being &involved or informed in the ansvarsgruppe")
        )
        self.consent_box.setObjectName("barnevernConsent")
        self.consent_box.clicked.connect(self._consent_clicked)  # clicks only: refreshing sets it quietly
        self.barnevern_summary = _summary("barnevernSummary")
        content.addWidget(self.consent_box)
        content.addWidget(self.barnevern_summary)

    def _build_services(self) -> None:
        content, (self.services_button,) = self._section(
            self.tr("Family services"), "servicesSection", ("", "servicesButton", self.edit_services)
        )
        self.services_summary = _summary("servicesSummary")
        content.addWidget(self.services_summary)

    # Showing ---------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        """Show `detail`'s plan as stored now; read-only plans show everything, change nothing."""
        if self._detail is None or self._detail.plan.plan_id != detail.plan.plan_id:
            self.scroll_area.verticalScrollBar().setValue(0)  # another patient: start at the top
        self._detail = detail
        self._read_only = read_only
        self._refresh()

    def _refresh(self) -> None:
        if self._detail is None:
            return
        plan_id = self._detail.plan.plan_id
        family = self._service.family(plan_id)
        self._family = family
        self._children = self._service.children(plan_id)
        conversations = self._service.conversations(plan_id)
        self.children_table.set_rows(self._children)
        self.conversations_table.set_rows(conversations)
        self.consent_box.setChecked(family.barnevern_consent)
        self.barnevern_summary.setText(self._barnevern_text(family))
        self.services_summary.setText(self._services_text(family))
        writable = not self._read_only
        self.barnevern_button.setText(
            self.tr("Change barnevern &details…")
            if family.has_barnevern_details
            else self.tr("Record barnevern &details…")
        )
        self.services_button.setText(
            self.tr("Change family &services…")
            if self._has_services(family)
            else self.tr("Record family &services…")
        )
        enabled = {
            self.add_child_button: writable,
            self.change_child_button: writable and bool(self._children),
            self.remove_child_button: writable and bool(self._children),
            self.add_conversation_button: writable,
            self.remove_conversation_button: writable and bool(conversations),
            self.consent_box: writable,
            self.barnevern_button: writable and family.barnevern_consent,
            self.services_button: writable,
        }
        for widget, on in enabled.items():
            widget.setEnabled(on)

    def _age_text(self, child: Child) -> str:
        age = child.age(self._today())
        return self.tr("Unknown") if age is None else self.tr("%n year(s)", "", age)

    def _with_text(self, conversation: Conversation) -> str:
        names = []
        for participant in conversation.participants:
            name = participant_name(participant)
            child = self._child(conversation.child_id) if participant is Participant.CHILD else None
            names.append(f"{name} ({child.name})" if child is not None else name)
        return ", ".join(names)

    def _child(self, child_id: ChildId | None) -> Child | None:
        return next((child for child in self._children if child.child_id == child_id), None)

    def _barnevern_text(self, family: Family) -> str:
        if not family.barnevern_consent:
            return self.tr(
                "Without the patient's consent no barnevern details are stored. Tick the box when the "
                "patient agrees to barnevern being involved or informed in the ansvarsgruppe."
            )
        if not family.has_barnevern_details:
            return self.tr(
                "The patient consents. Record whether barnevern is involved, and the caseworker and office."
            )
        lines = [self.tr("Barnevern involved: %1").replace("%1", involved_name(family.barnevern_involved))]
        if family.barnevern_contact:
            lines.append(self.tr("Caseworker and office: %1").replace("%1", family.barnevern_contact))
        if family.barnevern_note:
            lines.append(family.barnevern_note)
        return "\n".join(lines)

    @staticmethod
    def _has_services(family: Family) -> bool:
        return bool(family.supports or family.services_note or family.long_term_follow_up)

    def _services_text(self, family: Family) -> str:
        if not self._has_services(family):
            return self.tr(
                "No family services recorded. Record which are involved: familievernkontor, helsestasjon, "
                "kindergarten or school, parent support, and any need for long-term follow-up."
            )
        lines = []
        if family.supports:
            names = ", ".join(support_name(support) for support in family.supports)
            lines.append(self.tr("Services: %1").replace("%1", names))
        if family.services_note:
            lines.append(self.tr("Other: %1").replace("%1", family.services_note))
        if family.long_term_follow_up:
            lines.append(
                self.tr("Need for long-term follow-up: %1").replace("%1", family.long_term_follow_up)
            )
        return "\n".join(lines)

    # Changing --------------------------------------------------------------

    def _run(self, call: Callable[[], Changes]) -> bool:
        """Perform `call`; the editor shows the changed area (and so this panel) again."""
        return self._perform(call)

    def _writable(self) -> Family | None:
        return None if self._read_only or self._detail is None else self._family

    def add_child(self) -> None:
        family = self._writable()
        if family is None:
            return
        child = ChildDialog.get_child(self, Child(ChildId(0), family.plan_id, ""), self._today())
        if child is not None:
            self._run(lambda: self._service.add_child(child, self._user)[1])

    def change_child(self) -> None:
        current = self.children_table.current() if self._writable() is not None else None
        child = ChildDialog.get_child(self, current, self._today()) if current is not None else None
        if child is not None:
            self._run(lambda: self._service.update_child(child, self._user))

    def remove_child(self) -> None:
        current = self.children_table.current() if self._writable() is not None else None
        if current is None:
            return
        question = self.tr(
            "Remove %1 from the plan? Conversations the child took part in are kept, without the name."
        ).replace("%1", current.name)
        if Messages.question(self, self.tr("Remove child"), question):
            self._run(lambda: self._service.remove_child(current.child_id, self._user))

    def add_conversation(self) -> None:
        family = self._writable()
        if family is None:
            return
        start = Conversation(
            ConversationId(0), family.plan_id, self._today(), (Participant.PATIENT,), self._user
        )
        conversation = ConversationDialog.get_conversation(self, start, self._children, self._today())
        if conversation is not None:
            self._run(lambda: self._service.add_conversation(conversation, self._user)[1])

    def remove_conversation(self) -> None:
        current = self.conversations_table.current() if self._writable() is not None else None
        if current is None:
            return
        question = self.tr("Remove the conversation of %1?").replace("%1", format_date(current.day))
        if Messages.question(self, self.tr("Remove conversation"), question):
            self._run(lambda: self._service.remove_conversation(current.conversation_id, self._user))

    def _consent_clicked(self, checked: bool) -> None:
        family = self._writable()
        if family is None:
            return
        if checked:
            self._run(lambda: self._service.save_family(replace(family, barnevern_consent=True), self._user))
            return
        if family.has_barnevern_details:
            question = self.tr(
                "Without the patient's consent no barnevern details can be kept. "
                "Delete whether barnevern is involved, the caseworker and the note from the plan?"
            )
            if not Messages.question(self, self.tr("Delete barnevern details"), question):
                self.consent_box.setChecked(True)
                return
        self._run(lambda: self._service.withdraw_barnevern_consent(family.plan_id, self._user))

    def edit_barnevern(self) -> None:
        family = self._writable()
        if family is None or not family.barnevern_consent:
            return
        changed = BarnevernDialog.get_barnevern(self, family)
        if changed is not None:
            self._run(lambda: self._service.save_family(changed, self._user))

    def edit_services(self) -> None:
        family = self._writable()
        changed = FamilyServicesDialog.get_services(self, family) if family is not None else None
        if changed is not None:
            self._run(lambda: self._service.save_family(changed, self._user))
