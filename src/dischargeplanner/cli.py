"""Command line: no sub-command starts the desktop app; `demo`, `list`, `export`, `check`, `backup`,
`restore` and `check-checklist` help."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dischargeplanner import paths

USER_VARIABLE = "DISCHARGEPLANNER_USER"
PASSWORD_VARIABLE = "DISCHARGEPLANNER_PASSWORD"
DEMO_USER = "demo"
DEMO_PASSWORD = "demo"

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.meeting_model import Meeting


def _parser() -> argparse.ArgumentParser:
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder holding the database (default: ${paths.DATA_DIR_VARIABLE} or the user's data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="dischargeplanner",
        description="Discharge planning for inpatient addiction treatment. No command: the desktop app.",
        parents=[data_dir],
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="show the main window with its data, exit 0 once painted"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", parents=[data_dir], help="create a training ward with synthetic patients"
    )
    demo.add_argument("--count", type=_positive, default=13, help="number of synthetic plans (default 13)")
    listing = commands.add_parser(
        "list", parents=[data_dir], help="print active and discharged plans as a table"
    )
    listing.add_argument("--all", action="store_true", help="include archived plans too")
    export = commands.add_parser(
        "export",
        parents=[data_dir],
        help="write a plan's handover (kommune), the patient's copy, a meeting's minutes or the plan's "
        "access log for the patient (accesslog, innsynslogg) as PDF",
    )
    export.add_argument("plan_id", type=int, metavar="PLAN_ID")
    export.add_argument("--kind", choices=("kommune", "patient", "meeting", "accesslog"), required=True)
    export.add_argument(
        "--recipient",
        metavar="NAME",
        help="who the handover is for, as named in the consent (default: the plan's kommune recipient)",
    )
    export.add_argument(
        "--language",
        choices=("nb", "nn"),
        help="write in Bokmål (nb) or Nynorsk (nn) (default: as the recipient's consent says; "
        "the patient's copy: nb)",
    )
    export.add_argument(
        "--meeting", type=int, metavar="ID", help="which meeting's minutes (default: the latest held one)"
    )
    export.add_argument(
        "--out", type=Path, metavar="FILE", help="the PDF to write (minutes: default a named file here)"
    )
    health = commands.add_parser(
        "check",
        parents=[data_dir],
        help="check the database for damage (read only); exit 0 healthy, 3 damaged, 5 locked or missing",
    )
    health.add_argument("--full", action="store_true", help="integrity_check instead of quick_check (slower)")
    commands.add_parser(
        "backup", parents=[data_dir], help="take a backup of the ward's database now (encrypted like it)"
    )
    restore = commands.add_parser(
        "restore",
        parents=[data_dir],
        help="put a backup in place of the database; the current one is set aside, never deleted",
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help="the backup (in the data folder's sikkerhetskopier)"
    )
    check = commands.add_parser("check-checklist", help="check a ward's checklist file before it is used")
    check.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "export" and args.kind != "meeting":
        if args.out is None:
            parser.error("the following arguments are required: --out")
        if args.meeting is not None:
            parser.error("--meeting gjelder bare --kind meeting")
    if args.command == "check-checklist":
        return _check_checklist(args.file)
    data_dir = paths.resolve_data_dir(getattr(args, "data_dir", None))
    if (refused := _network_share(data_dir, gui=args.command is None and not args.smoke_test)) is not None:
        return refused
    if args.command is None:
        return _window(data_dir, smoke_test=args.smoke_test)
    if args.command == "restore":
        return _restore(data_dir, args.file)
    if args.command == "check":
        return _check(data_dir, full=args.full)
    context = _command_context(data_dir, args.command)
    if isinstance(context, int):
        return context
    try:
        return _command(context, args)
    finally:
        context.close()


def _window(data_dir: Path, *, smoke_test: bool) -> int:
    from dischargeplanner.app import run_gui  # noqa: PLC0415 - keeps --help instant
    from dischargeplanner.storage.db import DatabaseError  # noqa: PLC0415
    from dischargeplanner.storage.keyring import KeyFileError  # noqa: PLC0415

    try:
        return run_gui(data_dir, [sys.argv[0]], _given_credentials(), smoke_test=smoke_test)
    except (DatabaseError, KeyFileError) as error:
        return _cannot_open(error, gui=not smoke_test)


def _command_context(data_dir: Path, command: str) -> Context | int:
    """The ward opened for a command, or the exit code after saying why it could not be."""
    from dischargeplanner.sign_in import SignInRefusedError  # noqa: PLC0415
    from dischargeplanner.storage.db import DatabaseError  # noqa: PLC0415
    from dischargeplanner.storage.keyring import KeyFileError  # noqa: PLC0415

    try:
        return _open_for_command(data_dir, command)
    except (DatabaseError, KeyFileError) as error:
        return _cannot_open(error, gui=False)
    except SignInRefusedError as error:
        print(f"dischargeplanner: kan ikke logge inn: {error}", file=sys.stderr)
    except NotSetUpError as error:
        print(f"dischargeplanner: {error}", file=sys.stderr)
    return 4


def _command(context: Context, args: argparse.Namespace) -> int:
    if args.command == "demo":
        return _demo(context, args.count)
    if args.command == "list":
        return _list(context, show_all=args.all)
    if args.command == "backup":
        return _backup(context)
    if args.kind == "accesslog":
        return _export_access_log(context, args.plan_id, args.out)
    if args.kind == "meeting":
        return _export_minutes(context, args.plan_id, args.meeting, args.recipient, args.out, args.language)
    return _export(context, args.plan_id, args.kind, args.recipient, args.out, args.language)


class NotSetUpError(Exception):
    """The folder has no administrator yet: that is done in the window, not here."""


def _given_credentials() -> tuple[str, str] | None:
    """DISCHARGEPLANNER_USER and DISCHARGEPLANNER_PASSWORD, when both are set."""
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    return (user, password) if user and password is not None else None


def _open_demo(data_dir: Path, given: tuple[str, str] | None) -> Context:
    """A new training ward's administrator is demo/demo (it holds only synthetic patients); whoever
    runs the command with their own name and password set gets an administrator account too."""
    from dischargeplanner.app import add_administrator, open_signed_in  # noqa: PLC0415
    from dischargeplanner.domain.users import normal_username  # noqa: PLC0415
    from dischargeplanner.sign_in import is_set_up  # noqa: PLC0415

    if is_set_up(data_dir):
        return open_signed_in(data_dir, *(given or (DEMO_USER, DEMO_PASSWORD)))
    context = open_signed_in(
        data_dir, DEMO_USER, DEMO_PASSWORD, create_as="Demo Administrator", training=True
    )
    if given is not None and normal_username(given[0]) != DEMO_USER:
        add_administrator(context, given[0], given[0], given[1])
        context = replace(context, user=normal_username(given[0]))
    return context


def _open_for_command(data_dir: Path, command: str) -> Context:
    from dischargeplanner.app import open_signed_in  # noqa: PLC0415

    given = _given_credentials()
    if command == "demo":
        return _open_demo(data_dir, given)
    return open_signed_in(data_dir, *_credentials(data_dir, given))


def _credentials(data_dir: Path, given: tuple[str, str] | None) -> tuple[str, str]:
    """Who runs a command on a set-up folder: from the environment, else asked in the terminal."""
    from dischargeplanner.sign_in import is_set_up  # noqa: PLC0415

    if not is_set_up(data_dir):
        raise NotSetUpError(
            f"datamappen {data_dir} er ikke satt opp ennå. "
            "Start programmet og lag den første administratoren."
        )
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise NotSetUpError(f"sett {USER_VARIABLE} og {PASSWORD_VARIABLE}, eller kjør fra en terminal")
    return input("Brukernavn: "), getpass.getpass("Passord: ")


def _cannot_open(error: Exception, *, gui: bool) -> int:
    text = (
        "Databasen kan ikke åpnes. Filen er skadet, eller den er ikke en database "
        f"for utskrivningsplanleggeren.\n\n{error}\n\nIngenting er endret i filen."
    )
    print(f"dischargeplanner: {text}", file=sys.stderr)
    if gui:
        from dischargeplanner.app import report_startup_error  # noqa: PLC0415

        report_startup_error([sys.argv[0]], text)
    return 1


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("må være minst 1")
    return value


def _demo(context: Context, count: int) -> int:
    from dischargeplanner.demo import DemoRefusedError, create_demo_ward_for  # noqa: PLC0415
    from dischargeplanner.storage.db import relaxed_durability  # noqa: PLC0415

    try:
        with relaxed_durability(context.conn):
            plan_ids = create_demo_ward_for(context, count)
    except DemoRefusedError as error:
        print(f"dischargeplanner demo: {error}", file=sys.stderr)
        return 2
    print(f"Laget {len(plan_ids)} demoplaner (syntetiske pasienter) i {context.data_dir}")
    return 0


def _list(context: Context, *, show_all: bool) -> int:
    from dischargeplanner.domain.model import PlanStatus  # noqa: PLC0415

    # The ward's plans: active and discharged; archived ones only when asked for.
    statuses = tuple(PlanStatus) if show_all else (PlanStatus.ACTIVE, PlanStatus.DISCHARGED)
    plans = sorted(context.service.list_plans(statuses), key=lambda plan: plan.plan_id)
    rows = [("id", "navn", "innlagt", "planlagt utskrivning", "status")]
    rows += [
        (
            str(plan.plan_id),
            plan.patient_name,
            plan.admission.strftime("%d.%m.%Y"),
            plan.planned_discharge.strftime("%d.%m.%Y") if plan.planned_discharge else "ikke satt",
            _STATUS_WORDS[plan.status],
        )
        for plan in plans
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def _export(
    context: Context, plan_id: int, kind: str, recipient: str | None, out: Path, language: str | None
) -> int:
    from dischargeplanner.documents.words import refusal_text  # noqa: PLC0415
    from dischargeplanner.domain.model import DocumentKind, DocumentLanguage, PlanId  # noqa: PLC0415
    from dischargeplanner.domain.services import NotFoundError  # noqa: PLC0415
    from dischargeplanner.domain.sharing import ConsentRefusedError  # noqa: PLC0415

    maker = context.documents()
    try:
        written = DocumentLanguage(language) if language else None
        made = maker.make(PlanId(plan_id), DocumentKind(kind), recipient, context.user, written)
        record = maker.save(made, out, context.user)
    except NotFoundError:
        print(f"dischargeplanner export: fant ingen plan med id {plan_id}", file=sys.stderr)
        return 2
    except ConsentRefusedError as refused:
        print(
            f"dischargeplanner export: {refusal_text(refused.reason, refused.recipient, refused.day)}",
            file=sys.stderr,
        )
        return 3
    except OSError as error:
        print(f"dischargeplanner export: kunne ikke skrive {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Skrev {out} ({len(made.pdf) // 1024} kB) til {record.recipient}; SHA-256 {record.sha256}")
    return 0


def _export_minutes(
    context: Context,
    plan_id: int,
    meeting_id: int | None,
    recipient: str | None,
    out: Path | None,
    language: str | None,
) -> int:
    from dischargeplanner.documents.words import refusal_text  # noqa: PLC0415
    from dischargeplanner.domain.meeting_model import MeetingId  # noqa: PLC0415
    from dischargeplanner.domain.model import DocumentLanguage, PlanId  # noqa: PLC0415
    from dischargeplanner.domain.services import NotFoundError  # noqa: PLC0415
    from dischargeplanner.domain.sharing import ConsentRefusedError  # noqa: PLC0415

    meetings = context.care().meetings
    try:
        context.service.plan_detail(PlanId(plan_id))
    except NotFoundError:
        print(f"dischargeplanner export: fant ingen plan med id {plan_id}", file=sys.stderr)
        return 2
    chosen = _chosen_meeting(meetings.meetings(PlanId(plan_id)), meeting_id, plan_id)
    if isinstance(chosen, str):
        print(f"dischargeplanner export: {chosen}", file=sys.stderr)
        return 2
    maker = context.documents()
    try:
        written = DocumentLanguage(language) if language else None
        made = maker.make_minutes(meetings, MeetingId(chosen), recipient, context.user, written)
    except ConsentRefusedError as refused:
        print(
            f"dischargeplanner export: {refusal_text(refused.reason, refused.recipient, refused.day)}",
            file=sys.stderr,
        )
        return 3
    target = out or Path(made.file_name)
    try:
        maker.save_minutes(meetings, made, target, context.user)
    except OSError as error:
        print(
            f"dischargeplanner export: kunne ikke skrive {target}: {error.strerror or error}", file=sys.stderr
        )
        return 1
    print(f"Skrev {target} ({len(made.pdf) // 1024} kB) til {made.recipient}; SHA-256 {made.sha256}")
    return 0


def _export_access_log(context: Context, plan_id: int, out: Path) -> int:
    from dischargeplanner.domain.model import PlanId  # noqa: PLC0415
    from dischargeplanner.domain.services import NotFoundError  # noqa: PLC0415
    from dischargeplanner.storage.audit import access_log_service  # noqa: PLC0415

    access = access_log_service(context.conn, context.clock)
    maker = context.documents()
    try:
        made = maker.make_access_extract(access, PlanId(plan_id), context.user)
        maker.save_access_extract(access, made, out, context.user)
    except NotFoundError:
        print(f"dischargeplanner export: fant ingen plan med id {plan_id}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"dischargeplanner export: kunne ikke skrive {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"Skrev innsynslogg {out} ({len(made.pdf) // 1024} kB); SHA-256 {made.sha256}")
    if not made.chain.ok:
        print(
            f"dischargeplanner export: advarsel: loggen er brutt ved rad {made.chain.broken_at}",
            file=sys.stderr,
        )
    return 0


def _chosen_meeting(meetings: Sequence[Meeting], meeting_id: int | None, plan_id: int) -> int | str:
    """The meeting's id, or why there is none to write minutes from (in Norwegian)."""
    if meeting_id is not None:
        if any(meeting.meeting_id == meeting_id for meeting in meetings):
            return meeting_id
        return f"plan {plan_id} har ikke noe møte med id {meeting_id}"
    if not meetings:
        return f"plan {plan_id} har ingen møter ennå, så det finnes ikke noe referat å skrive ut"
    held = [meeting for meeting in meetings if meeting.held]
    if not held:
        ids = ", ".join(str(meeting.meeting_id) for meeting in meetings)
        return (
            f"ingen av møtene i plan {plan_id} er markert som holdt; "
            f"velg et planlagt møte med --meeting ID ({ids})"
        )
    return held[-1].meeting_id


