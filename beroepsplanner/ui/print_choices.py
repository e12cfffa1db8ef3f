"""The "Of what?" part of the print dialog (``print_dialog``): the class, one chain, the
class's set of chains or the whole school; which chains a class set prints and which it
leaves out, the pages that makes, what stops printing, and the PDF's default file name
(in the window's language: ``logboeken-groep-6a.pdf``, ``logbooks-groep-6a.pdf``)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from beroepsplanner.domain.documents import PrintableChain, class_set, next_chain
from beroepsplanner.domain.parent_documents import homecard_refusal
from beroepsplanner.store.classes import ClassInfo, class_info, list_year_classes, newest_school_year
from beroepsplanner.store.documents import printable_chains
from beroepsplanner.store.school_years import school_year_labels
from beroepsplanner.ui import domain_text, error_text
from beroepsplanner.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def slug(text: str) -> str:
    """``Groep 6a`` → ``groep-6a``: a file-name part without accents or spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "document"


class PrintChoices(QGroupBox):
    """School year, class, scope (``"chain"``, ``"class"`` or ``"school"``) and chain for
    ``document`` (``set_document``); ``changed`` after every choice, ``problem`` says what
    stops it. The school year row shows only when the database holds more than one."""

    changed = Signal()

    def __init__(self, workspace: Workspace, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Of what?"))
        self.workspace = workspace
        self.today = today
        self.document = "logbooks"
        self.classes: list[ClassInfo] = []
        self.newest: str | None = None
        self.chains: list[PrintableChain] = []
        self.problem = ""

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classCombo")
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.chain_combo = QComboBox()
        self.chain_combo.setObjectName("chainCombo")
        self.chain_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chain_combo.setMinimumContentsLength(36)
        self.errors_check = QCheckBox(self.tr("Also concept chains with errors"))
        self.errors_check.setObjectName("includeErrorsCheck")
        self.errors_check.setToolTip(
            self.tr("A concept chain with errors may still change date, company or lessons; "
                    "its logbooks are left out unless you tick this.")
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("School year:"), self.year_combo)
        self.form.addRow(self.tr("Class:"), self.class_combo)
        self.form.addRow(self.tr("Print:"), self.scope_combo)
        self.form.addRow(self.tr("Chain:"), self.chain_combo)
        self.form.addRow("", self.errors_check)
        self.form.addRow(self.summary_label)

        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.class_combo.currentIndexChanged.connect(self._on_class)
        self.scope_combo.currentIndexChanged.connect(self.update_choices)
        self.chain_combo.currentIndexChanged.connect(self.update_choices)
        self.errors_check.toggled.connect(self.update_choices)

    # --- what is chosen ------------------------------------------------------------

    def scope(self) -> str | None:
        return self.scope_combo.currentData()

    def school_year(self) -> str | None:
        """The school year whose classes (and whole-school year plan) are shown."""
        return self.year_combo.currentData()

    def chain(self) -> PrintableChain | None:
        """The chain chosen in the chain list."""
        chain_id = self.chain_combo.currentData()
        return next((c for c in self.chains if c.id == chain_id), None)

    def class_set(self) -> tuple[list[PrintableChain], list[PrintableChain]]:
        """The chains the class set of logbooks prints now, and those it leaves out."""
        return class_set(self.chains, include_errors=self.errors_check.isChecked())

    def select_class(self, name: str) -> None:
        self.class_combo.setCurrentIndex(self.class_combo.findText(name))

    def select_scope(self, scope: str) -> None:
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))

    def select_chain(self, chain_id: int) -> None:
        self.chain_combo.setCurrentIndex(max(0, self.chain_combo.findData(chain_id)))

    def start_on(self, chain_id: int | None, class_id: int | None) -> None:
        """Open on the planner's chain of the planner's class (else on its next chain), in
        that class's school year."""
        if class_id is not None and self.class_combo.findData(class_id) < 0:
            year = self.workspace.read(lambda s: class_info(s, class_id).school_year)
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        if class_id is not None and self.class_combo.findData(class_id) >= 0:
            self.class_combo.setCurrentIndex(self.class_combo.findData(class_id))
        if chain_id is not None and self.chain_combo.findData(chain_id) >= 0:
            self.select_chain(chain_id)

    # --- filling the lists ---------------------------------------------------------

    def load_classes(self) -> None:
        """Fill the school years (newest first, the newest chosen) and that year's classes."""

        def question(session: Session) -> tuple[list[str], str | None]:
            return school_year_labels(session), newest_school_year(session)

        labels, newest = self.workspace.read(question)
        self.newest = newest
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for label in sorted(labels, reverse=True):
            self.year_combo.addItem(label, label)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(newest)))
        self.year_combo.blockSignals(False)
        self.form.setRowVisible(self.year_combo, self.year_combo.count() > 1)
        self._on_year()

    def _on_year(self) -> None:
        year = self.school_year()
        self.classes = self.workspace.read(lambda s: list_year_classes(s, year)) if year else []
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for info in self.classes:
            self.class_combo.addItem(info.name, info.id)
        self.class_combo.blockSignals(False)
        self._on_class()

    def set_document(self, document: str) -> None:
        """The scopes ``document`` has: logbooks of one chain or the class set; a year
        plan of the class or the school; the others of one chain."""
        self.document = document
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        if document == "logbooks":
            self.scope_combo.addItem(self.tr("one chain"), "chain")
            self.scope_combo.addItem(self.tr("every chain of the class not done yet"), "class")
        elif document == "yearplan":
            self.scope_combo.addItem(self.tr("this class (A4)"), "class")
            self.scope_combo.addItem(self.tr("the whole school (A3)"), "school")
        elif document == "record":
            self.scope_combo.addItem(self.tr("every pupil of the class"), "class")
        elif document == "report":
            self.scope_combo.addItem(self.tr("the whole school"), "school")
        elif document == "worlds":
            self.scope_combo.addItem(self.tr("every parent (one A4, no class)"), "school")
        else:
            self.scope_combo.addItem(self.tr("one chain"), "chain")
        self.scope_combo.blockSignals(False)
        if document == "homecard":
            self._choose_card_chain()
        self.update_choices()

    def _choose_card_chain(self) -> None:
        """A card for home is for after the activity: from a chain still to come (or a
        concept), go to the class's last chain that has taken place."""
        chain = self.chain()
        if chain is None or homecard_refusal(chain.status, chain.date, self.today) is None:
            return
        past = [c for c in self.chains if homecard_refusal(c.status, c.date, self.today) is None]
        if past:
            last = max(past, key=lambda c: (c.date, c.id))
            self.chain_combo.blockSignals(True)
            self.select_chain(last.id)
            self.chain_combo.blockSignals(False)

    def _on_class(self) -> None:
        class_id = self.class_combo.currentData()
        self.chains = self.workspace.read(lambda s: printable_chains(s, class_id)) if class_id else []
        self.chain_combo.blockSignals(True)
        self.chain_combo.clear()
        for chain in self.chains:
            self.chain_combo.addItem(self._chain_text(chain), chain.id)
        upcoming = next_chain(self.chains, self.today)
        if upcoming is not None:
            self.chain_combo.setCurrentIndex(self.chain_combo.findData(upcoming.id))
        if self.document == "homecard":
            self._choose_card_chain()
        self.chain_combo.blockSignals(False)
        self.update_choices()

    def _chain_text(self, chain: PrintableChain) -> str:
        status = (
            self.tr("concept with errors")
            if chain.concept_with_errors
            else domain_text.chain_status(chain.status)
        )
        return f"{chain.date.strftime('%d-%m-%Y')}  {chain.activity_title}  ({status})"

    # --- what follows from the choices -----------------------------------------------

    def update_choices(self) -> None:
        """Enable what the document and scope use; find the problem; say the pages."""
        scope, document = self.scope(), self.document
        class_set_shown = document == "logbooks" and scope == "class"
        self.scope_combo.setEnabled(self.scope_combo.count() > 1)
        self.class_combo.setEnabled(scope != "school")
        self.chain_combo.setEnabled(scope == "chain")
        self.form.setRowVisible(self.chain_combo, scope == "chain")
        self.form.setRowVisible(self.errors_check, class_set_shown)
        problem = ""
        if document == "worlds":
            pass  # a sheet for every parent: no class or chain needed
        elif not self.classes:
            problem = self.tr("There are no classes yet; add a class first.")
        elif document == "record":
            info = next((c for c in self.classes if c.id == self.class_combo.currentData()), None)
            if info is not None and info.pupils == 0:
                problem = self.tr("%1 has no pupils yet; there is nothing to print.").replace(
                    "%1", self.class_combo.currentText()
                )
        elif document == "report":
            problem = ""
        elif scope in ("chain", "class") and document != "yearplan" and not self.chains:
            problem = self.tr("%1 has no chains yet; there is nothing to print.").replace(
                "%1", self.class_combo.currentText()
            )
        elif document == "brief" and (chosen := self.chain()) is not None and not chosen.company:
            problem = self.tr(
                "This chain has no company. A brief for the company is for a visit to a "
                "company or a guest lesson by a company: choose the company in the chain first."
            )
        elif document == "homecard" and (chain := self.chain()) is not None and (
            refusal := homecard_refusal(chain.status, chain.date, self.today)
        ):
            problem = error_text.keyed_line(refusal)
        elif class_set_shown and not self.class_set()[0]:
            problem = self.tr(
                "%1 has no chains left to print logbooks for; choose one chain."
            ).replace("%1", self.class_combo.currentText())
        self.problem = problem
        self._show_summary()
        self.changed.emit()

    def page_count(self) -> int | None:
        """The pages of the logbooks the dialog would print now (None: not logbooks)."""
        if self.document != "logbooks" or self.problem:
            return None
        if self.scope() == "class":
            return sum(c.logbook_pages() for c in self.class_set()[0])
        chain = self.chain()
        return chain.logbook_pages() if chain is not None else None

    def _show_summary(self) -> None:
        lines: list[str] = []
        pages = self.page_count()
        if pages is not None and self.scope() == "class":
            printed, left_out = self.class_set()
            chains = self.tr("%n chain(s)", "", len(printed))
            lines.append(self.tr("%n page(s): the logbooks of %1.", "", pages).replace("%1", chains))
            if left_out:
                done, errors = self.tr("done"), self.tr("concept with errors")
                reasons = [f"{c.activity_title} ({done if c.done else errors})" for c in left_out]
                lines.append(self.tr("Left out: %1.").replace("%1", "; ".join(reasons)))
        elif pages is not None:
            lines.append(self.tr("%n page(s): a logbook for every pupil and a blank copy.", "", pages))
        chain = self.chain()
        if self.scope() == "chain" and chain is not None and chain.concept_with_errors:
            lines.append(
                self.tr("This chain is a concept with errors: its date, company or lessons may still change.")
            )
        self.summary_label.setText("\n".join(lines))
        self.summary_label.setVisible(bool(lines))

    def default_name(self) -> str:
        """A file name that says what is in it, in the window's language:
        ``logboeken-groep-6a-tinkeren.pdf`` (English ``logbooks-groep-6a-tinkeren.pdf``),
        whole. Class names and activity titles stay as entered."""
        base = slug({
            "logbooks": self.tr("logbooks"),
            "lessons": self.tr("lesson-sheets"),
            "letter": self.tr("parent-letter"),
            "yearplan": self.tr("year-plan"),
            "record": self.tr("pupil-record"),
            "report": self.tr("report"),
            "brief": self.tr("company-brief"),
            "homecard": self.tr("cards-for-home"),
            "worlds": self.tr("seven-worlds-of-technology"),
            "evaluation": self.tr("evaluation"),
        }[self.document])
        if self.document == "worlds":
            return base + ".pdf"
        # An earlier year's file says which year: its classes have this year's names.
        year = self.school_year()
        earlier = [year] if year and year != self.newest else []
        if self.scope() == "school":
            return "-".join([base, "school", *earlier]) + ".pdf"
        parts = [base, slug(self.class_combo.currentText()), *earlier]
        chain = self.chain()
        if self.scope() == "chain" and chain is not None:
            parts.append(slug(chain.activity_title))
        return "-".join(parts) + ".pdf"
