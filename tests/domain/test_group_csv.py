"""The self-help directory as CSV between wards: what Excel gets, what comes back, what is refused."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.group_csv import (
    CSV_COLUMNS,
    CsvProblem,
    CsvRefusedError,
    RowProblem,
    groups_from_csv,
    groups_to_csv,
)
from dischargeplanner.domain.kommuner import load_kommuner
from dischargeplanner.domain.limits import clean_line
from dischargeplanner.domain.model import AuditEntry
from dischargeplanner.domain.organisations import load_organisations
from dischargeplanner.domain.selfhelp import (
    SelfHelpService,
    cleaned_group,
    group_key,
    phone_ok,
    validate_group,
)
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    GroupId,
    LocalGroup,
    MeetingMode,
    MeetingTime,
)
from dischargeplanner.domain.services import StorageError, ValidationError
from dischargeplanner.domain.text import fold
from dischargeplanner.storage.audit import audit_trail
from dischargeplanner.storage.selfhelp import SqliteSelfHelpStore
from helpers import TEST_USER, clock_at, selfhelp_at

TODAY = date(2026, 11, 2)
ORGANISATIONS = load_organisations(paths.organisations_path())
KOMMUNER = load_kommuner(paths.kommuner_path())
KOMMUNE_NUMBERS = frozenset(kommune.number for kommune in KOMMUNER)
KOMMUNE_NAMES = {kommune.number: kommune.display_name for kommune in KOMMUNER}
# Every spelling of a national organisation that import reads back as its key.
ORGANISATION_SPELLINGS = frozenset(
    fold(text) for org in ORGANISATIONS for text in (org.key, org.short_name, org.name)
)
HEADER = ";".join(CSV_COLUMNS)


def group(**overrides: object) -> LocalGroup:
    fields: dict[str, object] = {
        "group_id": GroupId(0),
        "organisation": "aa",
        "name": "Tirsdagsgruppa",
        "kommune_number": "0301",
        "address": "Kirkeveien 1, Oslo",
        "meetings": (MeetingTime(1, time(19)),),
        "verified_on": TODAY - timedelta(days=10),
        "verified_by": "Kari Test",
    }
    fields.update(overrides)
    return LocalGroup(**fields)  # type: ignore[arg-type]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8-sig") -> bytes:
    return "\r\n".join((header, *rows, "")).encode(encoding)


def row(**cells: str) -> str:
    """A data row as Excel writes it (cells quoted where needed): a valid NA group unless overridden."""
    values = dict.fromkeys(CSV_COLUMNS, "")
    values.update(organisasjon="NA", gruppe="Gruppe", kommunenummer="0301", møteform="åpent")
    values.update(for_hvem="pasienter", oppmøte="fysisk", språk="norsk", kun_kvinner="nei")
    values.update(cells)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerow(values.values())
    return out.getvalue().removesuffix("\r\n")


def read(data: bytes) -> list[LocalGroup]:
    return groups_from_csv(data, ORGANISATIONS, KOMMUNE_NUMBERS, TODAY)


def refusal(data: bytes) -> list[tuple[int, str, CsvProblem, str]]:
    with pytest.raises(CsvRefusedError) as refused:
        read(data)
    return [(p.line, p.column, p.problem, p.value) for p in refused.value.problems]


# Round trip ------------------------------------------------------------------

# Text as staff paste it: delimiters, quotes, line breaks, emoji, Norwegian and Sami letters,
# and what Excel would take for a formula.
SPECIAL = ";,\"'\n\r\t =+-@😀æØåđ\u00a0"
characters = st.characters(exclude_categories=["Cs"]) | st.sampled_from(SPECIAL)
texts = st.text(characters, max_size=12)
names = st.text(characters, min_size=1, max_size=12).filter(lambda text: clean_line(text) != "")
free_organisations = names.filter(lambda text: fold(clean_line(text)) not in ORGANISATION_SPELLINGS)
minutes = st.builds(time, st.integers(0, 23), st.integers(0, 59))
typed_phones = st.text("0123456789 ()./-+", min_size=3, max_size=14).filter(phone_ok)
phones = st.sampled_from(["", "12 34 56 78", "+47 12 34 56 78", "22 (12) 34-56", "113"]) | typed_phones


@st.composite
def local_groups(draw: st.DrawFn) -> LocalGroup:
    verified_on = draw(st.none() | st.dates(min_value=date(2000, 1, 1), max_value=TODAY))
    drawn = LocalGroup(
        group_id=GroupId(draw(st.integers(1, 10_000))),
        organisation=draw(st.sampled_from([org.key for org in ORGANISATIONS]) | free_organisations),
        name=draw(names),
        kommune_number=draw(st.none() | st.sampled_from(sorted(KOMMUNE_NUMBERS))),
        address=draw(texts),
        meetings=tuple(
            draw(st.lists(st.builds(MeetingTime, st.integers(0, 6), st.none() | minutes), max_size=3))
        ),
        open_meeting=draw(st.booleans()),
        audience=draw(st.sampled_from(Audience)),
        mode=draw(st.sampled_from(MeetingMode)),
        language=draw(texts),
        women_only=draw(st.booleans()),
        phone=draw(phones),
        note=draw(texts),
        verified_on=verified_on,
        verified_by=draw(names if verified_on else texts),
    )
    assert validate_group(cleaned_group(drawn), TODAY, KOMMUNE_NUMBERS) == []
    return drawn


def meetings_in_total_order(group: LocalGroup) -> LocalGroup:
    # cleaned_group sorts "no time" and 00:00 on the same day as equal, leaving their order to
    # set iteration, which differs between processes (reported as a bug, not fixed here).
    def order(meeting: MeetingTime) -> tuple[int, bool, time]:
        return meeting.weekday, meeting.start is not None, meeting.start or time.min

    return replace(group, meetings=tuple(sorted(group.meetings, key=order)))


@settings(max_examples=200, deadline=None)
@given(st.lists(local_groups(), max_size=2, unique_by=lambda g: group_key(cleaned_group(g))))
def test_every_field_comes_back_from_export_and_import(groups: list[LocalGroup]) -> None:
    data = groups_to_csv(groups, ORGANISATIONS, KOMMUNE_NAMES)
    imported = [meetings_in_total_order(g) for g in read(data)]
    expected = [meetings_in_total_order(replace(cleaned_group(g), group_id=GroupId(0))) for g in groups]
    assert sorted(imported, key=group_key) == sorted(expected, key=group_key)
    # The same directory gives the same file whatever order it was read in.
    assert groups_to_csv(reversed(groups), ORGANISATIONS, KOMMUNE_NAMES) == data


def test_the_file_is_what_norwegian_excel_opens() -> None:
    groups = [
        group(
            group_id=GroupId(2),
            organisation="na",
            name="Håpet",
            kommune_number="5612",
            meetings=(MeetingTime(0, time(19)), MeetingTime(3, time(18, 30)), MeetingTime(5)),
            open_meeting=False,
            audience=Audience.BOTH,
            women_only=True,
            phone="12 34 56 78",
            note='Ta med "Basisteksten"; gratis',
            verified_on=date(2026, 3, 5),
        ),
        group(
            group_id=GroupId(1),
            organisation="Lokal samtalegruppe",
            name="På nett",
            kommune_number=None,
            address="",
            meetings=(),
            mode=MeetingMode.ONLINE,
            language="",
            verified_on=None,
            verified_by="",
        ),
        group(group_id=GroupId(3), name="Fjernet", removed=True),
    ]
    data = groups_to_csv(groups, ORGANISATIONS, KOMMUNE_NAMES)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").split("\r\n") == [
        HEADER,
        'NA;Håpet;5612;Guovdageaidnu – Kautokeino;Kirkeveien 1, Oslo;"mandag 19:00; torsdag 18:30; lørdag";'
        'lukket;begge;fysisk;norsk;ja;12 34 56 78;"Ta med ""Basisteksten""; gratis";05.03.2026;Kari Test',
        "Lokal samtalegruppe;På nett;;;;;åpent;pasienter;nett;;nei;;;;",
        "",
    ]


def test_the_meeting_times_cell_is_quoted_so_excel_keeps_it_in_one_cell() -> None:
    data = groups_to_csv([group(meetings=(MeetingTime(0, time(19)), MeetingTime(3)))], ORGANISATIONS, {})
    assert '"mandag 19:00; torsdag"' in data.decode("utf-8-sig")


def test_cells_excel_would_run_as_formulas_are_written_as_text_and_read_back_whole() -> None:
    risky = group(
        name='=HYPERLINK("http://example.invalid")', phone="+47 12 34 56 78", note="-ikke", language="'"
    )
    data = groups_to_csv([risky], ORGANISATIONS, KOMMUNE_NAMES)
    cells = data.decode("utf-8-sig").split("\r\n")[1]
    assert cells.startswith("AA;\"'=HYPERLINK(")
    assert ";'+47 12 34 56 78;'-ikke;" in cells
    assert read(data) == [risky]


def test_a_hand_written_leading_apostrophe_is_kept() -> None:
    assert [g.name for g in read(csv_bytes(row(gruppe="'Kom som du er'")))] == ["'Kom som du er'"]


# What Excel and other wards write ------------------------------------------


def test_excel_on_windows_cp1252_file_is_read() -> None:
    written = (
        "Al-Anon;Pårørendegruppa Ålesund;1508;Ålesund;Øvre gate 2;Tor 19.00;Åpen;PÅRØRENDE;Fysisk;Norsk;Nei;"
        ";;01.02.2026;Åse"
    )
    (imported,) = read(csv_bytes(written, encoding="cp1252"))
    assert imported == group(
        organisation="al_anon",
        name="Pårørendegruppa Ålesund",
        kommune_number="1508",
        address="Øvre gate 2",
        meetings=(MeetingTime(3, time(19)),),
        audience=Audience.RELATIVES,
        language="Norsk",
        verified_on=date(2026, 2, 1),
        verified_by="Åse",
    )


def test_comma_delimited_file_without_bom_is_read() -> None:
    rows = ['NA,"Onsdag, sentrum",4601,Bergen,,"ons 18:00, lør",åpent,pasienter,fysisk,norsk,nei,,,,']
    (imported,) = read(csv_bytes(*rows, header=",".join(CSV_COLUMNS), encoding="utf-8"))
    assert (imported.organisation, imported.name, imported.kommune_number) == (
        "na",
        "Onsdag, sentrum",
        "4601",
    )
    assert imported.meetings == (MeetingTime(2, time(18)), MeetingTime(5))


def test_columns_in_another_order_with_other_case_and_extra_columns_are_read() -> None:
    header = "Ekstra;KUN KVINNER;For hvem;oppmøte;Møteform;Gruppe;Kommunenummer;Organisasjon;Møtetider"
    (imported,) = read(
        csv_bytes("x;ja;begge;nett;lukket;Kvinnegruppa;301;Anonyme Alkoholikere;søn", header=header)
    )
    assert imported == LocalGroup(
        group_id=GroupId(0),
        organisation="aa",
        name="Kvinnegruppa",
        kommune_number="0301",  # Excel shows 0301 as 301 and saves it so
        meetings=(MeetingTime(6),),
        open_meeting=False,
        audience=Audience.BOTH,
        mode=MeetingMode.ONLINE,
        language="",
        women_only=True,
    )


@pytest.mark.parametrize(
    ("written", "meetings"),
    [
        ("mandag 19:00; torsdag 18:30; lørdag", ((0, time(19)), (3, time(18, 30)), (5, None))),
        ("  MAN 9.05 ,tir kl. 18:00\nSøndag  ", ((0, time(9, 5)), (1, time(18)), (6, None))),
        ("fre.; lördag kl 12.00;", ((4, None), (5, time(12)))),
        ("", ()),
    ],
)
def test_meeting_times_are_read_as_staff_write_them(
    written: str, meetings: tuple[tuple[int, time | None], ...]
) -> None:
    (imported,) = read(csv_bytes(row(møtetider=written)))
    assert imported.meetings == tuple(MeetingTime(day, start) for day, start in meetings)


def test_organisations_are_matched_by_key_short_name_or_name_and_others_kept() -> None:
    spellings = ["aa", "AA", "anonyme  alkoholikere", "al anon", "Lokal gruppe"]
    rows = [row(organisasjon=spelling, gruppe=f"Gruppe {n}") for n, spelling in enumerate(spellings)]
    assert [g.organisation for g in read(csv_bytes(*rows))] == ["aa", "aa", "aa", "al_anon", "Lokal gruppe"]


def test_a_header_only_file_gives_no_groups() -> None:
    assert read(csv_bytes()) == []
    assert read(groups_to_csv([], ORGANISATIONS, KOMMUNE_NAMES)) == []


def test_blank_rows_are_skipped_but_still_counted() -> None:
    rows = [row(gruppe="Én"), ";" * 14, "", row(gruppe="To", møteform="kanskje")]
    assert refusal(csv_bytes(*rows)) == [(5, "møteform", CsvProblem.BAD_CHOICE, "kanskje")]


# Refused files ---------------------------------------------------------------


def test_an_empty_file_or_another_kind_of_file_is_refused() -> None:
    assert refusal(b"") == [(1, "", CsvProblem.EMPTY_FILE, "")]
    assert refusal(b"\xef\xbb\xbf \r\n") == [(1, "", CsvProblem.EMPTY_FILE, "")]
    assert refusal(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x81\x8d") == [
        (1, "", CsvProblem.NOT_CSV, "")
    ]
    assert refusal(b"Navn;Mobil\r\nKari;12 34 56 78\r\n") == [(1, "", CsvProblem.NOT_CSV, "")]


def test_missing_required_and_repeated_columns_are_all_named() -> None:
    header = "organisasjon;gruppe;Gruppe;møtetider;for_hvem"
    assert refusal(csv_bytes(header=header)) == [
        (1, "gruppe", CsvProblem.DUPLICATE_COLUMN, "Gruppe"),
        (1, "kommunenummer", CsvProblem.MISSING_COLUMN, ""),
        (1, "møteform", CsvProblem.MISSING_COLUMN, ""),
        (1, "oppmøte", CsvProblem.MISSING_COLUMN, ""),
        (1, "kun_kvinner", CsvProblem.MISSING_COLUMN, ""),
    ]


def test_rows_with_shifted_columns_are_refused() -> None:
    rows = [row(gruppe="Kuttet").rsplit(";", 3)[0], row(gruppe="Én; to").replace('"', ""), row(), row() + ";"]
    assert refusal(csv_bytes(*rows)) == [
        (2, "", CsvProblem.WRONG_COLUMN_COUNT, "12"),
        (3, "", CsvProblem.WRONG_COLUMN_COUNT, "16"),
        (5, "", CsvProblem.WRONG_COLUMN_COUNT, "16"),
    ]


def test_the_same_group_twice_in_a_file_is_refused_naming_the_first() -> None:
    first = row(organisasjon="AA", gruppe="Tirsdagsgruppa")
    again = row(organisasjon="Anonyme Alkoholikere", gruppe=" TIRSDAGSGRUPPA ", møteform="lukket")
    elsewhere = row(organisasjon="AA", gruppe="Tirsdagsgruppa", kommunenummer="4601")
    with pytest.raises(CsvRefusedError) as refused:
        read(csv_bytes(first, elsewhere, again))
    assert refused.value.problems == (
        RowProblem(4, "gruppe", CsvProblem.DUPLICATE, " TIRSDAGSGRUPPA ", other_line=2),
    )


@pytest.mark.parametrize(
    ("cells", "column", "problem", "value"),
    [
        ({"organisasjon": " "}, "organisasjon", CsvProblem.ORGANISATION_MISSING, " "),
        ({"gruppe": ""}, "gruppe", CsvProblem.NAME_MISSING, ""),
        ({"kommunenummer": "9999"}, "kommunenummer", CsvProblem.UNKNOWN_KOMMUNE, "9999"),
        ({"møtetider": "mandag; fredagskveld"}, "møtetider", CsvProblem.BAD_WEEKDAY, "fredagskveld"),
        ({"møtetider": "mandag 19:00-20:30"}, "møtetider", CsvProblem.BAD_TIME, "mandag 19:00-20:30"),
        ({"møtetider": "søndag 24:00"}, "møtetider", CsvProblem.BAD_TIME, "søndag 24:00"),
        ({"møteform": ""}, "møteform", CsvProblem.BAD_CHOICE, ""),
        ({"for_hvem": "alle"}, "for_hvem", CsvProblem.BAD_CHOICE, "alle"),
        ({"oppmøte": "zoom"}, "oppmøte", CsvProblem.BAD_CHOICE, "zoom"),
        ({"kun_kvinner": "j"}, "kun_kvinner", CsvProblem.BAD_CHOICE, "j"),
        ({"telefon": "ring Kari"}, "telefon", CsvProblem.BAD_PHONE, "ring Kari"),
        ({"sist_kontrollert": "31.02.2026"}, "sist_kontrollert", CsvProblem.BAD_DATE, "31.02.2026"),
        ({"sist_kontrollert": "i fjor"}, "sist_kontrollert", CsvProblem.BAD_DATE, "i fjor"),
        ({"sist_kontrollert": "03.11.2026"}, "sist_kontrollert", CsvProblem.VERIFIED_IN_FUTURE, "03.11.2026"),
        ({"kontrollert_av": " "}, "kontrollert_av", CsvProblem.VERIFIED_BY_MISSING, " "),
    ],
)
def test_each_kind_of_bad_cell_is_named(
    cells: dict[str, str], column: str, problem: CsvProblem, value: str
) -> None:
    verified = {"sist_kontrollert": "02.11.2026", "kontrollert_av": "Kari"}
    assert refusal(csv_bytes(row(**{**verified, **cells}))) == [(2, column, problem, value)]


def test_a_file_with_three_bad_rows_is_refused_whole_and_the_directory_is_unchanged(context: Context) -> None:
    selfhelp = selfhelp_at(context, TODAY)
    existing = selfhelp.add_group(group(), TEST_USER)
    directory, trail = selfhelp.groups(), audit_trail(context.conn)
    data = csv_bytes(
        row(gruppe="Gruppe 1", møtetider="mandag 19:00"),
        row(gruppe="Gruppe 2", adresse="Gate 1\r\nbakgården"),  # two lines in the file, one row in Excel
        row(gruppe="Gruppe 3", kommunenummer="0000"),
        row(gruppe="Gruppe 4", kommune="Oslo"),
        row(gruppe="Gruppe 5", møtetider="mandag 19:00; blåmandag"),
        row(gruppe="Gruppe 6", sist_kontrollert="01.12.2026", kontrollert_av="Kari"),
        row(gruppe="Gruppe 7"),
    )
    with pytest.raises(CsvRefusedError) as refused:
        import_file(selfhelp, data)
    assert [(p.line, p.column, p.problem, p.value) for p in refused.value.problems] == [
        (4, "kommunenummer", CsvProblem.UNKNOWN_KOMMUNE, "0000"),
        (6, "møtetider", CsvProblem.BAD_WEEKDAY, "blåmandag"),
        (7, "sist_kontrollert", CsvProblem.VERIFIED_IN_FUTURE, "01.12.2026"),
    ]
    assert selfhelp.groups() == directory
    assert selfhelp.group(existing) == directory[0]
    assert audit_trail(context.conn) == trail


def import_file(selfhelp: SelfHelpService, data: bytes) -> None:
    """What the import dialog does: read the file, show the preview, import on OK."""
    incoming = groups_from_csv(data, ORGANISATIONS, KOMMUNE_NUMBERS, selfhelp.today())
    selfhelp.preview_import(incoming)
    selfhelp.import_groups(incoming, TEST_USER)


# Importing into a ward's directory ---------------------------------------------


def test_the_preview_shows_what_is_added_changed_and_unchanged(context: Context) -> None:
    selfhelp = selfhelp_at(context, TODAY)
    same = selfhelp.add_group(group(name="Uendret"), TEST_USER)
    moved = selfhelp.add_group(group(name="Flyttet", address="Gamle vei 1"), TEST_USER)
    other_ward = [
        *selfhelp.groups(),
        group(
            group_id=GroupId(90), name="Ny i Bergen", kommune_number="4601", verified_on=None, verified_by=""
        ),
    ]
    other_ward[1] = replace(other_ward[1], address="Nye vei 2", meetings=(MeetingTime(4, time(20)),))
    data = groups_to_csv(other_ward, ORGANISATIONS, KOMMUNE_NAMES)

    preview = selfhelp.preview_import(read(data))

    assert [g.name for g in preview.added] == ["Ny i Bergen"]
    assert preview.changed == ((selfhelp.group(moved), replace(other_ward[1], group_id=moved)),)
    assert preview.unchanged == 1
    assert [g.name for g in selfhelp.groups()] == ["Uendret", "Flyttet"]  # a preview writes nothing

    done = selfhelp.import_groups(read(data), TEST_USER)

    assert done == preview
    assert selfhelp.group(same) == replace(group(name="Uendret"), group_id=same)
    assert selfhelp.group(moved).address == "Nye vei 2"
    assert [g.name for g in selfhelp.groups()] == ["Uendret", "Flyttet", "Ny i Bergen"]
    assert audit_trail(context.conn)[-1].action == "selfhelp.group.import"
    assert audit_trail(context.conn)[-1].detail == "+1 ~1"
    again = selfhelp.preview_import(read(groups_to_csv(selfhelp.groups(), ORGANISATIONS, KOMMUNE_NAMES)))
    assert (again.added, again.changed, again.unchanged) == ((), (), 3)


def test_a_file_the_service_refuses_writes_nothing(context: Context) -> None:
    selfhelp = selfhelp_at(context, TODAY)
    selfhelp.add_group(group(), TEST_USER)
    directory, trail = selfhelp.groups(), audit_trail(context.conn)
    # Read a day later than the service's clock: the service finds the date in the future.
    later = groups_from_csv(
        csv_bytes(row(gruppe="Ny", sist_kontrollert="03.11.2026", kontrollert_av="Kari")),
        ORGANISATIONS,
        KOMMUNE_NUMBERS,
        TODAY + timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        selfhelp.import_groups([*later, group(name="Også ny")], TEST_USER)
    assert selfhelp.groups() == directory
    assert audit_trail(context.conn) == trail


def test_an_import_is_one_transaction(context: Context) -> None:
    store = SqliteSelfHelpStore(context.conn, clock_at(TODAY))
    kept = store.add_group(group(), AuditEntry(TEST_USER, "selfhelp.group.add", None))
    directory, trail = store.groups(), audit_trail(context.conn)
    changed = replace(store.group(kept), address="Ny adresse")
    # The last new entry breaks a rule of the table, after the others have been written.
    added = [group(name="Første ny"), group(name="Andre ny"), group(name="  ")]
    with pytest.raises(StorageError):
        store.import_groups(added, [changed], AuditEntry(TEST_USER, "selfhelp.group.import", None))
    assert store.groups() == directory
    assert audit_trail(context.conn) == trail
    assert context.conn.execute("SELECT COUNT(*) FROM selfhelp_group").fetchone()[0] == 1
    assert not context.conn.in_transaction


def test_an_import_of_many_groups_writes_one_audit_row(context: Context) -> None:
    selfhelp = selfhelp_at(context, TODAY)
    before = len(audit_trail(context.conn))
    incoming = [group(name=f"Gruppe {number}") for number in range(20)]
    selfhelp.import_groups(incoming, TEST_USER)
    assert len(selfhelp.groups()) == 20
    assert [record.action for record in audit_trail(context.conn)[before:]] == ["selfhelp.group.import"]
