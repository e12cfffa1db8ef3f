"""Each pupil's record, as plain data: what the teacher enters per pupil per chain, and
what the printed record shows per pupil over the years (issue 15, item 4).

Minimal and entered by the teacher (no pupil logins): per chain, whether the pupil was
absent; after the reflection a few ticks — the talents recognised (the logbook's own
list, so a pupil's ticks on paper can be copied one to one) and "wil ik meer van weten" —
and one line in the pupil's own words. Privacy: the pupil is known by the display name
only, and the record goes with the pupil's data (export, purge).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from beroepsplanner.domain.kinds import ChainStatus


class Talent(StrEnum):
    """A talent a pupil recognised in the reflection: the talents of the logbook."""

    TEAMWORK = "teamwork"
    PRECISION = "precision"
    CREATIVITY = "creativity"
    ARITHMETIC = "arithmetic"
    TALKING = "talking"
    MAKING = "making"
    CARING = "caring"
    COMPUTERS = "computers"
    INVENTING = "inventing"

    @property
    def label(self) -> str:
        """The Dutch words the logbook uses (``samenwerken``)."""
        return TALENT_LABELS[self]


TALENT_LABELS: dict[Talent, str] = {
    Talent.TEAMWORK: "samenwerken",
    Talent.PRECISION: "precies werken",
    Talent.CREATIVITY: "creatief zijn",
    Talent.ARITHMETIC: "rekenen",
    Talent.TALKING: "praten met mensen",
    Talent.MAKING: "bouwen en maken",
    Talent.CARING: "zorgen voor anderen",
    Talent.COMPUTERS: "computers",
    Talent.INVENTING: "iets bedenken",
}
"""In the order of the logbook of groep 6–8, then the one the young logbook adds."""

TALENTS: tuple[Talent, ...] = tuple(TALENT_LABELS)

OWN_WORDS_MAX = 200
"""The longest line of the pupil's own words (one line on paper)."""


def talents_from(values: object) -> tuple[Talent, ...]:
    """Stored talent values as talents in the list's order; unknown values are skipped
    (a newer program may know more)."""
    known = {t.value for t in TALENTS}
    found = {str(v) for v in values if str(v) in known} if isinstance(values, list | tuple) else set()
    return tuple(t for t in TALENTS if t.value in found)


@dataclass(frozen=True)
class ChainPupilEntry:
    """What the teacher entered for one pupil in one chain. All defaults: nothing entered
    (no row is kept for it)."""

    chain_id: int
    pupil_id: int
    absent: bool = False
    talents: tuple[Talent, ...] = ()
    wants_more: bool = False
    """"Wil ik meer van weten": the pupil wants to know more about this."""
    own_words: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.absent or self.talents or self.wants_more or self.own_words)


def took_part_counts(status: ChainStatus, date: dt.date, today: dt.date) -> bool:
    """Whether a chain counts on a pupil's record: carried out, or planned with the
    activity's date passed. A concept has not happened (it may still move or go)."""
    if status is ChainStatus.DONE:
        return True
    return status is ChainStatus.PLANNED and date <= today


# --- the printed record ----------------------------------------------------------------


@dataclass(frozen=True)
class RecordPart:
    """A chain of a series (a visit and its deliberate follow-ups) on the record."""

    title: str
    date: dt.date
    kind: str = ""
    end_date: dt.date | None = None


@dataclass(frozen=True)
class RecordChain:
    """One chain a pupil took part in, as the record prints it — or one series of chains
    (``parts``), which is one experience."""

    title: str
    date: dt.date
    kind: str = ""
    """The activity's kind in Dutch (``bedrijfsbezoek``)."""
    company: str = ""
    professions: tuple[str, ...] = ()
    worlds: tuple[str, ...] = ()
    role_models: tuple[str, ...] = ()
    """``Fatima (automonteur)``."""
    talents: tuple[Talent, ...] = ()
    wants_more: bool = False
    own_words: str = ""
    end_date: dt.date | None = None
    """The activity's last day when it lasts several days."""
    parts: tuple[RecordPart, ...] = ()
    """For a series: every chain of it the pupil took part in, the first one included."""


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    kept = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            kept.append(value)
    return tuple(kept)


def one_experience(chains: Sequence[RecordChain]) -> RecordChain:
    """The chains of one series as one entry of the record: the first chain's title and
    date, every part named, and what the pupil met and said in any of them together."""
    if len(chains) == 1:
        return chains[0]
    first = chains[0]
    talents = {t for chain in chains for t in chain.talents}
    return RecordChain(
        title=first.title,
        date=first.date,
        kind=first.kind,
        company=next((c.company for c in chains if c.company), ""),
        professions=_unique(p for c in chains for p in c.professions),
        worlds=_unique(w for c in chains for w in c.worlds),
        role_models=_unique(r for c in chains for r in c.role_models),
        talents=tuple(t for t in TALENTS if t in talents),
        wants_more=any(c.wants_more for c in chains),
        own_words=" / ".join(c.own_words for c in chains if c.own_words),
        end_date=first.end_date,
        parts=tuple(RecordPart(c.title, c.date, c.kind, c.end_date) for c in chains),
    )


@dataclass(frozen=True)
class RecordYear:
    """A school year of the pupil: the class, the chains taken part in, the ones missed."""

    school_year: str
    class_name: str
    grade: int
    chains: tuple[RecordChain, ...] = ()
    absent: tuple[tuple[str, dt.date], ...] = ()
    """(activity, date) of the chains the pupil was absent from."""


@dataclass(frozen=True)
class PupilRecordSheet:
    """One pupil's record over every year the pupil has been at the school, oldest first."""

    display_name: str
    years: tuple[RecordYear, ...] = ()

    @property
    def chain_count(self) -> int:
        return sum(len(year.chains) for year in self.years)


@dataclass(frozen=True)
class RecordDocument:
    """The records of every pupil of one class (one or more pages each)."""

    school: str
    school_year: str
    class_name: str
    grade: int
    printed_on: dt.date
    pupils: tuple[PupilRecordSheet, ...] = ()
