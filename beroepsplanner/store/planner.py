"""The year planner (jaarplanning): every class's chains on the weeks of a school year.

``year_grid`` reads a whole school year for the grid; ``move_chain`` moves one
chain to another week and ``restore_chain_dates`` undoes that exactly;
``class_row`` and ``chain_bar`` re-read one class or one chain (with the
class's findings) after a move, so the window never reloads the whole year
for one change.

How a move places the dates (the chain keeps its shape):

- the activity goes to the same weekday in the target week, or to the next
  school day when that day is not a school day;
- every lesson moves by the same number of calendar weeks; a reflection lesson
  that lands on a day without pupils goes to the next school day, a
  preparation lesson to the school day *before* it, so preparation stays
  before the activity and reflection after it. A lesson that would land on or
  across the activity's day is put on the school day just before (preparation)
  or after (reflection) the activity.
- an activity of several days keeps its length in school days
  (``activity_days.moved_end``; refused when the days no longer fit: a holiday or study
  day among them, or the end of the year), and its lessons are placed around it as the
  proposal does (``proposal.propose_chain``: preparation before the first day, reflection
  after the last, on days free of the class's other chains where the window allows);
- a chain of a series stays after the chain it follows up and before its follow-up
  (``chain_links.check_move_in_series``); a move that breaks that is refused.

A planned chain that breaks an error rule after the move goes back to concept,
as ``checks.demote_chains_with_errors`` does (here with the plans of
``store/chain_plans.py``, fast enough for a drag); a move of an executed chain
is refused.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from beroepsplanner.domain.activity_days import moved_end
from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.chain import Finding, Severity
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.domain.proposal import PREPARATION_OFFSETS, REFLECTION_OFFSETS, propose_chain
from beroepsplanner.domain.rules import check_year
from beroepsplanner.domain.year_grid import ClassRow, DayOff, GridBar, GridWeek, YearGrid
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.chain_links import check_move_in_series
from beroepsplanner.store.chain_plans import KEY, LoadedChain, Scope, connection, rule_settings
from beroepsplanner.store.history import load_history
from beroepsplanner.store.models import Chain, ChainLesson, SchoolClass
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.year_calendars import YearCalendar, year_calendar, year_id_of
from beroepsplanner.store.year_lock import ensure_year_id_unlocked

WEEK = dt.timedelta(days=7)


@dataclass(frozen=True)
class ChainDates:
    """A chain's dates and status: what ``restore_chain_dates`` puts back."""

    chain_id: int
    date: dt.date
    # (lesson id, date) for every lesson of the chain.
    lessons: tuple[tuple[int, dt.date], ...]
    status: ChainStatus
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days."""


# --- reading -------------------------------------------------------------------------------


def grid_weeks(calendar: SchoolCalendar, study_days: dict[dt.date, str]) -> tuple[GridWeek, ...]:
    """Every week from the first to the last school week, with its days off."""
    if not calendar.school_weeks:
        return ()
    weeks = []
    monday, last = calendar.school_weeks[0], calendar.school_weeks[-1]
    while monday <= last:
        off = []
        for offset in range(5):
            day = monday + dt.timedelta(days=offset)
            reason = calendar.days_off.get(day)
            if reason is None:
                continue
            is_study = reason == "Studiedag" and day in study_days
            if is_study and study_days[day]:
                reason = f"Studiedag: {study_days[day]}"
            off.append(DayOff(day, reason, is_study))
        weeks.append(GridWeek(monday, monday.isocalendar()[1], monday.month, tuple(off)))
        monday += WEEK
    return tuple(weeks)


def _bar(chain: LoadedChain, findings: list[Finding]) -> GridBar:
    plan = chain.plan
    return GridBar(
        chain_id=chain.id,
        class_id=chain.class_id,
        activity_title=plan.activity.title,
        status=plan.status,
        date=plan.date,
        end_date=plan.end_date,
        follows=plan.follows,
        preparation=tuple(x.date for x in plan.lessons_of(LessonKind.PREPARATION)),
        reflection=tuple(x.date for x in plan.lessons_of(LessonKind.REFLECTION)),
        company=chain.company,
        errors=tuple(f.text for f in findings if f.severity is Severity.ERROR),
        warnings=tuple(f.text for f in findings if f.severity is Severity.WARNING),
        rule_findings=tuple(findings),
    )


_CLASSES = {
    scope: select(SchoolClass.id, SchoolClass.name, SchoolClass.grade, SchoolClass.teacher)
    .where(column == KEY)
    .order_by(SchoolClass.grade, in_code_point_order(SchoolClass.name))
    for scope, column in (("class", SchoolClass.id), ("year", SchoolClass.school_year_id))
}


def _rows(
    session: Session, year: YearCalendar, scope: Scope, key: int
) -> tuple[list[ClassRow], list[str]]:
    """Rows of one class or of every class of the year (``scope``, ``key``) with the
    findings of ``check_year`` on them; for a year also the continuous line's findings."""
    classes = connection(session).execute(_CLASSES[scope], {"key": key}).all()
    # The year's classes with the line of each (for a class, the classes its line comes from:
    # enough for the repetition of a company along it).
    history, loaded = load_history(session, line_of=key if scope == "class" else None)
    found = history.year(year.label)
    assert found is not None
    ids = {c.id for c in classes}
    plan = replace(
        found,
        classes=tuple(c for c in found.classes if c.id in ids),
        chains=tuple(c for c in found.chains if c.class_id in ids),
    )
    chains = [chain for chain in loaded if chain.class_id in ids]
    by_chain: dict[int, list[Finding]] = defaultdict(list)
    by_class: dict[str, list[Finding]] = defaultdict(list)
    rest: list[str] = []
    for finding in check_year(plan, year.calendar, rule_settings(session), history=history):
        if finding.chain_id is not None:
            by_chain[finding.chain_id].append(finding)
        elif finding.cohort is not None:
            # The line's findings (a world a class's pupils never meet) look at the whole
            # school: the year's, not a row's (a class alone is re-read after a drag).
            if scope == "year":
                rest.append(finding.message)
        elif finding.class_name is not None:
            by_class[finding.class_name].append(finding)
        else:
            rest.append(finding.message)
    bars: dict[int, list[GridBar]] = defaultdict(list)
    for chain in sorted(chains, key=lambda c: (c.plan.date, c.id)):
        bars[chain.class_id].append(_bar(chain, by_chain[chain.id]))
    rows = [
        ClassRow(
            c.id,
            c.name,
            c.grade,
            c.teacher,
            tuple(bars[c.id]),
            tuple(f.message for f in by_class[c.name]),
            tuple(by_class[c.name]),
        )
        for c in classes
    ]
    return rows, rest


