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


WARD_NAME: Setting[str] = Setting("ward_name", str, "Døgnavdeling")
DEMO_DATA: Setting[bool] = Setting("demo_data", bool, False)
# The sender of handover documents: the health trust or institution, and a phone that answers.
INSTITUTION: Setting[str] = Setting("institution", str, "")
WARD_PHONE: Setting[str] = Setting("ward_phone", str, "")

ALL_SETTINGS = (WARD_NAME, DEMO_DATA, INSTITUTION, WARD_PHONE)
