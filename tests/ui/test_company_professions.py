"""A profession typed in the company form that is not in the list can be added (after asking)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Profession
from beroepsplanner.store.professions import add_profession
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.workspace import Workspace

Answer = QMessageBox.StandardButton


@pytest.fixture
def page(qtbot: QtBot, demo: Workspace) -> CompaniesPage:
    shown = CompaniesPage(demo)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.show()
    return shown


def professions(workspace: Workspace) -> dict[str, str]:
    return workspace.read(lambda s: {p.name: p.key for p in s.scalars(select(Profession))})


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_typing_an_unknown_profession_offers_to_add_it_and_checks_it(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_question(monkeypatch, Answer.Yes)
    checklist = page.form.profession_list
    page.form.tabs.setCurrentIndex(1)
    assert checklist.add_button is not None and not checklist.add_button.isVisible()
    # The form has unsaved input elsewhere: it must survive the addition.
    page.form.place_edit.setText("Ergens")
    page.form.place_edit.textEdited.emit("Ergens")
    qtbot.keyClicks(checklist.filter_edit, "Imker")
    assert checklist.add_button.isVisible() and "Imker" in checklist.add_button.text()
    qtbot.keyClick(checklist.filter_edit, Qt.Key.Key_Return)

    assert asked and "Imker" in asked[0]
    key = professions(demo)["Imker"]
    assert key in checklist.checked()
    assert page.form.place_edit.text() == "Ergens"
    assert page.form.is_modified() and page.form.save_button.isEnabled()
    assert not checklist.add_button.isVisible()  # it is in the list now

    page.save()
    assert key in page.form.loaded.professions
    demo.undo_stack.undo()  # the company's save
    demo.undo_stack.undo()  # the profession
    assert "Imker" not in professions(demo)


def test_saying_no_adds_nothing(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_question(monkeypatch, Answer.No)
    before = professions(demo)
    qtbot.keyClicks(page.form.profession_list.filter_edit, "Imker")
    page.form.profession_list.add_button.click()
    assert professions(demo) == before
    assert demo.undo_stack.count() == 0


def test_a_known_profession_in_other_case_offers_nothing(qtbot: QtBot, page: CompaniesPage) -> None:
    checklist = page.form.profession_list
    qtbot.keyClicks(checklist.filter_edit, "ROBOTPROGRAMMEUR")
    assert checklist.typed_name() == ""
    assert not checklist.add_button.isVisibleTo(page)


def test_the_store_refuses_a_duplicate_and_an_empty_name_in_dutch(demo: Workspace) -> None:
    with pytest.raises(InvalidInputError, match="staat al in de lijst"):
        with demo.database.transaction() as session:
            add_profession(session, "  robotprogrammeur ")
    with pytest.raises(InvalidInputError, match="Typ de naam van het beroep"):
        with demo.database.transaction() as session:
            add_profession(session, "   ")
