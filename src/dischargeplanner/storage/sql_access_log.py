"""Schema text of migration 0006 for the access log (frozen once released).

Each audit row gets the hash of the row before it and its own hash (storage/audit.py
writes both with every new row). Rows already there are sealed in their order by
`seal_rows_0006`, the hash rule as of this migration, kept here with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

BEFORE_SEALING = """
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';

ALTER TABLE audit_log ADD COLUMN row_hash TEXT NOT NULL DEFAULT '';

-- Sealing the rows already there is the one update the log ever gets; the trigger comes back below.
DROP TRIGGER audit_log_no_update;
"""

AFTER_SEALING = """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- The administrators' view filters by user; the patient's extract reads one plan (audit_log_plan).
CREATE INDEX audit_log_user ON audit_log (user, audit_id);
"""

GENESIS_0006 = "0" * 64


def hash_0006(prev_hash: str, at: str, user: str, action: str, plan_id: int | None, detail: str) -> str:
    """SHA-256 (hex) of the fields joined by the unit separator, so no two rows can run together."""
    fields = (prev_hash, at, user, action, "" if plan_id is None else str(plan_id), detail)
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def seal_rows_0006(execute: Callable[..., Any]) -> None:
    """Give every existing row its previous and own hash, oldest first."""
    rows: Sequence[tuple[Any, ...]] = execute(
        "SELECT audit_id, at, user, action, plan_id, detail FROM audit_log ORDER BY audit_id"
    ).fetchall()
    previous = GENESIS_0006
    for audit_id, at, user, action, plan_id, detail in rows:
        own = hash_0006(previous, at, user, action, plan_id, detail)
        execute(
            "UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE audit_id = ?", (previous, own, audit_id)
        )
        previous = own
