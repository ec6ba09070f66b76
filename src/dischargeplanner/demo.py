"""A training ward: synthetic patients at every stage of a stay, made through the real services.

Everything here is made up. Names are obviously invented combinations and every
fødselsnummer is generated (valid, but computed, never copied from a person).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dischargeplanner.demo_care import add_care_after_discharge, add_care_during_stay
from dischargeplanner.demo_selfhelp import add_directory, add_introduction
from dischargeplanner.demo_sharing import PLACEHOLDER_PHONE, add_sharing
from dischargeplanner.domain.model import (
    AreaKey,
    DischargeKind,
    ItemState,
    Patient,
    PlanDraft,
    PlanId,
    PlanStatus,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import GroupId
from dischargeplanner.domain.services import AreaMoment, PlanService
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.settings import DEMO_DATA, INSTITUTION, WARD_NAME, WARD_PHONE
from dischargeplanner.storage.settings_store import SettingsStore
from dischargeplanner.synthetic import make_fodselsnummer, synthetic_name

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.care import CareServices

DEMO_WARD = "Demoavdelingen (opplæring)"
# The first of every three plans is the demo user's own, so "Bare mine" has something to show.
DEMO_STAFF = ("Terapeut Demo", "Miljøterapeut Demo")
# Kommuner spread over the country, Sami and twin names among them.
DEMO_KOMMUNER = ("0301", "4601", "5001", "1103", "3301", "5612", "1818", "3419", "4204", "1506")


class DemoRefusedError(Exception):
    """Demo data is never mixed into a folder that holds real plans."""


@dataclass(frozen=True)
class Stage:
    """Where a stay is: days since admission, days to planned discharge, whether it has ended."""

    days_since_admission: int
    days_to_discharge: int | None
    discharged: bool = False
    unplanned: bool = False
    has_number: bool = True
    d_number: bool = False


STAGES = (
    Stage(0, 84),
    Stage(2, 60),
    Stage(14, 70),
    Stage(28, 35),
    Stage(42, 42),
    Stage(63, 21),
    Stage(77, 7),
    Stage(89, 1),
    Stage(95, -3),
    Stage(5, None, has_number=False),
    Stage(20, 100, d_number=True),
    Stage(120, -10, discharged=True),
    Stage(40, 50, discharged=True, unplanned=True),
)

GOALS = {
    AreaKey.HOUSING: "Jeg vil ha min egen leilighet der jeg kan ha besøk av datteren min.",
    AreaKey.FINANCES: "Jeg vil ha kontroll på regningene og slippe inkasso.",
    AreaKey.NETWORK: "Jeg vil ha kontakt med søsteren min igjen og holde meg unna de gamle vennene.",
    AreaKey.ACTIVITY: "Jeg vil jobbe igjen, helst med noe praktisk ute.",
    AreaKey.SELF_HELP: "Jeg vil prøve et møte, men helst sammen med noen første gang.",
    AreaKey.HEALTH: "Jeg vil ha en fastlege som kjenner historien min.",
}


def create_demo_ward(
    service: PlanService,
    settings: SettingsStore,
    user: str,
    count: int = 13,
    seed: int = 2024,
    sharing: SharingService | None = None,
    kommune_names: Mapping[str, str] | None = None,
    selfhelp: SelfHelpService | None = None,
    care: CareServices | None = None,
) -> list[PlanId]:
    """Create `count` synthetic plans at the stages above (repeated when count > 13)."""
    if count < 1:
        raise DemoRefusedError("antallet demoplaner må være minst 1")
    existing = service.list_plans(tuple(PlanStatus))
    if existing and not settings.get(DEMO_DATA):
        raise DemoRefusedError(
            "datamappen har allerede ekte planer; demodata lages bare i en tom mappe eller en demomappe"
        )
    settings.set(DEMO_DATA, True)
    settings.set(WARD_NAME, DEMO_WARD)
    settings.set(INSTITUTION, "Eksempel helseforetak (demo)")
    settings.set(WARD_PHONE, PLACEHOLDER_PHONE)
    rng = random.Random(seed)
    today = service.today()
    helpers = _Helpers(sharing, kommune_names or {}, selfhelp, {}, care)
    if selfhelp is not None and not selfhelp.groups():
        helpers.groups.update(add_directory(selfhelp, user, DEMO_KOMMUNER))
    return [
        _create_one(service, helpers, user, rng, today, index, STAGES[index % len(STAGES)])
        for index in range(count)
    ]


@dataclass(frozen=True)
class _Helpers:
    """The optional services a demo plan is filled in through, and the directory's groups by kommune."""

    sharing: SharingService | None
    kommune_names: Mapping[str, str]
    selfhelp: SelfHelpService | None
    groups: dict[str, list[GroupId]]
    care: CareServices | None = None


