"""A colleague saved the same chain, class, company or school details meanwhile.

The store refuses the save (``row_versions.ChangedByColleagueError``, key
``changed-by-colleague``) and hands back both versions: what the colleague saved
(``newer``) and what this user typed (``mine``). ``ConflictDialog`` shows the message and,
field by field, where the two differ; nothing the user typed is lost:

* **Keep editing** (the default, also Esc): the form stays open with the user's input, so
  they can take over what the colleague did and save again;
* **Save my version anyway…**: after a second question, the form is saved over the
  colleague's version (the caller saves again with the row's version now); Edit > Undo
  then gives the colleague's version back.

``resolve_conflict`` asks both questions; the field tables (``chain_fields``,
``class_fields``, ``company_fields``, ``school_fields``) say which fields a kind has and how
a value reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.kinds import ChainStatus, LetterVariant, TransportMode
from beroepsplanner.store.row_versions import ChangedByColleagueError
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.widgets import fitting_size

Field = tuple[str, str, Callable[[Any], str]]
"""An attribute of the form's data, its label, and how its value reads."""
Difference = tuple[str, str, str]
"""A field that differs: its label, the colleague's value, this user's value."""


def is_save_conflict(exc: BaseException) -> bool:
    """Whether ``exc`` is a save refused because a colleague saved the row meanwhile (it
    carries both versions; an undo's refusal or the ORM's own check carry none)."""
    return isinstance(exc, ChangedByColleagueError) and exc.key == "changed-by-colleague"


# --- what differs ----------------------------------------------------------------------------


def differences(newer: object, mine: object, fields: Iterable[Field]) -> list[Difference]:
    """The fields whose value differs between the colleague's version and this user's."""
    found: list[Difference] = []
    for attribute, label, shown in fields:
        theirs, ours = getattr(newer, attribute, None), getattr(mine, attribute, None)
        if theirs != ours:
            found.append((label, shown(theirs), shown(ours)))
    return found


def text(value: Any) -> str:
    """A value as the table shows it: a date dd-mm-yyyy, a time hh:mm, yes/no, — for none."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "yes") if value else QCoreApplication.translate("ConflictDialog", "no")
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if isinstance(value, dt.date):
        return domain_text.date_text(value)
    if isinstance(value, (tuple, list)):
        return ", ".join(text(item) for item in value)
    return str(value)


def _named(names: Mapping[Any, str]) -> Callable[[Any], str]:
    def shown(value: Any) -> str:
        if isinstance(value, (tuple, list)):
            return text(tuple(names.get(item, str(item)) for item in value))
        return names.get(value, text(value)) if value is not None else "—"

    return shown


def _lessons(lessons: Any) -> str:
    return "; ".join(
        f"{domain_text.date_text(lesson.date)} {lesson.title}" for lesson in lessons or ()
    ) or "—"


def _brief(brief: Any) -> str:
    """The brief for the company (``BriefFields``) in a line: times, question, questions."""
    if brief is None:
        return "—"
    times = " – ".join(text(t) for t in (brief.visit_start, brief.visit_end))
    parts = [times, brief.research_question, *brief.questions()]
    return "; ".join(p for p in parts if p and p != "— – —") or "—"


def _status(value: Any) -> str:
    return domain_text.chain_status(ChainStatus(value)) if value is not None else "—"


def _transport(value: Any) -> str:
    modes = {
        TransportMode.ON_FOOT: QCoreApplication.translate("TransportBox", "On foot"),
        TransportMode.BIKES: QCoreApplication.translate("TransportBox", "By bike"),
        TransportMode.CARS: QCoreApplication.translate("TransportBox", "By car"),
        TransportMode.BUS: QCoreApplication.translate("TransportBox", "By bus"),
        TransportMode.PUBLIC_TRANSPORT: QCoreApplication.translate("TransportBox", "By public transport"),
    }
    return modes.get(value, "—") if value is not None else "—"


def _letter(value: Any) -> str:
    translate = QCoreApplication.translate
    if value is LetterVariant.CONCRETE:
        return translate("LetterVariantCombo", "Concrete: the jobs, worlds and people of this activity")
    return translate("LetterVariantCombo", "Broad: jobs of the future, technology one route")


def _label(text: str) -> str:
    """A form's own label (asked in the form's context, so the table uses the form's
    words) as a field name: without its shortcut mark and colon."""
    return text.replace("&", "").strip().rstrip(":")


def chain_fields(
    classes: Mapping[int, str],
    activities: Mapping[str, str],
    companies: Mapping[int, str],
    role_models: Mapping[int, str],
) -> list[Field]:
    """The fields of a chain (``ChainForm``) by the chain builder's labels, with the names
    the builder knows."""
    translate = QCoreApplication.translate
    return [
        ("class_id", _label(translate("ChainBuilderDialog", "&Class:")), _named(classes)),
        ("activity_key", _label(translate("ChainBuilderDialog", "&Activity:")), _named(activities)),
        ("company_id", _label(translate("ChainBuilderDialog", "C&ompany:")), _named(companies)),
        ("date", _label(translate("ChainBuilderDialog", "&Date of the activity:")), text),
        ("lessons", _label(translate("ChainBuilderDialog", "Lessons of the chain")), _lessons),
        ("status", _label(translate("ChainBuilderDialog", "Status:")), _status),
        ("role_model_ids", _label(translate("CompanyForm", "Role models")), _named(role_models)),
        ("project", translate("ConflictDialog", "Project"), text),
        ("core_objectives", translate("ConflictDialog", "Core objectives"), text),
        ("transport_mode", _label(translate("TransportBox", "&Travel:")), _transport),
        ("transport_arranged", _label(translate("TransportBox", "Transport a&rranged")), text),
        ("companions", _label(translate("TransportBox", "Co&mpanions:")), text),
        ("departure_time", _label(translate("TransportBox", "&Leave school at:")), text),
        ("return_time", _label(translate("TransportBox", "Back at sc&hool:")), text),
        ("brief", _label(translate("ChainBuilderDialog", "Company b&rief…").rstrip("…")), _brief),
        ("letter_variant", _label(translate("ChainBuilderDialog", "Par&ent letter:")), _letter),
        ("notes", _label(translate("ChainBuilderDialog", "&Notes:")), text),
        ("observation", _label(translate("ChainBuilderDialog", "O&bservation:")), text),
    ]


def class_fields() -> list[Field]:
    """The fields of a class (``ClassFields``) by the class dialog's labels."""
    translate = QCoreApplication.translate
    return [
        ("name", _label(translate("ClassDialog", "&Name:")), text),
        ("grade", _label(translate("ClassDialog", "&Grade:")), text),
        ("teacher", _label(translate("ClassDialog", "&Teacher:")), text),
    ]


