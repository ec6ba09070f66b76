"""Schema text of migration 0005 for family (frozen once released)."""

SQL = """
CREATE TABLE family_child (
    child_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    -- First name or initials only.
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2999),
    lives_with TEXT NOT NULL DEFAULT '',
    carer_during_stay TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX family_child_plan ON family_child (plan_id);

-- Barn som pårørende conversations (helsepersonelloven § 10 a).
CREATE TABLE family_conversation (
    conversation_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    with_patient INTEGER NOT NULL DEFAULT 0 CHECK (with_patient IN (0, 1)),
    with_child INTEGER NOT NULL DEFAULT 0 CHECK (with_child IN (0, 1)),
    with_other_parent INTEGER NOT NULL DEFAULT 0 CHECK (with_other_parent IN (0, 1)),
    child_id INTEGER REFERENCES family_child (child_id) ON DELETE SET NULL,
    by_whom TEXT NOT NULL CHECK (length(trim(by_whom)) > 0),
    note TEXT NOT NULL DEFAULT '',
    CHECK (with_patient + with_child + with_other_parent > 0),
    CHECK (child_id IS NULL OR with_child = 1)
) STRICT;

CREATE INDEX family_conversation_plan ON family_conversation (plan_id, day);

CREATE TABLE family (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    barnevern_consent INTEGER NOT NULL DEFAULT 0 CHECK (barnevern_consent IN (0, 1)),
    barnevern_involved TEXT NOT NULL DEFAULT 'unknown'
        CHECK (barnevern_involved IN ('unknown', 'no', 'yes')),
    barnevern_contact TEXT NOT NULL DEFAULT '',
    barnevern_note TEXT NOT NULL DEFAULT '',
    familievernkontor INTEGER NOT NULL DEFAULT 0 CHECK (familievernkontor IN (0, 1)),
    helsestasjon INTEGER NOT NULL DEFAULT 0 CHECK (helsestasjon IN (0, 1)),
    barnehage_skole INTEGER NOT NULL DEFAULT 0 CHECK (barnehage_skole IN (0, 1)),
    foreldrestotte INTEGER NOT NULL DEFAULT 0 CHECK (foreldrestotte IN (0, 1)),
    services_note TEXT NOT NULL DEFAULT '',
    long_term_follow_up TEXT NOT NULL DEFAULT '',
    -- Without the patient's consent there are no barnevern details on record.
    CHECK (barnevern_consent = 1 OR (barnevern_involved = 'unknown' AND barnevern_contact = ''
        AND barnevern_note = ''))
) STRICT;
"""
