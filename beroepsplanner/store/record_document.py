"""Gather the printed record of a class's pupils (``beroepsplanner print record``): per pupil,
over every school year the pupil has been at the school, the chains the pupil took part in
with what the teacher entered (``domain/pupil_record.py``).

A pupil's years are its rows linked back by ``year new`` (``chain_pupils.pupil_history``),
in whatever class each year (a split or merged class included). A chain counts when it
was carried out, or is planned and its date has passed (``took_part_counts``); a chain the
pupil was absent from is listed apart, never as taken part. What the paper says of a chain
is true of that visit, by the one rule of what pupils meet (``domain.chain.meeting_of``, as
the rules and the line of a cohort count it): the company's own professions (without a
company, the activity's), the role models' professions, and the worlds and sectors of
those and of the company. A series of chains (a visit and its deliberate follow-ups,
``domain/series.py``) is one experience: one entry with its parts (``one_experience``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload, selectinload

from beroepsplanner.domain.chain import ActivityRef, CompanyRef, RoleModelRef, meeting_of
from beroepsplanner.domain.documents import pupil_title_of
from beroepsplanner.domain.pupil_record import (
    ChainPupilEntry,
    PupilRecordSheet,
    RecordChain,
    RecordDocument,
    RecordYear,
    one_experience,
    took_part_counts,
)
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.series import series_heads
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.chain_pupils import entry_of, pupil_history
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.models import (
    Activity,
    Chain,
    ChainPupil,
    Company,
    Pupil,
    RoleModel,
)
from beroepsplanner.store.plans import the_school
from beroepsplanner.store.worlds import Worlds, world_table


def record_document(
    session: Session,
    class_name: str,
    *,
    school_year: str | None = None,
    today: dt.date | None = None,
) -> RecordDocument:
    """The record of every pupil of class ``class_name`` in ``school_year`` (a label; default
    the newest year with that class), as it stands on ``today`` (default: today's date).

    NotFoundError (Dutch) for a class the year does not have; InvalidInputError when the
    class has no pupils."""
    day = today or dt.date.today()
    school_class = find_class(session, class_name, school_year=school_year)
    pupils = sorted(school_class.pupils, key=lambda p: (name_key(p.display_name), p.id))
    if not pupils:
        raise InvalidInputError(
            f"{school_class.name} heeft geen leerlingen; er is geen overzicht te printen. "
            "Voeg eerst leerlingen toe (Klassen).",
            key="record-no-pupils",
            class_name=school_class.name,
        )
    histories = [pupil_history(session, pupil) for pupil in pupils]
    rows = [row for history in histories for row in history]
    chains = _chains_of({row.class_id for row in rows})
    entries = {
        (e.chain_id, e.pupil_id): e
        for e in map(
            entry_of,
            session.scalars(
                select(ChainPupil).where(ChainPupil.pupil_id.in_([row.id for row in rows]))
            ),
        )
    }
    by_class: dict[int, list[Chain]] = {}
    for chain in session.scalars(chains).unique():
        by_class.setdefault(chain.class_id, []).append(chain)
    school = the_school(session)
    worlds = world_table(session)
    return RecordDocument(
        school=school.name if school is not None else "",
        school_year=school_class.school_year.label,
        class_name=school_class.name,
        grade=school_class.grade,
        printed_on=day,
        pupils=tuple(
            PupilRecordSheet(
                display_name=history[-1].display_name,
                years=tuple(
                    _year(row, by_class.get(row.class_id, []), entries, day, worlds)
                    for row in history
                ),
            )
            for history in histories
        ),
    )


def _chains_of(class_ids: Iterable[int]) -> Select[Chain]:
    """The chains of these classes with everything the record prints, loaded at once."""
    return (
        select(Chain)
        .where(Chain.class_id.in_(list(class_ids)))
        .order_by(Chain.date, Chain.id)
        .options(
            joinedload(Chain.activity).selectinload(Activity.professions),
            joinedload(Chain.company).selectinload(Company.professions),
            joinedload(Chain.company).selectinload(Company.worlds),
            selectinload(Chain.role_models).joinedload(RoleModel.profession),
        )
    )


def _year(
    row: Pupil,
    chains: list[Chain],
    entries: dict[tuple[int, int], ChainPupilEntry],
    today: dt.date,
    worlds: Worlds,
) -> RecordYear:
    school_class = row.school_class
    heads = series_heads({chain.id: chain.follows_chain_id for chain in chains})
    # By series, in the order of each series' first chain the pupil took part in.
    taken_by_series: dict[int, list[RecordChain]] = {}
    absent: list[tuple[str, dt.date]] = []
    for chain in chains:
        if not took_part_counts(chain.status, chain.date, today):
            continue
        entry = entries.get((chain.id, row.id))
        title = pupil_title_of(chain.activity.pupil_title or "", chain.activity.title)
        if entry is not None and entry.absent:
            absent.append((title, chain.date))
            continue
        series = taken_by_series.setdefault(heads.get(chain.id, chain.id), [])
        series.append(_record_chain(chain, title, entry, worlds))
    return RecordYear(
        school_year=school_class.school_year.label,
        class_name=school_class.name,
        grade=school_class.grade,
        chains=tuple(one_experience(series) for series in taken_by_series.values()),
        absent=tuple(absent),
    )


def _record_chain(
    chain: Chain, title: str, entry: ChainPupilEntry | None, worlds: Worlds
) -> RecordChain:
    activity, company = chain.activity, chain.company
    company_ref = None
    if company is not None:
        company_ref = CompanyRef(
            name=company.name,
            worlds=tuple(w.name for w in company.worlds if w.id in worlds.technology),
            sectors=tuple(w.name for w in company.worlds if w.id not in worlds.technology),
            professions=tuple(worlds.profession(p.name, p.world_id) for p in company.professions),
        )
    roles = [
        RoleModelRef(
            role.name,
            profession=worlds.profession(role.profession.name, role.profession.world_id)
            if role.profession is not None
            else None,
            id=role.id,
        )
        for role in chain.role_models
    ]
    activity_ref = ActivityRef(
        key=activity.key,
        title=activity.title,
        kind=activity.kind,
        professions=tuple(worlds.profession(p.name, p.world_id) for p in activity.professions),
    )
    # The one rule of what pupils meet (the company's own professions, else the activity's,
    # and the role models'), as the rules and the line of the cohort count it.
    met = meeting_of(activity_ref, company_ref, roles)
    shown = company_ref.professions if company_ref is not None else activity_ref.professions
    order = [p.name for p in shown] + [r.profession.name for r in roles if r.profession is not None]
    people = []
    for role in chain.role_models:
        job = role.profession.name if role.profession else role.profession_text.strip()
        people.append(f"{role.name} ({job})" if job else role.name)
    technology = [name for name in worlds.technology.values() if name in met.worlds]
    company_text = ""
    if company is not None:
        company_text = f"{company.name}, {company.place}" if company.place else company.name
    return RecordChain(
        title=title,
        date=chain.date,
        end_date=chain.activity_end_date,
        kind=activity.kind.label,
        company=company_text,
        professions=_unique(name for name in order if name in met.professions),
        worlds=(*technology, *sorted(met.sectors, key=name_key)),
        role_models=_unique(people),
        talents=entry.talents if entry is not None else (),
        wants_more=entry is not None and entry.wants_more,
        own_words=entry.own_words if entry is not None else "",
    )


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept = []
    for name in names:
        if name and name_key(name) not in seen:
            seen.add(name_key(name))
            kept.append(name)
    return tuple(kept)
