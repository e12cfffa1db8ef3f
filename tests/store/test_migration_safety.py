"""A first start and a schema upgrade are complete or absent, whatever stops them.

The probe behind issue 11 found two ways to lose a database for good: a full
disk half-way through an upgrade ("table holiday_moves already exists" for
ever after) and kill -9 during the very first start (a file refused for ever
as another program's). These tests rebuild both situations:

* kill -9 at many points of a first start and of an upgrade from revision
  0001: before every SQL statement and every file step in turn (the child
  kills itself there) and after evenly spread delays. Afterwards the database
  does not exist, or it opens; an upgraded file is byte for byte the old one,
  or it is at the newest revision with every row kept;
* a full disk during an upgrade: on a small tmpfs when the tests run as root
  and may mount one, and always with SQLite's own page limit at the same
  point; the file keeps its bytes and the message is Dutch;
* files left behind by earlier versions (no bytes, no tables, half a schema)
  open as new databases, and files with data are never dropped.

The kill runs fork a small helper process that has already imported the
program (a fresh interpreter per run would take most of the time).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, event

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store import database as database_module
from beroepsplanner.store import sessions as sessions_module
from beroepsplanner.store.database import (
    SCHEMA_HEAD,
    _alembic_config,
    _migration_engine,
    make_engine,
    open_database,
)
from beroepsplanner.store.seed import SEED_DIGEST_SETTING

POSIX_ONLY = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
    reason="kill -9 of a forked process needs a POSIX system (fork, SIGKILL)",
)

STAGING_MARKS = (".nieuw-", ".kopie-")

# --- the helper process that forks the runs that are killed ---------------------------

_STARTER = r"""
import json, os, signal, sys, time
from pathlib import Path
from sqlalchemy import Engine, event
from beroepsplanner.store import database
from beroepsplanner.store.database import open_database, _script_directory
import beroepsplanner.store.seed  # noqa: F401  (imported once, before any fork)
_script_directory()

STEP = {"count": 0, "stop_at": None}

def step(*_args, **_kwargs):
    STEP["count"] += 1
    if STEP["count"] == STEP["stop_at"]:
        os.kill(os.getpid(), signal.SIGKILL)

event.listen(Engine, "before_cursor_execute", step)
for name in ("_copy_pages", "_give_name", "_remove_with_side_files"):
    original = getattr(database, name)
    def wrapped(*args, _original=original, **kwargs):
        step()
        result = _original(*args, **kwargs)
        step()
        return result
    setattr(database, name, wrapped)

print("ready", flush=True)
for line in sys.stdin:
    job = json.loads(line)
    started = time.monotonic()
    children = []
    for _ in range(job.get("processes", 1)):
        pid = os.fork()
        if pid == 0:
            STEP["stop_at"] = job.get("stop_at")
            try:
                open_database(job["path"], seed=True).close()
                outcome = {"ok": True, "steps": STEP["count"]}
            except BaseException as exc:
                outcome = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            Path(f"{job['result']}.{os.getpid()}").write_text(json.dumps(outcome))
            os._exit(0)
        children.append(pid)
    if job.get("delay") is not None:
        time.sleep(job["delay"])
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    runs = []
    for pid in children:
        _, status = os.waitpid(pid, 0)
        result = Path(f"{job['result']}.{pid}")
        outcome = json.loads(result.read_text()) if result.exists() else None
        result.unlink(missing_ok=True)
        runs.append({
            "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
            "outcome": outcome,
        })
    print(json.dumps({"runs": runs, "seconds": time.monotonic() - started}), flush=True)
"""


class Starter:
    """Runs ``open_database`` in forked children that may be killed (-9) on the way."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-c", _STARTER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def run(
        self,
        path: Path,
        *,
        stop_at: int | None = None,
        delay: float | None = None,
        processes: int = 1,
    ) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        job = {
            "path": str(path),
            "stop_at": stop_at,
            "delay": delay,
            "processes": processes,
            "result": str(self.folder / "uitkomst"),
        }
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Starter]:
    helper = Starter(tmp_path_factory.mktemp("starter"))
    yield helper
    helper.close()


