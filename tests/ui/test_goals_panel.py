"""The school's goals in the Overzicht (issue 18 item 3): the Goals tab with each goal's
state in words and colour and the numbers, for the year and per cohort; the dialog that
edits the vision and goals with their defaults, each goal's reset, and undo."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from beroepsplanner.domain.goal_settings import GoalKind, GoalSettings
from beroepsplanner.domain.goals import GoalState
from beroepsplanner.store.goals import load_goal_settings, save_goal_settings
from beroepsplanner.ui.goals_dialog import GoalsDialog
from beroepsplanner.ui.goals_panel import STATE_ROLE
from beroepsplanner.ui.overview_page import OverviewPage
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def page(demo_file: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[OverviewPage]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    workspace = Workspace()
    workspace.open(path)
    shown = OverviewPage(workspace)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    shown.reload()
    yield shown
    workspace.close()


def test_the_goals_tab_shows_each_goal_with_its_state_in_words_and_colour(page: OverviewPage) -> None:
    page.tabs.setCurrentIndex(page.goals_tab)
    panel = page.goals_panel
    rows = panel.state_texts()
    assert len(rows) == len(GoalKind)
    assert rows[0][0] == "Every pupil meets all seven worlds of technology between grade 4 and 8"
    words = {"Reached", "On its way", "Not reached", "Cannot be measured yet"}
    assert all(row[1] in words for row in rows)
    report = panel.report
    assert report is not None
    for index, result in enumerate(report.year):
        item = panel.model.item(index, 1)
        assert item.data(STATE_ROLE) == result.state
        assert item.background().color().isValid()
    parents = rows[-1]
    assert parents[1] == "Cannot be measured yet"
    assert "does not know yet whether parents took part" in parents[2]
    assert panel.vision_label.text() == "The school has not written its vision yet."


def test_per_cohort_the_goals_follow_the_overviews_switch(page: OverviewPage) -> None:
    panel = page.goals_panel
    page.show_per_cohort(True)
    rows = panel.state_texts()
    report = panel.report
    assert report is not None
    assert [row[0] for row in rows] == [str(c.cohort) for c in report.cohorts]
    assert panel.model.columnCount() == 2 + len(report.year)
    first = report.cohorts[0].results[0]
    assert panel.model.item(0, 2).data(STATE_ROLE) == first.state
    assert "(" in rows[0][2] and panel.model.item(0, 2).toolTip()
    page.show_per_cohort(False)
    assert len(panel.state_texts()) == len(report.year)


def test_the_dialog_shows_the_defaults_and_resets_a_goal(qtbot: QtBot, english: None) -> None:
    dialog = GoalsDialog(GoalSettings(companies=12, companies_from=5, vision="Wij kijken breed."))
    qtbot.addWidget(dialog)
    assert dialog.spins["companies"].value() == 12
    assert "10" in dialog.spins["companies"].toolTip()
    assert dialog.boxes[GoalKind.COMPANIES].title().startswith("Every pupil meets at least 12 companies")
    assert "at least 10 companies" in dialog.findChild(QPushButton, "companiesResetButton").toolTip()
    dialog.spins["parent_chains"].setValue(3)
    assert dialog.boxes[GoalKind.PARENTS].title() == "Parents involved in at least 3 chains per grade per school year"
    dialog.boxes[GoalKind.PARENTS].setChecked(False)
    dialog.second_half_edit.setDate(QDate(2001, 3, 1))
    settings = dialog.settings()
    assert (settings.parent_chains, settings.parents_on, settings.second_half_month) == (3, False, 3)
    assert settings.vision == "Wij kijken breed."
    dialog.reset(GoalKind.COMPANIES)
    assert (dialog.spins["companies"].value(), dialog.spins["companies_from"].value()) == (10, 4)
    assert dialog.spins["parent_chains"].value() == 3  # another goal keeps its change
    dialog.reset_all()
    assert dialog.settings() == GoalSettings(vision="Wij kijken breed.")


def test_editing_the_goals_is_stored_shown_and_undone(page: OverviewPage, qtbot: QtBot) -> None:
    workspace = page.workspace
    panel = page.goals_panel

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GoalsDialog)
        dialog.vision_edit.setPlainText("Elk kind ontdekt wat bij hem past.")
        dialog.spins["companies"].setValue(3)
        dialog.accept()

    QTimer.singleShot(0, fill)
    panel.edit()
    stored = workspace.read(load_goal_settings)
    assert (stored.vision, stored.companies) == ("Elk kind ontdekt wat bij hem past.", 3)
    page.reload()
    assert panel.vision_label.text() == "Vision: Elk kind ontdekt wat bij hem past."
    assert panel.state_texts()[1][0].startswith("Every pupil meets at least 3 companies")
    workspace.undo_stack.undo()
    assert workspace.read(load_goal_settings) == GoalSettings()
    workspace.undo_stack.redo()
    assert workspace.read(load_goal_settings).companies == 3


def test_a_colleagues_goals_are_not_overwritten(
    page: OverviewPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    workspace = page.workspace
    refused: list[str] = []
    monkeypatch.setattr(
        "beroepsplanner.ui.goals_panel.show_refusal", lambda _p, _t, message: refused.append(message)
    )

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GoalsDialog)
        # Meanwhile a colleague stores other goals.
        workspace.run_in_transaction(
            lambda s: save_goal_settings(s, GoalSettings(companies=8)), ("school",)
        )
        dialog.spins["companies"].setValue(12)
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, fill)
    page.goals_panel.edit()
    assert workspace.read(load_goal_settings).companies == 8
    assert refused and "someone else" in refused[0]


def test_switched_off_goals_leave_the_tab(page: OverviewPage) -> None:
    page.workspace.run_in_transaction(
        lambda s: save_goal_settings(s, GoalSettings(parents_on=False, first_half_on=False)), ("school",)
    )
    page.reload()
    rows = page.goals_panel.state_texts()
    assert len(rows) == len(GoalKind) - 2
    assert all(GoalState.REACHED.value not in row[0] for row in rows)


@pytest.mark.parametrize(
    "settings",
    [
        GoalSettings(companies=0),
        GoalSettings(worlds_from=6, worlds_to=5),
        GoalSettings(reflections=1, attitude_reflections=2),
        GoalSettings(second_half_month=2, second_half_day=30),
        GoalSettings(vision="x" * 2001),
        GoalSettings(vision="Wij\x1bkijken"),
    ],
)
def test_every_refusal_of_the_goals_has_english(settings: GoalSettings, english: None) -> None:
    from beroepsplanner.errors import InvalidInputError
    from beroepsplanner.store.goals import check_goal_settings
    from beroepsplanner.ui import error_text

    with pytest.raises(InvalidInputError) as refused:
        check_goal_settings(settings)
    assert refused.value.key
    english = error_text.error(refused.value)
    assert english != str(refused.value) and "{" not in english, english


def test_the_goals_tab_in_dutch(page: OverviewPage, dutch: list) -> None:
    page.reload()
    rows = page.goals_panel.state_texts()
    assert rows[0][0] == "Elke leerling ontmoet alle zeven werelden van techniek tussen groep 4 en 8"
    assert rows[1][0] == "Elke leerling ontmoet minstens 10 bedrijven tussen groep 4 en 8"
    assert rows[3][0] == "Elke keten met 2 reflectielessen, waarvan 1 over houding en vooroordelen"
    assert rows[4][0] == "De activiteiten in de eerste helft van het schooljaar (vóór 1 februari)"
    assert {row[1] for row in rows} <= {"Bereikt", "Op weg", "Niet bereikt", "Nog niet te meten"}
    assert "cohorten bereikt" in rows[0][2]
    assert page.tabs.tabText(page.goals_tab) == "Doelen"
    assert page.goals_panel.vision_label.text() == "De school heeft haar visie nog niet beschreven."
