"""Crisis test helpers: the crisis service over a context's database with a stopped clock."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from helpers import clock_at

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.crisis import CrisisService


def crisis_at(context: Context, today: date) -> CrisisService:
    """Kriseplan, brukerstyrt seng, return agreement and procedure at brudd, clock at noon on `today`."""
    from dischargeplanner.domain.crisis import CrisisService
    from dischargeplanner.storage.crisis import SqliteCrisisStore

    return CrisisService(SqliteCrisisStore(context.conn, clock_at(today)), clock_at(today))
