"""One typed table of settings: key, type, default. Values live in the database.

Add a setting by adding a `Setting` here; never reuse a removed key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type[T]
    default: T

    def decode(self, text: str | None) -> T:
        if text is None:
            return self.default
        if self.kind is bool:
            return self.kind(text == "1")
        try:
            return self.kind(text)
        except ValueError:
            return self.default

    def encode(self, value: T) -> str:
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value)


@dataclass(frozen=True)
class BoundedSetting(Setting[int]):
    """A whole number kept within minimum..maximum; a value outside is brought inside."""

    minimum: int
    maximum: int

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))

    def decode(self, text: str | None) -> int:
        return self.clamp(super().decode(text))

    def encode(self, value: int) -> str:
        return super().encode(self.clamp(value))


WARD_NAME: Setting[str] = Setting("ward_name", str, "Døgnavdeling")
DEMO_DATA: Setting[bool] = Setting("demo_data", bool, False)
# The sender of handover documents: the health trust or institution, and a phone that answers.
INSTITUTION: Setting[str] = Setting("institution", str, "")
WARD_PHONE: Setting[str] = Setting("ward_phone", str, "")
# Auto-lock: minutes without keyboard or mouse before the window locks.
IDLE_LOCK_MINUTES = BoundedSetting("idle_lock_minutes", int, 10, 1, 120)

ALL_SETTINGS = (WARD_NAME, DEMO_DATA, INSTITUTION, WARD_PHONE, IDLE_LOCK_MINUTES)
