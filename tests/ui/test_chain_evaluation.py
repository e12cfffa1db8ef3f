"""The chain builder's Evaluation tab (issue 17 item 2, issue 18 item 2): closed before the
activity's day, quick to fill in after it, saved as one undoable step apart from the chain
(and with the chain's Save), a colleague's evaluation never overwritten unseen; the
Overzicht's list of chains to evaluate opens the chain on this tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.evaluation import Again, Degree, EvaluationAnswers
from beroepsplanner.store.chain_evaluations import chain_evaluation, save_evaluation
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Activity, Chain
from beroepsplanner.ui import chain_evaluation as panel_module
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.chain_builder import ChainBuilderDialog
from beroepsplanner.ui.chain_commands import DeleteChainCommand
from beroepsplanner.ui.conflict_dialog import ConflictDialog
from beroepsplanner.ui.models.roles import ID_ROLE
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

AFTER = dt.date(2026, 12, 1)
"""A day after the Groep 6a visit (17 November 2026) and before its workshop (March 2027)."""


def chain_by_key(workspace: Workspace, key: str) -> int:
    return workspace.read(
        lambda s: s.scalars(
            # The first by date: Groep 6a's visit is before Groep 5's (February 2027).
            select(Chain.id).join(Activity, Chain.activity_id == Activity.id).where(Activity.key == key)
            .order_by(Chain.date)
        ).first()
    )


def stored(workspace: Workspace, chain_id: int) -> EvaluationAnswers | None:
    found = workspace.read(lambda s: chain_evaluation(s, chain_id))
    return found.answers if found is not None else None


def open_builder(
    workspace: Workspace, qtbot: QtBot, key: str, *, evaluate: bool = False
) -> ChainBuilderDialog:
    chain_id = chain_by_key(workspace, key)
    dialog = ChainBuilderDialog(workspace, ChainRequest(chain_id=chain_id, evaluate=evaluate))
    qtbot.addWidget(dialog)
    dialog.evaluation_panel.today = AFTER
    dialog.evaluation_panel.reload()
    dialog.show()
    return dialog


@pytest.fixture
def builder(demo: Workspace, qtbot: QtBot) -> Iterator[ChainBuilderDialog]:
    """The chain builder on Groep 6a's company visit (Gamestudio Pixelpolder), carried out."""
    yield open_builder(demo, qtbot, "bedrijfsbezoek-techyourfuture")


def test_after_the_day_the_tab_is_quick_to_fill_in_and_saved_as_one_undoable_step(
    builder: ChainBuilderDialog, demo: Workspace
) -> None:
    panel, chain_id = builder.evaluation_panel, builder.chain_id
    assert chain_id is not None
    tabs = builder.side_tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "&Evaluation"
    assert panel.is_open() and panel.fields_area.isEnabled() and not panel.save_button.isEnabled()
    assert "Gamestudio Pixelpolder" in panel.contact_label.text()
    assert "Noor Haddou" in panel.contact_label.text()
    assert "no pupils' names" in panel.privacy.text()

    panel.texts["went_well"].setPlainText("  Het ontwerpen van een level. ")
    panel.combos["preparation_helped"].setCurrentIndex(panel.combos["preparation_helped"].findData(Degree.YES))
    panel.combos["company_again"].setCurrentIndex(panel.combos["company_again"].findData(Again.YES))
    assert panel.save_button.isEnabled()
    panel.save_button.click()

    assert stored(demo, chain_id) == EvaluationAnswers(
        went_well="Het ontwerpen van een level.", preparation_helped=Degree.YES, company_again=Again.YES
    )
    assert panel.texts["went_well"].toPlainText() == "Het ontwerpen van een level."
    assert not panel.save_button.isEnabled() and panel.hint.text().startswith("Evaluated on ")
    assert "contact at the time: Noor Haddou (ontwerper)" in panel.contact_label.text()
    assert demo.undo_stack.undoText().startswith("Evaluation of Groep 6a")
    demo.undo_stack.undo()
    assert stored(demo, chain_id) is None
    demo.undo_stack.redo()
    assert stored(demo, chain_id) is not None


def test_before_the_day_it_says_when_it_opens(demo: Workspace, qtbot: QtBot) -> None:
    dialog = open_builder(demo, qtbot, "workshop-de-wetenschapper")
    panel = dialog.evaluation_panel
    assert not panel.is_open() and not panel.fields_area.isEnabled()
    assert "opens on 23-03-2027" in panel.hint.text()
    assert not panel.save_button.isEnabled()


