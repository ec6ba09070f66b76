"""Recording the patient's consent to share (helsepersonelloven § 22), and its withdrawal.

One consent names one recipient and the areas it covers. Problems are shown next to
their field while typing; OK stays disabled until the consent can be stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dischargeplanner.domain.limits import LINE_MAX
from dischargeplanner.domain.model import (
    AreaKey,
    Consent,
    ConsentForm,
    ConsentId,
    DocumentLanguage,
    Plan,
    RecipientKind,
)
from dischargeplanner.domain.services import Issue, Problem
from dischargeplanner.domain.sharing import validate_consent
from dischargeplanner.ui.dialogs.appointment_dialog import APPOINTMENT_PROBLEMS
from dischargeplanner.ui.dialogs.form import (
    TEXT_LINES,
    FieldErrors,
    buddy_label,
    date_edit,
    field_column,
    fit_height,
    limit_length,
    muted_label,
    ok_cancel,
    row_of,
    tab_chain,
)
from dischargeplanner.ui.formatting import format_date, from_qdate, to_qdate
from dischargeplanner.ui.models.sharing_models import document_language_name, recipient_kind_name
from dischargeplanner.ui.style import SPACING
from dischargeplanner.ui.texts import problem_text
from dischargeplanner.ui.widgets import EnumCombo, error_label

AREA_COLUMNS = 3

_SHARING_PROBLEMS: dict[Problem, object] = {
    Problem.CONSENT_RECIPIENT_MISSING: QT_TRANSLATE_NOOP(
        "SharingTexts", "Write who may receive the information."
    ),
    Problem.CONSENT_NO_AREAS: QT_TRANSLATE_NOOP(
        "SharingTexts", "Tick at least one area the patient agrees to share."
    ),
    Problem.CONSENT_GIVEN_IN_FUTURE: QT_TRANSLATE_NOOP(
        "SharingTexts", "The date consent was given cannot be in the future."
    ),
    Problem.CONSENT_NOTED_BY_MISSING: QT_TRANSLATE_NOOP("SharingTexts", "Write who noted the consent."),
    Problem.CONSENT_EXPIRES_BEFORE_GIVEN: QT_TRANSLATE_NOOP(
        "SharingTexts", "The expiry date is before the date consent was given."
    ),
    Problem.CONSENT_WITHDRAWN_BEFORE_GIVEN: QT_TRANSLATE_NOOP(
        "SharingTexts", "The withdrawal date is before the date consent was given."
    ),
    Problem.CONSENT_WITHDRAWN_IN_FUTURE: QT_TRANSLATE_NOOP(
        "SharingTexts", "The withdrawal date cannot be in the future."
    ),
    **APPOINTMENT_PROBLEMS,
}


def _t(text: object) -> str:
    # Every text is marked above with QT_TRANSLATE_NOOP so lupdate sees it.
    return QCoreApplication.translate("SharingTexts", str(text))  # tr-dynamic


def sharing_problem_text(problem: Problem) -> str:
    """A consent or appointment problem in words; any other problem as ui.texts words it."""
    source = _SHARING_PROBLEMS.get(problem)
    return problem_text(problem) if source is None else _t(source)


class ConsentDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        area_titles: Sequence[tuple[AreaKey, str]],
        user: str,
        today: date,
        existing: Consent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Change consent") if existing else self.tr("New consent"))
        self.setMinimumWidth(680)
        self._today = today
        kind, form = RecipientKind.KOMMUNE, ConsentForm.WRITTEN
        self._start = existing or Consent(
            ConsentId(0), plan.plan_id, kind, "", frozenset(), today, form, user
        )
        self.field_errors = FieldErrors()
        # Dates always say what is wrong; empty text fields only once the user has been there.
        self.field_errors.touched = {"given", "expires"} | (
            {"recipient", "areas", "noted_by"} if existing else set()
        )
        self.area_boxes: dict[AreaKey, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        explanation = self.tr(
            "The patient decides what may be shared, and with whom. The consent covers "
            "only the areas ticked below (helsepersonelloven § 22)."
        )
        layout.addWidget(muted_label(explanation, "consentExplanation"))
        if self._start.withdrawn is not None:
            withdrawn = self.tr("Withdrawn %1: no documents for this recipient from that date.")
            layout.addWidget(
                muted_label(withdrawn.replace("%1", format_date(self._start.withdrawn)), "consentWithdrawn")
            )
        rows = QFormLayout()
        rows.setVerticalSpacing(SPACING)
        self._build_recipient(rows)
        self._build_areas(rows, area_titles)
        self._build_given(rows)
        self._build_expiry_and_restrictions(rows)
        layout.addLayout(rows)
        layout.addStretch(1)  # room the window has beyond what the form needs goes above the buttons
        self.field_errors.general = error_label(object_name="formError")
        layout.addWidget(self.field_errors.general)
        self.buttons, self.ok_button = ok_cancel(self)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._validate()
        self.recipient.setFocus()

    # Layout ----------------------------------------------------------------

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, key: str, cell: QWidget) -> None:
        error = error_label(object_name=f"consent{key.title().replace('_', '')}Error")
        self.field_errors.add(key, field, error)
        form.addRow(buddy_label(label, field), field_column(cell, error))

    def _build_recipient(self, form: QFormLayout) -> None:
        self.kind: EnumCombo[RecipientKind] = EnumCombo(RecipientKind, recipient_kind_name)
        self.kind.setObjectName("consentRecipientKind")
        self.kind.set_value(self._start.recipient_kind)
        form.addRow(buddy_label(self.tr("Recipient &kind"), self.kind), row_of(self.kind))

        self.recipient = QLineEdit(self._start.recipient)
        limit_length(self.recipient, LINE_MAX)
        self.recipient.setObjectName("consentRecipient")
        self._add_row(form, self.tr("&Recipient"), self.recipient, "recipient", self.recipient)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient.textChanged.connect(lambda _text: self._touch("recipient"))
        self._kind_changed()

        self.language: EnumCombo[DocumentLanguage] = EnumCombo(DocumentLanguage, document_language_name)
        self.language.setObjectName("consentLanguage")
        self.language.set_value(self._start.language)
        self.language.setToolTip(
            self.tr(
                "The handover and the meeting minutes for this recipient are written in this "
                "standard. Many kommuner write Nynorsk."
            )
        )
        note = muted_label(self.tr("for the handover and minutes to this recipient"), "consentLanguageNote")
        form.addRow(buddy_label(self.tr("Written &in"), self.language), row_of(self.language, note))

    def _build_areas(self, form: QFormLayout, area_titles: Sequence[tuple[AreaKey, str]]) -> None:
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING // 2)
        rows = -(-len(area_titles) // AREA_COLUMNS)  # fill column by column, in catalogue order
        for index, (area, title) in enumerate(area_titles):
            box = QCheckBox(title)
            box.setObjectName(f"consentArea_{area}")
            box.setAccessibleName(title)
            box.setChecked(area in self._start.areas)
            box.toggled.connect(lambda _checked: self._touch("areas"))
            grid.addWidget(box, index % rows, index // rows)
            self.area_boxes[area] = box
        self.all_areas = self._tick_button(self.tr("All"), "consentAllAreas", self.tr("Tick all areas"), True)
        self.no_areas = self._tick_button(
            self.tr("None"), "consentNoAreas", self.tr("Untick all areas"), False
        )
        cell = field_column(boxes, row_of(self.all_areas, self.no_areas))
        first = next(iter(self.area_boxes.values()), self.all_areas)
        accessible_name = first.accessibleName()
        self._add_row(form, self.tr("&Areas"), first, "areas", cell)
        first.setAccessibleName(accessible_name)  # the box is named by its area, not the row

    def _tick_button(self, text: str, name: str, accessible_name: str, checked: bool) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible_name)
        button.setAutoDefault(False)  # Enter still means OK
        button.clicked.connect(lambda: self._tick_all(checked))
        return button

    def _build_given(self, form: QFormLayout) -> None:
        self.given = date_edit("consentGiven", self._start.given)
        self._add_row(form, self.tr("&Given"), self.given, "given", row_of(self.given))
        self.written = QRadioButton(self.tr("&Written"))
        self.written.setObjectName("consentWritten")
        self.oral = QRadioButton(self.tr("&Oral"))
        self.oral.setObjectName("consentOral")
        (self.oral if self._start.form is ConsentForm.ORAL else self.written).setChecked(True)
        form.addRow(self.tr("Form"), row_of(self.written, self.oral, spacing=SPACING * 2))

        self.noted_by = QLineEdit(self._start.noted_by)
        limit_length(self.noted_by, LINE_MAX)
        self.noted_by.setObjectName("consentNotedBy")
        self._add_row(form, self.tr("&Noted by"), self.noted_by, "noted_by", self.noted_by)
        self.given.dateChanged.connect(lambda _date: self._validate())
        self.noted_by.textChanged.connect(lambda _text: self._touch("noted_by"))

    def _build_expiry_and_restrictions(self, form: QFormLayout) -> None:
        self.has_expiry = QCheckBox(self.tr("Has an &expiry date"))
        self.has_expiry.setObjectName("consentHasExpiry")
        expires = self._start.expires or from_qdate(to_qdate(self._today).addYears(1))
        self.expires = date_edit("consentExpires", expires)
        self.has_expiry.setChecked(self._start.expires is not None)
        self.expires.setEnabled(self.has_expiry.isChecked())
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.has_expiry.toggled.connect(lambda _checked: self._validate())
        self.expires.dateChanged.connect(lambda _date: self._validate())
        self._add_row(
            form, self.tr("Expires"), self.expires, "expires", row_of(self.has_expiry, self.expires)
        )

        self.restrictions = QPlainTextEdit(self._start.restrictions)
        self.restrictions.setObjectName("consentRestrictions")
        self.restrictions.setTabChangesFocus(True)
        self.restrictions.setPlaceholderText(
            self.tr("Optional: what must not be shared, or may be shared only with someone named")
        )
        self.restrictions.setFixedHeight(self.restrictions.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        self.restrictions.textChanged.connect(lambda: self._touch("restrictions"))
        form.addRow(buddy_label(self.tr("Re&strictions"), self.restrictions), self.restrictions)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.kind, self.recipient, self.language, *self.area_boxes.values()]
        chain += [self.all_areas, self.no_areas, self.given, self.written, self.oral, self.noted_by]
        chain += [self.has_expiry, self.expires, self.restrictions, self.ok_button]
        chain.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        tab_chain(chain)

    # Behaviour -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a message set before showing counts only now

    def _kind_changed(self) -> None:
        examples = {
            RecipientKind.KOMMUNE: self.tr("e.g. Bergen kommune, tildelingskontoret"),
            RecipientKind.NAV: self.tr("e.g. NAV Årstad"),
            RecipientKind.FASTLEGE: self.tr("e.g. the GP's name and surgery"),
            RecipientKind.PAARORENDE: self.tr("Name and relation, e.g. sister"),
            RecipientKind.OTHER: self.tr("Name of the service or person"),
        }
        self.recipient.setPlaceholderText(examples[self.kind.value()])

    def _tick_all(self, checked: bool) -> None:
        for box in self.area_boxes.values():
            box.setChecked(checked)
        self._touch("areas")

    def _touch(self, key: str) -> None:
        self.field_errors.touched.add(key)
        self._validate()

    def consent(self) -> Consent:
        """The consent as filled in; id, plan and withdrawal are kept from the one being changed."""
        return replace(
            self._start,
            recipient_kind=self.kind.value(),
            recipient=self.recipient.text().strip(),
            areas=frozenset(area for area, box in self.area_boxes.items() if box.isChecked())
            | (self._start.areas - self.area_boxes.keys()),  # areas not offered here are kept
            given=from_qdate(self.given.date()),
            form=ConsentForm.ORAL if self.oral.isChecked() else ConsentForm.WRITTEN,
            noted_by=self.noted_by.text().strip(),
            expires=from_qdate(self.expires.date()) if self.has_expiry.isChecked() else None,
            restrictions=self.restrictions.toPlainText().strip(),
            language=self.language.value(),
        )

    def _validate(self, *, show_all: bool = False) -> list[Issue]:
        """Show each problem under its field and allow OK only when there are none."""
        issues = validate_consent(self.consent(), self._today)
        messages: dict[str, list[str]] = {}
        for issue in issues:
            key = "given" if issue.field == "withdrawn" else issue.field  # no field of its own here
            messages.setdefault(key, []).append(sharing_problem_text(issue.problem))
        self.field_errors.show(messages, show_all=show_all)
        self.ok_button.setEnabled(not issues)
        fit_height(self)
        return issues

    def accept(self) -> None:
        if self._validate(show_all=True):
            self.field_errors.focus_first()
            return
        super().accept()

    @classmethod
    def get_consent(
        cls,
        parent: QWidget | None,
        plan: Plan,
        area_titles: Sequence[tuple[AreaKey, str]],
        user: str,
        today: date,
        existing: Consent | None = None,
    ) -> Consent | None:
        """Show the dialog for a new (None) or existing consent; the consent, or None when cancelled."""
        dialog = cls(plan, area_titles, user, today, existing, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.consent()
        return None

    @classmethod
    def get_withdrawal(cls, parent: QWidget | None, consent: Consent, today: date) -> date | None:
        """Ask from which day the consent is withdrawn; that day, or None when cancelled."""
        dialog = WithdrawConsentDialog(consent, today, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.withdrawn_on()
        return None


class WithdrawConsentDialog(QDialog):
    def __init__(self, consent: Consent, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawConsentDialog")
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setMinimumWidth(520)
        self._consent = consent
        self._today = today
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        recipient = QLabel(consent.recipient)
        recipient.setObjectName("withdrawRecipient")
        recipient.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        recipient.setStyleSheet("font-weight: bold;")
        layout.addWidget(recipient)
        given = self.tr("%1 · consent given %2").replace("%1", recipient_kind_name(consent.recipient_kind))
        layout.addWidget(muted_label(given.replace("%2", format_date(consent.given)), "withdrawGiven"))
        explanation = QLabel(
            self.tr(
                "From the date below, no documents for this recipient can be made. "
                "The consent stays in the register, marked as withdrawn."
            )
        )
        explanation.setObjectName("withdrawExplanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        form = QFormLayout()
        self.withdrawn = date_edit("withdrawnDate", consent.withdrawn or today)
        self.error = error_label(object_name="withdrawnDateError")
        form.addRow(
            buddy_label(self.tr("Withdrawn &on"), self.withdrawn),
            field_column(row_of(self.withdrawn), self.error),
        )
        layout.addLayout(form)
        self.buttons, self.ok_button = ok_cancel(self)
        self.ok_button.setText(self.tr("&Withdraw"))
        layout.addWidget(self.buttons)
        self.withdrawn.dateChanged.connect(lambda _date: self._check())
        self._check()
        self.withdrawn.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # a message set before showing counts only now

    def withdrawn_on(self) -> date:
        return from_qdate(self.withdrawn.date())

    def _check(self) -> bool:
        """Show or clear the message under the date; True when the date can be stored."""
        withdrawn = replace(self._consent, withdrawn=self.withdrawn_on())
        problems = [
            issue.problem for issue in validate_consent(withdrawn, self._today) if issue.field == "withdrawn"
        ]
        self.error.setText("\n".join(sharing_problem_text(problem) for problem in problems))
        self.error.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        fit_height(self)
        return not problems

    def accept(self) -> None:
        if not self._check():
            self.withdrawn.setFocus()
            return
        super().accept()
