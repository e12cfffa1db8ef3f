"""Help > Over Beroepsplanner: name, version, purpose and the licences of what is bundled.

The licences of the libraries are read from their installed package metadata
(``importlib.metadata``; installer.spec copies that metadata into the frozen build),
so the dialog shows what the packages themselves declare, not what we assume.
The font's licence is the text beside the font in resources/fonts.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner import __version__
from beroepsplanner.resources import licence_path, resource_path

PROGRAM_NAME = "Beroepsplanner"
PROGRAM_LICENCE = "GPL-3.0-or-later"
FONT_LICENCE_FILE = ("fonts", "LICENSE-DejaVu.txt")

LIBRARIES: tuple[tuple[str, str], ...] = (
    ("PySide6 (Qt)", "PySide6"),
    ("SQLAlchemy", "SQLAlchemy"),
    ("Alembic", "alembic"),
    ("ReportLab", "reportlab"),
    ("holidays", "holidays"),
    ("platformdirs", "platformdirs"),
    ("openpyxl", "openpyxl"),
    ("icalendar", "icalendar"),
    ("psycopg (PostgreSQL)", "psycopg"),
    ("keyring", "keyring"),
    ("Babel", "babel"),
)
"""(shown name, distribution name) of the libraries the program is built on."""


@dataclass(frozen=True)
class LibraryLicence:
    """One bundled library as its package metadata describes it."""

    name: str
    distribution: str
    version: str | None
    licence: str | None


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    """The first value of a metadata field (``meta.get``, which typeshed knows from 3.12)."""
    values = meta.get_all(name)
    return str(values[0]) if values else None


def _licence_from(meta: metadata.PackageMetadata) -> str | None:
    expression = (_field(meta, "License-Expression") or "").strip()
    if expression:
        return expression
    field = (_field(meta, "License") or "").strip()
    if field and field.upper() != "UNKNOWN" and "\n" not in field:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in (meta.get_all("Classifier") or [])
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    return field.splitlines()[0].strip() if field else None


def library_licences() -> list[LibraryLicence]:
    """The libraries of ``LIBRARIES`` with version and licence from their metadata.

    A library whose metadata cannot be found has ``version`` and ``licence`` None.
    """
    found = []
    for name, distribution in LIBRARIES:
        try:
            meta = metadata.metadata(distribution)
        except metadata.PackageNotFoundError:
            found.append(LibraryLicence(name, distribution, None, None))
            continue
        found.append(LibraryLicence(name, distribution, _field(meta, "Version"), _licence_from(meta)))
    return found


def program_licence_text() -> str:
    """The program's own licence, LICENSE (the GNU GPL version 3), as shipped."""
    try:
        return licence_path().read_text(encoding="utf-8")
    except OSError:
        return f"{PROGRAM_LICENCE}: https://www.gnu.org/licenses/gpl-3.0.html"


def font_licence_text() -> str:
    """The DejaVu licence as shipped beside the font."""
    return resource_path(*FONT_LICENCE_FILE).read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """The About box: who we are, and the licences of what we bundle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Beroepsplanner"))

        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(QSize(64, 64)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(PROGRAM_NAME)
        self.name_label.setObjectName("nameLabel")
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("versionLabel")
        self.purpose_label = QLabel(
            self.tr(
                "Plans career orientation for primary schools as chains: "
                "preparation lessons, an activity and reflection lessons."
            )
        )
        self.purpose_label.setObjectName("purposeLabel")
        self.purpose_label.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr(
                "Beroepsplanner is free software: you may use, share and change it under the "
                "GNU General Public License, version 3 or (at your option) any later version "
                "(GPL-3.0-or-later). It comes without any warranty."
            )
        )
        self.licence_label.setWordWrap(True)
        self.licence_label.setObjectName("licenceLabel")

        texts = QVBoxLayout()
        texts.setSpacing(4)
        for label in (self.name_label, self.version_label, self.purpose_label, self.licence_label):
            texts.addWidget(label)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(icon)
        header.addLayout(texts, 1)

        self.libraries_view = QTextBrowser()
        self.libraries_view.setObjectName("librariesView")
        self.libraries_view.setOpenLinks(False)
        self.libraries_view.setHtml(self._libraries_html())
        self.font_view = QPlainTextEdit(font_licence_text())
        self.font_view.setObjectName("fontLicenceView")
        self.font_view.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.program_licence_view = QPlainTextEdit(program_licence_text())
        self.program_licence_view.setObjectName("programLicenceView")
        self.program_licence_view.setReadOnly(True)
        self.program_licence_view.setAccessibleName(self.tr("Licence of Beroepsplanner"))
        self.tabs.addTab(self.program_licence_view, self.tr("Licence (GPL-3.0-or-later)"))
        self.tabs.addTab(self.libraries_view, self.tr("Libraries"))
        self.tabs.addTab(self.font_view, self.tr("Font DejaVu Sans"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _libraries_html(self) -> str:
        missing = self.tr("not found")
        rows = []
        for library in library_licences():
            version = library.version or missing
            if library.distribution == "PySide6":
                version = f"{version} (Qt {qVersion()})"
            rows.append(
                "<tr>"
                f"<td><b>{escape(library.name)}</b></td>"
                f"<td>{escape(version)}</td>"
                f"<td>{escape(library.licence or missing)}</td>"
                "</tr>"
            )
        intro = self.tr(
            "Beroepsplanner is built on these libraries. Their licences as the "
            "installed packages state them:"
        )
        qt_note = self.tr(
            "PySide6 and Qt %1 are used under the GNU LGPL version 3: they are "
            "bundled as separate, replaceable libraries."
        ).replace("%1", pyside_version)
        font_note = self.tr(
            "The PDF printouts embed the font DejaVu Sans; its licence is on the next tab."
        )
        columns = (self.tr("Library"), self.tr("Version"), self.tr("Licence (package metadata)"))
        head = "<tr>" + "".join(f"<th align='left'>{escape(c)}</th>" for c in columns) + "</tr>"
        return (
            f"<p>{escape(intro)}</p>"
            f"<table cellspacing='0' cellpadding='4'>{head}{''.join(rows)}</table>"
            f"<p>{escape(qt_note)}</p><p>{escape(font_note)}</p>"
        )