def _people(rows: Any) -> str:
    return "; ".join(row.name for row in rows or ()) or "—"


def company_fields() -> list[Field]:
    """The fields of a company (``CompanyDetails``) by the company form's labels."""
    translate = QCoreApplication.translate
    return [
        ("name", translate("CompanyForm", "Name"), text),
        ("place", translate("CompanyForm", "Place"), text),
        ("address", translate("CompanyForm", "Address"), text),
        ("description", translate("CompanyForm", "Description"), text),
        ("min_grade", translate("CompanyForm", "From grade"), text),
        ("capacity", translate("CompanyForm", "Capacity"), text),
        ("confirmed_years", translate("CompanyForm", "Contact confirmed for"), text),
        ("safety_checked", translate("CompanyForm", "Safety"), text),
        ("safety_notes", translate("CompanyForm", "Safety notes"), text),
        ("notes", translate("CompanyForm", "Notes"), text),
        ("worlds", translate("ConflictDialog", "Worlds"), text),
        ("professions", translate("ConflictDialog", "Professions"), text),
        ("contacts", translate("CompanyForm", "Contact persons"), _people),
        ("role_models", translate("CompanyForm", "Role models"), _people),
    ]


def school_fields() -> list[Field]:
    """The fields of the school's details (``SchoolDetails``) by their box's labels."""
    translate = QCoreApplication.translate
    return [
        ("name", _label(translate("SchoolDetailsBox", "School &name:")), text),
        ("place", _label(translate("SchoolDetailsBox", "&Place:")), text),
        ("contact_name", _label(translate("SchoolDetailsBox", "&Contact for companies:")), text),
        ("contact_phone", translate("SchoolDetailsBox", "phone"), text),
        ("contact_email", translate("SchoolDetailsBox", "e-mail"), text),
        (
            "region",
            translate("ConflictDialog", "Region"),
            lambda value: domain_text.region(value) if value else "—",
        ),
        (
            "free_days",
            translate("ConflictDialog", "Free days"),
            lambda days: ", ".join(
                part
                for part, on in (
                    (translate("ConflictDialog", "5 May"), getattr(days, "liberation_day", False)),
                    (translate("ConflictDialog", "Good Friday"), getattr(days, "good_friday", False)),
                )
                if on
            )
            or "—",
        ),
    ]


# --- the dialog ------------------------------------------------------------------------------


class ConflictDialog(QDialog):
    """The colleague's version beside this user's; Keep editing or Save my version anyway."""

    def __init__(
        self, message: str, found: Sequence[Difference], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by a colleague"))
        self.overwrite = False
        """True when the user chose to save their version over the colleague's."""
        label = QLabel(message)
        label.setObjectName("conflictMessage")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(found), 3)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("What differs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved by your colleague"), self.tr("Yours (not saved)")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, cells in enumerate(found):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(found))

        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton(
            self.tr("&Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.setObjectName("keepEditingButton")
        self.keep_button.setDefault(True)
        self.overwrite_button = buttons.addButton(
            self.tr("&Save my version anyway…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.overwrite_button.setObjectName("overwriteButton")
        self.overwrite_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self._ask_to_overwrite)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size((720, 380 if found else 160)))
        self.keep_button.setFocus()  # Enter and Esc both keep editing; the table is read by Tab

    def _ask_to_overwrite(self) -> None:
        """The second question: only a Yes saves over the colleague's version."""
        if confirm_overwrite(self):
            self.overwrite = True
            self.accept()


def confirm_overwrite(parent: QWidget) -> bool:
    """Ask once more before the colleague's version is replaced (No is the default)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ConflictDialog", "Save over your colleague's version?"),
        QCoreApplication.translate("ConflictDialog", "Your version replaces what your colleague saved: their changes in the fields "
            "shown are then gone (Edit > Undo brings them back). Save your version?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def resolve_conflict(
    parent: QWidget | None, exc: ChangedByColleagueError, fields: Iterable[Field]
) -> int | None:
    """Show the conflict; the row's version now when the user chose (twice) to save their
    version over the colleague's, else None (the form stays as the user left it)."""
    found = differences(exc.newer, exc.mine, fields) if exc.mine is not None else []
    dialog = ConflictDialog(error_text.error(exc), found, parent)
    dialog.exec()
    overwrite = dialog.overwrite
    dialog.deleteLater()
    return exc.version if overwrite else None
