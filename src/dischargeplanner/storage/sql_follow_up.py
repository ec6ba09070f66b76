"""Schema text of migration 0005 for follow_up (frozen once released)."""

SQL = """
-- Every attempt to call the patient after discharge. The call's due date is not stored:
-- it follows from the plan's actual discharge and these rows (storage/summaries.py).
CREATE TABLE follow_up_call (
    call_id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plan (plan_id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (length(day) = 10),
    by_whom TEXT NOT NULL CHECK (length(trim(by_whom)) > 0),
    reached INTEGER NOT NULL CHECK (reached IN (0, 1)),
    how_things_are TEXT NOT NULL DEFAULT '',
    arranged TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX follow_up_call_plan ON follow_up_call (plan_id, day);
"""
