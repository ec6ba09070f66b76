"""Lay out a `HandoverDocument` as an A4 PDF with reportlab platypus.

Printed in black and white and read in a few minutes: plain type (DejaVu Sans, embedded, so
æøå and the Sami letters come out right), a running header with the marking and the patient
on every page, "Side X av Y" in the footer, and traffic lights as chips with the word inside.
The output is invariant: the same document gives the same bytes. Render inside the same
`language.writing` as the document was built in: the footer and the PDF's language follow it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from dischargeplanner.documents import document as doc
from dischargeplanner.documents.language import language, say
from dischargeplanner.domain.model import TrafficLight
from dischargeplanner.paths import fonts_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
SIDE_MARGIN: float = 19 * mm
TOP_MARGIN: float = 25 * mm
BOTTOM_MARGIN: float = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
FRAME_PADDING = 6  # platypus pads its frame; the margins allow for it so text lines up with the rules
HEADER_BASELINE: float = PAGE_HEIGHT - 14 * mm
FOOTER_BASELINE: float = 11 * mm
RUNNING_SIZE = 8.5

INK = colors.black
MUTED = colors.HexColor("#4A4A4A")
RULE = colors.HexColor("#8C8C8C")
LIGHT_RULE = colors.HexColor("#C8C8C8")
HEADER_FILL = colors.HexColor("#E4E4E4")
EMPHASIS_FILL = colors.HexColor("#F1F1F1")

# Fill, border, dashed border: light enough for black text, bordered so it reads in black and white.
_CHIP_LOOK: dict[TrafficLight, tuple[Any, Any, bool]] = {
    TrafficLight.GREEN: (colors.HexColor("#CDEBC9"), colors.HexColor("#4E8A48"), False),
    TrafficLight.YELLOW: (colors.HexColor("#FBE7A1"), colors.HexColor("#A88A1E"), False),
    TrafficLight.RED: (colors.HexColor("#F4C2C2"), colors.HexColor("#A34B4B"), False),
    TrafficLight.NOT_ASSESSED: (colors.white, colors.HexColor("#7A7A7A"), True),
}
_RULED = [("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]


@dataclass(frozen=True)
class _Scale:
    """Type sizes and the basic vertical gap, in points, for one kind of document."""

    body: float
    leading: float
    cell: float
    cell_leading: float
    heading: float
    subheading: float
    title: float
    subtitle: float
    gap: float


_SCALES = {
    doc.DocumentKind.KOMMUNE: _Scale(9.75, 13.4, 9.25, 11.8, 13.5, 10.75, 19, 11, 6),
    doc.DocumentKind.PATIENT: _Scale(13, 19, 12.5, 17, 18, 14.5, 26, 14, 9),
}


@dataclass(frozen=True)
class _Styles:
    scale: _Scale
    numbered: bool
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    emphasis: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle


def render(document: doc.HandoverDocument) -> bytes:
    """The document as PDF bytes; the same document always gives the same bytes."""
    _register_fonts()
    styles = _styles(document.kind)
    buffer = BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=SIDE_MARGIN - FRAME_PADDING,
        rightMargin=SIDE_MARGIN - FRAME_PADDING,
        topMargin=TOP_MARGIN - FRAME_PADDING,
        bottomMargin=BOTTOM_MARGIN - FRAME_PADDING,
        title=document.title,
        author=document.sender_line,
        creator="dischargeplanner",
        lang=f"{language()}-NO",
        invariant=True,
        initialFontName=REGULAR,
        initialFontSize=styles.scale.body,
        initialLeading=styles.scale.leading,
    )
    template.build(
        _story(document, styles), canvasmaker=functools.partial(_NumberedCanvas, document=document)
    )
    return buffer.getvalue()


@functools.cache
def _register_fonts() -> None:
    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


@functools.cache
def _styles(kind: doc.DocumentKind) -> _Styles:
    s = _SCALES[kind]
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=s.body, leading=s.leading, spaceAfter=s.gap)
    body.bulletFontName, body.bulletFontSize, body.textColor = REGULAR, s.body, INK

    def derive(name: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **values)

    cell = {"fontSize": s.cell, "leading": s.cell_leading, "spaceAfter": 0}
    boxed = {
        "spaceBefore": 1.5 * s.gap,
        "borderPadding": s.gap,
        "leftIndent": s.gap,
        "rightIndent": s.gap,
        "spaceAfter": 2 * s.gap,
    }
    return _Styles(
        scale=s,
        numbered=kind is doc.DocumentKind.KOMMUNE,
        title=derive("title", fontName=BOLD, fontSize=s.title, leading=s.title * 1.2, spaceAfter=s.gap / 2),
        subtitle=derive("subtitle", fontSize=s.subtitle, leading=s.subtitle * 1.35, textColor=MUTED),
        heading=derive(
            "heading", fontName=BOLD, fontSize=s.heading, leading=s.heading * 1.25, spaceBefore=2.4 * s.gap
        ),
        subheading=derive(
            "subheading", fontName=BOLD, fontSize=s.subheading, leading=s.subheading * 1.3, spaceBefore=s.gap
        ),
        body=body,
        muted=derive("muted", textColor=MUTED),
        emphasis=derive("emphasis", backColor=EMPHASIS_FILL, borderColor=INK, borderWidth=0.8, **boxed),
        bullet=derive("bullet", leftIndent=1.4 * s.body, bulletIndent=0.35 * s.body, spaceAfter=s.gap / 3),
        cell=derive("cell", **cell),
        cell_bold=derive("cell_bold", fontName=BOLD, **cell),
        label=derive("label", fontName=BOLD, textColor=MUTED, **cell),
    )


def _markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def _para(text: str, style: ParagraphStyle, **options: Any) -> Flowable:
    return Paragraph(_markup(text), style, **options)


# --- the story ------------------------------------------------------------------------------------------


def _story(document: doc.HandoverDocument, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [_para(document.title, styles.title)]
    if document.subtitle:
        story.append(_para(document.subtitle, styles.subtitle))
    story.append(
        HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=2, spaceAfter=styles.scale.gap)
    )
    for number, section in enumerate(document.sections, start=1):
        story.extend(_section(section, number if styles.numbered else None, styles))
    return story


def _section(section: doc.Section, number: int | None, styles: _Styles) -> list[Flowable]:
    title = f"{number}. {section.title}" if number is not None else section.title
    flowables: list[Flowable] = [_para(title, styles.heading)]
    for block in section.blocks:
        flowables.extend(_block(block, styles))
    if not section.blocks and section.empty_text:
        flowables.append(_para(section.empty_text, styles.muted))
    return _keep_starts(flowables, styles)


def _block(block: doc.Block, styles: _Styles) -> list[Flowable]:
    match block:
        case doc.Paragraph(text=text, emphasis=emphasis):
            return [_para(text, styles.emphasis if emphasis else styles.body)]
        case doc.Subheading(text=text):
            return [_para(text, styles.subheading)]
        case doc.Fields(rows=rows):
            return [_fields(rows, styles)] if rows else []
        case doc.BulletList(items=items):
            bullets = [_para(item, styles.bullet, bulletText="•") for item in items]
            return [*bullets, Spacer(1, styles.scale.gap * 2 / 3)]
        case doc.Table():
            return [_table(block, styles)]
        case doc.StatusTable():
            return [_status_table(block, styles)]
        case doc.Signatures():
            return [_signatures(block, styles)]
    raise TypeError(f"unknown block {block!r}")


def _keep_starts(flowables: Sequence[Flowable], styles: _Styles) -> list[Flowable]:
    """Guard each run of headings, and each table, so neither starts at the very bottom of a page."""
    result: list[Flowable] = []
    headings: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph) and (
            flowable.style.name in ("heading", "subheading") or _leads_in(flowable)
        ):
            headings.append(flowable)
            continue
        if headings or isinstance(flowable, Table):
            result.append(_RoomFor(headings, flowable, 5 * styles.scale.leading))
            result.extend(headings)
            headings = []
        result.append(flowable)
    return result + headings


def _leads_in(paragraph: Paragraph) -> bool:
    """A short line ending in a colon ("Gjenstår:") belongs with the list after it."""
    text: str = paragraph.getPlainText().strip()
    return text.endswith(":") and len(text) < 60


class _RoomFor(CondPageBreak):  # type: ignore[misc]
    """Starts a new page unless the headings and the start of what follows fit on this one.

    The start of a paragraph is a few lines, of a table its header and first row (within reason);
    a block that cannot split must fit whole.
    """

    def __init__(self, headings: Sequence[Flowable], first: Flowable, lines: float) -> None:
        super().__init__(0)
        self._headings = list(headings)
        self._first = first
        self._lines = lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        needed = 0.0
        for flowable in [*self._headings, self._first]:
            needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        for flowable in self._headings:
            needed += flowable.wrapOn(self.canv, available_width, available_height)[1]
        self.height = needed + self._start_height(available_width, available_height)
        result: tuple[float, float] = super().wrap(available_width, available_height)
        return result

    def _start_height(self, available_width: float, available_height: float) -> float:
        first = self._first
        height: float = first.wrapOn(self.canv, available_width, available_height)[1]
        if isinstance(first, Paragraph):
            return min(height, self._lines)
        if isinstance(first, Table):
            rows: float = sum(first._rowHeights[: first.repeatRows + 1])
            return min(height, rows, FRAME_HEIGHT / 3)
        return height


# --- tables ---------------------------------------------------------------------------------------------


def _grid(
    data: list[list[Any]], widths: Sequence[float], style: Sequence[tuple[Any, ...]], **options: Any
) -> Any:
    """A platypus Table in our font (its default would be Helvetica), cells top-aligned."""
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    return Table(data, colWidths=list(widths), style=[*base, *style], hAlign="LEFT", **options)


def _columns(weights: Sequence[float], count: int) -> list[float]:
    if len(weights) != count or sum(weights) <= 0:
        weights = [1.0] * count
    return [FRAME_WIDTH * weight / sum(weights) for weight in weights]


def _splitting(styles: _Styles, repeat: int = 1) -> dict[str, Any]:
    """Split between rows; only a row that cannot start on the page splits inside itself."""
    split_in_row = round(2 * styles.scale.cell_leading + 8)
    return {"repeatRows": repeat, "splitByRow": 1, "splitInRow": split_in_row, "spaceAfter": styles.scale.gap}


def _widened(widths: list[float], rows: Sequence[Sequence[str]], size: float) -> list[float]:
    """Widen columns whose longest word would break (a date split in two), taking room from the others."""
    needs = [min(FRAME_WIDTH / 4, 9 + _longest_word(column, size)) for column in zip(*rows, strict=True)]
    pairs = list(zip(needs, widths, strict=True))
    lacking = sum(max(0.0, need - width) for need, width in pairs)
    spare = sum(max(0.0, width - need) for need, width in pairs)
    if not lacking or spare < lacking:
        return widths
    return [max(need, width - max(0.0, width - need) * lacking / spare) for need, width in pairs]


def _longest_word(texts: Sequence[str], size: float) -> float:
    words = {word for text in texts for word in text.split()}
    return max((float(pdfmetrics.stringWidth(word, BOLD, size)) for word in words), default=0.0)


def _table(block: doc.Table, styles: _Styles) -> Flowable:
    count = len(block.headers)
    rows = [tuple(block.headers), *([*row, *([""] * (count - len(row)))][:count] for row in block.rows)]
    data = [
        [_para(text, styles.cell_bold if index == 0 else styles.cell) for text in row]
        for index, row in enumerate(rows)
    ]
    widths = _widened(_columns(block.weights, count), rows, styles.scale.cell)
    return _grid(data, widths, _RULED, **_splitting(styles))


def _fields(rows: Sequence[tuple[str, str]], styles: _Styles) -> Flowable:
    data = [[_para(label, styles.label), _para(value, styles.cell)] for label, value in rows]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT_RULE), ("LEFTPADDING", (0, 0), (0, -1), 0)]
    return _grid(data, _columns((0.32, 0.68), 2), style, **_splitting(styles, repeat=0))


def _status_table(block: doc.StatusTable, styles: _Styles) -> Flowable:
    def status(chip: doc.Chip, reason: str) -> list[Flowable]:
        return [_ChipFlowable(chip, styles.scale.cell * 0.9), _para(reason, styles.cell)]

    data: list[list[Any]] = [[_para(header, styles.cell_bold) for header in block.headers]]
    for row in block.rows:
        admission, discharge = (
            status(row.admission, row.admission_reason),
            status(row.discharge, row.discharge_reason),
        )
        data.append([_para(row.area, styles.cell_bold), admission, discharge])
    return _grid(data, _columns((0.24, 0.38, 0.38), 3), _RULED, **_splitting(styles))


class _ChipFlowable(Flowable):  # type: ignore[misc]
    """A traffic light as a small rounded box, coloured and bordered, with its word inside."""

    def __init__(self, chip: doc.Chip, size: float) -> None:
        super().__init__()
        self._chip = chip
        self._size = size
        self._box_height = size * 1.75
        self.spaceAfter = size * 0.35

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        text_width: float = pdfmetrics.stringWidth(self._chip.word, BOLD, self._size)
        self.width = min(available_width, text_width + 1.5 * self._size)
        self.height = self._box_height
        return self.width, self.height

    def draw(self) -> None:
        fill, border, dashed = _CHIP_LOOK[self._chip.light]
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(fill)
        canvas.setStrokeColor(border)
        canvas.setLineWidth(0.9)
        if dashed:
            canvas.setDash(2, 1.5)
        canvas.roundRect(0.5, 0, self.width - 1, self._box_height, self._box_height / 2.6, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, self._size)
        canvas.drawCentredString(self.width / 2, self._box_height / 2 - 0.36 * self._size, self._chip.word)
        canvas.restoreState()


def _signatures(block: doc.Signatures, styles: _Styles) -> Flowable:
    """Per role: room to sign, a line, the role under it, then place and date; two side by side."""
    gap = 12 * mm
    column = (FRAME_WIDTH - gap) / 2
    tables: list[Flowable] = [Spacer(1, styles.scale.gap)]
    for start in range(0, len(block.roles), 2):
        roles = block.roles[start : start + 2]
        cells = [
            [("", styles.cell), (role, styles.cell_bold), (block.place_and_date, styles.cell)]
            for role in roles
        ]
        if len(cells) == 2:
            cells.insert(1, [("", styles.cell)] * 3)  # the gap between the two
        data = [[_para(*column_cells[row]) for column_cells in cells] for row in range(3)]
        style: list[tuple[Any, ...]] = [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 2), (-1, 2), 8),
        ]
        style += [("LINEABOVE", (index, 1), (index, 1), 0.8, INK) for index in range(0, len(cells), 2)]
        height = 2.6 * styles.scale.leading + 14
        widths = [column, gap, column][: len(cells)]
        tables.append(
            _grid(data, widths, style, rowHeights=[height, None, None], spaceAfter=2 * styles.scale.gap)
        )
    return KeepTogether(tables)


# --- header, footer and page numbers --------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until save(), then writes header and footer with the page count."""

    def __init__(self, *args: Any, document: doc.HandoverDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._draw_running(number, total)
            super().showPage()
        super().save()

    def _draw_running(self, number: int, total: int) -> None:
        document = self._document
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(
            SIDE_MARGIN, HEADER_BASELINE - 2.5 * mm, PAGE_WIDTH - SIDE_MARGIN, HEADER_BASELINE - 2.5 * mm
        )
        self.line(SIDE_MARGIN, FOOTER_BASELINE + 4 * mm, PAGE_WIDTH - SIDE_MARGIN, FOOTER_BASELINE + 4 * mm)
        self.setFillColor(INK)
        self._left_and_right(HEADER_BASELINE, (document.marking, BOLD), document.patient_line)
        self.setFillColor(MUTED)
        footer = f"{document.sender_line} – {document.made_on:%d.%m.%Y}"
        self._left_and_right(
            FOOTER_BASELINE, (footer, REGULAR), say("Side {number} av {total}", number=number, total=total)
        )
        self.restoreState()

    def _left_and_right(self, y: float, left: tuple[str, str], right: str) -> None:
        """One line of running text, shrunk a little when the two ends would collide."""
        (text, font), room = left, FRAME_WIDTH - 8 * mm
        wanted = pdfmetrics.stringWidth(text, font, RUNNING_SIZE) + pdfmetrics.stringWidth(
            right, REGULAR, RUNNING_SIZE
        )
        size = max(6.0, min(RUNNING_SIZE, RUNNING_SIZE * room / wanted)) if wanted else RUNNING_SIZE
        self.setFont(font, size)
        self.drawString(SIDE_MARGIN, y, text)
        self.setFont(REGULAR, size)
        self.drawRightString(PAGE_WIDTH - SIDE_MARGIN, y, right)
