"""Recording children, barn som pårørende conversations, barnevern and family services.

Problems show under their field while typing; OK stays disabled until the record can
be stored, and nothing typed is thrown away. Children are named by first name or
initials: enough to talk about them, no more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QWidget

from dischargeplanner.domain.family import validate_child, validate_conversation
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.services import Issue, Problem
from dischargeplanner.ui.dialogs.form import date_edit, field_column, limit_length, muted_label, row_of
from dischargeplanner.ui.dialogs.record_form import SelfHelpForm, text_box
from dischargeplanner.ui.formatting import from_qdate
from dischargeplanner.ui.widgets import EnumCombo


def _t(text: object) -> str:
    # Every caller wraps its literal in QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("FamilyTexts", str(text))  # tr-dynamic


_PARTICIPANTS = {
    Participant.PATIENT: QT_TRANSLATE_NOOP("FamilyTexts", "The patient"),
    Participant.CHILD: QT_TRANSLATE_NOOP("FamilyTexts", "The child"),
    Participant.OTHER_PARENT: QT_TRANSLATE_NOOP("FamilyTexts", "The other parent or carer"),
}
_INVOLVED = {
    BarnevernInvolved.UNKNOWN: QT_TRANSLATE_NOOP("FamilyTexts", "Not known yet"),
    BarnevernInvolved.NO: QT_TRANSLATE_NOOP("FamilyTexts", "No"),
    BarnevernInvolved.YES: QT_TRANSLATE_NOOP("FamilyTexts", "Yes"),
}
_SUPPORTS = {
    FamilySupport.FAMILIEVERNKONTOR: QT_TRANSLATE_NOOP("FamilyTexts", "Familievernkontor"),
    FamilySupport.HELSESTASJON: QT_TRANSLATE_NOOP("FamilyTexts", "Helsesykepleier / helsestasjon"),
    FamilySupport.BARNEHAGE_SKOLE: QT_TRANSLATE_NOOP("FamilyTexts", "Kindergarten or school informed"),
    FamilySupport.FORELDRESTOTTE: QT_TRANSLATE_NOOP("FamilyTexts", "Parent support (foreldrestøtte)"),
}


def participant_name(participant: Participant) -> str:
    return _t(_PARTICIPANTS[participant])


def involved_name(involved: BarnevernInvolved) -> str:
    return _t(_INVOLVED[involved])


def support_name(support: FamilySupport) -> str:
    return _t(_SUPPORTS[support])


def parse_birth_year(text: str) -> tuple[int | None, bool]:
    """The year typed (None when empty) and whether it could be read as a year."""
    text = text.strip()
    if not text:
        return None, True
    if not text.isdigit() or len(text) != 4:
        return None, False
    return int(text), True


class ChildDialog(SelfHelpForm):
    """A child under 18: name or initials, birth year, who the child lives with and is cared for by."""

    def __init__(self, start: Child, today: date, parent: QWidget | None = None) -> None:
        super().__init__("childDialog", parent)
        changing = bool(start.child_id)
        self.setWindowTitle(self.tr("Change child") if changing else self.tr("New child"))
        self._start = start
        self._today = today
        self.field_errors.touched = {"birth_year"} | ({"name"} if changing else set())
        self.explain(
            self.tr(
                "Children are next of kin in their own right. First name or initials are enough; "
                "say who the child lives with and who cares for the child while the patient is here."
            ),
            "childExplanation",
        )
        self.name = QLineEdit(start.name)
        limit_length(self.name, LINE_MAX)
        self.name.setObjectName("childName")
        self.add_row(self.tr("First name or &initials"), self.name, key="name")
        self.birth_year = QLineEdit("" if start.birth_year is None else str(start.birth_year))
        self.birth_year.setObjectName("childBirthYear")
        self.birth_year.setMaxLength(4)
        self.birth_year.setFixedWidth(self.birth_year.fontMetrics().horizontalAdvance("0000000") + 16)
        self.birth_year.setPlaceholderText(self.tr("e.g. %1").replace("%1", str(today.year - 6)))
        self.age = muted_label("", "childAge")
        self.age.setWordWrap(False)
        self.add_row(self.tr("&Birth year"), self.birth_year, row_of(self.birth_year, self.age), "birth_year")
        self.lives_with = QLineEdit(start.lives_with)
        limit_length(self.lives_with, LINE_MAX)
        self.lives_with.setObjectName("childLivesWith")
        self.lives_with.setPlaceholderText(self.tr("e.g. the patient, the other parent, a foster home"))
        self.add_row(self.tr("&Lives with"), self.lives_with)
        self.carer = QLineEdit(start.carer_during_stay)
        limit_length(self.carer, LINE_MAX)
        self.carer.setObjectName("childCarer")
        self.carer.setPlaceholderText(self.tr("e.g. the other parent, grandmother"))
        self.add_row(self.tr("&Cared for during the stay by"), self.carer)
        self.note = text_box(start.note, "childNote", self.tr("What the child knows, needs, worries about"))
        self.add_row(self.tr("&Note"), self.note)
        self.name.textChanged.connect(lambda _text: self.touch("name"))
        self.birth_year.textChanged.connect(lambda _text: self.validate())
        self.finish([self.name, self.birth_year, self.lives_with, self.carer, self.note])

    def problems(self) -> list[Issue]:
        self._show_age()
        issues = validate_child(self.child(), self._today)
        if not parse_birth_year(self.birth_year.text())[1]:
            issues.append(Issue("birth_year", Problem.FAMILY_BIRTH_YEAR_OUT_OF_RANGE))
        return issues

    def _show_age(self) -> None:
        age = self.child().age(self._today)
        self.age.setText("" if age is None else self.tr("%n year(s) old this year", "", age))

    def child(self) -> Child:
        year, _readable = parse_birth_year(self.birth_year.text())
        return replace(
            self._start,
            name=" ".join(self.name.text().split()),
            birth_year=year,
            lives_with=" ".join(self.lives_with.text().split()),
            carer_during_stay=" ".join(self.carer.text().split()),
            note=self.note.toPlainText().strip(),
        )

    @classmethod
    def get_child(cls, parent: QWidget | None, start: Child, today: date) -> Child | None:
        """Register or change a child; the child, or None when cancelled."""
        dialog = cls(start, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.child()
        return None


class ConversationDialog(SelfHelpForm):
    """A barn som pårørende conversation (helsepersonelloven § 10 a): when, with whom, by whom."""

    def __init__(
        self, start: Conversation, children: Sequence[Child], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__("conversationDialog", parent)
        self.setWindowTitle(self.tr("Barn som pårørende conversation"))
        self._start = start
        self._today = today
        self.field_errors.touched = {"day"}
        self.explain(
            self.tr(
                "A conversation about the children's situation and needs: what they know, "
                "who takes care of them, and who they can talk to."
            ),
            "conversationExplanation",
        )
        self.day = date_edit("conversationDay", start.day)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day), "day")
        self.participant_boxes: dict[Participant, QCheckBox] = {}
        for participant in Participant:
            box = QCheckBox(participant_name(participant))
            box.setObjectName(f"with_{participant}")
            box.setAccessibleName(box.text())
            box.setChecked(participant in start.participants)
            box.toggled.connect(lambda _checked: self.touch("participants"))
            self.participant_boxes[participant] = box
        boxes = list(self.participant_boxes.values())
        self.add_row(self.tr("&With"), boxes[0], field_column(*boxes), "participants")
        boxes[0].setAccessibleName(boxes[0].text())
        self.child_combo = QComboBox()
        self.child_combo.setObjectName("conversationChild")
        self.child_combo.addItem(self.tr("Not named"), None)
        for child in children:
            self.child_combo.addItem(child.name, int(child.child_id))
        if start.child_id is not None:
            self.child_combo.setCurrentIndex(max(0, self.child_combo.findData(int(start.child_id))))
        self.add_row(self.tr("Which &child"), self.child_combo)
        self.by = QLineEdit(start.by)
        limit_length(self.by, LINE_MAX)
        self.by.setObjectName("conversationBy")
        self.add_row(self.tr("&By whom"), self.by, key="by")
        self.note = text_box(
            start.note, "conversationNote", self.tr("What was talked about, what was agreed")
        )
        self.add_row(self.tr("&Note"), self.note)
        self.day.dateChanged.connect(lambda _date: self.validate())
        self.by.textChanged.connect(lambda _text: self.touch("by"))
        self.child_combo.setVisible(bool(children))
        label = self.form.labelForField(self.child_combo)
        if label is not None:
            label.setVisible(bool(children))
        self.finish([self.day, *boxes, self.child_combo, self.by, self.note])

    def problems(self) -> list[Issue]:
        # Which child only matters when the child took part.
        self.child_combo.setEnabled(self.participant_boxes[Participant.CHILD].isChecked())
        return validate_conversation(self.conversation(), self._today)

    def conversation(self) -> Conversation:
        participants = tuple(p for p, box in self.participant_boxes.items() if box.isChecked())
        data = self.child_combo.currentData() if Participant.CHILD in participants else None
        return replace(
            self._start,
            day=from_qdate(self.day.date()),
            participants=participants,
            child_id=ChildId(int(data)) if data is not None else None,
            by=" ".join(self.by.text().split()),
            note=self.note.toPlainText().strip(),
        )

    @classmethod
    def get_conversation(
        cls, parent: QWidget | None, start: Conversation, children: Sequence[Child], today: date
    ) -> Conversation | None:
        """Register a conversation; it, or None when cancelled."""
        dialog = cls(start, children, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.conversation()
        return None


class BarnevernDialog(SelfHelpForm):
    """Barnevern's part: whether involved, the caseworker and office, a note. Only with consent."""

    def __init__(self, start: Family, parent: QWidget | None = None) -> None:
        super().__init__("barnevernDialog", parent)
        self.setWindowTitle(self.tr("Barnevern"))
        self._start = start
        self.explain(
            self.tr(
                "Stored because the patient consents to barnevern being involved or informed "
                "in the ansvarsgruppe. If the consent is withdrawn, these details are deleted."
            ),
            "barnevernExplanation",
        )
        self.involved: EnumCombo[BarnevernInvolved] = EnumCombo(BarnevernInvolved, involved_name)
        self.involved.setObjectName("barnevernInvolved")
        self.involved.set_value(start.barnevern_involved)
        self.add_row(self.tr("Barnevern &involved"), self.involved)
        self.contact = QLineEdit(start.barnevern_contact)
        limit_length(self.contact, LINE_MAX)
        self.contact.setObjectName("barnevernContact")
        self.contact.setPlaceholderText(self.tr("e.g. caseworker's name, barneverntjenesten in the kommune"))
        self.add_row(self.tr("&Caseworker and office"), self.contact)
        self.note = text_box(
            start.barnevern_note, "barnevernNote", self.tr("What barnevern does, what is agreed")
        )
        self.add_row(self.tr("&Note"), self.note)
        self.finish([self.involved, self.contact, self.note])

    def family(self) -> Family:
        return replace(
            self._start,
            barnevern_involved=self.involved.value(),
            barnevern_contact=self.contact.text().strip(),
            barnevern_note=self.note.toPlainText().strip(),
        )

    @classmethod
    def get_barnevern(cls, parent: QWidget | None, start: Family) -> Family | None:
        """Record barnevern's part; the family record with it, or None when cancelled."""
        dialog = cls(start, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.family()
        return None


class FamilyServicesDialog(SelfHelpForm):
    """The family services involved, and the need for long-term follow-up."""

    def __init__(self, start: Family, parent: QWidget | None = None) -> None:
        super().__init__("familyServicesDialog", parent)
        self.setWindowTitle(self.tr("Family services"))
        self._start = start
        self.support_boxes: dict[FamilySupport, QCheckBox] = {}
        for support in FamilySupport:
            box = QCheckBox(support_name(support))
            box.setObjectName(f"support_{support}")
            box.setAccessibleName(box.text())
            box.setChecked(support in start.supports)
            self.support_boxes[support] = box
        boxes = list(self.support_boxes.values())
        self.add_row(self.tr("&Services"), boxes[0], field_column(*boxes))
        boxes[0].setAccessibleName(boxes[0].text())
        self.other = text_box(
            start.services_note, "servicesNote", self.tr("Other services, and what they do")
        )
        self.add_row(self.tr("&Other"), self.other)
        self.follow_up = text_box(
            start.long_term_follow_up,
            "longTermFollowUp",
            self.tr("e.g. the first year after discharge: helsestasjon, a support group for mothers"),
        )
        hint = muted_label(
            self.tr(
                "Mothers in treatment often lack a supporting network and need follow-up for a long time."
            ),
            "longTermExplanation",
        )
        self.add_row(
            self.tr("Need for &long-term follow-up"), self.follow_up, field_column(self.follow_up, hint)
        )
        self.finish([*boxes, self.other, self.follow_up])

    def family(self) -> Family:
        return replace(
            self._start,
            supports=tuple(support for support, box in self.support_boxes.items() if box.isChecked()),
            services_note=self.other.toPlainText().strip(),
            long_term_follow_up=self.follow_up.toPlainText().strip(),
        )

    @classmethod
    def get_services(cls, parent: QWidget | None, start: Family) -> Family | None:
        """Record family services; the family record with them, or None when cancelled."""
        dialog = cls(start, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.family()
        return None
