"""A plan file as plain data: what ``read_plan`` returns and ``import_plan`` writes.

No SQLAlchemy here: a document is checked and complete before any database
is opened. References that need a database (activity keys, classes and
companies already stored) are kept as names and resolved on import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from beroepsplanner.domain.kinds import ChainStatus, Region, TransportMode
from beroepsplanner.domain.school_year import SchoolYear

PLAN_FORMAT = "beroepsplanner-plan"
PLAN_VERSION = 1
KNOWN_VERSIONS = (1,)


@dataclass(frozen=True)
class PlanSchool:
    name: str
    region: Region
    place: str = ""
    uid: str | None = None  # the school's identifier for calendars; None: a new one
    liberation_day_off: bool = True  # 5 May off every year (domain.calendar.FreeDays)
    good_friday_off: bool = True


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
class PlanClass:
    name: str
    grade: int
    teacher: str = ""
    pupils: tuple[str, ...] = ()


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
    confirmed: bool = False
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
