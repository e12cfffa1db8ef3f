"""Dutch by default whatever the system language; English when chosen in the settings
(applied at the next start); BEROEPSPLANNER_LANG wins over the setting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.settings import (
    LANGUAGE_KEY,
    SettingsDialog,
    interface_language,
    store_language,
    stored_language,
)
from beroepsplanner.ui.workspace import Workspace


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list]:
    """Whatever install_translators installs in a test is removed afterwards."""
    installed: list = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def file_menu_title(workspace: Workspace, qtbot: QtBot) -> str:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    return window.file_menu.title().replace("&", "")


def test_dutch_by_default_even_on_an_english_system(
    qapp, qtbot: QtBot, workspace: Workspace, translators: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    assert interface_language() == "nl"
    translators.extend(install_translators(qapp))

    assert translators
    assert file_menu_title(workspace, qtbot) == "Bestand"


def test_english_when_chosen_in_the_settings(
    qapp, qtbot: QtBot, workspace: Workspace, translators: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    store_language("en")

    translators.extend(install_translators(qapp))

    assert [t.language() for t in translators] == ["en"]
    assert file_menu_title(workspace, qtbot) == "File"


def test_the_environment_variable_wins_over_the_setting(
    qapp, qtbot: QtBot, workspace: Workspace, translators: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_language("en")
    monkeypatch.setenv(LANGUAGE_ENV, "nl")
    assert interface_language() == "nl"
    translators.extend(install_translators(qapp))
    assert file_menu_title(workspace, qtbot) == "Bestand"

    for translator in translators:
        qapp.removeTranslator(translator)
    translators.clear()
    store_language("nl")
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert interface_language() == "en"
    translators.extend(install_translators(qapp))
    assert [t.language() for t in translators] == ["en"]
    assert file_menu_title(workspace, qtbot) == "File"


def test_nonsense_in_the_settings_or_environment_means_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "klingon")
    QSettings().setValue(LANGUAGE_KEY, "fr")

    assert stored_language() == "nl"
    assert interface_language() == "nl"
    with pytest.raises(ValueError):
        store_language("fr")


def test_settings_dialog_stores_the_choice_for_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "nl"
    assert [dialog.language_box.itemText(i) for i in range(2)] == ["Nederlands", "English"]
    assert "next start" in dialog.note.text() or "volgende start" in dialog.note.text()

    dialog.language_box.setCurrentIndex(1)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert stored_language() == "en"


def test_cancel_keeps_the_stored_language(qtbot: QtBot) -> None:
    store_language("en")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "en"

    dialog.language_box.setCurrentIndex(0)
    dialog.reject()

    assert stored_language() == "en"


def test_the_edit_menu_opens_the_settings(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = MainWindow(workspace)
    qtbot.addWidget(window)

    assert window.settings_action in window.edit_menu.actions()
    window.settings_action.trigger()

    assert len(opened) == 1 and opened[0].parent() is window
