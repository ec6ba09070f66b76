"""Names of the schema migrations, readable without importing sqlite-utils.

Append only: a released name is never renamed, reordered or removed.
tests/storage/test_migrations.py checks this list against migrations.py.
"""

from __future__ import annotations

MIGRATION_SET = "dischargeplanner"

MIGRATION_NAMES: tuple[str, ...] = (
    "0001_initial",
    "0002_discharge_and_due",
    "0003_consent_and_documents",
    "0004_selfhelp",
    "0005_kommune_work",
    "0006_access_log",
    "0007_users",
    "0008_document_language",
)
