"""What the main window works with, handed over from the composition root in one piece."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dischargeplanner.domain.model import Kommune
from dischargeplanner.domain.services import PlanService


@dataclass(frozen=True)
class Workplace:
    service: PlanService
    user: str
    kommuner: tuple[Kommune, ...]
    ward_name: str
    demo: bool
    data_dir: Path
    today: Callable[[], date]
    # An INI file for window geometry, splitters and text size (QSettings); no patient data.
    ui_state: Path
