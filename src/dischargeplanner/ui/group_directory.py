"""'Selvhjelpsgrupper': the ward's own directory of local self-help groups, to inform about and present.

Filters (kommune, weekday, organisation, for whom, free text) narrow the table through
domain.selfhelp.find_groups; entries not verified for 6 months say so. The directory is
exchanged with other wards as CSV: export writes the whole directory safely, import
refuses a bad file as a whole or previews what it would change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.selfhelp import GroupFilter, SelfHelpService, find_groups
from dischargeplanner.domain.selfhelp_model import Audience, GroupId, LocalGroup, Organisation
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.domain.text import sort_key
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.group_model import (
    COL_AUDIENCE,
    COL_FORMAT,
    COL_KOMMUNE,
    COL_MEETINGS,
    COL_NAME,
    COL_ORGANISATION,
    COL_VERIFIED,
    GroupModel,
)
from dischargeplanner.ui.selfhelp_texts import audience_name, weekday_name
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import page_title_bar

# Widest a column grows to fit its texts (in average characters); longer text is elided, whole in the tooltip.
_MOST_CHARACTERS = {
    COL_ORGANISATION: 18,
    COL_KOMMUNE: 20,
    COL_MEETINGS: 26,
    COL_AUDIENCE: 26,
    COL_FORMAT: 30,
    COL_VERIFIED: 44,
}


class GroupDirectoryView(QWidget):
    """The directory page of the main window; emits `back_requested` for the ward overview."""

    back_requested = Signal()
    directory_changed = Signal()

    def __init__(
        self,
        selfhelp: SelfHelpService,
        organisations: Callable[[], tuple[Organisation, ...]],
        kommuner: Sequence[Kommune],
        user: str,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("groupDirectory")
        self._selfhelp = selfhelp
        self._organisations = organisations
        self._kommuner = tuple(kommuner)
        self._kommune_names = {kommune.number: kommune.display_name for kommune in kommuner}
        self._user = user
        self._today = today
        self._groups: list[LocalGroup] = []
        self.model = GroupModel(organisations, self.kommune_name, today)
        self._build()
        self.refresh()

    def kommune_name(self, number: str) -> str:
        return self._kommune_names.get(number, number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # Layout ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.setSpacing(SPACING)
        layout.addLayout(self._title_bar())
        explanation = self.tr(
            "Local groups the ward informs patients and next of kin about. Times and places "
            "change: an entry not verified for 6 months is marked «⚠ possibly out of date»."
        )
        self.explanation = muted_label(explanation, "directoryExplanation")
        layout.addWidget(self.explanation)
        self.filters = self._filter_row()
        layout.addWidget(self.filters)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._table())
        self.stack.addWidget(self._no_match_page())
        self.stack.addWidget(self._welcome_page())
        layout.addWidget(self.stack, 1)
        self.button_bar = self._button_bar()
        layout.addWidget(self.button_bar)
        self.status = QLabel()
        self.status.setObjectName("directoryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._set_tab_order()
        # Connected once filled: filling a combo would filter before the table exists.
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _index: self._show_groups())
        self.search.textChanged.connect(lambda _text: self._show_groups())

    def _title_bar(self) -> QHBoxLayout:
        bar, self.back_button, self.title, self.count = page_title_bar(
            self.tr("← Ward overview"),
            self.tr("Back to all plans (Esc)"),
            self.tr("Self-help groups"),
            "directoryTitle",
            "groupCount",
        )
        self.back_button.clicked.connect(self.back_requested)
        return bar

    def _filter_row(self) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(2)
        self.kommune_filter = self._combo("kommuneFilter")
        self.weekday_filter = self._combo("weekdayFilter")
        self.weekday_filter.addItem(self.tr("Any day"), None)
        for weekday in range(7):
            self.weekday_filter.addItem(weekday_name(weekday), weekday)
        self.organisation_filter = self._combo("organisationFilter")
        self.audience_filter = self._combo("audienceFilter")
        self.audience_filter.addItem(self.tr("Anyone"), None)
        for audience in (Audience.PATIENTS, Audience.RELATIVES):
            self.audience_filter.addItem(audience_name(audience), str(audience))
        self.search = QLineEdit()
        self.search.setObjectName("groupSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, address, note, language…"))
        fields: list[tuple[str, QWidget]] = [
            (self.tr("M&unicipality"), self.kommune_filter),
            (self.tr("&Day"), self.weekday_filter),
            (self.tr("&Organisation"), self.organisation_filter),
            (self.tr("For &whom"), self.audience_filter),
            (self.tr("&Search"), self.search),
        ]
        for column, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(len(fields) - 1, 1)
        return row

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(20)
        return combo

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("groupTable")
        self.table.setAccessibleName(self.tr("Self-help groups"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_KOMMUNE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, never traps
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The group's name takes what the other columns leave.
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        self.table.activated.connect(lambda _index: self.edit_current())  # Enter or double-click
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda _now, _before: self._update_buttons())
        return self.table

    def _no_match_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.no_match = QLabel(self.tr("No group matches these filters."))
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(self.tr("Show all groups"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.clear_filters)
        layout.addStretch(1)
        layout.addWidget(self.no_match)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _welcome_page(self) -> QWidget:
        """What the directory is for, and the two ways to fill it, each beside its button."""
        page = QWidget()
        page.setObjectName("emptyDirectory")
        self.welcome = QLabel(
            self.tr(
                "<p><b>The directory is empty.</b></p>"
                "<p>Here the ward keeps its own list of local self-help groups – AA, NA, Al-Anon and "
                "others – with day, time and place, so staff can inform patients and next of kin "
                "about groups near where they will live, and present a group in the plan.</p>"
                "<p>There are two ways to fill it:</p>"
            )
        )
        self.welcome.setObjectName("emptyState")
        self.welcome.setWordWrap(True)
        self.welcome_new = QPushButton(self.tr("&New group…"))
        self.welcome_new.setObjectName("emptyNewGroupButton")
        self.welcome_new.clicked.connect(self.add_group)
        self.welcome_import = QPushButton(self.tr("&Import CSV…"))
        self.welcome_import.setObjectName("emptyImportButton")
        self.welcome_import.clicked.connect(self.import_csv)
        ways = QGridLayout()
        ways.setHorizontalSpacing(SPACING * 2)
        ways.setVerticalSpacing(SPACING)
        for row, (button, text) in enumerate(
            (
                (self.welcome_new, self.tr("Type in one group at a time.")),
                (
                    self.welcome_import,
                    self.tr(
                        "Read a whole list: exported from another ward's directory, or made in a spreadsheet."
                    ),
                ),
            )
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            ways.addWidget(button, row, 0)
            ways.addWidget(label, row, 1)
        ways.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.setSpacing(SPACING)
        column.addWidget(self.welcome)
        column.addLayout(ways)
        box = QWidget()
        box.setLayout(column)
        box.setFixedWidth(640)  # wrapped text gets its height only at a known width
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box)
        centred.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        return page

    def _button_bar(self) -> QWidget:
        bar = QWidget()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = self._button(layout, self.tr("&New group…"), "newGroupButton", self.add_group)
        self.edit_button = self._button(layout, self.tr("&Edit…"), "editGroupButton", self.edit_current)
        self.verify_button = self._button(
            layout, self.tr("Mark as &verified today"), "verifyGroupButton", self.verify_current
        )
        self.remove_button = self._button(
            layout, self.tr("&Remove…"), "removeGroupButton", self.remove_current
        )
        layout.addStretch(1)
        self.export_button = self._button(layout, self.tr("E&xport CSV…"), "exportCsvButton", self.export_csv)
        self.import_button = self._button(layout, self.tr("&Import CSV…"), "importCsvButton", self.import_csv)
        return bar

    def _button(self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.kommune_filter, self.weekday_filter, self.organisation_filter, self.audience_filter)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.back_button, *self._filter_combos(), self.search, self.table]
        chain += [self.new_button, self.edit_button, self.verify_button, self.remove_button]
        tab_chain([*chain, self.export_button, self.import_button])

    # Showing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the directory again (filters and the current group kept) and give the table the keyboard."""
        self._groups = self._selfhelp.groups()
        self._fill_kommune_filter()
        self._fill_organisation_filter()
        self._show_groups()
        if not self._groups:
            self.welcome_new.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.stack.currentWidget() is self.table:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_kommune_filter(self) -> None:
        used = {group.kommune_number for group in self._groups if group.kommune_number}
        with_groups = [kommune for kommune in self._kommuner if kommune.number in used]
        others = [kommune for kommune in self._kommuner if kommune.number not in used]
        entries: list[tuple[str, str | None]] = [(self.tr("All municipalities"), None)]
        entries += [(kommune.display_name, kommune.number) for kommune in with_groups]
        self._refill(
            self.kommune_filter, entries, [(kommune.display_name, kommune.number) for kommune in others]
        )

    def _fill_organisation_filter(self) -> None:
        national = self._organisations()
        keys = {organisation.key for organisation in national}
        free = sorted({g.organisation for g in self._groups if g.organisation not in keys}, key=sort_key)
        entries: list[tuple[str, str | None]] = [(self.tr("All organisations"), None)]
        entries += [(organisation.short_name, organisation.key) for organisation in national]
        self._refill(self.organisation_filter, entries, [(name, name) for name in free])

    def _refill(
        self, combo: QComboBox, entries: list[tuple[str, str | None]], more: list[tuple[str, str]]
    ) -> None:
        """Fill `combo` (`more` below a line) and choose again what was chosen, without filtering."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        if more:
            combo.insertSeparator(combo.count())
        for text, data in more:
            combo.addItem(text, data)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def group_filter(self) -> GroupFilter:
        audience = self.audience_filter.currentData()
        return GroupFilter(
            kommune=self.kommune_filter.currentData(),
            weekday=self.weekday_filter.currentData(),
            organisation=self.organisation_filter.currentData(),
            audience=Audience(audience) if audience else None,
            text=self.search.text(),
        )

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._show_groups()

    def _show_groups(self) -> None:
        current = self.current()
        shown = find_groups(self._groups, self.group_filter())
        self.model.set_groups(shown)
        self._update_count(len(shown))
        has_groups = bool(self._groups)
        for widget in (self.explanation, self.filters, self.button_bar):
            widget.setVisible(has_groups)
        self.count.setVisible(has_groups)
        if not has_groups:
            self.stack.setCurrentIndex(2)
        else:
            self.stack.setCurrentIndex(0 if shown else 1)
        self._restore_current(current.group_id if current else None)
        self._update_buttons()
        if shown and not self._sized:
            self._size_columns()

    def _size_columns(self) -> None:
        """Fit each column to its texts once (up to a limit); after that the user's widths stay."""
        self._sized = True
        header = self.table.horizontalHeader()
        character = self.table.fontMetrics().averageCharWidth()
        for column, most in _MOST_CHARACTERS.items():
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted + SPACING, most * character))

    def _update_count(self, shown: int) -> None:
        total = len(self._groups)
        if shown == total:
            self.count.setText(self.tr("%n group(s)", "", total))
        else:
            self.count.setText(self.tr("%1 of %n groups", "", total).replace("%1", str(shown)))

    def _restore_current(self, group_id: GroupId | None) -> None:
        row = self.model.row_of(group_id) if group_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        has_current = self.current() is not None
        for button in (self.edit_button, self.verify_button, self.remove_button):
            button.setEnabled(has_current)

    def current(self) -> LocalGroup | None:
        return self.model.valid_row(self.table.currentIndex())

    def _select(self, group_id: GroupId) -> None:
        row = self.model.row_of(group_id)
        if row is None:  # the new group does not match the filters: show it anyway
            self.clear_filters()
            row = self.model.row_of(group_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, message: str, group_id: GroupId | None = None) -> None:
        self.refresh()
        if group_id is not None:
            self._select(group_id)
        self.status.setText(message)
        self.directory_changed.emit()

    def _refused(self, error: ValidationError) -> None:
        text = "\n".join(problem_text(issue.problem) for issue in error.issues)
        Messages.warning(self, self.tr("Not saved"), text)

    # Changing ----------------------------------------------------------------

    def add_group(self) -> None:
        from dischargeplanner.ui.dialogs.group_dialog import GroupDialog  # noqa: PLC0415 - on demand

        start: LocalGroup | None = None
        while True:
            group = GroupDialog.new_group(
                self, self._organisations(), self._kommuner, self._user, self._today(), self._groups, start
            )
            if group is None:
                return
            try:
                group_id = self._selfhelp.add_group(group, self._user)
            except ValidationError as error:
                self._refused(error)
                start = group  # back to the dialog with everything as typed
                continue
            self._changed(self.tr("Added «%1».").replace("%1", group.name), group_id)
            return

    def edit_current(self) -> None:
        from dischargeplanner.ui.dialogs.group_dialog import GroupDialog  # noqa: PLC0415 - on demand

        group = self.current()
        while group is not None:
            changed = GroupDialog.edit_group(
                self, group, self._organisations(), self._kommuner, self._user, self._today(), self._groups
            )
            if changed is None:
                return
            try:
                self._selfhelp.update_group(changed, self._user)
            except ValidationError as error:
                self._refused(error)
                group = changed
                continue
            self._changed(self.tr("Saved «%1».").replace("%1", changed.name), changed.group_id)
            return

    def verify_current(self) -> None:
        group = self.current()
        if group is None:
            return
        try:
            self._selfhelp.mark_verified(group.group_id, self._user)
        except ValidationError as error:
            self._refused(error)
            return
        self._changed(self.tr("«%1» marked as verified today.").replace("%1", group.name), group.group_id)

    def remove_current(self) -> None:
        group = self.current()
        if group is None:
            return
        question = self.tr(
            "Remove «%1» from the directory? Plans that name the group still show it, marked as removed."
        )
        if not Messages.question(self, self.tr("Remove group"), question.replace("%1", group.name)):
            return
        self._selfhelp.remove_group(group.group_id, self._user)
        self._changed(self.tr("Removed «%1».").replace("%1", group.name))

    # CSV ------------------------------------------------------------------------

    def export_csv(self) -> None:
        from dischargeplanner.ui.dialogs.group_import_dialog import GroupExport  # noqa: PLC0415 - on demand

        exporter = GroupExport(self)
        written = exporter.run(self._groups, self._organisations(), self._kommune_names, self._today())
        exporter.deleteLater()
        if written is not None:
            self.status.setText(written)

    def import_csv(self) -> None:
        from dischargeplanner.ui.dialogs.group_import_dialog import GroupImport  # noqa: PLC0415

        importer = GroupImport(
            self, self._selfhelp, self._organisations(), self._kommuner, self._user, self._today()
        )
        plan = importer.run()
        importer.deleteLater()
        if plan is None:
            return
        text = self.tr("Imported: %1.").replace(
            "%1", ", ".join(self._import_counts(plan.added, plan.changed))
        )
        self._changed(text)

    def _import_counts(self, added: Sequence[object], changed: Sequence[object]) -> list[str]:
        return [self.tr("%n new", "", len(added)), self.tr("%n changed", "", len(changed))]
