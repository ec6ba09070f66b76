"""One wrapper for message boxes, so tests can answer them in advance.

Widgets call `Messages.warning(...)` etc. A test sets `Messages.prepared_answers`
(or uses the `answer_messages` fixture) and the box is never shown; what would
have been shown is kept in `Messages.shown` for assertions.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

StandardButton = QMessageBox.StandardButton


class Messages:
    prepared_answers: ClassVar[list[StandardButton] | None] = None
    shown: ClassVar[list[tuple[str, str]]] = []

    @classmethod
    def _ask(
        cls,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        buttons: StandardButton,
        default: StandardButton,
    ) -> StandardButton:
        cls.shown.append((title, text))
        if cls.prepared_answers is not None:
            return cls.prepared_answers.pop(0) if cls.prepared_answers else default
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.setObjectName("messageBox")
        return StandardButton(box.exec())

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._ask(parent, QMessageBox.Icon.Warning, title, text, StandardButton.Ok, StandardButton.Ok)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._ask(parent, QMessageBox.Icon.Information, title, text, StandardButton.Ok, StandardButton.Ok)

    @classmethod
    def question(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = cls._ask(
            parent,
            QMessageBox.Icon.Question,
            title,
            text,
            StandardButton.Yes | StandardButton.No,
            StandardButton.No,
        )
        return answer == StandardButton.Yes