def year_grid(session: Session, school_year_label: str) -> YearGrid:
    """The whole school year for the grid: weeks, classes, chains and every finding."""
    year_id = year_id_of(session, label=school_year_label)
    year = year_calendar(session, year_id) if year_id is not None else None
    if year is None:
        raise NotFoundError(
            f"Er is geen schooljaar {school_year_label}. Maak eerst een klas aan in dit schooljaar.",
            key="no-school-year",
            year=school_year_label,
        )
    rows, rest = _rows(session, year, "year", year.id)
    return YearGrid(
        school_year=year.label,
        region=year.region.label,
        weeks=grid_weeks(year.calendar, year.study_days),
        classes=tuple(rows),
        findings=tuple(rest),
    )


def class_row(session: Session, class_id: int) -> ClassRow:
    """One class's row with its chains and the findings about this class alone
    (the findings of the continuous line across classes are left to ``year_grid``)."""
    year_id = year_id_of(session, class_id=class_id)
    year = year_calendar(session, year_id) if year_id is not None else None
    if year is None:
        raise NotFoundError("Deze klas bestaat niet meer.", key="class-gone")
    return _rows(session, year, "class", class_id)[0][0]


def chain_bar(session: Session, chain_id: int) -> GridBar:
    """One chain's bar, with the findings about it among its class's chains."""
    class_id = connection(session).execute(_CLASS_OF_CHAIN, {"key": chain_id}).scalar()
    if class_id is None:
        raise NotFoundError(_GONE, key="chain-gone")
    return next(bar for bar in class_row(session, class_id).bars if bar.chain_id == chain_id)


# --- moving ---------------------------------------------------------------------------------

_GONE = "Deze keten bestaat niet meer; misschien is hij intussen verwijderd."


def _before(calendar: SchoolCalendar, day: dt.date) -> dt.date | None:
    """``day`` when it is a school day, else the last school day before it (None: none)."""
    days = calendar.school_days()
    index = bisect.bisect_right(days, day) - 1
    return days[index] if index >= 0 else None


def _after(calendar: SchoolCalendar, day: dt.date) -> dt.date | None:
    """``day`` when it is a school day, else the first school day after it (None: none)."""
    try:
        return calendar.next_school_day(day)
    except ValueError:
        return None


