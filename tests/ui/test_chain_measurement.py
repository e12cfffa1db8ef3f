"""The chain builder's "Before and after" tab (issue 18 item 1): the class's totals typed
box by box, stored at once and undoable, a total larger than the class refused with the
Dutch message and nothing written, an empty box "not counted"; gone and back with an
undone deletion of the chain."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.measurement import ChainMeasurement, Tally
from beroepsplanner.store.measurements import chain_measurement, measurement_sheet
from beroepsplanner.store.models import Activity, Chain
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.chain_commands import DeleteChainCommand
from beroepsplanner.ui.chain_measurement import NOT_COUNTED
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace


def visit(workspace: Workspace) -> int:
    return workspace.read(
        lambda s: s.scalars(
            select(Chain.id).join(Activity, Chain.activity_id == Activity.id)
            .where(Activity.key == "bedrijfsbezoek-techyourfuture")
            .order_by(Chain.date)  # Groep 6a's, before Groep 5's
        ).first()
    )


@pytest.fixture
def builder(demo: Workspace, qtbot: QtBot) -> Iterator[ChainBuilderDialog]:
    dialog = ChainBuilderDialog(demo, ChainRequest(chain_id=visit(demo)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.side_tabs.setCurrentWidget(dialog.measurement_panel)
    yield dialog


def type_into(qtbot: QtBot, box: QSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_totals_typed_are_stored_at_once_and_undone_one_box_at_a_time(
    builder: ChainBuilderDialog, demo: Workspace, qtbot: QtBot
) -> None:
    panel = builder.measurement_panel
    chain_id = visit(demo)
    _, pupils = demo.read(lambda s: measurement_sheet(s, chain_id))
    assert all(box.value() == NOT_COUNTED and box.text().strip() == "" for box in panel.boxes.values())
    assert panel.totals["before"].text() == f"0 of {pupils}"
    type_into(qtbot, panel.boxes[("before", "woman")], "4")
    type_into(qtbot, panel.boxes[("before", "man")], "17")
    type_into(qtbot, panel.boxes[("after", "both")], "12")
    stored = demo.read(lambda s: chain_measurement(s, chain_id))
    assert stored == ChainMeasurement(chain_id, Tally(woman=4, man=17), Tally(both=12))
    assert panel.totals["before"].text() == f"21 of {pupils}"
    demo.undo_stack.undo()
    assert demo.read(lambda s: chain_measurement(s, chain_id)).after == Tally()
    assert panel.boxes[("after", "both")].value() == NOT_COUNTED  # the tab follows the undo


def test_a_total_larger_than_the_class_is_refused_and_the_box_shows_what_is_stored(
    builder: ChainBuilderDialog, demo: Workspace, qtbot: QtBot
) -> None:
    panel = builder.measurement_panel
    chain_id = visit(demo)
    _, pupils = demo.read(lambda s: measurement_sheet(s, chain_id))
    type_into(qtbot, panel.boxes[("after", "man")], str(pupils - 2))
    type_into(qtbot, panel.boxes[("after", "woman")], "5")
    assert panel.message.isVisible()
    assert str(pupils + 3) in panel.message.text() and str(pupils) in panel.message.text()
    assert panel.boxes[("after", "woman")].value() == NOT_COUNTED
    assert demo.read(lambda s: chain_measurement(s, chain_id)).after == Tally(man=pupils - 2)
    type_into(qtbot, panel.boxes[("after", "woman")], "2")
    assert not panel.message.isVisible()
    assert demo.read(lambda s: chain_measurement(s, chain_id)).after == Tally(man=pupils - 2, woman=2)


def test_the_totals_come_back_with_an_undone_deletion_of_the_chain(demo: Workspace) -> None:
    chain_id = visit(demo)
    counted = ChainMeasurement(chain_id, Tally(woman=3, want=2), Tally(both=9))
    from beroepsplanner.ui.chain_measurement import SetMeasurementCommand

    demo.execute(SetMeasurementCommand(counted))
    demo.execute(DeleteChainCommand(chain_id))
    demo.undo_stack.undo()
    assert demo.read(lambda s: chain_measurement(s, chain_id)) == counted


def test_a_chain_not_saved_yet_has_nothing_to_count(demo: Workspace, qtbot: QtBot) -> None:
    dialog = ChainBuilderDialog(demo, ChainRequest())
    qtbot.addWidget(dialog)
    panel = dialog.measurement_panel
    assert not any(box.isEnabled() for box in panel.boxes.values())
    assert "Save the chain first" in panel.hint.text()
