"""Make a document for a plan, write it safely, and log that it left the program.

plan + consent -> HandoverDocument (handover.build / patient_copy.build) -> PDF bytes
(pdf.render, imported on first use: reportlab is not needed before then) -> written
to a temporary file beside the target and renamed into place -> export log row.

A recipient's documents are written in the language their consent names (Bokmål or Nynorsk)
unless the caller asks for another; the patient's copy in the one asked for (Bokmål by default).
Building and rendering both happen inside `language.writing`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner.documents import handover, minutes, patient_copy
from dischargeplanner.documents.care_text import CareBlocks, CareSource
from dischargeplanner.documents.document import HandoverDocument
from dischargeplanner.documents.language import Phrasebook, phrasebook_for, say, shown_detail, writing
from dischargeplanner.documents.selfhelp_text import SelfHelpSource
from dischargeplanner.documents.words import Sender
from dischargeplanner.domain.model import (
    Consent,
    DocumentKind,
    DocumentLanguage,
    ExportChannel,
    ExportRecord,
    PlanDetail,
    PlanId,
)
from dischargeplanner.domain.services import PlanService
from dischargeplanner.domain.sharing import SharingService

if TYPE_CHECKING:
    from dischargeplanner.domain.access_log import AccessLogService, ChainReport, PlanAccess
    from dischargeplanner.domain.meeting_model import Meeting, MeetingId
    from dischargeplanner.domain.meetings import MeetingService


@dataclass(frozen=True)
class MadeDocument:
    plan_id: PlanId
    kind: DocumentKind
    recipient: str
    document: HandoverDocument
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def file_name(self) -> str:
        """A name the user can recognise in a folder: what, whose, which day."""
        what = "Min plan" if self.kind is DocumentKind.PATIENT else "Overføring"
        name = self.document.patient_line.split(",")[0]
        cleaned = "".join(char for char in name if char.isalnum() or char in " -").strip()
        return f"{what} {cleaned} {self.document.made_on.isoformat()}.pdf"


@dataclass(frozen=True)
class MadeMinutes:
    """A meeting's minutes, made for the recipient of the consent they follow."""

    plan_id: PlanId
    meeting_id: MeetingId
    recipient: str
    document: HandoverDocument
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def file_name(self) -> str:
        """'Referat fra utskrivningsmøte Testa Testesen 2026-11-02.pdf'."""
        name = self.document.patient_line.split(",")[0]
        cleaned = "".join(char for char in name if char.isalnum() or char in " -").strip()
        return f"{self.document.title} {cleaned} {self.document.made_on.isoformat()}.pdf"


@dataclass(frozen=True)
class MadeAccessExtract:
    """A plan's access log for the patient (innsynslogg)."""

    plan_id: PlanId
    document: HandoverDocument
    pdf: bytes
    # The check of the log's hash chain the extract reports.
    chain: ChainReport

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def file_name(self) -> str:
        """'Innsynslogg Testa Testesen 2026-11-02.pdf'."""
        name = self.document.patient_line.split(",")[0]
        cleaned = "".join(char for char in name if char.isalnum() or char in " -").strip()
        return f"{self.document.title} {cleaned} {self.document.made_on.isoformat()}.pdf"


