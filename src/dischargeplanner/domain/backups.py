"""Backups of the ward's database: what one is, and which of them are kept.

The rule: the 14 newest backups, plus the first backup of each calendar month for a year
back, so a mistake noticed weeks later can still be undone. Everything else is removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# The newest backups kept whatever their age (about two weeks with one backup a day).
KEEP_NEWEST = 14
# Monthly backups are kept for this month and the 12 calendar months before it.
MONTHS_BACK = 12


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (local time), its size and how many plans it holds.

    `plan_count` is None and `ok` False when the file cannot be read as a backup of the ward
    (damaged, truncated, or made under another key).
    """

    path: Path
    taken_at: datetime
    size_bytes: int
    plan_count: int | None
    ok: bool


@dataclass(frozen=True)
class BackupAccess:
    """The ward's backups for an administrator: list them, take one now, choose one to restore.

    `choose` only notes the backup: the window stores what is typed and lets go of the ward, and
    the composition root restores it with no connection open, then opens the ward again.
    """

    list_backups: Callable[[], list[BackupInfo]]
    make: Callable[[], BackupInfo]
    choose: Callable[[BackupInfo], None]


@dataclass(frozen=True)
class DamagedDatabase:
    """The database could not be opened after signing in: why, in words, and the newest backup
    that passed its check (None when there is none)."""

    description: str
    newest_backup: BackupInfo | None


def _month_number(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def backups_to_keep(taken: Iterable[datetime], now: datetime) -> frozenset[datetime]:
    """Which of the backups taken at `taken` are kept on `now` (all in the same, local, time).

    The KEEP_NEWEST newest are kept, and the first backup of each calendar month from
    MONTHS_BACK months before `now`'s month up to it. Backups dated after `now` (a clock that
    was wrong) are among the newest, never removed for being old.
    """
    moments = sorted(set(taken), reverse=True)
    keep = set(moments[:KEEP_NEWEST])
    oldest_month = _month_number(now) - MONTHS_BACK
    first_of_month: dict[int, datetime] = {}
    for moment in moments:  # newest first: the last one seen in a month is its first
        month = _month_number(moment)
        if month >= oldest_month:
            first_of_month[month] = moment
    keep.update(first_of_month.values())
    return frozenset(keep)


def backups_to_remove(taken: Iterable[datetime], now: datetime) -> frozenset[datetime]:
    """The complement of `backups_to_keep`: what the retention rule removes on `now`."""
    moments = frozenset(taken)
    return moments - backups_to_keep(moments, now)
