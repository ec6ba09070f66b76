"""Render meeting mode of a demo-like plan offscreen, at 1920×1080 and 1366×768, for review.

Usage: python tools/meeting_screenshots.py OUTPUT_DIR
Makes a synthetic plan (admitted 120 days ago) with contacts, two held evaluations and a
held discharge meeting in a temporary folder, then writes the start page, two area pages,
a refused decision and the closing page at both sizes, the Meetings page of the plan
editor, and the first page of the minutes PDF. Prints each file; fails if one is blank.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dischargeplanner import paths
from dischargeplanner.app import Context, open_signed_in
from dischargeplanner.demo import DEMO_WARD, GOALS, progress_items
from dischargeplanner.demo_meetings import add_meetings
from dischargeplanner.domain.meeting_model import MeetingId
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import (
    AreaKey,
    Changes,
    Consent,
    ConsentForm,
    ConsentId,
    Patient,
    PlanDraft,
    PlanId,
    RecipientKind,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.storage.meetings import SqliteMeetingStore
from dischargeplanner.synthetic import make_fodselsnummer, synthetic_name
from dischargeplanner.ui.dialogs.meeting_dialog import MeetingDialog
from dischargeplanner.ui.i18n import install_translators
from dischargeplanner.ui.meeting_mode import MeetingMode
from dischargeplanner.ui.meetings_page import MeetingsPage
from dischargeplanner.ui.style import apply_style

SIZES = ((1920, 1080), (1366, 768))
USER = "sosionom"
# Contacts of the plan: the kommune's as the coordination page would record them.
CONTACTS = (
    ("kommune_contact", "Saksbehandler Demo", "Tjenestekontoret (demo)"),
    ("nav", "NAV-veileder Demo", "NAV (demo)"),
    ("fastlege", "Fastlege Demo", "Legekontoret (demo)"),
    ("paarorende", "Søster Demo", ""),
)


# A made-up ward only: the tool sets it up with this password.
TOOL_PASSWORD = "bare for skjermbilder og målinger"


def make_plan(context: Context) -> tuple[MeetingService, PlanId]:
    """A plan like the demo's fullest, kept active so meeting mode can be written in."""
    service, today = context.service, context.service.today()
    draft = PlanDraft(
        Patient(synthetic_name(11), make_fodselsnummer(date(1979, 5, 17))),
        "0301",
        DEMO_WARD,
        "Terapeut Demo",
        today - timedelta(days=120),
        today + timedelta(days=20),
    )
    plan_id, _ = service.start_plan(draft, USER)
    rng = random.Random(11)
    progress_items(service, USER, rng, plan_id, today)
    for area in AreaKey:
        service.set_area_status(plan_id, area, AreaMoment.ADMISSION, TrafficLight.RED, "", USER)
        light = rng.choice((TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED, TrafficLight.GREEN))
        service.set_area_status(plan_id, area, AreaMoment.CURRENT, light, "", USER)
        if area in GOALS:
            service.set_area_goal(plan_id, area, GOALS[area], USER)
    service.add_action(
        plan_id,
        AreaKey.HOUSING,
        "Søke om kommunal bolig",
        Responsible.KOMMUNE,
        "",
        today + timedelta(7),
        USER,
    )
    for role, name, organisation in CONTACTS:
        context.conn.execute(
            "INSERT INTO contact (plan_id, role, name, organisation) VALUES (?, ?, ?, ?)",
            (plan_id, role, name, organisation),
        )
    context.sharing.record_consent(
        Consent(
            ConsentId(0), plan_id, RecipientKind.KOMMUNE, "Oslo kommune",
            frozenset(AreaKey) - {AreaKey.FAMILY}, today - timedelta(days=100), ConsentForm.WRITTEN, USER,
        ),
        USER,
    )  # fmt: skip
    meetings = MeetingService(SqliteMeetingStore(context.conn))
    add_meetings(meetings, USER, plan_id, 11, today)
    return meetings, plan_id


