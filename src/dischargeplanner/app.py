"""Composition root: paths -> database -> services -> translator -> MainWindow.

Nothing else creates long-lived objects; everything is passed into constructors.
Only what the first window needs is imported before it is shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner import paths
from dischargeplanner.domain.kommuner import load_kommuner
from dischargeplanner.domain.model import Catalogue, Kommune
from dischargeplanner.domain.organisations import load_organisations
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import Organisation
from dischargeplanner.domain.services import PlanService, utc_now
from dischargeplanner.domain.sharing import SharingService
from dischargeplanner.domain.user_service import UserService
from dischargeplanner.domain.users import Role, normal_username
from dischargeplanner.settings import DEMO_DATA, IDLE_LOCK_MINUTES, INSTITUTION, WARD_NAME, WARD_PHONE
from dischargeplanner.sign_in import (
    SignInRefusedError,
    is_set_up,
    key_file,
    set_up_ward,
    sign_in,
)
from dischargeplanner.storage.audit import access_log_service
from dischargeplanner.storage.db import (
    Connector,
    encrypted_connector,
    open_database,
    transaction,
)
from dischargeplanner.storage.keyring import KdfCost
from dischargeplanner.storage.repository import SqlitePlanStore
from dischargeplanner.storage.selfhelp import SqliteSelfHelpStore
from dischargeplanner.storage.settings_store import SettingsStore
from dischargeplanner.storage.sharing import SqliteSharingStore
from dischargeplanner.storage.users import SqliteUserStore

if TYPE_CHECKING:
    from dischargeplanner.care import CareServices
    from dischargeplanner.documents.export import DocumentMaker
    from dischargeplanner.documents.words import Sender
    from dischargeplanner.install_settings import InstallSettings
    from dischargeplanner.ui.workplace import Workplace


def catalogue_loader(data_dir: Path) -> Callable[[], Catalogue]:
    """The ward's own checklist when it has one in the data folder, else the standard one.

    Loaded on first use (creating a plan), not at start-up. A broken ward file
    raises CatalogueError naming the line and the reason; it is never silently replaced.
    """

    @cache
    def load() -> Catalogue:
        from dischargeplanner.domain.catalogue import load_catalogue, standard_catalogue_path  # noqa: PLC0415

        ward_file = paths.ward_catalogue_path(data_dir)
        if ward_file.is_file():
            return load_catalogue(ward_file)
        return load_catalogue(standard_catalogue_path(paths.resources_dir()))

    return load


@cache
def _organisations() -> tuple[Organisation, ...]:
    return load_organisations(paths.organisations_path())


@dataclass
class Context:
    data_dir: Path
    conn: sqlite3.Connection
    service: PlanService
    sharing: SharingService
    selfhelp: SelfHelpService
    settings: SettingsStore
    kommuner: tuple[Kommune, ...]
    user: str
    clock: Callable[[], datetime] = utc_now
    # Kept while the ward is open: an administrator's new users get their copy of it.
    key: bytes = field(default=b"", repr=False)
    # Made on first use: the window shows the ward overview before anyone opens a plan.
    _care: CareServices | None = field(default=None, repr=False)

    def care(self) -> CareServices:
        """Contacts, meetings, crisis plan, family and the follow-up call, over this connection."""
        if self._care is None:
            self._care = care_services(self.conn, self.clock)
        return self._care

    def close(self) -> None:
        self.conn.close()

    def sender(self) -> Sender:
        """The ward as the sender of documents, from the settings (read anew for each document)."""
        from dischargeplanner.documents.words import Sender  # noqa: PLC0415

        return Sender(
            self.settings.get(WARD_NAME), self.settings.get(INSTITUTION), self.settings.get(WARD_PHONE)
        )

    def save_sender(self, sender: Sender) -> None:
        with transaction(self.conn):
            self.settings.set(WARD_NAME, sender.ward)
            self.settings.set(INSTITUTION, sender.institution)
            self.settings.set(WARD_PHONE, sender.phone)

    def organisations(self) -> tuple[Organisation, ...]:
        """The national self-help organisations (read on first use)."""
        return _organisations()

    def kommune_name(self, number: str | None) -> str:
        for kommune in self.kommuner:
            if kommune.number == number:
                return f"{kommune.display_name} ({kommune.number})"
        return "Ikke registrert"

    def documents(self) -> DocumentMaker:
        from dischargeplanner.documents.care_text import CareSource  # noqa: PLC0415
        from dischargeplanner.documents.export import DocumentMaker  # noqa: PLC0415 - not needed at start-up
        from dischargeplanner.documents.selfhelp_text import SelfHelpSource  # noqa: PLC0415

        names = {kommune.number: kommune.display_name for kommune in self.kommuner}
        source = SelfHelpSource(self.selfhelp, self.organisations, names)
        care = self.care()
        topics = CareSource(care.coordination, care.crisis, care.family, self.sharing)
        return DocumentMaker(self.service, self.sharing, self.sender, self.kommune_name, source, topics)


def care_services(conn: sqlite3.Connection, clock: Callable[[], datetime] = utc_now) -> CareServices:
    """Contacts, meetings, crisis, family and the follow-up call over one connection and clock."""
    # Imported here: the ward overview is shown before anyone needs them (about 75 ms).
    from dischargeplanner.care import CareServices  # noqa: PLC0415
    from dischargeplanner.domain.coordination import CoordinationService  # noqa: PLC0415
    from dischargeplanner.domain.crisis import CrisisService  # noqa: PLC0415
    from dischargeplanner.domain.family import FamilyService  # noqa: PLC0415
    from dischargeplanner.domain.follow_up_call import FollowUpCallService  # noqa: PLC0415
    from dischargeplanner.domain.meetings import MeetingService  # noqa: PLC0415
    from dischargeplanner.storage.coordination import SqliteCoordinationStore  # noqa: PLC0415
    from dischargeplanner.storage.crisis import SqliteCrisisStore  # noqa: PLC0415
    from dischargeplanner.storage.family import SqliteFamilyStore  # noqa: PLC0415
    from dischargeplanner.storage.follow_up_call import SqliteFollowUpCallStore  # noqa: PLC0415
    from dischargeplanner.storage.meetings import SqliteMeetingStore  # noqa: PLC0415

    return CareServices(
        coordination=CoordinationService(SqliteCoordinationStore(conn, clock), clock),
        meetings=MeetingService(SqliteMeetingStore(conn, clock), clock),
        crisis=CrisisService(SqliteCrisisStore(conn, clock), clock),
        family=FamilyService(SqliteFamilyStore(conn, clock), clock),
        calls=FollowUpCallService(SqliteFollowUpCallStore(conn, clock), clock),
    )


def open_context(data_dir: Path, user: str, key: bytes, connector: Connector | None = None) -> Context:
    """The ward's encrypted database, opened with its key, for the signed-in `user`.

    `connector` opens the file some other way (tests: a read-only file); it must apply the key itself.
    """
    conn = open_database(paths.database_path(data_dir), connector or encrypted_connector(key))
    kommuner = load_kommuner(paths.kommuner_path())
    numbers = frozenset(kommune.number for kommune in kommuner)
    service = PlanService(SqlitePlanStore(conn), catalogue_loader(data_dir), lambda: numbers)
    sharing = SharingService(SqliteSharingStore(conn))
    selfhelp = SelfHelpService(SqliteSelfHelpStore(conn), lambda: numbers)
    return Context(data_dir, conn, service, sharing, selfhelp, SettingsStore(conn), kommuner, user, key=key)


def open_signed_in(
    data_dir: Path,
    username: str,
    password: str,
    *,
    create_as: str | None = None,
    training: bool = False,
    cost: KdfCost | None = None,
) -> Context:
    """Sign in and open; with `create_as` (a full name), a folder not yet set up gets this
    person as its first administrator. Raises SignInRefusedError or ValidationError."""
    if create_as is not None and not is_set_up(data_dir):
        key, _recovery = set_up_ward(
            data_dir, username, create_as, password, password, cost, training=training
        )
    else:
        key = sign_in(data_dir, username, password, cost=cost)
    return open_context(data_dir, normal_username(username), key)


def user_service(context: Context) -> UserService:
    """Administering logins in an open ward: new users get their copy of the database key."""
    return UserService(SqliteUserStore(context.conn), key_file(context.data_dir), context.key, context.clock)


def log_restore(context: Context, backup_name: str, set_aside: Path | None) -> None:
    """The restored database's log says that it was restored, by whom and from which backup; its
    users are made to agree with the logins, which a restore leaves as they were."""
    from dischargeplanner.domain.model import AuditEntry  # noqa: PLC0415
    from dischargeplanner.domain.users import users_after_restore  # noqa: PLC0415
    from dischargeplanner.storage.backup import users_in  # noqa: PLC0415

    store = SqliteUserStore(context.conn)
    kept = f"; forrige database lagt til side som {set_aside.name}" if set_aside is not None else ""
    store.log(AuditEntry(context.user, "backup.restore", None, backup_name + kept))
    before = users_in(set_aside, context.key) if set_aside is not None else None
    restored = {user.username: user for user in store.users()}
    with_key = key_file(context.data_dir).usernames()
    for user, note in users_after_restore(list(restored.values()), before, with_key):
        audit = AuditEntry(context.user, "user.restore", None, f"{user.username} ({note})")
        if user.username in restored:
            store.save_user(user, audit)
        else:
            store.add_user(user, audit)


def apply_install_settings(context: Context, settings: InstallSettings) -> None:
    """A new ward takes the ward name and idle-lock minutes hospital IT gave at install time."""
    with transaction(context.conn):
        if settings.ward_name:
            context.settings.set(WARD_NAME, settings.ward_name)
        if settings.idle_minutes is not None:
            context.settings.set(IDLE_LOCK_MINUTES, settings.idle_minutes)


def add_administrator(context: Context, username: str, full_name: str, password: str) -> None:
    user_service(context).add_user(username, full_name, Role.ADMINISTRATOR, password, password, context.user)


def workplace_for(
    context: Context, today: Callable[[], date] = date.today, ui_state: Path | None = None
) -> Workplace:
    """What the main window needs from an open context."""
    from dischargeplanner.ui.workplace import Workplace  # noqa: PLC0415 - plain data, but under ui/

    return Workplace(
        service=context.service,
        sharing=context.sharing,
        selfhelp=context.selfhelp,
        care=context.care,
        organisations=context.organisations,
        documents=context.documents,
        sender=context.sender,
        save_sender=context.save_sender,
        user=context.user,
        kommuner=context.kommuner,
        ward_name=context.settings.get(WARD_NAME),
        demo=context.settings.get(DEMO_DATA),
        data_dir=context.data_dir,
        today=today,
        ui_state=ui_state or paths.ui_state_path(),
        access_log=access_log_service(context.conn, context.clock),
    )


def run_gui(
    data_dir: Path, argv: list[str], credentials: tuple[str, str] | None, *, smoke_test: bool = False
) -> int:
    """Sign in (or set up the first administrator), then show the main window; with smoke_test,
    quit with 0 once it has painted. `credentials` (from the environment) skip the dialog."""
    from dischargeplanner.session import Session  # noqa: PLC0415 - the app's own imports first
    from dischargeplanner.ui.application import SignInFlow, run_signed_in  # noqa: PLC0415 - needs Qt
    from dischargeplanner.ui.i18n import chosen_language  # noqa: PLC0415

    session = Session(data_dir)
    if credentials is not None and not is_set_up(data_dir):
        # Set up from the command line (a silent install): the recovery key goes to the terminal.
        recovery = session.set_up(credentials[0], credentials[0], credentials[1], credentials[1])
        print(f"Gjenopprettingsnøkkel (skriv den ned og lås den inn): {recovery}")
    elif credentials is not None and session.attempt(*credentials) is not None:
        raise SignInRefusedError
    flow = SignInFlow(
        is_set_up=is_set_up(data_dir),
        attempt=session.attempt,
        set_up=session.set_up,
        recover=session.recover,
        change_password=session.change_password,
        workplace=lambda: workplace_for(session.opened()),
        full_name=session.full_name,
        verify=session.verify,
        switch=session.switch,
        idle_minutes=lambda: session.opened().settings.get(IDLE_LOCK_MINUTES),
        save_idle_minutes=session.save_idle_minutes,
        is_administrator=session.is_administrator,
        users=session.users,
        backups=session.backups,
        restore_chosen=session.restore_chosen,
        daily_backup=session.daily_backup,
        damage=session.damage,
        restore_newest=session.restore_newest,
        quick_check=session.quick_check,
        signed_in=credentials is not None,
    )
    try:
        language = chosen_language(paths.ui_state_path())
        return run_signed_in(
            argv,
            paths.APP_NAME,
            paths.translations_dir(),
            paths.fonts_dir(),
            flow,
            smoke_test=smoke_test,
            language=language,
        )
    finally:
        session.close()


def report_startup_error(argv: list[str], text: str) -> None:
    """The desktop app could not open its data: say so in a window."""
    from dischargeplanner.ui.application import show_startup_error  # noqa: PLC0415

    show_startup_error(
        argv, paths.APP_NAME, paths.translations_dir(), paths.fonts_dir(), "Utskrivningsplanlegger", text
    )