def kill_points(total: int, *, edge: int, middle: int) -> list[int]:
    """Every step near the start and the end, ``middle`` evenly spread between."""
    points = set(range(1, min(edge, total) + 1)) | set(range(max(1, total - edge), total + 1))
    if total > 2 * edge:
        span = total - 2 * edge
        points |= {edge + 1 + span * i // middle for i in range(middle)}
    return sorted(points)


# --- what a file holds -----------------------------------------------------------------


def read_only(path: Path) -> sqlite3.Connection:
    """A connection for reading. Not SQLite's ``mode=ro``: that one leaves the -wal
    and -shm files behind, and it cannot roll back what a killed writer left."""
    return sqlite3.connect(path)


def revision(path: Path) -> str | None:
    with closing(read_only(path)) as connection:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def seeded(path: Path) -> bool:
    with closing(read_only(path)) as connection:
        row = connection.execute(
            "SELECT 1 FROM settings WHERE key = ?", (SEED_DIGEST_SETTING,)
        ).fetchone()
    return row is not None


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def rows_of(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """The rows of the old tables, through the old columns only (a later migration
    may add columns)."""
    with closing(read_only(path)) as connection:
        return {
            table: sorted(
                connection.execute(
                    f'SELECT {", ".join(f"{c!r}" for c in names)} FROM "{table}"'
                ).fetchall(),
                key=repr,
            )
            for table, names in columns.items()
        }


def visible_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def without_wal_files(names: list[str]) -> list[str]:
    """Two programs that close at the same moment may both leave SQLite's -wal and
    -shm files (each sees the other still open); the next one to open tidies them."""
    return [name for name in names if not name.endswith(("-wal", "-shm"))]


def staging_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if any(m in p.name for m in STAGING_MARKS))


def assert_no_internal_names(message: str) -> None:
    for mark in STAGING_MARKS:
        assert mark not in message, message
    for english in ("database or disk is full", "readonly", "***", "Traceback"):
        assert english not in message, message


# --- a file at revision 0001 with the demo school --------------------------------------


class OldFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self.dump = dump(path)
        with closing(read_only(path)) as connection:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
                )
            ]
            self.columns = {
                table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
                for table in tables
            }
        self.rows = rows_of(path, self.columns)
        assert sum(len(rows) for rows in self.rows.values()) > 100

    def copy_to(self, path: Path) -> Path:
        path.write_bytes(self.data)
        return path