def create_demo_ward_for(context: Context, count: int = 13) -> list[PlanId]:
    """A training ward in an open data folder, with consents and appointments: ready for handovers."""
    return create_demo_ward(
        context.service,
        context.settings,
        context.user,
        count,
        sharing=context.sharing,
        kommune_names={kommune.number: kommune.display_name for kommune in context.kommuner},
        selfhelp=context.selfhelp,
        care=context.care(),
    )


def _create_one(
    service: PlanService,
    helpers: _Helpers,
    user: str,
    rng: random.Random,
    today: date,
    index: int,
    stage: Stage,
) -> PlanId:
    admission = today - timedelta(days=stage.days_since_admission)
    birth = date(rng.randint(1960, 2003), rng.randint(1, 12), rng.randint(1, 28))
    number = make_fodselsnummer(birth, d_number=stage.d_number) if stage.has_number else None
    draft = PlanDraft(
        patient=Patient(synthetic_name(index), number, None if number else birth),
        kommune_number=DEMO_KOMMUNER[index % len(DEMO_KOMMUNER)],
        ward=DEMO_WARD,
        responsible_staff=user if index % 3 == 0 else DEMO_STAFF[index % 2],
        admission=admission,
        planned_discharge=None
        if stage.days_to_discharge is None
        else max(admission, today + timedelta(days=stage.days_to_discharge)),
    )
    plan_id, _ = service.start_plan(draft, user)
    _progress(service, user, rng, plan_id, today, stage)
    kommune = draft.kommune_number or ""
    if helpers.sharing is not None:
        name = helpers.kommune_names.get(kommune, kommune)
        add_sharing(service, helpers.sharing, user, rng, plan_id, index, name)
    if helpers.selfhelp is not None:
        add_introduction(service, helpers.selfhelp, user, plan_id, index, helpers.groups.get(kommune, []))
    if helpers.care is not None and helpers.sharing is not None:
        add_care_during_stay(helpers.care, helpers.sharing, user, plan_id, index, today)
    if stage.discharged:
        _discharge(service, user, plan_id, today, stage)
        if helpers.care is not None:
            add_care_after_discharge(helpers.care, user, plan_id, index, today)
    return plan_id


def progress_items(service: PlanService, user: str, rng: random.Random, plan_id: PlanId, today: date) -> None:
    """Tick, through the services, what a ward would have done by `today`: most items past
    their date, a few ahead of it; some family items not applicable, some waiting on the kommune."""
    detail = service.plan_detail(plan_id)
    days_in = (today - detail.plan.admission).days
    for item in detail.items:
        due = item.due_date(detail.plan)
        past_due = due is not None and due <= today
        roll = rng.random()
        if item.area is AreaKey.FAMILY and roll < 0.15:
            service.set_item_state(item.item_id, ItemState.NOT_APPLICABLE, user, "Har ikke barn under 18 år")
        elif (past_due and roll < 0.8) or (not past_due and roll < 0.15 and days_in > 7):
            service.set_item_state(item.item_id, ItemState.DONE, user)
        elif past_due and roll < 0.92:
            service.update_item(
                item.item_id, ItemState.IN_PROGRESS, "", Responsible.KOMMUNE, "", "Venter på svar", user
            )


def _discharge(service: PlanService, user: str, plan_id: PlanId, today: date, stage: Stage) -> None:
    detail = service.plan_detail(plan_id)
    ended = today if stage.unplanned else min(today, detail.plan.planned_discharge or today)
    status = {
        area.area: (area.current_light, "Avbrøt behandlingen" if stage.unplanned else area.current_reason)
        for area in detail.areas
    }
    kind = DischargeKind.UNPLANNED if stage.unplanned else DischargeKind.PLANNED
    service.discharge_plan(plan_id, ended, kind, status, user)


def _progress(
    service: PlanService, user: str, rng: random.Random, plan_id: PlanId, today: date, stage: Stage
) -> None:
    """Tick what a ward would have done by now, and assess the areas."""
    progress_items(service, user, rng, plan_id, today)
    if stage.days_since_admission == 0:
        return
    for area in AreaKey:
        admission_light = rng.choice((TrafficLight.RED, TrafficLight.RED, TrafficLight.YELLOW))
        service.set_area_status(plan_id, area, AreaMoment.ADMISSION, admission_light, "", user)
        progress = min(1.0, stage.days_since_admission / 90)
        current = (
            TrafficLight.GREEN
            if rng.random() < progress
            else TrafficLight.YELLOW
            if rng.random() < 0.6
            else admission_light
        )
        service.set_area_status(plan_id, area, AreaMoment.CURRENT, current, "", user)
        if area in GOALS:
            service.set_area_goal(plan_id, area, GOALS[area], user)
