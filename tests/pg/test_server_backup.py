"""A back-up of a server database is a database file; a back-up goes back into a file or a
server, never with pg_dump (store/server_backup.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beroepsplanner.errors import BeroepsplannerError, DatabaseError
from beroepsplanner.output_files import is_backup_file
from beroepsplanner.store.backup import restore_database
from beroepsplanner.store.database import open_database
from beroepsplanner.store.server_backup import back_up, backup_server, restore, restore_server
from beroepsplanner.store.sessions import Database
from tests.io.plans import export_bytes


def export_of(location: object, folder: Path, name: str) -> bytes:
    database = open_database(location, seed=False)  # type: ignore[arg-type]
    try:
        return export_bytes(database, folder, name)
    finally:
        database.close()


def test_a_server_s_back_up_is_a_marked_database_file_with_everything(
    pg_demo_db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "server-back-up.db"

    written = back_up(pg_demo_db.location, target)

    assert written == target
    assert is_backup_file(target)
    assert export_of(target, tmp_path, "back-up.json") == export_bytes(pg_demo_db, tmp_path, "server.json")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_server_s_back_up_replaces_an_earlier_back_up_but_never_a_database(
    pg_demo_db: Database, demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "back-up.db"
    backup_server(pg_demo_db.location, target)
    backup_server(pg_demo_db.location, target)  # an earlier back-up: replaced
    database = tmp_path / "school.db"
    shutil.copyfile(demo_file, database)
    before = database.read_bytes()
    with pytest.raises(BeroepsplannerError) as refused:
        backup_server(pg_demo_db.location, database)
    assert refused.value.key == "backup-replaces-only-backup"
    assert database.read_bytes() == before


def test_a_server_s_back_up_goes_back_into_a_file(pg_demo_db: Database, tmp_path: Path) -> None:
    backup = backup_server(pg_demo_db.location, tmp_path / "back-up.db")
    target = tmp_path / "school.db"

    assert restore_database(backup, target) is None

    assert export_of(target, tmp_path, "file.json") == export_bytes(pg_demo_db, tmp_path, "server.json")


def test_a_back_up_goes_into_a_server_and_what_it_held_is_kept(
    demo_file: Path, pg_demo_db: Database, tmp_path: Path
) -> None:
    server_before = export_bytes(pg_demo_db, tmp_path, "voor.json")
    # A back-up of another school (the demo with one class less).
    school = tmp_path / "school.db"
    shutil.copyfile(demo_file, school)
    database = open_database(school)
    with database.transaction() as session:
        from sqlalchemy import delete, select

        from beroepsplanner.store.models import SchoolClass

        first = session.scalars(select(SchoolClass.id).order_by(SchoolClass.id)).first()
        session.execute(delete(SchoolClass).where(SchoolClass.id == first))
    database.close()
    backup = back_up(school, tmp_path / "back-up.db")
    kept_folder = tmp_path / "bewaard"

    kept = restore(backup, pg_demo_db.location, kept_folder=kept_folder)

    assert export_bytes(pg_demo_db, tmp_path, "na.json") == export_of(school, tmp_path, "school.json")
    assert kept is not None and kept.parent == kept_folder
    assert ".voor-terugzetten-" in kept.name and is_backup_file(kept)
    assert export_of(kept, tmp_path, "bewaard.json") == server_before


def test_a_back_up_goes_into_an_empty_server(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    backup = back_up(demo_file, tmp_path / "back-up.db")

    assert restore_server(backup, open_location(pg_url), kept_folder=tmp_path / "bewaard") is None

    assert export_of(pg_url, tmp_path, "server.json") == export_of(demo_file, tmp_path, "file.json")


def open_location(url: str):  # type: ignore[no-untyped-def]
    from beroepsplanner.store.location import DatabaseLocation

    return DatabaseLocation.parse(url)


@pytest.mark.parametrize("content", [b"geen database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_bad_back_up_is_refused_and_the_server_is_unchanged(
    content: bytes, pg_demo_db: Database, tmp_path: Path
) -> None:
    before = export_bytes(pg_demo_db, tmp_path, "voor.json")
    bad = tmp_path / "kapot.db"
    bad.write_bytes(content)

    with pytest.raises(DatabaseError) as refused:
        restore(bad, pg_demo_db.location, kept_folder=tmp_path / "bewaard")

    assert refused.value.key in ("restore-not-a-database", "restore-not-usable")
    assert "geen bruikbare back-up" in str(refused.value)
    assert str(bad) in str(refused.value)
    assert export_bytes(pg_demo_db, tmp_path, "na.json") == before
    assert not (tmp_path / "bewaard").exists() or list((tmp_path / "bewaard").iterdir()) == []
