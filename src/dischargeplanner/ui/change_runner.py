"""Runs the plan editor's service calls: a refusal is worded in Norwegian, never lost in a traceback.

A write the disk refused (full, read-only, locked) is kept in the call and tried again when the user
says so; a plan changed by another program is never silently overwritten: the user reloads, or
knowingly stores their change on top.

Kept apart from the editor so every page and panel shares one way of saying "not saved, and why".
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from dischargeplanner.domain.access_log import AccessEntry, AuditId
from dischargeplanner.domain.model import Changes, Edit, EditKind, PlanId
from dischargeplanner.domain.services import (
    ConflictError,
    NotFoundError,
    StorageError,
    UndoConflictError,
    ValidationError,
)
from dischargeplanner.ui.access_details import detail_text
from dischargeplanner.ui.access_log_view import action_text
from dischargeplanner.ui.formatting import format_datetime
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.store_problems import retrying
from dischargeplanner.ui.texts import problem_text


class Refused(enum.Enum):
    """Why a call stored nothing: refused (reload), or an undo that no longer fits (also drop history)."""

    REFUSED = "refused"
    UNDO_CONFLICT = "undo_conflict"


class ChangeRunner(QObject):
    """Runs one service call; a refusal is explained, a failed write can be tried again.

    `take_current(plan_id)` is how "save mine anyway" accepts what another program stored meanwhile
    (PlanService.watch with no version); without it a plan changed elsewhere can only be reloaded.
    """

    def __init__(self, parent: QObject, take_current: Callable[[PlanId], None] | None = None) -> None:
        super().__init__(parent)
        self._take_current = take_current

    def run(self, parent: QWidget, call: Callable[[], Changes]) -> Changes | Refused:
        """Run `call`; on a refusal tell the user why and return how it was refused.

        A change stored over another program's ("save mine anyway") comes back without areas, so the
        caller shows the whole plan again: the rest of it may have changed too.
        """
        overwrote = False
        while True:
            try:
                changes = retrying(parent, self.tr("Not saved"), call)  # the disk: kept for Retry
            except ValidationError as error:
                text = "\n".join(problem_text(issue.problem) for issue in error.issues)
                Messages.warning(parent, self.tr("Not saved"), text)
            except UndoConflictError:
                Messages.warning(
                    parent,
                    self.tr("Not undone"),
                    self.tr(
                        "This was changed again afterwards, so it cannot be undone or redone from here. "
                        "Change it by hand instead."
                    ),
                )
                return Refused.UNDO_CONFLICT
            except ConflictError as conflict:
                if self._store_anyway(parent, conflict):
                    overwrote = True
                    continue
            except StorageError:
                pass  # the user chose Discard
            except NotFoundError:
                Messages.warning(
                    parent,
                    self.tr("Not saved"),
                    self.tr("What you changed no longer exists in the plan. The plan has been reloaded."),
                )
            else:
                return replace(changes, areas=frozenset()) if overwrote and changes.plan_ids else changes
            return Refused.REFUSED

    def _store_anyway(self, parent: QWidget, conflict: ConflictError) -> bool:
        """Tell who changed the plan meanwhile; True when the user stores this change over it."""
        text = conflict_text(conflict)
        if conflict.plan_id is None or self._take_current is None:
            Messages.warning(
                parent, self.tr("Not saved"), text + "\n\n" + self.tr("The plan has been reloaded.")
            )
            return False
        question = self.tr(
            "Reload the plan to see what is stored now (your change is then left out), or store your "
            "change on top of it: what the other person changed elsewhere in the plan is kept."
        )
        anyway = Messages.choice(
            parent,
            self.tr("Changed by someone else"),
            text + "\n\n" + question,
            yes=self.tr("&Store mine anyway"),
            no=self.tr("&Reload the plan"),
        )
        if anyway:
            self._take_current(conflict.plan_id)
        return anyway

    def describe(self, edit: Edit) -> str:
        """What undo or redo would do, for the Edit menu: "status of Bolig"."""
        subject = edit.subject if len(edit.subject) <= 40 else edit.subject[:39] + "…"
        text = {
            EditKind.ITEM: self.tr("change to «%1»"),
            EditKind.AREA_STATUS: self.tr("status of %1"),
            EditKind.GOAL: self.tr("goal for %1"),
            EditKind.ACTION_ADD: self.tr("new action «%1»"),
            EditKind.ACTION_UPDATE: self.tr("change to action «%1»"),
            EditKind.ACTION_REMOVE: self.tr("removal of action «%1»"),
            EditKind.PLAN: self.tr("change to the plan's details"),
        }[edit.kind]
        return text.replace("%1", subject)


def conflict_text(conflict: ConflictError) -> str:
    """Who changed the plan after this window showed it, when and what; and that nothing was overwritten."""
    newest = conflict.newest
    if newest is None:
        said = QCoreApplication.translate(
            "ChangeRunner", "The plan was changed elsewhere after you opened it."
        )
    else:
        entry = AccessEntry(AuditId(0), newest.at, newest.user, newest.action, None, "", newest.detail)
        what = action_text(entry)
        detail = detail_text(newest.action, newest.detail)
        if detail:
            what += " (" + detail + ")"
        said = (
            QCoreApplication.translate("ChangeRunner", "%1 changed the plan %2, after you opened it: %3.")
            .replace("%1", newest.user)
            .replace("%2", format_datetime(newest.at))
            .replace("%3", what)
        )
        if conflict.count > 1:  # only ever more than one: no singular form needed
            many = QCoreApplication.translate("ChangeRunner", "There were %1 changes in all.")
            said += " " + many.replace("%1", str(conflict.count))
    unsaved = QCoreApplication.translate(
        "ChangeRunner", "Your change has not been stored, and nothing was overwritten."
    )
    return said + " " + unsaved
