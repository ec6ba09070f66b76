"""Schema text of migration 0005 for meetings (frozen once released)."""

SQL = """
CREATE TABLE meeting (
    meeting_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('evaluation', 'discharge')),
    day TEXT NOT NULL,
    start TEXT,
    video INTEGER NOT NULL DEFAULT 0 CHECK (video IN (0, 1)),
    -- The room or address, or the video link when video = 1.
    place TEXT NOT NULL DEFAULT '',
    patient_present INTEGER NOT NULL DEFAULT 1 CHECK (patient_present IN (0, 1)),
    -- Names of the ward's staff taking part, one per line.
    ward_staff TEXT NOT NULL DEFAULT '',
    others TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held'))
) STRICT;

CREATE INDEX meeting_plan ON meeting (plan_id, day);

-- The plan's contacts at the meeting, named as they were then: the minutes keep their
-- meaning when a contact is removed from the plan later.
CREATE TABLE meeting_participant (
    meeting_id INTEGER NOT NULL REFERENCES meeting (meeting_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    contact_id INTEGER REFERENCES contact (contact_id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('kommune_contact', 'coordinator', 'nav', 'fastlege',
        'ruskonsulent', 'likeperson', 'paarorende', 'barnevern', 'helsesykepleier', 'other')),
    role_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, position)
) STRICT;

CREATE INDEX meeting_participant_contact ON meeting_participant (contact_id);

CREATE TABLE meeting_minute (
    meeting_id INTEGER NOT NULL REFERENCES meeting (meeting_id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ('housing', 'finances', 'network', 'activity', 'self_help',
        'health', 'crisis', 'family', 'coordination')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (meeting_id, area)
) STRICT;

-- A decision is an agreed action (written in the same transaction) plus what was agreed at the
-- meeting. action_id has no foreign key on purpose: an action removed on its area page and put back
-- by undo returns under the same id (agreed_action is AUTOINCREMENT, ids are never reused), and the
-- link should hold again; until then the decision reads as removed from the plan.
CREATE TABLE meeting_decision (
    meeting_id INTEGER NOT NULL REFERENCES meeting (meeting_id) ON DELETE CASCADE,
    action_id INTEGER NOT NULL UNIQUE,
    area TEXT NOT NULL CHECK (area IN ('housing', 'finances', 'network', 'activity', 'self_help',
        'health', 'crisis', 'family', 'coordination')),
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    responsible TEXT NOT NULL CHECK (responsible IN ('ward', 'kommune', 'nav', 'patient', 'paarorende')),
    responsible_name TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    PRIMARY KEY (meeting_id, action_id)
) STRICT;
"""