class DocumentMaker:
    """Builds, renders, saves and logs a plan's documents."""

    def __init__(
        self,
        plans: PlanService,
        sharing: SharingService,
        sender: Callable[[], Sender],
        kommune_name: Callable[[str | None], str],
        selfhelp: SelfHelpSource | None = None,
        care: CareSource | None = None,
        phrasebook: Callable[[DocumentLanguage], Phrasebook] = phrasebook_for,
    ) -> None:
        self._plans = plans
        self._sharing = sharing
        self._sender = sender
        self._kommune_name = kommune_name
        self._selfhelp = selfhelp
        # The kommune work (contacts, meetings, crisis plan, family, the call after), when wired.
        self._care = care
        self._phrasebook = phrasebook

    def document(
        self,
        plan_id: PlanId,
        kind: DocumentKind,
        recipient: str | None = None,
        approved_by: str = "",
        language: DocumentLanguage | None = None,
    ) -> HandoverDocument:
        """The document as data; for the kommune kind raises ConsentRefusedError without valid consent.

        `language`: the written standard; by default the recipient's consent's (Bokmål for the patient).
        """
        with self._writing(plan_id, kind, recipient, language) as (detail, consent):
            return self._document(detail, kind, consent, approved_by)

    def make(
        self,
        plan_id: PlanId,
        kind: DocumentKind,
        recipient: str | None = None,
        approved_by: str = "",
        language: DocumentLanguage | None = None,
    ) -> MadeDocument:
        from dischargeplanner.documents.pdf import render  # noqa: PLC0415 - reportlab loads on first export

        with self._writing(plan_id, kind, recipient, language) as (detail, consent):
            document = self._document(detail, kind, consent, approved_by)
            return MadeDocument(plan_id, kind, document.recipient, document, render(document))

    @contextlib.contextmanager
    def _writing(
        self, plan_id: PlanId, kind: DocumentKind, recipient: str | None, asked: DocumentLanguage | None
    ) -> Iterator[tuple[PlanDetail, Consent | None]]:
        """The plan (NotFoundError first) and the recipient's consent (ConsentRefusedError), written
        in the language asked for, else the consent's, else Bokmål, until the block ends; the plan's
        checklist texts (areas, items) are given in that language."""
        detail = self._plans.plan_detail(plan_id)
        consent = None
        if kind is DocumentKind.KOMMUNE:
            consent = self._sharing.consent_for(plan_id, recipient, self._plans.today())
        language = asked or (consent.language if consent is not None else DocumentLanguage.NB)
        with writing(self._phrasebook(language)):
            yield shown_detail(detail), consent

    def _kommune(self, number: str | None) -> str:
        return self._kommune_name(number) if number else say("Ikke registrert")

    def _document(
        self, detail: PlanDetail, kind: DocumentKind, consent: Consent | None, approved_by: str
    ) -> HandoverDocument:
        plan_id = detail.plan.plan_id
        appointments = self._sharing.appointments(plan_id)
        today = self._plans.today()
        selfhelp = self._selfhelp.record(plan_id, today) if self._selfhelp is not None else None
        care = self._care.blocks(detail.plan, today) if self._care is not None else CareBlocks()
        if kind is DocumentKind.PATIENT:
            return patient_copy.build(
                patient_copy.PatientCopyInput(
                    detail,
                    appointments,
                    self._sender(),
                    today,
                    selfhelp,
                    crisis=care.patient_crisis,
                    contacts=care.patient_contacts,
                )
            )
        assert consent is not None
        return handover.build(
            handover.HandoverInput(
                detail=detail,
                consent=consent,
                appointments=appointments,
                sender=self._sender(),
                kommune=self._kommune(detail.plan.kommune_number),
                approved_by=approved_by or detail.plan.responsible_staff,
                made_on=today,
                selfhelp=selfhelp,
                topic_blocks=care.handover,
            )
        )

    def minutes(
        self,
        meetings: MeetingService,
        meeting_id: MeetingId,
        recipient: str | None = None,
        made_by: str = "",
        language: DocumentLanguage | None = None,
    ) -> HandoverDocument:
        """A meeting's minutes as data, under the recipient's consent (the kommune's by default),
        in the consent's language unless `language` is given.

        Raises ConsentRefusedError without a valid consent, NotFoundError for an unknown meeting.
        """
        meeting = meetings.meeting(meeting_id)
        with self._writing(meeting.plan_id, DocumentKind.KOMMUNE, recipient, language) as (detail, consent):
            return self._minutes(meeting, detail, consent, made_by)

    def make_minutes(
        self,
        meetings: MeetingService,
        meeting_id: MeetingId,
        recipient: str | None = None,
        made_by: str = "",
        language: DocumentLanguage | None = None,
    ) -> MadeMinutes:
        from dischargeplanner.documents.pdf import render  # noqa: PLC0415 - reportlab loads on first export

        meeting = meetings.meeting(meeting_id)
        with self._writing(meeting.plan_id, DocumentKind.KOMMUNE, recipient, language) as (detail, consent):
            document = self._minutes(meeting, detail, consent, made_by)
            return MadeMinutes(meeting.plan_id, meeting_id, document.recipient, document, render(document))

    def _minutes(
        self, meeting: Meeting, detail: PlanDetail, consent: Consent | None, made_by: str
    ) -> HandoverDocument:
        assert consent is not None  # a kommune document always has one
        return minutes.build(
            minutes.MinutesInput(
                detail=detail,
                meeting=meeting,
                consent=consent,
                sender=self._sender(),
                kommune=self._kommune(detail.plan.kommune_number),
                made_on=self._plans.today(),
                made_by=made_by or detail.plan.responsible_staff,
            )
        )

    def save_minutes(self, meetings: MeetingService, made: MadeMinutes, target: Path, user: str) -> None:
        """Write the minutes' PDF (never half-written) and log it; OSError when it cannot be written."""
        write_atomic(target, made.pdf)
        meetings.record_minutes_export(made.meeting_id, made.sha256, target.name, user)

    def access_extract(
        self,
        access: AccessLogService,
        plan_id: PlanId,
        made_by: str,
        full_name: Callable[[str], str] | None = None,
    ) -> HandoverDocument:
        """The plan's innsynslogg as data; NotFoundError for an unknown plan."""
        return self._access_document(access.plan_access(plan_id), made_by, full_name)

    def make_access_extract(
        self,
        access: AccessLogService,
        plan_id: PlanId,
        made_by: str,
        full_name: Callable[[str], str] | None = None,
    ) -> MadeAccessExtract:
        access_log = access.plan_access(plan_id)
        document = self._access_document(access_log, made_by, full_name)
        from dischargeplanner.documents.pdf import render  # noqa: PLC0415 - reportlab loads on first export

        return MadeAccessExtract(plan_id, document, render(document), access_log.chain)

    def _access_document(
        self, access_log: PlanAccess, made_by: str, full_name: Callable[[str], str] | None
    ) -> HandoverDocument:
        from dischargeplanner.documents import access_extract  # noqa: PLC0415 - on first use

        names = full_name or (lambda user: user)
        return access_extract.build(
            access_extract.AccessExtractInput(access_log, self._sender(), made_by, names)
        )

    def save_access_extract(
        self, access: AccessLogService, made: MadeAccessExtract, target: Path, user: str
    ) -> None:
        """Write the extract's PDF (never half-written) and log it; OSError when it cannot be written."""
        write_atomic(target, made.pdf)
        access.record_extract(made.plan_id, made.sha256, target.name, user)

    def save(self, made: MadeDocument, target: Path, user: str) -> ExportRecord:
        """Write the PDF (never half-written) and log it; OSError when the file cannot be written."""
        write_atomic(target, made.pdf)
        return self._log(made, ExportChannel.PDF, target.name, user)

    def printed(self, made: MadeDocument, user: str) -> ExportRecord:
        return self._log(made, ExportChannel.PRINT, "", user)

    def _log(self, made: MadeDocument, channel: ExportChannel, file_name: str, user: str) -> ExportRecord:
        return self._sharing.record_export(
            made.plan_id, made.kind, channel, made.recipient, made.sha256, file_name, user
        )


def write_atomic(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, flush it to disk, then rename it into place.

    A reader sees the old file or the whole new one, never a part; on failure the
    temporary file is removed and the error is raised.
    """
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
