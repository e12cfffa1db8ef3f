"""The school's plan over its school years as a ``SchoolPlan``: ``plan export`` (version 2).

``school_plan`` reads every school year (or one, ``school_year``) with its calendar,
classes, pupils and chains, and what links them: each pupil gets a key in the file ("p1",
in the file's order) and its ``previous`` the key of the same child the year before; a
chain's ``follows`` and ``origin`` are uids of other chains. A link to a pupil or chain
that is not in the file (an export of one year or one class) is left out. The record,
evaluations, measurements, cancelled chains, the confirmations of the exported years and
the goal and rule settings come along. ``store/transfer/plan_columns.py`` lists which
column goes where. The file's order is fixed (years by label, then as version 1), so
exporting, importing into an empty database and exporting again gives the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.rule_settings import RuleSettings
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.errors import NotFoundError
from beroepsplanner.io.plan_document import (
    MEASUREMENT_FIELDS,
    PlanCancelledChain,
    PlanChain,
    PlanClass,
    PlanEvaluation,
    PlanHolidayMove,
    PlanMeasurement,
    PlanProgrammeItem,
    PlanPupil,
    PlanRecordEntry,
    PlanSettings,
    PlanStudyDay,
    PlanYear,
    SchoolPlan,
)
from beroepsplanner.io.plan_export import Plan
from beroepsplanner.io.plan_export2 import school_plan_json
from beroepsplanner.io.plan_settings import MAX_THRESHOLD
from beroepsplanner.store.brief_fields import programme_of
from beroepsplanner.store.chain_plans import SETTING_PREFIX as RULES_PREFIX
from beroepsplanner.store.goals import SETTING_PREFIX as GOALS_PREFIX
from beroepsplanner.store.models import (
    CancelledChain,
    Chain,
    ChainEvaluationRow,
    ChainMeasurement,
    ChainPupil,
    Company,
    SchoolClass,
    SchoolYearRow,
    Setting,
)
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.transfer.plan_export import (
    chain_order,
    company_loading,
    pick_year,
    plan_chain,
    plan_company,
    plan_school,
    year_classes,
)


def export_school_plan(
    session: Session, *, class_name: str | None = None, school_year: str | None = None
) -> Plan:
    """The school's plan as a version 2 plan-file dictionary (``school_plan_json``)."""
    return school_plan_json(school_plan(session, class_name=class_name, school_year=school_year))


def school_plan(
    session: Session, *, class_name: str | None = None, school_year: str | None = None
) -> SchoolPlan:
    """Every school year of the school (``school_year``: only that one) as plain records;
    with ``class_name`` only the classes of that name, their chains and their companies.
    Raises NotFoundError (Dutch) for a missing school, year or class."""
    school = the_school(session)
    if school is None or not school.school_years:
        raise NotFoundError(
            "Deze database bevat nog geen school met een schooljaar; er is niets te exporteren.",
            key="plan-export-no-year",
        )
    if school_year is not None:
        rows = [pick_year(school.school_years, school_year)]
    else:
        rows = sorted(school.school_years, key=lambda y: y.label)
    classes = {year.id: year_classes(session, year, links=True) for year in rows}
    if class_name is not None:
        classes = {y: [c for c in found if c.name == class_name] for y, found in classes.items()}
        if not any(classes.values()):
            names = sorted({c.name for year in rows for c in year.classes})
            where = rows[0].label if len(rows) == 1 else "de database"
            raise NotFoundError(
                f"De klas '{class_name}' bestaat niet in schooljaar {where}. "
                f"Klassen: {', '.join(names) or 'geen'}.",
                key="plan-export-no-class",
                class_name=class_name,
                year=where,
                known=tuple(names),
            )
    chains = {
        y: sorted((ch for c in found for ch in c.chains), key=chain_order)
        for y, found in classes.items()
    }
    every_chain = [ch for found in chains.values() for ch in found]
    keys = _pupil_keys(c for found in classes.values() for c in found)
    uids = {ch.id: ch.uid for ch in every_chain}
    extras = _chain_extras(session, [ch.id for ch in every_chain])
    labels = {year.label for year in rows}
    if class_name is None:
        companies = list(session.scalars(select(Company).options(*company_loading())))
    else:
        companies = list({c.id: c for c in (ch.company for ch in every_chain) if c}.values())
    companies.sort(key=lambda c: (c.name, c.place, c.id))
    everything = school_year is None
    exported = {c.id for found in classes.values() for c in found}
    years = tuple(
        _year(
            session, year, classes[year.id], chains[year.id], keys, uids, extras, class_name,
            exported,
        )
        for year in rows
    )
    return SchoolPlan(
        school=plan_school(school, contact=True),
        years=years,
        companies=tuple(
            replace(
                plan_company(c, rows[-1].label),
                confirmed=False,
                confirmed_years=tuple(
                    sorted(
                        f.school_year for f in c.confirmations if everything or f.school_year in labels
                    )
                ),
            )
            for c in companies
        ),
        settings=_settings(session, school.uid),
    )


def _pupil_keys(classes: Any) -> dict[int, str]:
    """Every pupil of the file → its key, "p1", "p2", … in the file's order."""
    keys: dict[int, str] = {}
    for school_class in classes:
        for pupil in school_class.pupils:
            keys[pupil.id] = f"p{len(keys) + 1}"
    return keys


class _Extras:
    """The rows that hang under the chains of the file, read in a few queries."""

    def __init__(self) -> None:
        self.record: dict[int, list[ChainPupil]] = defaultdict(list)
        self.evaluations: dict[int, ChainEvaluationRow] = {}
        self.measurements: dict[int, ChainMeasurement] = {}


