"""The refusals of ``db copy`` and of a server's restore in the window's language: English in
the English window (``ui/english/errors_server``), the store's own Dutch in the Dutch one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beroepsplanner.errors import BeroepsplannerError, DatabaseError
from beroepsplanner.store.database import open_database
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.transfer.copy import _Copy, _copy_failed, copy_database
from tests.ui.test_english_errors_files import shown


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def test_a_target_that_is_not_empty(
    english: None, school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "catalogus.db"
    open_database(target).close()
    with pytest.raises(BeroepsplannerError) as refused:
        copy_database(school, target)
    text = shown(refused.value, target, monkeypatch=monkeypatch)
    assert "it already holds the catalog (as after 'beroepsplanner db upgrade')" in text
    assert "--replace" in text


def test_a_copy_onto_itself_and_a_missing_source(
    english: None, school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(BeroepsplannerError) as refused:
        copy_database(school, school)
    assert "cannot be copied into itself" in shown(refused.value, school, monkeypatch=monkeypatch)
    missing = tmp_path / "weg.db"
    with pytest.raises(BeroepsplannerError) as refused:
        copy_database(missing, tmp_path / "nieuw.db")
    assert "does not exist" in shown(refused.value, missing, monkeypatch=monkeypatch)


def test_a_copy_that_failed_on_the_server_says_why(
    english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = DatabaseLocation.parse("postgresql://juf@server.school.nl/school")
    busy = DatabaseError(
        "De database is bezet.", key="server-busy", server=str(server), writing=True
    )
    failed = _copy_failed(_Copy(DatabaseLocation.file(tmp_path / "a.db"), server, False, None, None), busy)
    text = shown(failed, monkeypatch=monkeypatch)
    assert text.startswith("Copying to postgresql://juf@server.school.nl/school failed; nothing")
    assert "is busy: a colleague is changing the same data. Nothing has been saved." in text
