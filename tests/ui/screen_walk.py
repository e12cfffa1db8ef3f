"""Every screen and dialog of the window, opened on the demo school, and what a small
screen or a screen reader would find wrong with it.

``walk(demo_path, folder)`` yields ``(name, widget)`` for the five pages (in the main
window at its first size) and every dialog (shown at the size Qt gives it); the
checks look at what is on screen at that moment:

- ``layout_problems``: a widget that sticks out of its parent or overlaps a sibling, is
  narrower or lower than its own minimum (text cut), a combo box whose text is elided,
  tabs that need scroll arrows, a table column cut off at the view's edge or narrower
  than its title, a window larger than the screen's free area;
- ``accessibility_problems``: an interactive widget (button, line edit, combo, spin or
  date box, check box, list or table) without an accessible name, visible text or a
  label whose buddy it is.

Run as a program (``python -m tests.ui.screen_walk DEMO.db``) it prints the problems as
JSON; ``test_small_screens.py`` runs it under a configured offscreen screen of
1280×720 and of 1366×768 at 125 % (1093×614).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

WINDOW_FRAME_HEIGHT = 32
"""Room a window manager's title bar takes above a dialog."""

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
SCROLLING_TABLES = {"previewView"}
"""Tables that may scroll sideways: a file's preview has as many columns as the file."""
# Parts of a composite widget: the composite itself carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget, QScrollBar, QHeaderView)


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(6):
        app.processEvents()