def _chain_extras(session: Session, chain_ids: list[int]) -> _Extras:
    extras = _Extras()
    for start in range(0, len(chain_ids), 500):
        part = chain_ids[start : start + 500]
        for row in session.scalars(select(ChainPupil).where(ChainPupil.chain_id.in_(part))):
            extras.record[row.chain_id].append(row)
        for evaluation in session.scalars(
            select(ChainEvaluationRow).where(ChainEvaluationRow.chain_id.in_(part))
        ):
            extras.evaluations[evaluation.chain_id] = evaluation
        for measurement in session.scalars(
            select(ChainMeasurement).where(ChainMeasurement.chain_id.in_(part))
        ):
            extras.measurements[measurement.chain_id] = measurement
    return extras


def _year(
    session: Session,
    year: SchoolYearRow,
    classes: list[SchoolClass],
    chains: list[Chain],
    keys: dict[int, str],
    uids: dict[int, str],
    extras: _Extras,
    class_name: str | None,
    exported: set[int],
) -> PlanYear:
    cancelled = session.scalars(
        select(CancelledChain)
        .where(CancelledChain.school_year_id == year.id)
        .order_by(CancelledChain.date, CancelledChain.uid, CancelledChain.id)
    )
    return PlanYear(
        school_year=SchoolYear.parse(year.label),
        study_days=tuple(
            PlanStudyDay(d.date, d.description) for d in sorted(year.study_days, key=lambda d: d.date)
        ),
        holiday_moves=tuple(
            PlanHolidayMove(m.holiday, m.start)
            for m in sorted(year.holiday_moves, key=lambda m: (m.start, m.holiday))
        ),
        classes=tuple(_class(c, keys, exported) for c in classes),
        chains=tuple(_chain(c, keys, uids, extras) for c in chains),
        cancelled=tuple(
            PlanCancelledChain(
                uid=c.uid,
                class_name=c.class_name,
                title=c.title,
                date=c.date,
                preparations=c.preparations,
                reflections=c.reflections,
                sequence=c.sequence,
                cancelled_at=c.cancelled_at.replace(microsecond=0),
            )
            for c in cancelled
            if class_name is None or c.class_name == class_name
        ),
    )


def _class(school_class: SchoolClass, keys: dict[int, str], exported: set[int]) -> PlanClass:
    members = tuple(
        PlanPupil(
            key=keys[p.id],
            name=p.display_name,
            previous=keys.get(p.previous_id) if p.previous_id is not None else None,
        )
        for p in school_class.pupils
    )
    return PlanClass(
        name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        pupils=tuple(m.name for m in members),
        members=members,
        # Only the classes of the year before that are in the file too.
        previous_classes=tuple(c.name for c in school_class.previous_classes if c.id in exported),
    )


def _chain(chain: Chain, keys: dict[int, str], uids: dict[int, str], extras: _Extras) -> PlanChain:
    evaluation = extras.evaluations.get(chain.id)
    measurement = extras.measurements.get(chain.id)
    record = sorted(
        (row for row in extras.record.get(chain.id, ()) if row.pupil_id in keys),
        key=lambda row: int(keys[row.pupil_id][1:]),
    )
    programme = programme_of(chain.day_programme) if chain.day_programme is not None else None
    return replace(
        plan_chain(chain),
        follows=uids.get(chain.follows_chain_id) if chain.follows_chain_id is not None else None,
        origin=uids.get(chain.origin_chain_id) if chain.origin_chain_id is not None else None,
        activity_end_date=chain.activity_end_date,
        tasks=tuple(sorted(t.key for t in chain.tasks)),
        letter_variant=chain.letter_variant,
        visit_start=chain.visit_start,
        visit_end=chain.visit_end,
        visit_goal=chain.visit_goal,
        research_question=chain.research_question,
        pupil_questions=chain.pupil_questions,
        day_programme=(
            None
            if programme is None
            else tuple(PlanProgrammeItem(i.time, i.what) for i in programme)
        ),
        record=tuple(
            PlanRecordEntry(
                pupil=keys[row.pupil_id],
                absent=row.absent,
                talents=tuple(row.talents or ()),
                wants_more=row.wants_more,
                own_words=row.own_words,
            )
            for row in record
        ),
        evaluation=None if evaluation is None else _evaluation(evaluation),
        measurement=(
            None
            if measurement is None
            else PlanMeasurement(tuple(getattr(measurement, name) for name in MEASUREMENT_FIELDS))
        ),
    )


def _evaluation(row: ChainEvaluationRow) -> PlanEvaluation:
    return PlanEvaluation(
        evaluated_on=row.evaluated_on,
        went_well=row.went_well,
        pupils_asked=row.pupils_asked,
        people_met=row.people_met,
        preparation_helped=row.preparation_helped,
        reflection_attitudes=row.reflection_attitudes,
        again=row.again,
        company_went_well=row.company_went_well,
        company_pupils_asked=row.company_pupils_asked,
        company_again=row.company_again,
        company_remarks=row.company_remarks,
        contact_name=row.contact_name,
        contact_role=row.contact_role,
    )


def _settings(session: Session, school_uid: str) -> PlanSettings:
    goals = session.get(Setting, GOALS_PREFIX + school_uid)
    rules = session.execute(select(Setting.key, Setting.value).where(Setting.key.like(RULES_PREFIX + "%")))
    return PlanSettings(
        goals=dict(goals.value) if goals is not None and isinstance(goals.value, dict) else None,
        rules=tuple(
            sorted(
                (key.removeprefix(RULES_PREFIX), value)
                for key, value in rules
                if key.removeprefix(RULES_PREFIX) in RuleSettings.keys()
                and isinstance(value, int)
                and not isinstance(value, bool)
                and 1 <= value <= MAX_THRESHOLD
            )
        ),
    )
