"""Norwegian words for domain values, through Qt's translation system.

Strings are English in code and translated in resources/translations/*.ts, so
one place names each state, colour and problem the same way on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from dischargeplanner.domain.limits import EARLIEST_DATE, LATEST_DATE, LINE_MAX, TEXT_MAX
from dischargeplanner.domain.model import (
    ActionStatus,
    AreaKey,
    DischargeKind,
    ItemState,
    PlanStatus,
    Responsible,
    TrafficLight,
)
from dischargeplanner.domain.services import Problem


def _t(text: object) -> str:
    # Every caller wraps its literal in QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("Texts", str(text))  # tr-dynamic


def area_name(area: AreaKey) -> str:
    """The standard checklist's title of each area (a plan shows its own catalogue's titles)."""
    return {
        AreaKey.HOUSING: _t(QT_TRANSLATE_NOOP("Texts", "Housing")),
        AreaKey.FINANCES: _t(QT_TRANSLATE_NOOP("Texts", "Finances")),
        AreaKey.NETWORK: _t(QT_TRANSLATE_NOOP("Texts", "Network")),
        AreaKey.ACTIVITY: _t(QT_TRANSLATE_NOOP("Texts", "Meaningful activity")),
        AreaKey.SELF_HELP: _t(QT_TRANSLATE_NOOP("Texts", "Self-help")),
        AreaKey.HEALTH: _t(QT_TRANSLATE_NOOP("Texts", "Health")),
        AreaKey.CRISIS: _t(QT_TRANSLATE_NOOP("Texts", "Crisis and relapse")),
        AreaKey.FAMILY: _t(QT_TRANSLATE_NOOP("Texts", "Children and family")),
        AreaKey.COORDINATION: _t(QT_TRANSLATE_NOOP("Texts", "Coordination with the municipality")),
    }[area]


def discharge_kind_name(kind: DischargeKind) -> str:
    return {
        DischargeKind.PLANNED: _t(QT_TRANSLATE_NOOP("Texts", "Planned discharge")),
        DischargeKind.UNPLANNED: _t(QT_TRANSLATE_NOOP("Texts", "Unplanned end (brudd)")),
    }[kind]


def light_name(light: TrafficLight) -> str:
    return {
        TrafficLight.NOT_ASSESSED: _t(QT_TRANSLATE_NOOP("Texts", "Not assessed")),
        TrafficLight.GREEN: _t(QT_TRANSLATE_NOOP("Texts", "Green")),
        TrafficLight.YELLOW: _t(QT_TRANSLATE_NOOP("Texts", "Yellow")),
        TrafficLight.RED: _t(QT_TRANSLATE_NOOP("Texts", "Red")),
    }[light]


def light_meaning(light: TrafficLight) -> str:
    """BrukerPlan's meaning of each colour, for tooltips."""
    return {
        TrafficLight.NOT_ASSESSED: _t(QT_TRANSLATE_NOOP("Texts", "Not assessed yet")),
        TrafficLight.GREEN: _t(QT_TRANSLATE_NOOP("Texts", "Green: no problem")),
        TrafficLight.YELLOW: _t(QT_TRANSLATE_NOOP("Texts", "Yellow: some problem")),
        TrafficLight.RED: _t(QT_TRANSLATE_NOOP("Texts", "Red: serious problem")),
    }[light]


def state_name(state: ItemState) -> str:
    return {
        ItemState.NOT_STARTED: _t(QT_TRANSLATE_NOOP("Texts", "Not started")),
        ItemState.IN_PROGRESS: _t(QT_TRANSLATE_NOOP("Texts", "In progress")),
        ItemState.DONE: _t(QT_TRANSLATE_NOOP("Texts", "Done")),
        ItemState.NOT_APPLICABLE: _t(QT_TRANSLATE_NOOP("Texts", "Not applicable")),
    }[state]


def responsible_name(responsible: Responsible) -> str:
    return {
        Responsible.WARD: _t(QT_TRANSLATE_NOOP("Texts", "Ward")),
        Responsible.KOMMUNE: _t(QT_TRANSLATE_NOOP("Texts", "Municipality")),
        Responsible.NAV: _t(QT_TRANSLATE_NOOP("Texts", "NAV")),
        Responsible.PATIENT: _t(QT_TRANSLATE_NOOP("Texts", "Patient")),
        Responsible.PAARORENDE: _t(QT_TRANSLATE_NOOP("Texts", "Next of kin")),
    }[responsible]


