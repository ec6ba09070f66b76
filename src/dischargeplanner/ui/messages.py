"""One wrapper for message boxes, so tests can answer them in advance.

Widgets call `Messages.warning(...)` etc. A test sets `Messages.prepared_answers`
(or uses the `answer_messages` fixture) and the box is never shown; what would
have been shown is kept in `Messages.shown` for assertions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

StandardButton = QMessageBox.StandardButton


class Messages:
    prepared_answers: ClassVar[list[StandardButton] | None] = None
    shown: ClassVar[list[tuple[str, str]]] = []
    # tools/screenshots.py: the box as it would be shown is handed over (to grab), not run.
    camera: ClassVar[Callable[[QMessageBox], StandardButton] | None] = None

    @classmethod
    def _ask(
        cls,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        buttons: StandardButton,
        default: StandardButton,
        labels: Mapping[StandardButton, str] | None = None,
        unanswered: StandardButton | None = None,
    ) -> StandardButton:
        """The button pressed; in tests the next prepared answer, else `unanswered` (default: `default`)."""
        cls.shown.append((title, text))
        if cls.prepared_answers is not None:
            return cls.prepared_answers.pop(0) if cls.prepared_answers else (unanswered or default)
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        for button, label in (labels or {}).items():
            box.button(button).setText(label)
        if cls.camera is not None:
            return cls.camera(box)
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

    @classmethod
    def choice(cls, parent: QWidget | None, title: str, text: str, *, yes: str, no: str) -> bool:
        """Two named ways on; `no` is the default (the careful one). Answered Yes/No in tests."""
        labels = {StandardButton.Yes: yes, StandardButton.No: no}
        buttons = StandardButton.Yes | StandardButton.No
        answer = cls._ask(parent, QMessageBox.Icon.Warning, title, text, buttons, StandardButton.No, labels)
        return answer == StandardButton.Yes

    @classmethod
    def retry(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Try again (the default) or give up; True to try again. Answered Retry/Discard in tests.

        A test that prepared no answer gives up, so a write that keeps failing cannot loop for ever.
        """
        buttons = StandardButton.Retry | StandardButton.Discard
        answer = cls._ask(
            parent,
            QMessageBox.Icon.Warning,
            title,
            text,
            buttons,
            StandardButton.Retry,
            unanswered=StandardButton.Discard,
        )
        return answer == StandardButton.Retry
