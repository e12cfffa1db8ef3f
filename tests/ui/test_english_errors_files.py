"""Errors of files, databases and back-ups in the window's language: real refusals of
``open_database``, ``backup_database``, ``restore_database``, ``write_output`` and an undo
over a colleague's change are English in the English window (``ui/english/errors_files``)
and the store's own Dutch text in the Dutch one."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, update

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.io.company_import import parse_companies
from beroepsplanner.io.tables import read_csv_text
from beroepsplanner.output_files import write_output
from beroepsplanner.store.backup import backup_database, restore_database
from beroepsplanner.store.change_log import committed_change, ensure_unchanged
from beroepsplanner.store.database import open_database
from beroepsplanner.store.models import Company
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.company_import import import_companies
from beroepsplanner.ui import error_text
from beroepsplanner.ui.app import LANGUAGE_ENV
from beroepsplanner.ui.english import errors_files

DUTCH_WORDS = re.compile(
    r"\b(de|het|een|geen|niet|en|van|voor|naar|met|kies|zet|bestand|map|schijf|bestaat|"
    r"bezet|gewijzigd|veranderd|terug|opnieuw|bedrijf|intussen|iemand)\b",
    re.IGNORECASE,
)
"""Words that give away Dutch in an English sentence."""


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "school.db", seed=False)
    yield db
    db.close()


def shown(exc: BeroepsplannerError, *paths: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The English the window shows for ``exc``: no Dutch besides the named files, each
    of which it names; and in the Dutch window the store's own text."""
    assert exc.key is not None, str(exc)
    text = error_text.error(exc)
    rest = text
    for path in paths:
        assert str(path) in text, text
        rest = rest.replace(str(path), "")
    assert text != str(exc)
    assert not DUTCH_WORDS.search(rest), text
    assert "{" not in text, text
    monkeypatch.setenv(LANGUAGE_ENV, "nl")
    assert error_text.error(exc) == str(exc)
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    return text


def test_opening_a_file_that_is_no_database(
    english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Only a shopping list.\n", encoding="utf-8")
    with pytest.raises(BeroepsplannerError) as refused:
        open_database(notes)
    text = shown(refused.value, notes, monkeypatch=monkeypatch)
    assert text == (
        f"{notes} is not a Beroepsplanner database (or the file is damaged). The file has not "
        "been changed. Restore a back-up of the file, or choose another file."
    )


def test_opening_another_programs_sqlite_file(
    english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(BeroepsplannerError) as refused:
        open_database(other)
    assert "SQLite database of another program" in shown(refused.value, other, monkeypatch=monkeypatch)


def test_a_backup_onto_the_database_or_another_kind_of_file(
    english: None, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(BeroepsplannerError) as refused:
        backup_database(database.path, database.path)
    assert shown(refused.value, monkeypatch=monkeypatch) == (
        "Choose a different file for the back-up than the database itself."
    )

    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(BeroepsplannerError) as refused:
        backup_database(database.path, report)
    assert "already exists and is a PDF, not a back-up" in shown(
        refused.value, report, monkeypatch=monkeypatch
    )

    other = open_database(tmp_path / "colleague.db", seed=False)
    other.close()
    with pytest.raises(BeroepsplannerError) as refused:
        backup_database(database.path, other.path)
    assert "a back-up only replaces a back-up" in shown(
        refused.value, other.path, monkeypatch=monkeypatch
    )


def test_a_pdf_onto_the_open_database(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(BeroepsplannerError) as refused:
        write_output(database.path, b"%PDF-1.4\n", kind="pdf", database=database.path)
    assert shown(refused.value, database.path, monkeypatch=monkeypatch) == (
        f"{database.path} is the database itself. Beroepsplanner does not write a PDF over it; "
        "choose another name. Nothing has been changed."
    )


def test_restoring_a_file_that_is_no_backup(
    english: None, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = database.path
    database.close()
    notes = tmp_path / "notes.txt"
    notes.write_text("Only a shopping list.\n", encoding="utf-8")
    with pytest.raises(BeroepsplannerError) as refused:
        restore_database(notes, target)
    assert "is not a usable Beroepsplanner back-up" in shown(
        refused.value, notes, monkeypatch=monkeypatch
    )

    # A SQLite file of another program gets past the first look; opening it refuses it,
    # and the English says why, naming the chosen file (never the working copy).
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(BeroepsplannerError) as refused:
        restore_database(other, target)
    assert refused.value.key == "restore-not-usable"
    assert shown(refused.value, other, monkeypatch=monkeypatch) == (
        f"{other} is not a usable Beroepsplanner back-up: {other} is a SQLite database of "
        "another program. The file has not been changed. Choose a Beroepsplanner database. "
        "Nothing has been changed."
    )


def test_an_undo_over_a_colleagues_change(
    english: None, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = parse_companies(read_csv_text("Naam;Plaats\nZorg BV;Ede\nGarage Smit;Zeist\n")).rows
    with database.transaction() as session:
        import_companies(session, rows)
    change = committed_change(session)
    assert change is not None
    colleague = open_database(database.path, seed=False)
    try:
        with colleague.transaction() as session:
            session.execute(update(Company).where(Company.name == "Zorg BV").values(place="Ulft"))
    finally:
        colleague.close()
    with pytest.raises(BeroepsplannerError) as refused, database.transaction() as session:
        ensure_unchanged(session, change, what="Import companies")
        session.scalars(select(Company)).all()
    text = shown(refused.value, monkeypatch=monkeypatch)
    assert re.fullmatch(
        "Undoing ‘Import companies’ is not possible: company ‘Zorg BV’ has been changed by "
        r"someone else meanwhile \(at \d\d:\d\d, in another window or on the command line\)\. "
        "Nothing has been changed.",
        text,
    ), text


def test_the_things_a_colleague_changed_in_english() -> None:
    things = errors_files._things(
        repr((("companies", 5, ("A", "B", "C", "D")), ("classes", -1, ()), ("pupils", 1, ())))
    )
    assert things == ("the companies ‘A’, ‘B’, ‘C’ and 2 others, classes and pupil", True)
    assert errors_files._things(repr((("chains", 1, ()),))) == ("chain", False)


@pytest.mark.parametrize("language", ["english", "dutch"])
def test_an_unexpected_fault_while_printing_in_both_languages(
    language: str,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    from beroepsplanner.ui import print_worker

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(print_worker, "print_data", broken)
    request.getfixturevalue(language)  # the window's translators, as the program installs them
    worker = print_worker.PrintWorker(
        database, print_worker.PrintJob("yearplan", tmp_path / "plan.pdf")
    )
    worker._run()
    assert worker._outcome == (
        "failed",
        "Something went wrong while making the PDF; no file was made. (RuntimeError: boom)"
        if language == "english"
        else "Er ging iets mis bij het maken van de PDF; er is geen bestand gemaakt. "
        "(RuntimeError: boom)",
    )
