"""The brief for the company in the window (issue 17 item 1): the chain builder's tab with
the day programme (proposed from the times, edited, back to the proposal; saved and undone
with the chain) and the print dialog's "Brief for the company"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTime
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.company_brief import ProgrammeItem
from beroepsplanner.store.chain_editing import load_chain_form
from beroepsplanner.store.models import Chain, Company
from beroepsplanner.ui.chain_brief import parse_clock
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


def rows(dialog: ChainBuilderDialog) -> list[tuple[str, str]]:
    table = dialog.brief_panel.programme_table
    return [
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    ]


def test_clock_times_are_read_as_typed() -> None:
    assert parse_clock("9:30") == T(9, 30) and parse_clock(" 09.05 ") == T(9, 5)
    assert parse_clock("") is None and parse_clock("25:00") is None and parse_clock("9u") is None


def test_the_day_programme_is_proposed_from_the_times_edited_saved_and_undone(
    qtbot: QtBot, demo: Workspace
) -> None:
    chain_id = chain_with(demo, WARMTEWERK)
    dialog = builder(qtbot, demo, chain_id)
    tabs, panel = dialog.side_tabs, dialog.brief_panel
    assert tabs.isTabVisible(tabs.indexOf(panel))
    tabs.setCurrentWidget(panel)
    # No times yet: the proposal's steps without times, the proposal button off.
    assert [time for time, _what in rows(dialog)] == [""] * 6
    assert not panel.proposal_button.isEnabled()

    panel.start_edit.setTime(QTime(9, 0))
    panel.end_edit.setTime(QTime(11, 0))
    assert [time for time, _what in rows(dialog)] == ["09:00", "09:05", "09:20", "10:20", "10:40", "11:00"]
    assert dialog.current_form().brief.programme is None  # still the proposal

    panel.question_edit.setText("Hoe komt de warmte in ons huis?")
    panel.pupil_questions_edit.setPlainText("Hoe word je monteur?\nWat doet een warmtepomp?")
    panel.programme_table.item(2, 1).setText("Warmtepomp bekijken in drie groepjes")
    panel.remove_step()  # the last one
    assert panel.proposal_button.isEnabled()
    dialog.save()

    saved = demo.read(lambda s: load_chain_form(s, chain_id)).brief
    assert (saved.visit_start, saved.visit_end) == (T(9, 0), T(11, 0))
    assert saved.research_question == "Hoe komt de warmte in ons huis?"
    assert saved.questions() == ("Hoe word je monteur?", "Wat doet een warmtepomp?")
    assert saved.programme is not None and len(saved.programme) == 5
    assert saved.programme[2] == ProgrammeItem(T(9, 20), "Warmtepomp bekijken in drie groepjes")

    # The times change: an own programme stays as it is.
    again = builder(qtbot, demo, chain_id)
    again.brief_panel.start_edit.setTime(QTime(9, 30))
    assert rows(again)[2] == ("09:20", "Warmtepomp bekijken in drie groepjes")
    again.brief_panel.back_to_proposal()
    assert rows(again)[0] == ("09:30", "Aankomst van de klas; jassen en tassen weg")
    again.save()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).brief.programme is None

    demo.undo_stack.undo()
    assert demo.read(lambda s: load_chain_form(s, chain_id)).brief == saved


def test_a_time_that_is_no_time_is_said(qtbot: QtBot, demo: Workspace) -> None:
    dialog = builder(qtbot, demo, chain_with(demo, WARMTEWERK))
    panel = dialog.brief_panel
    panel.programme_table.setItem(0, 0, QTableWidgetItem("negen uur"))
    assert "'negen uur' is not a time" in panel.programme_hint.text()
    assert dialog.current_form().brief.programme[0].time is None  # type: ignore[index]


def test_a_chain_without_a_company_has_no_brief_tab(qtbot: QtBot, demo: Workspace) -> None:
    dialog = builder(qtbot, demo, chain_with(demo, None))
    assert not dialog.side_tabs.isTabVisible(dialog.side_tabs.indexOf(dialog.brief_panel))


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