_STATUS_WORDS = {"active": "aktiv", "discharged": "utskrevet", "archived": "arkivert"}


def _check_checklist(file: Path) -> int:
    from dischargeplanner.domain.catalogue import CatalogueError, load_catalogue  # noqa: PLC0415

    try:
        catalogue = load_catalogue(file)
    except CatalogueError as error:
        print(f"Sjekklisten kan ikke brukes: {error}", file=sys.stderr)
        return 1
    print(
        f"{file}: «{catalogue.title}» versjon {catalogue.version}, "
        f"{len(catalogue.areas)} områder, {len(catalogue.items)} punkter – i orden."
    )
    return 0


def _backup(context: Context) -> int:
    from dischargeplanner.domain.services import StorageError  # noqa: PLC0415
    from dischargeplanner.storage.backup import take_backup  # noqa: PLC0415

    try:
        folder = paths.backup_dir(context.data_dir)
        info, removed = take_backup(context.conn, folder, context.clock(), context.key)
    except StorageError as error:
        print(f"dischargeplanner backup: {error}", file=sys.stderr)
        return 1
    print(f"Sikkerhetskopi tatt: {info.path} ({info.plan_count} planer)")
    if removed:
        print(f"Fjernet {len(removed)} eldre sikkerhetskopier (de 14 nyeste og én per måned beholdes)")
    return 0


