"""Recording the introduction to self-help: information given, the patient's view, a contact, follow-ups.

Staff inform about and present groups; the dialogs say "informed" and "presented", never
"referred". Problems show under their field while typing; OK stays disabled until the
record can be stored, and nothing typed is thrown away.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp import GroupFilter, find_groups, validate_introduction
from dischargeplanner.domain.selfhelp_model import (
    FollowUp,
    GroupId,
    Introduction,
    LocalGroup,
    Organisation,
    PatientView,
)
from dischargeplanner.domain.services import Issue, Problem
from dischargeplanner.domain.text import fold
from dischargeplanner.ui.dialogs.form import (
    date_edit,
    field_column,
    limit_length,
    muted_label,
    row_of,
)
from dischargeplanner.ui.dialogs.record_form import WIDE_FORM_WIDTH, SelfHelpForm, text_box
from dischargeplanner.ui.formatting import from_qdate
from dischargeplanner.ui.selfhelp_texts import audience_name, group_label, stale_tooltip, view_name
from dischargeplanner.ui.style import SPACING

ORGANISATION_COLUMNS = 3
# The group check list shows this many rows and scrolls beyond them.
GROUP_LIST_ROWS = 6


@dataclass(frozen=True)
class Directory:
    """The local groups a dialog offers, the patient's home kommune first, and how to name them."""

    groups: tuple[LocalGroup, ...]
    organisations: tuple[Organisation, ...]
    kommune_name: Callable[[str | None], str]
    today: date

    def label(self, group: LocalGroup) -> str:
        return group_label(group, self.organisations, self.kommune_name, self.today)

    def title(self, group: LocalGroup) -> str:
        """'AA – Eksempelgruppen', as the group is known."""
        return f"{organisation_name(self.organisations, group.organisation)} – {group.name}"

    def group(self, group_id: GroupId | None) -> LocalGroup | None:
        return next((group for group in self.groups if group.group_id == group_id), None)

    def tooltip(self, group: LocalGroup) -> str:
        lines = [self.label(group), group.address, group.phone, group.note]
        if group.possibly_stale(self.today) and not group.removed:
            lines.append(stale_tooltip())
        return "\n".join(line for line in lines if line)


def directory_for(
    groups: Iterable[LocalGroup],
    named: Collection[GroupId | None],
    home_kommune: str | None,
    organisations: tuple[Organisation, ...],
    kommune_name: Callable[[str | None], str],
    today: date,
) -> Directory:
    """The directory's groups, home kommune first; removed entries only where the plan names them."""
    every = list(groups)
    current = find_groups(every, GroupFilter(), home_kommune)
    kept = [group for group in every if group.removed and group.group_id in named]
    return Directory(tuple(current + kept), organisations, kommune_name, today)


