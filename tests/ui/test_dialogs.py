"""'Ny plan' and 'Endre opplysninger': Norwegian messages next to the field, nothing typed is lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from dischargeplanner.app import Context
from dischargeplanner.domain.model import ItemState, PlanId, Responsible
from dischargeplanner.ui.dialogs.item_dialog import ItemDialog
from dischargeplanner.ui.dialogs.new_plan import NewPlanDialog
from helpers import TEST_USER, MakeWindow
from synthetic import make_fodselsnummer


@pytest.fixture
def dialog(context: Context, qtbot: QtBot, bokmal: object) -> NewPlanDialog:
    dialog = NewPlanDialog(context.kommuner, "Avdeling A", TEST_USER, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _valid_number() -> str:
    return make_fodselsnummer(date(1981, 4, 30))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("3004811234", "Et fødselsnummer har 11 siffer."),
        ("32138112345", "De seks første sifrene er ikke en mulig fødselsdato (DDMMÅÅ)."),
        (_valid_number()[:-1] + str((int(_valid_number()[-1]) + 1) % 10), "Kontrollsifrene stemmer ikke"),
        ("3004811234a", "Et fødselsnummer består bare av siffer."),
    ],
)
def test_bad_number_is_named_while_typing_and_kept(
    dialog: NewPlanDialog, qtbot: QtBot, typed: str, message: str
) -> None:
    qtbot.keyClicks(dialog.name, "Åse Testdal")
    qtbot.keyClicks(dialog.fodselsnummer, typed)
    error = dialog._errors["fodselsnummer"]
    assert error.isVisible()
    assert error.text().startswith(message)
    dialog.accept()
    assert dialog.isVisible()  # refused: the dialog stays open ...
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fodselsnummer.text() == typed  # ... with what was typed
    assert dialog.name.text() == "Åse Testdal"


def test_valid_number_clears_the_message_and_creates_the_draft(dialog: NewPlanDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.fodselsnummer, "123")
    assert dialog._errors["fodselsnummer"].isVisible()
    dialog.fodselsnummer.setText(_valid_number())
    assert not dialog._errors["fodselsnummer"].isVisible()
    qtbot.keyClicks(dialog.name, "Testa Testesen")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    draft = dialog.draft()
    assert draft.patient.fodselsnummer == _valid_number()
    assert draft.ward == "Avdeling A"


def test_empty_name_is_reported_on_accept_not_before(dialog: NewPlanDialog) -> None:
    assert not dialog._errors["patient_name"].isVisible()
    dialog.accept()
    assert dialog._errors["patient_name"].text() == "Skriv pasientens navn."
    assert dialog._errors["patient_name"].isVisible()


def test_discharge_before_admission_is_refused(dialog: NewPlanDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.name, "Testa Testesen")
    dialog.planned_discharge.setDate(QDate(2026, 11, 1))
    assert dialog._errors["planned_discharge"].text() == "Planlagt utskrivning kan ikke være før innleggelse."
    dialog.discharge_unknown.setChecked(True)
    assert not dialog._errors["planned_discharge"].isVisible()
    assert dialog.draft().planned_discharge is None


@pytest.mark.parametrize(
    ("typed", "number"), [("karasjok", "5610"), ("KÁRÁŠJOHKA", "5610"), ("4601", "4601")]
)
def test_kommune_is_found_by_norwegian_or_sami_name_or_number(
    dialog: NewPlanDialog, typed: str, number: str
) -> None:
    # insert() edits like typing (textEdited fires); QTest cannot type letters such as Š.
    dialog.kommune.insert(typed)
    choices = dialog.kommune._choices.stringList()
    assert choices
    assert choices[0].endswith(number)
    dialog.kommune.setText(choices[0])
    kommune = dialog.kommune.kommune()
    assert kommune is not None
    assert kommune.number == number


def test_unknown_kommune_text_is_refused(dialog: NewPlanDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.kommune, "Atlantis")
    assert dialog._errors["kommune_number"].text() == "Velg en kommune fra listen."


def test_birth_date_must_be_written_as_norwegian_date(dialog: NewPlanDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.birth_date, "1981-04-30")
    assert dialog._errors["birth_date"].isVisible()
    dialog.birth_date.setText("30.04.1981")
    assert not dialog._errors["birth_date"].isVisible()
    assert dialog.draft().patient.birth_date == date(1981, 4, 30)


def test_dialog_buttons_say_norwegian_words(dialog: NewPlanDialog) -> None:
    texts = {button.text() for button in dialog.buttons.buttons()}
    assert texts == {"Opprett plan", "Avbryt"}


def test_editing_details_moves_due_dates_and_says_so(
    context: Context,
    make_window: MakeWindow,
    plan_id: PlanId,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[tuple[str, str]],
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    before = context.service.plan_detail(plan_id).plan
    assert before.planned_discharge is not None
    later = before.planned_discharge + timedelta(days=7)

    def move_discharge(dialog: NewPlanDialog) -> QDialog.DialogCode:
        assert dialog.name.text() == before.patient.name  # prefilled with the stored plan
        dialog.planned_discharge.setDate(QDate(later.year, later.month, later.day))
        dialog.accept()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(NewPlanDialog, "exec", move_discharge)
    window.editor.details_button.click()
    assert context.service.plan_detail(plan_id).plan.planned_discharge == later
    title, text = answers[-1]
    assert title == "Frister flyttet"
    moved = sum(1 for item in context.service.plan_detail(plan_id).items if item.timing.anchor == "discharge")
    assert f"{moved} punkter" in text


def test_item_dialog_wants_a_reason_for_not_applicable(
    context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    item = context.service.plan_detail(plan_id).items[0]
    dialog = ItemDialog(item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.state.setCurrentIndex(list(ItemState).index(ItemState.NOT_APPLICABLE))
    dialog.accept()
    assert dialog.reason_error.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.reason, "Eier egen leilighet")
    dialog.responsible.setCurrentIndex(list(Responsible).index(Responsible.PATIENT))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    edit = dialog.result_edit()
    assert (edit.state, edit.not_applicable_reason, edit.responsible) == (
        ItemState.NOT_APPLICABLE,
        "Eier egen leilighet",
        Responsible.PATIENT,
    )


def test_tab_moves_through_the_form_in_reading_order(dialog: NewPlanDialog) -> None:
    expected = [
        dialog.name,
        dialog.fodselsnummer,
        dialog.birth_date,
        dialog.kommune,
        dialog.ward,
        dialog.responsible,
        dialog.admission,
        dialog.planned_discharge,
        dialog.discharge_unknown,
    ]
    order = [expected[0]]
    widget = expected[0]
    for _ in range(200):  # the chain is circular: one lap is enough
        widget = widget.nextInFocusChain()
        if widget is expected[0]:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget in expected and widget not in order:
            order.append(widget)
    assert order == expected