def action_status_name(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t(QT_TRANSLATE_NOOP("Texts", "Open")),
        ActionStatus.DONE: _t(QT_TRANSLATE_NOOP("Texts", "Carried out")),
        ActionStatus.CANCELLED: _t(QT_TRANSLATE_NOOP("Texts", "Cancelled")),
    }[status]


def status_name(status: PlanStatus) -> str:
    return {
        PlanStatus.ACTIVE: _t(QT_TRANSLATE_NOOP("Texts", "Active")),
        PlanStatus.DISCHARGED: _t(QT_TRANSLATE_NOOP("Texts", "Discharged")),
        PlanStatus.ARCHIVED: _t(QT_TRANSLATE_NOOP("Texts", "Archived")),
    }[status]


def problem_text(problem: Problem) -> str:
    """What is wrong, said so the user knows what to do about it."""
    return {
        Problem.NAME_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write the patient's name.")),
        Problem.FNR_NOT_DIGITS: _t(QT_TRANSLATE_NOOP("Texts", "A national identity number has only digits.")),
        Problem.FNR_WRONG_LENGTH: _t(QT_TRANSLATE_NOOP("Texts", "A national identity number has 11 digits.")),
        Problem.FNR_IMPOSSIBLE_DATE: _t(
            QT_TRANSLATE_NOOP("Texts", "The first six digits are not a possible date of birth (DDMMYY).")
        ),
        Problem.FNR_CHECK_DIGITS: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "The check digits do not match: one of the digits is probably mistyped."
            )
        ),
        Problem.BIRTH_DATE_MISMATCH: _t(
            QT_TRANSLATE_NOOP("Texts", "The date of birth does not match the national identity number.")
        ),
        Problem.BIRTH_DATE_IN_FUTURE: _t(QT_TRANSLATE_NOOP("Texts", "The date of birth is in the future.")),
        Problem.BIRTH_DATE_UNREADABLE: _t(
            QT_TRANSLATE_NOOP("Texts", "Write the date as dd.mm.yyyy, for example 24.12.1985.")
        ),
        Problem.KOMMUNE_UNKNOWN: _t(QT_TRANSLATE_NOOP("Texts", "Choose a municipality from the list.")),
        Problem.WARD_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write the name of the ward.")),
        Problem.RESPONSIBLE_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write who is responsible for the plan.")),
        Problem.DISCHARGE_BEFORE_ADMISSION: _t(
            QT_TRANSLATE_NOOP("Texts", "Planned discharge cannot be before admission.")
        ),
        Problem.REASON_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Say why the item does not apply.")),
        Problem.ACTION_WHAT_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Describe what is to be done.")),
        Problem.PLAN_NOT_ACTIVE: _t(
            QT_TRANSLATE_NOOP("Texts", "The patient has been discharged; the plan can no longer be changed.")
        ),
        Problem.PLAN_NOT_DISCHARGED: _t(
            QT_TRANSLATE_NOOP("Texts", "Only a discharged plan can be reopened.")
        ),
        Problem.DISCHARGE_DATE_BEFORE_ADMISSION: _t(
            QT_TRANSLATE_NOOP("Texts", "The discharge date cannot be before admission.")
        ),
        Problem.DISCHARGE_DATE_IN_FUTURE: _t(
            QT_TRANSLATE_NOOP("Texts", "The discharge date cannot be in the future.")
        ),
        Problem.DATE_IN_FUTURE: _t(QT_TRANSLATE_NOOP("Texts", "The date cannot be in the future.")),
        Problem.PHONE_INVALID: _t(
            QT_TRANSLATE_NOOP("Texts", "A phone number has digits, and may have spaces and a leading +.")
        ),
        Problem.SELFHELP_INFORMED_DATE_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Give the date the patient was informed.")
        ),
        Problem.SELFHELP_INFORMED_BY_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who informed the patient.")
        ),
        Problem.SELFHELP_CONTACT_WITHOUT_CONSENT: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "A contact person's name and phone are stored only when the patient consents to it."
            )
        ),
        Problem.SELFHELP_FIRST_GROUP_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Choose the group the first meeting is with.")
        ),
        Problem.SELFHELP_VISIT_GROUP_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Choose a group from the directory or write its name.")
        ),
        Problem.SELFHELP_FOLLOW_UP_BY_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who had the conversation.")
        ),
        Problem.SELFHELP_FOLLOW_UP_BEFORE_INFORMED: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "A follow-up conversation comes after the patient was informed; check the dates."
            )
        ),
        Problem.GROUP_ORGANISATION_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Choose or write the organisation.")
        ),
        Problem.GROUP_NAME_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write the group's name.")),
        Problem.GROUP_WEEKDAY_INVALID: _t(QT_TRANSLATE_NOOP("Texts", "A weekday is Monday to Sunday.")),
        Problem.GROUP_VERIFIED_BY_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write who verified the entry.")),
        Problem.GROUP_DUPLICATE: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "The directory already has a group with this organisation, name and municipality."
            )
        ),
        Problem.CONTACT_NAME_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write the contact's name.")),
        Problem.CONTACT_ROLE_TEXT_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write what role the contact has, for example housing support worker.")
        ),
        Problem.CONTACT_EMAIL_INVALID: _t(
            QT_TRANSLATE_NOOP("Texts", "An e-mail address looks like name@example.no.")
        ),
        Problem.CONTACT_CONSENT_OTHER_PLAN: _t(
            QT_TRANSLATE_NOOP("Texts", "Choose one of this patient's consents.")
        ),
        Problem.CONTACT_PRIVATE_RESPONSIBLE: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "Next of kin and peers cannot be the named person responsible in the municipality."
            )
        ),
        Problem.CONTACT_OTHER_PLAN: _t(QT_TRANSLATE_NOOP("Texts", "Choose one of this patient's contacts.")),
        Problem.COORDINATION_COORDINATOR_OTHER_PLAN: _t(
            QT_TRANSLATE_NOOP("Texts", "Choose the coordinator among this patient's contacts.")
        ),
        Problem.FAMILY_CHILD_NAME_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write the child's first name or initials.")
        ),
        Problem.FAMILY_BIRTH_YEAR_OUT_OF_RANGE: _t(
            QT_TRANSLATE_NOOP("Texts", "A child under 18 was born this year or in the last 18 years.")
        ),
        Problem.FAMILY_CHILD_UNKNOWN: _t(
            QT_TRANSLATE_NOOP("Texts", "The child is not registered in this plan; choose one from the list.")
        ),
        Problem.FAMILY_CONVERSATION_WITH_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Tick who took part in the conversation.")
        ),
        Problem.FAMILY_CONVERSATION_BY_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who held the conversation.")
        ),
        Problem.FAMILY_BARNEVERN_WITHOUT_CONSENT: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "Barnevern details are stored only when the patient consents to involving barnevern."
            )
        ),
        Problem.CRISIS_BED_INSTITUTION_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write where the user-controlled bed is (institution or ward).")
        ),
        Problem.CRISIS_BED_DATES_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Give the dates the contract runs from and to.")
        ),
        Problem.CRISIS_BED_ENDS_BEFORE_START: _t(
            QT_TRANSLATE_NOOP("Texts", "The contract cannot end before it starts.")
        ),
        Problem.CRISIS_BED_MAX_DAYS_RANGE: _t(QT_TRANSLATE_NOOP("Texts", "A stay can be from 1 to 30 days.")),
        Problem.CRISIS_BED_MIN_DAYS_RANGE: _t(
            QT_TRANSLATE_NOOP("Texts", "The days between stays can be from 0 to 90.")
        ),
        Problem.CRISIS_RETURN_TEXT_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write what was agreed about returning after a relapse.")
        ),
        Problem.CRISIS_PROCEDURE_NOTIFY_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who in the municipality must be told.")
        ),
        Problem.CRISIS_FOLLOWED_NOT_UNPLANNED: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "The procedure can be marked as followed only when the stay ended unplanned (brudd)."
            )
        ),
        Problem.CRISIS_FOLLOWED_BY_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who followed the procedure.")
        ),
        Problem.CRISIS_FOLLOWED_BEFORE_DISCHARGE: _t(
            QT_TRANSLATE_NOOP("Texts", "The procedure is followed on or after the day the stay ended.")
        ),
        Problem.CALL_PLAN_NOT_DISCHARGED: _t(
            QT_TRANSLATE_NOOP("Texts", "The follow-up call is recorded only for a discharged plan.")
        ),
        Problem.CALL_BEFORE_DISCHARGE: _t(
            QT_TRANSLATE_NOOP("Texts", "The call comes on or after the day of discharge; check the date.")
        ),
        Problem.CALL_BY_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write who made the call.")),
        Problem.MEETING_BEFORE_ADMISSION: _t(
            QT_TRANSLATE_NOOP("Texts", "A meeting about this stay cannot be before the admission date.")
        ),
        Problem.MEETING_HELD_IN_FUTURE: _t(
            QT_TRANSLATE_NOOP("Texts", "A meeting in the future cannot be marked as held; check the date.")
        ),
        Problem.MEETING_CONTACT_UNKNOWN: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "A participant is no longer among the plan's contacts. Open the meeting again."
            )
        ),
        Problem.ACCESSLOG_PERIOD_REVERSED: _t(
            QT_TRANSLATE_NOOP("Texts", "The period ends before it begins; check the dates.")
        ),
        Problem.USER_FULL_NAME_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write the person's full name.")),
        Problem.USERNAME_INVALID: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "A user name is 2–32 letters, digits, dots, dashes or underscores, without spaces."
            )
        ),
        Problem.USERNAME_TAKEN: _t(QT_TRANSLATE_NOOP("Texts", "This user name is taken; choose another.")),
        Problem.PASSWORD_TOO_SHORT: _t(
            QT_TRANSLATE_NOOP(
                "Texts",
                "The password needs at least 12 characters. A few ordinary words in a row are easy "
                "to remember and hard to guess.",
            )
        ),
        Problem.PASSWORD_CONTAINS_NAME: _t(
            QT_TRANSLATE_NOOP("Texts", "The password must not contain the user name.")
        ),
        Problem.PASSWORDS_DIFFER: _t(QT_TRANSLATE_NOOP("Texts", "The two passwords are not the same.")),
        Problem.LAST_ADMINISTRATOR: _t(
            QT_TRANSLATE_NOOP(
                "Texts", "The ward needs at least one active administrator; make someone else one first."
            )
        ),
        Problem.RECOVERY_KEY_WRONG: _t(
            QT_TRANSLATE_NOOP(
                "Texts",
                "This is not the ward's recovery key. Check each group of four letters and digits "
                "against the paper.",
            )
        ),
        Problem.RECOVERY_ADMINISTRATORS_ONLY: _t(
            QT_TRANSLATE_NOOP(
                "Texts",
                "The recovery key gives a new password to an active administrator only. Others ask an "
                "administrator for a new password.",
            )
        ),
        Problem.CURRENT_PASSWORD_WRONG: _t(
            QT_TRANSLATE_NOOP(
                "Texts",
                "This is not your current password. After five wrong ones, you must wait a little "
                "between attempts.",
            )
        ),
        # Worded here too so that every problem has a text (the consent dialog words these itself).
        Problem.CONSENT_RECIPIENT_MISSING: _t(
            QT_TRANSLATE_NOOP("Texts", "Write who may receive the information.")
        ),
        Problem.CONSENT_NO_AREAS: _t(
            QT_TRANSLATE_NOOP("Texts", "Tick at least one area the patient agrees to share.")
        ),
        Problem.CONSENT_GIVEN_IN_FUTURE: _t(
            QT_TRANSLATE_NOOP("Texts", "The date consent was given cannot be in the future.")
        ),
        Problem.CONSENT_NOTED_BY_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write who noted the consent.")),
        Problem.CONSENT_EXPIRES_BEFORE_GIVEN: _t(
            QT_TRANSLATE_NOOP("Texts", "The expiry date is before the date consent was given.")
        ),
        Problem.CONSENT_WITHDRAWN_BEFORE_GIVEN: _t(
            QT_TRANSLATE_NOOP("Texts", "The withdrawal date is before the date consent was given.")
        ),
        Problem.CONSENT_WITHDRAWN_IN_FUTURE: _t(
            QT_TRANSLATE_NOOP("Texts", "The withdrawal date cannot be in the future.")
        ),
        Problem.APPOINTMENT_WHAT_MISSING: _t(QT_TRANSLATE_NOOP("Texts", "Write what the appointment is.")),
        Problem.TEXT_LINE_TOO_LONG: _t(
            QT_TRANSLATE_NOOP("Texts", "Too long: this field takes at most %1 characters.")
        ).replace("%1", QLocale().toString(LINE_MAX)),
        Problem.TEXT_TOO_LONG: _t(
            QT_TRANSLATE_NOOP("Texts", "Too long: this text takes at most %1 characters (about four pages).")
        ).replace("%1", QLocale().toString(TEXT_MAX)),
        Problem.DATE_OUT_OF_RANGE: _t(QT_TRANSLATE_NOOP("Texts", "Check the year: a date from %1 to %2."))
        .replace("%1", str(EARLIEST_DATE.year))
        .replace("%2", str(LATEST_DATE.year)),
    }[problem]
