"""The schema, as named append-only migrations (sqlite-utils `Migrations`).

Tables are STRICT, foreign keys are enforced; the audit log refuses UPDATE and
DELETE. Never edit a released migration: add a new one and its name to
schema.MIGRATION_NAMES.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from dischargeplanner.storage.schema import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    for statement in _statements(_INITIAL):
        db.execute(statement)


@migrations(name="0002_discharge_and_due")
def discharge_and_due(db: Database) -> None:
    """Discharge details; each item's due date stored so overdue counts can be read in SQL."""
    for statement in _statements(_DISCHARGE_AND_DUE):
        db.execute(statement)
    rows = db.execute(
        "SELECT i.item_id, i.timing, p.admission, p.planned_discharge "
        "FROM checklist_item i JOIN plan p USING (plan_id)"
    ).fetchall()
    for item_id, timing, admission, planned_discharge in rows:
        db.execute(
            "UPDATE checklist_item SET due = ? WHERE item_id = ?",
            (_due_0002(timing, admission, planned_discharge), item_id),
        )


def _due_0002(timing: str, admission: str, planned_discharge: str | None) -> str | None:
    """The timing rule as of this migration ('A+N' / 'D-N'), frozen here with it."""
    days = timedelta(days=int(timing[2:]))
    if timing.startswith("A"):
        return (date.fromisoformat(admission) + days).isoformat()
    if planned_discharge is None:
        return None
    return (date.fromisoformat(planned_discharge) - days).isoformat()


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT the surrounding migration transaction, so the
    # script is run one complete statement at a time instead.
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


_INITIAL = """
CREATE TABLE plan (
    plan_id INTEGER PRIMARY KEY,
    patient_name TEXT NOT NULL CHECK (length(trim(patient_name)) > 0),
    fodselsnummer TEXT CHECK (fodselsnummer IS NULL OR length(fodselsnummer) = 11),
    birth_date TEXT,
    kommune_number TEXT CHECK (kommune_number IS NULL OR length(kommune_number) = 4),
    ward TEXT NOT NULL,
    responsible_staff TEXT NOT NULL,
    admission TEXT NOT NULL,
    planned_discharge TEXT CHECK (planned_discharge IS NULL OR planned_discharge >= admission),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discharged', 'archived')),
    catalogue_id TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;

CREATE INDEX plan_status ON plan (status, planned_discharge);

CREATE TABLE area_status (
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    admission_light TEXT NOT NULL DEFAULT 'not_assessed'
        CHECK (admission_light IN ('not_assessed', 'green', 'yellow', 'red')),
    admission_reason TEXT NOT NULL DEFAULT '',
    current_light TEXT NOT NULL DEFAULT 'not_assessed'
        CHECK (current_light IN ('not_assessed', 'green', 'yellow', 'red')),
    current_reason TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, area)
) STRICT;

CREATE TABLE checklist_item (
    item_id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    help TEXT NOT NULL DEFAULT '',
    timing TEXT NOT NULL,
    required INTEGER NOT NULL CHECK (required IN (0, 1)),
    brukerplan TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'not_started'
        CHECK (state IN ('not_started', 'in_progress', 'done', 'not_applicable')),
    not_applicable_reason TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL CHECK (responsible IN ('ward', 'kommune', 'nav', 'patient', 'paarorende')),
    responsible_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT,
    position INTEGER NOT NULL,
    UNIQUE (plan_id, key),
    FOREIGN KEY (plan_id, area) REFERENCES area_status (plan_id, area) ON DELETE CASCADE
) STRICT;

CREATE INDEX checklist_item_plan ON checklist_item (plan_id, state);

CREATE TABLE agreed_action (
    action_id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL,
    area TEXT NOT NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    responsible TEXT NOT NULL CHECK (responsible IN ('ward', 'kommune', 'nav', 'patient', 'paarorende')),
    responsible_name TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    FOREIGN KEY (plan_id, area) REFERENCES area_status (plan_id, area) ON DELETE CASCADE
) STRICT;

CREATE INDEX agreed_action_plan ON agreed_action (plan_id);

CREATE TABLE audit_log (
    audit_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    plan_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_log_plan ON audit_log (plan_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
"""

