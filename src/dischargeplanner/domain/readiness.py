"""How ready a plan is for discharge, and what to do next.

An area is *ready* when every required checklist item in it is closed (done, or
not applicable with a reason). "Neste steg" walks the open items in order of
urgency: the earliest due date first (overdue ones come first by nature),
required before optional on the same day, items without a date (planned
discharge not set yet) last, and the checklist's own order to break ties.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dischargeplanner.domain.model import AreaKey, ChecklistItem, ItemId, PlanDetail


@dataclass(frozen=True)
class AreaProgress:
    area: AreaKey
    required_done: int
    required: int
    done: int
    total: int

    @property
    def ready(self) -> bool:
        return self.required_done == self.required


def area_progress(detail: PlanDetail, area: AreaKey) -> AreaProgress:
    items = detail.items_in(area)
    required = [item for item in items if item.required]
    return AreaProgress(
        area=area,
        required_done=sum(1 for item in required if item.state.is_closed),
        required=len(required),
        done=sum(1 for item in items if item.state.is_closed),
        total=len(items),
    )


def readiness(detail: PlanDetail) -> tuple[int, int]:
    """(areas ready, areas) – "7 av 9 områder klare"."""
    progress = [area_progress(detail, status.area) for status in detail.areas]
    return sum(1 for area in progress if area.ready), len(progress)


def urgent_items(detail: PlanDetail) -> list[ChecklistItem]:
    """Every open item of the plan, most urgent first."""
    plan = detail.plan
    open_items = [item for item in detail.items if not item.state.is_closed]

    def urgency(item: ChecklistItem) -> tuple[bool, date, bool, int]:
        due = item.due_date(plan)
        return (due is None, due or date.max, not item.required, item.position)

    return sorted(open_items, key=urgency)


def next_step(detail: PlanDetail, current: ItemId | None = None) -> ChecklistItem | None:
    """The item after `current` in order of urgency; the most urgent when `current` is not open.

    Pressing "Neste steg" again without finishing an item moves on (and wraps
    around), so nobody gets stuck on an item that has to wait.
    """
    items = urgent_items(detail)
    if not items:
        return None
    ids = [item.item_id for item in items]
    if current in ids:
        return items[(ids.index(current) + 1) % len(items)]
    return items[0]


def overdue_items(detail: PlanDetail, today: date) -> list[ChecklistItem]:
    return [item for item in urgent_items(detail) if item.is_overdue(detail.plan, today)]
