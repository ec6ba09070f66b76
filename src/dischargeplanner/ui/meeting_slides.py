"""The pages of meeting mode: the start page, one page per area, and the closing page.

Made to be read on a projector from the back of the room: DejaVu Sans at 20 pt, larger
headings, black on white, traffic lights as chips with a symbol and a word.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.meeting_model import AgendaArea, Decision, Meeting
from dischargeplanner.domain.model import ActionId, AreaKey, Responsible, TrafficLight
from dischargeplanner.ui.area_page import GoalEdit
from dischargeplanner.ui.dialogs.form import tab_chain
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.style import FONT_FAMILY, LIGHT_COLOURS, LIGHT_SYMBOLS, SPACING
from dischargeplanner.ui.texts import light_meaning, light_name, responsible_name
from dischargeplanner.ui.widgets import EnumCombo

BODY_POINTS = 20
# Lines of the minute box: room for a few sentences without scrolling.
MINUTE_LINES = 4
STYLE = """
#meetingMode QLabel, #meetingMode QLineEdit, #meetingMode QPlainTextEdit, #meetingMode QPushButton,
#meetingMode QComboBox, #meetingMode QAbstractItemView {
    font-family: "DejaVu Sans"; font-size: 20pt; color: #000000; }
#meetingMode QLabel#slideHeading { font-size: 30pt; font-weight: bold; }
#meetingMode QLabel#sectionHeading { font-size: 23pt; font-weight: bold; padding-top: 6px; }
#meetingMode QLabel#meetingTitle, #meetingMode QLabel#pageIndicator { font-size: 23pt; font-weight: bold; }
#meetingMode QLabel#decisionError { color: #b71c1c; font-weight: bold; }
#meetingMode QLineEdit, #meetingMode QPlainTextEdit, #meetingMode QListWidget {
    background: #ffffff; border: 2px solid #333333; border-radius: 4px; padding: 4px; }
#meetingMode QWidget#slideContent, #meetingMode QScrollArea,
#meetingMode QScrollArea > QWidget#qt_scrollarea_viewport { background: #ffffff; }
#meetingMode QLineEdit:focus, #meetingMode QPlainTextEdit:focus, #meetingMode QListWidget:focus {
    border: 4px solid #1f5f8b; }
#meetingMode QPushButton {
    background: #e8eef3; border: 2px solid #333333; border-radius: 6px; padding: 6px 18px; }
