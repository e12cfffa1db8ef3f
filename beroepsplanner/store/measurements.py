"""The before-and-after totals of a chain, stored (``chain_measurements``; the rules in
``domain/measurement.py``, issue 18 item 1).

``set_chain_measurement`` stores what the teacher counted, refusing in Dutch (keyed) a
count below zero or a moment's total larger than the class's pupils, and returns what was
stored before for the undo. Like each pupil's record, the totals are evaluation, written
after the activity: a locked (past) school year allows them (``year_lock.py``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.measurement import (
    ANSWERS,
    MOMENTS,
    ChainMeasurement,
    MeasurementProblem,
    Tally,
    measurement_problem,
)
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.models import Chain, Pupil, SchoolClass, SchoolYearRow
from beroepsplanner.store.models import ChainMeasurement as MeasurementRow

COUNTS = (*(a.value for a in ANSWERS), "want")
"""The counts of one moment, as the columns name them after the moment (``before_woman``)."""

_MOMENT_WORDS = {"before": "vóór de activiteit", "after": "na de activiteit"}


def measurement_of(row: MeasurementRow | None, chain_id: int) -> ChainMeasurement:
    """The stored row as plain data (nothing counted when there is no row)."""
    if row is None:
        return ChainMeasurement(chain_id)
    tallies = {
        moment: Tally(**{count: getattr(row, f"{moment}_{count}") for count in COUNTS})
        for moment in MOMENTS
    }
    return ChainMeasurement(chain_id, tallies["before"], tallies["after"])


def chain_measurement(session: Session, chain_id: int) -> ChainMeasurement:
    """What was counted for ``chain_id`` (all None when nothing)."""
    return measurement_of(session.get(MeasurementRow, chain_id), chain_id)


def measurement_sheet(session: Session, chain_id: int) -> tuple[ChainMeasurement, int]:
    """What the chain builder's tab shows: the chain's totals and its class's pupils."""
    chain = session.get(Chain, chain_id)
    if chain is None:
        raise NotFoundError(
            "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
        )
    return chain_measurement(session, chain_id), class_size(session, chain.class_id)


def class_size(session: Session, class_id: int) -> int:
    """The pupils of a class: what a moment's total is checked against."""
    return session.scalar(select(func.count(Pupil.id)).where(Pupil.class_id == class_id)) or 0


def set_chain_measurement(session: Session, measurement: ChainMeasurement) -> ChainMeasurement:
    """Store ``measurement``; returns what was stored before (for the undo). A refusal is a
    Dutch, keyed ``InvalidInputError`` and writes nothing; all counts None removes the row."""
    chain = session.get(Chain, measurement.chain_id)
    if chain is None:
        raise NotFoundError(
            "Deze keten bestaat niet meer; misschien is ze net verwijderd.", key="chain-gone"
        )
    pupils = class_size(session, chain.class_id)
    problem = measurement_problem(measurement, pupils)
    if problem is not None:
        raise _refusal(problem, chain.school_class.name)
    row = session.get(MeasurementRow, measurement.chain_id)
    previous = measurement_of(row, measurement.chain_id)
    if measurement.is_empty:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = MeasurementRow(chain_id=measurement.chain_id)
            session.add(row)
        for moment in MOMENTS:
            tally = measurement.tally(moment)
            for count in COUNTS:
                setattr(row, f"{moment}_{count}", getattr(tally, count))
    session.flush()
    return previous


def _refusal(problem: MeasurementProblem, class_name: str) -> InvalidInputError:
    moment = _MOMENT_WORDS[problem.moment]
    if problem.kind == "negative":
        return InvalidInputError(
            f"Een aantal kan niet kleiner zijn dan 0 ({problem.total}). Vul het aantal "
            "leerlingen in, of laat het vak leeg. Er is niets veranderd.",
            key="measurement-negative",
            total=problem.total,
        )
    if problem.kind == "no-pupils":
        return InvalidInputError(
            f"{class_name} heeft nog geen leerlingen in het programma, dus de aantallen "
            "kunnen niet worden nagekeken. Voeg eerst de leerlingen toe (alleen voornamen). "
            "Er is niets veranderd.",
            key="measurement-no-pupils",
            class_name=class_name,
        )
    return InvalidInputError(
        f"De aantallen {moment} tellen op tot {problem.total}, maar {class_name} heeft "
        f"{problem.pupils} leerlingen. Tel nog eens na: elke leerling telt één keer. Er is "
        "niets veranderd.",
        key=(
            "measurement-more-than-class-before"
            if problem.moment == "before"
            else "measurement-more-than-class-after"
        ),
        total=problem.total,
        pupils=problem.pupils,
        class_name=class_name,
    )


def year_measurements(session: Session, school_year_label: str) -> list[tuple[int, ChainMeasurement]]:
    """Every chain of ``school_year_label`` with counted totals: (groep, measurement), in
    the order of the classes and dates (for the Overzicht and the report)."""
    rows = session.execute(
        select(SchoolClass.grade, MeasurementRow)
        .join(Chain, Chain.id == MeasurementRow.chain_id)
        .join(SchoolClass, SchoolClass.id == Chain.class_id)
        .join(SchoolYearRow, SchoolYearRow.id == SchoolClass.school_year_id)
        .where(SchoolYearRow.label == school_year_label)
        .order_by(SchoolClass.grade, SchoolClass.name, Chain.date, Chain.id)
    )
    return [(grade, measurement_of(row, row.chain_id)) for grade, row in rows]


def all_measurements(session: Session) -> dict[int, ChainMeasurement]:
    """Every chain's counted totals, by chain id (for the report over all years)."""
    return {row.chain_id: measurement_of(row, row.chain_id) for row in session.scalars(select(MeasurementRow))}


def put_back_measurements(session: Session, measurements: Iterable[ChainMeasurement]) -> None:
    """Store measurements again without the checks (the undo of a deleted chain brings its
    totals back as they were)."""
    for measurement in measurements:
        if session.get(Chain, measurement.chain_id) is None or measurement.is_empty:
            continue
        row = session.get(MeasurementRow, measurement.chain_id) or MeasurementRow(
            chain_id=measurement.chain_id
        )
        session.add(row)
        for moment in MOMENTS:
            for count in COUNTS:
                setattr(row, f"{moment}_{count}", getattr(measurement.tally(moment), count))
    session.flush()
