"""Plans stored and read back through the real services and a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.catalogue import load_catalogue, standard_catalogue_path
from dischargeplanner.domain.model import AreaKey, ItemState, PlanId, PlanStatus, TrafficLight
from dischargeplanner.domain.services import AreaMoment, ConflictError, PlanService, StorageError
from dischargeplanner.paths import resources_dir, ward_catalogue_path
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.repository import SqlitePlanStore
from helpers import TEST_USER, MakeDraft, open_test_context


def test_new_plan_gets_every_area_and_catalogue_item(service: PlanService, plan_id: PlanId) -> None:
    catalogue = load_catalogue(standard_catalogue_path(resources_dir()))
    detail = service.plan_detail(plan_id)
    assert [area.area for area in detail.areas] == list(AreaKey)
    assert [item.key for item in detail.items] == [item.key for item in catalogue.items]
    assert detail.plan.catalogue_id == catalogue.catalogue_id
    assert detail.plan.catalogue_version == catalogue.version
    assert all(item.state is ItemState.NOT_STARTED for item in detail.items)


def test_everything_survives_closing_and_reopening(data_dir: Path, make_draft: MakeDraft) -> None:
    first = open_test_context(data_dir)
    plan_id, _ = first.service.start_plan(make_draft(), TEST_USER)
    item = first.service.plan_detail(plan_id).items[3]
    first.service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    first.service.set_area_status(
        plan_id, AreaKey.FINANCES, AreaMoment.CURRENT, TrafficLight.RED, "Gjeld", TEST_USER
    )
    first.service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", TEST_USER)
    first.close()

    second = open_test_context(data_dir)
    detail = second.service.plan_detail(plan_id)
    assert detail.items[3].state is ItemState.DONE
    assert detail.items[3].changed_by == TEST_USER
    assert detail.area(AreaKey.FINANCES).current_light is TrafficLight.RED
    assert detail.area(AreaKey.FINANCES).current_reason == "Gjeld"
    assert detail.area(AreaKey.HOUSING).goal == "Egen leilighet"
    second.close()


def test_a_plan_keeps_the_catalogue_version_it_was_made_with(data_dir: Path, make_draft: MakeDraft) -> None:
    first = open_test_context(data_dir)
    old_plan, _ = first.service.start_plan(make_draft(), TEST_USER)
    first.close()
    standard = standard_catalogue_path(resources_dir()).read_text(encoding="utf-8")
    ward_file = ward_catalogue_path(data_dir)
    ward_file.write_text(
        standard.replace('version = "1.0"', 'version = "2.0-avd"').replace(
            "Husleie betales under oppholdet", "Husleie og strøm betales under oppholdet"
        ),
        encoding="utf-8",
    )
    second = open_test_context(data_dir)
    new_plan, _ = second.service.start_plan(make_draft(), TEST_USER)
    old_texts = {item.text for item in second.service.plan_detail(old_plan).items}
    new_texts = {item.text for item in second.service.plan_detail(new_plan).items}
    assert "Husleie betales under oppholdet" in old_texts
    assert "Husleie og strøm betales under oppholdet" in new_texts
    assert second.service.plan_detail(old_plan).plan.catalogue_version == "1.0"
    assert second.service.plan_detail(new_plan).plan.catalogue_version == "2.0-avd"
    second.close()


def test_every_edit_writes_one_audit_row_naming_the_user(context: Context, plan_id: PlanId) -> None:
    service = context.service
    before = len(audit_trail(context.conn, plan_id))
    item = service.plan_detail(plan_id).items[0]
    service.set_item_state(item.item_id, ItemState.IN_PROGRESS, "kari")
    service.set_area_goal(plan_id, AreaKey.NETWORK, "Kontakt med søster", "ola")
    trail = audit_trail(context.conn, plan_id)
    assert len(trail) == before + 2
    assert [(row.user, row.action) for row in trail[-2:]] == [("kari", "item.update"), ("ola", "area.goal")]
    assert audit_trail(context.conn, plan_id)[0].action == "plan.create"


def test_change_and_audit_row_share_one_transaction(context: Context, plan_id: PlanId) -> None:
    """If the audit row cannot be written, the change is not stored either."""
    item = context.service.plan_detail(plan_id).items[0]
    context.conn.execute(
        "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(StorageError, match="disk trouble"):
        context.service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    context.conn.execute("DROP TRIGGER fail_audit")
    assert context.service.plan_detail(plan_id).items[0].state is ItemState.NOT_STARTED


def test_each_edit_bumps_the_plan_version(service: PlanService, plan_id: PlanId) -> None:
    start = service.plan_detail(plan_id).plan.version
    item = service.plan_detail(plan_id).items[0]
    service.set_item_state(item.item_id, ItemState.DONE, TEST_USER)
    service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hjemme", TEST_USER)
    assert service.plan_detail(plan_id).plan.version == start + 2


def test_saving_a_stale_plan_is_a_conflict(context: Context, plan_id: PlanId) -> None:
    store = SqlitePlanStore(context.conn)
    stale = store.plan(plan_id)
    context.service.set_area_goal(plan_id, AreaKey.HOUSING, "Bo hjemme", TEST_USER)
    from dischargeplanner.domain.model import AuditEntry

    with pytest.raises(ConflictError):
        store.save_plan(replace(stale, ward="Annen avdeling"), AuditEntry(TEST_USER, "plan.update", plan_id))
    assert store.plan(plan_id).ward == "Avdeling A"


def test_list_counts_closed_items_and_filters_by_status(service: PlanService, make_draft: MakeDraft) -> None:
    first, _ = service.start_plan(make_draft(), TEST_USER)
    second, _ = service.start_plan(
        make_draft(patient=replace(make_draft().patient, name="Prøve Prøvesen")), TEST_USER
    )
    items = service.plan_detail(first).items
    service.set_item_state(items[0].item_id, ItemState.DONE, TEST_USER)
    service.set_item_state(items[1].item_id, ItemState.NOT_APPLICABLE, TEST_USER, "Har egen bolig")
    service.set_item_state(items[2].item_id, ItemState.IN_PROGRESS, TEST_USER)
    service.set_status(second, PlanStatus.DISCHARGED, TEST_USER)

    [active] = service.list_plans((PlanStatus.ACTIVE,))
    assert active.plan_id == first
    assert [plan.plan_id for plan in service.list_plans((PlanStatus.DISCHARGED,))] == [second]
    assert len(service.list_plans(tuple(PlanStatus))) == 2


def test_actions_are_added_changed_and_removed(context: Context, plan_id: PlanId) -> None:
    from datetime import date

    from dischargeplanner.domain.model import ActionStatus, Responsible

    service = context.service
    action_id, _ = service.add_action(
        plan_id, AreaKey.FINANCES, "Søke om gjeldsrådgivning", Responsible.NAV, "NAV-veileder",
        date(2027, 1, 5),
        TEST_USER,
    )  # fmt: skip
    [action] = service.plan_detail(plan_id).actions_in(AreaKey.FINANCES)
    assert (action.what, action.responsible, action.deadline) == (
        "Søke om gjeldsrådgivning", Responsible.NAV, date(2027, 1, 5),
    )  # fmt: skip
    service.update_action(replace(action, status=ActionStatus.DONE), TEST_USER)
    assert service.plan_detail(plan_id).actions[0].status is ActionStatus.DONE
    service.remove_action(action_id, TEST_USER)
    assert service.plan_detail(plan_id).actions == ()
    actions = [row.action for row in audit_trail(context.conn, plan_id)]
    assert actions[-3:] == ["action.add", "action.update", "action.remove"]


def test_settings_round_trip(context: Context) -> None:
    from dischargeplanner.settings import DEMO_DATA, WARD_NAME

    assert context.settings.get(WARD_NAME) == "Døgnavdeling"
    context.settings.set(WARD_NAME, "Avdeling for rusbehandling")
    context.settings.set(DEMO_DATA, True)
    assert context.settings.get(WARD_NAME) == "Avdeling for rusbehandling"
    assert context.settings.get(DEMO_DATA) is True
