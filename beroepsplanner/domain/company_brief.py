"""The brief for the company (issue 17 item 1; domain.md, "Partners"): what a company
that receives a class (or gives a guest lesson) needs beforehand, as plain data.

The chain carries what the coordinator writes for it (``BriefFields``: the times at the
company, the goal, the class's research question, the pupils' questions and the day
programme); ``store/company_brief.py`` gathers the rest (class, pupils, companions, the
preparation lessons, the company's role models and safety notes) into a
``BriefDocument``; ``printing/brief.py`` writes the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner.domain.documents import RoleModelLine
from beroepsplanner.domain.kinds import ActivityKind

BRIEF_KINDS = frozenset({
    ActivityKind.COMPANY_VISIT,
    ActivityKind.INTERNSHIP,
    ActivityKind.GUEST_LESSON,
    ActivityKind.WORKSHOP,
})
"""The activities a company takes part in: a visit (or internship) at the company, a
guest lesson or workshop it gives at school."""

PROGRAMME_MAX = 12
"""At most this many steps in a day programme (it must fit on the brief's page)."""
PROGRAMME_TEXT_MAX = 200
QUESTIONS_MAX = 12
"""At most this many pupils' questions are printed."""

DEFAULT_MINUTES = {True: 60, False: 120}
"""The length of a guest lesson at school (True) and a visit (False) when neither the times
nor the activity say it."""


def has_brief(kind: ActivityKind, has_company: bool) -> bool:
    """A brief is for a visit to, or a guest lesson or workshop by, a chosen company."""
    return has_company and kind in BRIEF_KINDS


def at_school(kind: ActivityKind) -> bool:
    """The company comes to school (a guest lesson, a workshop); else the class goes out."""
    return not kind.is_outing


def ages_of(grade: int) -> tuple[int, int]:
    """The usual ages in ``grade``: groep 1 is 4–5 years old, groep 6 is 9–10."""
    return grade + 3, grade + 4


def listening_minutes(grade: int) -> int:
    """About how long children of ``grade`` listen to one person talking: 5 minutes for the
    youngest, 10 in groep 3–5, 15 in groep 6–8 (then let them look, do or ask)."""
    if grade <= 2:
        return 5
    return 10 if grade <= 5 else 15


@dataclass(frozen=True)
class ProgrammeItem:
    """One step of the day programme: when (None: no time known) and what."""

    time: dt.time | None
    what: str


@dataclass(frozen=True)
class BriefFields:
    """What the coordinator writes for the brief of one chain; empty means "not written":
    the brief then leaves the part out or proposes its default."""

    visit_start: dt.time | None = None
    """Arrival of the class at the company (a guest lesson: its start at school)."""
    visit_end: dt.time | None = None
    """Departure from the company (a guest lesson: its end)."""
    goal: str = ""
    research_question: str = ""
    pupil_questions: str = ""
    """The questions the class will ask, one per line."""
    programme: tuple[ProgrammeItem, ...] | None = None
    """The day programme as edited; None: the proposal from the times (``default_programme``)."""

    def questions(self) -> tuple[str, ...]:
        """The pupils' questions, one per non-empty line."""
        lines = (" ".join(line.split()) for line in self.pupil_questions.splitlines())
        return tuple(line for line in lines if line)[:QUESTIONS_MAX]


def _minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _plus(start: dt.time, minutes: int) -> dt.time:
    total = min(start.hour * 60 + start.minute + minutes, 23 * 60 + 59)
    return dt.time(total // 60, total % 60)


def _round5(minutes: float) -> int:
    return int(5 * round(minutes / 5))


VISIT_STEPS = (
    (0.0, "Aankomst van de klas; jassen en tassen weg"),
    (0.05, "Welkom: wie bent u en wat doet uw bedrijf (kort)"),
    (0.15, "Rondleiding of workshop in groepjes, elk groepje met een begeleider: laten zien "
           "en zelf laten doen"),
    (0.65, "Vragen van de kinderen aan de medewerkers"),
    (0.85, "Afsluiting: wat hebben we gezien en gedaan? Bedankt!"),
    (1.0, "Vertrek van de klas"),
)
SCHOOL_STEPS = (
    (0.0, "Aankomst op school; de leerkracht haalt u op bij de ingang"),
    (0.05, "Welkom in de klas: wie bent u en wat is uw beroep (kort)"),
    (0.15, "Laten zien en zelf laten doen, in groepjes"),
    (0.65, "Vragen van de kinderen"),
    (0.85, "Afsluiting: wat hebben we gezien en gedaan? Bedankt!"),
    (1.0, "Einde"),
)


def default_programme(
    kind: ActivityKind,
    start: dt.time | None,
    end: dt.time | None,
    duration_minutes: int | None = None,
) -> tuple[ProgrammeItem, ...]:
    """The proposed day programme: arrival, welcome, a tour or workshop in groups,
    questions, closing and departure, timed from ``start`` to ``end`` (else over the
    activity's ``duration_minutes``, else an hour at school or two hours at a company);
    without a start the steps have no times."""
    school = at_school(kind)
    steps = SCHOOL_STEPS if school else VISIT_STEPS
    if start is None:
        return tuple(ProgrammeItem(None, what) for _share, what in steps)
    if end is not None and _minutes_between(start, end) > 0:
        total = _minutes_between(start, end)
    else:
        total = duration_minutes or DEFAULT_MINUTES[school]
    return tuple(ProgrammeItem(_plus(start, _round5(share * total)), what) for share, what in steps)


@dataclass(frozen=True)
class PreparedLesson:
    """A preparation lesson as the company reads it: when, its title and what it is for."""

    date: dt.date
    title: str
    goal: str = ""


@dataclass(frozen=True)
class SchoolContact:
    """Whom the company calls at school: the school's contact person (the coordinator)
    when the school gave one, else the class's teacher; the school's phone and e-mail."""

    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class BriefDocument:
    """Everything the brief for the company prints about one chain."""

    chain_id: int
    school: str
    school_place: str
    school_year: str
    class_name: str
    grade: int
    teacher: str
    activity_title: str
    activity_kind: ActivityKind
    date: dt.date
    company: str
    company_place: str = ""
    company_address: str = ""
    company_contact: str = ""
    """The company's contact person the brief is addressed to ("Kim van den Hoek, eigenaar")."""
    pupils: int = 0
    """Pupils who come: the class's pupils minus those marked absent for this chain."""
    absent: int = 0
    companions: int = 0
    """Adults who come with the class (teacher included): those who said so, else needed."""
    companions_confirmed: bool = False
    """``companions`` is the number who said they come (else: the number needed)."""
    pupils_per_adult: int = 0
    fields: BriefFields = BriefFields()
    duration_minutes: int | None = None
    project: str = ""
    prepared: tuple[PreparedLesson, ...] = ()
    role_models: tuple[RoleModelLine, ...] = ()
    professions: tuple[str, ...] = ()
    safety_notes: str = ""
    contact: SchoolContact = SchoolContact()

    @property
    def at_school(self) -> bool:
        return at_school(self.activity_kind)

    @property
    def ages(self) -> tuple[int, int]:
        return ages_of(self.grade)

    @property
    def programme(self) -> tuple[ProgrammeItem, ...]:
        """The programme as edited for this chain, else the proposal from its times."""
        if self.fields.programme is not None:
            return self.fields.programme
        return default_programme(
            self.activity_kind, self.fields.visit_start, self.fields.visit_end, self.duration_minutes
        )

    @property
    def programme_proposed(self) -> bool:
        """The programme is the program's proposal, not one the school edited."""
        return self.fields.programme is None
