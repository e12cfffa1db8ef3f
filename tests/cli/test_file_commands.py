"""``backup``, ``restore`` and ``export ical`` through ``cli.main``."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from icalendar import Calendar

from beroepsplanner import cli


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def class_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [n for (n,) in connection.execute("SELECT name FROM classes ORDER BY name")]


@pytest.fixture
def writer(db: Path) -> Iterator[sqlite3.Connection]:
    """Another program (the window) in the middle of a write transaction on ``db``."""
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE classes SET name = 'Half geschreven' WHERE name = 'Groep 3'")
    yield connection
    connection.execute("ROLLBACK")
    connection.close()


# --- backup ------------------------------------------------------------------------


def test_backup_prints_where_it_went_and_holds_everything(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "usb" / "school-back-up.db"
    code, out, err = run(capsys, "backup", "--out", out_file, "--db", db)
    assert code == 0, err
    assert out.startswith(f"Back-up van {db} gemaakt: {out_file} (") and out.rstrip().endswith("kB).")
    assert class_names(out_file) == class_names(db)
    assert not list(out_file.parent.glob("*.bezig"))


def test_backup_into_a_folder_names_the_file_with_the_date(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "backup", "--out", f"{tmp_path / 'back-ups'}/", "--db", db)
    assert code == 0, err
    (made,) = (tmp_path / "back-ups").glob("school-back-up-*.db")
    assert str(made) in out
    assert class_names(made) == class_names(db)


def test_an_open_write_transaction_elsewhere_does_not_block_the_backup(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, writer: sqlite3.Connection
) -> None:
    out_file = tmp_path / "kopie.db"
    start = time.monotonic()
    code, out, err = run(capsys, "backup", "--out", out_file, "--wait", "3", "--db", db)
    assert code == 0, err
    assert time.monotonic() - start < 3
    names = class_names(out_file)
    assert "Groep 3" in names and "Half geschreven" not in names  # only what was committed


def test_a_database_locked_by_another_program_gives_up_with_a_dutch_message(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(db, isolation_level=None)) as locker:
        # An old-style exclusive lock: nobody may even read until it is given back.
        locker.execute("PRAGMA locking_mode = EXCLUSIVE")
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("UPDATE classes SET teacher = 'x'")
        start = time.monotonic()
        code, out, err = run(capsys, "backup", "--out", tmp_path / "kopie.db", "--wait", "0.5", "--db", db)
        waited = time.monotonic() - start
        locker.execute("ROLLBACK")
    assert code == 1 and out == ""
    assert "is bezet door een ander programma; er is geen back-up gemaakt" in err
    assert "Traceback" not in err
    assert waited < 5
    assert not (tmp_path / "kopie.db").exists() and not list(tmp_path.glob("*.bezig"))


def test_backup_of_a_missing_database_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "backup", "--out", tmp_path / "b.db", "--db", tmp_path / "nergens.db")
    assert code == 1 and "nergens.db bestaat niet" in err
    assert not (tmp_path / "nergens.db").exists() and not (tmp_path / "b.db").exists()


# --- restore -----------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_names_the_kept_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "back-up.db"
    assert run(capsys, "backup", "--out", backup, "--db", db)[0] == 0
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("UPDATE classes SET name = 'Later hernoemd' WHERE name = 'Groep 3'")
    code, out, err = run(capsys, "restore", backup, "--db", db)
    assert code == 0, err
    (kept,) = tmp_path.glob("school.voor-terugzetten-*.db")
    assert out.splitlines() == [
        f"Back-up {backup} teruggezet in {db}.",
        f"Het vorige bestand is bewaard als {kept}.",
    ]
    assert "Groep 3" in class_names(db)
    assert "Later hernoemd" in class_names(kept)


@pytest.mark.parametrize("content", [b"gewoon een tekstbestand\n", b"SQLite format 3\x00" + bytes(200)])
def test_a_bad_backup_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "kapot.db"
    bad.write_bytes(content)
    before = db.read_bytes()
    code, out, err = run(capsys, "restore", bad, "--db", db)
    assert code == 1 and out == ""
    assert "geen bruikbare back-up van Beroepsplanner" in err and "Er is niets veranderd" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*voor-terugzetten*")) and not list(tmp_path.glob("*.terugzetten*"))


def test_restore_is_refused_while_the_database_is_open_elsewhere(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "back-up.db"
    assert run(capsys, "backup", "--out", backup, "--db", db)[0] == 0
    with closing(sqlite3.connect(db)) as window:
        window.execute("SELECT count(*) FROM classes").fetchall()
        code, _, err = run(capsys, "restore", backup, "--db", db)
    assert code == 1
    assert "nog open in een ander programma" in err and "er is niets veranderd" in err
    assert not list(tmp_path.glob("*voor-terugzetten*"))


def test_restore_of_a_missing_file(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "restore", tmp_path / "weg.db", "--db", db)
    assert code == 1 and "bestaat niet" in err


# --- export ical -------------------------------------------------------------------


def test_export_ical_for_a_class(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "agenda.ics"
    code, out, err = run(capsys, "export", "ical", "--class", "Groep 6b", "--out", out_file, "--db", db)
    assert code == 0, err
    events = list(Calendar.from_ical(out_file.read_bytes()).walk("VEVENT"))
    assert out.startswith(f"Agenda geschreven naar {out_file}: {len(events)} afspraken uit 2 ketens van 1 klas.")
    assert all(str(e["UID"]).endswith(".beroepsplanner.local") for e in events)
    assert not any(str(e["UID"]).startswith("keten-") for e in events)  # no database ids


def test_export_ical_of_an_unknown_class_is_dutch(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "export", "ical", "--class", "Groep 9", "--out", tmp_path / "a.ics", "--db", db)
    assert code == 1 and out == ""
    assert "Er is geen klas 'Groep 9' in schooljaar 2026-2027." in err
    assert not (tmp_path / "a.ics").exists()


def test_export_has_both_subjects(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "--db", db)
    assert code == 2 and "companies|ical" in err
    code, out, err = run(capsys, "export", "companies", "--out", tmp_path / "b.csv", "--db", db)
    assert code == 0, err
    assert "12 bedrijven geschreven" in out
