"""Words for meetings on screen: kinds, states, participants' roles, and where a meeting is held."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dischargeplanner.domain.coordination_model import ContactRole
from dischargeplanner.domain.meeting_model import (
    MeetingDetails,
    MeetingKind,
    MeetingStatus,
    Participant,
    Suggestion,
)
from dischargeplanner.ui.dialogs.contact_dialog import role_name
from dischargeplanner.ui.formatting import format_date


def _t(text: object) -> str:
    # Every caller wraps its literal in QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("MeetingTexts", str(text))  # tr-dynamic


def kind_name(kind: MeetingKind) -> str:
    return {
        MeetingKind.EVALUATION: _t(QT_TRANSLATE_NOOP("MeetingTexts", "Evaluation meeting")),
        MeetingKind.DISCHARGE: _t(QT_TRANSLATE_NOOP("MeetingTexts", "Discharge meeting")),
    }[kind]


def status_name(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: _t(QT_TRANSLATE_NOOP("MeetingTexts", "Planned")),
        MeetingStatus.HELD: _t(QT_TRANSLATE_NOOP("MeetingTexts", "Held")),
    }[status]


def participant_text(participant: Participant) -> str:
    """'Kari Nordmann (NAV)'; an 'other' role by its own words."""
    role = participant.role_text if participant.role is ContactRole.OTHER and participant.role_text else ""
    return f"{participant.name} ({role or role_name(participant.role)})"


def place_text(details: MeetingDetails) -> str:
    """Where the meeting is: the place, or 'Video: …'."""
    if details.video:
        video = _t(QT_TRANSLATE_NOOP("MeetingTexts", "Video"))
        return f"{video}: {details.place}" if details.place else video
    return details.place


def when_text(details: MeetingDetails) -> str:
    """'12.03.2027 10:00'."""
    time = details.start.strftime("%H:%M") if details.start else ""
    return f"{format_date(details.day)} {time}".strip()


def suggestion_text(suggestion: Suggestion, covering_day: date | None = None) -> str:
    """What the timeline asks for, e.g. 'Evaluation meeting 2 – around 12.03.2027'."""
    if suggestion.kind is MeetingKind.EVALUATION:
        name = _t(QT_TRANSLATE_NOOP("MeetingTexts", "Evaluation meeting %1")).replace(
            "%1", str(suggestion.number)
        )
    else:
        name = kind_name(suggestion.kind)
    due = format_date(suggestion.due)
    if covering_day is not None:
        when = (
            _t(QT_TRANSLATE_NOOP("MeetingTexts", "around %1 – covered by the meeting on %2"))
            .replace("%1", due)
            .replace("%2", format_date(covering_day))
        )
    elif suggestion.overdue:
        when = _t(QT_TRANSLATE_NOOP("MeetingTexts", "should have been held by %1")).replace("%1", due)
    else:
        when = _t(QT_TRANSLATE_NOOP("MeetingTexts", "around %1")).replace("%1", due)
    return f"{name} – {when}"