def moved_dates(
    calendar: SchoolCalendar,
    dates: ChainDates,
    kinds: dict[int, LessonKind],
    target_monday: dt.date,
    busy: Collection[dt.date] = (),
) -> ChainDates:
    """Where a move to the week of ``target_monday`` puts the chain (the module's rules).

    ``kinds`` gives the kind of every lesson id; ``busy`` the days of the class's other
    chains (the lessons of an activity of several days avoid them). Raises
    InvalidInputError (Dutch) when the activity or a lesson would find no school day in
    the school year, or the days of an activity of several days no longer fit.
    """
    shift = calendar.week_of(target_monday) - calendar.week_of(dates.date)
    activity = _after(calendar, dates.date + shift)
    if activity is None:
        raise InvalidInputError(
            "In die week of daarna heeft dit schooljaar geen schooldag meer voor de activiteit. "
            "Kies een eerdere week.",
            key="no-school-day-left",
        )
    end = moved_end(calendar, dates.date, dates.end_date, activity)
    if end is not None:
        placed = _around(calendar, dates, kinds, activity, end, busy)
        if placed is not None:
            return ChainDates(dates.chain_id, activity, placed, dates.status, end)
    last = end or activity
    lessons = []
    for lesson_id, day in dates.lessons:
        if kinds[lesson_id] is LessonKind.PREPARATION:
            new = _before(calendar, min(day + shift, activity - dt.timedelta(days=1)))
            where, side = "vóór de activiteit", "before"
        else:
            new = _after(calendar, max(day + shift, last + dt.timedelta(days=1)))
            where, side = "na de activiteit", "after"
        if new is None:
            raise InvalidInputError(
                f"Zo past de {kinds[lesson_id].label} niet meer in schooljaar "
                f"{calendar.school_year.label}: er is geen schooldag meer {where}. "
                "Kies een andere week.",
                key="lesson-no-longer-fits",
                lesson=kinds[lesson_id].value,
                year=calendar.school_year.label,
                where=side,
            )
        lessons.append((lesson_id, new))
    return ChainDates(dates.chain_id, activity, tuple(lessons), dates.status, end)


def _around(
    calendar: SchoolCalendar,
    dates: ChainDates,
    kinds: dict[int, LessonKind],
    activity: dt.date,
    end: dt.date,
    busy: Collection[dt.date],
) -> tuple[tuple[int, dt.date], ...] | None:
    """The lessons of an activity of several days on ``activity`` to ``end`` as the proposal
    places them, each kind in its old order; None when the chain has a number of lessons
    the proposal does not make (1 or 2 of each kind): they then move with the week."""
    ordered = {
        kind: [i for i, _ in sorted(dates.lessons, key=lambda x: (x[1], x[0])) if kinds[i] is kind]
        for kind in LessonKind
    }
    preparation, reflection = ordered[LessonKind.PREPARATION], ordered[LessonKind.REFLECTION]
    if len(preparation) not in PREPARATION_OFFSETS or len(reflection) not in REFLECTION_OFFSETS:
        return None
    proposal = propose_chain(
        calendar,
        preparation_lessons=len(preparation),
        reflection_lessons=len(reflection),
        date=activity,
        end=end,
        busy=busy,
    )
    placed = dict(zip(preparation, proposal.preparation)) | dict(zip(reflection, proposal.reflection))
    return tuple((lesson_id, placed[lesson_id]) for lesson_id, _ in dates.lessons)


_CLASS_OF_CHAIN = select(Chain.class_id).where(Chain.id == KEY)
_CHAIN = (
    select(Chain.date, Chain.status, Chain.class_id, SchoolClass.school_year_id, Chain.activity_end_date)
    .join(SchoolClass, Chain.class_id == SchoolClass.id)
    .where(Chain.id == KEY)
)
_OTHER_CHAINS = select(Chain.date, Chain.activity_end_date).where(
    Chain.class_id == bindparam("class_id"), Chain.id != KEY
)
_OTHER_LESSONS = (
    select(ChainLesson.date)
    .join(Chain, Chain.id == ChainLesson.chain_id)
    .where(Chain.class_id == bindparam("class_id"), Chain.id != KEY)
)
_LESSONS = select(ChainLesson.id, ChainLesson.kind, ChainLesson.date).where(ChainLesson.chain_id == KEY).order_by(ChainLesson.id)
# Past the ORM, so the row's version (store/row_versions.py) is raised here: a colleague's
# chain builder that loaded the chain before the move must not save over it.
_NEXT_VERSION = Chain.__table__.c.version + 1
_SET_CHAIN = update(Chain.__table__).where(Chain.__table__.c.id == KEY).values(
    date=bindparam("date"), status=bindparam("status"), activity_end_date=bindparam("end"),
    version=_NEXT_VERSION,
)
# Only after _SET_CHAIN in the same transaction: the move raised the version already.
_SET_STATUS = update(Chain.__table__).where(Chain.__table__.c.id == KEY).values(status=bindparam("status"))
_SET_LESSON = update(ChainLesson.__table__).where(ChainLesson.__table__.c.id == KEY).values(date=bindparam("date"))


