"""One plan's access log -> the patient's extract ("innsynslogg"), a document like the handover.

Lists, oldest first, every time the plan was opened, changed, printed or saved as a
document, by whom; says which period it covers and whether the log's hash chain held
when the extract was made; and explains the patient's right to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from dischargeplanner.documents.document import (
    Block,
    Fields,
    HandoverDocument,
    Paragraph,
    Section,
    Table,
)
from dischargeplanner.documents.handover import MARKING
from dischargeplanner.documents.words import Sender, fodselsnummer, short_date
from dischargeplanner.domain.access_log import (
    AccessCategory,
    AccessEntry,
    AccessKind,
    ChainBreak,
    ChainReport,
    PlanAccess,
)
from dischargeplanner.domain.model import DocumentKind

TITLE = "Innsynslogg"

# What each kind of row tells the patient, in the words a ward would use.
KIND_WORDS = {
    AccessKind.OPENED: "Åpnet planen",
    AccessKind.CREATED: "Opprettet planen",
    AccessKind.DETAILS: "Endret opplysninger om pasienten eller oppholdet",
    AccessKind.DISCHARGED: "Registrerte utskrivning",
    AccessKind.REOPENED: "Gjenåpnet planen",
    AccessKind.STATUS: "Endret planens status",
    AccessKind.ITEM: "Endret sjekkpunkt",
    AccessKind.AREA: "Endret status eller mål for et område",
    AccessKind.ACTION: "Endret avtalt tiltak",
    AccessKind.CONSENT: "Endret samtykke",
    AccessKind.APPOINTMENT: "Endret avtale",
    AccessKind.COORDINATION: "Endret samarbeid med kommunen",
    AccessKind.MEETING: "Endret møte eller referat",
    AccessKind.CRISIS: "Endret kriseplan",
    AccessKind.FAMILY: "Endret barn og familie",
    AccessKind.SELF_HELP: "Endret selvhjelp",
    AccessKind.GROUP_DIRECTORY: "Endret katalogen over selvhjelpsgrupper",
    AccessKind.FOLLOW_UP_CALL: "Registrerte samtale etter utskrivning",
    AccessKind.USER_ACCOUNT: "Endret brukerkonto",
    AccessKind.RESTORED: "Hentet databasen tilbake fra en sikkerhetskopi",
    AccessKind.UNDO: "Angret en endring",
    AccessKind.REDO: "Gjorde om en endring",
    AccessKind.PRINTED: "Skrev ut dokument",
    AccessKind.SAVED_PDF: "Lagret dokument som PDF",
    AccessKind.MINUTES: "Lagret møtereferat som PDF",
    AccessKind.ACCESS_EXTRACT: "Lagret innsynslogg som PDF",
    AccessKind.DOCUMENT: "Skrev ut eller lagret dokument",
    AccessKind.OTHER: "Annen handling",
}

BREAK_WORDS = {
    ChainBreak.EDITED: "innholdet i raden er endret etter at den ble skrevet",
    ChainBreak.LINK: "raden henger ikke sammen med raden før (en rad kan være fjernet eller satt inn)",
    ChainBreak.UNSEALED: "raden er skrevet uten kontrollsum, utenom programmet",
}

RIGHTS = (
    "Helsepersonell skal bare lese opplysninger om deg når de trenger dem for å gi deg helsehjelp, "
    "eller når loven ellers gir grunnlag for det. Det er forbudt å lese opplysninger om pasienter "
    "av nysgjerrighet eller uten tjenstlig behov (helsepersonelloven § 21 a).",
    "Derfor registrerer programmet hver gang utskrivningsplanen din blir åpnet, endret, skrevet ut "
    "eller lagret som dokument: hvem som gjorde det og når. Registreringene kan ikke endres eller "
    "slettes i programmet.",
    "Du har rett til innsyn i journalen din (pasient- og brukerrettighetsloven § 5-1) og til å få "
    "vite hvem som har hatt tilgang til opplysninger om deg (pasientjournalloven § 18). Denne "
    "oversikten gjelder bare utskrivningsplanen i dette programmet, ikke andre journalsystemer.",
    "Lurer du på hvorfor noen har åpnet planen din, kan du spørre avdelingen. Mener du at noen har "
    "lest opplysninger om deg uten grunn, kan du ta det opp med avdelingen, eller be Statsforvalteren "
    "vurdere saken.",
)


def _same_name(user: str) -> str:
    return user


@dataclass(frozen=True)
class AccessExtractInput:
    access: PlanAccess
    sender: Sender
    made_by: str
    # The full name for a user name, once personal logins know it; the user name as logged otherwise.
    full_name: Callable[[str], str] = field(default=_same_name)


def build(source: AccessExtractInput) -> HandoverDocument:
    access = source.access
    plan = access.plan
    number = f", f.nr. {fodselsnummer(plan.patient.fodselsnummer)}" if plan.patient.fodselsnummer else ""
    made_on = access.made_at.astimezone().date()
    return HandoverDocument(
        kind=DocumentKind.KOMMUNE,
        title=TITLE,
        subtitle="Hvem har åpnet eller endret utskrivningsplanen, og når",
        marking=MARKING,
        patient_line=f"{plan.patient.name}{number}",
        sender_line=source.sender.line,
        made_on=made_on,
        sections=(
            _about(source),
            _entries(source),
            _check(access.chain),
            Section("rights", "Din rett til innsyn", tuple(Paragraph(text) for text in RIGHTS)),
        ),
        recipient=plan.patient.name,
    )


def period_text(first: date, last: date) -> str:
    return f"{short_date(first)}–{short_date(last)}"


def _about(source: AccessExtractInput) -> Section:
    access, sender = source.access, source.sender
    plan = access.plan
    rows = [
        ("Pasient", plan.patient.name),
        ("Fødselsnummer", fodselsnummer(plan.patient.fodselsnummer)),
        ("Avdeling", plan.ward or sender.ward),
    ]
    if sender.institution:
        rows.append(("Institusjon", sender.institution))
    rows += [
        ("Periode", period_text(access.first_day, access.last_day)),
        ("Laget", _moment(access.made_at)),
        ("Laget av", source.full_name(source.made_by)),
    ]
    note = (
        "Oversikten viser hver registrering for utskrivningsplanen fra den ble opprettet til oversikten "
        "ble laget. Den viser hvem og når, ikke hva som stod i planen."
    )
    return Section("about", "Om oversikten", (Fields(tuple(rows)), Paragraph(note)))


def _entries(source: AccessExtractInput) -> Section:
    access = source.access
    if not access.entries:
        return Section("entries", "Hvem har åpnet eller endret planen", (), "Ingenting er registrert.")
    summary = (
        f"{_times(len(access.entries), 'registrering', 'registreringer')}: planen er åpnet "
        f"{_times(access.count(AccessCategory.READ), 'gang', 'ganger')}, endret "
        f"{_times(access.count(AccessCategory.CHANGE), 'gang', 'ganger')}, og skrevet ut eller lagret "
        f"som dokument {_times(access.count(AccessCategory.DOCUMENT), 'gang', 'ganger')}."
    )
    rows = tuple((_moment(entry.at), source.full_name(entry.user), what(entry)) for entry in access.entries)
    blocks: tuple[Block, ...] = (
        Paragraph(summary),
        Table(("Tidspunkt", "Hvem", "Hva"), rows, (2.2, 2.2, 3.6)),
    )
    return Section("entries", "Hvem har åpnet eller endret planen", blocks)


def what(entry: AccessEntry) -> str:
    """The row's meaning in Norwegian; an action this version does not know is named by its code."""
    kind = entry.kind
    if kind is AccessKind.OTHER:
        return f"{KIND_WORDS[kind]} ({entry.action})"
    return KIND_WORDS[kind]


def check_text(chain: ChainReport) -> str:
    """The result of the hash-chain check, in one sentence."""
    if chain.ok:
        return (
            f"Loggen er hel: alle {chain.rows_checked} rader i programmets logg er kontrollert, og ingen "
            "er endret eller fjernet."
        )
    reason = BREAK_WORDS[chain.reason] if chain.reason else ""
    return (
        f"Kontrollen fant et brudd i loggen ved rad {chain.broken_at}: {reason}. Registreringene over "
        "kan derfor være ufullstendige eller endret. Spør avdelingen om saken."
    )


def _check(chain: ChainReport) -> Section:
    explanation = (
        "Hver registrering får en kontrollsum som bygger på den forrige. Da kan en endret eller fjernet "
        "registrering oppdages. Kontrollen ble gjort da oversikten ble laget."
    )
    return Section(
        "check",
        "Kontroll av loggen",
        (Paragraph(check_text(chain), emphasis=not chain.ok), Paragraph(explanation)),
    )


def _moment(at: datetime) -> str:
    local = at.astimezone()
    return f"{short_date(local.date())} kl. {local:%H.%M}"


def _times(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
