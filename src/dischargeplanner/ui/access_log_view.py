"""'Tilgangslogg': who opened, changed, printed or saved which plan, and when (helsepersonelloven § 21 a).

For administrators: the whole log with filters (user, patient, period), the result of the
hash-chain check, and the patient's extract (innsynslogg) for the selected row's plan.
The log is read once per refresh; the filters narrow it in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
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

from dischargeplanner.domain.access_log import (
    AccessEntry,
    AccessKind,
    AccessLogService,
    AccessQuery,
    ChainBreak,
    ChainReport,
    select,
    validate_query,
)
from dischargeplanner.domain.services import NotFoundError, StorageError
from dischargeplanner.domain.text import sort_key
from dischargeplanner.ui.access_details import detail_text
from dischargeplanner.ui.dialogs.form import date_edit, muted_label, tab_chain
from dischargeplanner.ui.formatting import format_datetime, from_qdate, to_qdate
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.store_problems import file_problem_text
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import page_title_bar

if TYPE_CHECKING:
    from dischargeplanner.documents.export import DocumentMaker

# The period shown when the view opens: the last 30 days.
DEFAULT_DAYS = 30

COL_TIME, COL_USER, COL_PATIENT, COL_ACTION, COL_DETAIL = range(5)

_KIND_TEXTS = {
    AccessKind.OPENED: QT_TRANSLATE_NOOP("AccessLog", "Opened the plan"),
    AccessKind.CREATED: QT_TRANSLATE_NOOP("AccessLog", "Created the plan"),
    AccessKind.DETAILS: QT_TRANSLATE_NOOP("AccessLog", "Changed the patient's or the stay's details"),
    AccessKind.DISCHARGED: QT_TRANSLATE_NOOP("AccessLog", "Registered the discharge"),
    AccessKind.REOPENED: QT_TRANSLATE_NOOP("AccessLog", "Reopened the plan"),
    AccessKind.STATUS: QT_TRANSLATE_NOOP("AccessLog", "Changed the plan's status"),
    AccessKind.ITEM: QT_TRANSLATE_NOOP("AccessLog", "Changed a checklist item"),
    AccessKind.AREA: QT_TRANSLATE_NOOP("AccessLog", "Changed an area's status or goal"),
    AccessKind.ACTION: QT_TRANSLATE_NOOP("AccessLog", "Changed an agreed action"),
    AccessKind.CONSENT: QT_TRANSLATE_NOOP("AccessLog", "Changed a consent"),
    AccessKind.APPOINTMENT: QT_TRANSLATE_NOOP("AccessLog", "Changed an appointment"),
    AccessKind.COORDINATION: QT_TRANSLATE_NOOP("AccessLog", "Changed the cooperation with the municipality"),
    AccessKind.MEETING: QT_TRANSLATE_NOOP("AccessLog", "Changed a meeting or its minutes"),
    AccessKind.CRISIS: QT_TRANSLATE_NOOP("AccessLog", "Changed the crisis plan"),
    AccessKind.FAMILY: QT_TRANSLATE_NOOP("AccessLog", "Changed children and family"),
    AccessKind.SELF_HELP: QT_TRANSLATE_NOOP("AccessLog", "Changed self-help"),
    AccessKind.GROUP_DIRECTORY: QT_TRANSLATE_NOOP("AccessLog", "Changed the self-help group directory"),
    AccessKind.FOLLOW_UP_CALL: QT_TRANSLATE_NOOP("AccessLog", "Recorded the call after discharge"),
    AccessKind.USER_ACCOUNT: QT_TRANSLATE_NOOP("AccessLog", "Changed a user account"),
    AccessKind.RESTORED: QT_TRANSLATE_NOOP("AccessLog", "Restored the database from a backup"),
    AccessKind.UNDO: QT_TRANSLATE_NOOP("AccessLog", "Undid a change"),
    AccessKind.REDO: QT_TRANSLATE_NOOP("AccessLog", "Redid a change"),
    AccessKind.PRINTED: QT_TRANSLATE_NOOP("AccessLog", "Printed a document"),
    AccessKind.SAVED_PDF: QT_TRANSLATE_NOOP("AccessLog", "Saved a document as PDF"),
    AccessKind.MINUTES: QT_TRANSLATE_NOOP("AccessLog", "Saved meeting minutes as PDF"),
    AccessKind.ACCESS_EXTRACT: QT_TRANSLATE_NOOP("AccessLog", "Saved the access extract as PDF"),
    AccessKind.DOCUMENT: QT_TRANSLATE_NOOP("AccessLog", "Printed or saved a document"),
    AccessKind.OTHER: QT_TRANSLATE_NOOP("AccessLog", "Other action (%1)"),
}

_BREAK_TEXTS = {
    ChainBreak.EDITED: QT_TRANSLATE_NOOP("AccessLog", "its content was changed after it was written"),
    ChainBreak.LINK: QT_TRANSLATE_NOOP(
        "AccessLog", "it does not follow the row before it: a row may have been removed or inserted"
    ),
    ChainBreak.UNSEALED: QT_TRANSLATE_NOOP(
        "AccessLog", "it was written without its checksum, outside the program"
    ),
}


def _t(text: object) -> str:
    # Every caller's text is marked with QT_TRANSLATE_NOOP("AccessLog", ...) above, so lupdate sees it.
    return QCoreApplication.translate("AccessLog", str(text))  # tr-dynamic


def action_text(entry: AccessEntry) -> str:
    """What the row records, in words; an action this version does not know shows its code."""
    return _t(_KIND_TEXTS[entry.kind]).replace("%1", entry.action)


def chain_text(report: ChainReport) -> str:
    """The check's result in one line: whole, or where and why it breaks."""
    if report.ok:
        # Not a %n plural: lupdate does not see one in QCoreApplication.translate.
        return QCoreApplication.translate("AccessLog", "The log is whole (rows checked: %1).").replace(
            "%1", str(report.rows_checked)
        )
    reason = _t(_BREAK_TEXTS[report.reason]) if report.reason else ""
    return (
        QCoreApplication.translate(
            "AccessLog",
            "Warning: the log is broken at row %1 – %2. Rows may have been changed or removed outside "
            "the program; tell whoever is responsible for information security.",
        )
        .replace("%1", str(report.broken_at))
        .replace("%2", reason)
    )


