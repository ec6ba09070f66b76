"""The training ward's self-help directory and each plan's introduction to self-help.

Every group is invented and says so: example names, "Eksempelveien" addresses,
the placeholder phone number, and a note that it does not exist. The plans are
at every stage: not yet informed, informed and due a follow-up, unsure about the
"higher power" wording, declined, and with a first meeting planned after discharge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time, timedelta

from dischargeplanner.domain.model import PlanId
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    FollowUp,
    FollowUpId,
    GroupId,
    Introduction,
    LocalGroup,
    MeetingMode,
    MeetingTime,
    PatientView,
    Visit,
    VisitId,
    next_meeting,
)
from dischargeplanner.domain.services import PlanService

PLACEHOLDER_PHONE = "12 34 56 78"
NOTE = "Eksempel i demodata: gruppen finnes ikke."
VERIFIER = "Sosionom Demo"

# (organisation, name, meetings, audience, open meeting, address number)
_GROUPS = (
    ("aa", "Eksempelgruppen Sentrum (demo)", ((0, time(19)), (3, time(19))), Audience.PATIENTS, True, 1),
    ("na", "Eksempelgruppen Nye Veier (demo)", ((1, time(18, 30)),), Audience.PATIENTS, True, 3),
    ("al_anon", "Eksempel familiegruppe (demo)", ((2, time(18)),), Audience.RELATIVES, False, 5),
    ("selvhjelp_norge", "Eksempel samtalegruppe (demo)", ((1, time(17)),), Audience.BOTH, False, 7),
)


def add_directory(selfhelp: SelfHelpService, user: str, kommuner: Sequence[str]) -> dict[str, list[GroupId]]:
    """Example groups in each demo kommune (some not verified for months), and one online group."""
    today = selfhelp.today()
    by_kommune: dict[str, list[GroupId]] = {}
    for position, kommune in enumerate(kommuner):
        for number, (organisation, name, meetings, audience, open_meeting, street) in enumerate(_GROUPS):
            if number >= 2 + position % 3:
                continue
            # Most entries checked lately; every seventh 8 months ago, so the stale mark shows.
            age = 240 if (position + number) % 7 == 3 else 10 + 13 * ((position + number) % 5)
            group = LocalGroup(
                GroupId(0), organisation, name, kommune, f"Eksempelveien {street + position}",
                tuple(MeetingTime(day, start) for day, start in meetings), open_meeting, audience,
                MeetingMode.IN_PERSON, "norsk", False, PLACEHOLDER_PHONE, NOTE,
                today - timedelta(days=age), VERIFIER,
            )  # fmt: skip
            by_kommune.setdefault(kommune, []).append(selfhelp.add_group(group, user))
    online = LocalGroup(
        GroupId(0), "na", "Eksempelmøte på nett (demo)", None, "", (MeetingTime(6, time(20)),),
        True, Audience.PATIENTS, MeetingMode.ONLINE, "norsk og engelsk", False, "", NOTE,
        None, "",
    )  # fmt: skip
    selfhelp.add_group(online, user)
    return by_kommune


def add_introduction(
    plans: PlanService,
    selfhelp: SelfHelpService,
    user: str,
    plan_id: PlanId,
    index: int,
    groups: list[GroupId],
) -> None:
    """Bring a plan's introduction as far as a ward would have by now (stage by days since admission)."""
    plan = plans.plan_detail(plan_id).plan
    today = selfhelp.today()
    days_in = (today - plan.admission).days
    if days_in < 7 or not groups:
        return
    informed = plan.admission + timedelta(days=min(days_in, 3 + index % 8))
    intro = Introduction(
        plan_id, informed, "Sosionom Demo", ("aa", "na", "selvhjelp_norge"), tuple(groups[:2]),
        "Brosjyren «Selvhjelp i rusfeltet» og møteliste for hjemkommunen",
    )  # fmt: skip
    if days_in >= 21:
        view, words = _view(index)
        intro = replace(intro, view=view, own_words=words)
    selfhelp.save_introduction(intro, user)
    if days_in < 42:
        return  # informed, not followed up yet: due 3 weeks after informing
    last_day = min(today, plan.planned_discharge or today)
    for weeks in range(2, days_in // 7, 2):
        day = informed + timedelta(weeks=weeks)
        if day <= last_day:
            note = "Snakket om hvordan det var å gå på møtet." if weeks == 4 else "Tok opp selvhjelp igjen."
            selfhelp.add_follow_up(FollowUp(FollowUpId(0), plan_id, day, "Sosionom Demo", note), user)
    if intro.view is PatientView.DECLINED:
        return
    selfhelp.add_visit(
        Visit(VisitId(0), plan_id, informed + timedelta(days=17), groups[0], "", "Miljøterapeut Demo"), user
    )
    if days_in >= 63 and plan.planned_discharge is not None:
        _first_meeting(selfhelp, user, intro, groups[0], plan.planned_discharge)


def _view(index: int) -> tuple[PatientView, str]:
    views = (
        (PatientView.INTERESTED, "Jeg vil prøve, men ikke alene første gang."),
        (PatientView.UNSURE, "Snakket om en høyere makt passer ikke for meg, men praten etterpå var fin."),
        (PatientView.INTERESTED, "Jeg gikk på AA før, og vil tilbake dit."),
        (PatientView.DECLINED, "Jeg er ikke klar for grupper. Kanskje senere."),
        (PatientView.NOT_NOW, "Vil vente til jeg har fått bolig."),
    )
    return views[index % len(views)]


def _first_meeting(
    selfhelp: SelfHelpService, user: str, intro: Introduction, group_id: GroupId, after: date
) -> None:
    group = selfhelp.group(group_id)
    meeting = next_meeting(group, after)
    if meeting is None:
        return
    day, start = meeting
    current = selfhelp.introduction(intro.plan_id)
    selfhelp.save_introduction(
        replace(
            current, first_group=group_id, first_day=day, first_time=start, accompanied=True,
            companion="Likeperson Demo", contact_consent=True, contact_name="Fadder Demo",
            contact_phone=PLACEHOLDER_PHONE,
        ),
        user,
    )  # fmt: skip
