"""Plan editor page: make the handover and the patient's copy (preview, print, save as PDF), and
see every document that has left the program."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.model import (
    Consent,
    ConsentState,
    DocumentKind,
    DocumentLanguage,
    ExportRecord,
    PlanDetail,
    PlanStatus,
    RecipientKind,
)
from dischargeplanner.domain.sharing import ConsentRefusedError, RefusalReason, SharingService
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.models.sharing_models import ExportModel, area_list, document_language_name
from dischargeplanner.ui.printing import Printing
from dischargeplanner.ui.sharing_pages import RecordPage
from dischargeplanner.ui.store_problems import file_problem_text
from dischargeplanner.ui.widgets import EnumCombo

if TYPE_CHECKING:
    from dischargeplanner.documents.export import DocumentMaker, MadeDocument


class SaveLocation:
    """The "Lagre som PDF" file dialog; tests set `prepared_answers` (a path, or None to cancel)."""

    prepared_answers: ClassVar[list[Path | None] | None] = None
    folder: ClassVar[str] = ""

    @classmethod
    def choose(cls, parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
        if cls.prepared_answers is not None:
            return cls.prepared_answers.pop(0) if cls.prepared_answers else None
        folder = cls.folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        cls.folder = str(path.parent)
        return path


class DocumentsPage(RecordPage[ExportRecord]):
    """Handover and patient's copy; the export log below."""

    consent_requested = Signal()
    exported = Signal()

    def __init__(
        self,
        sharing: SharingService,
        documents: Callable[[], DocumentMaker],
        user: str,
        today: Callable[[], date],
    ) -> None:
        super().__init__("documentsPage", ExportModel())
        self._sharing = sharing
        self._documents = documents
        self._user = user
        self._today = today
        # Each valid recipient's written standard, as their consent names it.
        self._languages: dict[str, DocumentLanguage] = {}
        self.heading.setText(self.tr("Documents"))
        self.explanation.setText(
            self.tr(
                "The handover goes to a recipient the patient has consented to, with only the areas "
                "consent covers. The patient's copy «Min plan» is in plain words. "
                "Every saved or printed document is logged below with its SHA-256 fingerprint."
            )
        )
        self.empty.setText(self.tr("No document has been printed or saved from this plan yet."))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self._handover_box())
        layout.insertWidget(3, self._patient_box())
        log_heading = QLabel(self.tr("<b>Printed and saved documents</b>"))
        layout.insertWidget(4, log_heading)

    def _handover_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Handover to the kommune or another recipient"))
        grid = QGridLayout(box)
        self.recipient_combo = QComboBox()
        self.recipient_combo.setObjectName("recipientCombo")
        self.recipient_combo.setAccessibleName(self.tr("Recipient"))
        self.recipient_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("&Recipient:"))
        label.setBuddy(self.recipient_combo)
        self.recipient_note = QLabel()
        self.recipient_note.setObjectName("recipientNote")
        self.recipient_note.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Go to consent"))
        self.consent_button.setObjectName("goToConsentButton")
        self.consent_button.clicked.connect(self.consent_requested)
        self.handover_language = self._language_combo("handoverLanguage")
        self.handover_language.setToolTip(
            self.tr("As the recipient's consent names it; change it in the consent to keep it for next time.")
        )
        self.recipient_combo.currentIndexChanged.connect(self._recipient_changed)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.recipient_combo, 0, 1, 1, 2)
        grid.addWidget(self._written_in(self.tr("Written &in:"), self.handover_language), 0, 3)
        grid.addWidget(self.recipient_note, 1, 0, 1, 4)
        grid.addWidget(self.consent_button, 2, 3)
        self.handover_buttons = self._buttons(grid, 2, DocumentKind.KOMMUNE, "handover")
        return box

    def _language_combo(self, name: str) -> EnumCombo[DocumentLanguage]:
        combo: EnumCombo[DocumentLanguage] = EnumCombo(DocumentLanguage, document_language_name)
        combo.setObjectName(name)
        combo.setAccessibleName(self.tr("Written standard"))
        return combo

    def _written_in(self, text: str, combo: QComboBox) -> QWidget:
        """'Målform: [Bokmål]' as one cell, beside the recipient or the buttons."""
        label = QLabel(text)
        label.setBuddy(combo)
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(combo)
        row.addStretch(1)
        return cell

    def _recipient_changed(self) -> None:
        recipient = self.selected_recipient()
        if recipient is not None:
            self.handover_language.set_value(self._languages.get(recipient, DocumentLanguage.NB))

    def _patient_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The patient's copy (Min plan)"))
        grid = QGridLayout(box)
        grid.addWidget(
            QLabel(self.tr("Goals, appointments, who to call, the self-help group – in plain words.")),
            0,
            0,
            1,
            4,
        )
        self.patient_language = self._language_combo("patientLanguage")
        grid.addWidget(self._written_in(self.tr("Writ&ten in:"), self.patient_language), 1, 3)
        self.patient_buttons = self._buttons(grid, 1, DocumentKind.PATIENT, "patient")
        return box

    def _buttons(self, grid: QGridLayout, row: int, kind: DocumentKind, name: str) -> list[QPushButton]:
        buttons = []
        for column, (text, action) in enumerate(
            (
                (self.tr("Print pre&view…"), self.preview),
                (self.tr("&Print…"), self.print),
                (self.tr("&Save as PDF…"), self.save),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}{('Preview', 'Print', 'Save')[column]}Button")
            button.clicked.connect(lambda _checked=False, act=action: act(kind))
            grid.addWidget(button, row, column)
            buttons.append(button)
        return buttons

    # Showing -----------------------------------------------------------------

    def show_detail(self, detail: PlanDetail, *, read_only: bool) -> None:
        plan_id = detail.plan.plan_id
        if self.detail is None or self.detail.plan.plan_id != plan_id:
            # Another patient: their copy starts in Bokmål, not in the last patient's choice.
            self.patient_language.set_value(DocumentLanguage.NB)
        self.detail = detail
        self.read_only = read_only
        today = self._today()
        consents = self._sharing.consents(plan_id)
        valid = [c for c in consents if c.is_valid(today)]
        valid.sort(key=lambda c: (c.recipient_kind is not RecipientKind.KOMMUNE, c.recipient.casefold()))
        current = self.recipient_combo.currentData()
        self._languages = {consent.recipient: consent.language for consent in valid}
        self.recipient_combo.blockSignals(True)
        self.recipient_combo.clear()
        for consent in valid:
            self.recipient_combo.addItem(consent.recipient, consent.recipient)
            self.recipient_combo.setItemData(
                self.recipient_combo.count() - 1, area_list(consent.areas), Qt.ItemDataRole.ToolTipRole
            )
        if current is not None and (found := self.recipient_combo.findData(current)) >= 0:
            self.recipient_combo.setCurrentIndex(found)
        self.recipient_combo.blockSignals(False)
        self._recipient_changed()
        has_recipient = bool(valid)
        self.recipient_combo.setEnabled(has_recipient)
        self.handover_language.setEnabled(has_recipient)
        for button in self.handover_buttons:
            button.setEnabled(has_recipient and detail.plan.status is not PlanStatus.ARCHIVED)
        self.consent_button.setVisible(not has_recipient)
        self.recipient_note.setText(self._recipient_note(consents, has_recipient))
        self.show_rows(self._sharing.exports(plan_id))

    def _recipient_note(self, consents: list[Consent], has_recipient: bool) -> str:
        if has_recipient:
            return self.tr("Only the areas the chosen recipient's consent covers are included.")
        lapsed = [c for c in consents if c.state(self._today()) is not ConsentState.VALID]
        if lapsed:
            return self.tr(
                "No valid consent: the consent on record has expired or been withdrawn. "
                "Record a new consent under «Consent» before the handover can be made."
            )
        return self.tr(
            "No consent recorded, so no handover can be made. "
            "Record what the patient agrees to share, and with whom, under «Consent»."
        )

    def change_current(self) -> None:
        """An export row cannot be changed: the log is a record of what happened."""

    # Making documents --------------------------------------------------------

    def selected_recipient(self) -> str | None:
        data = self.recipient_combo.currentData()
        return data if isinstance(data, str) else None

    def _make(self, kind: DocumentKind) -> MadeDocument | None:
        if self.detail is None:
            return None
        handover = kind is DocumentKind.KOMMUNE
        recipient = self.selected_recipient() if handover else None
        language = (self.handover_language if handover else self.patient_language).value()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._documents().make(
                self.detail.plan.plan_id, kind, recipient, approved_by=self._user, language=language
            )
        except ConsentRefusedError as refused:
            refusal = refused
        finally:
            QGuiApplication.restoreOverrideCursor()
        Messages.warning(self, self.tr("No consent"), self._refusal_text(refusal))
        self.consent_requested.emit()
        return None

    def _refusal_text(self, refused: ConsentRefusedError) -> str:
        text = {
            RefusalReason.NO_CONSENT: self.tr(
                "The plan has no consent to share information with the kommune."
            ),
            RefusalReason.UNKNOWN_RECIPIENT: self.tr("The plan has no consent for «%1»."),
            RefusalReason.NOT_YET_GIVEN: self.tr("The consent for «%1» applies from %2."),
            RefusalReason.EXPIRED: self.tr("The consent for «%1» expired on %2."),
            RefusalReason.WITHDRAWN: self.tr("The patient withdrew the consent for «%1» on %2."),
            RefusalReason.NO_AREAS: self.tr("The consent for «%1» covers no areas."),
        }[refused.reason]
        day = refused.day
        text = text.replace("%1", refused.recipient).replace("%2", format_date(day) if day else "")
        return (
            text
            + "\n\n"
            + self.tr(
                "The document was not made. Record the consent under «Consent» in this plan "
                "(which areas, who receives them, the date) and try again."
            )
        )

    def _title(self, made: MadeDocument) -> str:
        return made.file_name.removesuffix(".pdf")

    def preview(self, kind: DocumentKind) -> None:
        made = self._make(kind)
        if made is not None and Printing.preview(self, made.pdf, self._title(made)):
            self._documents().printed(made, self._user)
            self._logged()

    def print(self, kind: DocumentKind) -> None:
        made = self._make(kind)
        if made is not None and Printing.print(self, made.pdf, self._title(made)):
            self._documents().printed(made, self._user)
            self._logged()

    def save(self, kind: DocumentKind) -> None:
        made = self._make(kind)
        if made is None:
            return
        target = SaveLocation.choose(
            self, self.tr("Save as PDF"), made.file_name, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        try:
            self._documents().save(made, target, self._user)
        except OSError as error:
            Messages.warning(
                self,
                self.tr("Not saved"),
                self.tr("The PDF could not be written to %1. %2 Nothing was written.")
                .replace("%1", str(target))
                .replace("%2", file_problem_text(error)),
            )
            return
        self._logged()
        Messages.information(self, self.tr("Saved"), self.tr("Saved as %1.").replace("%1", str(target)))

    def _logged(self) -> None:
        if self.detail is not None:
            self.show_rows(self._sharing.exports(self.detail.plan.plan_id))
        self.exported.emit()
