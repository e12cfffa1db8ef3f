"""Back-ups are consistent copies; restoring keeps the current file and refuses bad files."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from beroepsplanner.domain.kinds import Region
from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.backup import (
    automatic_backup,
    backup_database,
    database_identity,
    restore_database,
)
from beroepsplanner.store.classes import add_class, ensure_school, list_year_classes
from beroepsplanner.store.database import open_database
from beroepsplanner.store.sessions import Database

YEAR = "2026-2027"


def make_database(path: Path, *classes: str) -> Database:
    database = open_database(path)
    with database.transaction() as session:
        ensure_school(session, "De Vlieger", Region.MIDDEN, YEAR)
        for name in classes:
            add_class(session, YEAR, name, 6)
    return database


def class_names(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            return [c.name for c in list_year_classes(session, YEAR)]
    finally:
        database.close()


def test_a_backup_taken_while_the_database_is_open_holds_every_committed_change(
    tmp_path: Path,
) -> None:
    database = make_database(tmp_path / "school.db", "Groep 6a", "Groep 7b")
    try:
        # The database stays open (WAL, changes maybe only in the -wal file).
        target = backup_database(database.path, tmp_path / "kopie" / "school-backup.db")
    finally:
        database.close()

    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    assert class_names(target) == ["Groep 6a", "Groep 7b"]
    assert not list(tmp_path.glob("kopie/*.bezig"))


def test_a_backup_onto_the_database_itself_is_refused(tmp_path: Path) -> None:
    database = make_database(tmp_path / "school.db")
    database.close()

    with pytest.raises(DatabaseError, match="ander bestand"):
        backup_database(tmp_path / "school.db", tmp_path / "school.db")


def test_a_backup_into_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    database = make_database(tmp_path / "school.db")
    database.close()
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map")

    with pytest.raises(DatabaseError, match="niet gelukt"):
        backup_database(tmp_path / "school.db", blocked / "kopie.db")


def test_restore_puts_the_backup_back_and_keeps_the_current_file_aside(tmp_path: Path) -> None:
    school = tmp_path / "school.db"
    make_database(school, "Groep 6a").close()
    backup = backup_database(school, tmp_path / "backup.db")
    database = open_database(school)
    with database.transaction() as session:
        add_class(session, YEAR, "Groep 8", 8)
    database.close()

    kept = restore_database(backup, school, now=dt.datetime(2026, 11, 23, 10, 30, 0))

    assert kept == tmp_path / "school.voor-terugzetten-20261123-103000.db"
    assert class_names(school) == ["Groep 6a"]
    assert class_names(kept) == ["Groep 6a", "Groep 8"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"dit is geen database" * 50, "geen Beroepsplanner-database"),
        (b"", "geen Beroepsplanner-database"),
    ],
)
def test_restoring_a_file_that_is_no_backup_changes_nothing(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    school = tmp_path / "school.db"
    make_database(school, "Groep 6a").close()
    before = school.read_bytes()
    bad = tmp_path / "kapot.db"
    bad.write_bytes(content)

    with pytest.raises(DatabaseError) as caught:
        restore_database(bad, school)

    assert "geen bruikbare back-up" in str(caught.value)
    assert school.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kapot.db", "school.db"]


def test_restoring_a_foreign_sqlite_file_changes_nothing(tmp_path: Path) -> None:
    school = tmp_path / "school.db"
    make_database(school, "Groep 6a").close()
    foreign = tmp_path / "adressen.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("create table adres (straat text)")
    connection.close()

    with pytest.raises(DatabaseError, match="geen bruikbare back-up"):
        restore_database(foreign, school)

    assert class_names(school) == ["Groep 6a"]


def test_restoring_a_missing_file_says_which(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="bestaat niet"):
        restore_database(tmp_path / "weg.db", tmp_path / "school.db")


def test_automatic_backups_are_made_once_a_day_and_kept_for_seven_days(tmp_path: Path) -> None:
    school = tmp_path / "school.db"
    make_database(school, "Groep 6a").close()
    folder = tmp_path / "back-ups"
    unrelated = folder / "notities.db"
    folder.mkdir()
    unrelated.write_text("van de gebruiker")

    start = dt.date(2026, 11, 1)
    made = [automatic_backup(school, folder, today=start + dt.timedelta(days=n)) for n in range(10)]
    again = automatic_backup(school, folder, today=start + dt.timedelta(days=9))

    assert all(path is not None for path in made) and again is None
    identity = database_identity(school)
    kept = sorted(p.name for p in folder.glob("school-*.db"))
    assert kept == [f"school-{identity}-2026-11-{day:02d}.db" for day in range(4, 11)]
    assert unrelated.read_text() == "van de gebruiker"
    assert class_names(folder / f"school-{identity}-2026-11-10.db") == ["Groep 6a"]


def _restore_setup(tmp_path: Path) -> tuple[Path, Path, bytes]:
    school = tmp_path / "school.db"
    make_database(school, "Groep 6a").close()
    backup = backup_database(school, tmp_path / "backup.db")
    database = open_database(school)
    with database.transaction() as session:
        add_class(session, YEAR, "Groep 8", 8)
    database.close()
    return school, backup, school.read_bytes()


def test_a_full_disk_while_restoring_leaves_the_database_and_no_hidden_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restore replaces the database through ``whole_file``: the copy is flushed to the
    disk before the current file moves aside; a full disk there changes nothing."""
    school, backup, before = _restore_setup(tmp_path)
    listed = sorted(p.name for p in tmp_path.iterdir())

    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DatabaseError) as caught:
        restore_database(backup, school)
    assert caught.value.key == "restore-disk-full" and "zoals hij was" in str(caught.value)
    assert school.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listed


def test_a_failed_rename_while_restoring_puts_the_database_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school, backup, before = _restore_setup(tmp_path)
    listed = sorted(p.name for p in tmp_path.iterdir())
    real_replace = os.replace

    def refuse_the_backup(source: str | Path, target: str | Path) -> None:
        if Path(target) == school and ".terugzetten" in Path(source).name:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", refuse_the_backup)
    with pytest.raises(DatabaseError) as caught:
        restore_database(backup, school)
    assert caught.value.key == "restore-no-permission"
    assert school.read_bytes() == before  # moved aside and back again
    assert sorted(p.name for p in tmp_path.iterdir()) == listed
