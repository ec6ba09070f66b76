"""The access log's «Details» column reads as words, not codes, and never loses what the row holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NoReturn

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.access_log import AccessLogService
from dischargeplanner.domain.model import AreaKey, DocumentKind, ExportChannel, TrafficLight
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.domain.text import sort_key
from dischargeplanner.storage.audit import SqliteAccessLogStore, audit_trail
from dischargeplanner.ui.access_details import detail_text
from dischargeplanner.ui.access_log_view import COL_DETAIL, AccessLogView
from helpers import TEST_USER, MakeDraft, clock_at, context_at, demo_ward_at

DAY = date(2026, 3, 2)
SHA = "1a2b3c4d5e6f"


def _t(context: str, source: str) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _numbered(source: str, number: str) -> str:
    return _t("AccessDetails", source).replace("%1", number)


def _crisis_call(row: str, field: str) -> str:
    return _t("CrisisPanel", field).replace("%1", _t("CrisisPanel", row).replace("&", ""))


# One example of each family of details the services write: (action, detail, what the column says).
EXAMPLES: list[tuple[str, str, Callable[[], str]]] = [
    (
        "area.status",
        "housing admission: red",
        lambda: (
            f"{_t('Texts', 'Housing')}, {_lower_first(_t('AreaPage', 'At admission'))}: "
            f"{_lower_first(_t('Texts', 'Red'))}"
        ),
    ),
    (
        "area.status",
        "finances current: yellow",
        lambda: (
            f"{_t('Texts', 'Finances')}, {_lower_first(_t('AreaPage', 'Now'))}: "
            f"{_lower_first(_t('Texts', 'Yellow'))}"
        ),
    ),
    ("area.goal", "housing", lambda: _t("Texts", "Housing")),
    ("action.add", "finances", lambda: _t("Texts", "Finances")),
    ("action.update", "26", lambda: _numbered("action no. %1", "26")),
    ("action.remove", "26: Søke bostøtte", lambda: _numbered("action no. %1", "26") + ": Søke bostøtte"),
    (
        "item.update",
        "housing.situation_mapped: not_started -> done",
        lambda: (
            f"{_t('Texts', 'Housing')} – Bosituasjon kartlagt ved innkomst: "
            f"{_t('Texts', 'Not started')} → {_t('Texts', 'Done')}"
        ),
    ),
    (
        "item.update",
        "network.own_ward_item",
        lambda: f"{_t('Texts', 'Network')} – {_numbered('checklist item «%1»', 'own_ward_item')}",
    ),
    (
        "crisis.plan",
        "warning_signs,day_phone,risk_notes",
        lambda: "; ".join(
            [
                _t("CrisisPanel", "Early &warning signs").replace("&", ""),
                _crisis_call("Call in the &daytime", "%1: phone"),
                _t("CrisisPanel", "&Risk notes").replace("&", ""),
            ]
        ),
    ),
    (
        "crisis.bed",
        "contract",
        lambda: (
            f"{_t('RelapsePanel', 'User-controlled bed (brukerstyrt seng)')}: "
            f"{_t('AccessDetails', 'contract')}"
        ),
    ),
    (
        "crisis.procedure.followed",
        "2026-11-20",
        lambda: (
            f"{_t('RelapsePanel', 'Procedure for an unplanned end (brudd)')}: "
            f"{_numbered('followed %1', '20.11.2026')}"
        ),
    ),
    ("meeting.add", "discharge 2026-12-08", lambda: f"{_t('MeetingTexts', 'Discharge meeting')} 08.12.2026"),
    (
        "meeting.add",
        "evaluation 2026-09-07",
        lambda: f"{_t('MeetingTexts', 'Evaluation meeting')} 07.09.2026",
    ),
    ("meeting.update", "3", lambda: _numbered("meeting no. %1", "3")),
    (
        "meeting.remove",
        "3 evaluation",
        lambda: f"{_numbered('meeting no. %1', '3')}, {_t('MeetingTexts', 'Evaluation meeting')}",
    ),
    ("meeting.minute", "3 housing", lambda: f"{_numbered('meeting no. %1', '3')}, {_t('Texts', 'Housing')}"),
    (
        "meeting.decision.add",
        "3 finances",
        lambda: f"{_numbered('meeting no. %1', '3')}, {_t('Texts', 'Finances')}",
    ),
    ("plan.discharge", "2026-11-24 unplanned", lambda: f"24.11.2026, {_t('Texts', 'Unplanned end (brudd)')}"),
    ("plan.status", "active -> archived", lambda: f"{_t('Texts', 'Active')} → {_t('Texts', 'Archived')}"),
    (
        "plan.update",
        "ward,planned_discharge",
        lambda: f"{_t('NewPlanDialog', 'Ward')}, {_t('NewPlanDialog', 'Planned discharge')}",
    ),
    (
        "plan.create",
        "tsb-standard 1.0",
        lambda: (
            _t("AccessDetails", "%1, version %2")
            .replace("%1", "TSB standard utskrivningssjekkliste")
            .replace("%2", "1.0")
        ),
    ),
    (
        "follow_up_call.add",
        "2026-11-16 reached",
        lambda: (
            f"16.11.2026, {_lower_first(_t('FollowUpCallPanel', 'Reached'))}: "
            f"{_lower_first(_t('FollowUpCallPanel', 'Yes'))}"
        ),
    ),
    (
        "follow_up_call.update",
        "2026-11-16 not reached",
        lambda: (
            f"16.11.2026, {_lower_first(_t('FollowUpCallPanel', 'Reached'))}: "
            f"{_lower_first(_t('FollowUpCallPanel', 'No'))}"
        ),
    ),
    (
        "coordination.contact.add",
        "kommune_contact",
        lambda: _t("CoordinationTexts", "Contact person in the municipality"),
    ),
    ("coordination.contact.add", "nav", lambda: _t("CoordinationTexts", "NAV supervisor")),
    (
        "coordination.contact.remove",
        "5 fastlege",
        lambda: f"{_numbered('contact no. %1', '5')}, {_t('CoordinationTexts', 'Regular GP (fastlege)')}",
    ),
    ("coordination.responsible", "2", lambda: _numbered("contact no. %1", "2")),
    ("coordination.responsible", "none", lambda: _t("AccessDetails", "nobody")),
    ("user.add", "ola staff", lambda: f"ola, {_t('UserAdmin', 'Staff')}"),
    (
        "user.add",
        "demo administrator (oppsett)",
        lambda: f"demo, {_t('UserAdmin', 'Administrator')} (oppsett)",
    ),
    (
        "user.role",
        "ola administrator",
        lambda: (
            _t("AccessDetails", "%1, new role: %2")
            .replace("%1", "ola")
            .replace("%2", _t("UserAdmin", "Administrator"))
        ),
    ),
    (
        "export.pdf",
        f"kommune/pdf Oslo kommune, tjenestekontoret {SHA}",
        lambda: (
            _t("AccessDetails", "%1 to %2")
            .replace("%1", _t("SharingTexts", "Handover"))
            .replace("%2", "Oslo kommune, tjenestekontoret")
            + f" – {_t('ExportModel', 'SHA-256')} {SHA}"
        ),
    ),
    (
        "export.print",
        f"patient/print  {SHA}",
        lambda: _t("SharingTexts", "Patient's copy (Min plan)") + f" – {_t('ExportModel', 'SHA-256')} {SHA}",
    ),
    (
        "export.minutes",
        f"3 {SHA} referat.pdf",
        lambda: f"{_numbered('meeting no. %1', '3')}, referat.pdf – {_t('ExportModel', 'SHA-256')} {SHA}",
    ),
    (
        "edit.undo",
        "item: Bosituasjon kartlagt",
        lambda: _upper_first(_t("ChangeRunner", "change to «%1»").replace("%1", "Bosituasjon kartlagt")),
    ),
    (
        "selfhelp.group.import",
        "+3 ~2",
        lambda: _t("AccessDetails", "new: %1, changed: %2").replace("%1", "3").replace("%2", "2"),
    ),
    # Free text stays as written.
    ("consent.record", "Oslo kommune, tjenestekontoret", lambda: "Oslo kommune, tjenestekontoret"),
    ("plan.reopen", "Skrevet ut ved en feil", lambda: "Skrevet ut ved en feil"),
    ("selfhelp.group.add", "AA Grünerløkka", lambda: "AA Grünerløkka"),
]


@pytest.mark.parametrize(("action", "detail", "expected"), EXAMPLES, ids=[f"{a} {d}" for a, d, _ in EXAMPLES])
def test_a_coded_detail_reads_in_the_wards_words(
    bokmal: object, action: str, detail: str, expected: Callable[[], str]
) -> None:
    assert detail_text(action, detail) == expected()


def test_an_unknown_action_shows_its_detail_as_stored(bokmal: object) -> None:
    assert detail_text("spaceship.launch", "housing admission: red") == "housing admission: red"


def test_an_empty_detail_stays_empty(bokmal: object) -> None:
    assert detail_text("plan.open", "") == ""
    assert detail_text("area.status", "") == ""


@pytest.mark.parametrize(
    ("action", "detail"),
    [
        ("item.update", "housing.x: nonsense -> ??"),
        ("item.update", "attic.situation_mapped: not_started -> done"),
        ("item.update", "housing.situation_mapped: not_started"),
        ("area.status", "housing admission: purple"),
        ("area.status", "housing"),
        ("action.update", "tjuesju"),
        ("action.remove", "26"),
        ("meeting.add", "discharge 2026-13-45"),
        ("meeting.add", "discharge 20261208"),
        ("plan.update", "patient,shoe_size"),
        ("crisis.plan", "warning_signs,"),
        ("crisis.bed", "maybe"),
        ("export.pdf", f"kommune/fax Oslo kommune {SHA}"),
        ("export.pdf", "kommune/pdf Oslo kommune not-a-hash"),
        ("follow_up_call.add", "2026-11-16 perhaps"),
        ("selfhelp.group.import", "+x ~2"),
        ("user.role", "ola emperor"),
    ],
)
def test_a_detail_this_version_cannot_read_whole_is_shown_as_stored(
    bokmal: object, action: str, detail: str
) -> None:
    assert detail_text(action, detail) == detail


def test_every_detail_the_services_write_is_read(bokmal: object, context: Context) -> None:
    """The services' own rows, not hand-made ones: a changed format would fall back to codes."""
    ward = context_at(context, DAY)
    plan_ids = demo_ward_at(ward, DAY, count=4)
    changes = ward.service.set_area_status(
        plan_ids[0], AreaKey.NETWORK, AreaMoment.CURRENT, TrafficLight.GREEN, "", TEST_USER
    )
    assert changes.edit is not None
    ward.service.undo(changes.edit, TEST_USER)
    ward.sharing.record_export(
        plan_ids[0], DocumentKind.KOMMUNE, ExportChannel.PDF, "Oslo kommune", "ab" * 32, "o.pdf", TEST_USER
    )
    coded = {
        "area.status",
        "area.goal",
        "action.add",
        "item.update",
        "plan.create",
        "edit.undo",
        "export.pdf",
    }

    rows = [row for row in audit_trail(context.conn) if row.action in coded and row.detail]

    assert {row.action for row in rows} == coded
    unread = [(row.action, row.detail) for row in rows if detail_text(row.action, row.detail) == row.detail]
    assert unread == []