def describe(widget: QWidget) -> str:
    """``QPushButton 'Opslaan'`` / ``QLineEdit#nameEdit`` in a message."""
    name = type(widget).__name__
    if widget.objectName():
        name += f"#{widget.objectName()}"
    text = _visible_text(widget)
    if text:
        name += f" '{text[:40]}'"
    return name


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text().replace("&", "").strip()
    return ""


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _scroll_content(widget: QWidget) -> bool:
    """A widget in a scroll area's viewport may be larger than the viewport: it scrolls."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _inside(widget: QWidget, kinds: tuple[type, ...], top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


# --- layout -----------------------------------------------------------------------------


def layout_problems(top: QWidget, screen: QRect) -> list[str]:
    """What a small screen does to ``top``: see the module docstring."""
    problems: list[str] = []
    frame = top.frameGeometry()
    if top.isWindow() and (
        top.width() > screen.width() or top.height() + (WINDOW_FRAME_HEIGHT if isinstance(top, QDialog) else 0) > screen.height()
    ):
        problems.append(f"{describe(top)} is {top.width()}×{top.height()}, the screen has {screen.width()}×{screen.height()}")
    if top.minimumSizeHint().height() > screen.height() - WINDOW_FRAME_HEIGHT:
        problems.append(f"{describe(top)} needs {top.minimumSizeHint().height()} px height at least")
    del frame
    widgets = [w for w in top.findChildren(QWidget) if _shown(w, top) and not w.isWindow()]
    for widget in widgets:
        if _inside(widget, (QMenu, QCalendarWidget), top) or isinstance(widget, QSplitterHandle):
            continue
        parent = widget.parentWidget()
        composite = _inside(widget, COMPOSITES, top) or isinstance(parent, (QAbstractScrollArea, QTabBar))
        if parent is not None and not _scroll_content(widget) and not composite:
            inner = parent.rect().adjusted(-1, -1, 1, 1)
            if not inner.contains(widget.geometry()):
                problems.append(f"{describe(widget)} sticks out of {describe(parent)}")
        if not composite and not _scroll_content(widget):
            problems += _squeezed(widget)
        if isinstance(widget, QComboBox):
            problems += _combo_elided(widget)
        if isinstance(widget, QTabBar):
            problems += _tabs_scroll(widget)
        if isinstance(widget, QTableView):
            problems += _columns_cut(widget)
    problems += _overlaps(top, widgets)
    return problems


def sideways_scrolling(top: QWidget) -> dict[str, int]:
    """Scroll areas of ``top`` (not tables, not text) that scroll sideways: how far."""
    found = {}
    for area in top.findChildren(QAbstractScrollArea):
        if not _shown(area, top) or isinstance(area, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            continue
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0 or bar.isVisibleTo(top):
            found[describe(area)] = bar.maximum()
    return found


def _squeezed(widget: QWidget) -> list[str]:
    """Narrower or lower than its minimum: a button's or label's text is cut."""
    if not isinstance(widget, (QAbstractButton, QLabel, QComboBox, QLineEdit, QAbstractSpinBox)):
        return []
    policy = widget.sizePolicy()
    minimum = widget.minimumSizeHint()
    problems = []
    ignored = QSizePolicy.Policy.Ignored
    if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
        return []
    if policy.horizontalPolicy() != ignored and widget.width() + 1 < minimum.width():
        problems.append(f"{describe(widget)} is {widget.width()} px wide, needs {minimum.width()}")
    if policy.verticalPolicy() != ignored and widget.height() + 1 < minimum.height():
        problems.append(f"{describe(widget)} is {widget.height()} px high, needs {minimum.height()}")
    return problems


def _combo_elided(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - (combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0)
    if combo.fontMetrics().horizontalAdvance(text) > room:
        return [f"{describe(combo)} shows '{text}' elided ({combo.width()} px wide)"]
    return []


def _tabs_scroll(bar: QTabBar) -> list[str]:
    if any(b.isVisible() for b in bar.findChildren(QToolButton)):
        return [f"tabs {[bar.tabText(i) for i in range(bar.count())]} need scroll arrows"]
    return []


def _columns_cut(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    if header.isHidden() or view.model() is None:
        return []
    problems = []
    room = view.viewport().width()
    metrics = header.fontMetrics()
    if view.horizontalScrollBar().isVisible() and view.objectName() not in SCROLLING_TABLES:
        problems.append(f"{describe(view)} needs a horizontal scroll bar: its columns do not fit")
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        left = header.sectionViewportPosition(column)
        size = header.sectionSize(column)
        if view.horizontalScrollBar().maximum() == 0 and left + size > room + 1 and left < room:
            problems.append(f"{describe(view)}: column '{title}' cut off at the right edge")
        widest = max((metrics.horizontalAdvance(line) for line in title.splitlines()), default=0)
        if title and size < widest + 8:
            problems.append(f"{describe(view)}: column '{title}' is narrower ({size} px) than its title")
    return problems


def _overlaps(top: QWidget, widgets: list[QWidget]) -> list[str]:
    """Siblings drawn over each other (a hint over a text box)."""
    problems = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, (QStackedWidget, QAbstractScrollArea, QTabBar)):
            continue
        if _inside(widget, COMPOSITES + (QMenu,), top) or isinstance(widget, (QSplitterHandle, QScrollBar)):
            continue
        if isinstance(parent, QScrollArea) or _inside(widget, (QCalendarWidget,), top):
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    problems.append(f"{describe(a)} and {describe(b)} overlap")
    return problems


# --- accessibility --------------------------------------------------------------------


def accessibility_problems(top: QWidget) -> list[str]:
    """Interactive widgets a screen reader cannot name."""
    labelled = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    for layout in top.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if (
                field is not None
                and label is not None
                and isinstance(label.widget(), QLabel)
                and label.widget().text()
                and field.widget() is not None
            ):
                labelled.add(id(field.widget()))
    problems = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if _inside(widget, COMPOSITES + (QMenu,), top):
            continue
        if widget.objectName().startswith("qt_") or (
            isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), (QLineEdit, QTabBar))
        ):
            continue
        if widget.isHidden():
            continue  # hidden on purpose (shown only in some states); nobody can reach it
        if widget.accessibleName().strip() or _visible_text(widget) or id(widget) in labelled:
            continue
        if isinstance(widget.parentWidget(), QDialogButtonBox):
            continue
        problems.append(f"{describe(widget)} has no accessible name")
    return problems


# --- the walk -------------------------------------------------------------------------


def _select_first_rows(page: QWidget) -> None:
    for name in ("activity_view", "company_view", "class_view"):
        view = getattr(page, name, None)
        if view is not None and view.model() is not None and view.model().rowCount() > 0:
            view.selectRow(0)


def _dialog(make) -> Iterator[QDialog]:
    dialog = make()
    dialog.show()
    settle()
    try:
        yield dialog
    finally:
        dialog.reject()
        dialog.deleteLater()
        settle()


def _conflict_dialog(workspace: Any, chain_id: int, window: QWidget) -> QDialog:
    """The dialog of a chain a colleague saved meanwhile, with a real refusal of the store
    (numbers and yes/no differ: the walk's language check reads the values too)."""
    import dataclasses

    from beroepsplanner.store.chain_editing import load_chain_form
    from beroepsplanner.store.models import Chain
    from beroepsplanner.store.row_versions import ChangedByColleagueError, ensure_version
    from beroepsplanner.ui import error_text
    from beroepsplanner.ui.conflict_dialog import ConflictDialog, chain_fields, differences

    form = workspace.read(lambda s: load_chain_form(s, chain_id))
    newer = dataclasses.replace(form, companions=form.companions + 2)
    mine = dataclasses.replace(
        form, companions=form.companions + 1, transport_arranged=not form.transport_arranged
    )
    try:
        with workspace.database.session() as session:
            ensure_version(session, Chain, chain_id, -1, newer=lambda: newer, mine=mine)
    except ChangedByColleagueError as exc:
        found = differences(exc.newer, exc.mine, chain_fields({}, {}, {}, {}))
        return ConflictDialog(error_text.error(exc), found, window)
    raise AssertionError("the store did not refuse")


def walk(demo_path: Path, folder: Path) -> Iterator[tuple[str, QWidget]]:
    """Every page and dialog, shown one after the other (see the module docstring)."""
    from beroepsplanner.store.catalog import activity_draft, catalog_choices
    from beroepsplanner.store.classes import list_year_classes
    from beroepsplanner.store.matching import suggest_for_class
    from beroepsplanner.ui.about import AboutDialog
    from beroepsplanner.ui.activity_dialog import ActivityDialog
    from beroepsplanner.ui.chain_builder import ChainBuilderDialog
    from beroepsplanner.ui.class_dialog import ClassDialog
    from beroepsplanner.ui.company_import_dialog import CompanyImportDialog
    from beroepsplanner.ui.company_suggestions import CompanySuggestionsDialog
    from beroepsplanner.ui.main_window import MainWindow
    from beroepsplanner.ui.next_year_split import MergeClassesDialog, SplitClassDialog
    from beroepsplanner.ui.next_year_wizard import NextYearWizard
    from beroepsplanner.ui.page import ChainRequest
    from beroepsplanner.ui.print_dialog import PrintDialog
    from beroepsplanner.ui.pupil_privacy import ClassListDialog
    from beroepsplanner.ui.school_year_dialog import SchoolYearDialog
    from beroepsplanner.ui.settings import SettingsDialog
    from beroepsplanner.ui.welcome import WelcomeDialog
    from beroepsplanner.ui.workspace import Workspace

    workspace = Workspace()
    workspace.open(demo_path)
    window = MainWindow(workspace)
    window.show()
    settle()
    try:
        for name in ("planner", "catalog", "companies", "classes", "overview"):
            page = window.show_page(name)
            _select_first_rows(page)
            settle()
            yield f"window-{name}", window
            if name == "companies":
                tabs = window.companies_page.form.tabs
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    settle()
                    yield f"window-companies-tab{index}", window
                tabs.setCurrentIndex(0)

        year = "2026-2027"
        classes = workspace.read(lambda s: list_year_classes(s, year))
        group = next(c for c in classes if c.name == "Groep 6b")
        chain_id = workspace.read(lambda s: __import__("beroepsplanner.store.plans", fromlist=["x"]).list_chains(s))[0].id
        yield from (("school-year", d) for d in _dialog(lambda: SchoolYearDialog(workspace, window)))
        yield from (("chain-builder", d) for d in _dialog(lambda: ChainBuilderDialog(workspace, ChainRequest(chain_id=chain_id), window)))
        yield from (
            ("chain-builder-new", d)
            for d in _dialog(lambda: ChainBuilderDialog(workspace, ChainRequest(class_id=group.id), window))
        )
        yield from (("conflict", d) for d in _dialog(lambda: _conflict_dialog(workspace, chain_id, window)))
        yield from (("print-dialog", d) for d in _dialog(lambda: PrintDialog(workspace, window)))
        source = folder / "bedrijven.csv"
        source.write_text(
            "Bedrijf;Plaats;E-mail;Telefoon;Sector;Beroepen;Regio\n"
            'Bakkerij Mol;Utrecht;info@mol.nl;030-1234567;Voeding & Natuur;"bakker; banketbakker";Midden\n'
            "Garage Smit;Zeist;werkplaats@smit;030-7654321;Wonen, Werken & Verkeer;monteur;Midden\n",
            encoding="utf-8-sig",
        )

        def import_dialog() -> QDialog:
            dialog = CompanyImportDialog(workspace, window)
            dialog.load(source)
            return dialog

        yield from (("company-import", d) for d in _dialog(import_dialog))
        suggestions = workspace.read(lambda s: suggest_for_class(s, group.id, "bedrijfsbezoek-c3"))
        yield from (
            ("company-suggestions", d)
            for d in _dialog(lambda: CompanySuggestionsDialog(suggestions, "Groep 6b — Bedrijfsbezoek C3", window))
        )
        choices = workspace.read(catalog_choices)
        draft = workspace.read(lambda s: activity_draft(s, "bedrijfsbezoek-c3"))
        for label, made in (("activity-new", None), ("activity-edit", draft)):
            for dialog in _dialog(lambda made=made: ActivityDialog(choices, made, lambda _d: None, window)):
                tabs = dialog.findChild(QTabWidget)
                for index in range(tabs.count() if tabs else 1):
                    if tabs:
                        tabs.setCurrentIndex(index)
                        settle()
                    yield f"{label}-tab{index}", dialog
        yield from (("class-dialog", d) for d in _dialog(lambda: ClassDialog(lambda *_a: None, None, year, window)))
        info = next(c for c in workspace.read(lambda s: list_year_classes(s, year)) if c.id == group.id)
        yield from (("class-list", d) for d in _dialog(lambda: ClassListDialog(workspace, info, window)))
        yield from (("about", d) for d in _dialog(lambda: AboutDialog(window)))
        yield from (("settings", d) for d in _dialog(lambda: SettingsDialog(window)))
        for wizard in _dialog(lambda: NextYearWizard(workspace, window)):
            for step in range(len(wizard.pageIds())):
                yield f"next-year-step{step}", wizard
                wizard.next()
                settle()
            plan = wizard.plan
        groep_5 = next(i for i, m in enumerate(plan.classes) if m.name == "Groep 5")
        yield from (("next-year-split", d) for d in _dialog(lambda: SplitClassDialog(plan, groep_5, window)))
        groep_7a = next(i for i, m in enumerate(plan.classes) if m.name == "Groep 7a")
        yield from (("next-year-merge", d) for d in _dialog(lambda: MergeClassesDialog(plan, groep_7a, window)))
        try:
            from beroepsplanner.ui.manual import ManualDialog
        except ImportError:
            ManualDialog = None
        if ManualDialog is not None:
            yield from (("manual", d) for d in _dialog(lambda: ManualDialog(window)))
    finally:
        window.close()
        window.deleteLater()  # no main window left behind for the next test
        settle()
        workspace.close()
        settle()

    empty = Workspace()
    empty.open(folder / "leeg.db")
    try:
        for dialog in _dialog(lambda: WelcomeDialog(empty, None)):
            yield "welcome", dialog
            dialog.accept()  # empty: refused, the message shows in the dialog
            settle()
            yield "welcome-refused", dialog
    finally:
        empty.close()


def main(argv: list[str]) -> int:
    """``screen_walk DEMO.db``: print {name: {"layout": [...], "accessibility": [...]}}."""
    from PySide6.QtCore import QSettings

    from beroepsplanner.ui.app import install_translators

    app = QApplication(argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        install_translators(app)
        import shutil

        demo = Path(folder) / "demo.db"
        shutil.copyfile(argv[1], demo)
        screen = app.primaryScreen().availableGeometry()
        found: dict[str, dict[str, list[str]]] = {}
        for name, widget in walk(demo, Path(folder)):
            found[name] = {
                "layout": layout_problems(widget, screen),
                "accessibility": accessibility_problems(widget),
                "size": [widget.width(), widget.height()],
                "sideways": sideways_scrolling(widget),
            }
    print(json.dumps({"screen": [screen.width(), screen.height()], "screens": found}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
