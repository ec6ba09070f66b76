"""How self-help groups and introductions are worded on every screen (through Qt's translations).

"Informed" and "presented", never "referred": no one can be referred to a self-help group.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dischargeplanner.domain.organisations import organisation_name
from dischargeplanner.domain.selfhelp_model import (
    STALE_AFTER_MONTHS,
    Audience,
    LocalGroup,
    MeetingMode,
    Organisation,
    PatientView,
)


def _t(text: object) -> str:
    # Every caller wraps its literal in QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("SelfHelpTexts", str(text))  # tr-dynamic


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Monday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Tuesday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Wednesday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Thursday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Friday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Saturday"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Sunday"),
)
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Mon"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Tue"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Wed"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Thu"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Fri"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Sat"),
    QT_TRANSLATE_NOOP("SelfHelpTexts", "Sun"),
)


def weekday_name(weekday: int, *, short: bool = False) -> str:
    """0 = Monday, as date.weekday()."""
    return _t((_SHORT_WEEKDAYS if short else _WEEKDAYS)[weekday])


def clock_text(start: time) -> str:
    """19.00: the Norwegian way of writing a time of day."""
    return start.strftime("%H.%M")


def meetings_text(group: LocalGroup, *, short: bool = True) -> str:
    """'Mon 19.00, Thu 18.30' (or 'no fixed time' when none are known)."""
    if not group.meetings:
        return _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "no fixed meeting time recorded"))
    parts = []
    for meeting in group.meetings:
        day = weekday_name(meeting.weekday, short=short)
        parts.append(f"{day} {clock_text(meeting.start)}" if meeting.start else day)
    return ", ".join(parts)


def audience_name(audience: Audience) -> str:
    return {
        Audience.PATIENTS: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Patients")),
        Audience.RELATIVES: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Next of kin")),
        Audience.BOTH: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Patients and next of kin")),
    }[audience]


def mode_name(mode: MeetingMode) -> str:
    return {
        MeetingMode.IN_PERSON: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "In person")),
        MeetingMode.ONLINE: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Online")),
    }[mode]


def openness_name(open_meeting: bool) -> str:
    if open_meeting:
        return _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Open meeting"))
    return _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Closed meeting"))


def view_name(view: PatientView | None) -> str:
    if view is None:
        return _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Not asked yet"))
    return {
        PatientView.INTERESTED: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Interested")),
        PatientView.UNSURE: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Unsure")),
        PatientView.NOT_NOW: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Not now")),
        PatientView.DECLINED: _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "Declined")),
    }[view]


def stale_text() -> str:
    """Shown beside every entry not verified for 6 months."""
    return _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "⚠ possibly out of date"))


def stale_tooltip() -> str:
    text = _t(
        QT_TRANSLATE_NOOP(
            "SelfHelpTexts",
            "Not verified for %1 months or more: check the day, time and place before giving them to a patient.",  # noqa: E501 - one msgid
        )
    )
    return text.replace("%1", str(STALE_AFTER_MONTHS))


def group_label(
    group: LocalGroup,
    organisations: Sequence[Organisation],
    kommune_name: Callable[[str | None], str],
    today: date,
) -> str:
    """One line naming a group: 'AA – Eksempelgruppen, Oslo: Mon 19.00 ⚠ possibly out of date'."""
    text = f"{organisation_name(organisations, group.organisation)} – {group.name}"
    if group.kommune_number:
        text += f", {kommune_name(group.kommune_number)}"
    text += f": {meetings_text(group)}"
    if group.removed:
        text += " " + _t(QT_TRANSLATE_NOOP("SelfHelpTexts", "(removed from the directory)"))
    elif group.possibly_stale(today):
        text += " " + stale_text()
    return text
