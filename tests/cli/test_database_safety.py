"""Restores, links, back-ups and small command-line faults never cost the school its data."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner.store.backup import automatic_backup, backup_database, database_identity
from beroepsplanner.store.database import open_database
from beroepsplanner.store.file_locks import exclusive, lock_file_for

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def class_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [n for (n,) in connection.execute("SELECT name FROM classes ORDER BY name")]


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school" / "school.db"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    return path


def command_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("BEROEPSPLANNER_DB", None)
    return env


# --- restore ---------------------------------------------------------------------------


def test_two_restores_at_once_never_lose_the_database(
    school: Path, tmp_path: Path
) -> None:
    """Three rounds of two restore processes started together: afterwards the database is
    one of the two back-ups, every kept file really exists, and no message is untrue."""
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    backup_database(school, first)
    with closing(sqlite3.connect(school)) as connection, connection:
        connection.execute("UPDATE classes SET name = 'Groep 8 (b)' WHERE name = 'Groep 8'")
    backup_database(school, second)
    env = command_env(tmp_path)
    for _round in range(3):
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "beroepsplanner", "restore", str(backup), "--db", str(school)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for backup in (first, second)
        ]
        results = [(p.wait(60), *p.communicate()) for p in processes]
        assert school.exists()
        assert any(code == 0 for code, _, _ in results)
        for code, out, err in results:
            assert "Traceback" not in err
            if code == 0:
                kept = out.split("bewaard als ", 1)[1].strip().removesuffix(".")
                assert Path(kept).exists(), out
            else:
                assert "al een back-up teruggezet" in err or "nog open" in err, err
        assert "Groep 8" in class_names(school) or "Groep 8 (b)" in class_names(school)
        assert not [p for p in school.parent.iterdir() if ".terugzetten" in p.name]


def test_a_restore_while_another_restore_holds_the_database_is_refused(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    backup = backup_database(school, tmp_path / "back-up.db")
    before = digest(school)
    with exclusive(lock_file_for(school, "terugzetten")):  # the other restore, under way
        code, out, err = run(capsys, "restore", backup, "--db", school)
        assert code == 1 and out == ""
        assert "al een back-up teruggezet" in err and "Er is niets veranderd" in err
    assert digest(school) == before
    assert run(capsys, "restore", backup, "--db", school)[0] == 0
    assert not list(school.parent.glob(".*terugzetten*"))


def test_a_read_only_file_system_during_a_restore_is_said_plainly(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The failure simulated at each point a read-only file system stops a restore: the
    lock file, the copy beside the database, and the rename."""
    import beroepsplanner.store.backup as backup_module
    import beroepsplanner.store.file_locks as locks

    backup = backup_database(school, tmp_path / "back-up.db")
    before = digest(school)

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    for module, name in ((locks, "_open"), (backup_module.shutil, "copyfile"), (backup_module.os, "replace")):
        with monkeypatch.context() as patch:
            patch.setattr(module, name, read_only)
            code, _, err = run(capsys, "restore", backup, "--db", school)
        assert code == 1 and "Traceback" not in err, err
        assert "alleen-lezen" in err and "zoals hij was" in err, err
        assert digest(school) == before
        assert school.exists()


