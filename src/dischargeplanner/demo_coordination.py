"""The training ward's contacts, responsible persons, individuell plan and ansvarsgruppe.

The plans are at every stage: the first days without a named person responsible in
the kommune (so the warning shows), later ones with a responsible contact, NAV and the
GP, a next of kin not yet covered by consent, an interpreter need, and one plan (the
twelfth) with everything filled in. Every person is invented and says so ("Demo").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dischargeplanner.demo_sharing import PLACEHOLDER_PHONE
from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.coordination_model import Contact, ContactId, ContactRole, Coordination, IpRight
from dischargeplanner.domain.model import AreaKey, Consent, ConsentForm, ConsentId, PlanId, RecipientKind
from dischargeplanner.domain.sharing import SharingService

# The plan with everything: responsible, koordinator, IP, ansvarsgruppe, consent-tied next of kin.
FULLEST = 11
# Plans with contacts but nobody marked responsible yet, so the warning shows.
NO_RESPONSIBLE = frozenset({1, 9})
INTERPRETER = 4


@dataclass(frozen=True)
class _Person:
    role: ContactRole
    name: str
    organisation: str
    email: str = ""
    role_text: str = ""
    in_ansvarsgruppe: bool = False


KOMMUNE = _Person(
    ContactRole.KOMMUNE_CONTACT, "Saksbehandler Demo", "Tjenestekontoret (demo)",
    "saksbehandler@kommune.example", in_ansvarsgruppe=True,
)  # fmt: skip
KOORDINATOR = _Person(
    ContactRole.COORDINATOR, "Koordinator Demo", "Koordinerende enhet (demo)", "koordinator@kommune.example",
    in_ansvarsgruppe=True,
)  # fmt: skip
NAV = _Person(
    ContactRole.NAV, "NAV-veileder Demo", "NAV (demo)", "veileder@nav.example", in_ansvarsgruppe=True
)
FASTLEGE = _Person(ContactRole.FASTLEGE, "Fastlege Demo", "Legekontoret (demo)")
RUSKONSULENT = _Person(
    ContactRole.RUSKONSULENT, "Ruskonsulent Demo", "Rus- og psykiatritjenesten (demo)", in_ansvarsgruppe=True
)
BOVEILEDER = _Person(ContactRole.OTHER, "Boveileder Demo", "Bo-oppfølgingen (demo)", role_text="Boveileder")
MOR = _Person(ContactRole.PAARORENDE, "Mor Demo", "")
SOSTER = _Person(ContactRole.PAARORENDE, "Søster Demo", "", in_ansvarsgruppe=True)
LIKEPERSON = _Person(ContactRole.LIKEPERSON, "Likeperson Demo", "Brukerorganisasjonen (demo)")

# Who each plan has met by its stage (index as in demo.STAGES); the first is the kommune's contact.
_PEOPLE: dict[int, tuple[_Person, ...]] = {
    1: (KOMMUNE,),
    2: (KOMMUNE, NAV),
    3: (KOMMUNE, NAV, FASTLEGE),
    4: (KOMMUNE, NAV, FASTLEGE),
    5: (KOMMUNE, NAV, FASTLEGE, RUSKONSULENT),
    6: (KOMMUNE, NAV, FASTLEGE, MOR),
    7: (KOMMUNE, KOORDINATOR, NAV, FASTLEGE),
    8: (KOMMUNE, NAV, FASTLEGE),
    9: (NAV,),
    10: (KOMMUNE, BOVEILEDER),
    12: (KOMMUNE, NAV),
}


def add_coordination(
    coordination: CoordinationService,
    sharing: SharingService,
    user: str,
    plan_id: PlanId,
    index: int,
    today: date,
) -> None:
    """Give a freshly made (still active) demo plan its contacts and coordination record."""
    index %= 13
    if index == FULLEST:
        _fullest(coordination, sharing, user, plan_id, today)
        return
    people = _PEOPLE.get(index, ())
    ids = [_add(coordination, user, plan_id, person) for person in people]
    if ids and index not in NO_RESPONSIBLE and people[0].role is ContactRole.KOMMUNE_CONTACT:
        coordination.set_responsible(plan_id, ids[0], user)
    record = Coordination(plan_id)
    if index == 5:
        record = Coordination(
            plan_id, IpRight.YES, today - timedelta(days=30), ansvarsgruppe_exists=True, coordinator=None
        )
    elif index == 7:
        record = Coordination(plan_id, IpRight.YES, today - timedelta(days=60), True, ids[1], True)
    elif index == 8:
        record = Coordination(plan_id, IpRight.NO)
    if index == INTERPRETER:
        record = Coordination(
            plan_id, interpreter_needed=True, language="arabisk",
            language_note="Telefontolk går fint. Ikke bruk familie som tolk.",
        )  # fmt: skip
    if record != Coordination(plan_id):
        coordination.save_coordination(record, user)


def _add(
    coordination: CoordinationService,
    user: str,
    plan_id: PlanId,
    person: _Person,
    consent_id: ConsentId | None = None,
) -> ContactId:
    contact = Contact(
        ContactId(0), plan_id, person.role, person.name, person.organisation, PLACEHOLDER_PHONE, person.email,
        role_text=person.role_text, consent_id=consent_id, in_ansvarsgruppe=person.in_ansvarsgruppe,
    )  # fmt: skip
    contact_id, _ = coordination.add_contact(contact, user)
    return contact_id


def _consent(
    sharing: SharingService, user: str, plan_id: PlanId, kind: RecipientKind, recipient: str, today: date
) -> ConsentId:
    """The patient's consent to name a private person (and share the network and coordination with them)."""
    consent_id, _ = sharing.record_consent(
        Consent(
            ConsentId(0), plan_id, kind, recipient, frozenset({AreaKey.NETWORK, AreaKey.COORDINATION}),
            today - timedelta(days=100), ConsentForm.WRITTEN, user, expires=today + timedelta(days=180),
        ),
        user,
    )  # fmt: skip
    return consent_id


def _fullest(
    coordination: CoordinationService, sharing: SharingService, user: str, plan_id: PlanId, today: date
) -> None:
    kommune = _add(coordination, user, plan_id, KOMMUNE)
    koordinator = _add(coordination, user, plan_id, KOORDINATOR)
    for person in (NAV, FASTLEGE, RUSKONSULENT):
        _add(coordination, user, plan_id, person)
    sister = _consent(sharing, user, plan_id, RecipientKind.PAARORENDE, "Søster Demo", today)
    _add(coordination, user, plan_id, SOSTER, sister)
    peer = _consent(sharing, user, plan_id, RecipientKind.OTHER, "Likeperson Demo", today)
    _add(coordination, user, plan_id, LIKEPERSON, peer)
    coordination.set_responsible(plan_id, kommune, user)
    coordination.save_coordination(
        Coordination(
            plan_id, IpRight.YES, today - timedelta(days=100), ip_exists=True, coordinator=koordinator,
            ansvarsgruppe_exists=True, language="norsk",
        ),
        user,
    )  # fmt: skip
