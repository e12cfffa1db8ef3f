"""A chain's document read with plain SQL (``store/document_query.py``, the quick print) is
the document the store builds through the ORM (``store/documents.py``), for every chain,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from beroepsplanner.errors import NotFoundError
from beroepsplanner.store import document_query
from beroepsplanner.store.checks import SETTING_PREFIX, load_rule_settings, save_rule_setting
from beroepsplanner.store.demo import build_demo
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Chain, Setting
from beroepsplanner.store.seed import SEED_DIGEST_SETTING, SEED_FILES, read_catalog
from beroepsplanner.store.sessions import Database


def _documents_equal(database: Database) -> int:
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        with database.session() as session:
            ids = list(session.scalars(select(Chain.id).order_by(Chain.id)))
            for chain_id in ids:
                assert document_query.chain_document(connection, chain_id) == chain_document_by_id(
                    session, chain_id
                ), chain_id
            assert document_query.rule_settings(connection) == load_rule_settings(session)
    finally:
        raw.close()
    return len(ids)


def test_every_demo_chain_reads_the_same_with_plain_sql(
    make_database: Callable[[str], Database],
) -> None:
    database = make_database("demo")
    with database.transaction() as session:
        # Settings the documents use: an outing's companions follow them.
        save_rule_setting(session, "pupils_per_adult_older", 7)
    assert _documents_equal(database) > 20


def test_the_large_demos_chains_read_the_same(tmp_path: Path) -> None:
    from beroepsplanner.store.database import open_database

    database = open_database(tmp_path / "groot.db")
    try:
        build_demo(database, "large")
        assert _documents_equal(database) >= 300
    finally:
        database.close()


def test_an_unknown_chain_is_the_same_dutch_refusal(demo_db: Database) -> None:
    raw = demo_db.engine.raw_connection()
    try:
        with pytest.raises(NotFoundError) as plain:
            document_query.chain_document(raw.driver_connection, 999999)
    finally:
        raw.close()
    with demo_db.session() as session, pytest.raises(NotFoundError) as orm:
        chain_document_by_id(session, 999999)
    assert str(plain.value) == str(orm.value) and plain.value.key == orm.value.key


def test_status_years_and_seed_as_the_store_has_them(demo_db: Database) -> None:
    assert demo_db.path is not None
    with closing(sqlite3.connect(demo_db.path)) as connection, demo_db.session() as session:
        chain = session.scalars(select(Chain).order_by(Chain.id)).first()
        assert chain is not None
        assert document_query.chain_status(connection, chain.id) == chain.status.value
        assert document_query.chain_status(connection, 999999) is None
        assert document_query.school_year_count(connection) >= 1
        stored = session.get(Setting, SEED_DIGEST_SETTING)
        assert stored is not None
        assert document_query.seed_digest(connection) == stored.value == read_catalog().digest
        assert document_query.bundled_seed_digest() == read_catalog().digest
        assert document_query.SEED_FILES == SEED_FILES
        assert document_query.RULE_SETTING_PREFIX == SETTING_PREFIX


def test_the_quick_read_is_only_for_a_current_file_and_a_chain_that_is_no_concept(
    demo_db: Database, tmp_path: Path
) -> None:
    assert demo_db.path is not None
    with demo_db.session() as session:
        chains = list(session.scalars(select(Chain).order_by(Chain.id)))
        planned = next(c for c in chains if c.status.value != "concept")
        concept = next((c for c in chains if c.status.value == "concept"), None)
        expected = chain_document_by_id(session, planned.id)
    found = document_query.quick_chain_document(demo_db.path, planned.id)
    assert found is not None and found[0] == expected and found[1] >= 1
    if concept is not None:
        assert document_query.quick_chain_document(demo_db.path, concept.id) is None
    assert document_query.quick_chain_document(demo_db.path, 999999) is None  # says why the ordinary way
    other = tmp_path / "ander.db"
    with closing(sqlite3.connect(demo_db.path)) as source, closing(sqlite3.connect(other)) as copy:
        source.backup(copy)
    with closing(sqlite3.connect(other)) as connection, connection:
        connection.execute("UPDATE settings SET value = '\"ouder\"' WHERE key = ?", (SEED_DIGEST_SETTING,))
    assert document_query.quick_chain_document(other, planned.id) is None  # catalog to update
    with closing(sqlite3.connect(other)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert document_query.quick_chain_document(other, planned.id) is None  # schema to upgrade
    (tmp_path / "tekst.db").write_text("geen database")
    assert document_query.quick_chain_document(tmp_path / "tekst.db", planned.id) is None
