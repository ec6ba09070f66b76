"""Look and feel: Fusion, a quiet light palette with one accent, DejaVu Sans, traffic-light chips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from dischargeplanner.domain.model import TrafficLight

ACCENT = QColor("#1f5f8b")
# Problems and overdue dates; dark enough to read on white and in greyscale.
ERROR_COLOUR = "#b71c1c"
FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE = 10
SPACING = 8

LIGHT_COLOURS = {
    TrafficLight.NOT_ASSESSED: QColor("#9e9e9e"),
    TrafficLight.GREEN: QColor("#2e7d32"),
    TrafficLight.YELLOW: QColor("#f2b705"),
    TrafficLight.RED: QColor("#c62828"),
}
# A symbol inside each chip, so the colour is never the only signal (colour-blind
# staff, black-and-white printouts); the word is always shown beside it too.
LIGHT_SYMBOLS = {
    TrafficLight.NOT_ASSESSED: "?",
    TrafficLight.GREEN: "✓",
    TrafficLight.YELLOW: "!",
    TrafficLight.RED: "✕",
}


def apply_style(app: QApplication, fonts_dir: Path) -> None:
    app.setStyle("Fusion")
    for font_file in sorted(fonts_dir.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont(FONT_FAMILY, BASE_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f5f6f7"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f5"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)


_icon_cache: dict[TrafficLight, QIcon] = {}


def light_icon(light: TrafficLight) -> QIcon:
    """A round chip in the light's colour with a symbol inside (readable without colour)."""
    if light not in _icon_cache:
        size = 32
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(LIGHT_COLOURS[light])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
        painter.setPen(QColor("#000000") if light is TrafficLight.YELLOW else QColor("#ffffff"))
        font = QFont(FONT_FAMILY, 14)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, LIGHT_SYMBOLS[light])
        painter.end()
        _icon_cache[light] = QIcon(pixmap)
    return _icon_cache[light]
