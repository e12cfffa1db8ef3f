"""The program's log (``beroepsplanner.logs``): bounded in size, and never personal data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert
from sqlalchemy.exc import IntegrityError

from beroepsplanner import logs
from beroepsplanner.errors import InvalidInputError

NAME = "Ayşe"
PARENT_MAIL = "ouder.yilmaz@example.nl"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log of this test only, started as the program starts it."""
    path = tmp_path / "data" / "log" / "beroepsplanner.log"
    monkeypatch.setenv(logs.LOG_ENV, str(path))
    monkeypatch.setattr(logs, "_repeats", {})
    assert logs.start_log("test") == path
    yield path


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _pupil_refused() -> None:
    """A realistic failure: SQLite's refusal (SQLAlchemy quotes the values) turned into
    our own error, whose Dutch message names the pupil and a parent."""
    engine = create_engine("sqlite://")
    pupils = Table(
        "pupils", MetaData(), Column("id", Integer, primary_key=True),
        Column("display_name", String, unique=True), Column("parent_email", String),
    )
    pupils.metadata.create_all(engine)
    row = {"display_name": NAME, "parent_email": PARENT_MAIL}
    with engine.begin() as connection:
        connection.execute(insert(pupils), row)
        try:
            connection.execute(insert(pupils), row)
        except IntegrityError as exc:
            assert NAME in str(exc)  # the values are in the message: the log must leave them out
            raise InvalidInputError(
                f"De naam {NAME} staat al in groep 5 (ouder: {PARENT_MAIL}).",
                key="pupil-name-taken",
                name=NAME,
            ) from exc


def test_an_unexpected_error_is_logged_without_names_but_with_key_class_and_frames(
    log_path: Path,
) -> None:
    try:
        _pupil_refused()
    except InvalidInputError as exc:
        logs.log_unexpected(exc, "in a test")
    text = _text(log_path)
    assert NAME not in text and PARENT_MAIL not in text
    assert "yilmaz" not in text and "example.nl" not in text
    assert "beroepsplanner.errors.InvalidInputError [key=pupil-name-taken]" in text
    assert "sqlalchemy.exc.IntegrityError" in text
    assert "sqlite3.IntegrityError [SQLITE_CONSTRAINT_UNIQUE]" in text
    assert "The above exception was the direct cause of the following exception:" in text
    assert 'File "tests/test_logs.py", line' in text and "in _pupil_refused" in text
    # Frames by where Python found them, never the user's folders.
    assert str(Path.home()) not in text.replace("~", "")


def test_the_log_ignores_a_traceback_another_formatter_already_wrote(
    log_path: Path,
) -> None:
    # A handler nearer the record (here one on a child logger) formats first and caches
    # the whole traceback, message included, on the record.
    child = logging.getLogger("beroepsplanner.test_logs")
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(self.format(record))

    keep = Keep()
    child.addHandler(keep)
    try:
        try:
            _pupil_refused()
        except InvalidInputError:
            child.exception("refused in a test")
    finally:
        child.removeHandler(keep)
    assert NAME in seen[0]
    text = _text(log_path)
    assert "refused in a test" in text and "key=pupil-name-taken" in text
    assert NAME not in text and PARENT_MAIL not in text


def test_the_log_stays_within_its_files_and_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert logs.MAX_BYTES * (1 + logs.BACKUP_COUNT) <= 5_000_000  # a few MB at most
    monkeypatch.setattr(logs, "MAX_BYTES", 4_000)
    monkeypatch.setattr(logs, "BACKUP_COUNT", 2)
    path = tmp_path / "log" / "beroepsplanner.log"
    monkeypatch.setenv(logs.LOG_ENV, str(path))
    logs.start_log("test")
    for number in range(1_000):  # about 80 kB: twenty times the limit
        logs.logger.info("line %05d of a long session", number)
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == [
        "beroepsplanner.log", "beroepsplanner.log.1", "beroepsplanner.log.2"
    ]
    assert all(f.stat().st_size <= 4_000 for f in files)
    assert "line 00999" in _text(path)
    assert "line 00000" not in "".join(_text(f) for f in files)


def test_a_log_that_cannot_be_written_does_not_stop_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(logs.LOG_ENV, str(blocker / "beroepsplanner.log"))
    assert logs.start_log("test") is None
    assert logs.active_log_file() is None
    logs.logger.info("nothing happens")
    logs.log_unexpected(RuntimeError("boom"), "in a test")


def test_the_same_error_again_and_again_does_not_fill_the_log(log_path: Path) -> None:
    for _ in range(25):
        try:
            raise RuntimeError(NAME)
        except RuntimeError as exc:
            logs.log_unexpected(exc, "in a paint event")
    text = _text(log_path)
    assert text.count("Traceback (most recent call last):") == logs.FULL_REPEATS
    assert "the same unexpected error in a paint event, 10 times now: RuntimeError" in text
    assert "20 times" not in text and NAME not in text


@dataclass(frozen=True)
class _Result:
    school: str
    added: tuple[str, ...]
    present: tuple[str, ...]
    replaced: int
    new_school: bool


def test_an_import_is_logged_by_its_counts_only(log_path: Path) -> None:
    logs.log_import("class list", _Result("De Regenboog", (NAME, "Bram"), ("Noor",), 2, True))
    text = _text(log_path)
    assert "class list imported: added 2, present 1, replaced 2" in text
    for name in (NAME, "Bram", "Noor", "Regenboog", "True"):
        assert name not in text


def test_a_path_under_the_home_folder_is_written_with_a_tilde() -> None:
    home = Path.home()
    assert logs.shown_path(home / "Documenten" / "school.db") == str(
        Path("~") / "Documenten" / "school.db"
    )
    assert logs.shown_path("/srv/school.db") == "/srv/school.db"


def test_without_the_setting_the_log_is_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from beroepsplanner.output_files import automatic_backup_folder

    monkeypatch.delenv(logs.LOG_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # Beside the automatic back-ups (and the database), in a folder of its own.
    data_folder = automatic_backup_folder().parent
    assert logs.log_file_path() == data_folder / "log" / "beroepsplanner.log"
