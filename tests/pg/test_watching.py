"""Colleagues' changes on a school server reach an open window (issue 16 item 5): the
window's watcher polls the change log, and a transaction that took its revision before
another but committed after it is not missed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from beroepsplanner.store.change_log import ChangeWatcher, Touched, writer_of
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import ChangeLogEntry, Company
from beroepsplanner.store.sessions import Database
from beroepsplanner.ui.companies_page import CompaniesPage
from beroepsplanner.ui.workspace import POLL_MS, Workspace

LOG = ChangeLogEntry.__table__


@pytest.fixture
def colleague(pg_demo_db: Database) -> Iterator[Database]:
    other = open_database(pg_demo_db.location, seed=False)
    yield other
    other.close()


def rename_company(database: Database, old: str, new: str) -> None:
    with database.session() as session, session.begin():
        company = session.scalars(select(Company).where(Company.name == old)).one()
        company.name = new


def test_a_late_commit_with_an_earlier_revision_is_still_seen(
    pg_demo_db: Database, colleague: Database
) -> None:
    watcher = ChangeWatcher(pg_demo_db)
    try:
        assert watcher.poll() is None
        with colleague.engine.connect() as slow:
            # A transaction takes its revision (the sequence) and has not committed yet…
            slow_transaction = slow.begin()
            late = slow.execute(
                insert(LOG).values(
                    writer="een-trage-collega", at=dt.datetime(2026, 12, 6),
                    touched=Touched().to_json(),
                )
            ).inserted_primary_key[0]
            # …while another commits after it, with a higher revision, and is seen.
            with pg_demo_db.session() as session:
                name = session.scalars(select(Company.name).order_by(Company.id)).first()
            assert name is not None
            rename_company(colleague, name, name + " (nieuw)")
            found = watcher.poll()
            assert found is not None
            entries, complete = found
            assert complete and [e.writer for e in entries] == [writer_of(colleague)]
            assert entries[0].revision > late
            slow_transaction.commit()
        found = watcher.poll()
        assert found is not None, "the late commit was missed"
        entries, complete = found
        assert [(e.revision, e.writer) for e in entries] == [(late, "een-trage-collega")]
        assert watcher.poll() is None  # seen once, not again
    finally:
        watcher.close()


def test_an_open_window_on_the_server_shows_a_colleague_s_change_and_keeps_its_selection(
    qtbot: QtBot, pg_demo_db: Database, colleague: Database
) -> None:
    workspace = Workspace()
    workspace.open(pg_demo_db.location)
    try:
        page = CompaniesPage(workspace)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        proxy = page.company_proxy
        qtbot.waitUntil(lambda: proxy.rowCount() > 2)
        names = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
        chosen, other = names[1], names[-1]
        page.company_view.selectRow(1)
        assert page.company_view.currentIndex().data() == chosen

        with qtbot.waitSignal(workspace.dataChanged, timeout=3 * POLL_MS,
                              check_params_cb=lambda subject: subject == "companies"):
            rename_company(colleague, other, "Zzz Nieuwe Naam BV")
        qtbot.waitUntil(
            lambda: "Zzz Nieuwe Naam BV"
            in [proxy.index(row, 0).data() for row in range(proxy.rowCount())],
            timeout=3 * POLL_MS,
        )
        selected = page.company_view.selectionModel().selectedRows()
        assert [index.data() for index in selected] == [chosen]
    finally:
        workspace.close()
