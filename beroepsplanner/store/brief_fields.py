"""What the coordinator writes for the brief for the company, on the chain.

``Chain.visit_start`` … ``Chain.day_programme`` travel in the chain builder's form as one
``domain.company_brief.BriefFields`` (``brief_fields_of``, ``put_brief_fields``); the day
programme is stored as JSON (``programme_json``), None for the proposal from the times.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from beroepsplanner.domain.company_brief import (
    PROGRAMME_MAX,
    PROGRAMME_TEXT_MAX,
    BriefFields,
    ProgrammeItem,
)
from beroepsplanner.domain.text import character_problem, problem_character
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Chain

TEXT_MAX = 2000
"""The goal, the research question and the pupils' questions: at most this many characters."""


def _clock(value: dt.time | None) -> str | None:
    return None if value is None else f"{value:%H:%M}"


def _time(value: Any) -> dt.time | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def programme_json(programme: tuple[ProgrammeItem, ...] | None) -> list[dict[str, Any]] | None:
    """The day programme as the chain stores it (None: the proposal from the times)."""
    if programme is None:
        return None
    return [{"time": _clock(item.time), "what": item.what} for item in programme]


def programme_of(stored: Any) -> tuple[ProgrammeItem, ...] | None:
    """The stored day programme back as items; None (the proposal) for nothing or a
    value that is not a list."""
    if not isinstance(stored, list):
        return None
    return tuple(
        ProgrammeItem(_time(row.get("time")), str(row.get("what", "")))
        for row in stored
        if isinstance(row, dict)
    )


def brief_fields_of(chain: Chain) -> BriefFields:
    """What the coordinator wrote for the brief of ``chain``."""
    return BriefFields(
        visit_start=chain.visit_start,
        visit_end=chain.visit_end,
        goal=chain.visit_goal or "",
        research_question=chain.research_question or "",
        pupil_questions=chain.pupil_questions or "",
        programme=programme_of(chain.day_programme),
    )


def _check_text(field: str, what: str, value: str, limit: int, *, lines: bool) -> None:
    problem = character_problem(value, lines=lines)
    if problem is not None:
        raise InvalidInputError(
            f"{what}: {problem}", key="character-problem", field=field,
            char=problem_character(value, lines=lines),
        )
    if len(value) > limit:
        raise InvalidInputError(
            f"{what} is te lang (hoogstens {limit} tekens).",
            key="field-too-long", field=field, max=limit,
        )


def checked_brief_fields(fields: BriefFields) -> BriefFields:
    """``fields`` tidied (texts stripped, empty programme steps dropped), or a Dutch
    InvalidInputError that names the field: a text too long or with a character that
    cannot be printed, an arrival after the departure, too many programme steps."""
    goal, question = fields.goal.strip(), fields.research_question.strip()
    questions = "\n".join(line.strip() for line in fields.pupil_questions.strip().splitlines())
    for field, what, value in (
        ("visit-goal", "Het doel van het bezoek", goal),
        ("research-question", "De onderzoeksvraag", question),
        ("pupil-questions", "De vragen van de kinderen", questions),
    ):
        _check_text(field, what, value, TEXT_MAX, lines=True)
    start, end = fields.visit_start, fields.visit_end
    if start is not None and end is not None and end <= start:
        raise InvalidInputError(
            f"Het vertrek ({end:%H:%M}) ligt niet na de aankomst ({start:%H:%M}). Zet het "
            "vertrek na de aankomst, of laat een van beide leeg.",
            key="visit-end-before-start", start=f"{start:%H:%M}", end=f"{end:%H:%M}",
        )
    programme = fields.programme
    if programme is not None:
        programme = tuple(
            ProgrammeItem(item.time, " ".join(item.what.split()))
            for item in programme
            if item.what.strip()
        )
        if len(programme) > PROGRAMME_MAX:
            raise InvalidInputError(
                f"Het dagprogramma heeft {len(programme)} onderdelen; er passen er "
                f"{PROGRAMME_MAX} op de brief.",
                key="programme-too-long", count=len(programme), max=PROGRAMME_MAX,
            )
        for item in programme:
            _check_text("programme", "Een onderdeel van het dagprogramma", item.what,
                        PROGRAMME_TEXT_MAX, lines=False)
    return BriefFields(start, end, goal, question, questions, programme)


def put_brief_fields(chain: Chain, fields: BriefFields) -> None:
    """Write ``fields`` (checked: ``checked_brief_fields``) on ``chain``."""
    fields = checked_brief_fields(fields)
    chain.visit_start, chain.visit_end = fields.visit_start, fields.visit_end
    chain.visit_goal = fields.goal
    chain.research_question = fields.research_question
    chain.pupil_questions = fields.pupil_questions
    chain.day_programme = programme_json(fields.programme)
