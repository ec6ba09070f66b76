"""Schema text of migration 0005 for crisis (frozen once released)."""

SQL = """
-- One kriseplan per plan; the risk notes are the ward's, written for the kommune.
CREATE TABLE crisis_plan (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    warning_signs TEXT NOT NULL DEFAULT '',
    what_helps TEXT NOT NULL DEFAULT '',
    day_contact TEXT NOT NULL DEFAULT '',
    day_phone TEXT NOT NULL DEFAULT '',
    night_contact TEXT NOT NULL DEFAULT '',
    night_phone TEXT NOT NULL DEFAULT '',
    how_to_meet TEXT NOT NULL DEFAULT '',
    risk_notes TEXT NOT NULL DEFAULT '',
    updated_on TEXT,
    updated_by TEXT NOT NULL DEFAULT ''
) STRICT;

-- Brukerstyrt seng: the patient decides when to come in, within the contract's limits.
CREATE TABLE crisis_bed (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    has_contract INTEGER NOT NULL DEFAULT 0 CHECK (has_contract IN (0, 1)),
    institution TEXT NOT NULL DEFAULT '',
    contract_from TEXT,
    contract_to TEXT,
    max_days_per_stay INTEGER NOT NULL DEFAULT 5 CHECK (max_days_per_stay BETWEEN 1 AND 30),
    min_days_between INTEGER NOT NULL DEFAULT 14 CHECK (min_days_between BETWEEN 0 AND 90),
    how_to_ask TEXT NOT NULL DEFAULT '',
    CHECK (contract_from IS NULL OR contract_to IS NULL OR contract_to >= contract_from),
    CHECK (has_contract = 0 OR (contract_from IS NOT NULL AND contract_to IS NOT NULL))
) STRICT;

CREATE TABLE crisis_return (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    agreement TEXT NOT NULL DEFAULT '',
    agreed_on TEXT,
    agreed_with TEXT NOT NULL DEFAULT ''
) STRICT;

-- Written at admission; "followed" is recorded after an unplanned end (brudd).
CREATE TABLE crisis_procedure (
    plan_id INTEGER PRIMARY KEY REFERENCES plan (plan_id) ON DELETE CASCADE,
    notify TEXT NOT NULL DEFAULT '',
    notify_phone TEXT NOT NULL DEFAULT '',
    told_by TEXT NOT NULL DEFAULT '',
    also_do TEXT NOT NULL DEFAULT '',
    recorded_on TEXT,
    recorded_by TEXT NOT NULL DEFAULT '',
    followed_on TEXT,
    followed_by TEXT NOT NULL DEFAULT '',
    followed_note TEXT NOT NULL DEFAULT '',
    CHECK (followed_on IS NULL OR length(trim(followed_by)) > 0)
) STRICT;
"""
