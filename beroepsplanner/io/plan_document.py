"""A plan file as plain data: what ``read_plan`` returns and ``import_plan`` writes.

Version 1 (``PlanDocument``) holds one school year; version 2 (``SchoolPlan``) holds
several (``PlanYear``), with pupils linked across the years by their keys in the file,
chains linked by their uids, the pupil record, evaluations and measurements. A version 1
document is read into a ``SchoolPlan`` of one year for the import (``as_school_plan``).

No SQLAlchemy here: a document is checked and complete before any database
is opened. References that need a database (activity keys, classes and
companies already stored) are kept as names and resolved on import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from beroepsplanner.domain.evaluation import Again, Degree
from beroepsplanner.domain.kinds import ChainStatus, LetterVariant, Region, TransportMode
from beroepsplanner.domain.school_year import SchoolYear

PLAN_FORMAT = "beroepsplanner-plan"
PLAN_VERSION = 1  # the version ``io.plan_export.plan_json`` writes (one school year)
PLAN_VERSION_2 = 2  # the version ``io.plan_export2.school_plan_json`` writes (all years)
KNOWN_VERSIONS = (1, 2)


@dataclass(frozen=True)
class PlanSchool:
    name: str
    region: Region
    place: str = ""
    uid: str | None = None  # the school's identifier for calendars; None: a new one
    liberation_day_off: bool = True  # 5 May off every year (domain.calendar.FreeDays)
    good_friday_off: bool = True
    # Version 2: whom a company calls at school (the brief for the company).
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class PlanStudyDay:
    date: dt.date
    description: str = ""


@dataclass(frozen=True)
class PlanHolidayMove:
    """A school holiday taken in another week; ``start`` is its first day."""

    holiday: str
    start: dt.date


@dataclass(frozen=True)
class PlanPupil:
    """A pupil of a version 2 file: ``key`` is unique in the file ("p1"); ``previous`` the
    key of the same child in an earlier school year of the file (None: none)."""

    key: str
    name: str
    previous: str | None = None


@dataclass(frozen=True)
class PlanClass:
    name: str
    grade: int
    teacher: str = ""
    pupils: tuple[str, ...] = ()  # display names (both versions)
    # Version 2: the pupils with their keys (the same names as ``pupils``).
    members: tuple[PlanPupil, ...] = ()
    # Version 2: names of the classes of the year before that this class came from.
    previous_classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanContact:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PlanRoleModel:
    name: str
    profession: str | None = None  # a profession key of the catalog
    profession_text: str = ""
    description: str = ""
    counter_stereotypical: bool = False
    is_parent: bool = False


@dataclass(frozen=True)
class PlanCompany:
    name: str
    place: str = ""
    address: str = ""
    description: str = ""
    min_grade: int | None = None
    capacity: int | None = None
    confirmed: bool = False  # version 1: for the file's school year
    # Version 2: the school years the company confirmed ("2026-2027").
    confirmed_years: tuple[str, ...] = ()
    safety_checked: bool = False
    safety_notes: str = ""
    notes: str = ""
    worlds: tuple[str, ...] = ()  # world keys of the catalog
    professions: tuple[str, ...] = ()  # profession keys of the catalog
    contacts: tuple[PlanContact, ...] = ()
    role_models: tuple[PlanRoleModel, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        """Companies are told apart by name and place, as in the database."""
        return (self.name, self.place)


@dataclass(frozen=True)
class PlanLesson:
    date: dt.date
    # None: the file gave no title; the import takes the template's title.
    title: str | None = None
    notes: str = ""
    # Position of the activity's lesson template of this kind, or None for none.
    template: int | None = None
    # The file left "template" out: take the activity's template at this
    # lesson's position (the last one when the activity has fewer).
    auto_template: bool = False


@dataclass(frozen=True)
class PlanRecordEntry:
    """One pupil's part in a chain (the pupil record, table ``chain_pupils``)."""

    pupil: str  # the pupil's key in the file
    absent: bool = False
    talents: tuple[str, ...] = ()  # domain.pupil_record.Talent values
    wants_more: bool = False
    own_words: str = ""


@dataclass(frozen=True)
class PlanEvaluation:
    """A chain's evaluation: the teacher's side and the company's (``domain/evaluation.py``)."""

    evaluated_on: dt.date
    went_well: str = ""
    pupils_asked: str = ""
    people_met: str = ""
    preparation_helped: Degree | None = None
    reflection_attitudes: Degree | None = None
    again: Again | None = None
    company_went_well: str = ""
    company_pupils_asked: str = ""
    company_again: Again | None = None
    company_remarks: str = ""
    contact_name: str = ""
    contact_role: str = ""


MEASUREMENT_FIELDS = (
    "before_woman", "before_man", "before_both", "before_unclear", "before_want",
    "after_woman", "after_man", "after_both", "after_unclear", "after_want",
)


