"""The training ward's children and family records: invented first names marked "(demo)".

Some patients have no children under 18; others have one or two, with barn som
pårørende conversations held along the stay. Barnevern details are only ever made
where the patient consents; one plan (index 11) has the whole picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.family_model import (
    BarnevernInvolved,
    Child,
    ChildId,
    Conversation,
    ConversationId,
    Family,
    FamilySupport,
    Participant,
)
from dischargeplanner.domain.model import PlanId

STAFF = "Sosionom Demo"
PATIENT_ONLY = (Participant.PATIENT,)
WITH_CHILD = (Participant.PATIENT, Participant.CHILD)


@dataclass(frozen=True)
class _DemoChild:
    name: str
    age: int
    lives_with: str
    carer: str
    note: str = ""


# (child, ...) per plan index; the indexes not named here have no children under 18.
_CHILDREN: dict[int, tuple[_DemoChild, ...]] = {
    0: (_DemoChild("Jonas (demo)", 4, "Pasienten", "Mormor"),),
    2: (_DemoChild("Ida (demo)", 9, "Pasienten og samboer", "Samboeren"),),
    4: (_DemoChild("Noah (demo)", 2, "Den andre forelderen", "Den andre forelderen"),),
    6: (
        _DemoChild(
            "Sara (demo)", 15, "Den andre forelderen", "Den andre forelderen", "Vil ikke snakke om det nå"
        ),
    ),
    8: (_DemoChild("Elias (demo)", 11, "Pasienten", "Tante"),),
    10: (_DemoChild("E. D. (demo)", 7, "Fosterhjem", "Fosterhjemmet"),),
    11: (
        _DemoChild("Emma (demo)", 6, "Pasienten", "Besteforeldrene", "Begynte på skolen i høst"),
        _DemoChild("Oskar (demo)", 1, "Pasienten", "Den andre forelderen"),
    ),
    12: (_DemoChild("Lea (demo)", 13, "Den andre forelderen", "Den andre forelderen"),),
}

# (days before today, who took part besides staff, whether the first child is named, note) per plan index;
# each lies within the stay the demo ward gives that index.
_CONVERSATIONS: dict[int, tuple[tuple[int, tuple[Participant, ...], bool, str], ...]] = {
    2: ((7, PATIENT_ONLY, False, "Snakket om hva Ida vet om innleggelsen."),),
    4: ((30, PATIENT_ONLY, False, ""), (10, (Participant.PATIENT, Participant.OTHER_PARENT), False, "")),
    6: ((60, PATIENT_ONLY, False, ""), (20, WITH_CHILD, True, "Sara fikk stille spørsmål.")),
    8: ((80, PATIENT_ONLY, False, "Avtalt samtale med Elias senere."),),
    12: ((25, WITH_CHILD, True, ""),),
    11: (
        (110, PATIENT_ONLY, False, "Kartla barnas situasjon og hvem som har omsorgen."),
        (75, WITH_CHILD, True, "Emma var på besøk og fikk vite hvorfor mamma er her."),
        (40, (Participant.OTHER_PARENT,), False, "Samtale med faren om samvær etter utskrivning."),
    ),
}


def add_family(family: FamilyService, user: str, plan_id: PlanId, index: int, today: date) -> None:
    """Children, conversations and the family record a ward would have by `today` for demo plan `index`."""
    position = index % 13
    children = _CHILDREN.get(position, ())
    child_ids = [
        family.add_child(
            Child(ChildId(0), plan_id, c.name, today.year - c.age, c.lives_with, c.carer, c.note), user
        )[0]
        for c in children
    ]
    for days_ago, participants, named, note in _CONVERSATIONS.get(position, ()):
        child_id = child_ids[0] if named and child_ids else None
        day = today - timedelta(days=days_ago)
        conversation = Conversation(ConversationId(0), plan_id, day, participants, STAFF, child_id, note)
        family.add_conversation(conversation, user)
    record = _record(plan_id, position)
    if record is not None:
        family.save_family(record, user)


def _record(plan_id: PlanId, position: int) -> Family | None:
    if position == 11:
        return Family(
            plan_id,
            barnevern_consent=True,
            barnevern_involved=BarnevernInvolved.YES,
            barnevern_contact="Saksbehandler Demo, Eksempel barneverntjeneste (demo)",
            barnevern_note="Med i ansvarsgruppen. Hjelpetiltak i hjemmet de første månedene.",
            supports=(
                FamilySupport.HELSESTASJON,
                FamilySupport.BARNEHAGE_SKOLE,
                FamilySupport.FORELDRESTOTTE,
            ),
            services_note="Foreldreveiledning (ICDP) i kommunen.",
            long_term_follow_up="Lite nettverk: trenger oppfølging fra kommunen i minst ett år.",
        )
    if position == 6:
        return Family(
            plan_id,
            barnevern_consent=True,
            barnevern_involved=BarnevernInvolved.NO,
            supports=(FamilySupport.BARNEHAGE_SKOLE,),
        )
    if position == 4:
        return Family(plan_id, supports=(FamilySupport.HELSESTASJON, FamilySupport.FAMILIEVERNKONTOR))
    return None
