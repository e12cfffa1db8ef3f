"""The evaluation of each chain (``domain/evaluation.py``, table ``chain_evaluations``):
read for the chain builder, saved with its own row version, and read for the printed forms.
The lists that read them back (the company's history, a school year's evaluations, the
chains not evaluated yet, the answers ``suggest`` weighs) are in ``evaluation_lists.py``.

Every function that writes runs inside the caller's transaction through the ORM (one per
command in the window, ``ui/evaluation_commands.py``), so the change log, the text check and
the row versions see it. A row is kept only while something is entered: an evaluation set
back to nothing removes it.

**The contact at the time.** When an evaluation is first saved, the company's contact
person then (its first contact, with the role) is copied into the row; later changes of
the company's contacts leave the copy alone, so the history still names who received the
class. A save after the chain moved to another company takes that company's contact.
A chain without an evaluation has no contact at the time (the history leaves it empty).

**When.** The evaluation can be written from
the activity's day on (like each pupil's record), also in a locked school year: it is
evaluation of the plan, not the plan (``store/year_lock.py`` does not watch this table).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.evaluation import (
    TEXT_FIELDS,
    TEXT_MAX,
    ChainEvaluation,
    EvaluationAnswers,
    EvaluationDocument,
    EvaluationSheet,
    again_from,
    contact_text,
    degree_from,
)
from beroepsplanner.domain.text import character_problem, problem_character
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import (
    Chain,
    ChainEvaluationRow,
    CompanyContact,
    School,
)
from beroepsplanner.store.row_versions import ensure_version
from beroepsplanner.store.write_locks import is_postgresql, lock_for_writing

_ANSWER_FIELDS = tuple(f.name for f in fields(EvaluationAnswers))


# --- reading ------------------------------------------------------------------------------


def _chain(session: Session, chain_id: int) -> Chain:
    chain = session.get(Chain, chain_id)
    if chain is None:
        raise NotFoundError(
            "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
        )
    return chain


def _row(session: Session, chain_id: int) -> ChainEvaluationRow | None:
    return session.scalars(
        select(ChainEvaluationRow).where(ChainEvaluationRow.chain_id == chain_id)
    ).first()


def answers_of(row: ChainEvaluationRow) -> EvaluationAnswers:
    """A stored row's answers as plain data."""
    return EvaluationAnswers(
        went_well=row.went_well or "",
        pupils_asked=row.pupils_asked or "",
        people_met=row.people_met or "",
        preparation_helped=degree_from(row.preparation_helped),
        reflection_attitudes=degree_from(row.reflection_attitudes),
        again=again_from(row.again),
        company_went_well=row.company_went_well or "",
        company_pupils_asked=row.company_pupils_asked or "",
        company_again=again_from(row.company_again),
        company_remarks=row.company_remarks or "",
    )


def evaluation_of_row(row: ChainEvaluationRow) -> ChainEvaluation:
    """A stored row as plain data."""
    return ChainEvaluation(
        chain_id=row.chain_id,
        answers=answers_of(row),
        contact_name=row.contact_name or "",
        contact_role=row.contact_role or "",
        evaluated_on=row.evaluated_on,
        version=row.version,
    )


def chain_evaluation(session: Session, chain_id: int) -> ChainEvaluation | None:
    """The evaluation of chain ``chain_id``; None when nothing was entered yet."""
    row = _row(session, chain_id)
    return evaluation_of_row(row) if row is not None else None


def _contact_now(session: Session, company_id: int | None) -> tuple[str, str]:
    if company_id is None:
        return "", ""
    found = session.execute(
        select(CompanyContact.name, CompanyContact.role)
        .where(CompanyContact.company_id == company_id)
        .order_by(CompanyContact.id)
        .limit(1)
    ).first()
    return (found.name, found.role or "") if found is not None else ("", "")


def evaluation_sheet(session: Session, chain_id: int) -> EvaluationSheet:
    """What the chain builder's evaluation part shows about chain ``chain_id``: the chain's
    facts, its company's contact now and the stored evaluation (the row's version with it).
    NotFoundError (Dutch) when the chain is gone."""
    chain = _chain(session, chain_id)
    school_class = chain.school_class
    company = chain.company
    return EvaluationSheet(
        chain_id=chain.id,
        class_name=school_class.name,
        school_year=school_class.school_year.label,
        activity_title=chain.activity.title,
        date=chain.date,
        status=chain.status,
        company=company.name if company is not None else None,
        contact_now=contact_text(*_contact_now(session, chain.company_id)),
        evaluation=chain_evaluation(session, chain_id),
    )


# --- writing ------------------------------------------------------------------------------


