"""The first screen kept for the next start: found again only while the database is in the
state it was read at, by the same program; nothing but the program's own data rebuilt."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from beroepsplanner.store import start_view
from beroepsplanner.store.classes import ensure_school
from beroepsplanner.store.database import open_database
from beroepsplanner.store.start_view import (
    StartView,
    file_state,
    keep_start_view,
    kept_start_view,
    planner_view,
    read_start_view,
    session_state,
)
from beroepsplanner.user_cache import cache_folder


@pytest.fixture
def school(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    return path


def _read(path: Path) -> StartView:
    database = open_database(path)
    try:
        with database.session() as session:
            return read_start_view(session)
    finally:
        database.close()


def test_the_kept_view_is_the_view_read_and_is_found_in_the_same_state(school: Path) -> None:
    view = _read(school)
    assert view.school_name and view.plan is not None and view.plan.grid is not None
    assert view.counts["chains"] > 0 and view.plan.grid.classes
    assert view.state == file_state(school)
    assert keep_start_view(school, view)
    assert kept_start_view(school, view.state) == view


def test_the_state_read_through_the_store_is_the_state_of_the_file(school: Path) -> None:
    database = open_database(school)
    try:
        with database.session() as session:
            assert session_state(session) == file_state(school)
    finally:
        database.close()


def test_a_change_gives_another_state_and_the_kept_view_is_not_found(school: Path) -> None:
    view = _read(school)
    keep_start_view(school, view)
    database = open_database(school)
    try:
        with database.transaction() as session:
            ensure_school(session, None, None, "2030-2031")  # a new school year
    finally:
        database.close()
    changed = file_state(school)
    assert changed is not None and changed != view.state
    assert kept_start_view(school, changed) is None
    assert _read(school).plan.school_years[-1] == "2030-2031"  # type: ignore[union-attr]


def test_the_planner_reads_the_same_year_plan(school: Path) -> None:
    database = open_database(school)
    try:
        with database.session() as session:
            newest = planner_view(session)
            assert newest is not None
            older = planner_view(session, newest.school_years[0])
            unknown = planner_view(session, "1999-2000")
    finally:
        database.close()
    assert newest.year == newest.school_years[-1]
    assert older is not None and older.year == newest.school_years[0]
    assert unknown == newest  # an unknown year: the newest


def test_a_file_that_is_not_a_database_at_the_newest_schema_has_no_state(
    school: Path, tmp_path: Path
) -> None:
    text = tmp_path / "tekst.db"
    text.write_text("geen database" * 10)
    assert file_state(text) is None
    assert file_state(tmp_path / "er-niet.db") is None
    older = tmp_path / "ouder.db"
    shutil.copyfile(school, older)
    with closing(sqlite3.connect(older)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert file_state(older) is None


def test_another_version_of_the_program_does_not_use_the_kept_view(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _read(school)
    keep_start_view(school, view)
    monkeypatch.setattr(start_view, "__version__", "99.0")
    assert kept_start_view(school, view.state) is None


def test_a_kept_file_that_names_other_classes_is_not_rebuilt(school: Path) -> None:
    view = _read(school)
    keep_start_view(school, view)
    [kept] = [
        path for path in cache_folder().glob("start-*.json") if str(school) in path.read_text()
    ]
    data = json.loads(kept.read_text())
    data["view"]["f"]["plan"] = {"$c": "subprocess:Popen", "f": {"args": "true"}}
    kept.write_text(json.dumps(data))
    assert kept_start_view(school, view.state) is None
    kept.write_text("{half a file")
    assert kept_start_view(school, view.state) is None


def test_a_view_read_while_the_database_changed_is_not_kept(school: Path) -> None:
    view = StartView(school_name="x", counts={}, plan=None, state="")
    assert not keep_start_view(school, view)
