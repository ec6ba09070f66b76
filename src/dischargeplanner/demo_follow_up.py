"""The training ward's follow-up calls after discharge: one plan called and reached, one still due.

Called for a demo plan after it was discharged. Whether a call is recorded follows from
the plan's dates: a plan discharged long enough ago was called on the second day and the
patient answered; a plan discharged in the last days has its call still due, so it shows
in "Denne uken".
"""

from __future__ import annotations

from datetime import date

from dischargeplanner.domain.follow_up_call import CallId, CallState, FollowUpCall, FollowUpCallService
from dischargeplanner.domain.model import PlanId

CALLER = "Sosionom Demo"

# (how things are, what was arranged), chosen by the plan's index.
_TALKS = (
    (
        "Bor i leiligheten igjen og sover bedre. Har ikke ruset seg, men kjeder seg på kveldene.",
        "Fastlegetimen på fredag står. Ruskonsulenten i kommunen kommer på hjemmebesøk mandag; "
        "avtalte å se på NA-møtet i sentrum sammen.",
    ),
    (
        "Travle dager med NAV og flytting, men god kontakt med søsteren.",
        "Minnet om møtet med NAV torsdag. Pasienten ringer avdelingen hvis det butter.",
    ),
)


def add_follow_up_call(
    calls: FollowUpCallService, user: str, plan_id: PlanId, index: int, today: date
) -> None:
    """Record, through the service, the call a ward would have made by `today` on a discharged demo plan.

    Due before today (discharged more than two days ago): called that day, and reached.
    Due today or later (discharged today, say): nothing yet, so the call shows in "Denne uken".
    """
    status = calls.status(plan_id)
    if status.state is not CallState.DUE or status.attempts or status.due is None or status.due >= today:
        return
    how, arranged = _TALKS[index % len(_TALKS)]
    note = "Ringte fra avdelingens telefon."
    calls.add_call(FollowUpCall(CallId(0), plan_id, status.due, CALLER, True, how, arranged, note), user)
