"""A plan moves between a file and a server unchanged: what one kind of database holds,
the other exports byte for byte the same."""

from __future__ import annotations

import shutil
from pathlib import Path

from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.database import open_database
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_import import import_plan
from tests.io.plans import export_bytes


def test_the_demo_plan_from_a_file_exports_the_same_bytes_from_a_server(
    demo_file: Path, pg_empty_db: Database, tmp_path: Path
) -> None:
    shutil.copyfile(demo_file, tmp_path / "school.db")
    file_db = open_database(tmp_path / "school.db")
    try:
        from_file = export_bytes(file_db, tmp_path, "bestand.json")
    finally:
        file_db.close()
    import_plan(pg_empty_db, read_plan(from_file))
    assert export_bytes(pg_empty_db, tmp_path, "server.json") == from_file


def test_the_demo_plan_from_a_server_exports_the_same_bytes_from_a_file(
    pg_demo_db: Database, tmp_path: Path
) -> None:
    from_server = export_bytes(pg_demo_db, tmp_path, "server.json")
    file_db = open_database(tmp_path / "nieuw.db")
    try:
        import_plan(file_db, read_plan(from_server))
        assert export_bytes(file_db, tmp_path, "bestand.json") == from_server
    finally:
        file_db.close()
