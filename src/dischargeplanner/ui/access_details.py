"""The access log's «Details» in the ward's words instead of the audit row's codes.

Each service writes a short detail with its audit row (`AuditEntry(...)` in domain/ and
sign_in.py): area keys, states, ids and ISO dates, never in any language. `detail_text`
words it with the names the screens already use. A detail this version cannot read whole
(an unknown action, an unknown code, an older or newer shape) is shown exactly as stored:
the log never hides or guesses what a row holds. Free text (names, recipients, what an
action is) stays as written.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dischargeplanner import paths
from dischargeplanner.domain.catalogue import CatalogueError, load_catalogue, standard_catalogue_path
from dischargeplanner.domain.coordination_model import ContactRole
from dischargeplanner.domain.crisis_model import CrisisText
from dischargeplanner.domain.meeting_model import MeetingKind
from dischargeplanner.domain.model import (
    AreaKey,
    Catalogue,
    DischargeKind,
    DocumentKind,
    EditKind,
    ExportChannel,
    ItemState,
    PlanStatus,
    TrafficLight,
)
from dischargeplanner.domain.services import AreaMoment
from dischargeplanner.domain.users import Role
from dischargeplanner.ui.dialogs.contact_dialog import role_name
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.meeting_texts import kind_name
from dischargeplanner.ui.models.sharing_models import document_kind_name
from dischargeplanner.ui.texts import area_name, discharge_kind_name, light_name, state_name, status_name
from dischargeplanner.ui.user_admin import role_text

# Texts the screens already show, by (context, source): the same words here, one translation.
_MOMENTS = {
    AreaMoment.ADMISSION: ("AreaPage", QT_TRANSLATE_NOOP("AreaPage", "At admission")),
    AreaMoment.CURRENT: ("AreaPage", QT_TRANSLATE_NOOP("AreaPage", "Now")),
}
_PLAN_FIELDS = {
    "patient": ("PlanTableModel", QT_TRANSLATE_NOOP("PlanTableModel", "Patient")),
    "kommune_number": ("NewPlanDialog", QT_TRANSLATE_NOOP("NewPlanDialog", "Home municipality")),
    "ward": ("NewPlanDialog", QT_TRANSLATE_NOOP("NewPlanDialog", "Ward")),
    "responsible_staff": ("NewPlanDialog", QT_TRANSLATE_NOOP("NewPlanDialog", "Responsible staff member")),
    "admission": ("NewPlanDialog", QT_TRANSLATE_NOOP("NewPlanDialog", "Admission date")),
    "planned_discharge": ("NewPlanDialog", QT_TRANSLATE_NOOP("NewPlanDialog", "Planned discharge")),
}
_EDITS = {
    EditKind.ITEM: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "change to «%1»")),
    EditKind.AREA_STATUS: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "status of %1")),
    EditKind.GOAL: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "goal for %1")),
    EditKind.ACTION_ADD: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "new action «%1»")),
    EditKind.ACTION_UPDATE: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "change to action «%1»")),
    EditKind.ACTION_REMOVE: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "removal of action «%1»")),
    EditKind.PLAN: ("ChangeRunner", QT_TRANSLATE_NOOP("ChangeRunner", "change to the plan's details")),
}
# The crisis panel's own labels; the four call fields are labelled "<row>: name or service" and
# "<row>: phone" there (as their accessible names), so they read the same here.
_CRISIS_LABELS = {
    CrisisText.WARNING_SIGNS: QT_TRANSLATE_NOOP("CrisisPanel", "Early &warning signs"),
    CrisisText.WHAT_HELPS: QT_TRANSLATE_NOOP("CrisisPanel", "What &helps"),
    CrisisText.HOW_TO_MEET: QT_TRANSLATE_NOOP("CrisisPanel", "How the patient wants to be &met"),
    CrisisText.RISK_NOTES: QT_TRANSLATE_NOOP("CrisisPanel", "&Risk notes"),
}
_DAY = QT_TRANSLATE_NOOP("CrisisPanel", "Call in the &daytime")
_NIGHT = QT_TRANSLATE_NOOP("CrisisPanel", "Call evenings, &nights and weekends")
_CALL_FIELDS = {
    CrisisText.DAY_CONTACT: (_DAY, QT_TRANSLATE_NOOP("CrisisPanel", "%1: name or service")),
    CrisisText.DAY_PHONE: (_DAY, QT_TRANSLATE_NOOP("CrisisPanel", "%1: phone")),
    CrisisText.NIGHT_CONTACT: (_NIGHT, QT_TRANSLATE_NOOP("CrisisPanel", "%1: name or service")),
    CrisisText.NIGHT_PHONE: (_NIGHT, QT_TRANSLATE_NOOP("CrisisPanel", "%1: phone")),
}
_BED = QT_TRANSLATE_NOOP("RelapsePanel", "User-controlled bed (brukerstyrt seng)")
_PROCEDURE = QT_TRANSLATE_NOOP("RelapsePanel", "Procedure for an unplanned end (brudd)")
_REACHED = QT_TRANSLATE_NOOP("FollowUpCallPanel", "Reached")
_YES = QT_TRANSLATE_NOOP("FollowUpCallPanel", "Yes")
_NO = QT_TRANSLATE_NOOP("FollowUpCallPanel", "No")
_SHA = QT_TRANSLATE_NOOP("ExportModel", "SHA-256")

# The follow-up call's outcome as the service writes it (domain/follow_up_call.py).
_OUTCOMES = {"reached": True, "not reached": False}


class _UnreadableError(ValueError):
    """A part of the detail is not what this version writes."""


def detail_text(action: str, detail: str) -> str:
    """The row's detail for a ward administrator; as stored when this version cannot read it whole."""
    reader = _READERS.get(action)
    if not detail or reader is None:
        return detail
    try:
        return reader(detail)
    except (ValueError, KeyError):  # an enum's ValueError, _UnreadableError, a date that is not one
        return detail


