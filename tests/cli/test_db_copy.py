"""``beroepsplanner db copy``, and ``backup``/``restore`` of a database on a school server,
as a school's IT provider types them."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from sqlalchemy import delete

from beroepsplanner import cli
from beroepsplanner.output_files import is_backup_file
from beroepsplanner.store import file_place
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Base, Chain


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def plan_export(capsys: pytest.CaptureFixture[str], database: str | Path, out: Path) -> bytes:
    code, _, err = run(capsys, "plan", "export", "--db", database, "--out", out)
    assert code == 0, err
    return out.read_bytes()


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def test_db_copy_of_a_file_writes_a_progress_line_per_table_and_says_what_it_did(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    target = tmp_path / "kopie.db"

    code, out, err = run(capsys, "db", "copy", "--from", school, "--to", target)

    assert code == 0, err
    tables = Base.metadata.sorted_tables
    lines = err.splitlines()
    assert lines[0].startswith(f"Kopiëren: tabel 1 van {len(tables)} ({tables[0].name}, ")
    assert len(lines) == len(tables) and all(line.startswith("Kopiëren: tabel ") for line in lines)
    assert f"De database {school} is gekopieerd naar {target}: {len(tables)} tabellen," in out
    assert "schema" not in out  # a new file: nothing to say about it
    assert plan_export(capsys, target, tmp_path / "b.json") == plan_export(
        capsys, school, tmp_path / "a.json"
    )


def test_db_copy_refuses_a_target_that_is_not_empty_until_replace(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    target = tmp_path / "ander.db"
    code, _, err = run(capsys, "demo", "--db", target)
    assert code == 0, err
    before = target.read_bytes()

    code, out, err = run(capsys, "db", "copy", "--from", school, "--to", target)

    assert code == 1 and out == ""
    assert "is niet leeg" in err and "--replace" in err and "Traceback" not in err
    assert target.read_bytes() == before

    code, out, err = run(capsys, "db", "copy", "--from", school, "--to", target, "--replace")
    assert code == 0, err
    assert "is vervangen door de kopie" in out


def test_db_copy_needs_both_ends(capsys: pytest.CaptureFixture[str], school: Path) -> None:
    code, _, err = run(capsys, "db", "copy", "--from", school)
    assert code == 2
    assert "--to" in err and "fout" in err


def test_db_copy_to_and_from_a_server_exports_the_same_plan(
    capsys: pytest.CaptureFixture[str], school: Path, pg_url: str, tmp_path: Path
) -> None:
    from_file = plan_export(capsys, school, tmp_path / "bestand.json")

    code, out, err = run(capsys, "db", "copy", "--from", school, "--to", pg_url)
    assert code == 0, err
    assert "nog geen schema" in out and "Verbinden met schoolserver" in out
    assert plan_export(capsys, pg_url, tmp_path / "server.json") == from_file

    back = tmp_path / "terug.db"
    code, _, err = run(capsys, "db", "copy", "--from", pg_url, "--to", back)
    assert code == 0, err
    assert plan_export(capsys, back, tmp_path / "terug.json") == from_file


def test_db_copy_to_an_unreachable_server_says_so_in_dutch(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://juf@127.0.0.1:{port}/school?connect_timeout=2"

    code, out, err = run(capsys, "db", "copy", "--from", school, "--to", url)

    assert code == 1 and out == ""
    assert "is niet bereikbaar" in err and "Er is niets veranderd" in err
    assert "Traceback" not in err


def test_backup_and_restore_of_a_server_database(
    capsys: pytest.CaptureFixture[str],
    school: Path,
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What the server held is kept in the automatic back-ups' folder: the test's own.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    assert run(capsys, "db", "copy", "--from", school, "--to", pg_url)[0] == 0
    before = plan_export(capsys, pg_url, tmp_path / "voor.json")
    folder = tmp_path / "back-ups"
    folder.mkdir()

    code, out, err = run(capsys, "backup", "--db", pg_url, "--out", f"{folder}/")

    assert code == 0, err
    (backup,) = folder.iterdir()
    assert is_backup_file(backup) and "Back-up van postgresql://" in out
    # Something changes on the server; the restore brings the back-up's state back.
    server = open_database(pg_url)
    with server.transaction() as session:
        session.execute(delete(Chain))
    server.close()
    assert plan_export(capsys, pg_url, tmp_path / "tussen.json") != before

    code, out, err = run(capsys, "restore", str(backup), "--db", pg_url)

    assert code == 0, err
    assert "teruggezet" in out and "eerst bewaard in" in out
    (kept,) = (tmp_path / "gebruiker" / "Beroepsplanner" / "back-ups").iterdir()
    assert kept.name.endswith(".db") and ".voor-terugzetten-" in kept.name
    assert plan_export(capsys, pg_url, tmp_path / "na.json") == before


def test_a_database_file_in_a_synced_folder_gets_a_warning_on_stderr(
    capsys: pytest.CaptureFixture[str], school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        file_place, "risky_place", lambda path: file_place.RiskyPlace(file_place.CLOUD, "OneDrive")
    )

    code, out, err = run(capsys, "list", "classes", "--db", school)

    assert code == 0 and out
    assert f"Let op: de database {school} staat in een map die OneDrive synchroniseert" in err
    assert "schoolserver" in err and "plan export" in err
