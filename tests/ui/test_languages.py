"""One language at a time: every screen and dialog, opened on the demo school in Dutch and
in English, shows no text of the other language.

The walk (tests/ui/screen_walk.py) opens the five pages and every dialog; this test reads
what a teacher can see there — labels, buttons, group boxes, tabs, menus and actions,
placeholders, headers, the rows of every table and list (with their tooltips), tooltips,
window titles, and the planner's tooltips of chains, classes and weeks — takes out the
names and titles of the data (the catalog seed and the demo school stay Dutch: activity
titles, companies, people), and looks for tell-tale words of the other language.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from beroepsplanner.domain.company_brief import SCHOOL_STEPS, VISIT_STEPS
from beroepsplanner.domain.years import next_class_name
from beroepsplanner.resources import db_path
from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators
from tests.ui.screen_walk import walk

DUTCH_WORDS = {
    "de", "het", "een", "geen", "groep", "groepen", "leerling", "leerlingen", "keten", "ketens",
    "niet", "en", "van", "voor", "naar", "vakantie", "gepland", "uitgevoerd", "schooljaar",
    "klas", "klassen", "kies", "bedrijf", "bedrijven", "les", "lessen", "wereld", "werelden",
    "fout", "fouten", "waarschuwing", "waarschuwingen", "opslaan", "annuleren", "bestand",
    "zoeken", "bedrijfsbezoek", "gastles", "voorbereidingsles", "reflectieles", "studiedag",
    "herfstvakantie", "kerstvakantie", "zomervakantie", "meivakantie", "voorjaarsvakantie",
    "koningsdag", "noord", "midden", "zuid", "begeleiders", "uw", "bezoek", "lessenreeks",
}
ENGLISH_WORDS = {
    "the", "and", "with", "drag", "classes", "class", "chain", "chains", "grade", "grades",
    "look", "files", "error", "errors", "warning", "warnings", "activity", "activities",
    "company", "companies", "pupil", "pupils", "lesson", "lessons", "holiday", "planned",
    "done", "none", "choose", "there", "this", "that", "select", "settings", "save", "cancel",
    "click", "please", "your", "you", "from", "add", "delete", "edit", "visit",
}
ALLOWED = {"Taal / Language", "English", "Nederlands"}
"""Texts in both languages on purpose: the language choice itself."""
PROPER_NAMES = ["OBS De Vlieger"]
"""Examples of names in placeholders: a Dutch school's name is a name in English too."""
WALK_FILE = ["Bedrijf", "Plaats", "Telefoon", "Beroepen", "Regio", "Midden", "Bakkerij Mol", "Garage Smit"]
"""The company file that the walk imports: its own headers and cells are data."""


def data_strings() -> list[str]:
    """Names and titles of the catalog seed and the demo school, longest first: data,
    never translated. The worlds' names are left out: the window translates those."""
    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            if len(value.strip()) >= 3:
                found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in db_path("seed").glob("*.json"):
        if path.name != "worlds.json":
            collect(json.loads(path.read_text(encoding="utf-8")))
    collect(json.loads(db_path("demo", "school.json").read_text(encoding="utf-8")))
    # A title "Bedrijfsbezoek chemisch bedrijf (C3)" is shown without its provider too.
    found |= {item.rsplit(" (", 1)[0] for item in found if item.endswith(")") and " (" in item}
    # The next school year's classes are the demo's names one groep up (the walk's wizard).
    found |= {next_class_name(item) for item in found if item.casefold().startswith("groep ")}
    found |= {*PROPER_NAMES, *WALK_FILE}
    # The day programme's proposal is the brief for the company's own Dutch (printed as the
    # chain builder shows it, and edited there): data, like an activity's title.
    found |= {what for _share, what in (*VISIT_STEPS, *SCHOOL_STEPS)}
    return sorted({clean(item) for item in found if len(clean(item)) >= 3}, key=len, reverse=True)


