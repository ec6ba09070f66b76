"""The plan editor's header: who, where from, the dates, and how ready the plan is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dischargeplanner.domain.model import PlanDetail, PlanStatus
from dischargeplanner.domain.readiness import readiness
from dischargeplanner.ui.formatting import format_date
from dischargeplanner.ui.style import ERROR_COLOUR
from dischargeplanner.ui.texts import discharge_kind_name, status_name


def format_fodselsnummer(number: str | None) -> str:
    """'DDMMYY IIICC', the way it is read aloud and printed."""
    return f"{number[:6]} {number[6:]}" if number else ""


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PlanHeader(QLabel):
    def __init__(self, kommune_name: Callable[[str | None], str], today: Callable[[], date]) -> None:
        super().__init__()
        self.setObjectName("planHeader")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._kommune_name = kommune_name
        self._today = today

    def show_plan(self, detail: PlanDetail, warnings: Sequence[str] = ()) -> None:
        """Identity, dates and progress; `warnings` (already worded) follow in red, one per line."""
        lines = [
            f"<span style='color:{ERROR_COLOUR}; font-weight:bold'>⚠ {escape(warning)}</span>"
            for warning in warnings
        ]
        self.setText("<br>".join([self._html(detail), *lines]))

    def _html(self, detail: PlanDetail) -> str:
        plan = detail.plan
        identity = format_fodselsnummer(plan.patient.fodselsnummer) or (
            self.tr("born %1").replace("%1", self._date(plan.patient.birth_date))
            if plan.patient.birth_date
            else self.tr("identity number not registered")
        )
        days_left = plan.days_left(self._today())
        if days_left is None:
            days = self.tr("planned discharge not set")
        elif days_left >= 0:
            days = self.tr("%n day(s) to planned discharge", "", days_left)
        else:
            days = self.tr("%n day(s) past planned discharge", "", -days_left)
        if days_left is not None and days_left < 0:
            days = f"<span style='color:{ERROR_COLOUR}; font-weight:bold'>{days}</span>"
        ready, areas = readiness(detail)
        done = sum(1 for item in detail.items if item.state.is_closed)
        summary = (
            self.tr("<b>%1 of %2 areas ready</b> · %3 of %4 checklist items done · responsible: %5")
            .replace("%1", str(ready))
            .replace("%2", str(areas))
            .replace("%3", str(done))
            .replace("%4", str(len(detail.items)))
            .replace("%5", escape(plan.responsible_staff))
        )
        lines = [
            f"<span style='font-size:x-large; font-weight:bold'>{escape(plan.patient.name)}</span>"
            f" &nbsp; {identity} &nbsp; · &nbsp; {escape(self._kommune_name(plan.kommune_number))}",
            (
                self.tr("Admitted %1 · planned discharge %2 · %3").replace("%3", days)
                if plan.status is PlanStatus.ACTIVE
                else self.tr("Admitted %1 · planned discharge %2")
            )
            .replace("%1", self._date(plan.admission))
            .replace("%2", self._date(plan.planned_discharge)),
            summary,
        ]
        if plan.status is PlanStatus.DISCHARGED and plan.actual_discharge and plan.discharge_kind:
            lines.append(
                self.tr("<b>Discharged %1</b> (%2) – read only; «Reopen plan» to change it.")
                .replace("%1", format_date(plan.actual_discharge))
                .replace("%2", discharge_kind_name(plan.discharge_kind))
            )
        elif plan.status is not PlanStatus.ACTIVE:
            lines.append(
                self.tr("<b>%1</b> – the plan can no longer be changed.").replace(
                    "%1", status_name(plan.status)
                )
            )
        return "<br>".join(lines)

    def _date(self, value: date | None) -> str:
        return format_date(value) if value else self.tr("not set")