_DISCHARGE_AND_DUE = """
ALTER TABLE plan ADD COLUMN actual_discharge TEXT;

ALTER TABLE plan ADD COLUMN discharge_kind TEXT
    CHECK (discharge_kind IS NULL OR discharge_kind IN ('planned', 'unplanned'));

ALTER TABLE area_status ADD COLUMN discharge_light TEXT NOT NULL DEFAULT 'not_assessed'
    CHECK (discharge_light IN ('not_assessed', 'green', 'yellow', 'red'));

ALTER TABLE area_status ADD COLUMN discharge_reason TEXT NOT NULL DEFAULT '';

ALTER TABLE checklist_item ADD COLUMN due TEXT;

CREATE INDEX checklist_item_open_due ON checklist_item (plan_id, state, due);

-- AUTOINCREMENT: a removed action's id is never given to a new one, so undoing the
-- removal can put it back under the same id.
CREATE TABLE agreed_action_new (
    action_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL,
    area TEXT NOT NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    responsible TEXT NOT NULL CHECK (responsible IN ('ward', 'kommune', 'nav', 'patient', 'paarorende')),
    responsible_name TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    FOREIGN KEY (plan_id, area) REFERENCES area_status (plan_id, area) ON DELETE CASCADE
) STRICT;

INSERT INTO agreed_action_new SELECT action_id, plan_id, area, what, responsible, responsible_name,
    deadline, status FROM agreed_action;

DROP TABLE agreed_action;

ALTER TABLE agreed_action_new RENAME TO agreed_action;

CREATE INDEX agreed_action_plan ON agreed_action (plan_id);

CREATE INDEX agreed_action_open_due ON agreed_action (plan_id, status, deadline);
"""


@migrations(name="0003_consent_and_documents")
def consent_and_documents(db: Database) -> None:
    """The consent register, booked appointments, and the log of documents that left the program."""
    for statement in _statements(_CONSENT_AND_DOCUMENTS):
        db.execute(statement)


_CONSENT_AND_DOCUMENTS = """
CREATE TABLE consent (
    consent_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    recipient_kind TEXT NOT NULL
        CHECK (recipient_kind IN ('kommune', 'nav', 'fastlege', 'paarorende', 'other')),
    recipient TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
    -- Area keys separated by spaces, in the catalogue's order.
    areas TEXT NOT NULL,
    given TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('written', 'oral')),
    noted_by TEXT NOT NULL,
    expires TEXT,
    withdrawn TEXT,
    restrictions TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX consent_plan ON consent (plan_id);

CREATE TABLE appointment (
    appointment_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL,
    area TEXT NOT NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    day TEXT NOT NULL,
    time TEXT,
    with_whom TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (plan_id, area) REFERENCES area_status (plan_id, area) ON DELETE CASCADE
) STRICT;

CREATE INDEX appointment_plan ON appointment (plan_id, day);

-- Kept as long as the plan: which document left the program, to whom, and its fingerprint.
CREATE TABLE export_log (
    export_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('kommune', 'patient')),
    channel TEXT NOT NULL CHECK (channel IN ('pdf', 'print')),
    recipient TEXT NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX export_log_plan ON export_log (plan_id, at);

CREATE TRIGGER export_log_no_update BEFORE UPDATE ON export_log
BEGIN
    SELECT RAISE(ABORT, 'export_log is append-only');
END;

"""


@migrations(name="0004_selfhelp")
def selfhelp(db: Database) -> None:
    """The ward's directory of local self-help groups, and each plan's introduction to self-help."""
    for statement in _statements(_SELFHELP):
        db.execute(statement)


