"""Pupils in and out of the Klassen page: a class list import, one pupil's data, a purge.

Privacy (AVG/GDPR) decides the shape of each:

* A class list import shows only the display names that will be added (the
  first name, with an initial where two pupils share it); the file's surnames
  are never shown and never kept (``io/pupil_import.py``). It is one undoable
  command: undo removes exactly the pupils it added. When the list's Groep
  column names another group than the class, the dialog says so and asks
  before adding.
* "Export data" writes everything the database holds about one pupil to a small
  UTF-8 JSON file (``store.pupils.pupil_record``, ``io/pupil_export.py``): each school
  year at the school with the pupil's record (absences, talents, own words).
* Removing a pupil (the panel's Remove) stays undoable while the program runs:
  the undo stack lives in memory only, so the name is gone for good once the
  program is closed or another database is opened. A teacher who removes the
  wrong child can take it back at once.
* Purging the pupils of past school years (their record of those years goes with
  them, and the parents of the register whose child left school) is final: it is not put on the undo stack, and the undo history is cleared, so no older command can bring a
  purged name back. The confirmation says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from beroepsplanner.errors import BeroepsplannerError
from beroepsplanner.io.pupil_export import write_pupil_json
from beroepsplanner.io.pupil_import import (
    ClassListPupil,
    display_names,
    group_warning,
    read_class_list,
)
from beroepsplanner.io.tables import read_table
from beroepsplanner.store.classes import ClassInfo, newest_school_year
from beroepsplanner.store.parent_privacy import past_parents, purge_past_parents
from beroepsplanner.store.pupils import past_pupil_counts, pupil_record, purge_past_pupils
from beroepsplanner.store.transfer.pupil_import import PupilImportResult
from beroepsplanner.store.transfer.window_import import dry_run_class_list
from beroepsplanner.ui import error_text
from beroepsplanner.ui.import_commands import ImportClassListCommand
from beroepsplanner.ui.workspace import Workspace

FILE_FILTER = "CSV, Excel (*.csv *.txt *.xlsx *.xlsm)"



def _names_list(name: str) -> tuple[QListView, QStringListModel]:
    model = QStringListModel()
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformItemSizes(True)
    return view, model


class ClassListDialog(QDialog):
    """Choose a class list, see the display names it adds to the class, add them in one step.

    ``new_class``: the class does not exist yet (a new groep 1 of the next school year):
    nothing is written; Add hands the display names back in ``names`` and closes.
    """

    def __init__(
        self,
        workspace: Workspace,
        school_class: ClassInfo,
        parent: QWidget | None = None,
        *,
        new_class: bool = False,
    ) -> None:
        super().__init__(parent)
        self.new_class = new_class
        self.names: list[str] | None = None
        """The display names chosen, for a ``new_class`` (None until Add)."""
        self.setObjectName("classListDialog")
        self.setWindowTitle(self.tr("Import class list into %1").replace("%1", school_class.name))
        self.workspace = workspace
        self.school_class = school_class
        self.pupils: list[ClassListPupil] = []
        self.report: list[str] = []
        """What the class list told about its columns and rows (Dutch, from the importer)."""
        self.preview: PupilImportResult | None = None
        # Whether this dialog added its pupils. Not the command itself: the undo stack owns
        # that, and a second Python reference outlives it when the stack is deleted.
        self.imported = False

        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Chosen file"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        privacy = QLabel(
            self.tr("Only the first name is kept, with the first letter of the surname when two "
                    "pupils share a first name. Surnames are never stored.")
        )
        privacy.setWordWrap(True)
        privacy.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.added_label = QLabel(self.tr("Will be added"))
        self.added_view, self.added_model = _names_list("addedView")
        self.present_label = QLabel(self.tr("Already in the class"))
        self.present_view, self.present_model = _names_list("presentView")
        lists = QHBoxLayout()
        for label, view in ((self.added_label, self.added_view), (self.present_label, self.present_view)):
            label.setBuddy(view)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(view, 1)
            lists.addLayout(column, 1)
        # A class that does not exist yet has nobody in it.
        self.present_label.setVisible(not new_class)
        self.present_view.setVisible(not new_class)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Add pupils"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_list)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(privacy)
        layout.addWidget(self.error_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self._update_state()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a class list"), "", FILE_FILTER)
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read the class list and show what it adds; False (reason shown) when it cannot."""
        self.file_edit.setText(str(path))
        self.pupils, self.preview, self.imported, self.report = [], None, False, []
        try:
            class_list = read_class_list(read_table(path), self.school_class.name)
            pupils = list(class_list.pupils)
            preview = self.preview_pupils(pupils)
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            self._show(None)
            return False
        self.error_label.hide()
        self.pupils = pupils
        self.report = class_list.report()
        self._show(preview)
        return True

    def preview_pupils(self, pupils: list[ClassListPupil]) -> PupilImportResult:
        """What adding ``pupils`` to the class would do (nothing is kept)."""
        if self.new_class:
            groups = {p.group for p in pupils if p.group}
            warning = group_warning(groups, self.school_class.name, self.school_class.grade)
            return PupilImportResult(tuple(display_names(pupils)), (), (), warning)
        class_id = self.school_class.id
        return self.workspace.read(lambda s: dry_run_class_list(s, class_id, pupils))

    def _show(self, preview: PupilImportResult | None) -> None:
        self.preview = preview
        added = list(preview.added) if preview else []
        present = list(preview.present) if preview else []
        self.added_model.setStringList(added)
        self.present_model.setStringList(present)
        self.added_label.setText(self.tr("Will be added (%n)", "", len(added)))
        self.present_label.setText(self.tr("Already in the class (%n)", "", len(present)))
        notes = [*self.report, *preview.notes] if preview else []
        if preview is not None and preview.group_warning:
            notes.insert(0, preview.group_warning)
        self.notes_label.setText("\n".join(error_text.keyed_line(note) for note in notes))
        self.notes_label.setVisible(bool(notes))
        self._update_state()

    def _update_state(self) -> None:
        can = self.preview is not None and bool(self.preview.added) and not self.imported
        self.import_button.setEnabled(can)
        if not self.imported:
            if self.preview is not None and not self.preview.added:
                self.summary_label.setText(self.tr("Every pupil of this list is already in the class."))
            else:
                self.summary_label.setText("")

    def import_list(self) -> bool:
        """Add the pupils as one undoable command; False (reason shown) when refused."""
        if not self.pupils or self.imported:
            return False
        if self.preview is not None and self.preview.group_warning and not self.confirm_group():
            return False
        if self.new_class:
            self.names = list(self.preview.added) if self.preview is not None else []
            self.accept()
            return True
        command = ImportClassListCommand(self.school_class.id, self.school_class.name, self.pupils)
        try:
            self.workspace.execute(command)
        except BeroepsplannerError as exc:
            self.error_label.setText(error_text.error(exc))
            self.error_label.show()
            return False
        self.imported = True
        added = len(command.result.added) if command.result else 0
        self.summary_label.setText(
            self.tr("%n pupils added to %1. Edit > Undo takes them out again.", "", added)
            .replace("%1", self.school_class.name)
        )
        self.close_button.setText(self.tr("Close"))
        self._update_state()
        return True

    def confirm_group(self) -> bool:
        """Ask whether to add a list whose Groep column names another group; True for yes."""
        assert self.preview is not None
        answer = QMessageBox.question(
            self,
            self.tr("Another group?"),
            error_text.keyed_line(self.preview.group_warning)
            + "\n\n"
            + self.tr("Add the pupils to %1 all the same?")
            .replace("%1", self.school_class.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


# --- one pupil's data ---------------------------------------------------------------


def export_pupil_data(workspace: Workspace, pupil_id: int, path: Path) -> None:
    """Write everything stored about the pupil to ``path`` (JSON); raises Dutch errors."""
    data = workspace.read(lambda s: pupil_record(s, pupil_id))
    write_pupil_json(data, path, database=workspace.path)


def ask_and_export_pupil(workspace: Workspace, parent: QWidget, pupil_id: int, name: str) -> None:
    """Ask where to write the pupil's data, write it, and say how it went."""
    # "leerling-Sanne.json" ("pupil-Sanne.json" in English): the name stays as entered.
    pupil = QCoreApplication.translate("PupilPrivacy", "pupil")
    suggested = f"{pupil}-" + "".join(c if c.isalnum() else "-" for c in name).strip("-") + ".json"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PupilPrivacy", "Export the data of %1").replace("%1", name),
        suggested,
        "JSON (*.json)",
    )
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() != ".json":
        path = path.with_suffix(".json")
    title = QCoreApplication.translate("PupilPrivacy", "Export pupil data")
    try:
        export_pupil_data(workspace, pupil_id, path)
    except BeroepsplannerError as exc:
        QMessageBox.warning(parent, title, error_text.error(exc))
        return
    done = QCoreApplication.translate("PupilPrivacy", "Everything stored about %1 is in %2.")
    QMessageBox.information(parent, title, done.replace("%1", name).replace("%2", str(path)))


# --- purging past school years ---------------------------------------------------------


class PupilPrivacy(QObject):
    """The purge question's plural texts. lupdate sees a plural only in a class's
    ``self.tr``, not in ``QCoreApplication.translate`` with a variable count."""

    def pupils_in(self, count: int, label: str) -> str:
        return self.tr("%n pupils in %1", "", count).replace("%1", label)

    def erase(self, count: int, years: str) -> str:
        return self.tr("Erase %n pupils who left the school for good (%1)?", "", count).replace(
            "%1", years
        )

    def parents_too(self, count: int) -> str:
        return self.tr(
            "%n parents in the parent register whose child left the school go too, with "
            "their place as a guest in chains.",
            "",
            count,
        )


def purge_question(counts: dict[str, int], newest: str, parents: int = 0) -> str:
    """The confirmation text: how many pupils of which years go (and the parents of the
    register whose child left the school), and that it is final."""
    texts = PupilPrivacy()
    years = ", ".join(texts.pupils_in(n, label) for label, n in counts.items())
    total = sum(counts.values())
    question = (
        texts.erase(total, years)
        if total
        else QCoreApplication.translate("PupilPrivacy", "Erase for good?")
    )
    if parents:
        question += "\n\n" + texts.parents_too(parents)
    return (
        question
        + "\n\n"
        + QCoreApplication.translate(
            "PupilPrivacy",
            "Only pupils who are no longer at school go: their names and their record. The "
            "classes and chains stay, and the pupils of %1 keep their record of earlier years. "
            "This cannot be undone, and the undo history is cleared.",
        ).replace("%1", newest)
    )


def purge_past_school_years(workspace: Workspace, parent: QWidget, *, confirm: bool = True) -> int:
    """Ask, then remove the pupils who left the school before the newest year; returns how many."""
    newest = workspace.read(newest_school_year)
    if newest is None:
        return 0
    counts = workspace.read(lambda s: past_pupil_counts(s, newest))
    parents = len(workspace.read(lambda s: past_parents(s, newest)))
    title = QCoreApplication.translate("PupilPrivacy", "Erase pupils of past school years")
    if not counts and not parents:
        none = QCoreApplication.translate(
            "PupilPrivacy", "No pupils who left the school before %1 are stored."
        )
        QMessageBox.information(parent, title, none.replace("%1", newest))
        return 0
    if confirm:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, purge_question(counts, newest, parents),
            QMessageBox.StandardButton.Cancel, parent,
        )
        erase = box.addButton(
            QCoreApplication.translate("PupilPrivacy", "Erase for good"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return 0
    try:
        count = workspace.run_in_transaction(lambda s: _purge(s, newest), ("classes", "chains"))
    except BeroepsplannerError as exc:
        QMessageBox.warning(parent, title, error_text.error(exc))
        return 0
    # An older command (a removal, an import) must not bring a purged name back.
    workspace.undo_stack.clear()
    return count


def _purge(session: Session, newest: str) -> int:
    """The pupils who left the school before ``newest`` and, in the same transaction, the
    parents of the register whose child left (issue 17 item 4); returns how many pupils."""
    count = purge_past_pupils(session, newest)
    purge_past_parents(session, newest)
    return count
