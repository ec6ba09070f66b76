"""Names shared by tests and fixtures (conftest modules cannot be imported reliably)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.model import PlanDraft
    from dischargeplanner.domain.services import PlanService
    from dischargeplanner.ui.main_window import MainWindow

TEST_USER = "testbruker"
ROOT = Path(__file__).resolve().parents[1]

MakeDraft = Callable[..., "PlanDraft"]
MakeWindow = Callable[["Context"], "MainWindow"]


class NetworkUsedError(AssertionError):
    """Raised by the UI suite's socket patch: the app must work offline."""


def service_at(context: Context, today: date) -> PlanService:
    """The context's services over the same database file, with the clock stopped at noon on `today`."""
    from dischargeplanner.app import catalogue_loader
    from dischargeplanner.domain.services import PlanService
    from dischargeplanner.storage.repository import SqlitePlanStore

    def clock() -> datetime:
        return datetime.combine(today, time(12)).astimezone()

    numbers = frozenset(kommune.number for kommune in context.kommuner)
    store = SqlitePlanStore(context.conn, clock)
    return PlanService(store, catalogue_loader(context.data_dir), lambda: numbers, clock)