_SELFHELP = """
-- Entries are never deleted (removed = 1 hides them): plans keep naming the groups they chose.
CREATE TABLE selfhelp_group (
    group_id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kommune_number TEXT,
    address TEXT NOT NULL DEFAULT '',
    -- Weekly meetings as 'weekday@HH:MM' (weekday 0 = Monday; time may be empty), space-separated.
    meetings TEXT NOT NULL DEFAULT '',
    open_meeting INTEGER NOT NULL DEFAULT 1 CHECK (open_meeting IN (0, 1)),
    audience TEXT NOT NULL DEFAULT 'patients' CHECK (audience IN ('patients', 'relatives', 'both')),
    mode TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'online')),
    language TEXT NOT NULL DEFAULT '',
    women_only INTEGER NOT NULL DEFAULT 0 CHECK (women_only IN (0, 1)),
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    verified_on TEXT,
    verified_by TEXT NOT NULL DEFAULT '',
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
) STRICT;

CREATE INDEX selfhelp_group_kommune ON selfhelp_group (kommune_number);

CREATE TABLE selfhelp_introduction (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    informed_on TEXT,
    informed_by TEXT NOT NULL DEFAULT '',
    -- Organisation keys and local group ids presented, space-separated.
    organisations TEXT NOT NULL DEFAULT '',
    presented_groups TEXT NOT NULL DEFAULT '',
    material TEXT NOT NULL DEFAULT '',
    view TEXT CHECK (view IN ('interested', 'unsure', 'not_now', 'declined')),
    own_words TEXT NOT NULL DEFAULT '',
    contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    first_group INTEGER REFERENCES selfhelp_group (group_id),
    first_day TEXT,
    first_time TEXT,
    accompanied INTEGER NOT NULL DEFAULT 0 CHECK (accompanied IN (0, 1)),
    companion TEXT NOT NULL DEFAULT '',
    -- When the next follow-up conversation is due; kept by the store with every change.
    follow_up_due TEXT,
    -- Without consent there is no contact person on record.
    CHECK (contact_consent = 1 OR (contact_name = '' AND contact_phone = ''))
) STRICT;

CREATE INDEX selfhelp_introduction_due ON selfhelp_introduction (follow_up_due);

CREATE TABLE selfhelp_visit (
    visit_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    group_id INTEGER REFERENCES selfhelp_group (group_id),
    group_name TEXT NOT NULL DEFAULT '',
    with_whom TEXT NOT NULL DEFAULT '',
    CHECK (group_id IS NOT NULL OR length(trim(group_name)) > 0)
) STRICT;

CREATE INDEX selfhelp_visit_plan ON selfhelp_visit (plan_id, day);

CREATE TABLE selfhelp_follow_up (
    follow_up_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    by_whom TEXT NOT NULL CHECK (length(trim(by_whom)) > 0),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX selfhelp_follow_up_plan ON selfhelp_follow_up (plan_id, day);
"""


@migrations(name="0005_kommune_work")
def kommune_work(db: Database) -> None:
    """Contacts and coordination, meetings and their decisions, crisis and family records, the call after."""
    from dischargeplanner.storage import (  # noqa: PLC0415 - schema text only
        sql_coordination,
        sql_crisis,
        sql_family,
        sql_follow_up,
        sql_meetings,
    )

    for script in (
        sql_coordination.SQL,
        sql_meetings.SQL,
        sql_crisis.SQL,
        sql_family.SQL,
        sql_follow_up.SQL,
    ):
        for statement in _statements(script):
            db.execute(statement)


@migrations(name="0006_access_log")
def access_log(db: Database) -> None:
    """Each audit row sealed with the hash of the one before: a check finds an edited or removed row."""
    from dischargeplanner.storage import sql_access_log  # noqa: PLC0415 - schema text only

    for statement in _statements(sql_access_log.BEFORE_SEALING):
        db.execute(statement)
    sql_access_log.seal_rows_0006(db.execute)
    for statement in _statements(sql_access_log.AFTER_SEALING):
        db.execute(statement)


@migrations(name="0007_users")
def users(db: Database) -> None:
    """Personal logins: who may open the database, in which role; deactivated, never deleted."""
    from dischargeplanner.storage import sql_users  # noqa: PLC0415 - schema text only

    for statement in _statements(sql_users.SQL):
        db.execute(statement)


@migrations(name="0008_document_language")
def document_language(db: Database) -> None:
    """The written standard (Bokmål or Nynorsk) a recipient's documents are made in; Bokmål so far."""
    db.execute(
        "ALTER TABLE consent ADD COLUMN language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn'))"
    )


def apply_migrations(conn: sqlite3.Connection) -> None:
    """Bring the schema up to date; each migration runs in its own transaction."""
    migrations.apply(Database(conn, execute_plugins=False))