def _no_documents() -> NoReturn:
    pytest.fail("this test makes no document")


def test_the_access_log_shows_an_area_status_in_words(
    qtbot: QtBot, bokmal: object, context: Context, make_draft: MakeDraft
) -> None:
    ward = context_at(context, DAY)
    dates = {"admission": DAY - timedelta(days=10), "planned_discharge": DAY + timedelta(days=40)}
    plan_id, _ = ward.service.start_plan(make_draft(**dates), TEST_USER)
    ward.service.set_area_status(
        plan_id, AreaKey.HOUSING, AreaMoment.ADMISSION, TrafficLight.RED, "Uten bolig", TEST_USER
    )
    access = AccessLogService(SqliteAccessLogStore(ward.conn, clock_at(DAY)), clock_at(DAY))

    view = AccessLogView(access, _no_documents, TEST_USER, lambda: DAY)
    qtbot.addWidget(view)

    model = view.model
    row = next(row for row in range(model.rowCount()) if model.row_at(row).action == "area.status")
    shown = model.index(row, COL_DETAIL).data()
    expected = (
        f"{_t('Texts', 'Housing')}, {_lower_first(_t('AreaPage', 'At admission'))}: "
        f"{_lower_first(_t('Texts', 'Red'))}"
    )
    assert shown == expected
    assert model.index(row, COL_DETAIL).data(Qt.ItemDataRole.ToolTipRole) == expected
    assert "housing" not in shown

    # Sorting by the column sorts by what it shows.
    model.sort(COL_DETAIL, Qt.SortOrder.AscendingOrder)
    texts = [str(model.index(row, COL_DETAIL).data()) for row in range(model.rowCount())]
    assert texts == sorted(texts, key=sort_key)
