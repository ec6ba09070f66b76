"""The group directory as CSV: export, and import of the whole file or nothing, shown before it is written.

A file with any bad line is refused as a whole and each bad line is named, so the
directory never holds half a list. A readable file is previewed (new, changed with
each field "before → after", unchanged) and written in one transaction on «Import».
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.group_csv import (
    CsvColumn,
    CsvProblem,
    CsvRefusedError,
    RowProblem,
    column_limit,
    groups_from_csv,
    groups_to_csv,
)
from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp import ImportPlan, SelfHelpService, cleaned_group, validate_group
from dischargeplanner.domain.selfhelp_model import LocalGroup, Organisation
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.ui.dialogs.form import muted_label, ok_cancel
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.selfhelp_texts import (
    audience_name,
    group_label,
    meetings_text,
    mode_name,
    openness_name,
)
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text

CSV_FILTER = "CSV (*.csv)"

_CSV_PROBLEMS: dict[CsvProblem, object] = {
    CsvProblem.EMPTY_FILE: QT_TRANSLATE_NOOP("GroupImport", "the file is empty."),
    CsvProblem.NOT_CSV: QT_TRANSLATE_NOOP(
        "GroupImport",
        "this is not a CSV file with the directory's columns. In the spreadsheet, "
        "save it as «CSV (semicolon separated)».",
    ),
    CsvProblem.MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "GroupImport", "this column is missing from the first line."
    ),
    CsvProblem.DUPLICATE_COLUMN: QT_TRANSLATE_NOOP("GroupImport", "this column is in the first line twice."),
    CsvProblem.WRONG_COLUMN_COUNT: QT_TRANSLATE_NOOP(
        "GroupImport",
        "the line has %1 cells, which does not fit the columns. Is there a ; or a line break "
        "in a cell without quotes?",
    ),
    CsvProblem.ORGANISATION_MISSING: QT_TRANSLATE_NOOP("GroupImport", "the organisation is missing."),
    CsvProblem.NAME_MISSING: QT_TRANSLATE_NOOP("GroupImport", "the group's name is missing."),
    CsvProblem.UNKNOWN_KOMMUNE: QT_TRANSLATE_NOOP("GroupImport", "no municipality has this number."),
    CsvProblem.BAD_WEEKDAY: QT_TRANSLATE_NOOP(
        "GroupImport", "not a weekday. Write mandag, tirsdag … søndag (or man, tir …)."
    ),
    CsvProblem.BAD_TIME: QT_TRANSLATE_NOOP(
        "GroupImport", "the time cannot be read. Write e.g. mandag 19:00."
    ),
    CsvProblem.BAD_CHOICE: QT_TRANSLATE_NOOP("GroupImport", "not one of the choices. Write %1."),
    CsvProblem.BAD_PHONE: QT_TRANSLATE_NOOP(
        "GroupImport", "a phone number has digits, and may have spaces and a leading +."
    ),
    CsvProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "GroupImport", "the date cannot be read. Write it as dd.mm.yyyy, e.g. 24.03.2026."
    ),
    CsvProblem.VERIFIED_IN_FUTURE: QT_TRANSLATE_NOOP("GroupImport", "the date is in the future."),
    CsvProblem.VERIFIED_BY_MISSING: QT_TRANSLATE_NOOP(
        "GroupImport", "write who verified the entry (the date is filled in)."
    ),
    CsvProblem.DUPLICATE: QT_TRANSLATE_NOOP(
        "GroupImport", "the same group as on line %1 (same organisation, name and municipality)."
    ),
    CsvProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "GroupImport", "too long: this column takes at most %1 characters."
    ),
    CsvProblem.INVALID: QT_TRANSLATE_NOOP("GroupImport", "this value cannot be stored."),
}
# The words a choice column takes: the file's own words, the same in every language.
_CHOICES: dict[str, str] = {
    CsvColumn.OPEN: "«åpent» / «lukket»",
    CsvColumn.AUDIENCE: "«pasienter» / «pårørende» / «begge»",
    CsvColumn.MODE: "«fysisk» / «nett»",
    CsvColumn.WOMEN_ONLY: "«ja» / «nei»",
}


def csv_problem_text(problem: RowProblem) -> str:
    """What is wrong with one cell or line of the file, and how to put it right."""
    text = QCoreApplication.translate("GroupImport", str(_CSV_PROBLEMS[problem.problem]))  # tr-dynamic
    if problem.problem is CsvProblem.WRONG_COLUMN_COUNT:
        return text.replace("%1", problem.value)
    if problem.problem is CsvProblem.BAD_CHOICE:
        return text.replace("%1", _CHOICES.get(problem.column, "…"))
    if problem.problem is CsvProblem.DUPLICATE:
        return text.replace("%1", str(problem.other_line or "?"))
    if problem.problem is CsvProblem.TOO_LONG:
        return text.replace("%1", QLocale().toString(column_limit(problem.column)))
    return text


class CsvLocation:
    """The CSV file dialogs (export and import); tests set `prepared_answers` (paths, None = cancel)."""

    prepared_answers: ClassVar[list[Path | None] | None] = None
    folder: ClassVar[str] = ""

    @classmethod
    def choose_save(cls, parent: QWidget, title: str, file_name: str) -> Path | None:
        if cls.prepared_answers is not None:
            return cls.prepared_answers.pop(0) if cls.prepared_answers else None
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(cls._folder() / file_name), CSV_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        cls.folder = str(path.parent)
        return path

    @classmethod
    def choose_open(cls, parent: QWidget, title: str) -> Path | None:
        if cls.prepared_answers is not None:
            return cls.prepared_answers.pop(0) if cls.prepared_answers else None
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(cls._folder()), CSV_FILTER)
        if not chosen:
            return None
        cls.folder = str(Path(chosen).parent)
        return Path(chosen)

    @classmethod
    def _folder(cls) -> Path:
        return Path(
            cls.folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )


class GroupExport(QObject):
    """Write the whole directory to a CSV file the user chooses, safely (all or nothing)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def run(
        self,
        groups: Sequence[LocalGroup],
        organisations: Sequence[Organisation],
        kommune_names: Mapping[str, str],
        today: date,
    ) -> str | None:
        """Ask for a file and write it; a line saying how many groups went where, or None."""
        from dischargeplanner.documents.export import write_atomic  # noqa: PLC0415 - not needed at start-up

        file_name = self.tr("self-help-groups-%1.csv").replace("%1", today.isoformat())
        path = CsvLocation.choose_save(self._parent, self.tr("Export the directory as CSV"), file_name)
        if path is None:
            return None
        try:
            write_atomic(path, groups_to_csv(groups, organisations, kommune_names))
        except OSError as error:
            text = self.tr("«%1» could not be saved: %2").replace("%1", str(path))
            Messages.warning(
                self._parent, self.tr("Not exported"), text.replace("%2", error.strerror or str(error))
            )
            return None
        listed = [group for group in groups if not group.removed]
        return self.tr("%n group(s) written to %1.", "", len(listed)).replace("%1", str(path))