def _network_share(data_dir: Path, *, gui: bool) -> int | None:
    """SQLite's locking is not safe on a network share: refuse such a data folder, saying why."""
    from dischargeplanner.storage.location import network_share_problem  # noqa: PLC0415

    problem = network_share_problem(data_dir)
    if problem is None:
        return None
    print(f"dischargeplanner: {problem}", file=sys.stderr)
    if gui:
        from dischargeplanner.app import report_startup_error  # noqa: PLC0415

        report_startup_error([sys.argv[0]], problem)
    return 6


def _key_only(data_dir: Path, command: str) -> tuple[str, bytes] | int:
    """Signed in through the key file alone (the database itself may be the damaged one)."""
    from dischargeplanner.sign_in import SignInRefusedError, sign_in  # noqa: PLC0415
    from dischargeplanner.storage.keyring import KeyFileError  # noqa: PLC0415

    try:
        username, password = _credentials(data_dir, _given_credentials())
        return username, sign_in(data_dir, username, password)
    except SignInRefusedError as error:
        print(f"dischargeplanner {command}: kan ikke logge inn: {error}", file=sys.stderr)
    except (NotSetUpError, KeyFileError) as error:
        print(f"dischargeplanner {command}: {error}", file=sys.stderr)
    return 4


def _check(data_dir: Path, *, full: bool) -> int:
    from dischargeplanner.storage.health import Damage, check_database, describe  # noqa: PLC0415

    signed_in = _key_only(data_dir, "check")
    if isinstance(signed_in, int):
        return signed_in
    health = check_database(paths.database_path(data_dir), signed_in[1], full=full)
    print(describe(health))
    if health.ok:
        return 0
    return 5 if health.damage in (Damage.LOCKED, Damage.MISSING) else 3