def test_a_new_chain_asks_to_be_saved_first(demo: Workspace, qtbot: QtBot) -> None:
    dialog = ChainBuilderDialog(demo, ChainRequest())
    qtbot.addWidget(dialog)
    assert dialog.evaluation_panel.hint.text().startswith("Save the chain first")
    assert not dialog.evaluation_panel.fields_area.isEnabled()


def test_the_chains_save_also_saves_a_changed_evaluation(builder: ChainBuilderDialog, demo: Workspace) -> None:
    chain_id = builder.chain_id
    assert chain_id is not None
    builder.evaluation_panel.texts["pupils_asked"].setPlainText("Verdien je veel met games?")
    builder.save()
    assert builder.result() == QDialog.DialogCode.Accepted
    answers = stored(demo, chain_id)
    assert answers is not None and answers.pupils_asked == "Verdien je veel met games?"


def test_cancel_asks_about_a_changed_evaluation(
    builder: ChainBuilderDialog, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain_id = builder.chain_id
    assert chain_id is not None
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(panel_module.QMessageBox, "question", lambda *_args: next(answers))
    builder.evaluation_panel.texts["company_remarks"].setPlainText("Graag in het voorjaar.")
    builder.reject()
    assert builder.isVisible()  # Cancel: the builder stays open with the text
    builder.reject()
    assert not builder.isVisible() and stored(demo, chain_id) is None


def test_a_colleagues_evaluation_is_shown_beside_mine_and_kept(
    builder: ChainBuilderDialog, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain_id = builder.chain_id
    assert chain_id is not None
    shown: list[ConflictDialog] = []

    def keep_editing(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        dialog.keep_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", keep_editing)
    assert demo.path is not None
    colleague = open_database(demo.path)
    try:
        with colleague.transaction() as session:
            save_evaluation(session, chain_id, EvaluationAnswers(went_well="Van mijn collega."), expected_version=0)
    finally:
        colleague.close()
    panel = builder.evaluation_panel
    panel.texts["went_well"].setPlainText("Van mij.")
    assert not panel.save()
    assert len(shown) == 1
    table = shown[0].table
    cells = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert cells == {"What went well?": ("Van mijn collega.", "Van mij.")}
    assert panel.texts["went_well"].toPlainText() == "Van mij."
    assert stored(demo, chain_id) == EvaluationAnswers(went_well="Van mijn collega.")
    panel.reload()  # the colleague's version: nothing left to ask about when the test closes


def test_deleting_the_chain_is_undone_with_its_evaluation(demo: Workspace) -> None:
    chain_id = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    answers = EvaluationAnswers(went_well="Goed", again=Again.UNSURE)
    with demo.database.transaction() as session:
        save_evaluation(session, chain_id, answers)
    command = DeleteChainCommand(chain_id, "Groep 6a")
    demo.execute(command)
    assert stored(demo, chain_id) is None
    demo.undo_stack.undo()
    assert stored(demo, chain_id) == answers


def test_the_overview_lists_the_chains_to_evaluate_and_opens_one_on_its_evaluation(
    demo: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.store import overview

    real = overview.year_overview
    monkeypatch.setattr(
        "beroepsplanner.ui.overview_page.year_overview",
        lambda session, label: real(session, label, AFTER),
    )
    page = OverviewPage(demo)
    qtbot.addWidget(page)
    page.reload()
    panel = page.evaluation_panel
    count = panel.count()
    assert count >= 6 and page.tabs.tabText(page.evaluation_tab) == f"To evaluate ({count})"
    visit = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    ids = [panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())]
    dates = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert visit in ids and dates[0] == "15-09-2026"
    assert panel.proxy.index(ids.index(visit), 3).data() == "Gamestudio Pixelpolder"
    requests: list[ChainRequest] = []
    page.chainBuilderRequested.connect(requests.append)
    panel.view.doubleClicked.emit(panel.proxy.index(ids.index(visit), 1))
    assert requests == [ChainRequest(chain_id=visit, evaluate=True)]

    with demo.database.transaction() as session:
        save_evaluation(session, visit, EvaluationAnswers(again=Again.YES))
    page.reload()
    assert panel.count() == count - 1

    dialog = open_builder(demo, qtbot, "bedrijfsbezoek-techyourfuture", evaluate=True)
    assert dialog.side_tabs.currentWidget() is dialog.evaluation_panel


def test_the_print_dialog_makes_the_evaluation_forms_of_a_chain(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, dutch: list
) -> None:
    from pypdf import PdfReader

    from beroepsplanner.ui.print_dialog import PrintDialog

    visit = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    dialog = PrintDialog(demo, chain_id=visit, class_id=None)
    qtbot.addWidget(dialog)
    dialog.select_class("Groep 6a")
    dialog.select_document("evaluation")
    dialog.select_chain(visit)
    assert dialog.scope_combo.count() == 1 and dialog.scope_combo.currentData() == "chain"
    assert Path(dialog.path_edit.text()).name.startswith("evaluatie-groep-6a-")
    out = tmp_path / "evaluatie.pdf"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.printed, timeout=30000):
        assert dialog.print_pdf() is not None
    dialog.wait_for_job()
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == 2 and "Gamestudio Pixelpolder" in pages[0] and "Evaluatie van de keten" in pages[1]
    if dialog.result_box is not None:
        dialog.result_box.close()


def test_the_company_page_shows_its_history_across_school_years(
    demo: Workspace, qtbot: QtBot
) -> None:
    """Two school years of the bakery (``year new``): each chain with its evaluation, again
    next year of both sides and the contact at the time."""
    from beroepsplanner.store.years import plan_next_year, start_next_year
    from beroepsplanner.ui.companies_page import CompaniesPage
    from tests.store.test_chain_evaluations import ANSWERS, NEW, OLD

    with demo.database.transaction() as session:
        bakery_chain = session.scalars(
            select(Chain.id).join(Chain.company).where(Chain.company.has(name="Bakkerij Van den Hoek"))
        ).one()
        save_evaluation(session, bakery_chain, ANSWERS, today=dt.date(2026, 11, 20))
        start_next_year(session, plan_next_year(session, NEW))
    with demo.database.transaction() as session:
        new_chain = session.scalars(
            select(Chain.id).where(Chain.company.has(name="Bakkerij Van den Hoek"), Chain.id != bakery_chain)
        ).one()
        save_evaluation(session, new_chain, EvaluationAnswers(company_again=Again.NO, again=Again.UNSURE))
    page = CompaniesPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    rows = [page.company_model.index(r, 0).data() for r in range(page.company_model.rowCount())]
    page.company_view.selectRow(page.company_proxy.mapFromSource(
        page.company_model.index(rows.index("Bakkerij Van den Hoek"), 0)).row())
    form = page.form
    history = form.history
    assert form.tabs.tabText(3) == "History (2)"
    table = history.table
    cells = [[table.item(r, c).text() for c in range(7)] for r in range(table.rowCount())]
    assert [row[0] for row in cells] == [OLD, NEW]
    shown = domain_text.again
    assert cells[0][5:] == [shown(Again.YES), shown(Again.YES)]
    assert cells[1][5:] == [shown(Again.NO), shown(Again.UNSURE)]
    # The newest is selected; the older one shows its evaluation and the contact at the time.
    assert "not evaluated" not in history.details.text()
    table.selectRow(0)
    details = history.details.text()
    assert "Contact at the time: Kim van den Hoek (eigenaar)" in details
    assert "De rondleiding in kleine groepjes & het deeg kneden." in details
    assert "Liever op dinsdag." in details


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (EvaluationAnswers(went_well="x" * 1001), "The evaluation, what went well (teacher): at most 1000 characters (now 1001)."),
        (EvaluationAnswers(company_remarks="Goed \x1b"), "The evaluation, the company's remarks: "),
    ],
)
def test_the_refusals_read_in_english(
    demo: Workspace, english: None, answers: EvaluationAnswers, expected: str
) -> None:
    from beroepsplanner.errors import InvalidInputError
    from beroepsplanner.ui import error_text

    chain_id = chain_by_key(demo, "bedrijfsbezoek-techyourfuture")
    with pytest.raises(InvalidInputError) as refused, demo.database.transaction() as session:
        save_evaluation(session, chain_id, answers)
    text = error_text.error(refused.value)
    assert text.startswith(expected) and "evaluatie" not in text


def test_a_colleagues_evaluation_reads_in_english(english: None) -> None:
    from beroepsplanner.store.row_versions import ChangedByColleagueError
    from beroepsplanner.ui import error_text

    error = ChangedByColleagueError(
        "Een collega heeft deze evaluatie intussen gewijzigd.", key="changed-by-colleague",
        kind="evaluation", name="Groep 6a: Bezoek", version=2, newer=None, mine=None,
    )
    assert error_text.error(error).startswith("A colleague has changed this evaluation meanwhile (‘Groep 6a: Bezoek’).")
