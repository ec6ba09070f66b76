"""The undo and redo stacks of one plan: order, what a new change forgets, the limit."""

from __future__ import annotations

from dischargeplanner.domain.history import HISTORY_LIMIT, History
from dischargeplanner.domain.model import AreaKey, Edit, EditKind, ItemState, PlanId
from dischargeplanner.domain.services import PlanService
from helpers import TEST_USER


def _edit(subject: str) -> Edit:
    return Edit(EditKind.GOAL, PlanId(1), AreaKey.HOUSING, None, None, subject)


def _subject(edit: Edit | None) -> str | None:
    return edit.subject if edit is not None else None


def test_a_new_history_has_nothing_to_undo_or_redo() -> None:
    history = History()
    assert (history.next_undo(), history.next_redo(), len(history)) == (None, None, 0)


def test_undo_offers_the_newest_change_first() -> None:
    history = History()
    for subject in ("first", "second", "third"):
        history.record(_edit(subject))
    assert len(history) == 3
    offered = []
    while (edit := history.next_undo()) is not None:
        offered.append(edit.subject)
        history.undone()
    assert offered == ["third", "second", "first"]
    assert len(history) == 0


def test_undone_changes_are_redone_newest_undo_first() -> None:
    history = History()
    for subject in ("first", "second", "third"):
        history.record(_edit(subject))
    history.undone()
    history.undone()
    assert _subject(history.next_undo()) == "first"
    assert _subject(history.next_redo()) == "second"
    history.redone()
    assert _subject(history.next_undo()) == "second"
    assert _subject(history.next_redo()) == "third"
    history.redone()
    assert _subject(history.next_undo()) == "third"
    assert history.next_redo() is None
    assert len(history) == 3


def test_a_new_change_clears_what_could_be_redone() -> None:
    history = History()
    history.record(_edit("first"))
    history.record(_edit("second"))
    history.undone()
    assert _subject(history.next_redo()) == "second"
    history.record(_edit("other"))
    assert history.next_redo() is None
    assert _subject(history.next_undo()) == "other"
    history.undone()
    assert _subject(history.next_undo()) == "first"


def test_only_the_newest_changes_are_kept_up_to_the_limit() -> None:
    history = History(limit=3)
    for n in range(5):
        history.record(_edit(f"edit {n}"))
    assert len(history) == 3
    offered = []
    while (edit := history.next_undo()) is not None:
        offered.append(edit.subject)
        history.undone()
    assert offered == ["edit 4", "edit 3", "edit 2"]
    # All three can be redone again, oldest kept first.
    history.redone()
    assert _subject(history.next_undo()) == "edit 2"


def test_the_default_limit_keeps_two_hundred_changes() -> None:
    history = History()
    for n in range(HISTORY_LIMIT + 5):
        history.record(_edit(f"edit {n}"))
    assert HISTORY_LIMIT == 200
    assert len(history) == HISTORY_LIMIT
    for _ in range(HISTORY_LIMIT - 1):
        history.undone()
    assert _subject(history.next_undo()) == "edit 5"


def test_clear_forgets_both_stacks() -> None:
    history = History()
    history.record(_edit("first"))
    history.record(_edit("second"))
    history.undone()
    history.clear()
    assert (history.next_undo(), history.next_redo(), len(history)) == (None, None, 0)


def test_history_keeps_the_edits_the_services_return(service: PlanService, plan_id: PlanId) -> None:
    history = History()
    item = service.plan_detail(plan_id).items[0]
    for changes in (
        service.set_item_state(item.item_id, ItemState.DONE, TEST_USER),
        service.set_area_goal(plan_id, AreaKey.HOUSING, "Egen leilighet", TEST_USER),
    ):
        assert changes.edit is not None
        history.record(changes.edit)
    newest = history.next_undo()
    assert newest is not None
    assert (newest.kind, newest.area, newest.subject) == (EditKind.GOAL, AreaKey.HOUSING, "Bolig")
    history.undone()
    oldest = history.next_undo()
    assert oldest is not None
    assert (oldest.kind, oldest.subject) == (EditKind.ITEM, item.text)
