"""Render every screen of the app to PNG (offscreen, demo data) for review and the user guide.

Usage: python tools/screenshots.py OUTPUT_DIR [--data-dir DIR]
Creates a demo ward in a temporary folder unless --data-dir is given. Writes the
ward overview (plain, searched, "mine", 1366×768 and projector text size), the
new-plan dialog with a validation error, every area page, Neste steg, "Denne
uken", the discharge and reopen dialogs, a discharged plan, and more. Prints
each file it wrote and fails if a picture is blank.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from language_screenshots import language_shots
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from reliability_screenshots import reliability_shots
from security_screenshots import security_shots

from dischargeplanner import paths
from dischargeplanner.app import Context, open_signed_in, workplace_for
from dischargeplanner.demo import create_demo_ward_for
from dischargeplanner.domain.model import AreaKey, DischargeKind, PlanId, PlanStatus, Responsible
from dischargeplanner.ui.dialogs.discharge_dialog import DischargeDialog, ReopenDialog
from dischargeplanner.ui.dialogs.item_dialog import ItemDialog
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.style import apply_style

WARD_SCREEN = (1366, 768)


# Made-up wards only: the tools set them up with this password.
TOOL_PASSWORD = "bare for skjermbilder og målinger"


class Camera:
    def __init__(self, app: QApplication, output: Path) -> None:
        self._app = app
        self._output = output
        self.written: list[Path] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(3):
            self._app.processEvents()
        path = self._output / f"{name}.png"
        widget.grab().save(str(path))
        if _is_blank(QImage(str(path))):
            raise SystemExit(f"{path} is blank")
        self.written.append(path)
        print(path)


def _is_blank(image: QImage) -> bool:
    """One colour everywhere (sampled): nothing was drawn."""
    if image.isNull():
        return True
    first = image.pixel(0, 0)
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return all(
        image.pixel(x, y) == first
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    )


def overview_shots(camera: Camera, window: MainWindow) -> None:
    window.show_overview()
    camera.shoot(window, "01-ward-overview")
    window.overview.search.setText("øy")
    camera.shoot(window, "02-ward-overview-search")
    window.overview.search.clear()
    window.overview.mine.setChecked(True)
    camera.shoot(window, "03-ward-overview-mine")
    window.overview.mine.setChecked(False)
    window.overview.filter_box.setCurrentIndex(2)
    camera.shoot(window, "04-ward-overview-all")
    window.overview.filter_box.setCurrentIndex(0)


def editor_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    context.service.add_action(
        plan_id, AreaKey.SELF_HELP, "Følge med på første NA-møte etter utskrivning", Responsible.PAARORENDE,
        "Søster", context.service.today(), context.user,
    )  # fmt: skip
    window.open_plan(plan_id)
    for number, area in enumerate(AreaKey, start=10):
        window.editor.show_area(area)
        camera.shoot(window, f"{number}-area-{area.value}")
    window.editor.show_area(AreaKey.HOUSING)
    window.editor.go_to_next_step()
    page = window.editor.pages[window.editor.current_area()]
    page.help_button.setChecked(True)
    camera.shoot(window, "20-next-step-with-help")
    page.help_button.setChecked(False)
    window.editor.show_area(AreaKey.SELF_HELP)
    self_help = window.editor.pages[AreaKey.SELF_HELP]
    self_help.tabs.setCurrentIndex(1)
    camera.shoot(window, "21-agreed-actions")
    self_help.tabs.setCurrentIndex(0)
    window.editor.step_label.hide()


def dialog_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    detail = context.service.plan_detail(plan_id)
    dialog = NewPlanDialog(context.kommuner, "Avdeling A", "sosionom", context.service.today())
    dialog.name.setText("Åse Testdal")
    dialog.fodselsnummer.setText("0101901234")
    dialog.kommune.insert("karasj")
    camera.shoot(dialog, "05-new-plan-invalid-number")
    camera.shoot(ItemDialog(detail.items[1]), "22-item-dialog")
    discharge = DischargeDialog(detail, context.service.today())
    camera.shoot(discharge, "30-discharge-dialog")
    discharge.close()
    about = QMessageBox(QMessageBox.Icon.Information, "Om utskrivningsplanleggeren", window.about_text())
    camera.shoot(about, "40-about")


def document_shots(camera: Camera, window: MainWindow, context: Context, plan_id: PlanId) -> None:
    """The consent register, appointments and documents pages, and their dialogs."""
    from dischargeplanner.ui.dialogs.appointment_dialog import AppointmentDialog  # noqa: PLC0415
    from dischargeplanner.ui.dialogs.consent_dialog import ConsentDialog  # noqa: PLC0415
    from dischargeplanner.ui.dialogs.ward_dialog import WardDialog  # noqa: PLC0415
    from dischargeplanner.ui.record_rows import APPOINTMENTS, CONSENT, DOCUMENTS  # noqa: PLC0415

    window.open_plan(plan_id)
    editor = window.editor
    for number, key in ((50, CONSENT), (51, APPOINTMENTS), (52, DOCUMENTS)):
        editor.show_page(key)
        camera.shoot(window, f"{number}-{key}")
    detail = context.service.plan_detail(plan_id)
    titles = [(area.area, area.title) for area in detail.areas]
    today = context.service.today()
    consent = context.sharing.consents(plan_id)[0]
    camera.shoot(ConsentDialog(detail.plan, titles, "sosionom", today, consent), "53-consent-dialog")
    appointment = context.sharing.appointments(plan_id)[0]
    camera.shoot(AppointmentDialog(detail.plan, titles, today, appointment), "54-appointment-dialog")
    camera.shoot(WardDialog(context.sender()), "55-ward-dialog")


def selfhelp_shots(camera: Camera, window: MainWindow, context: Context) -> None:
    """The group directory, its dialog, and the Self-help tab of a plan with a first meeting planned."""
    from dischargeplanner.ui.dialogs.group_dialog import GroupDialog  # noqa: PLC0415

    window.show_group_directory()
    camera.shoot(window, "60-group-directory")
    groups = context.selfhelp.groups()
    dialog = GroupDialog(
        context.organisations(), context.kommuner, "sosionom", context.selfhelp.today(), groups[0]
    )
    camera.shoot(dialog, "61-group-dialog")
    plans = context.service.list_plans()
    planned = [p for p in plans if context.selfhelp.introduction(p.plan_id).has_first_meeting]
    today = context.selfhelp.today()
    due = [p for p in plans if (context.selfhelp.follow_up_due(p.plan_id) or date.max) <= today]
    for number, plan in ((62, planned[0] if planned else None), (63, due[0] if due else None)):
        if plan is None:
            continue
        window.open_plan(plan.plan_id)
        window.editor.show_area(AreaKey.SELF_HELP)
        page = window.editor.pages[AreaKey.SELF_HELP]
        page.tabs.setCurrentWidget(window.editor.selfhelp_panel)
        camera.shoot(window, f"{number}-self-help-tab")


def kommune_shots(camera: Camera, window: MainWindow, context: Context) -> None:
    """The fullest plan's coordination, crisis and family tabs, its meetings, and meeting mode."""
    from dischargeplanner.ui.meeting_mode import MeetingMode  # noqa: PLC0415

    care = context.care()
    plans = context.service.list_plans(tuple(PlanStatus))
    fullest = max(plans, key=lambda plan: (len(care.meetings.meetings(plan.plan_id)), -plan.plan_id))
    active = [p for p in context.service.list_plans() if care.coordination.contacts(p.plan_id)]
    window.open_plan(active[-1].plan_id)
    editor = window.editor
    panels = editor.care_panels
    shots = (
        (AreaKey.COORDINATION, panels.contacts, "70-contacts-tab"),
        (AreaKey.COORDINATION, panels.coordination, "71-individual-plan-tab"),
        (AreaKey.CRISIS, panels.crisis, "72-crisis-plan-tab"),
        (AreaKey.CRISIS, panels.relapse, "73-bed-return-unplanned-tab"),
        (AreaKey.FAMILY, panels.family, "74-family-tab"),
    )
    for area, panel, name in shots:
        editor.show_area(area)
        editor.pages[area].show_panel(panel)
        camera.shoot(window, name)
    window.open_plan(fullest.plan_id)
    editor.show_page("meetings")
    camera.shoot(window, "75-meetings-page")
    held = care.meetings.meetings(fullest.plan_id)[-1].meeting_id
    for width, height in ((1920, 1080), (1366, 768)):
        mode = MeetingMode(care.meetings, context.service, held, "sosionom", lambda _changes: None)
        mode.resize(width, height)
        mode.show()
        camera.shoot(mode, f"76-meeting-mode-{width}x{height}-start")
        mode.go_to(1)
        camera.shoot(mode, f"77-meeting-mode-{width}x{height}-housing")
        mode.go_to(mode.page_count() - 1)
        camera.shoot(mode, f"78-meeting-mode-{width}x{height}-closing")
        mode.close()
    unplanned = [p for p in plans if p.status is PlanStatus.DISCHARGED]
    for plan in unplanned:
        window.open_plan(plan.plan_id)
        if editor.detail is not None and editor.detail.plan.discharge_kind is DischargeKind.UNPLANNED:
            editor.show_area(AreaKey.CRISIS)
            panels.show_procedure()
            camera.shoot(window, "79-unplanned-procedure-to-follow")
            editor.show_area(AreaKey.COORDINATION)
            editor.pages[AreaKey.COORDINATION].show_panel(panels.call)
            camera.shoot(window, "80-follow-up-call-tab")


