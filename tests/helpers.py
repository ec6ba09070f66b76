"""Names shared by tests and fixtures (conftest modules cannot be imported reliably)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.care import CareServices
    from dischargeplanner.documents.export import DocumentMaker
    from dischargeplanner.domain.model import PlanDraft, PlanId
    from dischargeplanner.domain.selfhelp import SelfHelpService
    from dischargeplanner.domain.services import PlanService
    from dischargeplanner.domain.sharing import SharingService
    from dischargeplanner.ui.main_window import MainWindow

TEST_USER = "testbruker"


def _errors(name: str) -> tuple[type[Exception], ...]:
    import sqlite3

    from sqlcipher3 import dbapi2 as sqlcipher

    return (getattr(sqlite3, name), getattr(sqlcipher, name))


# The database refusing a row: the same class name from sqlite3 (plain files) and SQLCipher.
INTEGRITY_ERRORS = _errors("IntegrityError")
DATABASE_ERRORS = _errors("DatabaseError")
# Long enough for the password rule, without the user name in it.
TEST_PASSWORD = "en lang testfrase"
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

    clock = clock_at(today)
    numbers = frozenset(kommune.number for kommune in context.kommuner)
    store = SqlitePlanStore(context.conn, clock)
    return PlanService(store, catalogue_loader(context.data_dir), lambda: numbers, clock)


def clock_at(today: date) -> Callable[[], datetime]:
    def clock() -> datetime:
        return datetime.combine(today, time(12)).astimezone()

    return clock


def sharing_at(context: Context, today: date) -> SharingService:
    """The consent register and export log over the context's database, clock stopped on `today`."""
    from dischargeplanner.domain.sharing import SharingService
    from dischargeplanner.storage.sharing import SqliteSharingStore

    return SharingService(SqliteSharingStore(context.conn, clock_at(today)), clock_at(today))


def selfhelp_at(context: Context, today: date) -> SelfHelpService:
    """Self-help introductions and the group directory over the context's database, clock on `today`."""
    from dischargeplanner.domain.selfhelp import SelfHelpService
    from dischargeplanner.storage.selfhelp import SqliteSelfHelpStore

    numbers = frozenset(kommune.number for kommune in context.kommuner)
    return SelfHelpService(
        SqliteSelfHelpStore(context.conn, clock_at(today)), lambda: numbers, clock_at(today)
    )


def context_at(context: Context, today: date) -> Context:
    """The same context with every service's clock stopped at noon on `today`."""
    from dataclasses import replace

    return replace(
        context,
        service=service_at(context, today),
        sharing=sharing_at(context, today),
        selfhelp=selfhelp_at(context, today),
        clock=clock_at(today),
        _care=None,
    )


def care_at(context: Context, today: date) -> CareServices:
    """Contacts, meetings, crisis, family and calls over the context's database, clock on `today`."""
    from dischargeplanner.app import care_services

    return care_services(context.conn, clock_at(today))


def documents_at(context: Context, today: date) -> DocumentMaker:
    """Makes documents as on `today` (the date printed in them and the dates they are checked on)."""
    from dischargeplanner.documents.care_text import CareSource
    from dischargeplanner.documents.export import DocumentMaker
    from dischargeplanner.documents.selfhelp_text import SelfHelpSource

    names = {kommune.number: kommune.display_name for kommune in context.kommuner}
    source = SelfHelpSource(selfhelp_at(context, today), context.organisations, names)
    care = care_at(context, today)
    topics = CareSource(care.coordination, care.crisis, care.family, sharing_at(context, today))
    return DocumentMaker(
        service_at(context, today),
        sharing_at(context, today),
        context.sender,
        context.kommune_name,
        source,
        topics,
    )


def demo_ward_at(context: Context, today: date, count: int = 13) -> list[PlanId]:
    """The training ward as it would be made on `today`, so documents made from it are stable."""
    from dischargeplanner.demo import create_demo_ward

    return create_demo_ward(
        service_at(context, today),
        context.settings,
        TEST_USER,
        count,
        sharing=sharing_at(context, today),
        kommune_names={kommune.number: kommune.display_name for kommune in context.kommuner},
        selfhelp=selfhelp_at(context, today),
        care=care_at(context, today),
    )


def open_test_context(data_dir: Path, user: str = TEST_USER) -> Context:
    """The ward in `data_dir`, encrypted, with `user` signed in (made its first administrator when
    the folder is new); the key file uses a cheap scrypt cost."""
    from dischargeplanner.app import open_signed_in
    from dischargeplanner.storage.keyring import TEST_COST

    return open_signed_in(data_dir, user, TEST_PASSWORD, create_as="Test Bruker", cost=TEST_COST)