# Parts ----------------------------------------------------------------------------------------


def _translated(context: str, text: object) -> str:
    # Every text reaching here is marked with QT_TRANSLATE_NOOP(context, ...) above, so lupdate sees it.
    return QCoreApplication.translate(context, str(text))  # tr-dynamic


def _split(detail: str, separator: str) -> tuple[str, str]:
    head, found, tail = detail.partition(separator)
    if not found or not head:
        raise _UnreadableError(detail)
    return head, tail


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(text: str) -> str:
    if not (text.isascii() and text.isdigit()):
        raise _UnreadableError(text)
    return text


def _day(text: str) -> str:
    return format_date(date.fromisoformat(_iso_day(text)))


def _iso_day(text: str) -> str:
    # date.fromisoformat also reads "20261124"; the services write only yyyy-mm-dd.
    if len(text) != len("2026-11-24"):
        raise _UnreadableError(text)
    return text


def _fingerprint(text: str) -> str:
    if not text or any(character not in string.hexdigits for character in text):
        raise _UnreadableError(text)
    return f"{_translated('ExportModel', _SHA)} {text}"


def _area(text: str) -> str:
    return area_name(AreaKey(text))


def _action_no(text: str) -> str:
    return QCoreApplication.translate("AccessDetails", "action no. %1").replace("%1", _number(text))


def _meeting_no(text: str) -> str:
    return QCoreApplication.translate("AccessDetails", "meeting no. %1").replace("%1", _number(text))


def _contact_no(text: str) -> str:
    return QCoreApplication.translate("AccessDetails", "contact no. %1").replace("%1", _number(text))


def _numbered_with_text(number: Callable[[str], str], detail: str) -> str:
    """'26: Søke bostøtte' -> 'tiltak nr. 26: Søke bostøtte' (the text as written)."""
    head, text = _split(detail, ": ")
    return f"{number(head)}: {text}"


# The standard checklist -------------------------------------------------------------------------


@functools.cache
def _standard_catalogue() -> Catalogue | None:
    """Read on the first item row shown, never at start-up; a broken file only costs the item titles."""
    try:
        return load_catalogue(standard_catalogue_path(paths.resources_dir()))
    except (CatalogueError, OSError):
        return None


def _item_name(key: str) -> str:
    """'housing.situation_mapped' -> 'Bolig – Bosituasjon kartlagt ved innkomst'.

    The title is the standard checklist's; an item of a ward's own checklist keeps its key.
    """
    area_key, rest = _split(key, ".")
    area = AreaKey(area_key)
    if not rest:
        raise _UnreadableError(key)
    catalogue = _standard_catalogue()
    items = catalogue.items if catalogue is not None else ()
    title = next((item.text for item in items if item.key == key and item.area is area), None)
    if title is None:
        title = QCoreApplication.translate("AccessDetails", "checklist item «%1»").replace("%1", rest)
    return f"{area_name(area)} – {title}"


