"""Consent, appointments and documents in the plan editor: what a social worker does before a handover."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from test_walkthrough import press, with_modal

from dischargeplanner.app import Context
from dischargeplanner.domain.model import (
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentKind,
    DocumentLanguage,
    PlanId,
    RecipientKind,
)
from dischargeplanner.ui.documents_page import SaveLocation
from dischargeplanner.ui.main_window import MainWindow
from dischargeplanner.ui.printing import Printing
from dischargeplanner.ui.record_rows import APPOINTMENTS, CONSENT, DOCUMENTS
from helpers import TEST_USER, MakeDraft, MakeWindow

RECIPIENT = "Oslo kommune, tildelingskontoret"


@pytest.fixture(autouse=True)
def no_real_dialogs() -> Iterator[None]:
    """Print and file dialogs are answered by the test; a test that forgets gets a cancel."""
    Printing.prepared_answers = []
    SaveLocation.prepared_answers = []
    yield
    Printing.prepared_answers = None
    SaveLocation.prepared_answers = None


def open_plan(make_window: MakeWindow, context: Context, plan_id: PlanId) -> MainWindow:
    window = make_window(context)
    window.open_plan(plan_id)
    return window


def give_consent(
    context: Context,
    plan_id: PlanId,
    areas: frozenset[AreaKey] = frozenset(AreaKey),
    recipient: str = RECIPIENT,
    language: DocumentLanguage = DocumentLanguage.NB,
) -> None:
    given = context.service.today() - timedelta(days=1)
    kind = RecipientKind.KOMMUNE if recipient == RECIPIENT else RecipientKind.NAV
    form = ConsentForm.WRITTEN
    noted_by = "Sosionom"
    consent = Consent(ConsentId(0), plan_id, kind, recipient, areas, given, form, noted_by, language=language)
    context.sharing.record_consent(consent, TEST_USER)


def pdf_file_text(path: Path) -> str:
    return "".join(sheet.extract_text() for sheet in PdfReader(path).pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_consent_recorded_in_the_editor_opens_the_way_for_the_handover(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    window = open_plan(make_window, context, plan_id)
    editor = window.editor
    editor.show_page(DOCUMENTS)
    page = editor.documents_page
    assert not page.handover_buttons[0].isEnabled()
    assert page.consent_button.isVisible()
    assert "Ingen samtykke er registrert" in page.recipient_note.text()
    press(qtbot, page.consent_button)
    assert editor.stack.currentWidget() is editor.consent_page
    assert editor.consent_page.warning.isVisible()

    def fill(dialog: QDialog) -> None:
        recipient = dialog.findChild(QLineEdit, "consentRecipient")
        assert recipient is not None
        recipient.setFocus()
        qtbot.keyClicks(recipient, "Oslo kommune, tildelingskontoret")
        for area in (AreaKey.HOUSING, AreaKey.FINANCES, AreaKey.HEALTH):
            box = dialog.findChild(QCheckBox, f"consentArea_{area}")
            assert box is not None
            box.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, editor.consent_page.new_button), fill)
    table = editor.consent_page.model
    assert table.rowCount() == 1
    assert "Bolig, Økonomi, Helse" in table.index(0, 1).data()
    assert table.index(0, 4).data() == "Gyldig"
    assert table.headerData(5, Qt.Orientation.Horizontal) == "Målform"
    assert table.index(0, 5).data() == "Bokmål"
    assert not editor.consent_page.warning.isVisible()
    assert editor.area_list.item(len(AreaKey)).text() == "Samtykke\n1 gyldig"
    editor.show_page(DOCUMENTS)
    assert page.recipient_combo.currentText() == RECIPIENT
    assert all(button.isEnabled() for button in page.handover_buttons)


def test_no_consent_refuses_the_handover_and_shows_where_to_record_it(
    make_window: MakeWindow, context: Context, plan_id: PlanId, answers: list[tuple[str, str]], tmp_path: Path
) -> None:
    window = open_plan(make_window, context, plan_id)
    target = tmp_path / "overføring.pdf"
    assert SaveLocation.prepared_answers is not None
    SaveLocation.prepared_answers.append(target)
    window.editor.document_step("kommune", "save")
    assert answers[-1][0] == "Samtykke mangler"
    assert "under «Samtykke»" in answers[-1][1]
    assert window.editor.stack.currentWidget() is window.editor.consent_page
    assert not target.exists()
    assert context.sharing.exports(plan_id) == []


def test_save_as_pdf_from_the_file_menu_writes_the_handover_and_logs_it(
    make_window: MakeWindow, context: Context, plan_id: PlanId, tmp_path: Path
) -> None:
    give_consent(context, plan_id, frozenset({AreaKey.HOUSING}))
    window = open_plan(make_window, context, plan_id)
    target = tmp_path / "overføring.pdf"
    assert SaveLocation.prepared_answers is not None
    SaveLocation.prepared_answers.append(target)
    save = next(action for action in window.document_actions if action.objectName() == "savePdfAction")
    assert save.isEnabled()
    save.trigger()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Overføring ved utskrivning" in text
    assert "Testa Testesen" in text
    logged = context.sharing.exports(plan_id)
    assert len(logged) == 1
    assert logged[0].recipient == RECIPIENT
    assert logged[0].file_name == "overføring.pdf"
    editor = window.editor
    assert editor.stack.currentWidget() is editor.documents_page
    assert editor.documents_page.model.index(0, 3).data() == f"Lagret som PDF, {TEST_USER}"
    # Below the areas: consent, appointments, meetings, documents.
    assert editor.area_list.item(len(AreaKey) + 3).text() == "Dokumenter\n1 utskrevet eller lagret"


def test_printing_sends_every_page_of_the_saved_pdf(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot, tmp_path: Path
) -> None:
    give_consent(context, plan_id)
    window = open_plan(make_window, context, plan_id)
    printed = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    assert Printing.prepared_answers is not None
    Printing.prepared_answers.append(printer)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    made = context.documents().make(plan_id, DocumentKind.KOMMUNE, approved_by=TEST_USER)
    assert pdf_pages(printed.read_bytes()) == pdf_pages(made.pdf)
    logged = context.sharing.exports(plan_id)
    assert [(record.channel, record.sha256) for record in logged] == [("print", made.sha256)]
    # Cancelling the print dialog prints and logs nothing.
    window.editor.document_step("patient", "print")
    assert len(context.sharing.exports(plan_id)) == 1


def test_print_preview_shows_the_patients_copy_page_by_page(
    make_window: MakeWindow, context: Context, plan_id: PlanId
) -> None:
    window = open_plan(make_window, context, plan_id)
    Printing.prepared_answers = None  # the real preview dialog, closed by the test
    pages: list[int] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        pages.append(preview.pageCount())
        dialog.reject()

    with_modal(lambda: window.editor.document_step("patient", "preview"), look)
    made = context.documents().make(plan_id, DocumentKind.PATIENT)
    assert pages == [pdf_pages(made.pdf)]
    assert Printing.last_preview_pages == pages[0]
    assert context.sharing.exports(plan_id) == []


def test_an_appointment_added_in_the_editor_is_listed(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    window = open_plan(make_window, context, plan_id)
    editor = window.editor
    editor.show_page(APPOINTMENTS)
    assert editor.appointments_page.empty.isVisible()

    def fill(dialog: QDialog) -> None:
        what = dialog.findChild(QLineEdit, "appointmentWhat")
        assert what is not None
        what.setFocus()
        qtbot.keyClicks(what, "Time hos fastlegen")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with_modal(lambda: press(qtbot, editor.appointments_page.new_button), fill)
    assert editor.appointments_page.model.index(0, 1).data() == "Time hos fastlegen"
    assert [a.what for a in context.sharing.appointments(plan_id)] == ["Time hos fastlegen"]
    assert editor.area_list.item(len(AreaKey) + 1).text() == "Avtaler\n1 avtale"


def test_ward_details_are_stored_and_printed_as_the_sender(
    make_window: MakeWindow, context: Context, plan_id: PlanId, qtbot: QtBot
) -> None:
    window = open_plan(make_window, context, plan_id)

    def fill(dialog: QDialog) -> None:
        phone = dialog.findChild(QLineEdit, "wardPhone")
        assert phone is not None
        phone.setFocus()
        qtbot.keyClicks(phone, "22 00 00 00")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with_modal(window.ward_action.trigger, fill)
    assert context.sender().phone == "22 00 00 00"
    give_consent(context, plan_id)
    made = context.documents().make(plan_id, DocumentKind.KOMMUNE)
    assert "22 00 00 00" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(made.pdf)).pages)


def test_document_actions_follow_the_page_shown(
    make_window: MakeWindow, context: Context, plan_id: PlanId
) -> None:
    window = open_plan(make_window, context, plan_id)
    assert all(action.isEnabled() for action in window.document_actions)
    window.show_overview()
    assert not any(action.isEnabled() for action in window.document_actions)
    assert QApplication.activeModalWidget() is None
    assert CONSENT in window.editor.record_pages


def test_each_recipient_gets_the_handover_in_the_written_standard_their_consent_names(
    make_window: MakeWindow,
    context: Context,
    plan_id: PlanId,
    qtbot: QtBot,
    tmp_path: Path,
    qtmodeltester: object,
) -> None:
    give_consent(context, plan_id, language=DocumentLanguage.NN)
    give_consent(context, plan_id, recipient="NAV Oslo")
    window = open_plan(make_window, context, plan_id)
    editor = window.editor
    editor.show_page(CONSENT)
    consents = editor.consent_page.model
    qtmodeltester.check(consents)  # type: ignore[attr-defined]
    assert [consents.index(row, 5).data() for row in range(2)] == ["Nynorsk", "Bokmål"]
    editor.show_page(DOCUMENTS)
    page = editor.documents_page
    page.recipient_combo.setCurrentIndex(page.recipient_combo.findData(RECIPIENT))
    assert page.handover_language.value() is DocumentLanguage.NN
    assert page.handover_language.currentText() == "Nynorsk"
    assert SaveLocation.prepared_answers is not None
    SaveLocation.prepared_answers += [tmp_path / "kommune.pdf", tmp_path / "nav.pdf", tmp_path / "min.pdf"]
    press(qtbot, page.handover_buttons[2])
    kommune = pdf_file_text(tmp_path / "kommune.pdf")
    assert "Bustad" in kommune
    assert "Bolig" not in kommune
    page.recipient_combo.setCurrentIndex(page.recipient_combo.findData("NAV Oslo"))
    assert page.handover_language.value() is DocumentLanguage.NB
    press(qtbot, page.handover_buttons[2])
    assert "Bolig" in pdf_file_text(tmp_path / "nav.pdf")
    # The patient's own copy: in Nynorsk when asked for.
    assert page.patient_language.value() is DocumentLanguage.NB
    page.patient_language.set_value(DocumentLanguage.NN)
    press(qtbot, page.patient_buttons[2])
    mine = pdf_file_text(tmp_path / "min.pdf")
    assert "ikkje" in mine or "Kven" in mine
    logged = [record.recipient for record in context.sharing.exports(plan_id)]
    assert sorted(logged) == sorted([RECIPIENT, "NAV Oslo", "Pasienten"])


def test_the_patients_copy_starts_in_bokmal_for_each_patient(
    make_window: MakeWindow, context: Context, plan_id: PlanId, make_draft: MakeDraft
) -> None:
    other, _ = context.service.start_plan(make_draft(), TEST_USER)
    window = open_plan(make_window, context, plan_id)
    window.editor.show_page(DOCUMENTS)
    page = window.editor.documents_page
    page.patient_language.set_value(DocumentLanguage.NN)
    # The plan read again (after any change to it): the choice stays.
    page.show_detail(context.service.plan_detail(plan_id), read_only=False)
    assert page.patient_language.value() is DocumentLanguage.NN
    window.open_plan(other)
    assert page.patient_language.value() is DocumentLanguage.NB