class GroupImport(QObject):
    """Read a file, refuse it or preview it, and import it on the user's word."""

    def __init__(
        self,
        parent: QWidget,
        selfhelp: SelfHelpService,
        organisations: Sequence[Organisation],
        kommuner: Sequence[Kommune],
        user: str,
        today: date,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._selfhelp = selfhelp
        self._organisations = tuple(organisations)
        self._names = {kommune.number: kommune.display_name for kommune in kommuner}
        self._user = user
        self._today = today

    def kommune_name(self, number: str | None) -> str:
        if number is None:
            return self.tr("None – online")
        return self._names.get(number, number)

    def run(self) -> ImportPlan | None:
        """Ask for a file and import it; what was imported, or None when nothing was."""
        path = CsvLocation.choose_open(self._parent, self.tr("Import self-help groups from CSV"))
        if path is None:
            return None
        incoming = self._read(path)
        if incoming is None:
            return None
        try:
            plan = self._selfhelp.preview_import(incoming)
        except ValidationError as error:
            RefusalDialog.show_refusal(self._parent, path.name, self._group_lines(incoming, error))
            return None
        if plan.is_empty:
            text = self.tr(
                "The %n group(s) in «%1» are already in the directory, unchanged.", "", plan.unchanged
            )
            Messages.information(self._parent, self.tr("Nothing to import"), text.replace("%1", path.name))
            return None
        dialog = ImportPreviewDialog(plan, self._organisations, self.kommune_name, self._today, self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return self._selfhelp.import_groups(incoming, self._user) if accepted else None

    def _read(self, path: Path) -> list[LocalGroup] | None:
        try:
            data = path.read_bytes()
        except OSError as error:
            text = (
                self.tr("«%1» could not be read: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or "")
            )
            Messages.warning(self._parent, self.tr("File not read"), text)
            return None
        try:
            return groups_from_csv(data, self._organisations, frozenset(self._names), self._today)
        except CsvRefusedError as error:
            RefusalDialog.show_refusal(self._parent, path.name, [self._row_line(p) for p in error.problems])
            return None

    def _row_line(self, problem: RowProblem) -> str:
        if not problem.column or problem.problem is CsvProblem.WRONG_COLUMN_COUNT:
            text = self.tr("Line %1: %4")
        elif not problem.value:
            text = self.tr("Line %1, %2: %4")
        else:
            text = self.tr("Line %1, %2 «%3»: %4")
        return (
            text.replace("%1", str(problem.line))
            .replace("%2", problem.column)
            .replace("%3", problem.value)
            .replace("%4", csv_problem_text(problem))
        )

    def _group_lines(self, incoming: Sequence[LocalGroup], error: ValidationError) -> list[str]:
        """Each group the directory would not take, by name (the file itself was readable)."""
        known = frozenset(self._names)
        lines = []
        for group in incoming:
            for issue in validate_group(cleaned_group(group), self._today, known):
                text = self.tr("Group «%1»: %2").replace("%1", group.name)
                lines.append(text.replace("%2", problem_text(issue.problem)))
        return lines or [problem_text(issue.problem) for issue in error.issues]


class RefusalDialog(QDialog):
    """The file was not imported: every bad line, and what to do about it."""

    def __init__(self, file_name: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importRefusalDialog")
        self.setWindowTitle(self.tr("File not imported"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        heading = QLabel(self.tr("Nothing was imported"))
        heading.setObjectName("refusalHeading")
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        text = self.tr(
            "«%1» has %n problem(s). The whole file is refused, so the directory is just as it was. "
            "Correct the lines below in the file and import it again.",
            "",
            len(lines),
        )
        layout.addWidget(muted_label(text.replace("%1", file_name), "refusalExplanation"))
        self.problems = QListWidget()
        self.problems.setObjectName("refusalList")
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setWordWrap(True)
        self.problems.addItems(list(lines))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    @classmethod
    def show_refusal(cls, parent: QWidget | None, file_name: str, lines: Sequence[str]) -> None:
        dialog = cls(file_name, lines, parent)
        dialog.exec()
        dialog.deleteLater()


class ImportPreviewDialog(QDialog):
    """What the import would add and change; nothing is written before «Import»."""

    def __init__(
        self,
        plan: ImportPlan,
        organisations: Sequence[Organisation],
        kommune_name: Callable[[str | None], str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import self-help groups"))
        self.setMinimumSize(720, 480)
        self._organisations = tuple(organisations)
        self._kommune_name = kommune_name
        self._today = today
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        self.summary = QLabel(self.summary_text(plan))
        self.summary.setObjectName("importSummary")
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        explanation = self.tr(
            "Nothing has been imported yet. «Import» adds the new groups and makes the changes below; "
            "groups that are not in the file stay in the directory as they are."
        )
        layout.addWidget(muted_label(explanation, "importExplanation"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("importTree")
        self.tree.setAccessibleName(self.tr("New and changed groups"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self._fill(plan)
        layout.addWidget(self.tree, 1)
        self.buttons, self.ok_button = ok_cancel(self)
        self.ok_button.setText(self.tr("&Import"))
        layout.addWidget(self.buttons)
        self.tree.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tree.expandAll()

    def summary_text(self, plan: ImportPlan) -> str:
        return ", ".join(
            (
                self.tr("%n new", "", len(plan.added)),
                self.tr("%n changed", "", len(plan.changed)),
                self.tr("%n unchanged", "", plan.unchanged),
            )
        )

    def _fill(self, plan: ImportPlan) -> None:
        self._tops: list[QTreeWidgetItem] = []
        if plan.added:
            added = self._top(self.tr("New groups (%n)", "", len(plan.added)))
            for group in plan.added:
                QTreeWidgetItem(added, [self._label(group)])
        if plan.changed:
            changed = self._top(self.tr("Changed groups (%n)", "", len(plan.changed)))
            for before, after in plan.changed:
                item = QTreeWidgetItem(changed, [self._label(after)])
                for field, old, new in field_changes(before, after, self._organisations, self._kommune_name):
                    QTreeWidgetItem(item, [f"{field}: {old} → {new}"])
        self.tree.expandAll()

    def _top(self, text: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem(self.tree, [text])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self._tops.append(top)
        return top

    def _label(self, group: LocalGroup) -> str:
        return group_label(group, self._organisations, self._kommune_name, self._today)

    def texts(self) -> list[str]:
        """Every line of the preview, depth first (for tests and screen readers)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item.text(0))
            for child in range(item.childCount()):
                child_item = item.child(child)
                if child_item is not None:
                    walk(child_item)

        for top in self._tops:
            walk(top)
        return found


class FieldChanges(QObject):
    """The name of each field of an entry, as the preview shows a change to it."""

    def changes(
        self,
        before: LocalGroup,
        after: LocalGroup,
        organisations: Sequence[Organisation],
        kommune_name: Callable[[str | None], str],
    ) -> list[tuple[str, str, str]]:
        fields: list[tuple[str, Callable[[LocalGroup], str]]] = [
            (self.tr("Organisation"), lambda g: organisation_name(organisations, g.organisation)),
            (self.tr("Group name"), lambda g: g.name),
            (self.tr("Municipality"), lambda g: kommune_name(g.kommune_number)),
            (self.tr("Address"), lambda g: g.address),
            (self.tr("Meeting days"), lambda g: meetings_text(g, short=False)),
            (self.tr("Meeting"), lambda g: openness_name(g.open_meeting)),
            (self.tr("Takes place"), lambda g: mode_name(g.mode)),
            (self.tr("For whom"), lambda g: audience_name(g.audience)),
            (self.tr("Language"), lambda g: g.language),
            (self.tr("Women only"), lambda g: self.tr("yes") if g.women_only else self.tr("no")),
            (self.tr("Phone"), lambda g: g.phone),
            (self.tr("Note"), lambda g: g.note),
            (self.tr("Last verified"), lambda g: format_date(g.verified_on) if g.verified_on else ""),
            (self.tr("Verified by"), lambda g: g.verified_by),
        ]
        found = []
        if before.removed and not after.removed:  # the file brings a removed entry back
            found.append((self.tr("Status"), self.tr("removed"), self.tr("in the directory again")))
        for name, text in fields:
            old, new = text(before), text(after)
            if old != new:
                found.append((name, old or "–", new or "–"))
        return found


def field_changes(
    before: LocalGroup,
    after: LocalGroup,
    organisations: Sequence[Organisation],
    kommune_name: Callable[[str | None], str],
) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field that differs, in words; an empty field shows as "–"."""
    return FieldChanges().changes(before, after, organisations, kommune_name)
