"""Runs the plan editor's service calls: a refusal is worded in Norwegian, never lost in a traceback.

Kept apart from the editor so every page and panel shares one way of saying "not saved, and why".
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from dischargeplanner.domain.model import Changes, Edit, EditKind
from dischargeplanner.domain.services import (
    ConflictError,
    NotFoundError,
    StorageError,
    UndoConflictError,
    ValidationError,
)
from dischargeplanner.ui.messages import Messages
from dischargeplanner.ui.texts import problem_text


class Refused(enum.Enum):
    """Why a call stored nothing: refused (reload), or an undo that no longer fits (also drop history)."""

    REFUSED = "refused"
    UNDO_CONFLICT = "undo_conflict"


class ChangeRunner(QObject):
    def run(self, parent: QWidget, call: Callable[[], Changes]) -> Changes | Refused:
        """Run `call`; on a refusal tell the user why and return how it was refused."""
        try:
            return call()
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
        except ConflictError:
            Messages.warning(
                parent,
                self.tr("Not saved"),
                self.tr(
                    "The plan was changed elsewhere in the meantime. "
                    "It has been reloaded: check it and try again."
                ),
            )
        except StorageError as error:
            Messages.warning(
                parent,
                self.tr("Not saved"),
                self.tr(
                    "The change could not be stored, so it is not in the plan. "
                    "Try again in a moment; if it keeps failing, tell the IT department.\n\n(%1)"
                ).replace("%1", str(error)),
            )
        except NotFoundError:
            Messages.warning(
                parent,
                self.tr("Not saved"),
                self.tr("What you changed no longer exists in the plan. The plan has been reloaded."),
            )
        return Refused.REFUSED

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
