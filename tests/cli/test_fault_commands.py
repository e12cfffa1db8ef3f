"""Faults through the command line: a killed import, bad files, a full disk.

A process killed in the middle of a large import leaves the database exactly
as it was; a damaged, locked, read-only or newer file gives a Dutch message on
stderr (exit 1, no traceback) and keeps its bytes; a write that fails saves
nothing and leaves no new file behind.
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
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beroepsplanner import cli
from beroepsplanner.store import database as database_module
from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo

COMMAND = [sys.executable, "-m", "beroepsplanner"]


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = list(connection.iterdump())
    connection.close()
    return rows


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    return result


def write_companies(path: Path, count: int) -> Path:
    lines = ["Naam;Plaats;Beroepen"]
    lines += [f"Groot bedrijf {i};Plaats {i % 300};Timmerman" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def kill_when(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], timeout: float = 30
) -> bool:
    """SIGKILL ``process`` as soon as ``ready()``; False when it ended first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.005)
    if process.poll() is None:
        process.kill()
        process.wait()
        pytest.fail("the import neither finished nor got far enough to be killed")
    return False


def wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


# --- a killed import -----------------------------------------------------------------


def company_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM companies").fetchone()[0]
    connection.close()
    return count


def restore(pristine: Path, db: Path) -> None:
    for end in ("-wal", "-shm"):
        Path(f"{db}{end}").unlink(missing_ok=True)
    shutil.copyfile(pristine, db)


