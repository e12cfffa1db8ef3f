"""Faults of the file and the disk: a damaged, locked, read-only or full database.

Every case gets a Dutch message that says what to do, never a traceback, and
leaves the file exactly as it was (or, for a failing write, the data as it was).
Read-only is simulated with SQLite's ``mode=ro`` because the tests run as root,
whom file permissions do not stop (tests/cli/test_fault_commands.py runs the
real permission cases as another user when it can).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import IntegrityError

from beroepsplanner.errors import DatabaseError
from beroepsplanner.io.company_import import CompanyRow
from beroepsplanner.store import database as database_module
from beroepsplanner.store import sessions as sessions_module
from beroepsplanner.store.database import _alembic_config, make_engine, open_database
from beroepsplanner.store.models import Company
from beroepsplanner.store.sessions import Database, failure_message
from beroepsplanner.store.transfer.company_import import import_companies

SIDE_FILES = ("-wal", "-shm", "-journal")


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)


def side_files(path: Path) -> list[str]:
    return [end for end in SIDE_FILES if Path(f"{path}{end}").exists()]


def dump(path: Path) -> list[str]:
    """Every row of every table, to compare contents exactly."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def company_names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Company.name)))


def many_companies(count: int) -> list[CompanyRow]:
    return [
        CompanyRow(row=i + 2, name=f"Bedrijf {i}", place=f"Plaats {i % 97}") for i in range(count)
    ]