def clean(text: str) -> str:
    """The text as read: without markup, entities and mnemonic ampersands."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(), 60)):
        for column in range(max(1, columns)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a teacher can read in ``top`` and its children."""
    found: list[tuple[str, str]] = []
    for obj in [top, *top.findChildren(QObject)]:
        where = f"{type(obj).__name__}#{obj.objectName()}"
        texts: list[str] = []
        if isinstance(obj, (QLabel, QAbstractButton)):
            texts.append(obj.text())
        if isinstance(obj, QGroupBox):
            texts.append(obj.title())
        if isinstance(obj, QTabBar):
            texts += [obj.tabText(i) for i in range(obj.count())]
            texts += [obj.tabToolTip(i) for i in range(obj.count())]
        if isinstance(obj, QMenu):
            texts.append(obj.title())
        if isinstance(obj, QAction):
            texts += [obj.text(), obj.toolTip(), obj.statusTip()]
        if isinstance(obj, QLineEdit):
            texts.append(obj.placeholderText())
        if isinstance(obj, QComboBox):
            texts += [obj.itemText(i) for i in range(obj.count())]
            texts += [str(obj.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(obj.count())]
        if isinstance(obj, QAbstractItemView) and obj.objectName() != "manualView":
            texts += model_texts(obj)
        if isinstance(obj, QWidget):
            texts += [obj.toolTip(), obj.accessibleName(), obj.accessibleDescription()]
            if obj.isWindow():
                texts.append(obj.windowTitle())
        grid_texts = getattr(obj, "chain_tooltip", None)
        if callable(grid_texts) and getattr(obj, "rows", None) is not None:
            texts += planner_tooltips(obj)
        found += [(where, clean(t)) for t in texts if t and clean(t)]
    return found


def planner_tooltips(grid) -> list[str]:
    texts = []
    for row in grid.rows:
        texts.append(grid._class_tip(row))
        texts += [grid.chain_tooltip(bar.chain_id) for bar in row.bars]
    if grid.grid is not None:
        texts += [grid._week_tip(index) for index in range(len(grid.grid.weeks))]
    return texts


def strays(texts: list[tuple[str, str]], words: set[str], data: list[str], folder: Path) -> list[str]:
    """Texts that still hold a word of ``words`` once the data's names are taken out."""
    found = set()
    for where, text in texts:
        if text in ALLOWED or str(folder) in text or re.fullmatch(r"(/|[A-Z]:\\)\S+", text):
            continue  # the language choice, or a path (file names follow the data)
        rest = f" {text} "
        for item in data:
            if item in rest:
                rest = rest.replace(item, " ")
        hits = {w for w in re.findall(r"[^\W\d_]+", rest.casefold()) if w in words}
        if hits:
            found.add(f"{where}: {text!r} ({', '.join(sorted(hits))})")
    return sorted(found)


@pytest.fixture
def language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):
    """Switch the window's language as the program does at its start; undone afterwards."""
    installed: list = []
    previous = QLocale()

    def switch(code: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed.clear()
        monkeypatch.setenv(LANGUAGE_ENV, code)
        installed.extend(install_translators(qapp))

    yield switch
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def walk_texts(demo_file: Path, folder: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "demo.db"
    shutil.copyfile(demo_file, copy)
    for name, widget in walk(copy, folder):
        yield name, visible_texts(widget)


@pytest.mark.parametrize(
    ("code", "words"), [("en", DUTCH_WORDS), ("nl", ENGLISH_WORDS)], ids=["english", "dutch"]
)
def test_every_screen_and_dialog_shows_one_language(
    language, demo_file: Path, tmp_path: Path, code: str, words: set[str]
) -> None:
    language(code)
    data = data_strings()
    problems: list[str] = []
    screens = []
    for name, texts in walk_texts(demo_file, tmp_path / code):
        screens.append(name)
        problems += [f"{name}: {p}" for p in strays(texts, words, data, tmp_path)]
    assert {"window-planner", "window-overview", "chain-builder", "print-dialog", "welcome"} <= set(screens)
    assert problems == [], "texts of the other language:\n" + "\n".join(dict.fromkeys(problems))


def test_the_file_dialog_is_dutch(language, qtbot, tmp_path: Path) -> None:
    """Qt's own file dialog (used where the system has no native one): qtbase_nl lacks
    '&Look in:' and 'Files of &type:'; qtbase_extra_nl gives them."""
    language("nl")
    dialog = QFileDialog(None, "Kies een bestand", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert strays(texts, ENGLISH_WORDS | {"look", "files", "name"}, [], tmp_path) == []
    dialog.reject()


def test_the_planner_tooltip_is_all_dutch_in_dutch(language, demo, qtbot) -> None:
    from beroepsplanner.ui.main_window import MainWindow

    language("nl")
    window = MainWindow(demo)
    qtbot.addWidget(window)
    grid = window.show_page("planner").grid
    tips = [grid.chain_tooltip(bar.chain_id) for row in grid.rows for bar in row.bars]
    assert tips
    assert any("Sleep naar een andere week om te verplaatsen; dubbelklik om te openen." in t for t in tips)
    assert not any("Drag" in t for t in tips)


def test_the_english_status_bar_counts_in_the_singular(language, workspace, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    language("en")
    assert QCoreApplication.translate("MainWindow", "%n classes", "", 1) == "1 class"
    assert QCoreApplication.translate("MainWindow", "%n classes", "", 2) == "2 classes"


def test_no_tr_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never translated (the
    planner's drag hint was English in the Dutch window)."""
    import ast

    import beroepsplanner.ui

    found = []
    for path in Path(beroepsplanner.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", getattr(inner.func, "id", "")) in (
                        "tr", "translate"
                    ):
                        found.append(f"{path.name}:{node.lineno}")
    assert found == []