@pytest.fixture(scope="module")
def old_file(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> OldFile:
    """The demo school taken back to the first revision, in WAL mode with no side
    files: a file as an older Beroepsplanner left it (its catalog is current, so
    opening it only upgrades)."""
    path = tmp_path_factory.mktemp("oud") / "school.db"
    shutil.copyfile(demo_file, path)
    # The engine the program migrates with: foreign keys off while batch mode rebuilds a
    # table (with them on, dropping ``activities`` is refused and ``chains`` cascades).
    engine = _migration_engine(path)
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0001")
    engine.dispose()
    engine = make_engine(path)
    with engine.connect() as connection:
        # No free pages: an upgrade must grow the file (the full-disk tests rely on it).
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    assert not Path(f"{path}-wal").exists()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL
    assert revision(path) == "0001"
    return OldFile(path)


# --- kill -9 during the very first start -----------------------------------------------


def check_after_first_start(folder: Path, path: Path) -> str:
    """After a killed first start: no database, or a complete one that opens."""
    if not path.exists():
        assert visible_files(folder) == [], visible_files(folder)
        return "absent"
    # Complete before anything opened it again: a half-made file never has the name.
    assert revision(path) == SCHEMA_HEAD
    assert seeded(path)
    database = open_database(path)  # never refused
    database.close()
    return "complete"


@POSIX_ONLY
def test_kill_9_at_any_point_of_a_first_start_leaves_no_database_or_a_whole_one(
    starter: Starter, tmp_path: Path
) -> None:
    (tmp_path / "heel").mkdir()
    whole = starter.run(tmp_path / "heel" / "school.db")
    (run,) = whole["runs"]
    assert run["outcome"] == {"ok": True, "steps": run["outcome"]["steps"]}
    total, seconds = run["outcome"]["steps"], whole["seconds"]

    seen: dict[str, int] = {"absent": 0, "complete": 0}
    points = kill_points(total, edge=12, middle=14)
    for number, stop_at in enumerate(points):
        folder = tmp_path / f"stap-{number}"
        folder.mkdir()
        path = folder / "school.db"
        (run,) = starter.run(path, stop_at=stop_at)["runs"]
        assert run["killed"], f"step {stop_at} of {total} was not reached: {run}"
        seen[check_after_first_start(folder, path)] += 1
    delays = [seconds * i / 12 for i in range(13)]
    for number, delay in enumerate(delays):
        folder = tmp_path / f"na-{number}"
        folder.mkdir()
        path = folder / "school.db"
        (run,) = starter.run(path, delay=delay)["runs"]
        seen[check_after_first_start(folder, path)] += 1
    print(f"first start: {total} steps, {len(points)} kill points by step, "
          f"{len(delays)} by time over {seconds:.2f} s; outcomes {seen}")
    assert seen["absent"] > 0 and seen["complete"] > 0


# --- kill -9 during an upgrade ---------------------------------------------------------


def check_after_upgrade(old: OldFile, path: Path) -> str:
    """After a killed upgrade: the old file byte for byte, or the new one with every row."""
    data = path.read_bytes()  # before anything opens (and recovers) it
    stored = revision(path)
    if stored == "0001":
        assert data == old.data
        assert dump(path) == old.dump
        outcome = "old"
    else:
        assert stored == SCHEMA_HEAD
        assert rows_of(path, old.columns) == old.rows
        outcome = "upgraded"
    for copy in path.parent.glob("school.voor-upgrade-*"):
        assert dump(copy) == old.dump  # a copy kept before the upgrade is the old file
    database = open_database(path)  # never refused
    database.close()
    assert revision(path) == SCHEMA_HEAD
    assert rows_of(path, old.columns) == old.rows
    return outcome


@POSIX_ONLY
def test_kill_9_at_any_point_of_an_upgrade_leaves_the_old_file_or_the_upgraded_one(
    starter: Starter, old_file: OldFile, tmp_path: Path
) -> None:
    (tmp_path / "heel").mkdir()
    whole = starter.run(old_file.copy_to(tmp_path / "heel" / "school.db"))
    (run,) = whole["runs"]
    assert run["outcome"]["ok"], run
    total, seconds = run["outcome"]["steps"], whole["seconds"]
    assert (tmp_path / "heel" / "school.voor-upgrade-0001.db").exists()

    seen = {"old": 0, "upgraded": 0}
    # Every step up to the copy kept before the upgrade (steps 1-52 of 685 at 0010) and of
    # the end (the last migrations, the check, the commit), and 60 spread over the
    # migrations between, which run in one transaction: killing at each of ~700 steps
    # made this test grow with the square of the schema's history (17 minutes under load).
    points = kill_points(total, edge=60, middle=60)
    for stop_at in points:
        folder = tmp_path / f"stap-{stop_at}"
        folder.mkdir()
        path = old_file.copy_to(folder / "school.db")
        (run,) = starter.run(path, stop_at=stop_at)["runs"]
        assert run["killed"], f"step {stop_at} of {total} was not reached: {run}"
        seen[check_after_upgrade(old_file, path)] += 1
    delays = [seconds * i / 10 for i in range(11)]
    for number, delay in enumerate(delays):
        folder = tmp_path / f"na-{number}"
        folder.mkdir()
        path = old_file.copy_to(folder / "school.db")
        starter.run(path, delay=delay)
        seen[check_after_upgrade(old_file, path)] += 1
    print(f"upgrade: {total} steps, {len(points)} kill points by step, "
          f"{len(delays)} by time over {seconds:.2f} s; outcomes {seen}")
    assert seen["old"] > 0 and seen["upgraded"] > 0


# --- a full disk during an upgrade -----------------------------------------------------


def check_refused_on_full_disk(old: OldFile, path: Path, message: str) -> str:
    assert path.read_bytes() == old.data
    assert_no_internal_names(message)
    assert "niet gewijzigd" in message, message
    assert "vol" in message and "ruimte vrij" in message.lower(), message
    assert list(path.parent.glob("*voor-upgrade*")) == []  # no copy of a file left as it was
    assert staging_files(path.parent) == []
    if "kopie" in message:
        return "copy"
    assert "kon niet worden bijgewerkt" in message, message
    return "upgrade"


def _can_mount_tmpfs() -> str:
    """"" when this process may mount a tmpfs, otherwise why not."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "not root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "no mount command"
    probe = Path(tempfile.mkdtemp(prefix="beroepsplanner-probe-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True, text=True, timeout=30,
        )
        if done.returncode != 0:
            return f"mount refused: {done.stderr.strip()}"
        subprocess.run(["umount", str(probe)], check=True, timeout=30)
        return ""
    finally:
        probe.rmdir()


@pytest.fixture
def small_disk() -> Iterator[Path | None]:
    """A tmpfs of a few MB when one can be mounted here, else None (the reason printed)."""
    reason = _can_mount_tmpfs()
    if reason:
        print(f"no real small disk ({reason}); the full disk is simulated instead")
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="beroepsplanner-schijf-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        with suppress(OSError):
            folder.rmdir()


def free_bytes(folder: Path) -> int:
    info = os.statvfs(folder)
    return info.f_bavail * info.f_frsize


def fill_until(folder: Path, free: int) -> None:
    """Leave only ``free`` bytes on the file system of ``folder``."""
    filler = folder / "vulling"
    with filler.open("wb") as handle:
        while free_bytes(folder) > free:
            handle.write(b"\0" * min(1 << 20, free_bytes(folder) - free))
            handle.flush()
            os.fsync(handle.fileno())


def simulated_full_disk_during_the_upgrade(
    old: OldFile, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own page limit ("database or disk is full", as on a full disk): the
    file may grow by 1, 2, 3, … pages until the upgrade fits. Every refusal keeps
    the file's bytes; at least one comes after statements of the upgrade succeeded."""
    original = database_module._on_connect
    extra = {"pages": 0}

    def limited(dbapi_connection: sqlite3.Connection, record: object) -> None:
        original(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra['pages']}")

    done: list[str] = []

    def note(conn, _cursor, statement, *_args) -> None:
        on_the_file = conn.engine.url.database == str(path)
        if on_the_file and statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP")):
            done.append(statement)

    monkeypatch.setattr(database_module, "_on_connect", limited)
    event.listen(Engine, "after_cursor_execute", note)
    mid_upgrade = 0
    try:
        for pages in range(1, 40):
            extra["pages"] = pages
            path = old.copy_to(folder / f"school-{pages}.db")
            done.clear()
            try:
                open_database(path).close()
            except DatabaseError as exc:
                assert check_refused_on_full_disk(old, path, str(exc)) == "upgrade"
                mid_upgrade += bool(done)
            else:
                break
        else:
            pytest.fail("the upgrade never fitted")
    finally:
        event.remove(Engine, "after_cursor_execute", note)
    print(f"simulated full disk: {pages - 1} refusals, {mid_upgrade} after part of the "
          f"upgrade had run; it fitted with {pages} more pages")
    assert mid_upgrade > 0
    assert revision(path) == SCHEMA_HEAD
    assert rows_of(path, old.columns) == old.rows


def test_full_disk_during_an_upgrade_keeps_the_file_byte_for_byte(
    old_file: OldFile, small_disk: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if small_disk is None:
        simulated_full_disk_during_the_upgrade(old_file, tmp_path, monkeypatch)
        return
    # Step the free space up page by page, from less than the copy needs to enough
    # for copy and upgrade: first the copy fails, then the upgrade, then it works.
    size = len(old_file.data)
    seen: list[str] = []
    free = size // 2
    while True:
        for item in small_disk.iterdir():
            item.unlink()
        path = old_file.copy_to(small_disk / "school.db")
        fill_until(small_disk, free)
        try:
            open_database(path).close()
        except DatabaseError as exc:
            seen.append(check_refused_on_full_disk(old_file, path, str(exc)))
        else:
            (small_disk / "vulling").unlink()  # reading a WAL file needs room for -shm
            assert revision(path) == SCHEMA_HEAD
            assert rows_of(path, old_file.columns) == old_file.rows
            assert dump(small_disk / "school.voor-upgrade-0001.db") == old_file.dump
            break
        free += size // 2 if free < size else 4096
        assert free < 4 * size, f"the upgrade never fitted: {seen}"
    print(f"full disk: {len(seen)} refusals ({seen.count('copy')} of the copy, "
          f"{seen.count('upgrade')} during the upgrade itself), then the upgrade fitted")
    assert "copy" in seen and "upgrade" in seen


def test_full_disk_during_an_upgrade_simulated(
    old_file: OldFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulated_full_disk_during_the_upgrade(old_file, tmp_path, monkeypatch)


def test_a_copy_that_cannot_be_written_stops_the_upgrade(
    old_file: OldFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_file.copy_to(tmp_path / "school.db")

    def full(_source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\0" * 100)  # half a copy
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database_module, "_copy_pages", full)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert check_refused_on_full_disk(old_file, path, message) == "copy"
    assert "school.voor-upgrade-0001.db" in message and "de schijf is vol" in message


def test_an_upgrade_keeps_a_copy_beside_the_file_and_never_replaces_one(
    old_file: OldFile, tmp_path: Path
) -> None:
    path = old_file.copy_to(tmp_path / "school.db")
    earlier = tmp_path / "school.voor-upgrade-0001.db"
    earlier.write_bytes(b"een eerdere kopie")
    open_database(path).close()
    assert earlier.read_bytes() == b"een eerdere kopie"
    assert dump(tmp_path / "school.voor-upgrade-0001-2.db") == old_file.dump
    assert revision(path) == SCHEMA_HEAD
    # At the newest revision nothing is copied again.
    open_database(path).close()
    assert visible_files(tmp_path) == [
        "school.db", "school.voor-upgrade-0001-2.db", "school.voor-upgrade-0001.db"
    ]


def test_an_upgrade_without_a_copy_when_the_caller_keeps_the_original(
    old_file: OldFile, tmp_path: Path
) -> None:
    path = old_file.copy_to(tmp_path / "terug.db")
    open_database(path, keep_copy=False).close()
    assert visible_files(tmp_path) == ["terug.db"]


def test_read_only_folder_refuses_the_upgrade_before_any_copy(
    old_file: OldFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_file.copy_to(tmp_path / "school.db")
    # Root may write anywhere, so the folder's lack of rights is faked.
    monkeypatch.setattr(database_module.os, "access", lambda p, mode: Path(p) != tmp_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert f"De map {tmp_path} is alleen-lezen" in message and "bijgewerkt" in message
    assert "vol" not in message
    assert path.read_bytes() == old_file.data
    assert visible_files(tmp_path) == ["school.db"]


def test_read_only_file_system_is_named_for_an_upgrade(
    old_file: OldFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_file.copy_to(tmp_path / "school.db")
    monkeypatch.setattr(sessions_module, "file_system_read_only", lambda place: True)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "alleen-lezen bestandssysteem" in message and "vol" not in message
    assert path.read_bytes() == old_file.data


# --- two programs at once ----------------------------------------------------------------


@POSIX_ONLY
def test_two_first_starts_at_once_make_one_database(starter: Starter, tmp_path: Path) -> None:
    for attempt in range(3):
        folder = tmp_path / f"poging-{attempt}"
        folder.mkdir()
        path = folder / "school.db"
        result = starter.run(path, processes=2)
        assert [run["outcome"]["ok"] for run in result["runs"]] == [True, True], result
        assert without_wal_files(os.listdir(folder)) == ["school.db"]
        open_database(path).close()


@POSIX_ONLY
def test_two_starts_on_an_old_file_upgrade_it_once(
    starter: Starter, old_file: OldFile, tmp_path: Path
) -> None:
    path = old_file.copy_to(tmp_path / "school.db")
    result = starter.run(path, processes=2)
    assert [run["outcome"]["ok"] for run in result["runs"]] == [True, True], result
    assert without_wal_files(visible_files(tmp_path)) == [
        "school.db", "school.voor-upgrade-0001.db"
    ]
    assert rows_of(path, old_file.columns) == old_file.rows


def test_a_database_made_meanwhile_by_another_program_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "school.db"
    theirs = open_database(tmp_path / "collega.db", seed=False)
    with theirs.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('collega', '\"eerst\"')"
        )
    theirs.close()
    original = database_module._give_name

    def colleague_first(staging: Path, target: Path) -> None:
        # Another program finishes its own new database just before ours is named.
        os.replace(tmp_path / "collega.db", target)
        original(staging, target)

    monkeypatch.setattr(database_module, "_give_name", colleague_first)
    database = open_database(path)
    database.close()
    with closing(read_only(path)) as connection:
        assert connection.execute("SELECT value FROM settings WHERE key = 'collega'").fetchone()
    assert visible_files(tmp_path) == ["school.db"] and staging_files(tmp_path) == []


# --- files left by earlier versions ----------------------------------------------------


def test_a_file_of_no_bytes_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    path.write_bytes(b"")
    open_database(path).close()
    assert revision(path) == SCHEMA_HEAD and seeded(path)
    assert visible_files(tmp_path) == ["school.db"]


def test_a_sqlite_file_without_tables_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")  # what an older start did first
    assert path.stat().st_size > 0
    open_database(path).close()
    assert revision(path) == SCHEMA_HEAD and seeded(path)


def half_made(path: Path, *, with_row: bool) -> None:
    """What an older version left after kill -9 in its first start: alembic_version
    (made first, empty) and some of the tables, each committed on its own."""
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM alembic_version")
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name > 'p' "
            "AND name != 'alembic_version'"
        ).fetchall():
            connection.execute(f'DROP TABLE "{name}"')
        if with_row:
            connection.execute("INSERT INTO companies (name, place, address, description, "
                               "safety_notes, safety_checked, confirmed, notes) "
                               "VALUES ('Bakkerij', 'Ede', '', '', '', 0, 0, '')")
        connection.commit()


def test_a_half_made_file_without_data_is_made_anew(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    half_made(path, with_row=False)
    open_database(path).close()
    assert revision(path) == SCHEMA_HEAD and seeded(path)


def test_a_half_made_file_with_data_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    half_made(path, with_row=True)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert "onvolledig" in message and "niet gewijzigd" in message
    assert "ander programma" not in message
    assert path.read_bytes() == before


def test_tables_of_an_interrupted_older_upgrade_no_longer_block_the_file(tmp_path: Path) -> None:
    # The probe's case: the new table exists while alembic_version still says 0001.
    path = tmp_path / "school.db"
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO schools (name, region, place) VALUES ('Oude school', 'noord', 'Zwolle')"
        )
        connection.exec_driver_sql(
            "CREATE TABLE holiday_moves (id INTEGER PRIMARY KEY, school_year_id INTEGER)"
        )
    engine.dispose()
    open_database(path, seed=False).close()
    assert revision(path) == SCHEMA_HEAD
    with closing(read_only(path)) as connection:
        assert connection.execute("SELECT name FROM schools").fetchall() == [("Oude school",)]
        columns = [row[1] for row in connection.execute("PRAGMA table_info(holiday_moves)")]
    assert "holiday" in columns  # the real table, not the leftover


def test_a_sqlite_file_with_tables_of_our_names_but_no_alembic_version_is_another_programs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ander.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="ander programma"):
        open_database(path)
    assert path.read_bytes() == before


# --- a new database ----------------------------------------------------------------------


def test_a_new_database_that_cannot_be_finished_leaves_no_file_and_no_inner_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = database_module._on_connect

    def tiny_disk(dbapi_connection: sqlite3.Connection, record: object) -> None:
        original(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA max_page_count = 12")

    monkeypatch.setattr(database_module, "_on_connect", tiny_disk)
    path = tmp_path / "school.db"
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert str(path) in message and "kon niet worden gemaakt" in message
    assert "is vol" in message
    assert_no_internal_names(message)
    assert os.listdir(tmp_path) == []


def test_leftovers_of_interrupted_starts_are_cleared(tmp_path: Path) -> None:
    path = tmp_path / "school.db"
    open_database(path, seed=False).close()
    old = tmp_path / ".school.db.nieuw-0123456789ab"
    old_side = tmp_path / ".school.db.nieuw-0123456789ab-journal"
    fresh = tmp_path / ".school.db.nieuw-ba9876543210"
    second_name = tmp_path / ".school.db.nieuw-aaaaaaaaaaaa"
    lock = tmp_path / ".school.db.nieuw-lock"  # not one of ours: kept
    for item in (old, old_side, fresh, lock):
        item.write_bytes(b"x")
    long_ago = time.time() - 2 * database_module.STALE_STAGING_SECONDS
    for item in (old, old_side):
        os.utime(item, (long_ago, long_ago))
    os.link(path, second_name)  # killed between naming the database and the clean-up
    open_database(path, seed=False).close()
    assert not old.exists() and not old_side.exists() and not second_name.exists()
    assert fresh.exists() and lock.exists()