# Readers, one per action ----------------------------------------------------------------------


def _plan_create(detail: str) -> str:
    catalogue_id, version = _split(detail.strip(), " ")
    if " " in version or not version:
        raise _UnreadableError(detail)
    standard = _standard_catalogue()
    title = standard.title if standard is not None and standard.catalogue_id == catalogue_id else catalogue_id
    return (
        QCoreApplication.translate("AccessDetails", "%1, version %2")
        .replace("%1", title)
        .replace("%2", version)
    )


def _plan_update(detail: str) -> str:
    return ", ".join(_translated(*_PLAN_FIELDS[field]) for field in detail.split(","))


def _plan_status(detail: str) -> str:
    before, after = _split(detail, " -> ")
    return f"{status_name(PlanStatus(before))} → {status_name(PlanStatus(after))}"


def _plan_discharge(detail: str) -> str:
    day, kind = _split(detail, " ")
    return f"{_day(day)}, {discharge_kind_name(DischargeKind(kind))}"


def _item_update(detail: str) -> str:
    key, found, change = detail.partition(": ")
    if not found:
        return _item_name(key)
    before, after = _split(change, " -> ")
    name = _item_name(key)
    return f"{name}: {state_name(ItemState(before))} → {state_name(ItemState(after))}"


def _area_status(detail: str) -> str:
    """'housing admission: red' -> 'Bolig, ved innleggelse: rød'."""
    head, light = _split(detail, ": ")
    area, moment = _split(head, " ")
    moment_text = _translated(*_MOMENTS[AreaMoment(moment)])
    light_text = light_name(TrafficLight(light))
    return f"{_area(area)}, {_lower_first(moment_text)}: {_lower_first(light_text)}"


def _edit(detail: str) -> str:
    """Undo and redo: 'item: Bosituasjon kartlagt' -> 'Endring av «Bosituasjon kartlagt»'."""
    kind, subject = _split(detail, ": ")
    return _upper_first(_translated(*_EDITS[EditKind(kind)]).replace("%1", subject))


def _export(detail: str) -> str:
    """'kommune/pdf Oslo kommune 1a2b3c4d5e6f' -> 'Overføring til Oslo kommune – SHA-256 1a2b3c4d5e6f'.

    The channel (printed or PDF) is the action's own text in the next column.
    """
    head, rest = _split(detail, " ")
    kind, channel = _split(head, "/")
    ExportChannel(channel)  # only a channel this version writes
    recipient, _space, sha = rest.rpartition(" ")
    document = document_kind_name(DocumentKind(kind))
    if recipient.strip():
        document = (
            QCoreApplication.translate("AccessDetails", "%1 to %2")
            .replace("%1", document)
            .replace("%2", recipient.strip())
        )
    return f"{document} – {_fingerprint(sha)}"


def _export_minutes(detail: str) -> str:
    """'3 1a2b3c4d5e6f referat.pdf' -> 'møte nr. 3, referat.pdf – SHA-256 1a2b3c4d5e6f'."""
    meeting, rest = _split(detail, " ")
    sha, _space, file_name = rest.partition(" ")
    named = f"{_meeting_no(meeting)}, {file_name}" if file_name else _meeting_no(meeting)
    return f"{named} – {_fingerprint(sha)}"


def _export_access_log(detail: str) -> str:
    sha, _space, file_name = detail.partition(" ")
    return f"{file_name} – {_fingerprint(sha)}" if file_name else _fingerprint(sha)


def _crisis_label(field: CrisisText) -> str:
    if field in _CALL_FIELDS:
        row, label = _CALL_FIELDS[field]
        row_text = _translated("CrisisPanel", row).replace("&", "")
        return _translated("CrisisPanel", label).replace("%1", row_text)
    return _translated("CrisisPanel", _CRISIS_LABELS[field]).replace("&", "")


def _crisis_plan(detail: str) -> str:
    # Semicolons: the labels themselves have commas ("Ring kveld, natt og helg: telefon").
    return "; ".join(_crisis_label(CrisisText(field)) for field in detail.split(","))