def limit_pages(database: Database, extra_pages: int) -> None:
    """Make the file unable to grow more than ``extra_pages``: SQLite then reports
    "database or disk is full", exactly as on a full disk."""
    database.engine.dispose()

    @event.listens_for(database.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


# --- damaged files -------------------------------------------------------------------


def _damaged(kind: str, real: bytes) -> bytes:
    noise = random.Random(kind).randbytes(16384)
    return {
        "random-bytes": noise,
        "header-then-garbage": b"SQLite format 3\x00" + noise,
        "truncated-to-a-third": real[: len(real) // 3],
        "truncated-in-the-header": real[:60],
        "first-page-only": real[:4096],
        "pages-overwritten": real[:8192] + noise + real[8192 + len(noise) :],
    }[kind]


DAMAGE = [
    "random-bytes",
    "header-then-garbage",
    "truncated-to-a-third",
    "truncated-in-the-header",
    "first-page-only",
    "pages-overwritten",
]


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_file_is_refused_in_dutch_and_left_byte_for_byte(
    demo_file: Path, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.db"
    path.write_bytes(_damaged(kind, demo_file.read_bytes()))
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "beschadigd" in message or "geen Beroepsplanner-database" in message
    assert "niet gewijzigd" in message and "back-up" in message
    assert path.read_bytes() == before
    assert side_files(path) == []


# --- locked --------------------------------------------------------------------------


@pytest.mark.usefixtures("short_busy_timeout")
def test_exclusively_locked_database_is_refused_quickly_as_in_use(school: Path) -> None:
    holder = sqlite3.connect(school, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE schools SET name = name")
        holder.execute("COMMIT")  # exclusive mode keeps the lock after the commit
        before = school.read_bytes()
        started = time.monotonic()
        with pytest.raises(DatabaseError) as caught:
            open_database(school)
        waited = time.monotonic() - started
        assert school.read_bytes() == before
    finally:
        holder.close()
    message = str(caught.value)
    assert "bezet door een ander programma" in message
    assert "Sluit het andere programma" in message and "probeer het opnieuw" in message
    assert waited < 3, f"waited {waited:.1f} s; the busy timeout should end the wait"


def test_busy_timeout_is_set_on_every_connection_and_finite(school: Path) -> None:
    database = open_database(school)
    try:
        with database.session() as session:
            timeout = session.execute(text("PRAGMA busy_timeout")).scalar()
    finally:
        database.close()
    assert 1000 <= timeout <= 15000


@pytest.mark.usefixtures("short_busy_timeout")
def test_write_while_another_program_writes_says_in_use_and_saves_nothing(school: Path) -> None:
    database = open_database(school)  # WAL: opening and reading still work
    holder = sqlite3.connect(school, isolation_level=None)
    try:
        names = company_names(database)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE schools SET name = 'Ander programma'")
        with pytest.raises(DatabaseError) as caught:
            with database.transaction() as session:
                import_companies(session, many_companies(5), skip_invalid=False)
        assert company_names(database) == names  # reading goes on during the lock
        holder.execute("ROLLBACK")
        assert company_names(database) == names
    finally:
        holder.close()
        database.close()
    assert "bezet door een ander programma. Er is niets opgeslagen." in str(caught.value)


@pytest.mark.usefixtures("short_busy_timeout")
def test_lock_taken_after_opening_gives_a_dutch_message_when_reading(school: Path) -> None:
    database = open_database(school)
    database.engine.dispose()  # the next read needs a new connection, as after a while
    holder = sqlite3.connect(school, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE schools SET name = name")
        with pytest.raises(DatabaseError, match="bezet door een ander programma"):
            company_names(database)
    finally:
        holder.close()
        database.close()


# --- read-only -----------------------------------------------------------------------


@pytest.fixture
def read_only_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every database as SQLite does a file it may not write (``mode=ro``)."""
    def make_read_only_engine(path: Path):
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)
        event.listen(engine, "connect", database_module._on_connect)
        return engine

    monkeypatch.setattr(database_module, "make_engine", make_read_only_engine)


@pytest.mark.usefixtures("read_only_engines")
def test_read_only_database_opens_for_reading_and_refuses_a_write_in_dutch(school: Path) -> None:
    before = dump(school)
    database = open_database(school)
    try:
        assert len(company_names(database)) == 12
        with pytest.raises(DatabaseError) as caught:
            with database.transaction() as session:
                import_companies(session, many_companies(50), skip_invalid=False)
        assert len(company_names(database)) == 12
    finally:
        database.close()
    message = str(caught.value)
    assert "alleen-lezen. Er is niets opgeslagen." in message and "schrijfrechten" in message
    assert dump(school) == before


@pytest.mark.usefixtures("read_only_engines")
def test_read_only_database_that_needs_a_migration_is_refused_untouched(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    engine = make_engine(path)  # the real one, imported before the fixture patched it
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        open_database(path)
    assert path.read_bytes() == before


# --- full disk -----------------------------------------------------------------------


def test_full_disk_during_a_large_import_rolls_back_and_says_so(school: Path) -> None:
    database = open_database(school)
    try:
        names = company_names(database)
        limit_pages(database, 20)
        with pytest.raises(DatabaseError) as caught:
            with database.transaction() as session:
                import_companies(session, many_companies(10_000), skip_invalid=False)
        assert company_names(database) == names
        with database.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            # A small change still fits: the database is usable after the failure.
        with database.transaction() as session:
            import_companies(session, many_companies(1), skip_invalid=False)
        assert len(company_names(database)) == len(names) + 1
    finally:
        database.close()
    message = str(caught.value)
    assert "is vol. Er is niets opgeslagen." in message and "Maak ruimte vrij" in message
    assert "database or disk is full" not in message


def test_full_disk_during_a_plan_import_changes_nothing(school: Path, tmp_path: Path) -> None:
    from beroepsplanner.io.plan_file import read_plan
    from beroepsplanner.store.transfer.plan_export import export_plan
    from beroepsplanner.store.transfer.plan_import import import_plan

    demo = open_database(school)
    try:
        with demo.session() as session:
            plan = export_plan(session)
    finally:
        demo.close()
    # Enough rows to need new pages (the demo's own fit in the seeded file's slack).
    plan["companies"] += [{"name": f"Bedrijf {i}", "place": "Ede"} for i in range(3000)]
    document = read_plan(json.dumps(plan).encode("utf-8"))
    target = tmp_path / "nieuw.db"
    database = open_database(target)
    try:
        before = dump(target)
        limit_pages(database, 5)
        with pytest.raises(DatabaseError, match="is vol. Er is niets opgeslagen"):
            import_plan(database, document)
    finally:
        database.close()
    assert dump(target) == before


def test_a_constraint_error_of_the_program_is_not_disguised_as_a_disk_fault(school: Path) -> None:
    database = open_database(school)
    try:
        with pytest.raises(IntegrityError):
            with database.transaction() as session:
                session.execute(text("INSERT INTO companies (id, name) VALUES (NULL, NULL)"))
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Company)) == 12
    finally:
        database.close()


# --- the messages themselves -------------------------------------------------------


@pytest.mark.parametrize(
    ("detail", "writing", "expected"),
    [
        ("database is locked", True, ["bezet door een ander programma", "Er is niets opgeslagen"]),
        ("database is locked", False, ["bezet door een ander programma", "probeer het opnieuw"]),
        ("attempt to write a readonly database", True, ["alleen-lezen", "Er is niets opgeslagen"]),
        ("database or disk is full", True, ["is vol", "Er is niets opgeslagen", "ruimte vrij"]),
        ("database disk image is malformed", False, ["beschadigd", "niet gewijzigd", "back-up"]),
        ("database disk image is malformed", True, ["beschadigd", "niets opgeslagen", "back-up"]),
        ("file is not a database", False, ["beschadigd", "back-up"]),
        ("disk I/O error", True, ["schijf", "Er is niets opgeslagen", "bereikbaar"]),
        ("unable to open database file", False, ["kan niet worden gelezen", "bereikbaar"]),
        ("something new", True, ["kon niet worden opgeslagen", "niets half opgeslagen"]),
    ],
)
def test_failure_messages_are_dutch_and_say_what_to_do(
    tmp_path: Path, detail: str, writing: bool, expected: list[str]
) -> None:
    message = failure_message(tmp_path / "x.db", sqlite3.OperationalError(detail), writing=writing)
    for part in expected:
        assert part in message
    if detail != "something new":
        assert detail not in message  # no English SQLite text for the known faults
    if not writing:
        assert "opgeslagen" not in message


def test_read_only_folder_is_named_as_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"")
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert "De database" in failure_message(path, readonly, writing=False)
    # Root may write anywhere, so the folder's lack of rights is faked.
    monkeypatch.setattr(database_module.os, "access", lambda p, mode: Path(p) != tmp_path)
    message = failure_message(path, readonly, writing=False)
    assert f"De map {tmp_path} is alleen-lezen" in message and "-wal" in message


# --- the window surfaces a failing write ------------------------------------------


def test_workspace_execute_on_a_full_disk_raises_dutch_and_stacks_nothing(
    qapp: object, school: Path
) -> None:
    from beroepsplanner.ui.commands import FunctionCommand
    from beroepsplanner.ui.workspace import Workspace

    workspace = Workspace()
    workspace.open(school)
    try:
        names = company_names(workspace.database)
        limit_pages(workspace.database, 5)
        changed: list[str] = []
        workspace.dataChanged.connect(changed.append)
        command = FunctionCommand(
            "Bedrijven toevoegen",
            ["companies"],
            lambda session: import_companies(session, many_companies(5_000), skip_invalid=False),
            lambda session: None,
        )
        with pytest.raises(DatabaseError, match="is vol. Er is niets opgeslagen"):
            workspace.execute(command)
        assert workspace.undo_stack.count() == 0
        assert changed == []
        assert company_names(workspace.database) == names
    finally:
        workspace.close()


# --- wording: damage, read-only places, a very long value -------------------------


def test_damage_found_by_quick_check_is_named_without_sqlites_report(
    demo_file: Path, tmp_path: Path
) -> None:
    real = demo_file.read_bytes()
    path = tmp_path / "school.db"
    # Wreck the cell pointers of one b-tree page after another until quick_check
    # reports (rather than SQLite refusing the file outright).
    for page in range(3, len(real) // 4096):
        data = bytearray(real)
        data[(page - 1) * 4096 + 8 : (page - 1) * 4096 + 12] = b"\xff" * 4
        path.write_bytes(bytes(data))
        with sqlite3.connect(path) as connection:
            try:
                report = connection.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.DatabaseError:
                continue
        connection.close()
        if report != "ok":
            break
    else:
        pytest.fail("no page gave a quick_check report")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "beschadigd" in message and "niet gewijzigd" in message and "back-up" in message
    for raw in ("***", "page", "Page", "cell", "Offset", report.splitlines()[-1]):
        assert raw not in message
    assert path.read_bytes() == before


def test_a_field_of_one_megabyte_is_stored(empty_db: Database) -> None:
    # SQLite keeps up to 1 GB in one field: 1 MB of text is no fault at all.
    note = "Lange notitie. " * 70_000
    with empty_db.transaction() as session:
        import_companies(session, many_companies(1), skip_invalid=False)
        session.execute(text("UPDATE companies SET notes = :note"), {"note": note})
    with empty_db.session() as session:
        assert session.execute(text("SELECT notes FROM companies")).scalar() == note


def test_a_value_sqlite_refuses_as_too_big_gets_a_dutch_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(tmp_path / "school.db")
    original = database_module._on_connect

    def low_limit(dbapi_connection: sqlite3.Connection, record: object) -> None:
        original(dbapi_connection, record)  # a SQLite built with a lower limit
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 100_000)

    database.engine.dispose()
    event.listen(database.engine, "connect", low_limit)
    try:
        with pytest.raises(DatabaseError) as caught:
            with database.transaction() as session:
                import_companies(session, many_companies(1), skip_invalid=False)
                session.execute(text("UPDATE companies SET notes = :n"), {"n": "x" * 1_000_000})
        assert company_names(database) == []
    finally:
        database.close()
    message = str(caught.value)
    assert "te groot" in message and "Er is niets opgeslagen" in message and "korter" in message
    assert "too big" not in message


@pytest.mark.parametrize("detail", ["unable to open database file", "disk I/O error",
                                    "attempt to write a readonly database",
                                    "database or disk is full"])
def test_a_read_only_file_system_is_named_whatever_sqlite_calls_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, detail: str
) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"")
    monkeypatch.setattr(sessions_module, "file_system_read_only", lambda place: True)
    message = failure_message(path, sqlite3.OperationalError(detail), writing=True)
    assert "alleen-lezen bestandssysteem" in message and "Er is niets opgeslagen" in message
    assert "vol" not in message and detail not in message


def test_a_database_on_a_read_only_file_system_says_so(demo_file: Path) -> None:
    """Really mounted read-only when this runs as root and may mount; otherwise the
    file system's flag is faked at the one place the program reads it."""
    import os
    import subprocess
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="beroepsplanner-ro-"))
    mounted = False
    try:
        if os.geteuid() == 0:
            mounted = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                capture_output=True,
            ).returncode == 0
        if not mounted:
            print("no read-only mount here (not root or mount refused); flag faked instead")
        path = folder / "school.db"
        shutil.copyfile(demo_file, path)
        before = path.read_bytes()
        with pytest.MonkeyPatch.context() as patch:
            if mounted:
                subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            else:
                patch.setattr(sessions_module, "file_system_read_only", lambda place: True)
                patch.setattr(database_module, "make_engine", _read_only_engine)
            with pytest.raises(DatabaseError) as caught:
                database = open_database(path)
                with database.transaction() as session:  # reached only when faked
                    import_companies(session, many_companies(1), skip_invalid=False)
            message = str(caught.value)
            assert "alleen-lezen bestandssysteem" in message, message
            assert "vol" not in message and "gaf een fout" not in message
            assert path.read_bytes() == before
            if not mounted:
                database.close()
        new = folder / "nieuw.db"
        if mounted:
            with pytest.raises(DatabaseError, match="alleen-lezen bestandssysteem"):
                open_database(new)
            assert not new.exists()
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _read_only_engine(path: Path):
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)
    event.listen(engine, "connect", database_module._on_connect)
    return engine
