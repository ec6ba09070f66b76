"""Reading and writing the typed settings of settings.py."""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from dischargeplanner.settings import Setting

T = TypeVar("T", str, int, bool)


class SettingsStore:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, setting: Setting[T]) -> T:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (setting.key,)).fetchone()
        return setting.decode(row[0] if row else None)

    def set(self, setting: Setting[T], value: T) -> None:
        self._conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (setting.key, setting.encode(value)),
        )