def group_combo(directory: Directory, selected: GroupId | None, first_text: str, name: str) -> QComboBox:
    """A choice among the directory's groups; the first entry (no group) carries None."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(36)
    combo.addItem(first_text, None)
    for group in directory.groups:
        combo.addItem(directory.label(group), int(group.group_id))
        combo.setItemData(combo.count() - 1, directory.tooltip(group), Qt.ItemDataRole.ToolTipRole)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # the popup shows whole labels
    if selected is not None:
        combo.setCurrentIndex(max(0, combo.findData(int(selected))))
    return combo


def chosen_group(combo: QComboBox) -> GroupId | None:
    data = combo.currentData()
    return GroupId(int(data)) if data is not None else None


class InformedDialog(SelfHelpForm):
    """When the patient was informed, by whom, which organisations and local groups were presented."""

    def __init__(
        self,
        start: Introduction,
        directory: Directory,
        user: str,
        first_follow_up: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("informedDialog", parent)
        self.setWindowTitle(
            self.tr("Change the information given") if start.informed else self.tr("Information given")
        )
        self.setMinimumWidth(WIDE_FORM_WIDTH)  # room for a group's name, place and meeting times
        self._start = start
        self._directory = directory
        self._first_follow_up = first_follow_up
        self.field_errors.touched = {"informed_on"} | ({"informed_by"} if start.informed else set())
        self.explain(
            self.tr(
                "Present the groups with the practical details: day, time, place, a phone number, "
                "and someone to go with the first time. That roughly doubles the chance the patient "
                "goes after discharge."
            ),
            "informedExplanation",
        )
        self.informed_on = date_edit("informedOn", start.informed_on or directory.today)
        self.add_row(self.tr("Informed &on"), self.informed_on, row_of(self.informed_on), "informed_on")
        self.informed_by = QLineEdit(start.informed_by if start.informed else user)
        limit_length(self.informed_by, LINE_MAX)
        self.informed_by.setObjectName("informedBy")
        self.add_row(self.tr("Informed &by"), self.informed_by, key="informed_by")
        self._build_organisations()
        self._build_groups()
        self.material = QLineEdit(start.material)
        limit_length(self.material, TEXT_MAX)
        self.material.setObjectName("informedMaterial")
        self.material.setPlaceholderText(self.tr("e.g. AA's leaflet and the list of meetings in Oslo"))
        self.add_row(self.tr("&Material given"), self.material)
        self.informed_on.dateChanged.connect(lambda _date: self.validate())
        self.informed_by.textChanged.connect(lambda _text: self.touch("informed_by"))
        chain: list[QWidget] = [self.informed_on, self.informed_by, *self.organisation_boxes.values()]
        self.finish([*chain, self.group_filter, self.group_list, self.material])

    def _build_organisations(self) -> None:
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING * 2)
        self.organisation_boxes: dict[str, QCheckBox] = {}
        known = {organisation.key: organisation for organisation in self._directory.organisations}
        # Keys no longer in the national list stay ticked, under their own name.
        keys = [*known, *(key for key in self._start.organisations if key not in known)]
        for index, key in enumerate(keys):
            organisation = known.get(key)
            box = QCheckBox(organisation.short_name if organisation else key)
            box.setObjectName(f"organisation_{key}")
            box.setChecked(key in self._start.organisations)
            if organisation is not None:
                box.setToolTip(self._organisation_tooltip(organisation))
                box.setAccessibleName(organisation.name)
            grid.addWidget(box, index // ORGANISATION_COLUMNS, index % ORGANISATION_COLUMNS)
            self.organisation_boxes[key] = box
        first = next(iter(self.organisation_boxes.values()))
        name = first.accessibleName()
        self.add_row(self.tr("Organisations &presented"), first, boxes)
        first.setAccessibleName(name)  # the box is named by its organisation, not the row

    def _organisation_tooltip(self, organisation: Organisation) -> str:
        steps = (
            self.tr("Based on the 12 steps.")
            if organisation.twelve_step
            else self.tr("Not based on the 12 steps.")
        )
        who = self.tr("For: %1").replace("%1", audience_name(organisation.audience))
        return f"{organisation.name}\n{who}. {steps}\n\n{organisation.description}"

    def _build_groups(self) -> None:
        self.group_filter = QLineEdit()
        self.group_filter.setObjectName("informedGroupFilter")
        self.group_filter.setPlaceholderText(self.tr("Find by name, organisation, place or day"))
        self.group_filter.setClearButtonEnabled(True)
        self.group_filter.textChanged.connect(self._filter_groups)
        self.group_list = QListWidget()
        self.group_list.setObjectName("informedGroups")
        self.group_list.setAlternatingRowColors(True)
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for group in self._directory.groups:
            item = QListWidgetItem(self._directory.label(group))
            item.setData(Qt.ItemDataRole.UserRole, int(group.group_id))
            item.setToolTip(self._directory.tooltip(group))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.group_id in self._start.groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.group_list.addItem(item)
        # Long labels wrap rather than scroll sideways: the "out of date" mark is at their end.
        self.group_list.setWordWrap(True)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = max(1, min(GROUP_LIST_ROWS, self.group_list.count()))
        frame = 2 * self.group_list.frameWidth() + 2
        self.group_list.setFixedHeight(max(self.group_list.sizeHintForRow(0), 1) * rows + frame)
        self.group_list.setCurrentRow(0)
        note = self.tr("The patient's home municipality first. Tick the groups presented.")
        if not self._directory.groups:
            note = self.tr("The ward's directory has no local groups yet.")
        cell = field_column(self.group_filter, self.group_list, muted_label(note, "informedGroupsNote"))
        self.add_row(self.tr("&Local groups"), self.group_filter, cell)
        self.group_filter.setAccessibleName(self.tr("Find a local group"))
        self.group_list.setAccessibleName(self.tr("Local groups presented"))

    def _filter_groups(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.group_list.count()):
            item = self.group_list.item(row)
            haystack = fold(item.text() + " " + item.toolTip())
            item.setHidden(any(word not in haystack for word in words))
        current = self.group_list.currentItem()
        if current is None or current.isHidden():  # Space must tick a group the user can see
            rows = range(self.group_list.count())
            shown = [row for row in rows if not self.group_list.item(row).isHidden()]
            self.group_list.setCurrentRow(shown[0] if shown else -1)

    def problems(self) -> list[Issue]:
        wanted = {"informed_on", "informed_by"}
        issues = [
            i for i in validate_introduction(self.introduction(), self._directory.today) if i.field in wanted
        ]
        informed_on = from_qdate(self.informed_on.date())
        if self._first_follow_up is not None and informed_on > self._first_follow_up:
            issues.append(Issue("informed_on", Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED))
        return issues

    def introduction(self) -> Introduction:
        """The introduction as filled in; everything else is kept from the one being changed."""
        groups = []
        for row in range(self.group_list.count()):
            item = self.group_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                groups.append(GroupId(int(item.data(Qt.ItemDataRole.UserRole))))
        return replace(
            self._start,
            informed_on=from_qdate(self.informed_on.date()),
            informed_by=self.informed_by.text().strip(),
            organisations=tuple(key for key, box in self.organisation_boxes.items() if box.isChecked()),
            groups=tuple(groups),
            material=self.material.text().strip(),
        )

    @classmethod
    def get_introduction(
        cls,
        parent: QWidget | None,
        start: Introduction,
        directory: Directory,
        user: str,
        first_follow_up: date | None = None,
    ) -> Introduction | None:
        """Record or change the information given; the introduction, or None when cancelled."""
        dialog = cls(start, directory, user, first_follow_up, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.introduction()
        return None


class ViewDialog(SelfHelpForm):
    """What the patient thinks about self-help groups, in their own words; recorded, never argued."""

    def __init__(self, start: Introduction, parent: QWidget | None = None) -> None:
        super().__init__("viewDialog", parent)
        self.setWindowTitle(self.tr("The patient's view"))
        self._start = start
        self.explain(
            self.tr(
                "Write down what the patient says, in their own words, doubts included: some are put "
                "off by the 12-step wording about a «higher power». There is no wrong answer."
            ),
            "viewExplanation",
        )
        self.view_buttons: dict[PatientView, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for view in PatientView:
            button = QRadioButton(view_name(view))
            button.setObjectName(f"view_{view}")
            button.setChecked(view is start.view)
            button.toggled.connect(lambda _checked: self.validate())
            self._group.addButton(button)
            self.view_buttons[view] = button
        first = self.view_buttons[start.view or PatientView.INTERESTED]
        self.hint = muted_label(self.tr("Choose the answer closest to what the patient said."), "viewHint")
        column = field_column(*self.view_buttons.values(), self.hint)
        self.add_row(self.tr("The patient &is"), first, column)
        first.setAccessibleName(first.text())
        self.own_words = text_box(
            start.own_words, "viewOwnWords", self.tr("e.g. «I want to try NA, but not alone»")
        )
        self.add_row(self.tr("In their own &words"), self.own_words)
        self.finish([first, self.own_words])

    def ready(self) -> bool:
        chosen = self.chosen_view() is not None
        self.hint.setVisible(not chosen)
        return chosen

    def chosen_view(self) -> PatientView | None:
        return next((view for view, button in self.view_buttons.items() if button.isChecked()), None)

    def introduction(self) -> Introduction:
        return replace(self._start, view=self.chosen_view(), own_words=self.own_words.toPlainText().strip())

    @classmethod
    def get_view(cls, parent: QWidget | None, start: Introduction) -> Introduction | None:
        """Record the patient's view; the introduction with it, or None when cancelled."""
        dialog = cls(start, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.introduction()
        return None


class ContactDialog(SelfHelpForm):
    """A contact person or sponsor's name and phone: stored only with the patient's consent."""

    def __init__(self, start: Introduction, today: date, parent: QWidget | None = None) -> None:
        super().__init__("contactDialog", parent)
        self.setWindowTitle(self.tr("Contact person or sponsor"))
        self._start = start
        self._today = today
        # Without consent the name is refused at once; the phone's form once typed in.
        self.field_errors.touched = (
            {"contact_name"} if not start.contact_consent or start.contact_name else set()
        )
        self.explain(
            self.tr(
                "Someone in a group the patient can call, such as a sponsor in AA or NA. "
                "Stored only because the patient consents to it."
            ),
            "contactExplanation",
        )
        self.name = QLineEdit(start.contact_name)
        limit_length(self.name, LINE_MAX)
        self.name.setObjectName("contactName")
        self.add_row(self.tr("&Name"), self.name, key="contact_name")
        self.phone = QLineEdit(start.contact_phone)
        limit_length(self.phone, LINE_MAX)
        self.phone.setObjectName("contactPhone")
        self.phone.setPlaceholderText(self.tr("e.g. 912 34 567"))
        self.add_row(self.tr("&Phone"), self.phone, key="contact_phone")
        self.name.textChanged.connect(lambda _text: self.touch("contact_name"))
        self.phone.textChanged.connect(lambda _text: self.touch("contact_phone"))
        self.finish([self.name, self.phone])

    def problems(self) -> list[Issue]:
        wanted = {"contact_name", "contact_phone"}
        return [
            issue
            for issue in validate_introduction(self.introduction(), self._today)
            if issue.field in wanted
        ]

    def introduction(self) -> Introduction:
        return replace(
            self._start,
            contact_name=" ".join(self.name.text().split()),
            contact_phone=self.phone.text().strip(),
        )

    @classmethod
    def get_contact(cls, parent: QWidget | None, start: Introduction, today: date) -> Introduction | None:
        """Record the contact person; the introduction with them, or None when cancelled."""
        dialog = cls(start, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.introduction()
        return None


class FollowUpDialog(SelfHelpForm):
    """A later conversation in which self-help was taken up again."""

    def __init__(
        self, start: FollowUp, informed_on: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__("followUpDialog", parent)
        changing = bool(start.follow_up_id)
        self.setWindowTitle(
            self.tr("Change follow-up conversation") if changing else self.tr("Follow-up conversation")
        )
        self._start = start
        self._informed_on = informed_on
        self._today = today
        self.field_errors.touched = {"day"} | ({"by"} if changing else set())
        self.explain(
            self.tr(
                "Take self-help up again: has the patient been to a meeting, what was it like, "
                "what would make the next one easier?"
            ),
            "followUpExplanation",
        )
        self.day = date_edit("followUpDay", start.day)
        self.add_row(self.tr("&Date"), self.day, row_of(self.day), "day")
        self.by = QLineEdit(start.by)
        limit_length(self.by, LINE_MAX)
        self.by.setObjectName("followUpBy")
        self.add_row(self.tr("&By whom"), self.by, key="by")
        self.note = text_box(start.note, "followUpNote", self.tr("What was said, and what was agreed"))
        self.add_row(self.tr("&Note"), self.note)
        self.day.dateChanged.connect(lambda _date: self.validate())
        self.by.textChanged.connect(lambda _text: self.touch("by"))
        self.finish([self.day, self.by, self.note])

    def problems(self) -> list[Issue]:
        follow_up = self.follow_up()
        issues = []
        if follow_up.day > self._today:
            issues.append(Issue("day", Problem.DATE_IN_FUTURE))
        if self._informed_on is None or follow_up.day < self._informed_on:
            issues.append(Issue("day", Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED))
        if not follow_up.by:
            issues.append(Issue("by", Problem.SELFHELP_FOLLOW_UP_BY_MISSING))
        return issues

    def follow_up(self) -> FollowUp:
        return replace(
            self._start,
            day=from_qdate(self.day.date()),
            by=self.by.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    @classmethod
    def get_follow_up(
        cls, parent: QWidget | None, start: FollowUp, informed_on: date | None, today: date
    ) -> FollowUp | None:
        """Record or change a follow-up conversation; it, or None when cancelled."""
        dialog = cls(start, informed_on, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.follow_up()
        return None
