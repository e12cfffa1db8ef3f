"""The brief for the company in the window (issue 17 item 1): the chain builder's dialog with
the day programme (proposed from the times, edited, back to the proposal; saved and undone
with the chain) and the print dialog's "Brief for the company"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTime
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.company_brief import BriefFields, ProgrammeItem
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.models import Chain, Company
from beroepsplanner.ui.chain_brief import BriefDialog, BriefPanel, parse_clock
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.print_dialog import PrintDialog
from beroepsplanner.ui.workspace import Workspace

T = dt.time
WARMTEWERK = "Installatiebedrijf Warmtewerk"


def chain_with(workspace: Workspace, company: str | None) -> int:
    def find(session: object) -> int:
        query = select(Chain.id).order_by(Chain.id)
        if company is None:
            query = query.where(Chain.company_id.is_(None))
        else:
            query = query.join(Chain.company).where(Company.name == company)
        return session.scalars(query).first()  # type: ignore[attr-defined]  # a Session

    return workspace.read(find)


def builder(qtbot: QtBot, workspace: Workspace, chain_id: int) -> ChainBuilderDialog:
    dialog = ChainBuilderDialog(workspace, ChainRequest(chain_id=chain_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(panel: BriefPanel) -> list[tuple[str, str]]:
    table = panel.programme_table
    return [
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    ]


def edit_brief(
    monkeypatch: pytest.MonkeyPatch, dialog: ChainBuilderDialog, edit: Callable[[BriefPanel], None]
) -> bool:
    """Open the builder's brief dialog, make ``edit`` in its panel and press OK."""

    def run(brief: BriefDialog) -> int:
        edit(brief.panel)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(BriefDialog, "exec", run)
    assert dialog.brief_button.isVisible()
    return dialog.edit_brief()


def test_clock_times_are_read_as_typed() -> None:
    assert parse_clock("9:30") == T(9, 30) and parse_clock(" 09.05 ") == T(9, 5)
    assert parse_clock("") is None and parse_clock("25:00") is None and parse_clock("9u") is None


def test_the_day_programme_is_proposed_from_the_times_edited_saved_and_undone(
    qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain_id = chain_with(demo, WARMTEWERK)
    dialog = builder(qtbot, demo, chain_id)
    seen: dict[str, object] = {}

    def first_edit(panel: BriefPanel) -> None:
        # No times yet: the proposal's steps without times, the proposal button off.
        seen["before"] = [time for time, _what in rows(panel)]
        seen["proposal_on"] = panel.proposal_button.isEnabled()
        panel.start_edit.setTime(QTime(9, 0))
        panel.end_edit.setTime(QTime(11, 0))
        seen["timed"] = [time for time, _what in rows(panel)]
        seen["still_proposal"] = panel.values().programme is None
        panel.question_edit.setText("Hoe komt de warmte in ons huis?")
        panel.pupil_questions_edit.setPlainText("Hoe word je monteur?\nWat doet een warmtepomp?")
        panel.programme_table.item(2, 1).setText("Warmtepomp bekijken in drie groepjes")
        panel.remove_step()  # the last one
        seen["own"] = panel.proposal_button.isEnabled()

    assert edit_brief(monkeypatch, dialog, first_edit)
    assert seen == {
        "before": [""] * 6, "proposal_on": False,
        "timed": ["09:00", "09:05", "09:20", "10:20", "10:40", "11:00"], "still_proposal": True,
        "own": True,
    }
    dialog.save()

    saved = demo.read(lambda s: load_chain_form(s, chain_id)).brief
    assert (saved.visit_start, saved.visit_end) == (T(9, 0), T(11, 0))
    assert saved.research_question == "Hoe komt de warmte in ons huis?"
    assert saved.questions() == ("Hoe word je monteur?", "Wat doet een warmtepomp?")
    assert saved.programme is not None and len(saved.programme) == 5
    assert saved.programme[2] == ProgrammeItem(T(9, 20), "Warmtepomp bekijken in drie groepjes")

    # The times change: an own programme stays as it is; back to the proposal follows them.
    def second_edit(panel: BriefPanel) -> None:
        panel.start_edit.setTime(QTime(9, 30))
        seen["kept"] = rows(panel)[2]
        panel.back_to_proposal()
        seen["proposal"] = rows(panel)[0]

    again = builder(qtbot, demo, chain_id)
    assert edit_brief(monkeypatch, again, second_edit)
    assert seen["kept"] == ("09:20", "Warmtepomp bekijken in drie groepjes")
    assert seen["proposal"] == ("09:30", "Aankomst van de klas; jassen en tassen weg")
    again.save()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).brief.programme is None

    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).brief == saved