def save_evaluation(
    session: Session,
    chain_id: int,
    answers: EvaluationAnswers,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> ChainEvaluation | None:
    """Store the evaluation of chain ``chain_id``; returns what was stored before (None:
    nothing), for the undo. An empty evaluation removes the row.

    ``expected_version`` is the version the form was filled from: 0 when there was no
    evaluation yet, None for no check (the command line, an undo). A colleague's save in
    between is refused (``ChangedByColleagueError`` with both versions), nothing written.
    Texts are trimmed; a text too long or with a character the printing cannot set is
    refused (Dutch, keyed). The contact at the time is copied on the first save (see the
    module)."""
    chain = _chain(session, chain_id)
    clean = _checked(answers)
    _lock_chain(session, chain_id)
    row = _row(session, chain_id)
    if expected_version is not None and row is not None:
        stored = answers_of(row)
        # Expected 0 (no evaluation when the form was filled) and a row now: a colleague's.
        ensure_version(
            session, ChainEvaluationRow, row.id, expected_version,
            newer=lambda: stored, mine=clean,
        )
    previous = evaluation_of_row(row) if row is not None else None
    if clean.is_empty:
        if row is not None:
            session.delete(row)
            session.flush()
        return previous
    if row is None or not row.contact_name or row.company_id != chain.company_id:
        contact = _contact_now(session, chain.company_id)  # read before the row is added
    else:
        contact = (row.contact_name, row.contact_role)
    if row is None:
        row = ChainEvaluationRow(chain_id=chain_id)
        session.add(row)
    row.company_id = chain.company_id
    row.contact_name, row.contact_role = contact
    _write_answers(row, clean)
    row.evaluated_on = today or dt.date.today()
    session.flush()
    return previous


def put_back_evaluation(
    session: Session, chain_id: int, evaluation: ChainEvaluation | None
) -> None:
    """Make chain ``chain_id``'s evaluation exactly ``evaluation`` again (None: none), the
    contact at the time and the day included: the undo of a save, or of deleting the chain."""
    row = _row(session, chain_id)
    if evaluation is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return
    chain = _chain(session, chain_id)
    if row is None:
        row = ChainEvaluationRow(chain_id=chain_id)
        session.add(row)
    row.company_id = chain.company_id
    row.contact_name, row.contact_role = evaluation.contact_name, evaluation.contact_role
    _write_answers(row, evaluation.answers)
    row.evaluated_on = evaluation.evaluated_on or dt.date.today()
    session.flush()


def _write_answers(row: ChainEvaluationRow, answers: EvaluationAnswers) -> None:
    for name in _ANSWER_FIELDS:
        setattr(row, name, getattr(answers, name))


def _lock_chain(session: Session, chain_id: int) -> None:
    """One writer of a chain's evaluation at a time, so two first saves never both insert:
    the chain's row locked on PostgreSQL, the file's write lock on SQLite."""
    if is_postgresql(session):
        session.execute(select(Chain.id).where(Chain.id == chain_id).with_for_update())
    else:
        lock_for_writing(session)


def _checked(answers: EvaluationAnswers) -> EvaluationAnswers:
    """The answers trimmed; refused (Dutch, keyed) when a text is too long or holds a
    character that cannot be printed."""
    clean = answers.cleaned()
    for name, shown in TEXT_FIELDS.items():
        value = getattr(clean, name)
        problem = character_problem(value, lines=True)
        if problem is not None:
            raise InvalidInputError(
                f"De evaluatie, {shown}: {problem}",
                key="character-problem",
                field=f"evaluation-{name}",
                char=problem_character(value, lines=True),
            )
        if len(value) > TEXT_MAX:
            raise InvalidInputError(
                f"De evaluatie, {shown}: hoogstens {TEXT_MAX} tekens (nu {len(value)}). "
                "Houd het kort; er is niets opgeslagen.",
                key="evaluation-too-long",
                field=f"evaluation-{name}",
                max=TEXT_MAX,
                length=len(value),
            )
    return clean


# --- the printed forms -----------------------------------------------------------------------


def evaluation_document(session: Session, chain_id: int) -> EvaluationDocument:
    """What the two evaluation forms of chain ``chain_id`` print (``printing/evaluation.py``):
    the chain's facts, the contact (the one kept with the evaluation, else the company's
    now) and the answers entered so far. NotFoundError (Dutch) when the chain is gone."""
    chain = _chain(session, chain_id)
    school_class = chain.school_class
    company = chain.company
    evaluation = chain_evaluation(session, chain_id)
    if evaluation is not None and evaluation.contact_name:
        contact = evaluation.contact_name
    else:
        contact = _contact_now(session, chain.company_id)[0]
    school = session.scalars(select(School.name).order_by(School.id).limit(1)).first()
    return EvaluationDocument(
        chain_id=chain.id,
        school=school or "",
        school_year=school_class.school_year.label,
        class_name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        activity_title=chain.activity.title,
        date=chain.date,
        pupils=len(school_class.pupils),
        company=company.name if company is not None else None,
        company_place=company.place if company is not None else "",
        contact_name=contact,
        answers=evaluation.answers if evaluation is not None else None,
    )