def test_import_killed_halfway_leaves_the_database_as_it_was(db: Path, tmp_path: Path) -> None:
    pristine = tmp_path / "ongewijzigd.db"
    shutil.copyfile(db, pristine)
    before = dump(db)
    for count in (50_000, 120_000):  # a fast machine gets a larger file, once
        source = write_companies(tmp_path / f"groot-{count}.csv", count)
        process = subprocess.Popen(
            [*COMMAND, "import", "companies", str(source), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # The transaction spills pages into the -wal file long before it commits.
        killed = kill_when(process, lambda: wal_size(db) > 256 * 1024)
        left_in_wal = wal_size(db)
        database = open_database(db)  # no message: recovery drops the unfinished work
        database.close()
        if killed and dump(db) == before:
            break
        # Killed too late or not at all: the whole import must be there, never a part.
        assert company_count(db) == 12 + count, "the database holds part of the import"
        restore(pristine, db)
    else:
        pytest.fail("the import finished before it could be killed, twice")
    assert process.returncode == -signal.SIGKILL
    assert left_in_wal > 256 * 1024  # the unfinished transaction's pages were on disk
    assert integrity(db) == "ok"
    assert dump(db) == before


@pytest.fixture(scope="module")
def large_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The large demo school (16 classes, 300 chains) and its plan file."""
    from beroepsplanner.io.plan_export import write_plan
    from beroepsplanner.store.transfer.plan_export import export_plan

    folder = tmp_path_factory.mktemp("large")
    path = folder / "groot.db"
    database = open_database(path)
    build_demo(database, "large")
    with database.session() as session:
        write_plan(export_plan(session), folder / "plan.json")
    database.close()
    return path, folder / "plan.json"


def test_plan_import_killed_halfway_leaves_the_database_as_it_was(
    large_plan: tuple[Path, Path], tmp_path: Path
) -> None:
    source_db, plan_file = large_plan
    db = tmp_path / "groot.db"
    shutil.copyfile(source_db, db)
    before = dump(db)
    for delay in (1.0, 0.3):
        process = subprocess.Popen(
            [*COMMAND, "plan", "import", str(plan_file), "--replace", "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # The -wal file appears when the database is open; the replacing transaction
        # (delete 16 classes, add them again with 300 chains) then takes seconds.
        opened: list[float] = []

        def in_transaction() -> bool:
            if not opened and Path(f"{db}-wal").exists():
                opened.append(time.monotonic())
            return bool(opened) and time.monotonic() - opened[0] > delay

        if kill_when(process, in_transaction):
            break
        restore(source_db, db)  # it finished first: try again, earlier
    else:
        pytest.fail("the plan import finished before it could be killed, twice")
    open_database(db).close()
    assert integrity(db) == "ok"
    assert dump(db) == before


# --- bad files -----------------------------------------------------------------------


def damaged_copy(demo_file: Path, tmp_path: Path, kind: str) -> Path:
    real = demo_file.read_bytes()
    noise = os.urandom(8192)
    data = {
        "random-bytes": noise,
        "header-then-garbage": b"SQLite format 3\x00" + noise,
        "truncated": real[: len(real) // 2],
    }[kind]
    path = tmp_path / f"{kind}.db"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", ["random-bytes", "header-then-garbage", "truncated"])
@pytest.mark.parametrize("argv", [["list", "chains"], ["check"]], ids=["list", "check"])
def test_damaged_file_gives_a_dutch_message_and_keeps_its_bytes(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, kind: str, argv: list[str]
) -> None:
    path = damaged_copy(demo_file, tmp_path, kind)
    before = path.read_bytes()
    code, out, err = run(capsys, *argv, "--db", str(path))
    assert code == 1 and out == ""
    assert "beschadigd" in err and "back-up" in err and "niet gewijzigd" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_newer_database_gives_a_dutch_message_and_keeps_its_bytes(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_toekomst'")
    connection.close()
    before = db.read_bytes()
    code, _, err = run(capsys, "list", "chains", "--db", str(db))
    assert code == 1
    assert "gemaakt met een nieuwere versie van Beroepsplanner" in err
    assert "Installeer de nieuwste versie" in err and "Traceback" not in err
    assert db.read_bytes() == before


HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE schools SET name = name")
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def locked_by_another_program(db: Path) -> Iterator[Path]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield db
    finally:
        holder.kill()
        holder.wait()


def test_locked_database_says_in_use_without_waiting_for_ever(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    locked_by_another_program: Path,
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 400)
    db = locked_by_another_program
    before = db.read_bytes()
    started = time.monotonic()
    code, out, err = run(capsys, "list", "chains", "--db", str(db))
    assert time.monotonic() - started < 5
    assert code == 1 and out == ""
    assert "bezet door een ander programma" in err and "probeer het opnieuw" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before


def test_read_only_database_lists_but_an_import_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Path, tmp_path: Path
) -> None:
    # Tests run as root, whom chmod does not stop; SQLite's mode=ro behaves as a
    # file the user may not write (the real case runs below as another user).
    from sqlalchemy import create_engine, event

    def read_only_engine(path: Path):
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true", future=True)
        event.listen(engine, "connect", database_module._on_connect)
        return engine

    monkeypatch.setattr(database_module, "make_engine", read_only_engine)
    before = db.read_bytes()
    code, out, _ = run(capsys, "list", "companies", "--db", str(db))
    assert code == 0 and len(out.splitlines()) == 2 + 12
    source = write_companies(tmp_path / "nieuw.csv", 3)
    code, out, err = run(capsys, "import", "companies", str(source), "--db", str(db))
    assert code == 1 and out == ""
    assert "alleen-lezen. Er is niets opgeslagen." in err and "Traceback" not in err
    assert db.read_bytes() == before


# --- real permissions, as another user -------------------------------------------------


def _other_user_python() -> list[str] | None:
    """A command running Python as 'nobody' with this checkout importable, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    interpreter = shutil.which(version, path="/usr/bin:/bin")
    if interpreter is None:
        return None
    root = Path(cli.__file__).resolve().parents[2]
    site = next((p for p in sys.path if p.endswith("site-packages")), None)
    code = (
        f"import sys; sys.path[:0] = [{str(root)!r}, {site!r}]\n"
        "from beroepsplanner.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    command = [interpreter, "-c", code]
    try:
        probe = subprocess.run(
            [*command, "--version"], user="nobody", capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError, KeyError):
        return None
    return command if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def as_nobody() -> list[str]:
    command = _other_user_python()
    if command is None:
        pytest.skip("cannot run Python as another user here (not root, or no usable interpreter)")
    return command


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="beroepsplanner-rechten-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def run_as(command: list[str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *argv], user="nobody", capture_output=True, text=True, timeout=60
    )


def test_file_without_write_permission_reads_and_refuses_writes(
    as_nobody: list[str], shared_folder: Path, demo_file: Path
) -> None:
    db = shared_folder / "school.db"
    shutil.copyfile(demo_file, db)
    db.chmod(0o444)
    source = write_companies(shared_folder / "nieuw.csv", 3)
    source.chmod(0o644)
    before = db.read_bytes()
    listing = run_as(as_nobody, "list", "companies", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    result = run_as(as_nobody, "import", "companies", str(source), "--db", str(db))
    assert result.returncode == 1
    assert "alleen-lezen. Er is niets opgeslagen." in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_read_only_folder_is_named_and_the_file_keeps_its_bytes(
    as_nobody: list[str], shared_folder: Path, demo_file: Path
) -> None:
    folder = shared_folder / "alleen-lezen"
    folder.mkdir()
    db = folder / "school.db"
    shutil.copyfile(demo_file, db)
    db.chmod(0o666)
    folder.chmod(0o555)  # the -wal and -shm files cannot be made
    before = db.read_bytes()
    result = run_as(as_nobody, "list", "chains", "--db", str(db))
    assert result.returncode == 1
    assert f"De map {folder} is alleen-lezen" in result.stderr and "-wal" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    folder.chmod(0o755)


# --- a failing write -------------------------------------------------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection may grow the file by a few pages only ("database or disk is full")."""
    original = database_module._on_connect

    def limited(dbapi_connection: sqlite3.Connection, record: object) -> None:
        original(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {max(pages, 1) + 5}")

    monkeypatch.setattr(database_module, "_on_connect", limited)


@pytest.mark.usefixtures("full_disk")
def test_import_on_a_full_disk_saves_nothing_and_says_so(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = dump(db)
    source = write_companies(tmp_path / "veel.csv", 5000)
    code, out, err = run(capsys, "import", "companies", str(source), "--db", str(db))
    assert code == 1 and out == ""
    assert "is vol. Er is niets opgeslagen." in err and "Maak ruimte vrij" in err
    assert "Traceback" not in err
    assert dump(db) == before and integrity(db) == "ok"


def test_an_import_into_a_database_that_does_not_exist_is_refused_and_makes_no_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "klas.csv"
    source.write_text("Roepnaam;Achternaam\nDaan;Jansen\n", encoding="utf-8")
    db = tmp_path / "nieuw.db"
    code, _, err = run(
        capsys, "import", "pupils", str(source), "--class", "Groep 5", "--db", str(db)
    )
    assert code == 1 and "nieuw.db bestaat niet" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["klas.csv"]


# --- a damaged plan file never reaches the database ------------------------------------


_JSON_ISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _as_plan_bytes(value: object) -> bytes:
    return json.dumps({"format": "beroepsplanner-plan", "version": 1, "x": value}).encode()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300) | _JSON_ISH.map(_as_plan_bytes))
def test_plan_import_of_random_bytes_is_refused_and_changes_no_byte(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, data: bytes
) -> None:
    db = tmp_path / "fuzz.db"
    if not db.exists():
        shutil.copyfile(demo_file, db)
    before = db.read_bytes()
    source = tmp_path / "plan.json"
    source.write_bytes(data)
    code, out, err = run(capsys, "plan", "import", str(source), "--db", str(db))
    assert code == 1 and out == "" and "Traceback" not in err
    assert "niets ingelezen" in err
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()
