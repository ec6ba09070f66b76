"""The training ward's crisis records: kriseplan, brukerstyrt seng, return agreements and procedures at brudd.

Everything is invented: people are "Demo", phone numbers are the placeholder, and only
the public numbers every Norwegian knows (legevakt 116 117, emergency 113) are real.
The plans are at every stage: nothing yet, only the procedure at brudd, a kriseplan
under way, and (index 11) everything in place with a brukerstyrt-seng contract.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dischargeplanner.demo_sharing import PLACEHOLDER_PHONE
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.crisis_model import (
    CrisisPlan,
    ReturnAgreement,
    UnplannedProcedure,
    UserBed,
    default_contract_end,
)
from dischargeplanner.domain.model import PlanId

# Which records each demo plan has, by its index in demo.STAGES; plans not named have nothing yet.
PROCEDURE = frozenset({2, 3, 4, 5, 6, 7, 8, 10, 11, 12})
SIGNS = frozenset({3, 4, 5, 6, 7, 8, 10, 11, 12})
CALLS = frozenset({4, 5, 6, 7, 8, 11})
MET_AND_RISK = frozenset({5, 6, 7, 8, 11})
RETURN = frozenset({4, 6, 7, 8, 11})
BED = frozenset({6, 7, 11})
FULLEST = 11

_SIGNS = (
    "Slutter å svare på telefonen\nSover dårlig flere netter på rad\nTrekker seg unna søsteren\n"
    "Begynner å snakke om gamle venner"
)
_HELPS = (
    "Ringe kontaktpersonen før det går for langt\nGå tur ute hver dag\nEt NA-møte samme kveld\n"
    "Ringe søsteren (Søster Demo)"
)
_MET = "Rolig og rett fram. Ikke kjeft, men spør hva som har skjedd og hva jeg trenger nå."
_RISK = "Redusert toleranse etter oppholdet: økt fare for overdose ved tilbakefall, særlig de første ukene."
_RISK_MORE = (
    "Har hatt en overdose tidligere. Har fått nalokson nesespray og opplæring i bruk ved utskrivning."
    "\n\nIngen kjent voldsrisiko. Ingen selvmordstanker nå; spør direkte hvis pasienten blir mer nedstemt."
)
_KOMMUNE_CONTACT = "Ruskonsulent Demo, rustjenesten i kommunen"


def add_crisis(crisis: CrisisService, user: str, plan_id: PlanId, index: int, today: date) -> None:
    """Bring a demo plan's crisis records as far as the ward would have by now (plan still active)."""
    stage = index % 13
    if stage in PROCEDURE:
        also = "Varsle søsteren, som pasienten har samtykket til." if stage in (FULLEST, 12) else ""
        procedure = UnplannedProcedure(
            plan_id, _KOMMUNE_CONTACT, PLACEHOLDER_PHONE, "Kontaktpersonen på avdelingen", also
        )
        crisis.save_procedure(procedure, user)
    if stage in SIGNS:
        crisis.save_crisis_plan(_crisis_plan(plan_id, stage), user)
    if stage in RETURN:
        agreement = ReturnAgreement(
            plan_id,
            "Ved tilbakefall ringer pasienten kontaktpersonen i kommunen eller avdelingen. "
            "Avdelingen vurderer ny innleggelse innen en uke, uten ny ventetid.",
            today - timedelta(days=7),
            f"Pasienten og {_KOMMUNE_CONTACT}",
        )
        crisis.save_return_agreement(agreement, user)
    if stage in BED:
        start = today + timedelta(days=10) if stage != FULLEST else today
        bed = UserBed(
            plan_id,
            has_contract=True,
            institution="Demoavdelingen (opplæring)",
            contract_from=start,
            contract_to=default_contract_end(start),
            how_to_ask=(
                f"Ring avdelingen på {PLACEHOLDER_PHONE} og si at du vil bruke brukerstyrt seng. "
                "Du bestemmer selv, og trenger ikke gå via fastlegen."
            ),
        )
        crisis.save_bed(bed, user)


def _crisis_plan(plan_id: PlanId, stage: int) -> CrisisPlan:
    record = CrisisPlan(plan_id, warning_signs=_SIGNS, what_helps=_HELPS if stage != 10 else "")
    if stage in CALLS:
        record = replace(
            record,
            day_contact=_KOMMUNE_CONTACT,
            day_phone=PLACEHOLDER_PHONE,
            night_contact="Legevakt",
            night_phone="116 117",
        )
    if stage in MET_AND_RISK:
        risk = f"{_RISK}\n\n{_RISK_MORE}" if stage == FULLEST else _RISK
        record = replace(record, how_to_meet=_MET, risk_notes=risk)
    return record
