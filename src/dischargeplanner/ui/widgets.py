"""Small widgets every form uses the same way."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.ui.style import ERROR_COLOUR, SPACING

E = TypeVar("E", bound=enum.StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    """A choice among an enum's members, each shown by its Norwegian name.

    Qt hands item data back as a plain str, so comparing `currentData()` with a
    member by identity silently fails; `value()` converts once, here.
    """

    def __init__(
        self,
        kind: type[E],
        name: Callable[[E], str],
        icon: Callable[[E], QIcon] | None = None,
        tooltip: Callable[[E], str] | None = None,
    ) -> None:
        super().__init__()
        self._kind = kind
        for member in kind:
            if icon is None:
                self.addItem(name(member), str(member))
            else:
                self.addItem(icon(member), name(member), str(member))
            if tooltip is not None:
                self.setItemData(self.count() - 1, tooltip(member), Qt.ItemDataRole.ToolTipRole)

    def value(self) -> E:
        return self._kind(self.currentData())

    def set_value(self, member: E) -> None:
        self.setCurrentIndex(self.findData(str(member)))


def error_label(text: str = "", object_name: str = "") -> QLabel:
    """A hidden red message meant to sit right under the field it is about."""
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.hide()
    return label


def scrolling(owner: QWidget, prefix: str, *, across: bool = True) -> tuple[QScrollArea, QVBoxLayout]:
    """Give `owner` a frameless scroll area ("<prefix>Scroll" around "<prefix>Content"); returns it
    and the layout of what scrolls. Without `across`, it only scrolls down (text wraps instead).

    A tab that scrolls keeps the window no taller than a 1366×768 screen, whatever the tab holds.
    """
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setObjectName(f"{prefix}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not across:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    content.setObjectName(f"{prefix}Content")
    scroll.setWidget(content)
    outer.addWidget(scroll)
    return scroll, QVBoxLayout(content)


# A section's button: its text, object name and what it does.
SectionButton = tuple[str, str, Callable[[], None]]


def button_section(
    title: str, name: str, buttons: Sequence[SectionButton]
) -> tuple[QGroupBox, QVBoxLayout, QVBoxLayout, list[QPushButton]]:
    """A titled box: content on the left, its buttons in a column on the right.

    Returns the box, the content and button-column layouts, and the buttons made.
    """
    box = QGroupBox(title)
    box.setObjectName(name)
    row = QHBoxLayout(box)
    row.setSpacing(SPACING * 2)
    content, column = QVBoxLayout(), QVBoxLayout()
    row.addLayout(content, 1)
    row.addLayout(column)
    made = []
    for text, button_name, slot in buttons:
        button = QPushButton(text)
        button.setObjectName(button_name)
        button.clicked.connect(slot)
        column.addWidget(button)
        made.append(button)
    return box, content, column, made


def page_title_bar(
    back: str, back_tip: str, title: str, title_name: str, count_name: str
) -> tuple[QHBoxLayout, QPushButton, QLabel, QLabel]:
    """A full page's top row: the way back to the overview, a bold title, and a count on the right.

    Returns the row, the back button, the title and the count label (texts already translated).
    """
    bar = QHBoxLayout()
    back_button = QPushButton(back)
    back_button.setObjectName("backButton")
    back_button.setToolTip(back_tip)
    title_label = QLabel(title)
    title_label.setObjectName(title_name)
    font = title_label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    title_label.setFont(font)
    count = QLabel()
    count.setObjectName(count_name)
    bar.addWidget(back_button)
    bar.addSpacing(SPACING)
    bar.addWidget(title_label, 1)
    bar.addWidget(count)
    return bar, back_button, title_label, count
