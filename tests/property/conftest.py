"""Property tests: Hypothesis profiles, a ward per test, and the count of examples run.

HYPOTHESIS_PROFILE=ci (the default) runs few examples, so this folder stays under a minute;
HYPOTHESIS_PROFILE=thorough runs 10,000 per property (benchmarks/properties.py). Neither keeps
a .hypothesis example database. With PROPERTY_REPORT=<file>, the examples run per test and the
tests that failed are written there as JSON when the session ends.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

from dischargeplanner.app import Context
from dischargeplanner.domain.model import DischargeKind
from dischargeplanner.storage.db import relaxed_durability
from helpers import open_test_context
from helpers_property import (
    CI_EXAMPLES,
    CI_PROFILE,
    CURRENT_TEST,
    EXAMPLES,
    THOROUGH_EXAMPLES,
    THOROUGH_PROFILE,
    Plans,
    Wards,
)

# No explain phase: on a failure it reruns the example hundreds of times, each over the database.
_PHASES = (Phase.explicit, Phase.generate, Phase.target, Phase.shrink)
# ci: the same examples on every run, so the suite never fails by chance; thorough: new ones each time.
settings.register_profile(
    CI_PROFILE, max_examples=CI_EXAMPLES, deadline=None, database=None, derandomize=True, phases=_PHASES
)
settings.register_profile(
    THOROUGH_PROFILE,
    max_examples=THOROUGH_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=False,
    phases=_PHASES,
)

_FAILED: list[str] = []


@pytest.fixture(autouse=True)
def _count_examples_of(request: pytest.FixtureRequest) -> None:
    CURRENT_TEST[0] = request.node.nodeid
    EXAMPLES[request.node.nodeid] += 0  # listed even if it fails before its first example


@pytest.fixture
def ward(tmp_path: Path) -> Iterator[Context]:
    """A ward of its own for one property test, shared by all its examples; no fsync per change."""
    context = open_test_context(tmp_path / "data")
    with relaxed_durability(context.conn):
        yield context
    context.close()


@pytest.fixture
def wards(tmp_path: Path) -> Iterator[Wards]:
    rotation = Wards(tmp_path, every=200)
    yield rotation
    rotation.close()


@pytest.fixture
def active_plans(ward: Context) -> Plans:
    return Plans(ward)


@pytest.fixture
def ended_plans(ward: Context) -> Plans:
    """Plans whose stay ended unplanned (brudd) five days ago."""
    return Plans(ward, discharged=DischargeKind.UNPLANNED)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A failing example with a 100,000-character text has a long repr; that is no reason to fail.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.filterwarnings("ignore:Generating overly large repr"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:
        _FAILED.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get("PROPERTY_REPORT")
    if target:
        report = {"examples": dict(EXAMPLES), "failed": sorted(set(_FAILED))}
        Path(target).write_text(json.dumps(report, indent=1), encoding="utf-8")
