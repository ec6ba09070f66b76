"""Print preview and printing of a made PDF, page by page, exactly as saved.

The printed pages are the PDF's own pages rasterised by PDFium (pypdfium2): what the
kommune gets on paper is what "Lagre som PDF" writes, never a second layout.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

# Fine enough for small print and chips; higher only makes printing slower.
MAX_DPI = 300


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`."""
    import pypdfium2  # noqa: PLC0415 - loaded when something is first printed

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            images.append(image.copy())  # the bitmap's memory goes with the document
        return images
    finally:
        document.close()


def paint_pages(printer: QPrinter, pdf: bytes) -> int:
    """Draw the PDF's pages on `printer` (a real printer, a file, or the preview); returns pages drawn."""
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        images = page_images(pdf, dpi)
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), image)
        return len(images)
    finally:
        painter.end()


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The PDF has its own margins: print the page edge to edge where the printer can.
    printer.setFullPage(True)
    return printer


class Printing:
    """The preview and print dialogs; tests set `prepared_answers` so nothing blocks.

    Each prepared answer is a printer to print to (accepting the dialog) or None (cancel).
    """

    prepared_answers: ClassVar[list[QPrinter | None] | None] = None
    last_preview_pages: ClassVar[int] = 0

    @classmethod
    def preview(cls, parent: QWidget, pdf: bytes, title: str) -> bool:
        """Show the pages; True when the user printed from the preview."""
        printer = a4_printer()
        if cls.prepared_answers is not None:
            return cls._answer(pdf)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(title)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        dialog.paintRequested.connect(lambda target: cls._paint_preview(target, pdf))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def print(cls, parent: QWidget, pdf: bytes, title: str) -> bool:
        """Ask for a printer and print; True when it was printed."""
        if cls.prepared_answers is not None:
            return cls._answer(pdf)
        printer = a4_printer()
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return paint_pages(printer, pdf) > 0

    @classmethod
    def _paint_preview(cls, printer: QPrinter, pdf: bytes) -> None:
        cls.last_preview_pages = paint_pages(printer, pdf)

    @classmethod
    def _answer(cls, pdf: bytes) -> bool:
        assert cls.prepared_answers is not None
        printer = cls.prepared_answers.pop(0) if cls.prepared_answers else None
        if printer is None:
            return False
        return paint_pages(printer, pdf) > 0
