"""The language setting: Dutch by default, English when chosen; applied at the next start.

The choice is stored in QSettings under ``LANGUAGE_KEY``. The environment variable
``BEROEPSPLANNER_LANG`` wins over the stored choice (for developers, bug reports and
checks). Qt widgets translate their texts when they are built, so a new choice is
applied when the program starts again; the dialog says so.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

LANGUAGE_ENV = "BEROEPSPLANNER_LANG"
LANGUAGE_KEY = "interface/language"
DUTCH = "nl"
ENGLISH = "en"
LANGUAGES = (DUTCH, ENGLISH)
LANGUAGE_NAMES = {DUTCH: "Nederlands", ENGLISH: "English"}
"""Each language named in itself, so a teacher finds their own whatever is shown now."""


def _normalise(value: object) -> str | None:
    text = str(value or "").strip().lower()
    if text.startswith("en"):
        return ENGLISH
    if text.startswith("nl") or text.startswith("du"):
        return DUTCH
    return None


def stored_language() -> str:
    """The language chosen in the settings; Dutch when nothing (valid) is stored."""
    return _normalise(QSettings().value(LANGUAGE_KEY, DUTCH)) or DUTCH


def store_language(language: str) -> None:
    """Remember ``language`` ("nl" or "en") for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def interface_language() -> str:
    """The language to show: ``BEROEPSPLANNER_LANG`` if set to a known one, else the setting.

    Never the system language: the program is for Dutch schools, so a school laptop
    set to English still shows Dutch unless English is chosen here.
    """
    return _normalise(os.environ.get(LANGUAGE_ENV)) or stored_language()


class SettingsDialog(QDialog):
    """Bewerken > Instellingen: the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))

        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(stored_language()))

        # Both languages on purpose: whoever picked the wrong one can still find it.
        form = QFormLayout()
        form.addRow("Taal / Language:", self.language_box)

        self.note = QLabel(self.tr("The new language is used from the next start of the program."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        overridden = _normalise(os.environ.get(LANGUAGE_ENV))
        if overridden is not None:
            self.note.setText(
                self.note.text()
                + " "
                + self.tr("Now the environment variable %1 decides the language.").replace(
                    "%1", LANGUAGE_ENV
                )
            )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def chosen_language(self) -> str:
        return str(self.language_box.currentData())

    def accept(self) -> None:
        store_language(self.chosen_language())
        super().accept()
