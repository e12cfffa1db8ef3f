"""Take the screenshots in docs/screenshots/ from the demo school, in Dutch (a developer tool).

    make screenshots        (python scripts/screenshots.py)

Builds the small demo school in a temporary folder and saves every screen and the
main dialogs as PNG, the way a 1280×720 laptop shows them: Qt's offscreen platform
gets a screen of that size, the main window fills it and every dialog gets the size
it takes on that screen. The same pictures at the smallest size the program is made
for, 1366×768 at 125 % (1093×614 logical pixels), go to docs/screenshots/small/
(``--small``, run as a second process because the screen is fixed per process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SCREENS = {
    # name: (screen in pixels, scale factor, folder below docs/screenshots)
    "normal": ((1280, 720), None, ""),
    "small": ((1366, 768), "1.25", "small"),
}


def _configure_screen(name: str) -> None:
    """Qt's offscreen platform with one screen of the chosen size (before QApplication)."""
    size, scale, _folder = SCREENS[name]
    config = Path(tempfile.gettempdir()) / f"beroepsplanner-screen-{name}-{os.getpid()}.json"
    config.write_text(json.dumps({"screens": [{
        "name": name, "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale:
        os.environ["QT_SCALE_FACTOR"] = scale
    else:
        os.environ.pop("QT_SCALE_FACTOR", None)


SCREEN = "small" if "--small" in sys.argv else "normal"
_configure_screen(SCREEN)
os.environ.pop("BEROEPSPLANNER_LANG", None)

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from beroepsplanner.store.database import open_database
from beroepsplanner.store.demo import build_demo
from beroepsplanner.ui.app import install_translators
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.page import ChainRequest
from beroepsplanner.ui.workspace import Workspace

VISION = (
    "Elk kind ontdekt wat het kan en wil, en ziet de volle breedte van het werk: ook beroepen "
    "die het niet verwacht. Dat doen we elk jaar, van groep 1 tot 8, samen met bedrijven en "
    "ouders uit de buurt."
)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots" / SCREENS[SCREEN][2]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"kon {path} niet opslaan")
    print(f"  {path.relative_to(Path(__file__).resolve().parent.parent)}")


def first_row(view) -> None:
    if view is not None and view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)


def select_page_item(page: QWidget) -> None:
    """Select something on the page so its details show (when the page has a main table)."""
    for name in ("activity_view", "company_view", "class_view"):
        first_row(getattr(page, name, None))


def dialog_shot(app: QApplication, make: Callable[[], QDialog], name: str, size=None) -> None:
    dialog = make()
    if size is not None:
        dialog.resize(*size)
    dialog.show()  # at the size Qt gives it on this screen
    grab(app, dialog, name)
    if hasattr(dialog, "evaluation_panel"):
        dialog.evaluation_panel.reload()  # the typed evaluation dropped: Cancel asks nothing
    dialog.reject()


DEMO_PARENTS = (
    # first name, class, job, workplace, counter-stereotypical, offers, consent
    ("Ahmed", "Groep 6b", "verpleegkundige", "Zorgcentrum De Linde (Leusden)", True,
     ("guest_lesson", "accompanying"), "2026-09-14"),
    ("Sanne", "Groep 6b", "automonteur", "Autobedrijf Eemzicht (Amersfoort)", True,
     ("guest_lesson", "workplace_visit"), "2026-09-14"),
    ("Kees", "Groep 4", "bakker", "Bakkerij Van den Hoek (Amersfoort)", False,
     ("workplace_visit", "accompanying"), "2026-09-16"),
    ("Noor", "Groep 7", "softwareontwikkelaar", "thuis, voor een webwinkel", False,
     ("guest_lesson", "event_help"), "2026-09-21"),
    ("Mohamed", "Groep 3", "timmerman", "", False, ("accompanying",), "2026-09-22"),
    ("Lotte", "Groep 8", "laborant", "Laboratorium Hoogland Analyse (Hoogland)", False,
     ("guest_lesson",), "2026-10-02"),
)


def parents_shot(app: QApplication, window: MainWindow, workspace: Workspace) -> None:
    """Klassen > Ouders with a few parents entered from the letter's reply strips."""
    import datetime as dt

    from beroepsplanner.domain.parents import ParentDetails, ParentOffer
    from beroepsplanner.store.classes import list_year_classes
    from beroepsplanner.store.parents import add_parent, parent_choices

    classes = {c.name: c.id for c in workspace.read(lambda s: list_year_classes(s, "2026-2027"))}
    companies = {f"{name} ({place})": c_id for c_id, name, place in workspace.read(parent_choices).companies}

    def enter(session) -> None:
        for name, group, job, work, counter, offers, consent in DEMO_PARENTS:
            add_parent(session, ParentDetails(
                name, classes[group], dt.date.fromisoformat(consent), job,
                company_id=companies.get(work), company_text="" if work in companies else work,
                offers=frozenset(ParentOffer(o) for o in offers), counter_stereotypical=counter,
            ))

    workspace.run_in_transaction(enter, ("classes",))
    page = window.show_page("classes")
    page.tabs.setCurrentWidget(page.parents)  # type: ignore[attr-defined]  # ClassesPage
    first_row(page.parents.view)  # type: ignore[attr-defined]
    grab(app, window, "parents")
    page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]


def series_shot(app: QApplication, window: MainWindow, workspace: Workspace) -> None:
    """The year plan with the demo's series (Groep 5: the visit to Transportbedrijf Koster
    with the Medewerkerspaspoort, then the build assignment that follows it up) and its
    project week of five school days (Groep 1): docs/screenshots/series.png."""
    window.show_page("planner")
    grab(app, window, "series")


def demo_chain(workspace: Workspace, class_name: str, key: str) -> int:
    """The id of the demo's chain of ``class_name`` with the activity ``key``."""
    from sqlalchemy import select

    from beroepsplanner.store.models import Activity, Chain, SchoolClass

    return workspace.read(lambda s: s.scalars(
        select(Chain.id).join(SchoolClass, SchoolClass.id == Chain.class_id)
        .join(Activity, Activity.id == Chain.activity_id)
        .where(SchoolClass.name == class_name, Activity.key == key)
    ).one())


def evaluation_builder(workspace: Workspace, window: QWidget | None) -> QDialog:
    """The chain builder on Groep 6a's company visit, its Evaluation tab filled in (not saved),
    as on the Friday after the visit."""
    import datetime as dt

    from beroepsplanner.domain.evaluation import Again, Degree, EvaluationAnswers
    from beroepsplanner.ui.chain_builder import ChainBuilderDialog

    chain_id = demo_chain(workspace, "Groep 6a", "bedrijfsbezoek-techyourfuture")
    dialog = ChainBuilderDialog(workspace, ChainRequest(chain_id=chain_id), window)
    panel = dialog.evaluation_panel
    panel.today = dt.date(2026, 11, 20)
    panel.reload()
    panel.set_answers(EvaluationAnswers(
        went_well="In groepjes een eigen level ontwerpen; de testkamer met echte spelers.",
        pupils_asked="Moet je goed kunnen tekenen? Hoe lang duurt het maken van een game?",
        people_met="Een ontwerpster, een programmeur, een geluidsman en een tester.",
        preparation_helped=Degree.YES,
        reflection_attitudes=Degree.PARTLY,
        again=Again.YES,
        company_went_well="Nieuwsgierige kinderen, goede vragen.",
        company_again=Again.YES,
        company_remarks="Liever op dinsdag; groepjes van tien.",
    ))
    dialog.side_tabs.setCurrentWidget(panel)
    return dialog


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Beroepsplanner-screenshots")
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        install_translators(app)
        demo = Path(folder) / "demo.db"
        database = open_database(demo)
        build_demo(database, "small")
        from beroepsplanner.domain.goal_settings import GoalSettings
        from beroepsplanner.store.goals import save_goal_settings

        with database.transaction() as session:  # the Goals tab shows the school's vision
            save_goal_settings(session, GoalSettings(vision=VISION))
        database.close()

        workspace = Workspace()
        workspace.open(demo)
        window = MainWindow(workspace)
        # The whole screen, as a teacher who maximises the window sees it.
        window.resize(app.primaryScreen().availableGeometry().size())
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"Schermafdrukken ({SCREEN}):")
        for name in ("planner", "catalog", "companies", "classes", "overview"):
            page = window.show_page(name)
            select_page_item(page)
            grab(app, window, f"window-{name}")
        overview = window.show_page("overview")
        overview.tabs.setCurrentIndex(overview.goals_tab)  # type: ignore[attr-defined]
        grab(app, window, "goals")
        overview.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        parents_shot(app, window, workspace)

        from beroepsplanner.ui.chain_builder import ChainBuilderDialog
        from beroepsplanner.ui.print_dialog import PrintDialog
        from beroepsplanner.ui.welcome import WelcomeDialog

        # The chain builder on Groep 5's visit: its task during the visit, the Medewerkerspaspoort.
        visit = demo_chain(workspace, "Groep 5", "bedrijfsbezoek-techyourfuture")
        dialog_shot(
            app,
            lambda: ChainBuilderDialog(workspace, ChainRequest(chain_id=visit), window),
            "chain-builder",
        )
        dialog_shot(app, lambda: evaluation_builder(workspace, window), "evaluation")
        dialog_shot(app, lambda: PrintDialog(workspace, window), "print-dialog")

        from beroepsplanner.ui.school_year_dialog import SchoolYearDialog

        dialog_shot(app, lambda: SchoolYearDialog(workspace, window), "school-year")

        from beroepsplanner.ui.next_year_wizard import NextYearWizard

        def next_year_wizard() -> QDialog:
            # File > New school year…, on its step with the classes of the new year.
            wizard = NextYearWizard(workspace, window)
            wizard.restart()
            wizard.next()
            return wizard

        dialog_shot(app, next_year_wizard, "next-year")

        from beroepsplanner.ui.server_dialog import ServerDialog

        def server_dialog() -> QDialog:
            # File > Connect to school server…, filled in as the IT provider's note says.
            dialog = ServerDialog(lambda location, remember: None, window)
            dialog.host_edit.setText("server.devlieger.nl")
            dialog.database_edit.setText("beroepsplanner")
            dialog.user_edit.setText("juf_anna")
            dialog.ssl_box.setCurrentIndex(dialog.ssl_box.findData("require"))
            dialog.remember_box.setChecked(True)
            return dialog

        dialog_shot(app, server_dialog, "server-dialog")

        from beroepsplanner.store.classes import list_year_classes
        from beroepsplanner.store.matching import suggest_for_class
        from beroepsplanner.ui.company_import_dialog import CompanyImportDialog
        from beroepsplanner.ui.company_suggestions import CompanySuggestionsDialog

        source = Path(folder) / "bedrijven.csv"
        source.write_text(
            "Bedrijf;Plaats;E-mail;Telefoon;Sector;Beroepen;Regio\n"
            'Bakkerij Mol;Utrecht;info@mol.nl;030-1234567;Voeding & Natuur;"bakker; banketbakker";Midden\n'
            "Garage Smit;Zeist;werkplaats@smit;030-7654321;Wonen, Werken & Verkeer;monteur;Midden\n"
            "Zorgcentrum De Linde;Houten;receptie@delinde.nl;;Mens & Gezondheid;verpleegkundige;Midden\n",
            encoding="utf-8-sig",
        )

        def import_dialog() -> QDialog:
            dialog = CompanyImportDialog(workspace, window)
            dialog.load(source)
            return dialog

        dialog_shot(app, import_dialog, "company-import")
        [group] = [c for c in workspace.read(lambda s: list_year_classes(s, "2026-2027"))
                   if c.name == "Groep 6b"]
        suggestions = workspace.read(lambda s: suggest_for_class(s, group.id, "bedrijfsbezoek-c3"))
        dialog_shot(
            app,
            lambda: CompanySuggestionsDialog(suggestions, "Groep 6b — Bedrijfsbezoek C3", window),
            "company-suggestions",
        )
        if SCREEN == "normal":
            series_shot(app, window, workspace)
        window.close()
        workspace.close()

        empty = Workspace()
        empty.open(Path(folder) / "leeg.db")
        dialog_shot(app, lambda: WelcomeDialog(empty, None), "welcome")
        empty.close()
    QTimer.singleShot(0, app.quit)
    if SCREEN == "normal" and "--only" not in sys.argv:
        # The small screen in a process of its own (a screen is fixed per process).
        return subprocess.call([sys.executable, __file__, "--small"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
