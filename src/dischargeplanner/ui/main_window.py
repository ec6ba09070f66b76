"""The main window: the ward overview, and a plan editor in its place when a plan is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QStackedWidget

from dischargeplanner.domain.model import AreaKey, Changes, DueKind, PlanId
from dischargeplanner.domain.services import StorageError, ValidationError
from dischargeplanner.ui.account_actions import AccountActions
from dischargeplanner.ui.formatting import format_time
from dischargeplanner.ui.i18n import current_language
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.plan_table_model import PlanTableModel
from dischargeplanner.ui.store_problems import retrying, storage_problem_reason
from dischargeplanner.ui.style import BASE_POINT_SIZE
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.view_menu import ViewMenu
from dischargeplanner.ui.ward_overview import WardOverview
from dischargeplanner.ui.workplace import Workplace

if TYPE_CHECKING:
    from dischargeplanner.domain.access_log import AccessLogService
    from dischargeplanner.domain.user_service import UserService
    from dischargeplanner.ui.access_log_view import AccessLogView
    from dischargeplanner.ui.group_directory import GroupDirectoryView
    from dischargeplanner.ui.lock import LockController
    from dischargeplanner.ui.plan_editor import PlanEditor
    from dischargeplanner.ui.this_week import ThisWeekView

MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 24


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, workplace: Workplace, access_log: AccessLogService | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workplace = workplace
        # Every open of a plan is logged here (helsepersonelloven § 21 a); the log's page is for
        # those who may read it (`can_view_access_log`).
        self._access_log = access_log or workplace.access_log
        self.can_view_access_log = True
        # Own password for everyone; users and backups for administrators (set_user_admin, set_backups).
        self.accounts = AccountActions(self, workplace.user)
        self.accounts.admin_lost.connect(self._admin_lost)
        self.users_action = self.accounts.users_action
        self.password_action = self.accounts.password_action
        self._access_view: AccessLogView | None = None
        service, user, today = workplace.service, workplace.user, workplace.today
        self._service = service
        self._user = user
        self._kommuner = workplace.kommuner
        self._by_number = {kommune.number: kommune for kommune in self._kommuner}
        self._ward_name = workplace.ward_name
        self._today = today
        self._painted = False
        self._set_title(workplace.demo)
        self.ui_state = QSettings(str(workplace.ui_state), QSettings.Format.IniFormat)
        self._apply_text_size(int(str(self.ui_state.value("text/point_size", BASE_POINT_SIZE))))
        self.resize(1280, 760)
        geometry = self.ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

        self.overview = WardOverview(service, PlanTableModel(self.kommune_name, today), user)
        self.overview.new_plan.connect(self.create_plan)
        self.overview.this_week.connect(self.show_this_week)
        self.overview.group_directory.connect(self.show_group_directory)
        self.overview.open_plan.connect(lambda plan_id: self.open_plan(PlanId(plan_id)))
        self._editor: PlanEditor | None = None
        self._week: ThisWeekView | None = None
        self._directory: GroupDirectoryView | None = None
        self._overview_stale = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.setCentralWidget(self.stack)
        # Undo and redo act on the open plan only, so they follow the page shown.
        self.stack.currentChanged.connect(lambda _index: self._update_undo_actions())

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedIndicator")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().showMessage(self.tr("Signed in as %1").replace("%1", user))
        # Auto-lock, once a login can unlock it (install_lock); until then the window never locks.
        self.lock: LockController | None = None
        self._save_idle_minutes: Callable[[int], None] | None = None
        self._build_menus()
        self.installEventFilter(self)

    def _set_title(self, demo: bool) -> None:
        title = self.tr("Discharge planner – %1").replace("%1", self._ward_name)
        if demo:
            title += " – " + self.tr("DEMO: training data, not real patients")
        self.setWindowTitle(title)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New plan…"), self)
        self.new_action.setObjectName("newPlanAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.create_plan)
        file_menu.addAction(self.new_action)
        self.overview_action = QAction(self.tr("&Ward overview"), self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+1"))
        self.overview_action.triggered.connect(self.show_overview)
        file_menu.addAction(self.overview_action)
        self.week_action = QAction(self.tr("This &week"), self)
        self.week_action.setObjectName("thisWeekAction")
        self.week_action.setShortcut(QKeySequence("Ctrl+2"))
        self.week_action.triggered.connect(self.show_this_week)
        file_menu.addAction(self.week_action)
        self.directory_action = QAction(self.tr("Self-&help groups"), self)
        self.directory_action.setObjectName("groupDirectoryAction")
        self.directory_action.setShortcut(QKeySequence("Ctrl+3"))
        self.directory_action.triggered.connect(self.show_group_directory)
        file_menu.addAction(self.directory_action)
        self.access_log_action = QAction(self.tr("&Access log…"), self)
        self.access_log_action.setObjectName("accessLogAction")
        self.access_log_action.setEnabled(self._access_log is not None)
        self.access_log_action.triggered.connect(self.show_access_log)
        file_menu.addAction(self.access_log_action)
        file_menu.addAction(self.users_action)
        file_menu.addAction(self.accounts.backups_action)
        self.find_action = QAction(self.tr("&Find plan"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_plan)
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self._build_document_actions(file_menu)
        file_menu.addSeparator()
        self.ward_action = QAction(self.tr("Ward &details…"), self)
        self.ward_action.setObjectName("wardAction")
        self.ward_action.triggered.connect(self.edit_ward)
        file_menu.addAction(self.ward_action)
        file_menu.addSeparator()
        self._build_session_actions(file_menu)
        self._build_edit_menu()

    def _build_session_actions(self, file_menu: QMenu) -> None:
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(False)  # until install_lock: nothing could unlock it
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.password_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_edit_menu(self) -> None:
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda: self._editor.undo() if self._editor else None)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self._editor.redo() if self._editor else None)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._update_undo_actions()
        self._build_view_and_help_menus()

    def _build_view_and_help_menus(self) -> None:
        self.view_menu = ViewMenu(current_language(), self)
        self.view_menu.text_size_step.connect(self.change_text_size)
        self.menuBar().addMenu(self.view_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About the discharge planner"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_document_actions(self, menu: QMenu) -> None:
        """Print and save the open plan's documents; they act on the plan shown."""
        self.document_actions: list[QAction] = []
        for name, text, keys, kind, step in (
            (
                "previewAction",
                self.tr("Print pre&view of the handover…"),
                "Ctrl+Shift+P",
                "kommune",
                "preview",
            ),
            ("printAction", self.tr("&Print the handover…"), "Ctrl+P", "kommune", "print"),
            ("savePdfAction", self.tr("Save the handover as P&DF…"), "Ctrl+Shift+S", "kommune", "save"),
            ("savePatientPdfAction", self.tr("Save the patient's &copy as PDF…"), "", "patient", "save"),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(
                lambda _checked=False, k=kind, s=step: (
                    self._editor.document_step(k, s) if self._editor else None
                )
            )
            menu.addAction(action)
            self.document_actions.append(action)

    def use_lock(self, lock: LockController, save_minutes: Callable[[int], None] | None) -> None:
        """The lock made for this window (ui.lock.install_lock); with `save_minutes` the ward
        dialog offers the idle time too."""
        self.lock = lock
        self._save_idle_minutes = save_minutes
        self.lock_action.setEnabled(True)

    def ward_name(self) -> str:
        return self._ward_name

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock()

    def store_pending(self) -> None:
        """Store everything typed but not yet stored: goals, crisis plan, meeting minutes."""
        if self._editor is not None:
            self._editor.flush_pending()
            meeting_mode = self._editor.care_panels.meetings.meeting_mode
            if meeting_mode is not None:
                meeting_mode.flush()

    def edit_ward(self) -> None:
        from dischargeplanner.ui.dialogs.ward_dialog import WardDialog  # noqa: PLC0415 - on demand

        minutes = self.lock.minutes() if self.lock is not None and self._save_idle_minutes else None
        answer = WardDialog.get_ward(self, self.workplace.sender(), minutes)
        if answer is None:
            return
        sender, new_minutes = answer

        def save() -> None:
            self.workplace.save_sender(sender)
            if self._save_idle_minutes is not None and new_minutes not in (None, minutes):
                self._save_idle_minutes(new_minutes)

        try:
            retrying(self, self.tr("Not saved"), save)  # what was typed is kept until stored or dropped
        except StorageError:
            return
        self._ward_name = sender.ward
        self._set_title(self.workplace.demo)

    def about_text(self) -> str:
        """Version, where the data is, which checklist new plans get: what IT support asks first."""
        from dischargeplanner import __version__  # noqa: PLC0415
        from dischargeplanner.domain.catalogue import CatalogueError  # noqa: PLC0415

        try:
            catalogue = self._service.catalogue()
            checklist = self.tr("%1, version %2 (%3 items)").replace("%1", catalogue.title)
            checklist = checklist.replace("%2", catalogue.version).replace("%3", str(len(catalogue.items)))
        except CatalogueError as error:
            checklist = self.tr("cannot be used: %1").replace("%1", str(error))
        lines = [
            self.tr("Discharge planner, version %1").replace("%1", __version__),
            self.tr("Ward: %1").replace("%1", self._ward_name),
            self.tr("Signed in as: %1").replace("%1", self._user),
            self.tr("Data folder: %1").replace("%1", str(self.workplace.data_dir)),
            self.tr("Checklist for new plans: %1").replace("%1", checklist),
            "",
            self.tr("Works offline. Every change is stored at once and logged with who made it."),
        ]
        return "\n".join(lines)

    def show_about(self) -> None:
        Messages.information(self, self.tr("About the discharge planner"), self.about_text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    @property
    def editor(self) -> PlanEditor:
        """Built on first use: the first paint needs only the overview (start-up budget)."""
        if self._editor is None:
            from dischargeplanner.ui.plan_editor import PlanEditor  # noqa: PLC0415

            self._editor = PlanEditor(
                self._service,
                self.workplace.sharing,
                self.workplace.documents,
                self._user,
                self._kommuner,
                self.kommune_name,
                self._today,
                self.workplace.selfhelp,
                self.workplace.organisations,
                self.workplace.care(),
            )
            self._editor.back_requested.connect(self.show_overview)
            self._editor.saved.connect(self._show_saved)
            self._editor.plan_changed.connect(self._plan_changed)
            self._editor.history_changed.connect(self._update_undo_actions)
            self._editor.restore_state(self.ui_state)
            self.stack.addWidget(self._editor)
        return self._editor

    @property
    def week(self) -> ThisWeekView:
        if self._week is None:
            from dischargeplanner.ui.this_week import ThisWeekView  # noqa: PLC0415 - on demand

            self._week = ThisWeekView(self._service, self._user, self._today)
            self._week.open_entry.connect(self._open_entry)
            self._week.back_requested.connect(self.show_overview)
            self.stack.addWidget(self._week)
        return self._week

    @property
    def directory(self) -> GroupDirectoryView:
        if self._directory is None:
            from dischargeplanner.ui.group_directory import GroupDirectoryView  # noqa: PLC0415 - on demand

            self._directory = GroupDirectoryView(
                self.workplace.selfhelp, self.workplace.organisations, self._kommuner, self._user, self._today
            )
            self._directory.back_requested.connect(self.show_overview)
            self.stack.addWidget(self._directory)
        return self._directory

    def kommune_name(self, number: str | None) -> str:
        if number is None:
            return self.tr("municipality not set")
        kommune = self._by_number.get(number)
        return kommune.display_name if kommune else number

    # Navigation ------------------------------------------------------------

    def show_overview(self) -> None:
        detail = self._editor.detail if self._editor else None
        plan_id = detail.plan.plan_id if detail else None
        self._leave_editor()
        if self._overview_stale:
            self._refresh_overview()
        self.stack.setCurrentWidget(self.overview)
        if plan_id is not None:
            self.overview.select_plan(plan_id)
        self.overview.table.setFocus()

    def show_this_week(self) -> None:
        self._leave_editor()
        self.week.refresh()
        self.stack.setCurrentWidget(self.week)
        self.week.setFocus()
        self.week.tree.setFocus()

    def show_group_directory(self) -> None:
        self._leave_editor()
        self.directory.refresh()
        self.stack.setCurrentWidget(self.directory)
        self.directory.setFocus()

    def show_access_log(self) -> None:
        if self._access_log is None:
            return
        self._leave_editor()
        if self._access_view is None:
            from dischargeplanner.ui.access_log_view import AccessLogView  # noqa: PLC0415 - on demand

            self._access_view = AccessLogView(
                self._access_log, self.workplace.documents, self._user, self._today, can_view=False
            )
            self._access_view.back_requested.connect(self.show_overview)
            self.stack.addWidget(self._access_view)
        self._access_view.set_can_view(self.can_view_access_log)  # reads and checks the log again
        self.stack.setCurrentWidget(self._access_view)
        self._access_view.table.setFocus()

    def set_user_admin(self, service: UserService | None, is_administrator: bool) -> None:
        """Administrators add users, set passwords and deactivate users; nobody else sees how."""
        self.accounts.set_user_admin(service if is_administrator else None)

    def _admin_lost(self) -> None:
        self.can_view_access_log = False

    def find_plan(self) -> None:
        if self.stack.currentWidget() is not self.overview:
            self.show_overview()
        self.overview.search.setFocus()
        self.overview.search.selectAll()

    def open_plan(self, plan_id: PlanId) -> None:
        if self._access_log is not None and not self._log_open(plan_id):
            return
        self.editor.load(plan_id)
        self.stack.setCurrentWidget(self.editor)
        self.editor.area_list.setFocus()

    def _log_open(self, plan_id: PlanId) -> bool:
        """Each open is a read of the plan and is logged first; unlogged, the plan stays closed."""
        assert self._access_log is not None
        try:
            self._access_log.opened(plan_id, self._user)
        except StorageError as error:
            text = self.tr("Opening a plan is logged, and the log could not be written. %1")
            Messages.warning(
                self, self.tr("Plan not opened"), text.replace("%1", storage_problem_reason(error))
            )
            return False
        return True

    def _open_entry(self, plan_id: int, area: str, kind: str, ref_id: int) -> None:
        """From "Denne uken": open the plan at that item or agreed action."""
        self.open_plan(PlanId(plan_id))
        self.editor.show_entry(AreaKey(area), DueKind(kind), ref_id)

    def _leave_editor(self) -> None:
        if self._editor is not None and self.stack.currentWidget() is self._editor:
            self._editor.flush_pending()

    def _update_undo_actions(self) -> None:
        editing = self._editor is not None and self.stack.currentWidget() is self._editor
        undo = self._editor.undo_text() if editing and self._editor else None
        redo = self._editor.redo_text() if editing and self._editor else None
        for action in self.document_actions:
            action.setEnabled(editing)
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    # Text size (projector, tired eyes) ---------------------------------------

    def change_text_size(self, step: int) -> None:
        size = QApplication.font().pointSize()
        target = BASE_POINT_SIZE if step == 0 else size + step
        self._apply_text_size(target)
        self.ui_state.setValue("text/point_size", QApplication.font().pointSize())

    def _apply_text_size(self, size: int) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        font = QFont(QApplication.font())
        if font.pointSize() != size:
            font.setPointSize(size)
            QApplication.setFont(font)

    def create_plan(self) -> None:
        from dischargeplanner.domain.catalogue import CatalogueError  # noqa: PLC0415 - not on start-up path
        from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog  # noqa: PLC0415

        draft = NewPlanDialog.get_draft(self, self._kommuner, self._ward_name, self._user, self._today())
        if draft is None:
            return
        try:
            plan_id, changes = retrying(
                self, self.tr("Plan not created"), lambda: self._service.start_plan(draft, self._user)
            )
        except ValidationError as error:
            Messages.warning(
                self, self.tr("Plan not created"), "\n".join(problem_text(i.problem) for i in error.issues)
            )
            return
        except StorageError:
            return  # the user chose Discard
        except CatalogueError as error:
            Messages.warning(
                self,
                self.tr("Plan not created"),
                self.tr("The ward's checklist file cannot be used:\n%1").replace("%1", str(error)),
            )
            return
        self._plan_changed(changes)
        self._show_saved(datetime.now())
        self.open_plan(plan_id)

    # Feedback --------------------------------------------------------------

    def _plan_changed(self, changes: Changes) -> None:
        # The overview is read again when it is shown, not on every tick in the editor.
        if changes.plan_list:
            self._overview_stale = True
            if self.stack.currentWidget() is self.overview:
                self._refresh_overview()

    def _refresh_overview(self) -> None:
        self._overview_stale = False
        self.overview.refresh()

    def _show_saved(self, at: datetime) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace("%1", format_time(at)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock is not None:
            self.lock.stop()
        # A goal typed a moment ago is stored before the window goes.
        if self._editor is not None:
            self._editor.flush_pending()
            self._editor.save_state(self.ui_state)
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.sync()
        super().closeEvent(event)
