"""Shared fixtures: a real SQLite file in tmp_path, the real catalogue, synthetic patients."""

from __future__ import annotations

import os

# Before anything imports Qt: tests run without a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from dischargeplanner.app import Context
from dischargeplanner.domain.model import Patient, PlanDraft, PlanId
from dischargeplanner.domain.services import PlanService
from helpers import TEST_USER, MakeDraft, open_test_context
from synthetic import make_fodselsnummer


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def context(data_dir: Path) -> Iterator[Context]:
    context = open_test_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def service(context: Context) -> PlanService:
    return context.service


@pytest.fixture
def make_draft() -> MakeDraft:
    """A valid draft for a synthetic patient; keyword arguments override fields."""

    def make(**overrides: object) -> PlanDraft:
        today = date.today()
        fields: dict[str, object] = {
            "patient": Patient("Testa Testesen", make_fodselsnummer(date(1985, 3, 14))),
            "kommune_number": "0301",
            "ward": "Avdeling A",
            "responsible_staff": "Sosionom Test",
            "admission": today - timedelta(days=10),
            "planned_discharge": today + timedelta(days=60),
        }
        fields.update(overrides)
        return PlanDraft(**fields)  # type: ignore[arg-type]

    return make


@pytest.fixture
def plan_id(service: PlanService, make_draft: MakeDraft) -> PlanId:
    new_id, _ = service.start_plan(make_draft(), TEST_USER)
    return new_id
