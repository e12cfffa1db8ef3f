"""A colleague's change refreshes the pages in place: the row the user selected stays
selected and the list does not jump back to the top (issue 16 item 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.models import Company
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui.classes_page import ClassesPage
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.workspace import POLL_MS, Workspace


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "groot.db"
    database = open_database(path)
    try:
        build_demo(database, "large")
    finally:
        database.close()
    return path


@pytest.fixture
def opened(large_file: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Database]]:
    path = tmp_path / "groot.db"
    path.write_bytes(large_file.read_bytes())
    workspace = Workspace()
    workspace.open(path)
    colleague = open_database(path, seed=False)
    yield workspace, colleague
    colleague.close()
    workspace.close()


def test_the_companies_list_keeps_its_place_when_a_colleague_renames_another_company(
    qtbot: QtBot, opened: tuple[Workspace, Database]
) -> None:
    workspace, colleague = opened
    page = CompaniesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    view, proxy = page.company_view, page.company_proxy
    qtbot.waitUntil(lambda: proxy.rowCount() > 200)
    row = proxy.rowCount() // 2
    view.selectRow(row)
    view.scrollTo(proxy.index(row, 0))
    chosen = proxy.index(row, 0).data()
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    first = proxy.index(0, 0).data()

    with colleague.session() as session, session.begin():
        company = session.scalars(select(Company).where(Company.name == first)).first()
        assert company is not None
        company.name = first + " en Zonen"
    qtbot.waitUntil(
        lambda: first + " en Zonen" in [proxy.index(r, 0).data() for r in range(5)],
        timeout=3 * POLL_MS,
    )

    assert [index.data() for index in view.selectionModel().selectedRows()] == [chosen]
    assert view.verticalScrollBar().value() == scrolled


def test_the_classes_list_keeps_its_selection_when_a_colleague_changes_a_company(
    qtbot: QtBot, opened: tuple[Workspace, Database]
) -> None:
    workspace, colleague = opened
    page = ClassesPage(workspace)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    view = page.class_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 3)
    view.selectRow(3)
    chosen = view.model().index(3, 0).data()
    with colleague.session() as session, session.begin():
        company = session.scalars(select(Company).limit(1)).one()
        company.name = company.name + " (nieuw)"
    qtbot.wait(2 * POLL_MS)
    assert [index.data() for index in view.selectionModel().selectedRows()] == [chosen]
