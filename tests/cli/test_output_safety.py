"""No command writes its output onto the database, its side files, a back-up or another
database: every ``--out`` of every command is refused there, and nothing changes."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner.output_files import automatic_backup_folder

# Every command that writes a file named by --out, with what it needs besides.
WRITERS: dict[str, tuple[str, ...]] = {
    "plan export": ("plan", "export"),
    "print logbooks": ("print", "logbooks", "--class", "Groep 6b"),
    "print lessons": ("print", "lessons", "--chain", "{chain}"),
    "print letter": ("print", "letter", "--chain", "{chain}"),
    "print yearplan": ("print", "yearplan"),
    "export companies csv": ("export", "companies"),
    "export ical": ("export", "ical"),
    "backup": ("backup",),
}


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def folder_state(folder: Path) -> dict[str, str | None]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def school(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    monkeypatch.delenv("BEROEPSPLANNER_DB", raising=False)
    folder = tmp_path / "school"
    folder.mkdir()
    path = folder / "school.db"
    shutil.copyfile(demo_file, path)
    yield path


def first_chain(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return str(connection.execute("SELECT min(id) FROM chains").fetchone()[0])


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def command(name: str, out: Path | str, db: Path) -> list[str]:
    chain = first_chain(db)
    args = [a.replace("{chain}", chain) for a in WRITERS[name]]
    return [*args, "--out", str(out), "--db", str(db)]


def refuse_all(
    capsys: pytest.CaptureFixture[str], db: Path, out: Path | str, *watch: Path, reason: str
) -> None:
    """Every writing command is refused for ``out`` with ``reason`` in its message; the
    database folder and the watched files are byte for byte the same afterwards."""
    folders = {db.parent, *(w.parent for w in watch)}
    before = {folder: folder_state(folder) for folder in folders}
    for name in WRITERS:
        code, _, err = run(capsys, *command(name, out, db))
        assert code == 1, f"{name} --out {out}: exit {code}, {err}"
        assert "Traceback" not in err and reason in err, f"{name}: {err}"
        after = {folder: folder_state(folder) for folder in folders}
        assert after == before, f"{name} --out {out} changed files"


def test_every_command_refuses_the_database_itself_also_through_dot_and_a_link(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    link = school.parent / "koppeling.db"
    link.symlink_to(school)
    hard = school.parent / "ook-school.db"
    os.link(school, hard)
    old = Path.cwd()
    os.chdir(school.parent)
    try:
        for out in (school, "./school.db", "../school/school.db", link, hard):
            refuse_all(capsys, school, out, reason="database")
    finally:
        os.chdir(old)
    assert link.is_symlink() and link.resolve() == school


def test_the_message_names_the_database_and_says_nothing_changed(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    code, out, err = run(capsys, *command("plan export", school, school))
    assert code == 1 and out == ""
    assert "is de database zelf" in err and "Er is niets veranderd" in err
    code, _, err = run(capsys, "list", "classes", "--db", school)
    assert code == 0, err  # the next start still finds its database


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_every_command_refuses_the_databases_side_files(
    capsys: pytest.CaptureFixture[str], school: Path, suffix: str
) -> None:
    side = school.with_name(school.name + suffix)
    refuse_all(capsys, school, side, reason="hulpbestand van de database school.db")
    assert not side.exists() or suffix != "-journal"


def test_every_command_refuses_a_backup_and_another_database(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = usb / "back-up.db"
    assert run(capsys, "backup", "--out", backup, "--db", school)[0] == 0
    other_school = usb / "andere-school.db"
    shutil.copyfile(school, other_school)
    named_like_a_document = usb / "plan.json"
    shutil.copyfile(backup, named_like_a_document)
    refuse_all(capsys, school, other_school, other_school, reason="database")
    # A back-up may only be replaced by a back-up; every other document is refused.
    for out in (backup, named_like_a_document):
        before = digest(out)
        for name in WRITERS:
            if name == "backup":
                continue
            code, _, err = run(capsys, *command(name, out, school))
            assert code == 1 and "is een back-up van een database" in err, err
            assert digest(out) == before
    before = digest(other_school)
    code, _, err = run(capsys, "backup", "--out", other_school, "--db", school)
    assert code == 1 and "geen eerdere back-up" in err
    assert digest(other_school) == before


def test_every_command_refuses_the_folder_of_automatic_backups(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    folder = automatic_backup_folder()
    folder.mkdir(parents=True)
    (folder / "school-1234abcd-2026-12-01.db").write_bytes(school.read_bytes())
    backup = folder / "school-1234abcd-2026-12-01.db"
    refuse_all(capsys, school, folder / "nieuw-bestand.pdf", backup, reason="automatische back-ups")
    refuse_all(capsys, school, backup, backup, reason="automatische back-ups")


def test_a_backup_replaces_an_earlier_backup_only_when_it_is_complete(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "back-up.db"
    assert run(capsys, "backup", "--out", backup, "--db", school)[0] == 0
    with closing(sqlite3.connect(school)) as connection, connection:
        connection.execute("UPDATE classes SET teacher = 'meester Łukasz' WHERE name = 'Groep 6b'")
    code, out, err = run(capsys, "backup", "--out", backup, "--db", school)
    assert code == 0, err
    with closing(sqlite3.connect(backup)) as connection:
        teacher = connection.execute("SELECT teacher FROM classes WHERE name = 'Groep 6b'").fetchone()
    assert teacher == ("meester Łukasz",)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".back-up")) == []


def test_a_document_of_another_kind_is_not_replaced(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "jaarplanning.pdf"
    assert run(capsys, *command("print yearplan", pdf, school))[0] == 0
    before = digest(pdf)
    code, _, err = run(capsys, *command("plan export", pdf, school))
    assert code == 1 and "is een PDF, geen planbestand" in err
    assert digest(pdf) == before
    # The same kind is replaced, whole.
    code, _, err = run(capsys, *command("print yearplan", pdf, school))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_full_disk_while_writing_leaves_the_old_file_and_no_part(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan.json"
    assert run(capsys, *command("plan export", plan, school))[0] == 0
    before = digest(plan)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run(capsys, *command("plan export", plan, school))
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert code == 1 and "de schijf is vol" in err and ".deel" not in err
    assert digest(plan) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan")] == []
