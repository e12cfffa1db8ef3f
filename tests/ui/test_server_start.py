"""The window's start on a school server (``ui/start.py``, issue 16 item 9): the state of the
server database read with psycopg alone, the year plan kept for that server and state shown
before the database is opened, and not read again when nothing changed since."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import insert

from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.models import ChangeLogEntry
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.start_view import (
    keep_start_view,
    kept_start_view,
    read_start_view,
    server_state,
    session_state,
)
from beroepsplanner.ui.start import quick_start
from tests.ui.test_start import process_start, run_until, watch_start


def _colleague_writes(database: Database) -> None:
    """A colleague's transaction: every write leaves a row in the change log."""
    with database.transaction() as session:
        session.execute(
            insert(ChangeLogEntry.__table__).values(writer="collega", at="2026-12-06 10:00:00", touched="{}")
        )


def test_the_servers_state_read_with_psycopg_is_the_state_read_through_the_store(
    pg_demo_db: Database,
) -> None:
    with pg_demo_db.session() as session:
        through_store = session_state(session)
        view = read_start_view(session)
    assert server_state(pg_demo_db.location) == through_store == view.state
    assert keep_start_view(pg_demo_db.location, view)
    assert kept_start_view(pg_demo_db.location, view.state) == view

    _colleague_writes(pg_demo_db)
    changed = server_state(pg_demo_db.location)
    assert changed is not None and changed != view.state
    assert kept_start_view(pg_demo_db.location, changed) is None


def test_a_server_that_cannot_be_asked_has_no_state_and_no_quick_view(tmp_path: Path) -> None:
    nowhere = DatabaseLocation.parse(f"postgresql://juf@/school?host={tmp_path}/geen-server&port=5432")
    assert server_state(nowhere) is None
    quick = quick_start(nowhere)
    assert quick is not None and quick.file is None  # opens on the thread, which says why
    assert quick.kept_view() is None


def test_the_kept_year_plan_of_a_server_is_shown_before_it_opens_and_not_read_again(
    qapp: QApplication, pg_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pg_demo_db.session() as session:
        assert keep_start_view(pg_demo_db.location, read_start_view(session))
    seen, reloads = watch_start(monkeypatch)

    assert run_until(pg_demo_db.location, lambda window: window.workspace.is_open) == 0  # type: ignore[arg-type]
    # First the name only, then the kept plan — both before the database was open.
    assert seen == [(False, False), (False, True)]
    assert reloads == []  # the server was as kept: the plan was not read again

    # A colleague saved something since: the kept plan does not match; the thread reads
    # the plan (shown without reading it again) and keeps it for the next start.
    _colleague_writes(pg_demo_db)
    state = server_state(pg_demo_db.location)
    assert state is not None and kept_start_view(pg_demo_db.location, state) is None
    assert run_until(pg_demo_db.location, lambda window: window.workspace.is_open) == 0  # type: ignore[arg-type]
    assert reloads == []
    assert kept_start_view(pg_demo_db.location, state) is not None


def test_a_server_url_given_as_text_starts_without_sqlalchemy_and_says_what_is_wrong(
    qapp: QApplication, pg_demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--db postgresql://…`` reaches the window as text: the kept plan is shown from it,
    and a URL that cannot be opened is said in the window (exit code 1), as before the
    window it was said on the command line."""
    text = str(pg_demo_db.location)
    with pg_demo_db.session() as session:
        assert keep_start_view(text, read_start_view(session))
    seen, reloads = watch_start(monkeypatch)
    assert run_until(text, lambda window: window.workspace.is_open) == 0  # type: ignore[arg-type]
    assert seen == [(False, False), (False, True)] and reloads == []

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, message: said.append(message)))
    wrong = text.replace(pg_demo_db.location.database_name, "bestaat-niet")
    assert run_until(wrong, lambda window: False) == 1  # type: ignore[arg-type]
    assert len(said) == 1 and "bestaat-niet" in said[0]


def test_the_program_on_a_server_shows_its_frame_and_kept_plan_without_the_database_layer(
    pg_demo_db: Database, tmp_path: Path
) -> None:
    """``beroepsplanner --db postgresql://…`` as a process: nothing of SQLAlchemy before the
    frame, and the second time the kept year plan painted before the database was open."""
    start = process_start(str(pg_demo_db.location), tmp_path)
    first = start()  # reads the plan on the thread and keeps it
    assert first["imported_before_frame"] == []
    again = start()
    assert again["imported_before_frame"] == []
    assert again["frame"] <= again["plan"] < again["ready"]  # type: ignore[operator]