class AccessLogModel(RowTableModel[AccessEntry]):
    """The log's rows; sorted newest first unless the user sorts by another column."""

    column_count = 5

    def __init__(self) -> None:
        super().__init__()
        self.broken_at: int | None = None
        self._order = (COL_TIME, Qt.SortOrder.DescendingOrder)

    def column_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("AccessLog", "Time"),
            QCoreApplication.translate("AccessLog", "User"),
            QCoreApplication.translate("AccessLog", "Patient"),
            QCoreApplication.translate("AccessLog", "Action"),
            QCoreApplication.translate("AccessLog", "Details"),
        ]

    def set_entries(self, entries: list[AccessEntry]) -> None:
        self.set_rows(self._sorted(entries))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.valid_row(index)
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and entry.audit_id == self.broken_at:
            return QBrush(QColor(ERROR_COLOUR))
        return None

    def _cell(self, entry: AccessEntry, column: int) -> str:
        if column == COL_TIME:
            return format_datetime(entry.at)
        if column == COL_USER:
            return entry.user
        if column == COL_PATIENT:
            return entry.patient_name or "–"
        if column == COL_ACTION:
            return action_text(entry)
        return detail_text(entry.action, entry.detail)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, entries: list[AccessEntry]) -> list[AccessEntry]:
        column, order = self._order
        texts: dict[int, Callable[[AccessEntry], str]] = {
            COL_USER: lambda entry: entry.user,
            COL_PATIENT: lambda entry: entry.patient_name,
            COL_ACTION: action_text,
            COL_DETAIL: lambda entry: detail_text(entry.action, entry.detail),
        }
        text = texts.get(column, _no_text)
        # Rows that read alike keep the log's order; the time column is the log's order.
        return sorted(
            entries,
            key=lambda entry: (sort_key(text(entry)), entry.audit_id),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


def _no_text(_entry: AccessEntry) -> str:
    return ""


class AccessLogView(QWidget):
    """The access log page of the main window; emits `back_requested` for the ward overview."""

    back_requested = Signal()

    def __init__(
        self,
        access: AccessLogService,
        documents: Callable[[], DocumentMaker],
        user: str,
        today: Callable[[], date],
        *,
        can_view: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("accessLogView")
        self._access = access
        self._documents = documents
        self._user = user
        self._today = today
        self.can_view = can_view
        self._entries: list[AccessEntry] = []
        self._sized = False
        self.model = AccessLogModel()
        self._build()
        self.refresh()

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
        self.pages = QStackedWidget()
        self.pages.addWidget(self._log_page())
        self.denied = QLabel(
            self.tr(
                "The access log is for administrators. Ask an administrator if a patient wants to know "
                "who has opened their plan."
            )
        )
        self.denied.setObjectName("accessLogDenied")
        self.denied.setWordWrap(True)
        self.denied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.denied)
        layout.addWidget(self.pages, 1)
        filters = [self.user_filter, self.patient_filter, self.since_edit, self.until_edit, self.clear_button]
        tab_chain([self.back_button, *filters, self.table, self.extract_button, self.refresh_button])
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)

    def _title_bar(self) -> QHBoxLayout:
        bar, self.back_button, self.title, self.count = page_title_bar(
            self.tr("← Ward overview"),
            self.tr("Back to all plans (Esc)"),
            self.tr("Access log"),
            "accessLogTitle",
            "accessLogCount",
        )
        self.back_button.clicked.connect(self.back_requested)
        return bar

    def _log_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Every time a plan was opened, changed, printed or saved as a document: who and when. "
                    "Nobody can change or remove a row; the check below shows whether the log is whole."
                ),
                "accessLogExplanation",
            )
        )
        layout.addWidget(self._filter_row())
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setWordWrap(True)
        layout.addWidget(self.chain_label)
        self.table = self._table()
        self.empty = QLabel(self.tr("No entries match these filters. Widen the period or clear the filters."))
        self.empty.setObjectName("accessLogEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self._button_bar())
        return page

    def _filter_row(self) -> QWidget:
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(2)
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("userFilter")
        self.user_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.patient_filter = QLineEdit()
        self.patient_filter.setObjectName("patientFilter")
        self.patient_filter.setClearButtonEnabled(True)
        self.patient_filter.setPlaceholderText(self.tr("Part of the patient's name"))
        today = self._today()
        self.since_edit = date_edit("sinceEdit", today - timedelta(days=DEFAULT_DAYS))
        self.until_edit = date_edit("untilEdit", today)
        self.period_error = QLabel()
        self.period_error.setObjectName("periodError")
        self.period_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.period_error.hide()
        self.clear_button = QPushButton(self.tr("Show &everything"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.setToolTip(self.tr("Every user and patient, from the first row of the log"))
        self.clear_button.clicked.connect(self.clear_filters)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&User"), self.user_filter),
            (self.tr("&Patient"), self.patient_filter),
            (self.tr("&From"), self.since_edit),
            (self.tr("&To"), self.until_edit),
        ]
        for column, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.addWidget(self.clear_button, 1, len(fields))
        grid.addWidget(self.period_error, 2, 0, 1, len(fields) + 1)
        grid.setColumnStretch(1, 1)
        self.user_filter.currentIndexChanged.connect(lambda _index: self._show_entries())
        self.patient_filter.textChanged.connect(lambda _text: self._show_entries())
        self.since_edit.dateChanged.connect(lambda _day: self._show_entries())
        self.until_edit.dateChanged.connect(lambda _day: self._show_entries())
        return row

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("accessLogTable")
        table.setAccessibleName(self.tr("Access log"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_TIME, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._update_buttons())
        return table

    def _button_bar(self) -> QWidget:
        bar = QWidget()
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.extract_button = QPushButton(self.tr("Access e&xtract for the selected patient…"))
        self.extract_button.setObjectName("accessExtractButton")
        self.extract_button.setToolTip(
            self.tr("The patient's own copy (innsynslogg) as PDF: who opened or changed their plan, and when")
        )
        self.extract_button.clicked.connect(self.save_extract)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Read the log again and check it (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        layout.addWidget(self.extract_button)
        layout.addStretch(1)
        layout.addWidget(self.refresh_button)
        return bar

    # Showing ---------------------------------------------------------------

    def set_can_view(self, can_view: bool) -> None:
        """Only administrators read the log; for anyone else the page says so and reads nothing."""
        self.can_view = can_view
        self.refresh()

    def refresh(self) -> None:
        """Read and check the whole log again; the filters and their values stay."""
        if not self.can_view:
            self._entries = []
            self.model.set_entries([])
            self.count.clear()
            self.pages.setCurrentWidget(self.denied)
            return
        self.pages.setCurrentIndex(0)
        self._entries = self._access.entries(AccessQuery())
        self._show_chain(self._access.check())
        self._fill_user_filter()
        self._show_entries()

    def _show_chain(self, report: ChainReport) -> None:
        self.model.broken_at = report.broken_at
        self.chain_label.setText(chain_text(report))
        self.chain_label.setStyleSheet("" if report.ok else f"color: {ERROR_COLOUR}; font-weight: bold;")

    def _fill_user_filter(self) -> None:
        chosen = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("All users"), None)
        for user in sorted({entry.user for entry in self._entries}, key=sort_key):
            self.user_filter.addItem(user, user)
        found = self.user_filter.findData(chosen) if chosen is not None else 0
        self.user_filter.setCurrentIndex(max(found, 0))
        self.user_filter.blockSignals(False)

    def query(self) -> AccessQuery:
        return AccessQuery(
            user=self.user_filter.currentData(),
            patient=self.patient_filter.text(),
            since=from_qdate(self.since_edit.date()),
            until=from_qdate(self.until_edit.date()),
        )

    def clear_filters(self) -> None:
        """Every user and patient, from the log's first day to today."""
        first = min((entry.at.astimezone().date() for entry in self._entries), default=self._today())
        for widget in (self.user_filter, self.patient_filter, self.since_edit, self.until_edit):
            widget.blockSignals(True)
        self.user_filter.setCurrentIndex(0)
        self.patient_filter.clear()
        self.since_edit.setDate(to_qdate(min(first, self._today())))
        self.until_edit.setDate(to_qdate(self._today()))
        for widget in (self.user_filter, self.patient_filter, self.since_edit, self.until_edit):
            widget.blockSignals(False)
        self._show_entries()

    def _show_entries(self) -> None:
        query = self.query()
        issues = validate_query(query)
        # A reversed period is said next to the dates; the rows shown stay until it is fixed.
        self.period_error.setText("\n".join(problem_text(issue.problem) for issue in issues))
        self.period_error.setVisible(bool(issues))
        if issues:
            return
        current = self.current()
        shown = select(self._entries, query)
        self.model.set_entries(shown)
        self.count.setText(self.tr("%n entries", "", len(shown)))
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        if shown and not self._sized:
            # Fitted once; after that the user's widths stay.
            self._sized = True
            self.table.resizeColumnsToContents()
        self._restore_current(current)
        self._update_buttons()

    def _restore_current(self, current: AccessEntry | None) -> None:
        for row in range(self.model.rowCount()):
            if current is not None and self.model.row_at(row).audit_id == current.audit_id:
                self.table.selectRow(row)
                return
        if self.model.rowCount():
            self.table.selectRow(0)

    def current(self) -> AccessEntry | None:
        return self.model.valid_row(self.table.currentIndex())

    def _update_buttons(self) -> None:
        current = self.current()
        self.extract_button.setEnabled(current is not None and current.plan_id is not None)

    # The patient's extract -------------------------------------------------

    def save_extract(self) -> None:
        """Make the selected row's plan's innsynslogg, save it where the user chooses, and log that."""
        from dischargeplanner.ui.documents_page import SaveLocation  # noqa: PLC0415 - on demand

        current = self.current()
        if current is None or current.plan_id is None:
            return
        try:
            made = self._documents().make_access_extract(self._access, current.plan_id, self._user)
        except NotFoundError:
            Messages.warning(
                self,
                self.tr("No extract"),
                self.tr("The plan no longer exists, so there is nothing to extract."),
            )
            return
        target = SaveLocation.choose(
            self, self.tr("Save access extract as PDF"), made.file_name, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        try:
            self._documents().save_access_extract(self._access, made, target, self._user)
        except OSError as error:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be written to %1. %2 Nothing was written.")
                .replace("%1", str(target))
                .replace("%2", file_problem_text(error)),
            )
            return
        except StorageError as error:
            Messages.warning(
                self,
                self.tr("Not logged"),
                self.tr("The PDF was written to %1, but its export could not be logged (%2).")
                .replace("%1", str(target))
                .replace("%2", str(error)),
            )
        else:
            Messages.information(self, self.tr("Saved"), self.tr("Saved as %1.").replace("%1", str(target)))
        self.refresh()
