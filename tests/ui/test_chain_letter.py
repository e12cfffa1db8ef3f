"""The chain builder's parent-letter variant (issue 17 item 5): shown from the saved chain,
saved with it (undoably), kept when the activity or company changes, locked with the year."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.kinds import LetterVariant
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.models import Chain
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

VISIT = "bedrijfsbezoek-techniektalent"
TUESDAY = dt.date(2026, 11, 3)


def open_dialog(qtbot: QtBot, workspace: Workspace, request: ChainRequest) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, request)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_chain_is_broad_and_the_concrete_choice_is_saved_and_undone(
    qtbot: QtBot, demo: Workspace
) -> None:
    class_id = demo.read(lambda s: find_class(s, "Groep 6b").id)
    dialog = open_dialog(
        qtbot, demo, ChainRequest(class_id=class_id, activity_key=VISIT, date=TUESDAY)
    )
    combo = dialog.letter_combo
    assert combo.isVisible() and combo.isEnabled()
    assert combo.currentData() == LetterVariant.BROAD.value
    combo.setCurrentIndex(combo.findData(LetterVariant.CONCRETE.value))
    # Another company keeps the teacher's choice.
    dialog.company_combo.setCurrentIndex(2)
    assert dialog.current_form() is not None
    assert dialog.current_form().letter_variant is LetterVariant.CONCRETE  # type: ignore[union-attr]
    dialog.save()
    chain_id = dialog.chain_id
    assert chain_id is not None
    assert demo.read(lambda s: load_chain_form(s, chain_id)).letter_variant is LetterVariant.CONCRETE

    again = open_dialog(qtbot, demo, ChainRequest(chain_id=chain_id))
    assert again.letter_combo.currentData() == LetterVariant.CONCRETE.value
    again.letter_combo.setCurrentIndex(again.letter_combo.findData(LetterVariant.BROAD.value))
    again.save()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).letter_variant is LetterVariant.BROAD
    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).letter_variant is LetterVariant.CONCRETE


def test_the_demos_studio_visit_opens_on_concrete(qtbot: QtBot, demo: Workspace) -> None:
    def studio(session: object) -> int:
        return next(
            c.id for c in session.scalars(select(Chain))  # type: ignore[attr-defined]
            if c.company is not None and c.company.name == "Gamestudio Pixelpolder"
        )

    dialog = open_dialog(qtbot, demo, ChainRequest(chain_id=demo.read(studio)))
    assert dialog.letter_combo.currentData() == LetterVariant.CONCRETE.value
