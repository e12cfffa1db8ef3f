"""Bedrijven: the coordinator selects, edits, adds and deletes companies of the network;
every change is undoable, and problems are shown in Dutch in the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.domain.company_details import CompanyDetails
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.company_network import company_details
from beroepsplanner.store.models import Company
from beroepsplanner.ui import conflict_dialog
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.conflict_dialog import ConflictDialog
from beroepsplanner.ui.models.company_table import COMPANY_ID_ROLE, Column
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

Answer = QMessageBox.StandardButton


@pytest.fixture
def page(qtbot: QtBot, demo: Workspace) -> CompaniesPage:
    shown = CompaniesPage(demo)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.show()
    return shown


def select_company(page: CompaniesPage, name: str) -> None:
    proxy = page.company_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, Column.NAME).data() == name:
            page.company_view.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def listed_names(page: CompaniesPage) -> list[str]:
    proxy = page.company_proxy
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def stored(workspace: Workspace, name: str) -> CompanyDetails | None:
    def question(session):
        found = session.scalars(select(Company.id).where(Company.name == name)).one_or_none()
        return None if found is None else company_details(session, found)

    return workspace.read(question)


def type_into(qtbot: QtBot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def wait_for_reload(qtbot: QtBot, page: CompaniesPage) -> None:
    qtbot.waitUntil(lambda: not page._refresh_pending, timeout=2000)


# --- the list ---------------------------------------------------------------------------


def test_the_list_shows_every_company_with_its_columns(page: CompaniesPage) -> None:
    assert page.company_proxy.rowCount() == 12
    assert page.summary_label.text() == "12 companies"
    model = page.company_model
    row = next(
        r for r in range(model.rowCount()) if model.company(r).name == "Transportbedrijf Koster"
    )
    assert model.index(row, Column.PLACE).data() == "Amersfoort"
    assert model.index(row, Column.CHAINS).data() == "2"
    assert model.index(row, Column.CONFIRMED).data() == "✓"
    assert model.index(row, Column.MIN_GRADE).data() == "5"


def test_the_filter_narrows_the_list(qtbot: QtBot, page: CompaniesPage) -> None:
    qtbot.keyClicks(page.filter_edit, "amersf")
    assert "Zorgcentrum De Linde" not in listed_names(page)  # Leusden
    assert "Bakkerij Van den Hoek" in listed_names(page)
    assert page.summary_label.text() == "8 of 12 companies shown"

    type_into(qtbot, page.filter_edit, "HI-TECH")  # a world, ignoring case
    assert listed_names(page) == ["Laboratorium Hoogland Analyse"]
    page.filter_edit.clear()
    assert page.company_proxy.rowCount() == 12


def test_the_list_sorts_by_chains_as_numbers(page: CompaniesPage) -> None:
    page.company_view.sortByColumn(Column.CHAINS, Qt.SortOrder.DescendingOrder)
    first_two = listed_names(page)[:2]
    assert set(first_two) == {"Transportbedrijf Koster", "Zorgcentrum De Linde"}
    assert listed_names(page)[-1] == "Drukkerij De Eemlijn"


# --- the form -------------------------------------------------------------------------


def test_selecting_a_company_fills_the_form(page: CompaniesPage) -> None:
    select_company(page, "Zorgcentrum De Linde")
    form = page.form
    assert form.name_edit.text() == "Zorgcentrum De Linde"
    assert form.place_edit.text() == "Leusden"
    assert form.capacity_edit.text() == "20"
    assert form.min_grade_combo.currentData() == 3
    assert form.confirmed_boxes.checked() == ("2026-2027",)
    assert form.confirmed_boxes.boxes["2026-2027"].isEnabled()
    assert set(form.world_list.checked()) == {"mens-gezondheid", "zorg-welzijn"}
    assert form.contact_table.contacts()[0].email == "m.jansen@delinde.example"
    role_models = form.role_model_table.role_models()
    assert [r.name for r in role_models] == ["Anja Kuipers", "Joris de Boer"]
    # A catalog profession is shown by name, and read back as its key.
    assert form.role_model_table.text(1, 1) == "Verpleegkundige"
    assert role_models[1].profession == "verpleegkundige"
    assert role_models[1].counter_stereotypical and role_models[1].is_parent
    assert form.usage_table.rowCount() == 2
    assert form.tabs.tabText(3) == "History (2)"
    assert not form.is_modified()
    assert not form.save_button.isEnabled()


def test_edit_save_and_undo_change_the_database_and_the_form(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    select_company(page, "Bakkerij Van den Hoek")
    type_into(qtbot, page.form.capacity_edit, "24")
    assert page.form.is_modified() and page.form.save_button.isEnabled()

    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)

    assert stored(demo, "Bakkerij Van den Hoek").capacity == 24
    assert not page.form.is_modified()
    assert demo.undo_stack.undoText() == "Edit company Bakkerij Van den Hoek"

    demo.undo_stack.undo()
    wait_for_reload(qtbot, page)
    assert stored(demo, "Bakkerij Van den Hoek").capacity == 15
    assert page.form.capacity_edit.text() == "15"
    demo.undo_stack.redo()
    wait_for_reload(qtbot, page)
    assert page.form.capacity_edit.text() == "24"


def test_revert_gives_back_the_company_as_loaded(qtbot: QtBot, page: CompaniesPage) -> None:
    select_company(page, "Bakkerij Van den Hoek")
    type_into(qtbot, page.form.name_edit, "Broodfabriek")
    page.form.world_list.check("hi-tech-science")
    assert page.form.title_label.text() == "Broodfabriek"
    qtbot.mouseClick(page.form.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.name_edit.text() == "Bakkerij Van den Hoek"
    assert "hi-tech-science" not in page.form.world_list.checked()
    assert not page.form.is_modified()


def test_new_company_is_saved_listed_and_selected_and_undo_removes_it(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.company_id is None and form.name_edit.text() == ""
    qtbot.keyClicks(form.name_edit, "Fietswerkplaats De Spaak")
    qtbot.keyClicks(form.place_edit, "Leusden")
    form.min_grade_combo.setCurrentIndex(form.min_grade_combo.findData(4))
    form.world_list.check("wonen-werken-verkeer")
    form.profession_list.check("automonteur")
    row = form.contact_table.add_row()
    form.contact_table.table.item(row, 0).setText("Łukasz Nowak")
    form.contact_table.table.item(row, 2).setText("lukasz@despaak.example")
    row = form.role_model_table.add_row()
    form.role_model_table.table.item(row, 0).setText("Ayşe Yılmaz")
    form.role_model_table.table.item(row, 1).setText("Automonteur")
    form.role_model_table.table.item(row, 3).setCheckState(Qt.CheckState.Checked)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = stored(demo, "Fietswerkplaats De Spaak")
    assert saved is not None
    assert (saved.place, saved.min_grade, saved.worlds) == ("Leusden", 4, ("wonen-werken-verkeer",))
    assert saved.contacts[0].name == "Łukasz Nowak"
    assert saved.role_models[0].profession == "automonteur"
    assert saved.role_models[0].counter_stereotypical
    assert "Fietswerkplaats De Spaak" in listed_names(page)
    assert page.company_view.currentIndex().data(COMPANY_ID_ROLE) == form.company_id
    assert form.company_id is not None and form.delete_button.isEnabled()

    demo.undo_stack.undo()
    wait_for_reload(qtbot, page)
    assert stored(demo, "Fietswerkplaats De Spaak") is None
    assert "Fietswerkplaats De Spaak" not in listed_names(page)


def test_field_problems_are_shown_in_dutch_and_the_typing_is_kept(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    select_company(page, "Autobedrijf Eemzicht")
    type_into(qtbot, page.form.name_edit, "")
    row = page.form.contact_table.add_row()
    page.form.contact_table.table.item(row, 0).setText("Ayşe Yılmaz")
    page.form.contact_table.table.item(row, 2).setText("ayse@eemzicht")
    undo_count = demo.undo_stack.count()

    assert page.save() is False

    shown = page.form.problems_text()
    assert "Vul de naam van het bedrijf in." in shown
    assert "Het e-mailadres 'ayse@eemzicht' van Ayşe Yılmaz klopt niet." in shown
    assert page.form.problems_label.isVisible()
    assert page.form.contact_table.text(row, 2) == "ayse@eemzicht"
    assert stored(demo, "Autobedrijf Eemzicht") is not None
    assert demo.undo_stack.count() == undo_count


def test_a_refusal_of_the_store_is_shown_in_the_form(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    select_company(page, "Drukkerij De Eemlijn")
    type_into(qtbot, page.form.name_edit, "bakkerij van den hoek")
    type_into(qtbot, page.form.place_edit, "Amersfoort")

    assert page.save() is False

    assert "Er is al een bedrijf 'bakkerij van den hoek' in Amersfoort" in page.form.problems_text()
    assert page.form.name_edit.text() == "bakkerij van den hoek"
    assert stored(demo, "Drukkerij De Eemlijn") is not None


# --- deleting -------------------------------------------------------------------------


def test_deleting_a_used_company_is_refused_in_dutch_and_nothing_is_deleted(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "_confirm_delete", lambda name: pytest.fail("asked needlessly"))
    select_company(page, "Transportbedrijf Koster")

    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)

    shown = page.form.problems_text()
    assert "'Transportbedrijf Koster' wordt gebruikt door 2 ketens" in shown
    assert "Groep 5" in shown
    assert stored(demo, "Transportbedrijf Koster") is not None
    assert len(listed_names(page)) == 12
    assert demo.undo_stack.count() == 0


def test_deleting_an_unused_company_and_undo_and_redo(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_delete", lambda name: asked.append(name) or True)
    select_company(page, "Drukkerij De Eemlijn")
    before = stored(demo, "Drukkerij De Eemlijn")

    qtbot.mouseClick(page.form.delete_button, Qt.MouseButton.LeftButton)

    assert asked == ["Drukkerij De Eemlijn"]
    assert stored(demo, "Drukkerij De Eemlijn") is None
    assert "Drukkerij De Eemlijn" not in listed_names(page)
    assert page.form.company_id is not None  # a neighbour is shown

    demo.undo_stack.undo()
    wait_for_reload(qtbot, page)
    assert stored(demo, "Drukkerij De Eemlijn") == before
    assert "Drukkerij De Eemlijn" in listed_names(page)

    demo.undo_stack.redo()  # deletes the company under its new id
    wait_for_reload(qtbot, page)
    assert stored(demo, "Drukkerij De Eemlijn") is None


def test_an_edit_before_a_delete_is_still_undone_after_the_company_came_back(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "_confirm_delete", lambda name: True)
    select_company(page, "Drukkerij De Eemlijn")
    type_into(qtbot, page.form.address_edit, "Nieuwe Weg 1")
    assert page.save()
    page.delete_company()

    demo.undo_stack.undo()  # the company comes back, with another id
    demo.undo_stack.undo()  # and the edit is undone on that new row
    wait_for_reload(qtbot, page)

    restored = stored(demo, "Drukkerij De Eemlijn")
    assert restored is not None and restored.address != "Nieuwe Weg 1"
    assert demo.undo_stack.canRedo() and demo.undo_stack.count() == 2
    demo.undo_stack.redo()
    assert stored(demo, "Drukkerij De Eemlijn").address == "Nieuwe Weg 1"


# --- unsaved changes and the chain builder ------------------------------------------------


@pytest.mark.parametrize("answer", [Answer.Cancel, Answer.Discard, Answer.Save])
def test_selecting_another_company_with_unsaved_edits_asks(
    qtbot: QtBot,
    page: CompaniesPage,
    demo: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    answer: Answer,
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(page, "_ask_about_unsaved_changes", lambda: asked.append(True) or answer)
    select_company(page, "Bakkerij Van den Hoek")
    page.form.notes_edit.setPlainText("Bellen in maart.")
    assert page.form.is_modified()

    select_company(page, "Autobedrijf Eemzicht")

    assert asked == [True]
    bakery = stored(demo, "Bakkerij Van den Hoek")
    if answer == Answer.Cancel:
        assert page.form.name_edit.text() == "Bakkerij Van den Hoek"
        assert page.form.notes_edit.toPlainText() == "Bellen in maart."
        assert page.company_view.currentIndex().data() == "Bakkerij Van den Hoek"
        assert bakery.notes == ""
    else:
        assert page.form.name_edit.text() == "Autobedrijf Eemzicht"
        assert page.company_view.currentIndex().data() == "Autobedrijf Eemzicht"
        assert bakery.notes == ("Bellen in maart." if answer == Answer.Save else "")


def test_double_clicking_a_chain_of_used_by_asks_for_the_chain_builder(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    select_company(page, "Zorgcentrum De Linde")
    page.form.tabs.setCurrentIndex(3)
    uses = stored(demo, "Zorgcentrum De Linde").used_by
    table = page.form.usage_table
    rect = table.visualRect(table.model().index(1, 1))
    with qtbot.waitSignal(page.chainBuilderRequested, timeout=1000) as request:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert request.args == [ChainRequest(chain_id=uses[1].chain_id)]


def test_the_page_follows_changes_made_elsewhere(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace
) -> None:
    select_company(page, "Drukkerij De Eemlijn")
    company = page.form.company_id

    def rename(session):
        session.get(Company, company).place = "Baarn"

    demo.run_in_transaction(rename, ["companies"])
    wait_for_reload(qtbot, page)
    assert page.form.place_edit.text() == "Baarn"
    listed = {c.name: c.place for c in demo.read(list_companies)}
    assert listed["Drukkerij De Eemlijn"] == "Baarn"
    assert page.company_view.currentIndex().data() == "Drukkerij De Eemlijn"


def test_undo_gives_back_what_was_stored_even_if_it_changed_after_the_form_loaded(
    qtbot: QtBot, page: CompaniesPage, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_company(page, "Drukkerij De Eemlijn")
    type_into(qtbot, page.form.address_edit, "Drukkersweg 2")  # unsaved, so kept on reload
    company = page.form.company_id

    def elsewhere(session):
        session.get(Company, company).notes = "Gewijzigd in een ander scherm."

    demo.run_in_transaction(elsewhere, ["companies"])
    wait_for_reload(qtbot, page)
    assert page.form.address_edit.text() == "Drukkersweg 2"
    # The form was loaded before that change: saving asks first (ui/conflict_dialog.py), and
    # only a save over it on purpose (twice yes) writes the form's notes over the new ones.
    conflicts: list[ConflictDialog] = []

    def overwrite(dialog: ConflictDialog) -> int:
        conflicts.append(dialog)
        dialog.overwrite_button.click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", overwrite)
    monkeypatch.setattr(conflict_dialog.QMessageBox, "question", lambda *_a: Answer.Yes)
    assert page.save()
    assert len(conflicts) == 1
    demo.undo_stack.undo()

    restored = stored(demo, "Drukkerij De Eemlijn")
    assert restored.notes == "Gewijzigd in een ander scherm."
    assert restored.address != "Drukkersweg 2"


def test_the_table_model_filters_and_finds_rows_among_thousands() -> None:
    from beroepsplanner.domain.catalog import CompanySummary
    from beroepsplanner.ui.models.company_table import CompanyFilterModel, CompanyTableModel

    companies = [
        CompanySummary(
            id=n,
            name=f"{'Bakkerij' if n % 10 == 0 else 'Garage'} {n}",
            place="Utrecht" if n % 2 else "Zeist",
            min_grade=None,
            capacity=None,
            confirmed=bool(n % 3),
            safety_checked=False,
            chains=n % 4,
        )
        for n in range(1, 2001)
    ]
    model = CompanyTableModel()
    model.set_companies(companies)
    proxy = CompanyFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("BAKKERIJ")
    assert proxy.rowCount() == 200
    proxy.set_search("bakkerij 1990")
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.NAME).data(COMPANY_ID_ROLE) == 1990
    proxy.set_search("")
    proxy.sort(Column.CHAINS, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.CHAINS).data() == "3"
    assert model.row_of(1990) == 1989
    assert model.index(model.row_of(3), Column.CHAINS).data() == "3"
    assert model.index(model.row_of(4), Column.CHAINS).data() == ""
