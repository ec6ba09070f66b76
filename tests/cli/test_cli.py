"""The command line: demo ward, plan listing, data folder choice, smoke test, checklist files, export."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.cli import PASSWORD_VARIABLE, USER_VARIABLE, main
from dischargeplanner.domain.catalogue import CatalogueError, load_catalogue, standard_catalogue_path
from dischargeplanner.domain.meeting_model import MeetingDetails, MeetingKind, MeetingStatus
from dischargeplanner.domain.meetings import MeetingService
from dischargeplanner.domain.model import (
    AreaKey,
    Catalogue,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentKind,
    ExportChannel,
    ExportRecord,
    Patient,
    PlanDraft,
    PlanId,
    PlanStatus,
    PlanSummary,
    RecipientKind,
    Responsible,
)
from dischargeplanner.storage.meetings import SqliteMeetingStore
from helpers import ROOT, TEST_PASSWORD, TEST_USER, MakeDraft, open_test_context

STANDARD = standard_catalogue_path(ROOT / "resources")
DATE = r"\d{2}\.\d{2}\.\d{4}"
SUBPROCESS_TIMEOUT = 60

# The extra item a ward adds to its own copy of the standard checklist.
WARD_ITEM = """
[[item]]
key = "housing.ward_own_item"
area = "housing"
text = "Avdelingens eget punkt: nøkkel til leiligheten er hentet"
help = ""
timing = "D-2"
required = false
brukerplan = "bolig"
responsible = "ward"
"""


def _sign_in_as_test_user(patch: pytest.MonkeyPatch) -> None:
    patch.setenv(USER_VARIABLE, TEST_USER)
    patch.setenv(PASSWORD_VARIABLE, TEST_PASSWORD)


@pytest.fixture(autouse=True)
def signed_in_as_test_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command signs in as the test user; a new demo folder makes them an administrator too."""
    _sign_in_as_test_user(monkeypatch)


@pytest.fixture(autouse=True)
def _never_the_real_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that forgets --data-dir must not reach the user's real data folder."""
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "from-environment"))


@pytest.fixture(scope="module")
def standard() -> Catalogue:
    return load_catalogue(STANDARD)


