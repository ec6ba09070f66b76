"""Names shared by tests and fixtures (conftest modules cannot be imported reliably)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dischargeplanner.app import Context
    from dischargeplanner.domain.model import PlanDraft
    from dischargeplanner.ui.main_window import MainWindow

TEST_USER = "testbruker"
ROOT = Path(__file__).resolve().parents[1]

MakeDraft = Callable[..., "PlanDraft"]
MakeWindow = Callable[["Context"], "MainWindow"]


class NetworkUsedError(AssertionError):
    """Raised by the UI suite's socket patch: the app must work offline."""
