"""The command line's log: what it did, its unexpected errors, and no personal data."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from beroepsplanner import logs
from beroepsplanner.cli import command, listing, main

NAME = "Ayşe"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "log" / "beroepsplanner.log"
    monkeypatch.setenv(logs.LOG_ENV, str(path))
    monkeypatch.setattr(logs, "_repeats", {})
    yield path


def _people(db: Path) -> set[str]:
    """Every pupil's name, contact's name, e-mail address and phone number in ``db``."""
    with closing(sqlite3.connect(db)) as connection:
        found = {row[0] for row in connection.execute("SELECT display_name FROM pupils")}
        for row in connection.execute("SELECT name, email, phone FROM company_contacts"):
            found |= {value for value in row if value}
    return found


def test_a_day_of_commands_is_logged_by_counts_without_a_name(
    demo_file: Path, tmp_path: Path, log_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "school.db"
    shutil.copyfile(demo_file, db)
    people = _people(db)
    assert len(people) > 100
    commands = [
        ["list", "chains", "--json"],
        ["print", "logbooks", "--class", "Groep 7", "--out", str(tmp_path / "groep-7.pdf")],
        ["plan", "export", "--out", str(tmp_path / "plan.json")],
        ["export", "companies", "--out", str(tmp_path / "bedrijven.csv")],
        ["import", "companies", str(tmp_path / "bedrijven.csv")],
        ["backup", "--out", str(tmp_path / "back-up.db")],
    ]
    for arguments in commands:
        assert main([*arguments, "--db", str(db)]) == 0, arguments
    assert main(["plan", "import", str(tmp_path / "plan.json"), "--db", str(tmp_path / "b.db")]) == 0
    capsys.readouterr()

    text = log_path.read_text(encoding="utf-8")
    for said in (
        "start command list chains: Beroepsplanner",
        "database opened: ",
        "command list chains ended: exit code 0",
        "printed: logbooks, ",
        "file written: pdf, ",
        "file written: plan, ",
        "file written: csv, ",
        "companies imported: added 0, updated 0, unchanged ",
        "file written: database, ",
        "start command plan import",
        "(SQLite, new)",
        "plan file imported: classes ",
    ):
        assert said in text, said
    assert [p for p in people if p in text] == []
    assert "groep-7" not in text and "Groep 7" not in text  # names of files and classes


def test_an_unexpected_error_in_a_command_is_logged_and_told_in_dutch(
    log_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_list(_args: object) -> int:
        raise RuntimeError(f"{NAME} kan niet")

    monkeypatch.setattr(listing, "list_command", broken_list)
    assert main(["list", "classes"]) == 1
    err = capsys.readouterr().err
    assert "er ging iets mis dat niet had mogen gebeuren (RuntimeError)" in err
    assert f"logbestand {log_path}" in err and "zonder persoonsgegevens" in err
    assert "Traceback" not in err
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR" in text and "unexpected error in the command" in text
    assert 'File "tests/cli/test_log_cli.py"' in text and "in broken_list" in text
    assert "\nRuntimeError\n" in text and "command list classes ended: exit code 1" in text
    assert NAME not in text


def test_a_refusal_is_logged_by_its_kind_and_key_not_its_message(
    tmp_path: Path, log_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "chains", "--db", str(tmp_path / f"{NAME}.db")]) == 1
    assert NAME in capsys.readouterr().err  # the user is told which file
    text = log_path.read_text(encoding="utf-8")
    assert "WARNING" in text and "the command refused: beroepsplanner.errors.DatabaseError" in text
    assert NAME not in text


def test_an_error_while_starting_the_window_is_logged(
    log_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_window(_args: object) -> int:
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(command, "_open_window", broken_window)
    assert main([]) == 1
    assert "(ImportError)" in capsys.readouterr().err
    text = log_path.read_text(encoding="utf-8")
    assert "start after an unexpected error" in text
    assert "unexpected error while starting the window" in text and "in broken_window" in text
