"""The undo and redo stacks of one plan's recent changes.

Only the records are kept here; undoing and redoing go through
PlanService.undo / PlanService.redo, which check that the record is still as
the change left it and store the reversal with its own audit row.
"""

from __future__ import annotations

from dischargeplanner.domain.model import Edit

HISTORY_LIMIT = 200


class History:
    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._limit = limit
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []

    def record(self, edit: Edit) -> None:
        """A new change: it can be undone, and what was undone before can no longer be redone."""
        self._undo.append(edit)
        if len(self._undo) > self._limit:
            del self._undo[: len(self._undo) - self._limit]
        self._redo.clear()

    def next_undo(self) -> Edit | None:
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Edit | None:
        return self._redo[-1] if self._redo else None

    def undone(self) -> None:
        """The newest change was undone: it moves to the redo stack."""
        self._redo.append(self._undo.pop())

    def redone(self) -> None:
        self._undo.append(self._redo.pop())

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def __len__(self) -> int:
        return len(self._undo)