#meetingMode QPushButton:focus { border: 4px solid #1f5f8b; }
#meetingMode QPushButton:disabled { color: #5f5f5f; border-color: #9e9e9e; }
#meetingMode QListWidget::item:selected { background: #1f5f8b; color: #ffffff; }
"""
# Text on each light's colour that stays readable (yellow and grey are light).
_CHIP_TEXT = {
    TrafficLight.NOT_ASSESSED: "#000000",
    TrafficLight.GREEN: "#ffffff",
    TrafficLight.YELLOW: "#000000",
    TrafficLight.RED: "#ffffff",
}

# Saves an area's minute; adds a decision (True when stored); removes one.
SaveMinute = Callable[[AreaKey, str], bool | None]
AddDecision = Callable[[AreaKey, str, Responsible, str, date | None], bool]
RemoveDecision = Callable[[Decision], None]


def chip_style(light: TrafficLight) -> str:
    return (
        f"background: {LIGHT_COLOURS[light].name()}; color: {_CHIP_TEXT[light]}; border: 2px solid #000000; "
        "border-radius: 18px; padding: 4px 18px; font-size: 22pt; font-weight: bold;"
    )


def body_line() -> int:
    """The height of a line of body text (widgets are measured before the window's font reaches them)."""
    return QFontMetrics(QFont(FONT_FAMILY, BODY_POINTS)).lineSpacing()


def chip_text(light: TrafficLight) -> str:
    return f"{LIGHT_SYMBOLS[light]}  {light_name(light)}"


def chip_html(light: TrafficLight) -> str:
    colour, text = LIGHT_COLOURS[light].name(), _CHIP_TEXT[light]
    return f"<span style='background:{colour}; color:{text}'>&nbsp;{escape(chip_text(light))}&nbsp;</span>"


def parse_day(text: str) -> date | None:
    """'24.12.2026' or '24.12.26' as a date; None for an empty text; ValueError otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    for pattern in ("%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(cleaned)


def label(text: str = "", name: str = "", *, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    # Short headings on one line: a wrapping label in a scroll area is given room it does not need.
    widget.setWordWrap(name not in ("sectionHeading", "lightChip", "pageIndicator", "meetingHint"))
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def bullets(lines: list[str]) -> str:
    """Escaped lines as a rich-text list."""
    return "<ul style='margin-left:0'>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def scroller(content: QWidget, name: str) -> QScrollArea:
    """A page or column that scrolls when it does not fit; it takes the keyboard to scroll by arrows."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    content.setObjectName("slideContent")
    area.setWidget(content)
    return area


def decision_text(decision: Decision) -> str:
    who = responsible_name(decision.responsible)
    if decision.responsible_name:
        who = f"{who}: {decision.responsible_name}"
    deadline = format_date(decision.deadline) if decision.deadline else ""
    return " – ".join(part for part in (decision.what, who, deadline) if part)


class DecisionList(QListWidget):
    """The decisions made in an area; Delete takes the selected one back (after asking)."""

    def __init__(self, remove: Callable[[], None]) -> None:
        super().__init__()
        self._remove = remove

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self._remove()
            return
        super().keyPressEvent(event)


class AreaSlide(QWidget):
    """One area: what the plan says on the left, the minute and decisions on the right."""

    def __init__(
        self, area: AreaKey, save_minute: SaveMinute, add: AddDecision, remove: RemoveDecision
    ) -> None:
        super().__init__()
        self.area = area
        self.setObjectName(f"slide_{area}")
        self._add = add
        self._remove = remove
        self._decisions: list[Decision] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING * 4)
        self.overview = scroller(self._build_overview(), "slideOverview")
        self.work = scroller(self._build_work(save_minute), "slideWork")
        row.addWidget(self.overview, 1)
        row.addWidget(self.work, 1)
        tab_chain(
            [self.overview, self.minute, self.what, self.who, self.who_name, self.deadline, self.add_button]
        )
        QWidget.setTabOrder(self.add_button, self.decisions)

    def _build_overview(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(SPACING)
        heading_row = QHBoxLayout()
        self.heading = label(name="slideHeading")
        self.chip = label(name="lightChip")
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(heading_row)
        self.goal = label(name="slideGoal")
        self.items = label(name="slideItems", rich=True)
        self.actions_label = label(name="slideActions", rich=True)
        for title, widget in (
            (self.tr("The patient's goal"), self.goal),
            (self.tr("Open checklist items"), self.items),
            (self.tr("Open agreed actions"), self.actions_label),
        ):
            column.addWidget(label(title, "sectionHeading"))
            column.addWidget(widget)
        column.addStretch(1)
        return content

    def _build_work(self, save_minute: SaveMinute) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(SPACING // 2)
        minute_label = label(self.tr("Minute"), "sectionHeading")
        self.minute = GoalEdit(lambda text: save_minute(self.area, text))
        self.minute.setObjectName("minute")
        self.minute.setAccessibleName(self.tr("Minute"))
        self.minute.setPlaceholderText(self.tr("What was said and agreed about this area"))
        self.minute.setFixedHeight(body_line() * MINUTE_LINES + 24)
        column.addWidget(minute_label)
        column.addWidget(self.minute)
        column.addWidget(label(self.tr("New decision (Ctrl+Enter adds it)"), "sectionHeading"))
        column.addLayout(self._build_decision_row())
        self.error = label(name="decisionError")
        self.error.hide()
        column.addWidget(self.error)
        column.addWidget(label(self.tr("Decisions made here"), "sectionHeading"))
        self.decisions = DecisionList(self.remove_current)
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(self.tr("Decisions made here (Delete takes one back)"))
        self.decisions.setWordWrap(True)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions.setMinimumHeight(body_line() * 2 + 16)
        self.no_decisions = label(self.tr("No decisions in this area yet."), "noDecisions")
        column.addWidget(self.decisions, 1)
        column.addWidget(self.no_decisions)
        return content

    def _build_decision_row(self) -> QGridLayout:
        """What, who (a service or person, and a name) and by when; all on the keyboard."""
        self.what = QLineEdit()
        self.what.setObjectName("decisionWhat")
        self.what.setAccessibleName(self.tr("What is to be done"))
        self.what.setPlaceholderText(self.tr("What is to be done"))
        self.who: EnumCombo[Responsible] = EnumCombo(Responsible, responsible_name)
        self.who.setObjectName("decisionWho")
        self.who.setAccessibleName(self.tr("Who is responsible"))
        self.who_name = QLineEdit()
        self.who_name.setObjectName("decisionName")
        self.who_name.setAccessibleName(self.tr("Name of the person or service"))
        self.who_name.setPlaceholderText(self.tr("Name, if known"))
        self.deadline = QLineEdit()
        self.deadline.setObjectName("decisionDeadline")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.setPlaceholderText(self.tr("Deadline (optional)"))
        self.deadline.setToolTip(self.tr("dd.mm.yyyy, e.g. 24.12.2026"))
        self.add_button = QPushButton(self.tr("Add decision"))
        self.add_button.setObjectName("addDecision")
        self.add_button.clicked.connect(self.add_decision)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        grid.addWidget(self.what, 0, 0, 1, 2)
        grid.addWidget(self.who, 1, 0)
        grid.addWidget(self.who_name, 1, 1)
        grid.addWidget(self.deadline, 2, 0)
        grid.addWidget(self.add_button, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # Showing -------------------------------------------------------------

    def show_area(
        self, agenda: AgendaArea, meeting: Meeting, earlier: dict[ActionId, date], read_only: bool
    ) -> None:
        """Show the area as the plan has it now; `earlier` dates open actions decided at earlier meetings."""
        self.heading.setText(agenda.title)
        self.chip.setText(chip_text(agenda.light))
        self.chip.setStyleSheet(chip_style(agenda.light))
        self.chip.setToolTip(light_meaning(agenda.light))
        self.goal.setText(agenda.goal or self.tr("No goal written down yet."))
        self.items.setText(self._items_html(agenda))
        here = {decision.action_id for decision in meeting.decisions}
        actions = [action for action in agenda.open_actions if action.action_id not in here]
        lines = []
        for action in actions:
            who = responsible_name(action.responsible)
            text = f"{action.what} ({who}{': ' + action.responsible_name if action.responsible_name else ''})"
            if action.deadline:
                text += " – " + self.tr("by %1").replace("%1", format_date(action.deadline))
            if action.action_id in earlier:
                text += " – " + self.tr("decided %1").replace("%1", format_date(earlier[action.action_id]))
            lines.append(text)
        self.actions_label.setText(bullets(lines) if lines else escape(self.tr("None open.")))
        if not self.minute.hasFocus() and not self.minute.unsaved:
            self.minute.set_text_quietly(meeting.minute(self.area))
        self.minute.setReadOnly(read_only)
        self._decisions = list(meeting.decisions_in(self.area))
        row = self.decisions.currentRow()
        self.decisions.clear()
        for decision in self._decisions:
            item = QListWidgetItem(decision_text(decision))
            item.setToolTip(item.text())
            self.decisions.addItem(item)
        if self._decisions:
            self.decisions.setCurrentRow(min(max(row, 0), len(self._decisions) - 1))
        self.decisions.setVisible(bool(self._decisions))
        self.no_decisions.setVisible(not self._decisions)
        for widget in (self.what, self.who, self.who_name, self.deadline, self.add_button):
            widget.setEnabled(not read_only)

    def _items_html(self, agenda: AgendaArea) -> str:
        if not agenda.open_items:
            return escape(self.tr("Every checklist item is done or does not apply."))
        required = self.tr("(required)")
        lines = [f"{text} {required}" for text in agenda.open_required] + list(agenda.open_other)
        count = self.tr("%n open, %1 of them required", "", agenda.open_items).replace(
            "%1", str(len(agenda.open_required))
        )
        return f"<p>{escape(count)}</p>" + bullets(lines)

    # Decisions -----------------------------------------------------------

    def add_decision(self) -> None:
        if not self.add_button.isEnabled():
            return
        if not self.what.text().strip():
            self._problem(self.tr("Describe what is to be done."), self.what)
            return
        try:
            deadline = parse_day(self.deadline.text())
        except ValueError:
            self._problem(self.tr("Write the deadline as dd.mm.yyyy, or leave it empty."), self.deadline)
            return
        stored = self._add(self.area, self.what.text(), self.who.value(), self.who_name.text(), deadline)
        if stored:
            self.error.hide()
            for field in (self.what, self.who_name, self.deadline):
                field.clear()
            self.what.setFocus()

    def _problem(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()

    def remove_current(self) -> None:
        row = self.decisions.currentRow()
        if self.add_button.isEnabled() and 0 <= row < len(self._decisions):
            self._remove(self._decisions[row])
