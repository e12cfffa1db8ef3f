"""The window shows a finding from its fields (class, activity, date) and its text, never by
taking its message apart: an activity title with brackets and a colon stays whole."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.ui.models.finding_list import FindingListModel
from beroepsplanner.ui.models.finding_table import Column, FindingTableModel

TITLE = "Bezoek (deel 2): robots (groep 6)"
DAY = dt.date(2027, 3, 10)
FINDING = Finding(
    Severity.ERROR, "preparation-missing",
    "er is geen voorbereidingsles. Plan 1 of 2 voorbereidingslessen vóór de activiteit.",
    class_name="Groep 6b", activity="bezoek", activity_title=TITLE, date=DAY, chain_id=4,
)


def test_the_message_is_the_subject_then_the_text() -> None:
    assert FINDING.subject == f"Groep 6b, {TITLE} (10-03-2027)"
    assert FINDING.message == f"Groep 6b, {TITLE} (10-03-2027): {FINDING.text}"
    line = Finding(Severity.WARNING, "world-not-met", "Groep 4 (cohort 2031) heeft …", class_name="Groep 4",
                   cohort=2031)
    assert line.subject == "" and line.message == line.text


def test_the_table_shows_the_fields_in_their_columns(qapp: object) -> None:
    model = FindingTableModel()
    model.set_findings([FINDING])
    cells = {column: model.index(0, column).data() for column in Column}
    assert cells[Column.CLASS] == "Groep 6b"
    assert cells[Column.DATE] == "10-03-2027"
    assert cells[Column.ACTIVITY] == TITLE
    assert cells[Column.MESSAGE] == "Er is geen voorbereidingsles. Plan 1 of 2 voorbereidingslessen vóór de activiteit."
    assert model.index(0, Column.MESSAGE).data(Qt.ItemDataRole.ToolTipRole).startswith(FINDING.message)


def test_the_english_table_and_list_say_the_text_in_english(english: None) -> None:
    model = FindingTableModel()
    model.set_findings([FINDING])
    assert model.index(0, Column.ACTIVITY).data() == TITLE
    assert model.index(0, Column.MESSAGE).data().startswith("There is no preparation lesson.")
    listed = FindingListModel()
    listed.set_findings([FINDING])
    assert listed.messages() == [model.index(0, Column.MESSAGE).data()]
