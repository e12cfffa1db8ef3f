"""A reading session on a server ends with COMMIT when it only read, so the connection keeps
its prepared statements (``store/server_reads.py``); a reading session that wrote anything
still keeps nothing of it. The same for a refused save: one that wrote nothing ends with
COMMIT, one that wrote keeps nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, text, update

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.chain_editing import load_chain_form, load_versioned_form, save_edited_chain
from beroepsplanner.store.models import Chain
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.store.sessions import Database


def first_chain(database: Database) -> tuple[int, str]:
    with database.session() as session:
        chain = session.scalars(select(Chain).order_by(Chain.id)).first()
        assert chain is not None
        return chain.id, chain.notes


def test_a_read_made_again_and_again_is_planned_once(pg_demo_db: Database) -> None:
    chain_id, _ = first_chain(pg_demo_db)
    pids = set()
    for _ in range(8):
        with pg_demo_db.session() as session:
            load_chain_form(session, chain_id)
            pids.add(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    # One connection served every session (the pool gives back the one it got back).
    assert len(pids) == 1
    with pg_demo_db.session() as session:
        prepared = session.execute(
            text(
                "SELECT statement, generic_plans + custom_plans FROM pg_prepared_statements "
                "WHERE statement LIKE 'SELECT chains.id%'"
            )
        ).all()
    # psycopg prepares a statement at its fifth run on a connection; a ROLLBACK at the end
    # of each reading session would have thrown it away every time (DEALLOCATE ALL).
    assert len(prepared) == 1, prepared
    assert prepared[0][1] >= 3


def test_a_reading_session_that_wrote_keeps_nothing(pg_demo_db: Database) -> None:
    chain_id, notes = first_chain(pg_demo_db)
    # A statement past the ORM.
    with pg_demo_db.session() as session:
        session.execute(update(Chain).where(Chain.id == chain_id).values(notes="niet bewaard 1"))
    # A change the ORM flushed before a query (autoflush), then only reading.
    with pg_demo_db.session() as session:
        session.get_one(Chain, chain_id).notes = "niet bewaard 2"
        assert session.scalar(select(Chain.notes).where(Chain.id == chain_id)) == "niet bewaard 2"
    # A change left in memory.
    with pg_demo_db.session() as session:
        session.get_one(Chain, chain_id).notes = "niet bewaard 3"
    assert first_chain(pg_demo_db) == (chain_id, notes)


def _prepared_reads(database: Database) -> int:
    """How many statements reading a chain the session's connection has prepared."""
    with database.session() as session:
        return len(
            session.execute(
                text("SELECT 1 FROM pg_prepared_statements WHERE statement LIKE 'SELECT chains.id%'")
            ).all()
        )


def test_a_refused_save_that_wrote_nothing_keeps_the_prepared_statements(pg_demo_db: Database) -> None:
    """A colleague's save in between: the builder's UPDATE matches no row and the save is
    refused. Nothing was written, so the transaction ends with COMMIT and the connection
    keeps what it prepared (a ROLLBACK would have thrown it away: DEALLOCATE ALL)."""
    chain_id, _ = first_chain(pg_demo_db)
    for _ in range(6):
        with pg_demo_db.session() as session:
            version, loaded = load_versioned_form(session, chain_id)
    assert _prepared_reads(pg_demo_db) == 1
    with pg_demo_db.transaction() as session:
        save_edited_chain(session, replace(loaded, notes="Collega."), chain_id, version=version, loaded=loaded)
    with pytest.raises(ChangedByColleagueError):
        with pg_demo_db.transaction() as session:
            save_edited_chain(session, replace(loaded, notes="Ik."), chain_id, version=version, loaded=loaded)
    assert _prepared_reads(pg_demo_db) == 1
    assert first_chain(pg_demo_db) == (chain_id, "Collega.")


def test_a_refusal_after_a_write_keeps_nothing(pg_demo_db: Database) -> None:
    chain_id, notes = first_chain(pg_demo_db)
    with pytest.raises(InvalidInputError):
        with pg_demo_db.transaction() as session:
            session.execute(update(Chain).where(Chain.id == chain_id).values(notes="niet bewaard"))
            raise InvalidInputError("Geweigerd.", key="test-refusal")
    with pytest.raises(InvalidInputError):
        with pg_demo_db.transaction() as session:
            session.get_one(Chain, chain_id).notes = "ook niet bewaard"
            session.flush()
            raise InvalidInputError("Geweigerd.", key="test-refusal")
    assert first_chain(pg_demo_db) == (chain_id, notes)