def test_cancel_keeps_the_brief_as_it_was(qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = builder(qtbot, demo, chain_with(demo, WARMTEWERK))
    before = dialog.current_form()

    def cancel(brief: BriefDialog) -> int:
        brief.panel.question_edit.setText("Weggegooid")
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(BriefDialog, "exec", cancel)
    assert not dialog.edit_brief()
    assert dialog.current_form() == before


def test_a_time_that_is_no_time_is_said(qtbot: QtBot) -> None:
    brief = BriefDialog(BriefFields(), ActivityKind.COMPANY_VISIT, None)
    qtbot.addWidget(brief)
    panel = brief.panel
    panel.programme_table.setItem(0, 0, QTableWidgetItem("negen uur"))
    assert "'negen uur' is not a time" in panel.programme_hint.text()
    programme = panel.values().programme
    assert programme is not None and programme[0].time is None


def test_a_chain_without_a_company_has_no_brief_button(qtbot: QtBot, demo: Workspace) -> None:
    dialog = builder(qtbot, demo, chain_with(demo, None))
    assert not dialog.brief_button.isVisible()
    assert builder(qtbot, demo, chain_with(demo, WARMTEWERK)).brief_button.isVisible()


@pytest.fixture
def print_dialog(demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrintDialog]:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    dialog = PrintDialog(demo)
    qtbot.addWidget(dialog)
    yield dialog
    dialog.wait_for_job()


def test_the_print_dialog_makes_the_brief_of_a_chain_with_a_company(
    print_dialog: PrintDialog, demo: Workspace, qtbot: QtBot, tmp_path: Path, dutch: list
) -> None:
    dialog = print_dialog
    dialog.select_document("brief")
    dialog.select_class("Groep 7")
    dialog.select_chain(chain_with(demo, WARMTEWERK))
    assert dialog.scope_combo.currentData() == "chain"
    assert Path(dialog.path_edit.text()).name.startswith("brief-voor-het-bedrijf-groep-7-")
    assert dialog.print_button.isEnabled()
    out = tmp_path / "brief.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        assert dialog.print_pdf() is not None
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Bezoek van Groep 7 aan Installatiebedrijf Warmtewerk" in text
    assert "Niet op het dak" in text


def test_the_print_dialog_says_a_chain_without_a_company_has_no_brief(
    print_dialog: PrintDialog, demo: Workspace
) -> None:
    dialog = print_dialog
    dialog.select_document("brief")
    dialog.select_class("Groep 6a")
    dialog.select_chain(_no_company_chain_of_6a(demo))
    assert not dialog.print_button.isEnabled()
    assert "This chain has no company." in dialog.message_label.text()


def _no_company_chain_of_6a(workspace: Workspace) -> int:
    def find(session: object) -> int:
        from beroepsplanner.store.models import SchoolClass

        query = (
            select(Chain.id).join(Chain.school_class)
            .where(SchoolClass.name == "Groep 6a", Chain.company_id.is_(None)).order_by(Chain.id)
        )
        return session.scalars(query).first()  # type: ignore[attr-defined]  # a Session

    return workspace.read(find)

