"""The plan editor: a header with identity and dates, the areas in a list, one page per area."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import AreaKey, Changes, Kommune, Plan, PlanDetail, PlanId, PlanStatus
from dischargeplanner.domain.services import (
    ConflictError,
    NotFoundError,
    PlanService,
    StorageError,
    ValidationError,
)
from dischargeplanner.ui.area_page import AreaPage
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.style import SPACING, light_icon
from dischargeplanner.ui.texts import light_name, problem_text, status_name

AREA_ROLE = Qt.ItemDataRole.UserRole + 1


def format_fodselsnummer(number: str | None) -> str:
    """'DDMMYY IIICC', the way it is read aloud and printed."""
    return f"{number[:6]} {number[6:]}" if number else ""


class PlanEditor(QWidget):
    """Shows one plan; every change goes through the service and is stored at once."""

    saved = Signal(datetime)
    plan_changed = Signal(Changes)
    back_requested = Signal()

    def __init__(
        self,
        service: PlanService,
        user: str,
        kommuner: Sequence[Kommune],
        kommune_name: Callable[[str | None], str],
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self.setObjectName("planEditor")
        self._kommuner = kommuner
        self._service = service
        self._user = user
        self._kommune_name = kommune_name
        self._today = today
        self.detail: PlanDetail | None = None
        self.pages: dict[AreaKey, AreaPage] = {}
        self._stale: set[AreaKey] = set()
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, SPACING)
        layout.setSpacing(SPACING)

        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Ward overview"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Back to all plans (Esc or Alt+Left)"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.back_requested)
        self.header = QLabel()
        self.header.setObjectName("planHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(SPACING)
        top.addWidget(self.header, 1)
        self.details_button = QPushButton(self.tr("Edit details…"))
        self.details_button.setObjectName("editDetailsButton")
        self.details_button.setToolTip(self.tr("Correct name, number, municipality, responsible or dates"))
        self.details_button.clicked.connect(self.edit_details)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        body = QHBoxLayout()
        self.area_list = QListWidget()
        self.area_list.setObjectName("areaList")
        self.area_list.setAccessibleName(self.tr("Plan areas"))
        self.area_list.setMaximumWidth(280)
        self.area_list.setMinimumWidth(220)
        self.stack = QStackedWidget()
        for area in AreaKey:
            page = AreaPage(area, self._service, self._user, self.perform, self._today)
            self.pages[area] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(AREA_ROLE, str(area))
            self.area_list.addItem(item)
        self.area_list.currentRowChanged.connect(self._area_chosen)
        body.addWidget(self.area_list)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape is not a shortcut: item views claim it, then pass it up unused.
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # Loading and refreshing ------------------------------------------------

    def load(self, plan_id: PlanId, areas: Collection[AreaKey] = tuple(AreaKey)) -> None:
        """Read the plan; refresh the header, the area list and the visible page.

        Pages of other changed areas are refreshed when they are next shown:
        rebuilding all nine tables on every tick took 120 ms.
        """
        self.detail = self._service.plan_detail(plan_id)
        self._stale.update(areas)
        self._show()
        if self.area_list.currentRow() < 0:
            self.area_list.setCurrentRow(0)

    def reload(self, areas: Collection[AreaKey] = tuple(AreaKey)) -> None:
        if self.detail is not None:
            self.load(self.detail.plan.plan_id, areas)

    def _area_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._refresh_visible_page()

    def _refresh_visible_page(self) -> None:
        row = self.area_list.currentRow()
        if self.detail is None or row < 0:
            return
        area = list(AreaKey)[row]
        if area in self._stale:
            self._stale.discard(area)
            self.pages[area].show_detail(self.detail, read_only=self.read_only())

    def read_only(self) -> bool:
        return self.detail is None or self.detail.plan.status is not PlanStatus.ACTIVE

    def _show(self) -> None:
        assert self.detail is not None
        self.header.setText(self._header_html(self.detail))
        self.details_button.setEnabled(not self.read_only())
        for row, area in enumerate(AreaKey):
            items = self.detail.items_in(area)
            done = sum(1 for item in items if item.state.is_closed)
            status = self.detail.area(area)
            list_item = self.area_list.item(row)
            list_item.setText(f"{status.title}\n{done}/{len(items)} · {light_name(status.current_light)}")
            list_item.setIcon(light_icon(status.current_light))
            list_item.setToolTip(
                self.tr("%1: %2 of %3 items done; status now: %4")
                .replace("%1", status.title)
                .replace("%2", str(done))
                .replace("%3", str(len(items)))
                .replace("%4", light_name(status.current_light))
            )
        self._refresh_visible_page()

    def _header_html(self, detail: PlanDetail) -> str:
        plan = detail.plan
        identity = format_fodselsnummer(plan.patient.fodselsnummer) or (
            self.tr("born %1").replace("%1", self._date(plan.patient.birth_date))
            if plan.patient.birth_date
            else self.tr("identity number not registered")
        )
        days_left = plan.days_left(self._today())
        if days_left is None:
            days = self.tr("planned discharge not set")
        elif days_left >= 0:
            days = self.tr("%n day(s) to planned discharge", "", days_left)
        else:
            days = self.tr("%n day(s) past planned discharge", "", -days_left)
        done = sum(1 for item in detail.items if item.state.is_closed)
        lines = [
            f"<span style='font-size:15pt; font-weight:bold'>{_escape(plan.patient.name)}</span>"
            f" &nbsp; {identity} &nbsp; · &nbsp; {_escape(self._kommune_name(plan.kommune_number))}",
            self.tr("Admitted %1 · planned discharge %2 · %3")
            .replace("%1", self._date(plan.admission))
            .replace("%2", self._date(plan.planned_discharge))
            .replace("%3", days),
            self.tr("%1 of %2 checklist items done · responsible: %3")
            .replace("%1", str(done))
            .replace("%2", str(len(detail.items)))
            .replace("%3", _escape(plan.responsible_staff)),
        ]
        if plan.status is not PlanStatus.ACTIVE:
            lines.append(
                self.tr("<b>%1</b> – the plan can no longer be changed.").replace(
                    "%1", status_name(plan.status)
                )
            )
        return "<br>".join(lines)

    def _date(self, value: date | None) -> str:
        return format_date(value) if value else self.tr("not set")

    def edit_details(self) -> None:
        from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog  # noqa: PLC0415 - on demand

        if self.detail is None or self.read_only():
            return
        before = self.detail.plan
        draft = NewPlanDialog.edit_plan(self, self._kommuner, before, self._today())
        if draft is None:
            return
        stored = self.perform(
            lambda: self._service.update_plan(
                before.plan_id,
                draft.patient,
                draft.kommune_number,
                draft.ward,
                draft.responsible_staff,
                draft.admission,
                draft.planned_discharge,
                self._user,
            )
        )
        if stored and (before.planned_discharge, before.admission) != (
            draft.planned_discharge,
            draft.admission,
        ):
            Messages.information(self, self.tr("Due dates moved"), self._moved_text(before))

    def _moved_text(self, before: Plan) -> str:
        """Says how many due dates followed the new dates, so nobody is surprised."""
        assert self.detail is not None
        after = self.detail.plan
        moved = sum(
            1
            for item in self.detail.items
            if item.timing.due_date(before.admission, before.planned_discharge) != item.due_date(after)
        )
        return self.tr("The dates of the stay changed. %n checklist item(s) got a new due date.", "", moved)

    def show_area(self, area: AreaKey) -> None:
        self.area_list.setCurrentRow(list(AreaKey).index(area))

    # Changing --------------------------------------------------------------

    def perform(self, call: Callable[[], Changes]) -> bool:
        """Run one service call; show a refusal in Norwegian; refresh what changed."""
        try:
            changes = call()
        except ValidationError as error:
            Messages.warning(
                self, self.tr("Not saved"), "\n".join(problem_text(issue.problem) for issue in error.issues)
            )
            self.reload()
            return False
        except ConflictError:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The plan was changed elsewhere in the meantime. "
                    "It has been reloaded: check it and try again."
                ),
            )
            self.reload()
            return False
        except StorageError as error:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The change could not be stored, so it is not in the plan. "
                    "Try again in a moment; if it keeps failing, tell the IT department.\n\n(%1)"
                ).replace("%1", str(error)),
            )
            self.reload()
            return False
        except NotFoundError:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr("What you changed no longer exists in the plan. The plan has been reloaded."),
            )
            self.reload()
            return False
        if changes.plan_ids:
            # A change without areas (dates, status) can affect every page.
            self.reload(changes.areas or tuple(AreaKey))
            self.saved.emit(datetime.now())
            self.plan_changed.emit(changes)
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
