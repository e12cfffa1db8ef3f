"""The Dutch translation is complete, up to date with the code, and compiled."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale

import beroepsplanner.ui
from beroepsplanner.resources import resource_path

TS_FILE = resource_path("i18n", "beroepsplanner_nl.ts")
QM_FILE = resource_path("i18n", "beroepsplanner_nl.qm")
UI_DIR = Path(beroepsplanner.ui.__file__).parent
PLACEHOLDER = re.compile(r"%(?:n|\d+)")


def qt_tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pyside6-lupdate / pyside6-lrelease through PySide6 itself, on any platform."""
    code = f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Every message of a .ts file by (context, source, disambiguation)."""
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_translation_file_is_dutch() -> None:
    assert ET.parse(TS_FILE).getroot().get("language") == "nl_NL"


def test_every_message_has_a_finished_dutch_translation() -> None:
    found = messages(TS_FILE)
    assert found
    for (context, source, _), message in found.items():
        translation = message.find("translation")
        assert translation is not None, f"{context}: {source!r} has no translation"
        state = translation.get("type")
        assert state is None, f"{context}: {source!r} is marked {state}"
        texts = translations_of(message)
        if message.get("numerus") == "yes":
            assert len(texts) == 2, f"{context}: {source!r} needs two Dutch plural forms"
        else:
            # A text with %n that lupdate did not see as a plural (QCoreApplication.translate
            # with a variable count is not recognised: use ``Context.tr(text, "", n)``) would
            # show both forms of the TSV, "1 leerling || 1 leerlingen", in the window.
            assert "%n" not in source, f"{context}: {source!r} is not marked as a plural"
            assert " || " not in texts[0], f"{context}: {source!r} -> {texts[0]!r}"
        for text in texts:
            assert text.strip(), f"{context}: {source!r} has an empty translation"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                f"{context}: {source!r} -> {text!r} loses or adds a placeholder"
            )


def test_every_string_in_the_code_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    # ui/domain_text.py, ui/error_text.py and ui/english/ are the English of the domain's own
    # Dutch texts (see the Makefile's NL_SOURCES).
    sources = sorted(
        str(path)
        for path in UI_DIR.rglob("*.py")
        if path.name not in ("domain_text.py", "error_text.py")
        and "english" not in path.relative_to(UI_DIR).parts[:-1]
    )
    qt_tool("lupdate", *sources, "-ts", str(fresh), "-no-obsolete")

    missing = sorted(set(messages(fresh)) - set(messages(TS_FILE)))

    assert missing == [], (
        "strings in tr() without a Dutch translation; run 'make translations' and translate: "
        f"{missing}"
    )


def test_the_compiled_translation_matches_the_translation_file(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    qt_tool("lrelease", str(TS_FILE), "-qm", str(compiled))

    assert compiled.read_bytes() == QM_FILE.read_bytes(), (
        "resources/i18n/beroepsplanner_nl.qm is out of date; run 'make translations'"
    )


# --- English: the plural forms ---------------------------------------------------------

EN_TS_FILE = resource_path("i18n", "beroepsplanner_en.ts")
EN_QM_FILE = resource_path("i18n", "beroepsplanner_en.qm")


def test_the_english_file_holds_every_plural_text_of_the_code_with_both_forms(tmp_path: Path) -> None:
    """English texts are their own source, but "%n classes" needs "1 class": every plural
    text of the window (domain_text.py included) has its "one" and "other" form."""
    assert ET.parse(EN_TS_FILE).getroot().get("language") == "en"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    qt_tool("lupdate", *sources, "-ts", str(fresh), "-pluralonly", "-no-obsolete")
    in_code = set(messages(fresh))
    found = messages(EN_TS_FILE)
    assert in_code, "lupdate found no plural text"
    missing = sorted(in_code - set(found))
    assert missing == [], (
        "plural texts without English forms; run 'make translations', then "
        f"'scripts/translate.py --lang en --missing': {missing}"
    )
    for (context, source, _), message in found.items():
        assert message.get("numerus") == "yes", f"{context}: {source!r} is no plural text"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"{context}: {source!r} has no finished English forms"
        )
        forms = translations_of(message)
        assert len(forms) == 2 and all(f.strip() for f in forms), f"{context}: {source!r}"
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) - {"%n"} == set(PLACEHOLDER.findall(source)) - {"%n"}


def test_the_compiled_english_translation_matches_its_file(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    qt_tool("lrelease", str(EN_TS_FILE), "-qm", str(compiled))
    assert compiled.read_bytes() == EN_QM_FILE.read_bytes(), (
        "resources/i18n/beroepsplanner_en.qm is out of date; run 'make translations'"
    )


# --- every visible text of the window is Dutch ---------------------------------------

SAME_IN_BOTH = {
    "Beroepsplanner", "Help", "OK", "Status", "Nederlands", "English", "Taal / Language",
    "E-mail", "Website", "Logo", "Tip", "Filter", "Type", "Details", "Info", "Code",
    "Project", "Workshop", "Portfolio", "Team", "Media", "Contact", "Cohort", "Per cohort",
}
"""Texts that are right in Dutch while equal to their English source."""


def _data_strings() -> set[str]:
    """Names and titles of the demo school and the catalog: data, not interface texts."""
    from beroepsplanner.resources import db_path

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in [*db_path("seed").glob("*.json"), db_path("demo", "school.json")]:
        walk(json.loads(path.read_text(encoding="utf-8")))
    # The domain's own Dutch labels (activity kinds, lesson kinds, ...) are no tr() texts.
    domain = Path(beroepsplanner.ui.__file__).parent.parent / "domain"
    for module in domain.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):  # label maps: {Kind.X: "dutch label"}
                found.update(
                    value.value for value in node.values
                    if isinstance(value, ast.Constant) and isinstance(value.value, str)
                )
    found.add("groep")  # "Titel (groep 6–8)": a Dutch word the code adds to data
    return {_words(text) for text in found if len(text.strip()) >= 3}


def _words(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def _is_data(text: str, data: set[str]) -> bool:
    """Whether ``text`` is a name or title of the data, or made of them and numbers."""
    rest = f" {_words(text)} "
    if rest.strip() in data:
        return True
    for item in sorted(data, key=len, reverse=True):
        if len(item) >= 4 and f" {item} " in rest:
            rest = rest.replace(f" {item} ", " ")
    return not re.search(r"[a-z]{3}", re.sub(r"[^a-z]+", " ", rest))


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return " ".join(text.split())


def _visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of every interface text of the window, in a fixed order."""
    from PySide6.QtCore import QModelIndex, QObject, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QTabWidget,
        QWidget,
    )

    texts: list[tuple[str, str]] = []
    for number, obj in enumerate(window.findChildren(QObject)):
        where = f"{number}:{type(obj).__name__}:{obj.objectName()}"
        found: list[str] = []
        if isinstance(obj, QLabel):
            found.append(obj.text())
        if isinstance(obj, QAbstractButton):
            found.append(obj.text())
        if isinstance(obj, QGroupBox):
            found.append(obj.title())
        if isinstance(obj, QTabWidget):
            found += [obj.tabText(i) for i in range(obj.count())]
        if isinstance(obj, QMenu):
            found.append(obj.title())
        if isinstance(obj, QAction):
            found += [obj.text(), obj.toolTip() if obj.toolTip() != obj.text() else ""]
        if isinstance(obj, QLineEdit):
            found.append(obj.placeholderText())
        if isinstance(obj, QComboBox):
            found += [obj.itemText(i) for i in range(obj.count())]
        if isinstance(obj, QListWidget):
            found += [obj.item(i).text() for i in range(obj.count())]
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            model = obj.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: no header
                columns = 0
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
        if isinstance(obj, QWidget):
            found.append(obj.toolTip())
            if obj.isWindow():
                found.append(obj.windowTitle())
        texts += [(where, _clean(text)) for text in found if _clean(text)]
    return texts


