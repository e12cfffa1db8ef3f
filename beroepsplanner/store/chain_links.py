"""Chains that belong together: a follow-up of another chain, an activity of several days.

A chain may follow up one earlier chain of the same class (and so of the same school year):
a visit, then the build assignment, then a presentation form one series
(``domain/series.py``). ``check_link`` refuses, with a keyed Dutch message, a link to
itself, to a chain that no longer exists, of another class or school year, to a chain that
is not earlier, to a chain that already has a follow-up, and a circle;
``check_follow_up_later`` refuses a new date of a chain on or after the date of its own
follow-up, and ``check_move_in_series`` both sides for a move (the year planner's drag):
a chain stays after the chain it follows and before its follow-up. An activity may last
several days (``activity_end_date``): ``check_end_date`` refuses an end on or before the
start. ``follow_choices`` is what the chain builder's "Vervolg op:" offers;
``series_of_class`` the series of a class for the year plan and the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.series import series_heads, series_members, would_circle
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.models import Activity, Chain, Company, SchoolClass, SchoolYearRow


@dataclass(frozen=True)
class FollowChoice:
    """An earlier chain of the class that a chain can follow up."""

    id: int
    title: str
    date: dt.date
    company: str | None = None


def _label(title: str, day: dt.date) -> str:
    return f"{title} ({day:%d-%m-%Y})"


_CHAIN_ROW = (
    select(
        Chain.id, Chain.class_id, Chain.date, Chain.follows_chain_id, Activity.title,
        SchoolClass.name, SchoolYearRow.label,
    )
    .join(Activity, Activity.id == Chain.activity_id)
    .join(SchoolClass, SchoolClass.id == Chain.class_id)
    .join(SchoolYearRow, SchoolYearRow.id == SchoolClass.school_year_id)
)


def class_links(session: Session, class_id: int) -> dict[int, int | None]:
    """Every chain of the class → the chain it follows (or None)."""
    rows = session.execute(select(Chain.id, Chain.follows_chain_id).where(Chain.class_id == class_id))
    return {chain_id: follows for chain_id, follows in rows}


def check_link(
    session: Session, chain_id: int | None, class_id: int, day: dt.date, follows: int | None
) -> None:
    """Refuse (InvalidInputError, keyed Dutch) chain ``chain_id`` (None: a new one) of
    class ``class_id`` on ``day`` following chain ``follows``; None is always fine."""
    if follows is None:
        return
    if follows == chain_id:
        raise InvalidInputError(
            "Een keten kan geen vervolg op zichzelf zijn. Kies bij 'Vervolg op' een eerdere "
            "keten van deze klas, of geen.",
            key="follows-itself",
        )
    target = session.execute(_CHAIN_ROW.where(Chain.id == follows)).first()
    if target is None:
        raise InvalidInputError(
            "De keten waarop deze keten volgt, bestaat niet meer. Kies bij 'Vervolg op' een "
            "andere keten, of geen.",
            key="follows-chain-gone",
        )
    own = session.execute(
        select(SchoolClass.name, SchoolYearRow.label)
        .join(SchoolYearRow, SchoolYearRow.id == SchoolClass.school_year_id)
        .where(SchoolClass.id == class_id)
    ).first()
    class_name, year = own if own is not None else ("", "")
    chain = _label(target.title, target.date)
    if target.label != year:
        raise InvalidInputError(
            f"Een vervolg hoort bij hetzelfde schooljaar: '{chain}' is van schooljaar "
            f"{target.label}, deze keten van {year}. Kies een keten van deze klas in dit "
            "schooljaar.",
            key="follows-other-year",
            chain=chain,
            other=target.label,
            year=year,
        )
    if target.class_id != class_id:
        raise InvalidInputError(
            f"Een vervolg hoort bij dezelfde klas: '{chain}' is van {target.name}, deze keten "
            f"van {class_name}. Kies een keten van {class_name}.",
            key="follows-other-class",
            chain=chain,
            other=target.name,
            class_name=class_name,
        )
    links = class_links(session, class_id)
    if chain_id is not None and would_circle(links, chain_id, follows):
        raise InvalidInputError(
            f"'{chain}' is zelf al een vervolg van deze keten; een reeks kan niet rondlopen. "
            "Kies een keten die eerder in de reeks staat, of geen.",
            key="follows-circle",
            chain=chain,
        )
    if target.date >= day:
        raise InvalidInputError(
            f"'{chain}' ligt niet vóór deze keten. Een vervolg komt na de keten waarop het "
            "volgt: kies een eerdere keten, of verplaats deze keten.",
            key="follows-not-earlier",
            chain=chain,
        )
    taken = [c for c, before in links.items() if before == follows and c != chain_id]
    if taken:
        other = session.execute(_CHAIN_ROW.where(Chain.id == taken[0])).first()
        assert other is not None
        other_label = _label(other.title, other.date)
        raise InvalidInputError(
            f"Op '{chain}' volgt al '{other_label}'. Een keten heeft één vervolg: laat deze "
            f"keten op '{other_label}' volgen, of maak die los.",
            key="follows-taken",
            chain=chain,
            other=other_label,
        )


def check_follow_up_later(session: Session, chain_id: int | None, day: dt.date) -> None:
    """Refuse (InvalidInputError, key ``follow-up-not-later``, nothing changed) chain
    ``chain_id`` on ``day`` when its follow-up is not later: on that day or before it."""
    if chain_id is None:
        return
    for follower in session.execute(_CHAIN_ROW.where(Chain.follows_chain_id == chain_id)):
        if follower.date <= day:
            other = _label(follower.title, follower.date)
            raise InvalidInputError(
                f"Op deze keten volgt '{other}'; een vervolg komt later dan de keten waarop het "
                f"volgt. Kies een datum vóór {follower.date:%d-%m-%Y}, verplaats eerst het "
                "vervolg, of maak het vervolg los (bij het vervolg: 'Vervolg op' leeg).",
                key="follow-up-not-later",
                other=other,
                day=follower.date,
            )


def check_move_in_series(session: Session, chain_id: int, day: dt.date) -> None:
    """Refuse (InvalidInputError, keyed Dutch, nothing changed) a move of chain
    ``chain_id`` to ``day`` that breaks its series: on or before the chain it follows up
    (key ``moved-before-followed``), or on or after its own follow-up
    (``follow-up-not-later``). Every path that moves a chain asks this first."""
    follows = session.execute(select(Chain.follows_chain_id).where(Chain.id == chain_id)).scalar()
    if follows is not None:
        before = session.execute(_CHAIN_ROW.where(Chain.id == follows)).first()
        if before is not None and before.date >= day:
            other = _label(before.title, before.date)
            raise InvalidInputError(
                f"Deze keten is een vervolg op '{other}' en komt daarna. Kies een week na "
                f"{before.date:%d-%m-%Y}, of maak de keten los van de reeks ('Vervolg op' leeg).",
                key="moved-before-followed",
                other=other,
                day=before.date,
            )
    check_follow_up_later(session, chain_id, day)


def check_end_date(day: dt.date, end: dt.date | None) -> None:
    """Refuse an activity's last day on or before its first (None: one day)."""
    if end is not None and end <= day:
        raise InvalidInputError(
            f"De activiteit eindigt op {end:%d-%m-%Y}, niet ná de eerste dag "
            f"({day:%d-%m-%Y}). Kies een latere einddatum, of laat 't/m' leeg voor één dag.",
            key="activity-end-not-after-start",
            end=end,
            day=day,
        )