def _plans(data_dir: Path) -> list[PlanSummary]:
    context = open_test_context(data_dir)
    try:
        return sorted(context.service.list_plans(tuple(PlanStatus)), key=lambda plan: plan.plan_id)
    finally:
        context.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(paths.DATA_DIR_VARIABLE, None)
    return subprocess.run(
        [sys.executable, "-m", "dischargeplanner", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )


def _replace_line(text: str, startswith: str, new_line: str) -> tuple[str, int]:
    """Replace the first line starting with `startswith`; return the text and that line's number."""
    lines = text.splitlines()
    number = next(index for index, line in enumerate(lines, start=1) if line.startswith(startswith))
    lines[number - 1] = new_line
    return "\n".join(lines) + "\n", number


def _table_rows(output: str) -> tuple[str, list[str]]:
    header, *rows = output.rstrip("\n").splitlines()
    return header, rows


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    return folder


# --- demo and list -------------------------------------------------------------------------------


def test_demo_creates_thirteen_plans_two_of_them_discharged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert "Laget 13 demoplaner" in capsys.readouterr().out
    plans = _plans(folder)
    assert len(plans) == 13
    assert [plan.status for plan in plans].count(PlanStatus.DISCHARGED) == 2
    assert [plan.status for plan in plans].count(PlanStatus.ACTIVE) == 11


def test_list_prints_header_and_the_wards_plans(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--data-dir", str(demo_dir)]) == 0
    header, rows = _table_rows(capsys.readouterr().out)
    assert header.split() == ["id", "navn", "innlagt", "planlagt", "utskrivning", "status"]
    plans = _plans(demo_dir)
    assert len(rows) == len(plans) == 13  # all 13 demo plans, the discharged ones included
    words = {PlanStatus.ACTIVE: "aktiv", PlanStatus.DISCHARGED: "utskrevet"}
    for row, plan in zip(rows, plans, strict=True):
        assert row.startswith(f"{plan.plan_id} ")
        assert plan.patient_name in row
        assert plan.admission.strftime("%d.%m.%Y") in row
        discharge = plan.planned_discharge.strftime("%d.%m.%Y") if plan.planned_discharge else "ikke satt"
        assert re.search(rf"{DATE}\s+{re.escape(discharge)}\s+{words[plan.status]}$", row), row
    assert sum(row.endswith(" utskrevet") for row in rows) == 2


def test_list_hides_archived_plans_unless_all(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    context = open_test_context(demo_dir)
    archived = _plans(demo_dir)[0]
    context.service.set_status(archived.plan_id, PlanStatus.ARCHIVED, TEST_USER)
    context.close()
    assert main(["list", "--data-dir", str(demo_dir)]) == 0
    _, rows = _table_rows(capsys.readouterr().out)
    assert len(rows) == 12
    assert not any(row.startswith(f"{archived.plan_id} ") for row in rows)
    assert main(["list", "--data-dir", str(demo_dir), "--all"]) == 0
    _, rows = _table_rows(capsys.readouterr().out)
    assert len(rows) == 13
    assert any(row.startswith(f"{archived.plan_id} ") and row.endswith(" arkivert") for row in rows)


def test_list_all_includes_the_discharged_plan(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # --data-dir before the command works as well as after it.
    assert main(["--data-dir", str(demo_dir), "list", "--all"]) == 0
    _, rows = _table_rows(capsys.readouterr().out)
    plans = _plans(demo_dir)
    assert len(rows) == 13
    assert [int(row.split()[0]) for row in rows] == [plan.plan_id for plan in plans]
    discharged = [row for row in rows if row.endswith(" utskrevet")]
    ended = [plan for plan in plans if plan.status is PlanStatus.DISCHARGED]
    assert len(discharged) == len(ended) == 2
    for row, plan in zip(discharged, ended, strict=True):
        assert row.startswith(f"{plan.plan_id} ")
        assert plan.patient_name in row
    assert sum(row.endswith(" aktiv") for row in rows) == 11


def test_demo_count_creates_that_many_plans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo30"
    assert main(["demo", "--count", "30", "--data-dir", str(folder)]) == 0
    assert "Laget 30 demoplaner" in capsys.readouterr().out
    assert len(_plans(folder)) == 30


def test_demo_refuses_a_folder_with_real_plans(
    data_dir: Path, plan_id: PlanId, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    assert "ekte planer" in captured.err
    assert captured.out == ""
    assert [plan.plan_id for plan in _plans(data_dir)] == [plan_id]


def test_list_in_a_real_process_prints_norwegian_letters(demo_dir: Path) -> None:
    result = _run("list", "--all", "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    _, rows = _table_rows(result.stdout)
    names = [plan.patient_name for plan in _plans(demo_dir)]
    assert any(set(name) & set("æøåÆØÅ") for name in names)
    for row, name in zip(rows, names, strict=True):
        assert name in row


# --- which data folder ---------------------------------------------------------------------------


def test_environment_variable_names_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "env-folder"
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(folder))
    assert main(["demo", "--count", "2"]) == 0
    assert str(folder) in capsys.readouterr().out
    assert len(_plans(folder)) == 2
    assert main(["list"]) == 0
    _, rows = _table_rows(capsys.readouterr().out)
    assert len(rows) == 2


def test_data_dir_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_env = tmp_path / "env-folder"
    given = tmp_path / "given-folder"
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(from_env))
    assert main(["demo", "--count", "3", "--data-dir", str(given)]) == 0
    assert str(given) in capsys.readouterr().out
    assert len(_plans(given)) == 3
    assert not paths.database_path(from_env).exists()


# --- smoke test ----------------------------------------------------------------------------------


@pytest.mark.parametrize("with_demo", [True, False], ids=["demo-database", "new-folder"])
def test_smoke_test_shows_the_window_and_exits_0(
    tmp_path: Path, with_demo: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "smoke"
    if with_demo:
        assert main(["demo", "--data-dir", str(folder)]) == 0
        capsys.readouterr()
    else:
        assert not folder.exists()
    result = _run("--data-dir", str(folder), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert paths.database_path(folder).is_file()
    assert len(_plans(folder)) == (13 if with_demo else 0)


# --- checklist files -----------------------------------------------------------------------------


def test_check_checklist_accepts_the_shipped_catalogue(
    standard: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-checklist", str(STANDARD)]) == 0
    captured = capsys.readouterr()
    assert standard.title in captured.out
    assert f"{len(standard.items)} punkter" in captured.out
    assert f"{len(standard.areas)} områder" in captured.out
    assert captured.err == ""


@pytest.mark.parametrize(
    ("startswith", "new_line", "reason"),
    [
        ('timing = "A+', 'timing = "X+3"', "tidsregel «X+3»"),
        ('area = "', 'area = "hage"', "ukjent område «hage»"),
    ],
    ids=["bad-timing", "unknown-area"],
)
def test_check_checklist_names_line_and_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], startswith: str, new_line: str, reason: str
) -> None:
    text, line = _replace_line(STANDARD.read_text(encoding="utf-8"), startswith, new_line)
    broken = tmp_path / "sjekkliste.toml"
    broken.write_text(text, encoding="utf-8")
    assert main(["check-checklist", str(broken)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"linje {line}:" in captured.err
    assert reason in captured.err


def test_check_checklist_reports_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-checklist", str(tmp_path / "finnes-ikke.toml")]) == 1
    assert "kan ikke lese filen" in capsys.readouterr().err


def test_ward_checklist_is_used_for_plans_created_afterwards(
    data_dir: Path, standard: Catalogue, make_draft: MakeDraft
) -> None:
    context: Context = open_test_context(data_dir)
    try:
        before_id, _ = context.service.start_plan(make_draft(), TEST_USER)
    finally:
        context.close()
    text = STANDARD.read_text(encoding="utf-8")
    text, _ = _replace_line(text, "version = ", 'version = "avdeling-7"')
    paths.ward_catalogue_path(data_dir).write_text(text + WARD_ITEM, encoding="utf-8")

    context = open_test_context(data_dir)
    try:
        after_id, _ = context.service.start_plan(make_draft(), TEST_USER)
        before = context.service.plan_detail(before_id)
        after = context.service.plan_detail(after_id)
    finally:
        context.close()
    assert after.plan.catalogue_version == "avdeling-7"
    assert len(after.items) == len(standard.items) + 1
    assert "housing.ward_own_item" in {item.key for item in after.items}
    # The plan made earlier keeps the template it was created with.
    assert before.plan.catalogue_version == standard.version
    assert len(before.items) == len(standard.items)
    assert "housing.ward_own_item" not in {item.key for item in before.items}


def test_broken_ward_checklist_stops_start_plan_with_the_line(data_dir: Path, make_draft: MakeDraft) -> None:
    text, line = _replace_line(STANDARD.read_text(encoding="utf-8"), 'timing = "D-', 'timing = "X+3"')
    ward_file = paths.ward_catalogue_path(data_dir)
    ward_file.parent.mkdir(parents=True)
    ward_file.write_text(text, encoding="utf-8")
    context = open_test_context(data_dir)
    try:
        with pytest.raises(CatalogueError) as caught:
            context.service.start_plan(make_draft(), TEST_USER)
        assert context.service.list_plans(tuple(PlanStatus)) == []
    finally:
        context.close()
    assert caught.value.path == ward_file
    assert caught.value.line == line
    assert f"linje {line}:" in str(caught.value)
    assert "X+3" in caught.value.reason


# --- help ----------------------------------------------------------------------------------------


def test_help_exits_0_and_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "list", "check-checklist", "--data-dir", "--smoke-test"):
        assert command in out


def test_a_damaged_database_gets_a_norwegian_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    open_test_context(data_dir).close()  # a ward that is set up: the key file opens it
    database = paths.database_path(data_dir)
    database.write_bytes(b"not a database at all " * 200)
    before = database.read_bytes()
    assert main(["list", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "Databasen kan ikke åpnes" in err
    assert "Traceback" not in err
    assert database.read_bytes() == before  # the damaged file is left exactly as it was


@pytest.mark.parametrize("count", ["0", "-3"])
def test_demo_count_below_one_is_refused_before_anything_is_created(
    tmp_path: Path, count: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--data-dir", str(data_dir), "--count", count])
    assert exit_info.value.code == 2
    assert "må være minst 1" in capsys.readouterr().err
    assert not data_dir.exists()


# --- export --------------------------------------------------------------------------------------

DEMO_PLANS = 13


@pytest.fixture(scope="module")
def export_ward(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[PlanSummary]]:
    """One demo ward for the tests that only read it: made once, its plans in id order."""
    folder = tmp_path_factory.mktemp("export-ward")
    with pytest.MonkeyPatch.context() as patch:
        _sign_in_as_test_user(patch)
        assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder, _plans(folder)


def _pdf_pages(file: Path) -> list[str]:
    data = file.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = [page.extract_text() for page in PdfReader(BytesIO(data)).pages]
    assert len(pages) >= 1
    return pages


def _export(data_dir: Path, plan_id: int, kind: str, out: Path, *extra: str) -> int:
    return main(
        ["export", str(plan_id), "--kind", kind, "--out", str(out), "--data-dir", str(data_dir), *extra]
    )


@pytest.mark.parametrize("index", range(DEMO_PLANS))
def test_export_writes_both_documents_for_every_demo_plan(
    export_ward: tuple[Path, list[PlanSummary]],
    tmp_path: Path,
    index: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, plans = export_ward
    assert len(plans) == DEMO_PLANS
    plan = plans[index]
    for kind in ("kommune", "patient"):
        out = tmp_path / f"{kind}.pdf"
        assert _export(folder, plan.plan_id, kind, out) == 0, capsys.readouterr().err
        captured = capsys.readouterr()
        assert captured.err == ""
        assert f"Skrev {out}" in captured.out
        pages = _pdf_pages(out)
        assert plan.patient_name in pages[0]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kommune.pdf", "patient.pdf"]


def test_export_in_nynorsk_writes_the_handover_and_the_patients_copy_in_nynorsk(
    export_ward: tuple[Path, list[PlanSummary]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, plans = export_ward
    plan = plans[-1]
    for kind, title in (("kommune", "Overføring ved utskriving"), ("patient", "Min plan")):
        out = tmp_path / f"{kind}.pdf"
        assert _export(folder, plan.plan_id, kind, out, "--language", "nn") == 0, capsys.readouterr().err
        text = "".join(_pdf_pages(out))
        assert title in text
        assert "Bustad" in text
    assert _export(folder, plan.plan_id, "kommune", tmp_path / "nb.pdf") == 0
    assert "Overføring ved utskrivning" in "".join(_pdf_pages(tmp_path / "nb.pdf"))
    # Only nb and nn: anything else is refused by the parser, in words, before anything is made.
    with pytest.raises(SystemExit) as refused:
        _export(folder, plan.plan_id, "kommune", tmp_path / "en.pdf", "--language", "en")
    assert refused.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "en.pdf").exists()


def test_export_in_a_real_process_writes_the_handover(
    export_ward: tuple[Path, list[PlanSummary]], tmp_path: Path
) -> None:
    folder, plans = export_ward
    out = tmp_path / "Overføring æøå.pdf"
    result = _run(
        "export", str(plans[-1].plan_id), "--kind", "kommune", "--out", str(out), "--data-dir", str(folder)
    )
    assert result.returncode == 0, result.stderr
    assert "SHA-256" in result.stdout
    _pdf_pages(out)


def test_export_to_an_unknown_recipient_is_refused_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = _plans(demo_dir)[0].plan_id
    out = tmp_path / "ukjent.pdf"
    assert _export(demo_dir, plan_id, "kommune", out, "--recipient", "Ukjent mottaker") == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "ikke noe samtykke for mottakeren «Ukjent mottaker»" in captured.err
    assert "Registrer samtykket i planen under «Samtykke»" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == list(tmp_path.glob(".ukjent*")) == []
    assert _exports(demo_dir, plan_id) == []  # nothing left the program, so nothing is logged


def test_export_of_a_missing_plan_exits_2_with_a_norwegian_message(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ingen.pdf"
    assert _export(demo_dir, 9999, "kommune", out) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "fant ingen plan med id 9999" in captured.err
    assert not out.exists()


@pytest.mark.parametrize("target", ["missing-folder", "existing-folder"])
def test_export_that_cannot_be_written_exits_1_and_leaves_no_temporary_file(
    demo_dir: Path, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = tmp_path / "ut"
    parent.mkdir()
    if target == "missing-folder":  # the temporary file cannot even be made
        out = parent / "finnes-ikke" / "plan.pdf"
    else:  # the temporary file is written, then cannot be renamed onto a folder
        out = parent / "plan.pdf"
        out.mkdir()
    plan_id = _plans(demo_dir)[0].plan_id
    assert _export(demo_dir, plan_id, "kommune", out) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"kunne ikke skrive {out}" in captured.err
    assert "Traceback" not in captured.err
    left = sorted(path.name for path in parent.rglob("*"))
    assert left == ([] if target == "missing-folder" else ["plan.pdf"])
    assert _exports(demo_dir, plan_id) == []


def test_export_is_logged_with_the_files_hash_and_name(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = _plans(demo_dir)[0].plan_id
    out = tmp_path / "overføring.pdf"
    assert _export(demo_dir, plan_id, "kommune", out) == 0
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in capsys.readouterr().out
    [record] = _exports(demo_dir, plan_id)
    assert record.sha256 == digest
    assert record.file_name == out.name
    assert record.plan_id == plan_id
    assert record.kind is DocumentKind.KOMMUNE
    assert record.channel is ExportChannel.PDF


def _exports(data_dir: Path, plan_id: PlanId) -> list[ExportRecord]:
    context = open_test_context(data_dir)
    try:
        return context.sharing.exports(plan_id)
    finally:
        context.close()


# --- export of a meeting's minutes -----------------------------------------------------------------


def _meetings_for(data_dir: Path, *, held: bool) -> tuple[PlanId, list[int]]:
    """A plan with consent and two meetings (an evaluation and a discharge meeting), made today."""
    today = date.today()
    context = open_test_context(data_dir)
    try:
        draft = PlanDraft(
            Patient("Testperson Demo"),
            "0301",
            "Avdeling A",
            "Sosionom Test",
            today - timedelta(days=60),
            today,
        )
        plan_id, _ = context.service.start_plan(draft, TEST_USER)
        consent = Consent(
            ConsentId(0), plan_id, RecipientKind.KOMMUNE, "Oslo kommune", frozenset(AreaKey),
            today - timedelta(days=50), ConsentForm.ORAL, "Sosionom Test",
        )  # fmt: skip
        context.sharing.record_consent(consent, TEST_USER)
        meetings = MeetingService(SqliteMeetingStore(context.conn))
        status = MeetingStatus.HELD if held else MeetingStatus.PLANNED
        ids = []
        for kind, days_ago, minute in (
            (MeetingKind.EVALUATION, 30, "Evalueringen gikk bra."),
            (MeetingKind.DISCHARGE, 20, "Leiligheten er klar."),
        ):
            details = MeetingDetails(kind, today - timedelta(days=days_ago), status=status)
            meeting_id, _ = meetings.add_meeting(plan_id, details, TEST_USER)
            meetings.set_minute(meeting_id, AreaKey.HOUSING, minute, TEST_USER)
            meetings.add_decision(
                meeting_id, AreaKey.HOUSING, f"Vedtak {kind}", Responsible.KOMMUNE, "", None, TEST_USER
            )
            ids.append(meeting_id)
        return plan_id, ids
    finally:
        context.close()


def test_export_meeting_writes_the_latest_held_meetings_minutes(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id, _ids = _meetings_for(data_dir, held=True)
    out = tmp_path / "referat.pdf"
    assert _export(data_dir, plan_id, "meeting", out) == 0, capsys.readouterr().err
    captured = capsys.readouterr()
    assert f"Skrev {out}" in captured.out
    assert "Oslo kommune" in captured.out
    text = " ".join(" ".join(_pdf_pages(out)).split())
    assert "Referat fra utskrivningsmøte" in text
    assert "Leiligheten er klar." in text
    assert "Evalueringen gikk bra." not in text
    assert hashlib.sha256(out.read_bytes()).hexdigest() in captured.out


def test_export_meeting_by_id_and_to_a_named_file_in_the_current_folder(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id, (evaluation, _discharge) = _meetings_for(data_dir, held=False)
    monkeypatch.chdir(tmp_path)
    argv = [
        "export",
        str(plan_id),
        "--kind",
        "meeting",
        "--meeting",
        str(evaluation),
        "--data-dir",
        str(data_dir),
    ]
    assert main(argv) == 0, capsys.readouterr().err
    [written] = list(tmp_path.glob("Referat fra evalueringsmøte Testperson Demo *.pdf"))
    text = " ".join(" ".join(_pdf_pages(written)).split())
    assert "Evalueringen gikk bra." in text
    assert "Planlagt – møtet er ikke markert som holdt" in text


def test_export_meeting_says_in_norwegian_when_there_is_nothing_to_write(
    data_dir: Path, plan_id: PlanId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "referat.pdf"
    assert _export(data_dir, plan_id, "meeting", out) == 2
    captured = capsys.readouterr()
    assert f"plan {plan_id} har ingen møter ennå" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_export_meeting_without_a_held_meeting_asks_for_one_by_id(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id, ids = _meetings_for(data_dir, held=False)
    out = tmp_path / "referat.pdf"
    assert _export(data_dir, plan_id, "meeting", out) == 2
    err = capsys.readouterr().err
    assert "ingen av møtene" in err
    assert "--meeting ID" in err
    assert f"({ids[0]}, {ids[1]})" in err
    assert _export(data_dir, plan_id, "meeting", out, "--meeting", "999") == 2
    assert f"plan {plan_id} har ikke noe møte med id 999" in capsys.readouterr().err
    assert _export(data_dir, 9999, "meeting", out) == 2
    assert "fant ingen plan med id 9999" in capsys.readouterr().err
    assert not out.exists()


def test_export_meeting_without_consent_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id, _ = _meetings_for(data_dir, held=True)
    out = tmp_path / "referat.pdf"
    assert _export(data_dir, plan_id, "meeting", out, "--recipient", "Ukjent mottaker") == 3
    assert "ikke noe samtykke for mottakeren «Ukjent mottaker»" in capsys.readouterr().err
    assert not out.exists()


def test_export_of_a_handover_still_needs_out_and_takes_no_meeting(
    data_dir: Path, plan_id: PlanId, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--out", "x.pdf", "--meeting", "1"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["export", str(plan_id), "--kind", "kommune", "--data-dir", str(data_dir), *extra])
        assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--out" in err
    assert "--meeting gjelder bare --kind meeting" in err


# --- the patient's access log (innsynslogg) ------------------------------------------------------


def test_export_accesslog_lists_the_plans_opens_and_changes(
    data_dir: Path, plan_id: PlanId, context: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dischargeplanner.domain.access_log import AccessQuery
    from dischargeplanner.domain.model import ItemState
    from dischargeplanner.storage.audit import access_log_service

    access = access_log_service(context.conn)
    access.opened(plan_id, "kari")
    item = context.service.plan_detail(plan_id).items[0]
    context.service.set_item_state(item.item_id, ItemState.DONE, "kari")
    out = tmp_path / "innsyn.pdf"

    assert _export(data_dir, plan_id, "accesslog", out) == 0, capsys.readouterr().err

    assert f"Skrev innsynslogg {out}" in capsys.readouterr().out
    text = " ".join(" ".join(_pdf_pages(out)).split())
    assert "Innsynslogg" in text
    assert "3 registreringer: planen er åpnet 1 gang, endret 2 ganger" in text
    assert text.count("Åpnet planen") == 1
    assert text.count("Endret sjekkpunkt") == 1
    assert text.count("Opprettet planen") == 1
    assert "Loggen er hel" in text
    last = access.entries(AccessQuery(plan_id=plan_id))[-1]
    assert (last.action, last.detail.split()[-1]) == ("export.accesslog", "innsyn.pdf")


def test_export_accesslog_of_a_missing_plan_or_without_out_is_refused(
    data_dir: Path, plan_id: PlanId, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "innsyn.pdf"
    assert _export(data_dir, 9999, "accesslog", out) == 2
    assert "fant ingen plan med id 9999" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(plan_id), "--kind", "accesslog", "--data-dir", str(data_dir)])
    assert exit_info.value.code == 2
    assert "--out" in capsys.readouterr().err
