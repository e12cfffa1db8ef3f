"""Shared set-up for the window tests: headless Qt, a temporary database (private settings:
``tests/conftest.py``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on a new database (catalog seeded) in tmp_path."""
    ws = Workspace()
    ws.open(tmp_path / "test.db")
    yield ws
    ws.close()


@pytest.fixture
def dutch(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QTranslator]]:
    """The Dutch translation installed as the program does by default; removed afterwards."""
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    locale = QLocale()  # install_translators makes Dutch the default locale too
    translators = install_translators(qapp)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window in English (``BEROEPSPLANNER_LANG=en``), as the program starts it."""
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    previous = QLocale()  # install_translators makes English the default locale too
    installed = install_translators(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, qapp: QApplication) -> Iterator[Workspace]:
    """A workspace on a private copy of the session's demo school (tests/conftest.py)."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    workspace = Workspace()
    workspace.open(path)
    yield workspace
    workspace.close()
