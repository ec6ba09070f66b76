"""The yardstick: a bare PySide6 window that shows, paints once and quits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class PaintWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt's signature
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
watcher = PaintWatcher()
window.installEventFilter(watcher)
window.resize(1280, 760)
window.show()
sys.exit(app.exec())
