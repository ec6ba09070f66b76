"""Bugs found by tests of the overview and undo work, kept so they stay fixed.

Removed actions' ids are never reused (AUTOINCREMENT), names sort in Norwegian
order, a blank name is nobody's, and a history limit of 0 keeps nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.history import History
from dischargeplanner.domain.model import AreaKey, Edit, EditKind, PlanId, Responsible
from dischargeplanner.domain.services import PlanService
from helpers import TEST_USER, MakeDraft, service_at

TODAY = date(2026, 3, 16)


def _second_plan(service: PlanService, make_draft: MakeDraft) -> PlanId:
    other, _ = service.start_plan(
        make_draft(patient=replace(make_draft().patient, name="Prøve Prøvesen")), TEST_USER
    )
    return other


# Action ids are reused (agreed_action.action_id is INTEGER PRIMARY KEY without AUTOINCREMENT),
# so once another plan's new action takes the id of a removed one, the removal can no longer be
# undone: the user is told the action "changed since" and the removed action is lost.


def test_undo_of_a_removed_action_survives_a_new_action_in_another_plan(
    service: PlanService, plan_id: PlanId, make_draft: MakeDraft
) -> None:
    other = _second_plan(service, make_draft)
    action_id, _ = service.add_action(
        plan_id, AreaKey.HOUSING, "Søke kommunal bolig", Responsible.KOMMUNE, "", None, TEST_USER
    )
    removed = service.remove_action(action_id, TEST_USER)
    # Another user, or this one in another plan, agrees an action meanwhile.
    service.add_action(other, AreaKey.HEALTH, "Time hos fastlege", Responsible.WARD, "", None, TEST_USER)
    assert removed.edit is not None

    service.undo(removed.edit, TEST_USER)  # raises UndoConflictError today

    assert [action.what for action in service.plan_detail(plan_id).actions] == ["Søke kommunal bolig"]
    assert [action.what for action in service.plan_detail(other).actions] == ["Time hos fastlege"]


def test_redo_of_an_added_action_survives_a_new_action_in_another_plan(
    service: PlanService, plan_id: PlanId, make_draft: MakeDraft
) -> None:
    other = _second_plan(service, make_draft)
    _, added = service.add_action(
        plan_id, AreaKey.HOUSING, "Søke kommunal bolig", Responsible.KOMMUNE, "", None, TEST_USER
    )
    assert added.edit is not None
    service.undo(added.edit, TEST_USER)
    service.add_action(other, AreaKey.HEALTH, "Time hos fastlege", Responsible.WARD, "", None, TEST_USER)

    service.redo(added.edit, TEST_USER)  # raises UndoConflictError today

    assert [action.what for action in service.plan_detail(plan_id).actions] == ["Søke kommunal bolig"]
    assert [action.what for action in service.plan_detail(other).actions] == ["Time hos fastlege"]


# "Denne uken" groups by patient name in byte order: Å (U+00C5) sorts before Æ (U+00C6) and
# Ø (U+00D8), while the Norwegian alphabet ends ... X Y Z Æ Ø Å.


def test_due_soon_sorts_patient_names_in_norwegian_order(context: Context, make_draft: MakeDraft) -> None:
    service = service_at(context, TODAY)
    for name in ("Åse Testesen", "Øystein Prøvesen", "Ærlig Testesen", "Zakarias Prøve"):
        service.start_plan(
            make_draft(
                patient=replace(make_draft().patient, name=name),
                admission=TODAY - timedelta(days=10),
                planned_discharge=TODAY + timedelta(days=60),
            ),
            TEST_USER,
        )
    names = list(dict.fromkeys(entry.patient_name for entry in service.due_soon()))
    assert names == ["Zakarias Prøve", "Ærlig Testesen", "Øystein Prøvesen", "Åse Testesen"]


# A blank name matches every item and action that names nobody (responsible_name ""), which is
# nearly all of them: "mine" shows the whole ward.


@pytest.mark.parametrize("blank", ["", "   "])
def test_due_soon_for_a_blank_name_does_not_return_everything_unnamed(
    context: Context, make_draft: MakeDraft, blank: str
) -> None:
    service = service_at(context, TODAY)
    service.start_plan(
        make_draft(admission=TODAY - timedelta(days=10), planned_discharge=TODAY + timedelta(days=60)),
        TEST_USER,
    )
    assert len(service.due_soon()) > 0
    assert service.due_soon(responsible=blank) == []


# History(limit=0) keeps every change: `del self._undo[: -0]` is `del self._undo[:0]`.


def test_a_history_limited_to_nothing_keeps_nothing() -> None:
    history = History(limit=0)
    history.record(Edit(EditKind.GOAL, PlanId(1), AreaKey.HOUSING, None, None, "goal"))
    assert len(history) == 0
    assert history.next_undo() is None