def ended_shots(camera: Camera, window: MainWindow, context: Context) -> None:
    ended = context.service.list_plans((PlanStatus.DISCHARGED,))
    plan_id = ended[0].plan_id
    window.open_plan(plan_id)
    camera.shoot(window, "31-discharged-plan-read-only")
    camera.shoot(ReopenDialog(context.service.plan_detail(plan_id)), "32-reopen-dialog")
    window.show_this_week()
    camera.shoot(window, "06-this-week")
    window.week.mine_filter.setChecked(True)
    camera.shoot(window, "07-this-week-mine")
    window.week.mine_filter.setChecked(False)


def size_shots(camera: Camera, window: MainWindow) -> None:
    window.show_overview()
    window.change_text_size(+4)  # a projector at the back of a meeting room
    camera.shoot(window, "08-ward-overview-projector")
    window.change_text_size(0)
    empty_dir = Path(tempfile.mkdtemp(prefix="dp-shots-empty-"))
    empty = open_signed_in(empty_dir, "sosionom", TOOL_PASSWORD, create_as="Sosionom Demo")
    empty_window = MainWindow(workplace_for(empty, empty.service.today, empty_dir / "vindu.ini"))
    empty_window.resize(*WARD_SCREEN)
    camera.shoot(empty_window, "09-ward-overview-empty")
    empty_window.close()
    empty.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="dp-shots-"))
    context = open_signed_in(data_dir, "sosionom", TOOL_PASSWORD, create_as="Sosionom Demo")
    if not context.service.list_plans():
        create_demo_ward_for(context)

    app = QApplication([])
    translators = install_translators(app, paths.translations_dir(), "nb")
    apply_style(app, paths.fonts_dir())
    camera = Camera(app, args.output)
    window = MainWindow(workplace_for(context, context.service.today, data_dir / "vindu.ini"))
    window.resize(*WARD_SCREEN)
    overview_shots(camera, window)
    plans = context.service.list_plans()
    plan_id = sorted(plans, key=lambda plan: plan.admission)[len(plans) // 2].plan_id
    editor_shots(camera, window, context, plan_id)
    dialog_shots(camera, window, context, plan_id)
    fullest = max(plans, key=lambda plan: (len(context.sharing.appointments(plan.plan_id)), -plan.plan_id))
    document_shots(camera, window, context, fullest.plan_id)
    selfhelp_shots(camera, window, context)
    kommune_shots(camera, window, context)
    ended_shots(camera, window, context)
    size_shots(camera, window)
    security_shots(camera, window, context)
    reliability_shots(camera, window, context, plan_id)
    window.close()
    language_shots(camera, app, context, plan_id, data_dir / "vindu.ini", WARD_SCREEN)
    del translators
    context.close()
    print(f"{len(camera.written)} screenshots in {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
