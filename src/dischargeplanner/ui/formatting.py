"""Dates and times as Norwegians read them (dd.mm.yyyy), through the default QLocale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date) -> str:
    return QLocale().toString(to_qdate(value), DATE_FORMAT)


def format_datetime(value: datetime) -> str:
    local = value.astimezone()
    moment = QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(moment, f"{DATE_FORMAT} HH:mm")


def format_time(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute, value.second), "HH:mm:ss")
