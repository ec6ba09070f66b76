"""Test helpers for children and family (kept apart from the shared helpers)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from helpers import clock_at

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.family import FamilyService


def family_at(context: Context, today: date) -> FamilyService:
    """Children and family records over the context's database, with the clock stopped on `today`."""
    from dischargeplanner.domain.family import FamilyService
    from dischargeplanner.storage.family import SqliteFamilyStore

    return FamilyService(SqliteFamilyStore(context.conn, clock_at(today)), clock_at(today))
