"""Shared test set-up: headless Qt and no access to the user's own database or settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- the demo school, built once per test session -------------------------------------

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from beroepsplanner.store.database import Database, open_database  # noqa: E402
from beroepsplanner.store.demo import build_demo  # noqa: E402
@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo school ("small") in a closed database file; never change it, copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    build_demo(database, "small")
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo school, open."""
    path = tmp_path / "school.db"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A new database: migrated, catalog seeded, no school."""
    database = open_database(tmp_path / "leeg.db")
    yield database
    database.close()