def _current(session: Session, chain_id: int) -> tuple[ChainDates, dict[int, LessonKind], int, int]:
    """The chain's dates now, its lessons' kinds, its class and its school year."""
    conn = connection(session)
    found = conn.execute(_CHAIN, {"key": chain_id}).first()
    if found is None:
        raise NotFoundError(_GONE, key="chain-gone")
    date, status, class_id, year_id, end = found
    lessons = conn.execute(_LESSONS, {"key": chain_id}).all()
    dates = ChainDates(chain_id, date, tuple((x.id, x.date) for x in lessons), ChainStatus(status), end)
    return dates, {x.id: x.kind for x in lessons}, class_id, year_id


def _busy(session: Session, class_id: int, chain_id: int) -> set[dt.date]:
    """The days of the class's other chains: every day of their activities and lessons
    (as ``chains.busy_days``, without loading the rows)."""
    conn = connection(session)
    keys = {"key": chain_id, "class_id": class_id}
    days = {day for (day,) in conn.execute(_OTHER_LESSONS, keys)}
    for start, end in conn.execute(_OTHER_CHAINS, keys):
        days.update(start + dt.timedelta(days=n) for n in range(((end or start) - start).days + 1))
    return days


def _write(session: Session, dates: ChainDates) -> None:
    conn = connection(session)
    conn.execute(
        _SET_CHAIN,
        {"key": dates.chain_id, "date": dates.date, "status": dates.status.value, "end": dates.end_date},
    )
    if dates.lessons:
        conn.execute(_SET_LESSON, [{"key": i, "date": d} for i, d in dates.lessons])


def move_chain(session: Session, chain_id: int, target_monday: dt.date) -> ChainDates:
    """Move a chain to the week of ``target_monday``; returns its dates and status before.

    See the module's docstring for where the activity and lessons land. A
    planned chain with an error after the move goes back to concept. An
    executed chain is not moved: it happened on its date.
    """
    return move_chain_in_row(session, chain_id, target_monday)[0]


def move_chain_in_row(
    session: Session, chain_id: int, target_monday: dt.date
) -> tuple[ChainDates, ClassRow]:
    """``move_chain``, and the class's row after it (the one check decides the demotion)."""
    previous, kinds, class_id, year_id = _current(session, chain_id)
    # The statements below skip the ORM's flush, and with it the lock's net.
    ensure_year_id_unlocked(session, year_id)
    if previous.status is ChainStatus.DONE:
        raise InvalidInputError(
            "Deze keten is al uitgevoerd en blijft op zijn datum staan. Is hij niet doorgegaan? "
            "Zet hem dan eerst in de ketenbouwer terug op gepland.",
            key="chain-done-stays",
        )
    year = year_calendar(session, year_id)
    assert year is not None
    busy = _busy(session, class_id, chain_id) if previous.end_date is not None else ()
    moved = moved_dates(year.calendar, previous, kinds, target_monday, busy)
    check_move_in_series(session, chain_id, moved.date)
    _write(session, moved)
    (row,), _rest = _rows(session, year, "class", class_id)
    bars = list(row.bars)
    for index, bar in enumerate(bars):
        if bar.chain_id == chain_id and bar.errors and bar.status is not ChainStatus.CONCEPT:
            # The rules do not look at the status, so the findings stay as they are.
            connection(session).execute(_SET_STATUS, {"key": chain_id, "status": ChainStatus.CONCEPT.value})
            bars[index] = replace(bar, status=ChainStatus.CONCEPT)
    return previous, replace(row, bars=tuple(bars))


def restore_chain_dates(session: Session, chain_id: int, previous: ChainDates) -> None:
    """Put a chain's dates and status back exactly as ``previous`` (the undo of a move)."""
    now, _kinds, _class_id, year_id = _current(session, chain_id)
    ensure_year_id_unlocked(session, year_id)
    if {i for i, _ in now.lessons} != {i for i, _ in previous.lessons}:
        raise InvalidInputError(
            "De lessen van deze keten zijn intussen veranderd; de verplaatsing kan niet "
            "precies worden teruggezet.",
            key="move-cannot-be-undone",
        )
    _write(session, previous)
