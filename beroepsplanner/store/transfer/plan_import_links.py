"""The second half of a plan import: the links and the rows that hang under the chains.

``plan_import`` writes the years, classes, pupils, companies and chains and flushes them;
then ``write_links`` (same transaction) sets what needs their ids: a pupil's ``previous``
(the same child the year before), a class's origins, a chain's ``follows`` and ``origin``,
the pupil record (``chain_pupils``), evaluations, measurements, cancelled chains, and the
goal and rule settings — these only where the database has none of its own, so an import
never overwrites a school's settings. Every link was checked when the file was read
(``io/plan_links.py``); a version 1 plan has none of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.io.plan_document import (
    MEASUREMENT_FIELDS,
    PlanChain,
    PlanClass,
    PlanPupil,
    PlanYear,
    SchoolPlan,
)
from beroepsplanner.store.chain_plans import SETTING_PREFIX as RULES_PREFIX
from beroepsplanner.store.goals import SETTING_PREFIX as GOALS_PREFIX
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    ChainEvaluationRow,
    ChainMeasurement,
    ChainPupil,
    Pupil,
    School,
    SchoolClass,
    SchoolYearRow,
    Setting,
)


@dataclass
class Written:
    """What the first half wrote, by the file's keys."""

    years: list[SchoolYearRow] = field(default_factory=list)
    # Per year of the file: class name → class (the file's and the database's).
    classes: list[dict[str, SchoolClass]] = field(default_factory=list)
    pupils: dict[str, tuple[PlanPupil, Pupil]] = field(default_factory=dict)
    chains: list[tuple[PlanChain, Chain]] = field(default_factory=list)
    origins: list[tuple[PlanYear, PlanClass, SchoolClass]] = field(default_factory=list)
    replaced: int = 0


def write_links(session: Session, plan: SchoolPlan, school: School, written: Written) -> None:
    """Write the links and the chains' rows; the rows of ``written`` have their ids."""
    by_label = {
        year.label: classes for year, classes in zip(written.years, written.classes, strict=True)
    }
    for plan_year, plan_class, school_class in written.origins:
        if plan_class.previous_classes:
            first = plan_year.school_year.first_year
            before = by_label.get(f"{first - 1}-{first}", {})
            school_class.previous_classes = [before[name] for name in plan_class.previous_classes]
    for member, pupil in written.pupils.values():
        if member.previous is not None:
            pupil.previous_id = written.pupils[member.previous][1].id
    by_uid = {plan_chain.uid: chain for plan_chain, chain in written.chains if plan_chain.uid}
    rows: list[object] = []
    for plan_chain, chain in written.chains:
        if plan_chain.follows is not None:
            chain.follows_chain_id = by_uid[plan_chain.follows].id
        if plan_chain.origin is not None:
            chain.origin_chain_id = by_uid[plan_chain.origin].id
        rows.extend(
            ChainPupil(
                chain_id=chain.id,
                pupil_id=written.pupils[entry.pupil][1].id,
                absent=entry.absent,
                talents=list(entry.talents),
                wants_more=entry.wants_more,
                own_words=entry.own_words,
            )
            for entry in plan_chain.record
        )
        evaluation = plan_chain.evaluation
        if evaluation is not None:
            rows.append(
                ChainEvaluationRow(
                    chain_id=chain.id,
                    evaluated_on=evaluation.evaluated_on,
                    went_well=evaluation.went_well,
                    pupils_asked=evaluation.pupils_asked,
                    people_met=evaluation.people_met,
                    preparation_helped=evaluation.preparation_helped,
                    reflection_attitudes=evaluation.reflection_attitudes,
                    again=evaluation.again,
                    company_went_well=evaluation.company_went_well,
                    company_pupils_asked=evaluation.company_pupils_asked,
                    company_again=evaluation.company_again,
                    company_remarks=evaluation.company_remarks,
                    # The contact was the chain's company's (not carried in the file).
                    company_id=chain.company_id,
                    contact_name=evaluation.contact_name,
                    contact_role=evaluation.contact_role,
                )
            )
        if plan_chain.measurement is not None:
            rows.append(
                ChainMeasurement(
                    chain_id=chain.id,
                    **dict(zip(MEASUREMENT_FIELDS, plan_chain.measurement.counts, strict=True)),
                )
            )
    session.add_all(rows)
    for plan_year, year in zip(plan.years, written.years, strict=True):
        _cancelled(session, plan_year, year)
    _settings(session, plan, school)
    session.flush()


def _cancelled(session: Session, plan_year: PlanYear, year: SchoolYearRow) -> None:
    if not plan_year.cancelled:
        return
    known: set[str] = set()
    if year.id is not None:
        known = set(
            session.scalars(select(CancelledChain.uid).where(CancelledChain.school_year_id == year.id))
        )
    for cancelled in plan_year.cancelled:
        if cancelled.uid in known:
            continue
        known.add(cancelled.uid)
        session.add(
            CancelledChain(
                school_year_id=year.id,
                uid=cancelled.uid,
                class_name=cancelled.class_name,
                title=cancelled.title,
                date=cancelled.date,
                preparations=cancelled.preparations,
                reflections=cancelled.reflections,
                sequence=cancelled.sequence,
                cancelled_at=cancelled.cancelled_at,
            )
        )


def _settings(session: Session, plan: SchoolPlan, school: School) -> None:
    """The plan's settings, each only where the database has none (a school's own win)."""
    settings = plan.settings
    if settings.goals is not None and session.get(Setting, GOALS_PREFIX + school.uid) is None:
        session.add(Setting(key=GOALS_PREFIX + school.uid, value=dict(settings.goals)))
    for name, value in settings.rules:
        if session.get(Setting, RULES_PREFIX + name) is None:
            session.add(Setting(key=RULES_PREFIX + name, value=value))