def _restore(data_dir: Path, backup: Path) -> int:
    """Only the key is needed, not an open database: the current one may be the damaged one."""
    from dischargeplanner.domain.services import StorageError, utc_now  # noqa: PLC0415
    from dischargeplanner.storage.backup import restore_backup  # noqa: PLC0415

    signed_in = _key_only(data_dir, "restore")
    if isinstance(signed_in, int):
        return signed_in
    username, key = signed_in
    try:
        aside = restore_backup(backup, paths.database_path(data_dir), key, utc_now())
    except (StorageError, OSError) as error:
        print(
            f"dischargeplanner restore: ikke gjenopprettet: {error}. Databasen er som før.", file=sys.stderr
        )
        return 1
    _log_restore(data_dir, username, key, backup, aside)
    print(f"Gjenopprettet fra {backup}.")
    if aside is not None:
        print(f"Databasen fra før er lagt til side (ikke slettet): {aside}")
    return 0


def _log_restore(data_dir: Path, username: str, key: bytes, backup: Path, aside: Path | None) -> None:
    from dischargeplanner.app import log_restore, open_context  # noqa: PLC0415
    from dischargeplanner.domain.users import normal_username  # noqa: PLC0415

    context = open_context(data_dir, normal_username(username), key)
    try:
        log_restore(context, backup.name, aside)
    finally:
        context.close()
