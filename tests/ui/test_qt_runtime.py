"""Guards against faults in the Qt binding itself that would crash a ward PC mid-shift.

PySide6 6.12.0 drops a reference to None each time a Python data() override returns
None (harmless on Python 3.12+, where None is immortal; fatal on 3.11 after a few
thousand calls, i.e. minutes of normal use). We pin a release without it; this test
fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from dischargeplanner.app import Context
from dischargeplanner.domain.model import AreaKey, PlanId
from dischargeplanner.ui.models.checklist_model import COL_DONE
from helpers import MakeWindow

CALLS = 2000


def test_models_returning_no_data_do_not_leak_none(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    models = [window.overview.model, window.editor.pages[AreaKey.HOUSING].model]
    for model in models:
        index = model.index(0, 1)
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            index.data(Qt.ItemDataRole.DecorationRole)  # a role the model has no data for
        # Other code may take a few references meanwhile; a leak loses one per call.
        assert sys.getrefcount(None) - before > -CALLS // 10, type(model).__name__


def test_many_ticks_in_a_row_keep_the_app_alive(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    page = window.editor.pages[AreaKey.HOUSING]
    before = sys.getrefcount(None)
    for tick in range(40):
        index = page.model.index(tick % 3, COL_DONE)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        target = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        assert page.model.setData(index, target.value, Qt.ItemDataRole.CheckStateRole)
    assert sys.getrefcount(None) - before > -1000
