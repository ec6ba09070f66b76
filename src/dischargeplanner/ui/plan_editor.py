"""The plan editor: a header with identity and dates, the areas in a list, one page per area."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.history import History
from dischargeplanner.domain.model import (
    AreaKey,
    Changes,
    DischargeKind,
    DocumentKind,
    DueKind,
    ItemId,
    Kommune,
    Plan,
    PlanDetail,
    PlanId,
    PlanStatus,
)
from dischargeplanner.domain.readiness import area_progress, next_step, urgent_items
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import Organisation
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.ui.area_page import AreaPage
from dischargeplanner.ui.care_panels import CarePanels
from dischargeplanner.ui.change_runner import ChangeRunner, Refused
from dischargeplanner.ui.documents_page import DocumentsPage
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.i18n import wording
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.plan_header import PlanHeader, escape
from dischargeplanner.ui.record_rows import APPOINTMENTS, CONSENT, DOCUMENTS, MEETINGS, RecordRows
from dischargeplanner.ui.selfhelp_panel import SelfHelpPanel
from dischargeplanner.ui.sharing_pages import AppointmentsPage, ConsentPage

if TYPE_CHECKING:
    from dischargeplanner.care import CareServices
    from dischargeplanner.documents.export import DocumentMaker
from dischargeplanner.ui.style import ERROR_COLOUR, SPACING, light_icon
from dischargeplanner.ui.texts import light_name

AREA_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanEditor(QWidget):
    """Shows one plan; every change goes through the service and is stored at once."""

    saved = Signal(datetime)
    plan_changed = Signal(Changes)
    back_requested = Signal()
    history_changed = Signal()

    def __init__(
        self,
        service: PlanService,
        sharing: SharingService,
        documents: Callable[[], DocumentMaker],
        user: str,
        kommuner: Sequence[Kommune],
        kommune_name: Callable[[str | None], str],
        today: Callable[[], date],
        selfhelp: SelfHelpService,
        organisations: Callable[[], tuple[Organisation, ...]],
        care: CareServices,
    ) -> None:
        super().__init__()
        self.setObjectName("planEditor")
        self._kommuner = kommuner
        self._service = service
        self._sharing = sharing
        self._selfhelp = selfhelp
        self._organisations = organisations
        self._care = care
        self._documents = documents
        self._user = user
        self._kommune_name = kommune_name
        self._today = today
        self.detail: PlanDetail | None = None
        self.pages: dict[AreaKey, AreaPage] = {}
        self._stale: set[AreaKey | str] = set()
        self._histories: dict[PlanId, History] = {}
        self._runner = ChangeRunner(self, take_current=service.watch)
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
        self.header = PlanHeader(self._kommune_name, self._today)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(SPACING)
        top.addWidget(self.header, 1)
        top.addLayout(self._build_buttons())
        layout.addLayout(top)
        self._build_body(layout)

    def _build_buttons(self) -> QVBoxLayout:
        buttons = QVBoxLayout()
        self.next_button = QPushButton(self.tr("&Next step (F8)"))
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setToolTip(
            self.tr("Go to the most urgent open item; press again to go on to the next one (F8)")
        )
        self.next_button.clicked.connect(self.go_to_next_step)
        # An action, not a button shortcut: a button "clicks" 100 ms after its key, animated.
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action.triggered.connect(self.go_to_next_step)
        self.addAction(self.next_action)
        self.details_button = QPushButton(self.tr("Edit &details…"))
        self.details_button.setObjectName("editDetailsButton")
        self.details_button.setToolTip(self.tr("Correct name, number, municipality, responsible or dates"))
        self.details_button.clicked.connect(self.edit_details)
        self.discharge_button = QPushButton(self.tr("Register disc&harge…"))
        self.discharge_button.setObjectName("dischargeButton")
        self.discharge_button.setToolTip(
            self.tr("Record the discharge date, how the stay ended and each area's status then")
        )
        self.discharge_button.clicked.connect(self.discharge)
        self.reopen_button = QPushButton(self.tr("Re&open plan…"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(self.tr("Make a discharged plan active again (the reason is logged)"))
        self.reopen_button.clicked.connect(self.reopen)
        for button in (self.next_button, self.details_button, self.discharge_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _build_body(self, layout: QVBoxLayout) -> None:
        self.step_label = QLabel()
        self.step_label.setObjectName("nextStepLabel")
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.step_label.hide()
        layout.addWidget(self.step_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.area_list = QListWidget()
        self.area_list.setObjectName("areaList")
        self.area_list.setAccessibleName(self.tr("Plan areas"))
        self.area_list.setMinimumWidth(180)
        self.stack = QStackedWidget()
        for area in AreaKey:
            page = AreaPage(area, self._service, self._user, self.perform, self._today)
            self.pages[area] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(AREA_ROLE, str(area))
            self.area_list.addItem(item)
        self.selfhelp_panel = SelfHelpPanel(
            self._selfhelp, self._organisations, self._kommune_name, self._user, self.perform, self._today
        )
        self.pages[AreaKey.SELF_HELP].add_panel(self.selfhelp_panel, self.tr("Information and follow-up"))
        self.care_panels = CarePanels(
            self._care, self._sharing, self._service, self._documents, self._user, self.perform, self._today,
            self.pages,
        )  # fmt: skip
        self._build_record_pages()
        self.area_list.currentRowChanged.connect(self._area_chosen)
        self.splitter.addWidget(self.area_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1000])
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.back_button, self.next_button)
        self.setTabOrder(self.next_button, self.details_button)
        self.setTabOrder(self.details_button, self.discharge_button)
        self.setTabOrder(self.discharge_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.area_list)

    def _build_record_pages(self) -> None:
        """Consent, appointments and documents: listed below the areas, one page each."""
        self.consent_page = ConsentPage(self._sharing, self._user, self.perform, self._today)
        self.appointments_page = AppointmentsPage(self._sharing, self._user, self.perform, self._today)
        self.documents_page = DocumentsPage(self._sharing, self._documents, self._user, self._today)
        self.documents_page.consent_requested.connect(lambda: self.show_page(CONSENT))
        self.documents_page.exported.connect(self._refresh_record_rows)
        self.record_rows = RecordRows(self)
        # Each has show_detail(detail, read_only=...) like an area page.
        self.record_pages: dict[str, Any] = {
            CONSENT: self.consent_page,
            APPOINTMENTS: self.appointments_page,
            MEETINGS: self.care_panels.meetings,
            DOCUMENTS: self.documents_page,
        }
        for key, page in self.record_pages.items():
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(AREA_ROLE, key)
            self.area_list.addItem(item)

    def document_step(self, kind: str, step: str) -> None:
        """Preview, print or save one of the plan's documents, from the documents page."""
        if self.detail is None:
            return
        self.flush_pending()
        self.show_page(DOCUMENTS)
        document_kind = DocumentKind(kind)
        {
            "preview": self.documents_page.preview,
            "print": self.documents_page.print,
            "save": self.documents_page.save,
        }[step](document_kind)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("editor/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("editor/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

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
        another_plan = self.detail is None or self.detail.plan.plan_id != plan_id
        if another_plan:
            self.step_label.hide()
        self.detail = wording().detail(self._service.plan_detail(plan_id))
        if another_plan or set(areas) >= set(AreaKey):
            # Every page is read again before it is shown: changes are checked against this version.
            self._service.watch(plan_id, self.detail.plan.version)
        self._stale.update(areas)
        self._stale.update(self.record_pages)
        self._show()
        self.history_changed.emit()
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
        key = self._page_key(row)
        if key in self._stale:
            self._stale.discard(key)
            page = self.pages[key] if isinstance(key, AreaKey) else self.record_pages[key]
            page.show_detail(self.detail, read_only=self.read_only())

    def _page_key(self, row: int) -> AreaKey | str:
        areas = list(AreaKey)
        return areas[row] if row < len(areas) else list(self.record_pages)[row - len(areas)]

    def show_page(self, key: str) -> None:
        """Show the consent, appointments or documents page."""
        self.area_list.setCurrentRow(len(AreaKey) + list(self.record_pages).index(key))

    def read_only(self) -> bool:
        return self.detail is None or self.detail.plan.status is not PlanStatus.ACTIVE

    def _show(self) -> None:
        assert self.detail is not None
        self.header.show_plan(self.detail, self.care_panels.warnings(self.detail))
        active = not self.read_only()
        self.details_button.setEnabled(active)
        self.next_button.setEnabled(active)
        self.discharge_button.setVisible(active)
        self.reopen_button.setVisible(self.detail.plan.status is PlanStatus.DISCHARGED)
        if not active:
            self.step_label.hide()
        for row, area in enumerate(AreaKey):
            progress = area_progress(self.detail, area)
            status = self.detail.area(area)
            light = status.current_light if active else status.discharge_light
            list_item = self.area_list.item(row)
            ready = " ✓" if progress.ready else ""
            list_item.setText(
                self.tr("%1\n%2/%3 required%4 · %5")
                .replace("%1", status.title)
                .replace("%2", str(progress.required_done))
                .replace("%3", str(progress.required))
                .replace("%4", ready)
                .replace("%5", light_name(light))
            )
            list_item.setIcon(light_icon(light))
            list_item.setToolTip(
                self.tr("%1: %2 of %3 required items done (%4 of %5 in all); status: %6")
                .replace("%1", status.title)
                .replace("%2", str(progress.required_done))
                .replace("%3", str(progress.required))
                .replace("%4", str(progress.done))
                .replace("%5", str(progress.total))
                .replace("%6", light_name(light))
            )
        self._show_record_rows(self.detail)
        self._refresh_visible_page()

    def _refresh_record_rows(self) -> None:
        if self.detail is not None:
            self._show_record_rows(self.detail)

    def _show_record_rows(self, detail: PlanDetail) -> None:
        self.record_rows.show(
            detail, self._sharing, self._care.meetings, self._today(), self.area_list, len(AreaKey)
        )

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

    def show_entry(self, area: AreaKey, kind: DueKind, ref_id: int) -> None:
        """Open the area at one checklist item, agreed action or the self-help follow-up, focused."""
        self.show_area(area)
        page = self.pages[area]
        if kind is DueKind.ITEM:
            page.select_item(ItemId(ref_id))
        elif kind is DueKind.SELF_HELP_FOLLOW_UP:
            page.show_panel(self.selfhelp_panel)
            self.selfhelp_panel.setFocus()
        elif self.care_panels.show_entry(kind):
            return
        else:
            page.select_action(ref_id)

    def flush_pending(self) -> None:
        """Store what is typed but not yet saved (a goal mid-sentence)."""
        for page in self.pages.values():
            page.goal.flush_pending()
        self.care_panels.flush_pending()

    # Neste steg ------------------------------------------------------------

    def go_to_next_step(self) -> None:
        """Take the user to the most urgent open item; again, to the next one."""
        if self.detail is None or self.read_only():
            return
        self.flush_pending()
        area = self.current_area()
        current = self.pages[area].current_item_id() if area else None
        item = next_step(self.detail, current)
        if item is None:
            self.step_label.setText(
                self.tr("<b>Next step:</b> every checklist item is done or marked not applicable.")
            )
            self.step_label.show()
            return
        open_items = urgent_items(self.detail)
        position = [open_item.item_id for open_item in open_items].index(item.item_id) + 1
        self.show_entry(item.area, DueKind.ITEM, item.item_id)
        due = item.due_date(self.detail.plan)
        if due is None:
            when = self.tr("due when planned discharge is set")
        else:
            late = (self._today() - due).days
            when = (
                f"<span style='color:{ERROR_COLOUR}'><b>"
                + self.tr("overdue by %n day(s)", "", late)
                + "</b></span>"
                if late > 0
                else self.tr("due %1").replace("%1", format_date(due))
            )
        self.step_label.setText(
            self.tr("<b>Next step %1 of %2:</b> %3 – «%4», %5. Space ticks it, Enter opens it, F8 goes on.")
            .replace("%1", str(position))
            .replace("%2", str(len(open_items)))
            .replace("%3", escape(self.detail.area(item.area).title))
            .replace("%4", escape(item.text))
            .replace("%5", when)
        )
        self.step_label.show()

    def current_area(self) -> AreaKey | None:
        """The area shown, or None on the consent, appointments or documents page."""
        key = self._page_key(max(0, self.area_list.currentRow()))
        return key if isinstance(key, AreaKey) else None

    # Discharge and reopening -----------------------------------------------

    def discharge(self) -> None:
        from dischargeplanner.ui.dialogs.discharge_dialog import DischargeDialog  # noqa: PLC0415

        if self.detail is None or self.read_only():
            return
        self.flush_pending()
        plan_id = self.detail.plan.plan_id
        procedure = self._care.crisis.procedure(plan_id)
        given = DischargeDialog.get_discharge(self, self.detail, self._today(), procedure)
        if given is None:
            return
        if self.perform(
            lambda: self._service.discharge_plan(
                plan_id, given.actual, given.kind, given.area_status, self._user
            )
        ):
            # A discharged plan cannot be changed, so there is nothing left to undo.
            self.history().clear()
            self.history_changed.emit()
            if given.kind is DischargeKind.UNPLANNED:
                # What to do now, with the button that records it was done.
                self.show_area(AreaKey.CRISIS)
                self.care_panels.show_procedure()

    def reopen(self) -> None:
        from dischargeplanner.ui.dialogs.discharge_dialog import ReopenDialog  # noqa: PLC0415

        if self.detail is None or self.detail.plan.status is not PlanStatus.DISCHARGED:
            return
        plan_id = self.detail.plan.plan_id
        reason = ReopenDialog.get_reason(self, self.detail)
        if reason is not None:
            self.perform(lambda: self._service.reopen_plan(plan_id, reason, self._user))

    # Undo and redo ---------------------------------------------------------

    def history(self) -> History:
        assert self.detail is not None
        return self._histories.setdefault(self.detail.plan.plan_id, History())

    def undo_text(self) -> str | None:
        edit = self.history().next_undo() if self.detail and not self.read_only() else None
        return self._runner.describe(edit) if edit else None

    def redo_text(self) -> str | None:
        edit = self.history().next_redo() if self.detail and not self.read_only() else None
        return self._runner.describe(edit) if edit else None

    def undo(self) -> None:
        self._step_history(undo=True)

    def redo(self) -> None:
        self._step_history(undo=False)

    def _step_history(self, *, undo: bool) -> None:
        if self.detail is None or self.read_only():
            return
        self.flush_pending()
        history = self.history()
        edit = history.next_undo() if undo else history.next_redo()
        if edit is None:
            return
        call = self._service.undo if undo else self._service.redo
        if self.perform(lambda: call(edit, self._user), record=False):
            if undo:
                history.undone()
            else:
                history.redone()
            if edit.area is not None:
                self.show_area(edit.area)
        self.history_changed.emit()

    # Changing --------------------------------------------------------------

    def perform(self, call: Callable[[], Changes], *, record: bool = True) -> bool:
        """Run one service call; show a refusal in Norwegian; refresh what changed.

        What the call changed is recorded for undo unless `record` is False
        (undo and redo themselves).
        """
        outcome = self._runner.run(self, call)
        if isinstance(outcome, Refused):
            if outcome is Refused.UNDO_CONFLICT:
                self.history().clear()
            self.reload()
            return False
        changes = outcome
        if record and changes.edit is not None and self.detail is not None:
            self.history().record(changes.edit)
        if changes.plan_ids:
            # A change without areas (dates, status) can affect every page.
            self.reload(changes.areas or tuple(AreaKey))
            self.saved.emit(datetime.now())
            self.plan_changed.emit(changes)
        return True
