"""'Sikkerhetskopier': the administrators' list of backups, taking one now, and restoring one.

Restoring never deletes: the data as it is now is set aside in the data folder and the program
opens the restored data. Taking and restoring are given as functions (the composition root
closes and reopens the database around a restore); the dialog only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.backups import KEEP_NEWEST, BackupInfo
from dischargeplanner.domain.services import StorageError
from dischargeplanner.ui.dialogs.form import muted_label, tab_chain
from dischargeplanner.ui.formatting import format_datetime
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.row_table_model import Index, RowTableModel
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING

COL_TAKEN, COL_PLANS, COL_SIZE, COL_STATUS = range(4)
# Sizes as the file manager on the ward's Windows PCs shows them.
BYTES_PER_MB = 1024 * 1024

ListBackups = Callable[[], list[BackupInfo]]
MakeBackup = Callable[[], BackupInfo]
RestoreBackup = Callable[[BackupInfo], None]


def size_text(size_bytes: int) -> str:
    megabytes = QLocale().toString(size_bytes / BYTES_PER_MB, "f", 1)
    return QCoreApplication.translate("BackupDialog", "%1 MB").replace("%1", megabytes)


def status_text(info: BackupInfo) -> str:
    if info.ok:
        return QCoreApplication.translate("BackupDialog", "OK")
    return QCoreApplication.translate("BackupDialog", "Damaged")


class BackupModel(RowTableModel[BackupInfo]):
    """The backups, newest first; damaged ones say so in words and in red."""

    column_count = 4

    def __init__(self) -> None:
        super().__init__()
        self._order = (COL_TAKEN, Qt.SortOrder.DescendingOrder)

    def column_titles(self) -> list[str]:
        return [
            QCoreApplication.translate("BackupDialog", "Taken"),
            QCoreApplication.translate("BackupDialog", "Plans"),
            QCoreApplication.translate("BackupDialog", "Size"),
            QCoreApplication.translate("BackupDialog", "Status"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(self._sorted(backups))

    def row_of(self, path: Path) -> int | None:
        for row in range(self.rowCount()):
            if self.row_at(row).path == path:
                return row
        return None

    def cell(self, info: BackupInfo, column: int) -> str:
        if column == COL_TAKEN:
            return format_datetime(info.taken_at)
        if column == COL_PLANS:
            return str(info.plan_count) if info.plan_count is not None else "–"
        if column == COL_SIZE:
            return size_text(info.size_bytes)
        return status_text(info)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        info = self.valid_row(index)
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if not info.ok:
                return QCoreApplication.translate(
                    "BackupDialog",
                    "This backup cannot be read: it is damaged, or was taken under another key. "
                    "It cannot be restored.",
                )
            return info.path.name
        if role == Qt.ItemDataRole.ForegroundRole and not info.ok:
            return QBrush(QColor(ERROR_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_PLANS, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def _sorted(self, backups: list[BackupInfo]) -> list[BackupInfo]:
        column, order = self._order

        def key(info: BackupInfo) -> tuple[float, float]:
            moment = info.taken_at.timestamp()
            if column == COL_PLANS:
                return (info.plan_count if info.plan_count is not None else -1, moment)
            if column == COL_SIZE:
                return (info.size_bytes, moment)
            if column == COL_STATUS:
                return (int(info.ok), moment)
            return (moment, 0)

        return sorted(backups, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a backup is written or restored (a second or two on a large ward)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class BackupDialog(QDialog):
    """The ward's backups with taking one now and restoring one; `restored` says whether one was."""

    def __init__(
        self,
        list_backups: ListBackups,
        make: MakeBackup,
        restore: RestoreBackup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._list_backups = list_backups
        self._make = make
        self._restore = restore
        self.restored = False
        self.model = BackupModel()
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        intro = self.tr(
            "A backup of all plans is taken when the program starts, once a day, and whenever you "
            "choose «Back up now». Backups are encrypted like the plans themselves. The %1 newest "
            "are kept, and the first backup of each month for a year."
        )
        layout.addWidget(muted_label(intro.replace("%1", str(KEEP_NEWEST)), "backupIntro"))
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no backups yet. Take the first one with «Back up now»."))
        self.empty.setObjectName("backupsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        self.note = muted_label("", "backupNote")
        self.note.hide()
        layout.addWidget(self.note)
        layout.addLayout(self._buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        layout.addWidget(close)
        tab_chain([self.table, self.make_button, self.restore_button, self.close_button])
        self.resize(640, 440)
        self.refresh()
        self.table.setFocus()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("backupsTable")
        table.setAccessibleName(self.tr("Backups"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicator(COL_TAKEN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._update_buttons())
        # Enter (or a double click) on a backup offers to restore it; the question says No by default.
        table.activated.connect(lambda _index: self.restore_selected())
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Back up now"))
        self.make_button.setObjectName("makeBackupButton")
        self.make_button.setToolTip(self.tr("Take a backup of all plans as they are now"))
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setToolTip(
            self.tr("Go back to the selected backup; the data as it is now is set aside, not deleted")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.make_button, self.restore_button):
            button.setAutoDefault(False)  # Enter in the list is the table's, never a button's
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            row.addWidget(button)
        row.addStretch(1)
        return row

    # Showing ---------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Read the backups again; the selected one (or `select`) stays selected."""
        current = self.current()
        chosen = select or (current.path if current is not None else None)
        self.model.set_backups(self._list_backups())
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.table.resizeColumnsToContents()
        row = self.model.row_of(chosen) if chosen is not None else None
        if has_rows:
            self.table.selectRow(row if row is not None else 0)
        self._update_buttons()

    def current(self) -> BackupInfo | None:
        return self.model.valid_row(self.table.currentIndex())

    def _update_buttons(self) -> None:
        current = self.current()
        self.restore_button.setEnabled(current is not None and current.ok)

    def _say(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))

    # Taking and restoring --------------------------------------------------

    def make_backup(self) -> None:
        """Take a backup now, then show it selected in the list; a failure is said in a message."""
        try:
            with _busy():
                info = self._make()
        except StorageError as error:
            # Storage says what happened, and that nothing was changed, in a whole sentence.
            Messages.warning(self, self.tr("No backup taken"), str(error))
            return
        except OSError as error:
            text = self.tr("The backup could not be taken (%1). Nothing was changed in the plans.")
            Messages.warning(self, self.tr("No backup taken"), text.replace("%1", str(error)))
            return
        self.refresh(select=info.path)
        count = info.plan_count if info.plan_count is not None else 0
        note = self.tr("Backup taken %1 with %n plans.", "", count)
        self._say(note.replace("%1", format_datetime(info.taken_at)))
        self.table.setFocus()

    def restore_selected(self) -> None:
        """Ask first; then restore the selected backup and close, so the program opens it."""
        info = self.current()
        if info is None or not info.ok:
            return
        taken = format_datetime(info.taken_at)
        count = info.plan_count if info.plan_count is not None else 0
        question = self.tr(
            "Restore the backup from %1 (%n plans)?\n\n"
            "The data as it is now is set aside in the data folder, not deleted. What was recorded "
            "after %1 is then no longer shown. The program opens the restored data at once.",
            "",
            count,
        ).replace("%1", taken)
        if not Messages.question(self, self.tr("Restore backup"), question):
            return
        try:
            with _busy():
                self._restore(info)
        except (StorageError, OSError) as error:
            if isinstance(error, StorageError):
                said = str(error)
            else:
                said = self.tr("The backup could not be restored (%1).").replace("%1", str(error))
            kept = self.tr("Nothing was lost: the data as it was is still in use.")
            Messages.warning(self, self.tr("Not restored"), f"{said}\n\n{kept}")
            self.refresh()
            return
        self.restored = True
        self.accept()

    @classmethod
    def show_backups(
        cls,
        parent: QWidget | None,
        list_backups: ListBackups,
        make: MakeBackup,
        restore: RestoreBackup,
    ) -> bool:
        """Show the backups until closed; returns whether one was restored (the data changed)."""
        dialog = cls(list_backups, make, restore, parent)
        dialog.exec()
        return dialog.restored
