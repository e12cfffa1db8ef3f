"""The plan file (docs/plan-format.md) from the window: File > Export plan… and Import plan….

The same functions as ``beroepsplanner plan export|import``. An import is not an
undoable step (it may add a school year, classes, pupils, companies and many
chains at once); instead a back-up of the database is made first, into the
automatic back-up folder, and the message says where it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from beroepsplanner.domain.pupils import name_key
from beroepsplanner.io.plan_document import PlanDocument, SchoolPlan, as_school_plan
from beroepsplanner.io.plan_export import write_plan
from beroepsplanner.io.plan_file import read_plan_file
from beroepsplanner.store.backup import automatic_backup_folder
from beroepsplanner.store.classes import list_year_classes
from beroepsplanner.store.server_backup import back_up, file_name
from beroepsplanner.store.transfer.plan_export2 import export_school_plan
from beroepsplanner.store.transfer.plan_import import ImportSummary, import_plan
from beroepsplanner.ui.workspace import Workspace

ALL_SUBJECTS = ("school", "activities", "companies", "classes", "chains")


def export_plan_to(workspace: Workspace, path: Path) -> tuple[int, int]:
    """Write the plan of every school year to ``path`` (version 2); returns (classes, chains)."""
    plan = workspace.read(export_school_plan)
    write_plan(plan, path, database=workspace.path)
    years = plan["school_years"]
    return sum(len(y["classes"]) for y in years), sum(len(y["chains"]) for y in years)


@dataclass(frozen=True)
class PlanImport:
    """A plan file read and checked, and the classes it would replace."""

    path: Path
    document: PlanDocument | SchoolPlan
    existing_classes: tuple[str, ...]
    school_year: str  # the file's school years ("2026-2027, 2027-2028")


def read_plan_for_import(workspace: Workspace, path: Path) -> PlanImport:
    """Read and check the file (nothing is written); raises a Dutch PlanFileError."""
    document = read_plan_file(path)
    plan = as_school_plan(document)
    existing: list[str] = []
    for year in plan.years:
        present = {name_key(c.name): c.name for c in workspace.read(partial(list_year_classes, school_year_label=year.school_year.label))}
        existing += [present[name_key(c.name)] for c in year.classes if name_key(c.name) in present]
    labels = ", ".join(y.school_year.label for y in plan.years)
    return PlanImport(path, document, tuple(existing), labels)


def import_plan_file(
    workspace: Workspace, plan: PlanImport, *, replace: bool, backup_folder: Path | None = None
) -> tuple[ImportSummary, Path]:
    """Back up the database, then import the plan in one transaction.

    Returns the import's summary and where the back-up is. The undo history is
    cleared: its steps were made on the data before the import.
    """
    location = workspace.location
    assert location is not None
    stem = location.path.stem if location.path is not None else file_name(location.database_name)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = backup_folder or automatic_backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    # In the window's language, like every file name it makes: "school-voor-planimport-…".
    before = QCoreApplication.translate("PlanFiles", "before-plan-import")
    # Of a server database too: its back-up is a database file (store/server_backup.py).
    backup = back_up(
        location,
        folder / f"{stem}-{before}-{stamp}.db",
        automatic_folder=folder,
        automatic=True,
    )
    summary = import_plan(workspace.database, plan.document, replace=replace, source=str(plan.path))
    workspace.undo_stack.clear()
    for subject in ALL_SUBJECTS:
        workspace.dataChanged.emit(subject)
    return summary, backup


def summary_text(summary: ImportSummary, backup: Path) -> str:
    """What the import did, for the message box (translated)."""
    years = summary.school_years or (summary.school_year,)
    if len(years) > 1:
        text = QCoreApplication.translate(
            "PlanFiles",
            "Imported into the school years %1: %2 classes (%3 replaced), %4 pupils, %5 new "
            "companies, %6 chains (%7 as concept because they break a rule). A back-up of the "
            "database from before the import is in %8.",
        )
    else:
        text = QCoreApplication.translate(
            "PlanFiles",
            "Imported into school year %1: %2 classes (%3 replaced), %4 pupils, %5 new companies, "
            "%6 chains (%7 as concept because they break a rule). A back-up of the database "
            "from before the import is in %8.",
        )
    return (
        text.replace("%1", ", ".join(years))
        .replace("%2", str(summary.classes))
        .replace("%3", str(summary.classes_replaced))
        .replace("%4", str(summary.pupils))
        .replace("%5", str(summary.companies_added))
        .replace("%6", str(summary.chains))
        .replace("%7", str(summary.concept_chains))
        .replace("%8", str(backup))
    )

