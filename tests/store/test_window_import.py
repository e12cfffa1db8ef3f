"""Undo of a company import (store/transfer/window_import.py): exact, or refused before writing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from beroepsplanner.domain.company_details import RoleModelDetails
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.tables import read_csv_text
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.company_network import company_details, update_company
from beroepsplanner.store.database import open_database
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.company_export import company_rows
from beroepsplanner.store.transfer.company_import import import_companies
from beroepsplanner.store.transfer.window_import import (
    company_import_snapshot,
    dry_run_company_import,
    undo_company_import,
)

ROWS = parse_companies(
    read_csv_text("Naam;Plaats;E-mail\nBakkerij Mol;Utrecht;info@mol.nl\nZorg BV;Ede;\n")
).rows


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "test.db")
    yield db
    db.close()


def test_a_dry_run_counts_but_keeps_nothing(database: Database) -> None:
    with database.session() as session:
        result = dry_run_company_import(session, ROWS)
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    with database.session() as session:
        assert company_rows(session) == []


def test_undo_is_refused_whole_when_an_added_company_got_a_role_model(database: Database) -> None:
    with database.transaction() as session:
        snapshot = company_import_snapshot(session, ROWS)
        import_companies(session, ROWS)
    with database.transaction() as session:
        company_id = next(c.id for c in list_companies(session) if c.name == "Zorg BV")
        details = company_details(session, company_id)
        jan = RoleModelDetails(name="Jan", profession="verpleegkundige")
        update_company(session, company_id, replace(details, role_models=(jan,)))
    with database.session() as session:
        before = company_rows(session)
    with pytest.raises(InvalidInputError, match="Zorg BV"):
        with database.transaction() as session:
            undo_company_import(session, snapshot)
    with database.session() as session:
        assert company_rows(session) == before
