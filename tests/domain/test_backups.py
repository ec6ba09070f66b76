"""The retention rule: the 14 newest backups plus the first of each month for a year back."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from dischargeplanner.domain.backups import KEEP_NEWEST, backups_to_keep, backups_to_remove

START = datetime(2024, 1, 1, 8)
NOW = datetime(2025, 12, 31, 9, 0)


def daily(first: datetime, last: datetime, hour: int = 8) -> list[datetime]:
    """One backup each morning from `first` to `last` (the program started once a day)."""
    days = (last.date() - first.date()).days
    return [datetime.combine(first.date() + timedelta(days=n), time(hour)) for n in range(days + 1)]


def month(moment: datetime) -> tuple[int, int]:
    return (moment.year, moment.month)


def test_two_years_of_daily_backups_keep_two_weeks_and_a_year_of_months() -> None:
    taken = daily(START, NOW)
    kept = backups_to_keep(taken, NOW)

    newest = sorted(taken)[-KEEP_NEWEST:]
    assert set(newest) <= kept
    monthly = sorted(kept - set(newest))
    # The first backup of this month and of each of the 12 months before it.
    assert [month(moment) for moment in monthly] == [(2024, 12)] + [(2025, m) for m in range(1, 13)]
    assert all(moment.day == 1 for moment in monthly)
    assert min(kept) == datetime(2024, 12, 1, 8)
    assert len(kept) == KEEP_NEWEST + 13


def test_what_is_removed_is_everything_else() -> None:
    taken = daily(START, NOW)
    removed = backups_to_remove(taken, NOW)
    assert removed | backups_to_keep(taken, NOW) == set(taken)
    assert not removed & backups_to_keep(taken, NOW)
    assert datetime(2024, 11, 1, 8) in removed  # more than 12 months before December 2025


def test_pruning_every_day_keeps_the_same_as_pruning_once() -> None:
    """Run as the program does: a backup each day, then the rule applied to what is left."""
    left: set[datetime] = set()
    for moment in daily(START, NOW):
        left.add(moment)
        left -= backups_to_remove(left, moment)
        assert len(left) <= KEEP_NEWEST + 13
    assert left == backups_to_keep(daily(START, NOW), NOW)


def test_a_gap_of_months_keeps_what_there_is() -> None:
    """The ward closed for the summer: no backups June to August; the month after keeps its first."""
    taken = [moment for moment in daily(START, NOW) if not (2025, 6) <= month(moment) <= (2025, 8)]
    kept = backups_to_keep(taken, NOW)
    assert not any((2025, 6) <= month(moment) <= (2025, 8) for moment in kept)
    assert datetime(2025, 9, 1, 8) in kept
    assert datetime(2025, 5, 1, 8) in kept


def test_the_first_of_a_month_is_its_first_backup_not_the_first_day() -> None:
    taken = [
        datetime(2025, 3, 17, 14),
        datetime(2025, 3, 20, 9),
        *daily(datetime(2025, 6, 1), datetime(2025, 6, 30)),
    ]
    kept = backups_to_keep(taken, datetime(2025, 6, 30, 12))
    assert datetime(2025, 3, 17, 14) in kept
    assert datetime(2025, 3, 20, 9) not in kept


def test_several_backups_a_day_count_one_by_one() -> None:
    """«Back up now» pressed many times: the 14 newest are the last few days, not the last 14 days."""
    taken = [
        datetime.combine(day.date(), time(hour))
        for day in daily(datetime(2025, 10, 1), datetime(2025, 10, 20))
        for hour in (8, 11, 14, 17, 20)
    ]
    kept = backups_to_keep(taken, datetime(2025, 10, 20, 21))
    assert len(kept) == KEEP_NEWEST + 1
    assert datetime(2025, 10, 1, 8) in kept  # the month's first
    assert datetime(2025, 10, 1, 11) not in kept
    assert min(kept - {datetime(2025, 10, 1, 8)}) == datetime(2025, 10, 18, 11)


def test_few_backups_are_all_kept() -> None:
    taken = daily(datetime(2025, 1, 1), datetime(2025, 1, 10))
    assert backups_to_keep(taken, datetime(2025, 1, 10, 12)) == set(taken)
    assert backups_to_keep([], NOW) == frozenset()


def test_a_backup_dated_in_the_future_is_never_removed_as_old() -> None:
    """A PC whose clock was wrong: the odd backup is among the newest, and stays."""
    future = datetime(2031, 5, 5, 5)
    taken = [*daily(START, NOW), future]
    kept = backups_to_keep(taken, NOW)
    assert future in kept
    assert len(kept) == KEEP_NEWEST + 13
    assert datetime(2025, 12, 18, 8) not in kept  # pushed out of the newest by the odd one