def _window_on_every_page(qtbot, workspace):
    from beroepsplanner.ui.main_window import PAGE_NAMES, MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    for name in PAGE_NAMES:
        window.show_page(name)
        qtbot.wait(10)
    # The dialogs, built as children of the window so that its walk finds them.
    from beroepsplanner.ui.about import AboutDialog
    from beroepsplanner.ui.chain_builder import ChainBuilderDialog
    from beroepsplanner.ui.page import ChainRequest
    from beroepsplanner.ui.print_dialog import PrintDialog
    from beroepsplanner.ui.settings import SettingsDialog

    AboutDialog(window)
    SettingsDialog(window)
    PrintDialog(workspace, window)
    ChainBuilderDialog(workspace, ChainRequest(), window)
    return window


def test_every_visible_text_of_the_window_is_dutch(qtbot, qapp, tmp_path, monkeypatch) -> None:
    """Build the window in English and in Dutch on the demo school; a text that is the
    same in both (not data, not in SAME_IN_BOTH) has no Dutch translation."""
    from beroepsplanner.store.database import open_database
    from beroepsplanner.store.demo import build_demo
    from beroepsplanner.ui.app import LANGUAGE_ENV, install_translators
    from beroepsplanner.ui.workspace import Workspace

    database = open_database(tmp_path / "demo.db")
    build_demo(database, "small")
    database.close()
    workspace = Workspace()
    workspace.open(tmp_path / "demo.db")
    previous_locale = QLocale()
    try:
        monkeypatch.setenv(LANGUAGE_ENV, "en")
        # An earlier test may have left Dutch as the default locale (month and day names).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        english = _visible_texts(_window_on_every_page(qtbot, workspace))
        monkeypatch.delenv(LANGUAGE_ENV)
        translators = install_translators(qapp)
        try:
            dutch = _visible_texts(_window_on_every_page(qtbot, workspace))
        finally:
            for translator in translators:
                qapp.removeTranslator(translator)
    finally:
        workspace.close()
        QLocale.setDefault(previous_locale)

    data = _data_strings()
    english_texts = {text for _, text in english}
    untranslated = sorted(
        {
            text
            for _, text in dutch
            if text in english_texts
            and re.sub(r" \(\d+\)$", "", text.rstrip(":")) not in SAME_IN_BOTH  # also "Per cohort (8)"
            and re.search(r"[A-Za-z]{2}", text)
            and not _is_data(text, data)
            and str(tmp_path) not in text
        }
    )
    assert untranslated == [], f"visible texts without a Dutch translation: {untranslated}"
