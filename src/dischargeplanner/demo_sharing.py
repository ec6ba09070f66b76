"""The training ward's agreed actions, consents and appointments: what a handover is made from.

Every plan gets a consent to share with its kommune, so every demo plan can be
handed over; every fourth keeps its network and family out of it, so the
document shows how left-out areas read. Phone numbers are placeholders.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time, timedelta

from dischargeplanner.domain.model import (
    Action,
    ActionStatus,
    Appointment,
    AppointmentId,
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentLanguage,
    PlanId,
    RecipientKind,
    Responsible,
)
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import SharingService

PLACEHOLDER_PHONE = "12 34 56 78"
# The seventh demo plan also has a recipient who writes Nynorsk (not a plan the golden files hold).
NYNORSK_PLAN = 6

# (area, what, who, name, days before planned discharge) – negative days: after discharge.
ACTIONS = (
    (AreaKey.HOUSING, "Søke om kommunal bolig", Responsible.KOMMUNE, "Tildelingskontoret", 42),
    (
        AreaKey.HOUSING,
        "Betale husleie under oppholdet, så leiligheten ikke går tapt",
        Responsible.NAV,
        "",
        60,
    ),
    (AreaKey.FINANCES, "Søknad om arbeidsavklaringspenger (AAP)", Responsible.NAV, "NAV-veileder", 28),
    (AreaKey.FINANCES, "Sette opp et enkelt budsjett for de første månedene", Responsible.PATIENT, "", 14),
    (AreaKey.NETWORK, "Invitere søsteren til en samtale på avdelingen", Responsible.PATIENT, "", 30),
    (AreaKey.ACTIVITY, "Første møte med IPS-veileder", Responsible.NAV, "", 7),
    (AreaKey.HEALTH, "Bestille time hos fastlegen uken etter utskrivning", Responsible.WARD, "", 10),
    (AreaKey.CRISIS, "Lage kriseplan sammen med kontaktpersonen i kommunen", Responsible.WARD, "", 21),
    (AreaKey.SELF_HELP, "Gå på et første møte sammen med en likeperson", Responsible.PATIENT, "", -2),
    (AreaKey.FAMILY, "Samtale med barneansvarlig om datteren", Responsible.WARD, "", 35),
    (AreaKey.COORDINATION, "Utskrivningsmøte med kommunen og NAV", Responsible.WARD, "", 21),
)


def add_sharing(
    service: PlanService,
    sharing: SharingService,
    user: str,
    rng: random.Random,
    plan_id: PlanId,
    index: int,
    kommune: str,
) -> None:
    """Give a freshly made demo plan its actions, its consents and (late in the stay) appointments."""
    detail = service.plan_detail(plan_id)
    plan = detail.plan
    today = service.today()
    days_in = (today - plan.admission).days
    discharge = plan.planned_discharge or plan.admission + timedelta(days=90)
    for area, what, who, name, before in ACTIONS:
        deadline = discharge - timedelta(days=before)
        if deadline - timedelta(days=60) > today:
            continue
        _, changes = service.add_action(plan_id, area, what, who, name, deadline, user)
        added = changes.edit.after if changes.edit else None
        if isinstance(added, Action) and deadline < today and rng.random() < 0.7:
            service.update_action(replace(added, status=ActionStatus.DONE), user)
    areas = frozenset(AreaKey)
    if index % 4 == 1:
        areas -= {AreaKey.NETWORK, AreaKey.FAMILY}
    given = min(today, plan.admission + timedelta(days=1))
    sharing.record_consent(
        Consent(
            ConsentId(0), plan_id, RecipientKind.KOMMUNE, f"{kommune} kommune, tjenestekontoret",
            areas, given, ConsentForm.WRITTEN, user,
            restrictions="Ikke opplysninger om tidligere behandling." if index % 4 == 1 else "",
        ),
        user,
    )  # fmt: skip
    if days_in >= 14:
        sharing.record_consent(
            Consent(
                ConsentId(0), plan_id, RecipientKind.NAV, f"NAV {kommune}",
                frozenset({AreaKey.FINANCES, AreaKey.ACTIVITY}), given, ConsentForm.ORAL, user,
                expires=discharge + timedelta(days=180),
            ),
            user,
        )  # fmt: skip
    if index == NYNORSK_PLAN:
        # A recipient who writes Nynorsk (a made-up GP), so training shows the målform at work.
        sharing.record_consent(
            Consent(
                ConsentId(0), plan_id, RecipientKind.FASTLEGE, "Fastlege Demo, Eksempel legekontor (demo)",
                frozenset({AreaKey.HEALTH, AreaKey.CRISIS}), given, ConsentForm.WRITTEN, user,
                language=DocumentLanguage.NN,
            ),
            user,
        )  # fmt: skip
    if days_in >= 28:
        _appointments(sharing, user, rng, plan_id, discharge, kommune)


def _appointments(
    sharing: SharingService, user: str, rng: random.Random, plan_id: PlanId, discharge: date, kommune: str
) -> None:
    booked = (
        (AreaKey.HEALTH, "Time hos fastlegen", 3, time(10, 15), "Fastlegen", f"Legekontoret i {kommune}"),
        (AreaKey.FINANCES, "Møte hos NAV om arbeidsavklaringspenger", 5, time(9, 0), "NAV-veilederen",
         f"NAV {kommune}"),
        (AreaKey.COORDINATION, "Oppfølgingssamtale på telefon", 2, None, "Kontaktpersonen på avdelingen", ""),
        (AreaKey.CRISIS, "Kontaktpersonen i kommunen kan ringes hverdager", 1, time(8, 0),
         "Kontaktpersonen i kommunen", ""),
    )  # fmt: skip
    for area, what, after, at, who, place in booked:
        sharing.add_appointment(
            Appointment(
                AppointmentId(0), plan_id, area, what, discharge + timedelta(days=after), at, who, place,
                PLACEHOLDER_PHONE, "Ta med timekortet." if rng.random() < 0.3 else "",
            ),
            user,
        )  # fmt: skip