class Camera:
    def __init__(self, app: QApplication, output: Path) -> None:
        self._app = app
        self._output = output
        self.written: list[Path] = []

    def shoot(self, widget: QWidget, name: str) -> None:
        for _ in range(3):
            self._app.processEvents()
        path = self._output / f"{name}.png"
        widget.grab().save(str(path))
        image = QImage(str(path))
        first = image.pixel(0, 0)
        step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
        if image.isNull() or all(
            image.pixel(x, y) == first
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        ):
            raise SystemExit(f"{path} looks blank")
        self.written.append(path)
        print(path)


def meeting_mode_shots(camera: Camera, meetings: MeetingService, context: Context, plan_id: PlanId) -> None:
    discharge = meetings.meetings(plan_id)[-1].meeting_id
    for width, height in SIZES:
        mode = MeetingMode(meetings, context.service, MeetingId(discharge), USER, lambda _c: None)
        mode.resize(width, height)
        mode.show()
        prefix = f"{width}x{height}"
        camera.shoot(mode, f"{prefix}-0-start")
        mode.go_to(1)
        camera.shoot(mode, f"{prefix}-1-area-housing")
        slide = mode.area_slides[AreaKey.HOUSING]
        slide.what.setFocus()
        QTest.keyClick(slide.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        camera.shoot(mode, f"{prefix}-2-area-housing-refused")
        busiest = max(mode.agenda.areas, key=lambda area: area.open_items + len(area.open_actions))
        mode.go_to(1 + [area.area for area in mode.agenda.areas].index(busiest.area))
        camera.shoot(mode, f"{prefix}-3-area-{busiest.area}")
        mode.go_to(mode.page_count() - 1)
        camera.shoot(mode, f"{prefix}-4-closing")
        mode.close()


def page_shot(camera: Camera, meetings: MeetingService, context: Context, plan_id: PlanId) -> None:
    def perform(call: object) -> bool:
        assert callable(call)
        result = call()
        assert isinstance(result, Changes)
        return True

    page = MeetingsPage(meetings, context.service, context.documents, USER, perform, context.service.today)
    page.show_detail(context.service.plan_detail(plan_id), read_only=False)
    page.resize(1100, 700)
    page.show()
    camera.shoot(page, "meetings-page-1100x700")
    page.close()
    meeting = meetings.meetings(plan_id)[0]
    dialog = MeetingDialog(
        meeting.details, context.service.plan_detail(plan_id).plan, meetings.contacts(plan_id),
        context.service.today(), new=False,
    )  # fmt: skip
    dialog.show()
    camera.shoot(dialog, "meeting-dialog")
    dialog.close()


def minutes_shot(output: Path, meetings: MeetingService, context: Context, plan_id: PlanId) -> None:
    import pypdfium2  # noqa: PLC0415

    made = context.documents().make_minutes(meetings, meetings.meetings(plan_id)[-1].meeting_id)
    pdf = pypdfium2.PdfDocument(made.pdf)
    for index in range(len(pdf)):
        path = output / f"minutes-page-{index + 1}.png"
        pdf[index].render(scale=1.5).to_pil().save(path)
        print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    context = open_signed_in(
        Path(tempfile.mkdtemp(prefix="dp-meetings-")), USER, TOOL_PASSWORD, create_as="Sosionom Demo"
    )
    meetings, plan_id = make_plan(context)
    app = QApplication([])
    translators = install_translators(app, paths.translations_dir(), "nb")
    apply_style(app, paths.fonts_dir())
    camera = Camera(app, args.output)
    meeting_mode_shots(camera, meetings, context, plan_id)
    page_shot(camera, meetings, context, plan_id)
    minutes_shot(args.output, meetings, context, plan_id)
    del translators
    context.close()
    print(f"{len(camera.written)} screenshots in {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