def test_restore_is_refused_while_the_window_has_a_rollback_journal_database_open(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    backup = backup_database(school, tmp_path / "back-up.db")
    with closing(sqlite3.connect(school)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    database = open_database(school)  # as the window does; idle, no transaction open
    try:
        with database.session() as session:
            session.connection().exec_driver_sql("PRAGMA journal_mode = DELETE")
        before = digest(school)
        code, _, err = run(capsys, "restore", backup, "--db", school)
        assert code == 1 and "nog open in een ander programma" in err
        assert digest(school) == before
    finally:
        database.close()
    code, _, err = run(capsys, "restore", backup, "--db", school)
    assert code == 0, err


@pytest.mark.skipif(
    os.geteuid() != 0,
    reason="mounting a read-only file system needs root; the simulated test above covers it",
)
def test_restore_onto_a_read_only_file_system_says_so(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    mount = tmp_path / "alleen-lezen"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)]).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        db = mount / "school.db"
        open_database(db).close()
        backup = backup_database(school, tmp_path / "back-up.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        before = digest(db)
        code, _, err = run(capsys, "restore", backup, "--db", db)
        assert code == 1 and "Traceback" not in err
        assert "alleen-lezen" in err and "zoals hij was" in err
        assert digest(db) == before
    finally:
        subprocess.run(["umount", "-l", str(mount)])


def test_restore_through_a_link_replaces_the_real_database_and_keeps_the_link(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    backup = backup_database(school, tmp_path / "back-up.db")
    with closing(sqlite3.connect(school)) as connection, connection:
        connection.execute("DELETE FROM chains")
    link = tmp_path / "snelkoppeling.db"
    link.symlink_to(school)
    code, out, err = run(capsys, "restore", backup, "--db", link)
    assert code == 0, err
    assert "is een koppeling naar" in err
    assert link.is_symlink() and link.resolve() == school
    with closing(sqlite3.connect(school)) as connection:
        assert connection.execute("SELECT count(*) FROM chains").fetchone()[0] > 0


def test_a_failing_plan_import_through_a_dangling_link_keeps_the_link(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    link = tmp_path / "school.db"
    link.symlink_to(tmp_path / "elders" / "weg.db")
    plan = tmp_path / "plan.json"
    plan.write_text('{"format": "beroepsplanner-plan", "version": 1}', encoding="utf-8")
    code, _, err = run(capsys, "plan", "import", plan, "--db", link)
    assert code == 1 and "Traceback" not in err
    assert link.is_symlink()


def test_reading_commands_refuse_a_database_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    typo = tmp_path / "shcool.db"
    for argv in (
        ("list", "chains"),
        ("check",),
        ("print", "yearplan", "--out", tmp_path / "j.pdf"),
        ("plan", "export", "--out", tmp_path / "p.json"),
        ("export", "companies", "--out", tmp_path / "b.csv"),
        ("export", "ical", "--out", tmp_path / "a.ics"),
        ("suggest", "--chain", "1"),
        ("backup", "--out", tmp_path / "b.db"),
    ):
        code, out, err = run(capsys, *argv, "--db", typo)
        assert code == 1 and "shcool.db bestaat niet" in err and "--db" in err, argv
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# --- back-ups -------------------------------------------------------------------------


def test_automatic_backups_of_two_databases_with_one_name_are_kept_apart(
    demo_file: Path, tmp_path: Path
) -> None:
    import datetime as dt

    a, b = tmp_path / "schoolA" / "beroepsplanner.db", tmp_path / "schoolB" / "beroepsplanner.db"
    for path in (a, b):
        path.parent.mkdir()
        open_database(path).close()
    folder = tmp_path / "back-ups"
    start = dt.date(2026, 11, 1)
    for day in range(9):
        for path in (a, b):
            automatic_backup(path, folder, today=start + dt.timedelta(days=day))
    ids = database_identity(a), database_identity(b)
    assert ids[0] != ids[1]
    for identity in ids:
        mine = sorted(folder.glob(f"beroepsplanner-{identity}-*.db"))
        assert len(mine) == 7
        assert mine[0].name.endswith("2026-11-03.db")


def test_a_damaged_database_gives_no_backup_and_keeps_the_good_one(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    good = tmp_path / "back-up.db"
    assert run(capsys, "backup", "--out", good, "--db", school)[0] == 0
    before = digest(good)
    with closing(sqlite3.connect(school)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(school.read_bytes())
    for page in range(3, len(data) // page_size, 2):  # spoil every other page's content
        start = page * page_size + 100
        data[start : start + 200] = b"\xff" * 200
    school.write_bytes(bytes(data))
    code, _, err = run(capsys, "backup", "--out", good, "--db", school)
    assert code == 1 and "beschadigd" in err and "Traceback" not in err
    assert digest(good) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".back-up")] == []


# --- small faults ----------------------------------------------------------------------


def test_a_listing_into_a_closed_pipe_ends_quietly(school: Path, tmp_path: Path) -> None:
    command = (
        f"{sys.executable} -m beroepsplanner list activities --db '{school}' | head -n 1"
    )
    done = subprocess.run(
        ["sh", "-c", command], env=command_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.stdout.startswith("Sleutel")
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


@pytest.mark.parametrize("number", ["99999999999999999999", "-3", "0", "drie"])
def test_an_impossible_chain_number_is_a_dutch_usage_error(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path, number: str
) -> None:
    for argv in (
        ("print", "lessons", "--chain", number, "--out", tmp_path / "l.pdf"),
        ("suggest", "--chain", number),
    ):
        code, _, err = run(capsys, *argv, "--db", school)
        assert code == 2 and "list chains" in err and "Traceback" not in err


@pytest.mark.parametrize("wait", ["nan", "inf", "-1", "lang"])
def test_a_backup_wait_must_be_a_number_of_seconds(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path, wait: str
) -> None:
    code, _, err = run(capsys, "backup", "--out", tmp_path / "b.db", "--wait", wait, "--db", school)
    assert code == 2 and "seconden" in err


def test_a_restored_or_opened_backup_is_no_longer_marked_as_one(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    from beroepsplanner.output_files import is_backup_file

    backup = backup_database(school, tmp_path / "back-up.db")
    assert is_backup_file(backup)
    assert run(capsys, "restore", backup, "--db", school)[0] == 0
    assert is_backup_file(backup) and not is_backup_file(school)
    assert not [p for p in school.parent.iterdir() if "voor-upgrade" in p.name]
    opened = tmp_path / "als-database.db"
    shutil.copyfile(backup, opened)
    open_database(opened).close()
    assert not is_backup_file(opened)
    code, _, err = run(capsys, "backup", "--out", opened, "--db", school)
    assert code == 1 and "geen eerdere back-up" in err
