"""Every text written to the database can be printed: one check, at the last moment.

The importers and the window's forms check their texts themselves and name the
row, column or field (``domain.text.character_problem``). This listener is the
net under them: before every flush it looks at the text columns of the new and
changed rows — titles, notes, descriptions, names typed anywhere in the window —
and refuses, with a Dutch ``InvalidInputError`` naming the field, a text with a
control character or a character the printing cannot set (an emoji, Hebrew,
Arabic, ...). Nothing is written then: the transaction rolls back.

Only values that changed are looked at (a writer past the ORM, the chain builder's save of
a chain's own fields, calls ``check_values`` itself), and a text of printable ASCII is passed
without a look at its characters, so a large import pays little for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Mapper, Session

from beroepsplanner.domain.text import character_problem, problem_character, visible
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Base

# How a message names a table's row and its column, in Dutch.
_THINGS = {
    "activities": "de activiteit",
    "chains": "de keten",
    "chain_lessons": "de les",
    "companies": "het bedrijf",
    "company_contacts": "de contactpersoon",
    "role_models": "het rolmodel",
    "classes": "de klas",
    "pupils": "de leerling",
    "schools": "de school",
    "study_days": "de studiedag",
    "lesson_templates": "de les uit de catalogus",
    "professions": "het beroep",
    "chain_pupils": "het leerlingoverzicht",
    "parents": "de ouder",
    "chain_evaluations": "de evaluatie",
}
_FIELDS = {
    "name": "naam",
    "display_name": "naam",
    "title": "titel",
    "pupil_title": "titel voor leerlingen",
    "notes": "notities",
    "observation": "observatie",
    "description": "beschrijving",
    "teacher": "leerkracht",
    "place": "plaats",
    "address": "adres",
    "project": "project",
    "profession_text": "beroep",
    "own_words": "eigen woorden",
    "visit_goal": "doel van het bezoek",
    "research_question": "onderzoeksvraag",
    "pupil_questions": "vragen van de kinderen",
    "contact_name": "contactpersoon",
    "contact_phone": "telefoonnummer",
    "contact_email": "e-mailadres",
    "first_name": "voornaam",
    "job": "beroep",
    "company_text": "werkplek",
    "note": "notitie",
    "went_well": "wat ging goed",
    "pupils_asked": "wat vroegen de leerlingen",
    "people_met": "mensen en beroepen",
    "company_went_well": "wat ging goed (bedrijf)",
    "company_pupils_asked": "wat vroegen de leerlingen (bedrijf)",
    "company_remarks": "opmerkingen van het bedrijf",
    "contact_role": "functie van de contactpersoon",
}
# Columns that are never a user's text (identifiers, keys, codes, stored values).
_SKIPPED = {"key", "uid", "value", "email", "phone", "label", "writer", "holiday", "rows"}
_LINES = {"notes", "observation", "description", "address", "note"}


@cache
def _text_columns(mapper: Mapper[Any]) -> tuple[tuple[str, str, bool], ...]:
    """(attribute, column name, several lines allowed) of the mapper's user-text columns."""
    found = []
    for attribute in mapper.column_attrs:
        column = attribute.columns[0]
        if not isinstance(column.type, String | Text) or column.name in _SKIPPED:
            continue
        if getattr(column.type, "enums", None):
            continue  # an enum stored as text
        lines = isinstance(column.type, Text) or column.name in _LINES
        found.append((attribute.key, column.name, lines))
    return tuple(found)


def _check(item: Any, *, changed_only: bool) -> None:
    mapper = inspect(item).mapper
    state = inspect(item)
    for key, column, lines in _text_columns(mapper):
        value = item.__dict__.get(key)
        if not isinstance(value, str) or not value:
            continue
        if changed_only and not state.attrs[key].history.added:
            continue
        _refuse_text(mapper.local_table.name, column, value, lines=lines)


def check_values(model: type[Base], values: Mapping[str, Any]) -> None:
    """The same check for values a statement past the ORM writes to ``model``'s table
    (``chain_quick_save.py``): ``values`` by column name."""
    for _key, column, lines in _text_columns(inspect(model)):
        value = values.get(column)
        if isinstance(value, str) and value:
            _refuse_text(model.__table__.name, column, value, lines=lines)


def _refuse_text(table: str, column: str, value: str, *, lines: bool) -> None:
    problem = character_problem(value, lines=lines)
    if problem is None:
        return
    thing = _THINGS.get(table, "een gegeven")
    field = _FIELDS.get(column, column)
    raise InvalidInputError(
        f"De {field} van {thing} ('{visible(value, 40)}'): {problem} Er is niets opgeslagen.",
        key="stored-text-character",
        table=table,
        column=column,
        text=visible(value, 40),
        char=problem_character(value, lines=lines),
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for item in session.new:
        if isinstance(item, Base):
            _check(item, changed_only=False)
    for item in session.dirty:
        if isinstance(item, Base):
            _check(item, changed_only=True)


event.listen(Session, "before_flush", _before_flush)
