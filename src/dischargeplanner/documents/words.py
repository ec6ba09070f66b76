"""The Norwegian words documents are written in: dates, lights, who does what.

Documents are made without Qt (and so without QLocale): weekday and month names
are spelled out here, in Bokmål and Nynorsk. The word tables hold Bokmål templates
(`marked`); `say` them where they are used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from dischargeplanner.documents.language import language, marked, say
from dischargeplanner.domain.model import (
    ActionStatus,
    ConsentForm,
    DocumentLanguage,
    RecipientKind,
    Responsible,
    TrafficLight,
)

WEEKDAYS = {
    DocumentLanguage.NB: ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    DocumentLanguage.NN: ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),
}
# The same in both written standards.
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip

LIGHT_WORDS = {
    TrafficLight.GREEN: marked("Grønn"),
    TrafficLight.YELLOW: marked("Gul"),
    TrafficLight.RED: marked("Rød"),
    TrafficLight.NOT_ASSESSED: marked("Ikke vurdert"),
}

RESPONSIBLE_WORDS = {
    Responsible.WARD: marked("Avdelingen"),
    Responsible.KOMMUNE: marked("Kommunen"),
    Responsible.NAV: marked("NAV"),
    Responsible.PATIENT: marked("Pasienten"),
    Responsible.PAARORENDE: marked("Pårørende"),
}

ACTION_STATUS_WORDS = {
    ActionStatus.OPEN: marked("Åpen"),
    ActionStatus.DONE: marked("Utført"),
    ActionStatus.CANCELLED: marked("Avlyst"),
}

RECIPIENT_KIND_WORDS = {
    RecipientKind.KOMMUNE: marked("Kommunal tjeneste"),
    RecipientKind.NAV: marked("NAV"),
    RecipientKind.FASTLEGE: marked("Fastlege"),
    RecipientKind.PAARORENDE: marked("Pårørende"),
    RecipientKind.OTHER: marked("Annen mottaker"),
}

CONSENT_FORM_WORDS = {ConsentForm.WRITTEN: marked("skriftlig"), ConsentForm.ORAL: marked("muntlig")}


def short_date(day: date | None, missing: str = "") -> str:
    """dd.mm.yyyy, as Norwegian forms write it."""
    return day.strftime("%d.%m.%Y") if day else missing


def long_date(day: date) -> str:
    """'tirsdag 3. desember 2026', for the patient's copy."""
    return f"{WEEKDAYS[language()][day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year}"


def clock(at: time | None) -> str:
    return say("kl. {time}", time=at.strftime("%H.%M")) if at else ""


def fodselsnummer(number: str | None) -> str:
    """'010190 12345': birth date apart from the personal digits, as on Norwegian forms."""
    if not number:
        return say("Ikke registrert")
    return f"{number[:6]} {number[6:]}" if len(number) == 11 else number


@dataclass(frozen=True)
class Sender:
    """Who sends the document: the ward, its institution and a phone number that answers."""

    ward: str
    institution: str = ""
    phone: str = ""

    @property
    def line(self) -> str:
        return ", ".join(part for part in (self.ward, self.institution) if part)


def refusal_text(reason: str, recipient: str, consent_day: date | None = None) -> str:
    """Why a document for `recipient` is refused, and where to record consent (command line)."""
    # Said to the person at the command line, in Bokmål (not a document's text).
    why = {
        "no_consent": "Planen har ikke noe samtykke til å dele opplysninger med kommunen.",
        "unknown_recipient": f"Planen har ikke noe samtykke for mottakeren «{recipient}».",
        "not_yet_given": f"Samtykket for «{recipient}» gjelder først fra {short_date(consent_day)}.",
        "expired": f"Samtykket for «{recipient}» gikk ut {short_date(consent_day)}.",
        "withdrawn": f"Pasienten trakk samtykket for «{recipient}» tilbake {short_date(consent_day)}.",
        "no_areas": f"Samtykket for «{recipient}» omfatter ingen områder.",
    }[reason]
    return (
        f"{why} Dokumentet er ikke laget. Registrer samtykket i planen under «Samtykke» "
        "(hvilke områder, hvem som mottar, dato) og prøv igjen."
    )
