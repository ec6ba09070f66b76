"""Schema text of migration 0005 for contacts and coordination (frozen once released)."""

SQL = """
CREATE TABLE contact (
    contact_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('kommune_contact', 'coordinator', 'nav', 'fastlege',
        'ruskonsulent', 'likeperson', 'paarorende', 'barnevern', 'helsesykepleier', 'other')),
    role_text TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    consent_id INTEGER REFERENCES consent (consent_id) ON DELETE SET NULL,
    responsible INTEGER NOT NULL DEFAULT 0 CHECK (responsible IN (0, 1)),
    in_ansvarsgruppe INTEGER NOT NULL DEFAULT 0 CHECK (in_ansvarsgruppe IN (0, 1)),
    -- Private persons cannot be the named person responsible in the kommune.
    CHECK (responsible = 0 OR role NOT IN ('paarorende', 'likeperson'))
) STRICT;

CREATE INDEX contact_plan ON contact (plan_id);

-- At most one named person responsible in the kommune per plan.
CREATE UNIQUE INDEX contact_one_responsible ON contact (plan_id) WHERE responsible = 1;

CREATE TABLE coordination (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    ip_right TEXT NOT NULL DEFAULT 'unknown' CHECK (ip_right IN ('unknown', 'yes', 'no')),
    ip_requested TEXT,
    ip_exists INTEGER NOT NULL DEFAULT 0 CHECK (ip_exists IN (0, 1)),
    coordinator INTEGER REFERENCES contact (contact_id) ON DELETE SET NULL,
    ansvarsgruppe_exists INTEGER NOT NULL DEFAULT 0 CHECK (ansvarsgruppe_exists IN (0, 1)),
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    language TEXT NOT NULL DEFAULT '',
    language_note TEXT NOT NULL DEFAULT ''
) STRICT;
"""
