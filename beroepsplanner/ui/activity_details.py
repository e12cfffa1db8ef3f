"""The details pane of the catalog: one activity with its preparation and reflection lessons.

Every text from the database is escaped before it goes into the rich-text
view, so a title with ``<b>`` or ``&`` shows exactly as typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from beroepsplanner.domain.catalog import ActivityDetails, TemplateDraft
from beroepsplanner.domain.kinds import LessonKind, QuestionKind
from beroepsplanner.ui import domain_text

_STYLE = """
h3 { margin-top: 14px; margin-bottom: 2px; }
td.label { color: #666666; padding-right: 12px; white-space: nowrap; }
td { padding-bottom: 2px; vertical-align: top; }
p.goal { margin-top: 2px; }
"""


def _grades(details: ActivityDetails) -> str:
    if details.grade_min == details.grade_max:
        return str(details.grade_min)
    return f"{details.grade_min}–{details.grade_max}"


def _items(texts: tuple[str, ...], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{escape(t)}</li>" for t in texts)
    return f"<{tag} style='margin-top:0; margin-bottom:4px'>{rows}</{tag}>"


class ActivityDetailsPane(QWidget):
    """Shows one ``ActivityDetails``; its buttons ask the page to plan, edit or delete it."""

    planRequested = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDetails")
        self.details: ActivityDetails | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("detailsTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)

        self.text_view = QTextBrowser()
        self.text_view.setObjectName("detailsText")
        self.text_view.setAccessibleName(self.tr("Details of the activity"))
        self.text_view.setOpenLinks(False)
        self.text_view.document().setDefaultStyleSheet(_STYLE)
        self.text_view.document().setDocumentMargin(8)

        self.plan_button = QPushButton(self.tr("Plan this activity…"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.setDefault(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)

        self.plan_button.clicked.connect(lambda: self._request(self.planRequested))
        self.edit_button.clicked.connect(lambda: self._request(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._request(self.deleteRequested))
        self.show_details(None)

    # --- showing -------------------------------------------------------------------

    def show_details(self, details: ActivityDetails | None) -> None:
        """Show ``details``, or a hint to pick an activity when None."""
        self.details = details
        for button in (self.plan_button, self.edit_button, self.delete_button):
            button.setEnabled(details is not None)
        if details is None:
            self.title_label.setText(self.tr("No activity selected"))
            self.text_view.setHtml(
                "<p>"
                + escape(self.tr("Pick an activity in the list to see its lessons and questions."))
                + "</p>"
            )
            return
        self.title_label.setText(details.title)
        if details.seeded:
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(
                self.tr("Activities of the bundled catalogue can be edited, not deleted.")
            )
        else:
            self.delete_button.setToolTip("")
        self.text_view.setHtml(self._html(details))

    def details_key(self) -> str | None:
        """The key of the activity shown, or None."""
        return self.details.key if self.details is not None else None

    def plain_text(self) -> str:
        """What the pane shows, as text (title first)."""
        return self.title_label.text() + "\n" + self.text_view.toPlainText()

    def _request(self, signal: SignalInstance) -> None:
        if self.details is not None:
            signal.emit(self.details.key)

    # --- the document ----------------------------------------------------------------

    def _html(self, details: ActivityDetails) -> str:
        facts = [
            (self.tr("Kind"), domain_text.activity_kind(details.kind).capitalize()),
            (self.tr("Provider"), details.provider or self.tr("none")),
            (self.tr("Grades"), _grades(details)),
            (self.tr("Duration"), self._minutes(details.duration_minutes)),
            (self.tr("Cost"), self._cost(details.cost_cents)),
            (self.tr("Transport needed"), self.tr("yes") if details.needs_transport else self.tr("no")),
            (self.tr("Worlds"), domain_text.worlds(details.worlds) or "—"),
            (self.tr("Professions pupils see"), ", ".join(details.professions) or "—"),
        ]
        if details.one_guest:
            facts.append((self.tr("One guest"), self.tr("yes")))
        if details.visit_task:
            facts.append((self.tr("Task during a company visit"), self.tr("yes")))
        if details.core_objectives:
            facts.append((self.tr("Core objectives"), ", ".join(map(str, details.core_objectives))))
        if details.chain_count:
            facts.append(
                (self.tr("Used in"), self.tr("%n chains", "", details.chain_count))
            )
        rows = "".join(
            f"<tr><td class='label'>{escape(name)}</td><td>{escape(value)}</td></tr>"
            for name, value in facts
        )
        parts = [f"<table cellspacing='0'>{rows}</table>"]
        if details.description:
            description = self.tr("Description")
            parts.append(f"<h3>{escape(description)}</h3>")
            parts.extend(f"<p>{escape(p)}</p>" for p in details.description.split("\n") if p.strip())
        for kind, templates in (
            (LessonKind.PREPARATION, details.preparation),
            (LessonKind.REFLECTION, details.reflection),
        ):
            for number, template in enumerate(templates, start=1):
                parts.append(self._template_html(kind, number, len(templates), template))
        return "".join(parts)

    def _template_html(
        self, kind: LessonKind, number: int, count: int, template: TemplateDraft
    ) -> str:
        if kind is LessonKind.PREPARATION:
            name = self.tr("Preparation lesson") if count == 1 else self.tr("Preparation lesson %1")
        else:
            name = self.tr("Reflection lesson") if count == 1 else self.tr("Reflection lesson %1")
        name = name.replace("%1", str(number))
        parts = [f"<h3>{escape(name)}: {escape(template.title)}</h3>"]
        line = []
        if template.goal:
            goal = self.tr("Goal")
            line.append(f"<b>{escape(goal)}:</b> {escape(template.goal)}")
        if template.duration_minutes:
            line.append(escape(self._minutes(template.duration_minutes)))
        if line:
            parts.append("<p class='goal'>" + " · ".join(line) + "</p>")
        if template.steps:
            steps = self.tr("Steps")
            parts.append(f"<b>{escape(steps)}</b>" + _items(template.steps, ordered=True))
        if template.materials:
            materials = self.tr("Materials")
            parts.append(f"<b>{escape(materials)}</b>" + _items(template.materials))
        knowledge = tuple(q.text for q in template.questions_of(QuestionKind.KNOWLEDGE))
        attitude = tuple(q.text for q in template.questions_of(QuestionKind.ATTITUDE))
        none = self.tr("none")
        columns = []
        for heading, questions in (
            (self.tr("Knowledge questions"), knowledge),
            (self.tr("Attitude questions"), attitude),
        ):
            body = _items(questions) if questions else f"<p>{escape(none)}</p>"
            columns.append(f"<td width='50%'><b>{escape(heading)}</b>{body}</td>")
        parts.append(f"<table width='100%' cellspacing='0' style='margin-top:6px'><tr>{''.join(columns)}</tr></table>")
        return "".join(parts)

    def _minutes(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("unknown")
        return self.tr("%1 min").replace("%1", str(minutes))

    def _cost(self, cents: int | None) -> str:
        if cents is None:
            return self.tr("unknown or on request")
        if cents == 0:
            return self.tr("free")
        euros = f"{cents / 100:.2f}".replace(".", ",")
        return f"€ {euros}"
