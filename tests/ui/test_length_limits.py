"""Length limits in the dialogs: typing stops at the limit, older longer text is kept whole, and a
date outside the calendar the program keeps is named next to its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.group_csv import CsvProblem, RowProblem
from dischargeplanner.domain.limits import LINE_MAX, TEXT_MAX
from dischargeplanner.domain.problems import Problem
from dischargeplanner.ui.dialogs.form import limit_length
from dischargeplanner.ui.dialogs.group_import_dialog import csv_problem_text
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from dischargeplanner.ui.texts import problem_text
from helpers import TEST_USER


def _texts(source: str) -> str:
    return QCoreApplication.translate("Texts", source)


def test_typing_stops_at_the_limit_and_a_year_outside_the_calendar_is_named(
    context: Context, qtbot: QtBot
) -> None:
    dialog = NewPlanDialog(context.kommuner, "Avdeling A", TEST_USER, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Testperson Demo " * 14)  # 224 characters
    assert len(dialog.name.text()) == LINE_MAX
    dialog.admission.setDate(QDate(2300, 1, 1))
    error = dialog.findChild(QLabel, "admissionError")
    assert error is not None
    assert error.isVisible()
    assert error.text() == _texts("Check the year: a date from %1 to %2.").replace("%1", "1900").replace(
        "%2", "2199"
    )


def test_a_longer_text_stored_before_the_limit_is_shown_whole(qtbot: QtBot) -> None:
    edit = QLineEdit("Ålesund " * 40 + "😀")
    qtbot.addWidget(edit)
    limit_length(edit, LINE_MAX)
    assert edit.text() == "Ålesund " * 40 + "😀"


def test_the_messages_say_the_limit() -> None:
    assert QLocale().toString(LINE_MAX) in problem_text(Problem.TEXT_LINE_TOO_LONG)
    assert QLocale().toString(TEXT_MAX) in problem_text(Problem.TEXT_TOO_LONG)
    note = csv_problem_text(RowProblem(3, "merknad", CsvProblem.TOO_LONG, ""))
    name = csv_problem_text(RowProblem(3, "gruppe", CsvProblem.TOO_LONG, ""))
    assert QLocale().toString(TEXT_MAX) in note
    assert QLocale().toString(LINE_MAX) in name


def test_every_problem_has_a_text() -> None:
    assert all(problem_text(problem).strip() for problem in Problem)
