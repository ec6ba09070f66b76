"""What the kommune work adds to a plan's documents: read once per document, as blocks per section.

The handover decides which sections the consent lets through; this only reads the records
(contacts, crisis, family) and words them, each topic in its own module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dischargeplanner.documents import coordination_text, crisis_text, family_text
from dischargeplanner.documents.document import Block
from dischargeplanner.domain.coordination import CoordinationService
from dischargeplanner.domain.crisis import CrisisService
from dischargeplanner.domain.family import FamilyService
from dischargeplanner.domain.model import Plan
from dischargeplanner.domain.sharing import SharingService


@dataclass(frozen=True)
class CareBlocks:
    """Blocks by handover section key, and what the patient's own copy shows of the same records."""

    handover: dict[str, list[Block]] = field(default_factory=dict)
    patient_crisis: list[Block] = field(default_factory=list)
    patient_contacts: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class CareSource:
    coordination: CoordinationService
    crisis: CrisisService
    family: FamilyService
    sharing: SharingService

    def blocks(self, plan: Plan, today: date) -> CareBlocks:
        plan_id = plan.plan_id
        contacts = coordination_text.CoordinationRecord(
            contacts=self.coordination.contacts(plan_id),
            coordination=self.coordination.coordination(plan_id),
            consents=self.sharing.consents(plan_id),
            made_on=today,
        )
        crisis = crisis_text.crisis_record(self.crisis, plan)
        family = family_text.family_record(self.family, plan_id, today)
        return CareBlocks(
            handover={
                "coordination": coordination_text.handover_blocks(contacts),
                "language": coordination_text.language_blocks(contacts),
                "crisis": crisis_text.handover_blocks(crisis),
                "risk": crisis_text.risk_blocks(crisis),
                "family": family_text.handover_blocks(family),
            },
            patient_crisis=crisis_text.patient_blocks(crisis),
            patient_contacts=coordination_text.patient_contacts(contacts),
        )
