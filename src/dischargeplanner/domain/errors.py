"""What the services refuse with: wrong input (ValidationError with its Issues), a record that is
gone, a plan changed elsewhere (ConflictError), and a write the file refused (StorageError).

Kept apart from services.py so every slice and storage raise and catch the same classes without
importing the plan services; services.py re-exports them for its callers.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from dischargeplanner.domain.model import PlanId
from dischargeplanner.domain.problems import Problem


@dataclass(frozen=True)
class Issue:
    field: str
    problem: Problem


class ValidationError(Exception):
    def __init__(self, issues: Collection[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__(", ".join(f"{issue.field}: {issue.problem}" for issue in self.issues))


class NotFoundError(LookupError):
    """The plan, item or action does not exist (removed meanwhile, or a wrong id)."""


class StorageProblem(enum.StrEnum):
    """Why the file refused a write, so the user is told what to do about it."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    DISK_ERROR = "disk_error"
    OTHER = "other"


class StorageError(Exception):
    """The change could not be written (disk full, file locked, read-only); nothing was stored."""

    def __init__(self, message: str = "", problem: StorageProblem = StorageProblem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class ChangeNote:
    """One change to a plan as the access log holds it: who, when, what (for "changed elsewhere")."""

    at: datetime
    user: str
    action: str
    detail: str


class ConflictError(Exception):
    """The plan changed since it was read (another user or window); reload and retry.

    `plan_id` names the plan when the change was refused by the shown-version check; `newest` is the
    latest change made meanwhile and `count` how many there were, so the user is told who and what.
    """

    def __init__(
        self,
        message: str = "",
        plan_id: PlanId | None = None,
        newest: ChangeNote | None = None,
        count: int = 0,
    ) -> None:
        super().__init__(message)
        self.plan_id = plan_id
        self.newest = newest
        self.count = count


class UndoConflictError(ConflictError):
    """The record was changed after the change being undone or redone; nothing was stored."""