@dataclass(frozen=True)
class PlanMeasurement:
    """The class's totals of the before-and-after question (None: not counted)."""

    counts: tuple[int | None, ...] = (None,) * len(MEASUREMENT_FIELDS)


@dataclass(frozen=True)
class PlanProgrammeItem:
    time: dt.time | None
    what: str


@dataclass(frozen=True)
class PlanChain:
    class_name: str
    activity: str  # an activity key of the catalog
    date: dt.date
    company: str | None = None
    company_place: str | None = None  # only when the name alone is ambiguous
    status: ChainStatus = ChainStatus.CONCEPT
    project: str = ""
    core_objectives: tuple[int, ...] = ()
    transport_arranged: bool = False
    companions: int = 0
    transport_mode: TransportMode | None = None
    departure_time: dt.time | None = None
    return_time: dt.time | None = None
    notes: str = ""
    observation: str = ""
    role_models: tuple[str, ...] = ()  # names of the company's role models
    preparation: tuple[PlanLesson, ...] = ()
    reflection: tuple[PlanLesson, ...] = ()
    uid: str | None = None  # the chain's identifier for calendars; None: a new one
    # Version 2 (defaults: what a version 1 file means).
    follows: str | None = None  # uid of the chain of the same class this one follows up
    origin: str | None = None  # uid of last year's chain ``year new`` copied this one from
    activity_end_date: dt.date | None = None
    tasks: tuple[str, ...] = ()  # activity keys done during the activity
    letter_variant: LetterVariant = LetterVariant.BROAD
    visit_start: dt.time | None = None
    visit_end: dt.time | None = None
    visit_goal: str = ""
    research_question: str = ""
    pupil_questions: str = ""
    day_programme: tuple[PlanProgrammeItem, ...] | None = None
    record: tuple[PlanRecordEntry, ...] = ()
    evaluation: PlanEvaluation | None = None
    measurement: PlanMeasurement | None = None


@dataclass(frozen=True)
class PlanCancelledChain:
    """A deleted chain, kept so calendars drop its events (table ``cancelled_chains``)."""

    uid: str
    class_name: str
    title: str
    date: dt.date
    preparations: int = 0
    reflections: int = 0
    sequence: int = 0
    cancelled_at: dt.datetime = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class PlanDocument:
    """A checked plan file of one school and one school year."""

    school: PlanSchool
    school_year: SchoolYear
    study_days: tuple[PlanStudyDay, ...] = ()
    holiday_moves: tuple[PlanHolidayMove, ...] = ()
    classes: tuple[PlanClass, ...] = ()
    companies: tuple[PlanCompany, ...] = ()
    chains: tuple[PlanChain, ...] = ()


@dataclass(frozen=True)
class PlanYear:
    """One school year of a plan: its calendar, classes and chains."""

    school_year: SchoolYear
    study_days: tuple[PlanStudyDay, ...] = ()
    holiday_moves: tuple[PlanHolidayMove, ...] = ()
    classes: tuple[PlanClass, ...] = ()
    chains: tuple[PlanChain, ...] = ()
    cancelled: tuple[PlanCancelledChain, ...] = ()
    # Where the year's fields are in the file, for messages: "" in version 1 (the fields
    # are at the top), "school_years[1]." in version 2.
    where: str = ""


@dataclass(frozen=True)
class PlanSettings:
    """Settings that belong to the plan; an import writes them only where the target has
    none. ``goals``: the stored goal settings (what differs from the defaults), None: none;
    ``rules``: rule thresholds by name."""

    goals: dict[str, Any] | None = None
    rules: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class SchoolPlan:
    """A checked plan file of one school and one or more school years (version 2)."""

    school: PlanSchool
    years: tuple[PlanYear, ...]
    companies: tuple[PlanCompany, ...] = ()
    settings: PlanSettings = field(default_factory=PlanSettings)
    version: int = PLAN_VERSION_2


def as_school_plan(document: PlanDocument | SchoolPlan) -> SchoolPlan:
    """A version 1 document as a plan of its one year (a version 2 plan as it is).

    Its pupils get keys, and a company's ``confirmed`` becomes its confirmation for the
    file's year; the places in messages stay those of version 1.
    """
    if isinstance(document, SchoolPlan):
        return document
    label = document.school_year.label
    count = 0
    classes = []
    for school_class in document.classes:
        members = []
        for name in school_class.pupils:
            count += 1
            members.append(PlanPupil(f"p{count}", name))
        classes.append(replace(school_class, members=tuple(members)))
    year = PlanYear(
        school_year=document.school_year,
        study_days=document.study_days,
        holiday_moves=document.holiday_moves,
        classes=tuple(classes),
        chains=document.chains,
    )
    companies = tuple(
        replace(c, confirmed_years=(label,) if c.confirmed else ()) for c in document.companies
    )
    return SchoolPlan(document.school, (year,), companies, PlanSettings(), version=PLAN_VERSION)
