"""The self-help group directory: adding, filtering, stale entries, removing, and CSV both ways."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.selfhelp import SelfHelpService
from dischargeplanner.domain.selfhelp_model import (
    Audience,
    GroupId,
    LocalGroup,
    MeetingMode,
    MeetingTime,
)
from dischargeplanner.ui.dialogs.group_dialog import GroupDialog
from dischargeplanner.ui.dialogs.group_import_dialog import (
    CsvLocation,
    ImportPreviewDialog,
    RefusalDialog,
)
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.group_directory import GroupDirectoryView
from dischargeplanner.ui.messages import Messages, StandardButton
from dischargeplanner.ui.models.group_model import COL_NAME, COL_VERIFIED, STALE_ROLE, GroupModel
from dischargeplanner.ui.selfhelp_texts import stale_text, stale_tooltip
from helpers import TEST_USER, open_test_context, selfhelp_at

# A fixed day keeps month ends out of the tests; 7 months before it is stale, 2 months is not.
TODAY = date(2026, 3, 10)
SEVEN_MONTHS_AGO = date(2025, 8, 10)
RECENTLY = date(2026, 1, 10)

D = TypeVar("D", bound=QDialog)


def _text(context: str, source: str, n: int = -1) -> str:
    # Whatever language is installed: Bokmål once the .qm has these strings, English until then.
    return QCoreApplication.translate(context, source, None, n)


def _group(name: str, **fields: object) -> LocalGroup:
    values: dict[str, object] = {
        "organisation": "aa",
        "kommune_number": "0301",
        "meetings": (MeetingTime(1, time(19)),),
        "verified_on": RECENTLY,
        "verified_by": "Kari",
    }
    values.update(fields)
    return LocalGroup(GroupId(0), name=name, **values)  # type: ignore[arg-type]


WARD_GROUPS = (
    _group("Tirsdagsgruppen Sentrum", address="Kirkegata 5"),
    _group("Søndagsgruppen", meetings=(MeetingTime(6, time(18)), MeetingTime(3, None))),
    _group(
        "NA Bergen sentrum", organisation="na", kommune_number="4601", meetings=(MeetingTime(0, time(19)),)
    ),
    _group("Al-Anon Tromsø", organisation="al_anon", kommune_number="5501", audience=Audience.RELATIVES),
    _group(
        "Familieklubben Drammen",
        organisation="familieklubbene",
        kommune_number="3301",
        audience=Audience.BOTH,
    ),
    _group(
        "Samtalegruppe", organisation="Blå Kors", kommune_number="5001", meetings=(MeetingTime(3, time(18)),)
    ),
    _group("NA på nett", organisation="na", kommune_number=None, mode=MeetingMode.ONLINE),
    _group("Gamle gruppen", kommune_number="1103", verified_on=SEVEN_MONTHS_AGO),
)


# Fixtures and helpers ------------------------------------------------------------


@pytest.fixture
def selfhelp(context: Context) -> SelfHelpService:
    return selfhelp_at(context, TODAY)


@pytest.fixture
def files() -> Iterator[list[Path | None]]:
    """The CSV file dialogs are answered from this list (None = cancelled)."""
    CsvLocation.prepared_answers = []
    yield CsvLocation.prepared_answers
    CsvLocation.prepared_answers = None


MakeView = Callable[[Context, SelfHelpService], GroupDirectoryView]


@pytest.fixture
def make_view(qtbot: QtBot, bokmal: object, answers: object, files: object) -> MakeView:
    def make(context: Context, selfhelp: SelfHelpService) -> GroupDirectoryView:
        view = GroupDirectoryView(selfhelp, context.organisations, context.kommuner, TEST_USER, lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1280, 760)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        return view

    return make


@pytest.fixture
def view(context: Context, selfhelp: SelfHelpService, make_view: MakeView) -> GroupDirectoryView:
    return make_view(context, selfhelp)


@pytest.fixture
def ward(selfhelp: SelfHelpService, view: GroupDirectoryView) -> GroupDirectoryView:
    """The view over a directory of eight groups, one of them not verified for seven months."""
    for group in WARD_GROUPS:
        selfhelp.add_group(group, TEST_USER)
    view.refresh()
    return view


def _answer_with(
    monkeypatch: pytest.MonkeyPatch, kind: type[D], qtbot: QtBot, fill: Callable[[D], None]
) -> list[D]:
    """exec() shows the real dialog, lets `fill` use it and returns its result; the dialogs are kept."""
    shown: list[D] = []

    def exec_(dialog: D) -> int:
        # Not given to qtbot: every dialog here has the view as parent (and some delete themselves).
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        shown.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(kind, "exec", exec_)
    return shown


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key) -> None:
    QTest.keyClick(_focus(), key)


def _type(text: str) -> None:
    QTest.keyClicks(_focus(), text)


def _mnemonic(text: str) -> Qt.Key:
    """The Alt key of a button, read from its text so the test holds in English and Bokmål."""
    return Qt.Key(ord(text[text.index("&") + 1].upper()))


def _label_for(dialog: QDialog, buddy: QWidget) -> QLabel:
    return next(label for label in dialog.findChildren(QLabel) if label.buddy() is buddy)


def _names(view: GroupDirectoryView) -> list[str]:
    return [view.model.group_at(row).name for row in range(view.model.rowCount())]


def _count_text(shown: int, total: int) -> str:
    if shown == total:
        return _text("GroupDirectoryView", "%n group(s)", total)
    return _text("GroupDirectoryView", "%1 of %n groups", total).replace("%1", str(shown))


def _choose(combo_name: str, view: GroupDirectoryView, data: object) -> None:
    combo = getattr(view, combo_name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _select(view: GroupDirectoryView, name: str) -> None:
    row = _names(view).index(name)
    view.table.setCurrentIndex(view.model.index(row, 0))


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def _export(view: GroupDirectoryView, files: list[Path | None], path: Path) -> None:
    files.append(path)
    view.export_button.click()
    assert path.exists()


def _without_ids(groups: list[LocalGroup]) -> list[LocalGroup]:
    return sorted((replace(group, group_id=GroupId(0)) for group in groups), key=lambda g: g.name)


# The model -----------------------------------------------------------------------


def test_group_model_passes_the_model_tester(context: Context, qtmodeltester: object, bokmal: object) -> None:
    groups = [replace(group, group_id=GroupId(number)) for number, group in enumerate(WARD_GROUPS, 1)]
    model = GroupModel(context.organisations, lambda number: number, lambda: TODAY)
    model.set_groups(groups)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(COL_VERIFIED, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# Empty, adding, keyboard -----------------------------------------------------------


def test_an_empty_directory_says_what_it_is_for_and_how_to_fill_it(view: GroupDirectoryView) -> None:
    assert not view.table.isVisible()
    assert not view.filters.isVisible()
    assert view.welcome.isVisible()
    assert view.welcome_new.isVisible()
    assert view.welcome_import.isVisible()


def test_a_group_is_added_through_the_dialog_with_the_keyboard(
    view: GroupDirectoryView, selfhelp: SelfHelpService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: GroupDialog) -> None:
        assert dialog.windowTitle() == _text("GroupDialog", "New group")
        assert _focus() is dialog.organisation
        assert not dialog.ok_button.isEnabled()
        assert not any(
            label.isVisible() for label in dialog.findChildren(QLabel) if "Error" in label.objectName()
        )
        _type("NA")
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.name
        _type("Tirsdagsgruppen Sentrum")
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.kommune
        _type("0301")
        popup = dialog.kommune.completer().popup()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        # Offscreen, the closed popup stays the active window until the dialog is activated again.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert dialog.kommune.kommune() is not None
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.address
        _type("Kirkegata 5")
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.days.days[0]  # Monday; its time is skipped while unticked
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.days.days[1]
        _press(Qt.Key.Key_Space)
        _press(Qt.Key.Key_Tab)
        assert _focus() is dialog.days.times[1]
        _type("19.30")
        QTest.keyClick(dialog, _mnemonic(dialog.today_button.text()), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.verified.isChecked, timeout=1000)  # a mnemonic clicks after a moment
        assert dialog.ok_button.isEnabled()
        QTest.keyClick(
            dialog, _mnemonic(_label_for(dialog, dialog.phone).text()), Qt.KeyboardModifier.AltModifier
        )
        assert _focus() is dialog.phone
        _type("22 33 44 55")
        _press(Qt.Key.Key_Return)

    _answer_with(monkeypatch, GroupDialog, qtbot, fill)
    view.welcome_new.click()

    (group,) = selfhelp.groups()
    assert group == LocalGroup(
        group.group_id,
        "na",
        "Tirsdagsgruppen Sentrum",
        "0301",
        address="Kirkegata 5",
        meetings=(MeetingTime(1, time(19, 30)),),
        phone="22 33 44 55",
        verified_on=TODAY,
        verified_by=TEST_USER,
    )
    assert view.table.isVisible()
    assert _names(view) == ["Tirsdagsgruppen Sentrum"]
    assert view.current() == group


def test_a_group_already_in_the_directory_is_pointed_out_while_typing(
    ward: GroupDirectoryView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: GroupDialog) -> None:
        QTest.keyClicks(dialog.organisation.lineEdit(), "AA")
        dialog.kommune.set_kommune(next(k for k in ward._kommuner if k.number == "0301"))
        QTest.keyClicks(dialog.name, "Tirsdagsgruppen  sentrum")
        error = dialog.findChild(QLabel, "groupNameError")
        assert error is not None
        assert error.isVisible()
        assert error.text() == _text(
            "Texts", "The directory already has a group with this organisation, name and municipality."
        )
        assert not dialog.ok_button.isEnabled()
        QTest.keyClicks(dialog.name, " 2")
        assert dialog.ok_button.isEnabled()
        dialog.reject()

    shown = _answer_with(monkeypatch, GroupDialog, qtbot, fill)
    ward.new_button.click()
    assert len(shown) == 1
    assert len(_names(ward)) == len(WARD_GROUPS)


def test_escape_goes_back_to_the_ward_overview(ward: GroupDirectoryView, qtbot: QtBot) -> None:
    ward.table.setFocus()
    with qtbot.waitSignal(ward.back_requested, timeout=1000):
        QTest.keyClick(ward.table, Qt.Key.Key_Escape)


# Filters ------------------------------------------------------------------------


def test_filters_narrow_the_table_and_the_count_says_how_many(ward: GroupDirectoryView) -> None:
    total = len(WARD_GROUPS)
    assert ward.count.text() == _count_text(total, total)

    _choose("weekday_filter", ward, 3)  # Thursday
    assert sorted(_names(ward)) == ["Samtalegruppe", "Søndagsgruppen"]
    assert ward.count.text() == _count_text(2, total)

    _choose("weekday_filter", ward, None)
    _choose("kommune_filter", ward, "0301")
    assert sorted(_names(ward)) == ["Søndagsgruppen", "Tirsdagsgruppen Sentrum"]

    _choose("kommune_filter", ward, None)
    _choose("organisation_filter", ward, "Blå Kors")  # written in, not a national organisation
    assert _names(ward) == ["Samtalegruppe"]

    _choose("organisation_filter", ward, None)
    _choose("audience_filter", ward, "relatives")
    assert sorted(_names(ward)) == ["Al-Anon Tromsø", "Familieklubben Drammen"]
    assert ward.count.text() == _count_text(2, total)

    _choose("audience_filter", ward, None)
    ward.search.setFocus()
    QTest.keyClicks(ward.search, "kirkegata")
    assert _names(ward) == ["Tirsdagsgruppen Sentrum"]


def test_municipalities_with_groups_come_first_in_the_filter(ward: GroupDirectoryView) -> None:
    combo = ward.kommune_filter
    numbers = [combo.itemData(index) for index in range(combo.count())]
    with_groups = {"0301", "4601", "5501", "3301", "5001", "1103"}
    assert numbers[0] is None  # all municipalities
    assert set(numbers[1:7]) == with_groups
    assert len([number for number in numbers if number]) == len(ward._kommuner)


def test_no_match_offers_to_show_all_again(ward: GroupDirectoryView) -> None:
    _choose("weekday_filter", ward, 4)  # nobody meets on Friday
    _choose("kommune_filter", ward, "0301")
    assert ward.model.rowCount() == 0
    assert ward.no_match.isVisible()
    assert not ward.table.isVisible()
    ward.clear_button.click()
    assert ward.table.isVisible()
    assert len(_names(ward)) == len(WARD_GROUPS)


# Stale entries, verifying, removing ---------------------------------------------------


def test_an_entry_verified_seven_months_ago_is_marked_until_verified_today(
    ward: GroupDirectoryView, selfhelp: SelfHelpService
) -> None:
    _select(ward, "Gamle gruppen")
    verified = ward.model.index(ward.table.currentIndex().row(), COL_VERIFIED)
    assert verified.data() == f"{stale_text()} ({format_date(SEVEN_MONTHS_AGO)})"
    assert verified.data(STALE_ROLE) is True
    assert stale_tooltip() in verified.data(Qt.ItemDataRole.ToolTipRole)
    assert verified.data(Qt.ItemDataRole.FontRole).bold()  # more than colour: a sign, words and bold
    fresh = ward.model.index(_names(ward).index("Søndagsgruppen"), COL_VERIFIED)
    assert fresh.data() == format_date(RECENTLY)
    assert fresh.data(STALE_ROLE) is False

    ward.verify_button.click()

    row = _names(ward).index("Gamle gruppen")
    assert ward.current() is not None
    assert ward.current().name == "Gamle gruppen"  # type: ignore[union-attr]
    assert ward.model.index(row, COL_VERIFIED).data() == format_date(TODAY)
    assert ward.model.index(row, COL_VERIFIED).data(STALE_ROLE) is False
    stored = next(group for group in selfhelp.groups() if group.name == "Gamle gruppen")
    assert (stored.verified_on, stored.verified_by) == (TODAY, TEST_USER)


def test_remove_asks_first(
    ward: GroupDirectoryView, selfhelp: SelfHelpService, answers: list[tuple[str, str]]
) -> None:
    _select(ward, "Søndagsgruppen")
    Messages.prepared_answers = [StandardButton.No]
    ward.remove_button.click()
    assert "Søndagsgruppen" in _names(ward)
    assert "Søndagsgruppen" in answers[-1][1]

    Messages.prepared_answers = [StandardButton.Yes]
    ward.remove_button.click()
    assert "Søndagsgruppen" not in _names(ward)
    assert ward.count.text() == _count_text(len(WARD_GROUPS) - 1, len(WARD_GROUPS) - 1)
    assert "Søndagsgruppen" not in [group.name for group in selfhelp.groups()]
    assert any(group.removed for group in selfhelp.groups(include_removed=True))


def test_the_name_column_tooltip_has_the_whole_entry(ward: GroupDirectoryView) -> None:
    index = ward.model.index(_names(ward).index("Tirsdagsgruppen Sentrum"), COL_NAME)
    assert "Kirkegata 5" in index.data(Qt.ItemDataRole.ToolTipRole)


# CSV ----------------------------------------------------------------------------------


def test_export_then_import_into_another_ward(
    ward: GroupDirectoryView,
    selfhelp: SelfHelpService,
    files: list[Path | None],
    make_view: MakeView,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "grupper.csv"
    _export(ward, files, path)
    written = _text("GroupExport", "%n group(s) written to %1.", len(WARD_GROUPS))
    assert ward.status.text() == written.replace("%1", str(path))
    assert len(_rows(path)) == len(WARD_GROUPS) + 1

    other = open_test_context(tmp_path / "other ward")
    try:
        other_selfhelp = selfhelp_at(other, TODAY)
        other_view = make_view(other, other_selfhelp)

        def check_and_accept(dialog: ImportPreviewDialog) -> None:
            expected_new = _text("ImportPreviewDialog", "%n new", len(WARD_GROUPS))
            assert dialog.summary.text().startswith(expected_new)
            dialog.ok_button.click()

        _answer_with(monkeypatch, ImportPreviewDialog, qtbot, check_and_accept)
        files.append(path)
        other_view.welcome_import.click()

        assert _without_ids(other_selfhelp.groups()) == _without_ids(selfhelp.groups())
        assert len(_names(other_view)) == len(WARD_GROUPS)
        assert other_view.table.isVisible()
    finally:
        other.close()


def test_a_broken_file_is_refused_with_its_line_numbers_and_nothing_changes(
    ward: GroupDirectoryView,
    selfhelp: SelfHelpService,
    files: list[Path | None],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "grupper.csv"
    _export(ward, files, path)
    rows = _rows(path)
    header = rows[0]
    rows[2][header.index("kommunenummer")] = "9999"  # line 3 in a spreadsheet
    rows[4][header.index("oppmøte")] = "kanskje"  # line 5
    rows.append([*rows[1][:1], "Ny gruppe", *rows[1][2:]])  # a good new row changes nothing either
    _write_rows(path, rows)
    before = selfhelp.groups()

    refused: list[list[str]] = []
    _answer_with(monkeypatch, RefusalDialog, qtbot, lambda dialog: refused.append(dialog.lines()))
    previews = _answer_with(monkeypatch, ImportPreviewDialog, qtbot, lambda dialog: dialog.ok_button.click())
    files.append(path)
    ward.import_button.click()

    (lines,) = refused
    line3 = _text("GroupImport", "Line %1, %2 «%3»: %4").replace("%1", "3").replace("%2", "kommunenummer")
    unknown = _text("GroupImport", "no municipality has this number.")
    assert lines[0] == line3.replace("%3", "9999").replace("%4", unknown)
    assert lines[1].startswith(_text("GroupImport", "Line %1, %2 «%3»: %4").split("%1")[0] + "5")
    assert "oppmøte" in lines[1]
    assert len(lines) == 2
    assert previews == []
    assert selfhelp.groups() == before
    assert len(_names(ward)) == len(WARD_GROUPS)


def test_the_preview_shows_each_change_and_cancel_commits_nothing(
    ward: GroupDirectoryView,
    selfhelp: SelfHelpService,
    files: list[Path | None],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "grupper.csv"
    _export(ward, files, path)
    rows = _rows(path)
    header = rows[0]
    changed = next(row for row in rows if row[header.index("gruppe")] == "Tirsdagsgruppen Sentrum")
    changed[header.index("telefon")] = "22 33 44 55"
    rows.append([*changed[:1], "Onsdagsgruppen", *changed[2:]])
    _write_rows(path, rows)
    before = selfhelp.groups()

    seen: list[list[str]] = []

    def cancel(dialog: ImportPreviewDialog) -> None:
        seen.append(dialog.texts())
        assert dialog.summary.text() == ", ".join(
            (
                _text("ImportPreviewDialog", "%n new", 1),
                _text("ImportPreviewDialog", "%n changed", 1),
                _text("ImportPreviewDialog", "%n unchanged", len(WARD_GROUPS) - 1),
            )
        )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    _answer_with(monkeypatch, ImportPreviewDialog, qtbot, cancel)
    files.append(path)
    ward.import_button.click()

    (texts,) = seen
    phone = _text("FieldChanges", "Phone")
    assert f"{phone}: – → 22 33 44 55" in texts
    assert any("Onsdagsgruppen" in text for text in texts)
    assert selfhelp.groups() == before

    _answer_with(monkeypatch, ImportPreviewDialog, qtbot, lambda dialog: dialog.ok_button.click())
    files.append(path)
    ward.import_button.click()
    assert "Onsdagsgruppen" in _names(ward)
    stored = next(group for group in selfhelp.groups() if group.name == "Tirsdagsgruppen Sentrum")
    assert stored.phone == "22 33 44 55"
    assert ward.status.text().startswith(_text("GroupDirectoryView", "Imported: %1.").split("%1")[0])


def test_cancelling_the_file_dialog_does_nothing(
    ward: GroupDirectoryView, selfhelp: SelfHelpService, files: list[Path | None]
) -> None:
    before = selfhelp.groups()
    files.append(None)
    ward.import_button.click()
    files.append(None)
    ward.export_button.click()
    assert selfhelp.groups() == before
    assert ward.status.text() == ""


def test_enter_on_a_row_opens_it_and_the_change_is_saved(
    ward: GroupDirectoryView, selfhelp: SelfHelpService, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: GroupDialog) -> None:
        assert dialog.windowTitle() == _text("GroupDialog", "Change group")
        assert dialog.name.text() == "Søndagsgruppen"
        assert dialog.days.times[6].text() == "18:00"
        assert dialog.days.days[3].isChecked()
        assert dialog.days.times[3].text() == ""  # a day without a known time
        assert dialog.ok_button.isEnabled()
        dialog.phone.setFocus()
        _type("+47 22 33 44 55")
        _press(Qt.Key.Key_Return)

    _answer_with(monkeypatch, GroupDialog, qtbot, fill)
    _select(ward, "Søndagsgruppen")
    ward.table.setFocus()
    QTest.keyClick(ward.table, Qt.Key.Key_Return)

    stored = next(group for group in selfhelp.groups() if group.name == "Søndagsgruppen")
    assert stored.phone == "+47 22 33 44 55"
    assert stored.meetings == (MeetingTime(3, None), MeetingTime(6, time(18)))
    assert ward.current() == stored


def test_sorting_by_last_verified_puts_the_oldest_entry_first(ward: GroupDirectoryView) -> None:
    ward.table.sortByColumn(COL_VERIFIED, Qt.SortOrder.AscendingOrder)
    assert _names(ward)[0] == "Gamle gruppen"
    ward.table.sortByColumn(COL_VERIFIED, Qt.SortOrder.DescendingOrder)
    assert _names(ward)[-1] == "Gamle gruppen"


def test_importing_the_directory_into_itself_says_there_is_nothing_to_import(
    ward: GroupDirectoryView,
    selfhelp: SelfHelpService,
    files: list[Path | None],
    answers: list[tuple[str, str]],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "grupper.csv"
    _export(ward, files, path)
    previews = _answer_with(monkeypatch, ImportPreviewDialog, qtbot, lambda dialog: dialog.ok_button.click())
    before = selfhelp.groups()
    files.append(path)
    ward.import_button.click()
    assert previews == []
    assert answers[-1][0] == _text("GroupImport", "Nothing to import")
    assert selfhelp.groups() == before


def test_a_removed_group_in_the_file_is_shown_as_coming_back(
    ward: GroupDirectoryView,
    selfhelp: SelfHelpService,
    files: list[Path | None],
    answers: list[tuple[str, str]],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "grupper.csv"
    _export(ward, files, path)
    _select(ward, "Søndagsgruppen")
    Messages.prepared_answers = [StandardButton.Yes]
    ward.remove_button.click()

    seen: list[list[str]] = []
    _answer_with(monkeypatch, ImportPreviewDialog, qtbot, lambda dialog: seen.append(dialog.texts()))
    files.append(path)
    ward.import_button.click()

    back = _text("FieldChanges", "Status") + ": " + _text("FieldChanges", "removed")
    assert any(text.startswith(back) for text in seen[0])