def detach_followers(session: Session, chain_id: int) -> list[int]:
    """Let the chains that follow ``chain_id`` stand alone (it moves to another class);
    returns their ids. Through the ORM, so their versions and the change log see it."""
    followers = list(session.scalars(select(Chain).where(Chain.follows_chain_id == chain_id)))
    for follower in followers:
        follower.follows_chain_id = None
    return [f.id for f in followers]


def followers_of(session: Session, chain_id: int) -> list[int]:
    """The chains that follow ``chain_id`` up (at most one; a list for what the database holds)."""
    return list(session.scalars(select(Chain.id).where(Chain.follows_chain_id == chain_id)))


def relink_followers(session: Session, chain_id: int, followers: Sequence[int]) -> None:
    """Put back the links of ``followers`` to ``chain_id`` (the undo of a delete), those
    that still stand alone; through the ORM, so their versions are raised."""
    if not followers:
        return
    for follower in session.scalars(
        select(Chain).where(Chain.id.in_(list(followers)), Chain.follows_chain_id.is_(None))
    ):
        follower.follows_chain_id = chain_id
    session.flush()


def follow_choices(
    session: Session, class_id: int, chain_id: int | None, day: dt.date
) -> list[FollowChoice]:
    """The chains of the class that chain ``chain_id`` (None: a new one) on ``day`` can
    follow: earlier ones without another follow-up, not in its own series after it; by date.
    The chain it follows now is always among them (even when it no longer is earlier)."""
    links = class_links(session, class_id)
    current = links.get(chain_id, None) if chain_id is not None else None
    taken = {before for c, before in links.items() if before is not None and c != chain_id}
    rows = session.execute(
        select(Chain.id, Activity.title, Chain.date, Chain.company_id)
        .join(Activity, Activity.id == Chain.activity_id)
        .where(Chain.class_id == class_id)
        .order_by(Chain.date, Chain.id)
    ).all()
    names = dict(session.execute(select(Company.id, Company.name)).all()) if rows else {}
    choices = []
    for found_id, title, date, company_id in rows:
        if found_id != current:
            if found_id == chain_id or found_id in taken or date >= day:
                continue
            if chain_id is not None and would_circle(links, chain_id, found_id):
                continue
        company = names.get(company_id) if company_id is not None else None
        choices.append(FollowChoice(found_id, title, date, company))
    return choices


@dataclass(frozen=True)
class SeriesPart:
    """One chain of a series, as the window and the paper name it."""

    id: int
    title: str
    date: dt.date
    end_date: dt.date | None = None


def series_of_class(session: Session, class_id: int) -> dict[int, tuple[SeriesPart, ...]]:
    """The series of a class: each chain that is part of one (two chains or more) → all
    the chains of its series in order."""
    rows = session.execute(
        select(Chain.id, Chain.follows_chain_id, Activity.title, Chain.date, Chain.activity_end_date)
        .join(Activity, Activity.id == Chain.activity_id)
        .where(Chain.class_id == class_id)
    ).all()
    links = {r.id: r.follows_chain_id for r in rows}
    parts = {r.id: SeriesPart(r.id, r.title, r.date, r.activity_end_date) for r in rows}
    found: dict[int, tuple[SeriesPart, ...]] = {}
    heads = series_heads(links)
    for chain_id in links:
        if chain_id in found:
            continue
        members = series_members(links, heads[chain_id])
        if len(members) > 1:
            series = tuple(parts[m] for m in members)
            found.update({m: series for m in members})
    return found
