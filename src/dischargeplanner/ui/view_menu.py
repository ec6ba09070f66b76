"""The View menu: text size (a projector, tired eyes) and the interface language.

Choosing a language emits `language_chosen`; the application stores the choice in the person's
settings, installs that language's translators and opens the window again in it (what was typed
is stored first). Each language is named in itself, so whoever cannot read the current one still
finds their own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from dischargeplanner.ui.i18n import LANGUAGE_NAMES


class ViewMenu(QMenu):
    text_size_step = Signal(int)  # +1 larger, -1 smaller, 0 back to normal
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("viewMenu")
        self.setTitle(self.tr("&View"))
        for text, keys, step in (
            (self.tr("&Larger text"), [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")], 1),
            (self.tr("&Smaller text"), [QKeySequence("Ctrl+-")], -1),
            (self.tr("&Normal text size"), [QKeySequence("Ctrl+0")], 0),
        ):
            action = QAction(text, parent)
            action.setShortcuts(keys)
            action.triggered.connect(lambda _checked=False, s=step: self.text_size_step.emit(s))
            self.addAction(action)
        self.addSeparator()
        languages = self.addMenu(self.tr("Lan&guage"))
        languages.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, parent)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked=False, chosen=code: self._choose(chosen))
            group.addAction(action)
            languages.addAction(action)
            self.languages[code] = action
        self._language = language

    def _choose(self, language: str) -> None:
        if language != self._language:
            self.language_chosen.emit(language)
