"""The About box: name, version, purpose, the program's licence (GPL-3.0-or-later, its text from LICENSE), the font's
licence text and every bundled library with the licence its package metadata states."""

from __future__ import annotations

from importlib import metadata

import pytest
from pytestqt.qtbot import QtBot

from beroepsplanner import __version__
from beroepsplanner.resources import licence_path, resource_path
from beroepsplanner.ui import about as about_module
from beroepsplanner.ui.about import LIBRARIES, AboutDialog, library_licences
from beroepsplanner.ui.app import LANGUAGE_ENV, application_icon


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Source texts: the Dutch of new strings is merged by the lead, not by this test."""
    monkeypatch.setenv(LANGUAGE_ENV, "en")


def make_dialog(qtbot: QtBot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_about_shows_name_version_purpose_and_the_licence(qtbot: QtBot, english) -> None:
    dialog = make_dialog(qtbot)

    assert dialog.windowTitle() == "About Beroepsplanner"
    assert dialog.name_label.text() == "Beroepsplanner"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert "chains" in dialog.purpose_label.text()
    assert "GNU General Public License, version 3 or" in dialog.licence_label.text()
    assert "(GPL-3.0-or-later)" in dialog.licence_label.text()


def test_about_shows_the_programs_licence_text_as_shipped_and_declared(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    shipped = licence_path().read_text(encoding="utf-8")

    assert dialog.program_licence_view.toPlainText() == shipped
    assert shipped.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in shipped
    # The package says the same licence as the About box.
    pyproject = (licence_path().parent / "pyproject.toml").read_text(encoding="utf-8")
    assert f'license = "{about_module.PROGRAM_LICENCE}"' in pyproject


def test_about_shows_the_dejavu_licence_text_from_the_fonts_folder(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    shipped = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")

    assert dialog.font_view.toPlainText() == shipped
    assert "Bitstream" in dialog.font_view.toPlainText()
    assert dialog.font_view.isReadOnly()


def test_every_library_is_listed_with_the_licence_from_its_metadata(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    shown = dialog.libraries_view.toPlainText()

    for library in library_licences():
        meta = metadata.metadata(library.distribution)
        assert library.version == meta["Version"]
        assert library.licence, f"{library.name}: no licence found in its metadata"
        assert library.name in shown
        assert library.version in shown
        assert library.licence in shown
    assert {name for name, _ in LIBRARIES} >= {
        "PySide6 (Qt)", "SQLAlchemy", "Alembic", "ReportLab", "holidays",
        "platformdirs", "openpyxl", "icalendar",
    }


def test_licences_are_what_the_packages_declare() -> None:
    found = {library.distribution: library.licence for library in library_licences()}

    assert "LGPL-3.0" in found["PySide6"]
    for mit in ("SQLAlchemy", "alembic", "holidays", "platformdirs", "openpyxl"):
        assert "MIT" in found[mit], mit
    assert "BSD" in found["reportlab"]
    assert "BSD" in found["icalendar"]


def test_a_library_without_metadata_is_shown_as_not_found(
    qtbot: QtBot, english, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about_module, "LIBRARIES", (("Nergens", "no-such-distribution-xyz"),))

    [missing] = library_licences()
    dialog = make_dialog(qtbot)

    assert missing.version is None and missing.licence is None
    assert "Nergens" in dialog.libraries_view.toPlainText()
    assert "not found" in dialog.libraries_view.toPlainText()


def test_the_application_icon_has_every_size_up_to_256() -> None:
    icon = application_icon()

    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert resource_path("icons", "beroepsplanner.ico").is_file()
