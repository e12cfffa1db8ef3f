"""Last year's chains as concepts of the new school year (``store/years.start_next_year``).

Each class of the new year gets the chains of the class of last year its ``ClassMove``
names (``chains_from``: the class that had its groep), in the same school week counted
from the start of the school year, on a school day of the new year, the lessons placed
again by the proposal; notes and observation come along as "Van vorig jaar" text; the
company must confirm again (a confirmation is per school year). A chain that no longer
fits is left out and named (a ``Problem`` with the key ``next-year-chain-left-out``).
A series stays a series: a copy follows the copy of the chain its original followed (when
that one came back too); the tasks come along. An activity of several days starts on the
same weekday of the same school week (the next school day of that week when that weekday
has no school) and keeps its length in school days (``activity_days.moved_end``, with
last year's calendar); when its days no longer fit as one stretch it is left out and
named; its lessons are placed around it by the proposal.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from beroepsplanner.domain.activity_days import moved_end
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.next_year import ClassMove, NextYearPlan
from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.proposal import propose_chain
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.years import same_week_in, school_week
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Chain, ChainLesson, SchoolClass

FROM_LAST_YEAR = "Van vorig jaar"


def copy_chains(
    session: Session,
    plan: NextYearPlan,
    new_classes: list[tuple[ClassMove, SchoolClass]],
    old_classes: dict[int, SchoolClass],
    calendars: tuple[SchoolCalendar, SchoolCalendar],
    old_year: SchoolYear,
    left_out: list[str],
) -> list[int]:
    """Copy last year's chains of each groep to the class that has the groep now; returns
    how many came back for each new class. ``calendars``: last year's and the new year's."""
    old_calendar, calendar = calendars
    school_year = SchoolYear.parse(plan.label)
    counts: list[int] = []
    copies: list[tuple[Chain, Chain]] = []
    for move, school_class in new_classes:
        copied = 0
        source = old_classes.get(move.chains_from) if move.chains_from is not None else None
        if source is None:
            counts.append(0)
            continue
        busy: set[dt.date] = set()
        for chain in sorted(source.chains, key=lambda c: c.date):
            week = same_week_in(school_year, school_week(old_year, chain.date))
            copy = _copy_chain(chain, school_class, (old_calendar, calendar), week, busy)
            if copy is None:
                left_out.append(
                    Problem(
                        f"{chain.activity.title} ({source.name}, {chain.date:%d-%m-%Y}) past niet "
                        f"meer in {plan.label} voor {school_class.name}; plan die keten opnieuw.",
                        "",
                        "next-year-chain-left-out",
                        activity=chain.activity.title,
                        old_class=source.name,
                        date=f"{chain.date:%d-%m-%Y}",
                        year=plan.label,
                        new_class=school_class.name,
                    )
                )
                continue
            session.add(copy)
            busy.update(_days_of(copy))
            copies.append((chain, copy))
            copied += 1
        counts.append(copied)
    _link_copies(session, copies)
    return counts


def _days_of(chain: Chain) -> set[dt.date]:
    """The days a chain takes: its lessons and every day of its activity."""
    last = chain.activity_end_date or chain.date
    days = {chain.date + dt.timedelta(days=n) for n in range((last - chain.date).days + 1)}
    return days | {lesson.date for lesson in chain.lessons}


def _link_copies(session: Session, copies: list[tuple[Chain, Chain]]) -> None:
    """Each copy follows the copy of the chain its original followed (a series stays one)."""
    by_original = {original.id: copy for original, copy in copies}
    linked = [
        (copy, by_original.get(original.follows_chain_id) if original.follows_chain_id else None)
        for original, copy in copies
    ]
    if any(before is not None for _copy, before in linked):
        session.flush()  # the copies' ids
        for copy, before in linked:
            if before is not None and before.school_class is copy.school_class and before.date < copy.date:
                copy.follows_chain_id = before.id


def _same_weekday(calendar: SchoolCalendar, week: dt.date, day: dt.date) -> dt.date | None:
    """The weekday of ``day`` in the week of Monday ``week``, or the next school day of that
    week when it has no school (None: none left that week)."""
    for offset in range(day.weekday(), 5):
        candidate = week + dt.timedelta(days=offset)
        if calendar.is_school_day(candidate):
            return candidate
    return None


def _copy_chain(
    chain: Chain,
    school_class: SchoolClass,
    calendars: tuple[SchoolCalendar, SchoolCalendar],
    week: dt.date,
    busy: set[dt.date],
) -> Chain | None:
    """Last year's ``chain`` as a concept of ``school_class`` in ``week``, or None when the
    new year has no room for it there."""
    old_calendar, calendar = calendars
    preparations = [x for x in chain.lessons if x.kind == LessonKind.PREPARATION]
    reflections = [x for x in chain.lessons if x.kind == LessonKind.REFLECTION]
    before, after = max(1, min(2, len(preparations))), max(1, min(2, len(reflections)))
    end = None
    try:
        if chain.activity_end_date is None:
            proposal = propose_chain(
                calendar, preparation_lessons=before, reflection_lessons=after, week=week, busy=busy
            )
        else:
            # Several days: the same weekday, as many school days, lessons around them.
            start = _same_weekday(calendar, week, chain.date)
            if start is None:
                return None
            end = moved_end(
                calendar, chain.date, chain.activity_end_date, start, old_calendar=old_calendar
            )
            proposal = propose_chain(
                calendar,
                preparation_lessons=before,
                reflection_lessons=after,
                date=start,
                end=end,
                busy=busy,
            )
    except (InvalidInputError, ValueError):
        return None
    notes = [
        text
        for text in (
            f"{FROM_LAST_YEAR}: {chain.notes.strip()}" if chain.notes.strip() else "",
            f"{FROM_LAST_YEAR} (observatie): {chain.observation.strip()}"
            if chain.observation.strip()
            else "",
        )
        if text
    ]
    copy = Chain(
        school_class=school_class,
        activity=chain.activity,
        company=chain.company,
        origin_chain_id=chain.id,
        date=proposal.date,
        activity_end_date=end,
        status=ChainStatus.CONCEPT,
        project=chain.project,
        core_objectives=list(chain.core_objectives or []),
        transport_arranged=False,
        transport_mode=chain.transport_mode,
        departure_time=chain.departure_time,
        return_time=chain.return_time,
        companions=chain.companions,
        letter_variant=chain.letter_variant,
        notes="\n".join(notes),
        observation="",
        # The brief's times, goal and day programme are the company's and stay a good
        # start; the research question and the pupils' questions are the new class's own.
        visit_start=chain.visit_start,
        visit_end=chain.visit_end,
        visit_goal=chain.visit_goal,
        day_programme=chain.day_programme,
    )
    copy.role_models = list(chain.role_models)
    copy.tasks = list(chain.tasks)
    for kind, old_lessons, dates in (
        (LessonKind.PREPARATION, preparations, proposal.preparation),
        (LessonKind.REFLECTION, reflections, proposal.reflection),
    ):
        ordered = sorted(old_lessons, key=lambda x: (x.date, x.position))
        for position, day in enumerate(dates):
            old_lesson = ordered[position] if position < len(ordered) else None
            copy.lessons.append(
                ChainLesson(
                    kind=kind,
                    position=position,
                    date=day,
                    title=old_lesson.title if old_lesson else "",
                    template_id=old_lesson.template_id if old_lesson else None,
                )
            )
    return copy
