"""File > Export plan… and Import plan…: the plan file from the window, with a back-up first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.plan_files import export_plan_to
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text))
    )
    return shown


def window_on(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window


def test_a_plan_exported_from_one_school_imports_into_a_new_database(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, dutch: list
) -> None:
    plan = tmp_path / "plan.json"
    assert export_plan_to(demo, plan) == (9, 23)
    fresh = Workspace()
    fresh.open(tmp_path / "nieuw.db")
    try:
        window = window_on(qtbot, fresh)
        assert window.import_plan_from(plan, confirm=False, backup_folder=tmp_path / "kopie")

        counts = fresh.counts()
        assert (counts["classes"], counts["chains"]) == (9, 23)
        assert fresh.school_name == demo.school_name
        assert len(list((tmp_path / "kopie").glob("nieuw-voor-planimport-*.db"))) == 1
        assert fresh.undo_stack.count() == 0
    finally:
        fresh.close()


def test_classes_that_exist_are_replaced_only_when_the_user_agrees(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan.json"
    export_plan_to(demo, plan)
    window = window_on(qtbot, demo)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No),
    )
    before = demo.counts()

    assert not window.import_plan_from(plan, backup_folder=tmp_path / "kopie")

    assert "Groep 6b" in asked[0]
    assert demo.counts() == before
    assert not (tmp_path / "kopie").exists()  # refused before the back-up: nothing happened

    assert window.import_plan_from(plan, confirm=False, backup_folder=tmp_path / "kopie")
    assert demo.counts() == before  # the same plan replaced by itself


def test_a_bad_plan_file_is_refused_in_dutch_and_changes_nothing(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, messages: list[str]
) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text('{"format": "beroepsplanner-plan", "version": 1, "classes": [', encoding="utf-8")
    window = window_on(qtbot, demo)
    before = demo.counts()

    assert not window.import_plan_from(bad, backup_folder=tmp_path / "kopie")

    assert messages and "kapot.json" in messages[0]
    assert demo.counts() == before


def test_a_faulty_v2_file_is_refused_in_english_with_its_place(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, messages: list[str], english: None
) -> None:
    plan = tmp_path / "plan.json"
    export_plan_to(demo, plan)
    data = json.loads(plan.read_text(encoding="utf-8"))
    chains = data["school_years"][0]["chains"]
    chains[1]["follows"] = "9a2b3c4d-0000-4000-8000-000000000009"
    plan.write_text(json.dumps(data), encoding="utf-8")
    window = window_on(qtbot, demo)
    before = demo.counts()

    assert not window.import_plan_from(plan, backup_folder=tmp_path / "kopie")

    assert messages[0].splitlines()[1] == (
        "- school_years[0].chains[1].follows: there is no chain with the uid "
        "'9a2b3c4d-0000-4000-8000-000000000009' in the file"
    )
    assert demo.counts() == before


def test_the_import_message_names_one_school_year_or_all_the_years_of_the_file(
    dutch: list, tmp_path: Path
) -> None:
    from beroepsplanner.store.transfer.plan_import import ImportSummary
    from beroepsplanner.ui.plan_files import summary_text

    one = ImportSummary("De Vlieger", "2026-2027", True, 9, 0, 200, 12, 23, 2, 0, ("2026-2027",))
    two = ImportSummary(
        "De Vlieger", "2026-2027, 2027-2028", True, 18, 0, 400, 12, 46, 25, 0, ("2026-2027", "2027-2028")
    )
    assert summary_text(one, tmp_path).startswith("Ingelezen in schooljaar 2026-2027: 9 klassen")
    assert summary_text(two, tmp_path).startswith(
        "Ingelezen in de schooljaren 2026-2027, 2027-2028: 18 klassen"
    )