def _crisis_bed(detail: str) -> str:
    if detail == "contract":
        state = QCoreApplication.translate("AccessDetails", "contract")
    elif detail == "no contract":
        state = QCoreApplication.translate("AccessDetails", "no contract")
    else:
        raise _UnreadableError(detail)
    return f"{_translated('RelapsePanel', _BED)}: {state}"


def _procedure_followed(detail: str) -> str:
    followed = QCoreApplication.translate("AccessDetails", "followed %1").replace("%1", _day(detail))
    return f"{_translated('RelapsePanel', _PROCEDURE)}: {followed}"


def _meeting_add(detail: str) -> str:
    kind, day = _split(detail, " ")
    return f"{kind_name(MeetingKind(kind))} {_day(day)}"


def _meeting_remove(detail: str) -> str:
    meeting, kind = _split(detail, " ")
    return f"{_meeting_no(meeting)}, {kind_name(MeetingKind(kind))}"


def _meeting_area(detail: str) -> str:
    meeting, area = _split(detail, " ")
    return f"{_meeting_no(meeting)}, {_area(area)}"


def _follow_up_call(detail: str) -> str:
    day, outcome = _split(detail, " ")
    answer = _YES if _OUTCOMES[outcome] else _NO
    reached = _lower_first(_translated("FollowUpCallPanel", _REACHED))
    return f"{_day(day)}, {reached}: {_lower_first(_translated('FollowUpCallPanel', answer))}"


def _contact(detail: str) -> str:
    contact, role = _split(detail, " ")
    return f"{_contact_no(contact)}, {role_name(ContactRole(role))}"


def _responsible(detail: str) -> str:
    if detail == "none":
        return QCoreApplication.translate("AccessDetails", "nobody")
    return _contact_no(detail)


def _group_import(detail: str) -> str:
    """'+3 ~2': groups added and changed by an import."""
    added, changed = _split(detail, " ")
    if added[:1] != "+" or changed[:1] != "~":
        raise _UnreadableError(detail)
    return (
        QCoreApplication.translate("AccessDetails", "new: %1, changed: %2")
        .replace("%1", _number(added[1:]))
        .replace("%2", _number(changed[1:]))
    )


def _user_add(detail: str) -> str:
    """'ola staff' or 'demo administrator (oppsett)': the user name, the role, and a note as written."""
    username, rest = _split(detail, " ")
    role, _space, note = rest.partition(" ")
    text = f"{username}, {role_text(Role(role))}"
    return f"{text} {note}" if note else text


def _user_role(detail: str) -> str:
    username, role = _split(detail, " ")
    return (
        QCoreApplication.translate("AccessDetails", "%1, new role: %2")
        .replace("%1", username)
        .replace("%2", role_text(Role(role)))
    )


# Actions whose detail is free text or a user name (consents, appointments, plan.reopen,
# selfhelp.group.*, user.password …) are not listed: their detail is shown as written.
_READERS: dict[str, Callable[[str], str]] = {
    "plan.create": _plan_create,
    "plan.update": _plan_update,
    "plan.status": _plan_status,
    "plan.discharge": _plan_discharge,
    "item.update": _item_update,
    "area.status": _area_status,
    "area.goal": _area,
    "action.add": _area,
    "action.update": _action_no,
    "action.remove": lambda detail: _numbered_with_text(_action_no, detail),
    "edit.undo": _edit,
    "edit.redo": _edit,
    "export.pdf": _export,
    "export.print": _export,
    "export.minutes": _export_minutes,
    "export.accesslog": _export_access_log,
    "crisis.plan": _crisis_plan,
    "crisis.bed": _crisis_bed,
    "crisis.procedure.followed": _procedure_followed,
    "meeting.add": _meeting_add,
    "meeting.update": _meeting_no,
    "meeting.remove": _meeting_remove,
    "meeting.minute": _meeting_area,
    "meeting.decision.add": _meeting_area,
    "meeting.decision.remove": lambda detail: _numbered_with_text(_meeting_no, detail),
    "follow_up_call.add": _follow_up_call,
    "follow_up_call.update": _follow_up_call,
    "follow_up_call.remove": _follow_up_call,
    "coordination.contact.add": lambda detail: role_name(ContactRole(detail)),
    "coordination.contact.update": _contact,
    "coordination.contact.remove": _contact,
    "coordination.responsible": _responsible,
    "selfhelp.group.import": _group_import,
    "user.add": _user_add,
    "user.role": _user_role,
}
