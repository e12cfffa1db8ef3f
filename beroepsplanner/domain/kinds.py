"""Enumerations of the domain: kinds, statuses, regions, levels.

The values are stable identifiers that end up in the database, in seed files
and in plan files; never rename a value without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Region(StrEnum):
    """School-holiday region of the Netherlands."""

    NOORD = "noord"
    MIDDEN = "midden"
    ZUID = "zuid"

    @property
    def holidays_subdiv(self) -> str:
        """The subdivision name used by the ``holidays`` package."""
        return self.value.capitalize()

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ActivityKind(StrEnum):
    COMPANY_VISIT = "company_visit"
    GUEST_LESSON = "guest_lesson"
    LESSON_SERIES = "lesson_series"
    WORKSHOP = "workshop"
    READING = "reading"
    ASSIGNMENT = "assignment"
    PROJECT = "project"
    PORTFOLIO = "portfolio"
    CONVERSATION = "conversation"
    INTERNSHIP = "internship"

    @property
    def label(self) -> str:
        """Dutch name, as teachers say it."""
        return ACTIVITY_KIND_LABELS[self]

    @property
    def is_outing(self) -> bool:
        """Pupils leave the school building (transport, companions)."""
        return self in (ActivityKind.COMPANY_VISIT, ActivityKind.INTERNSHIP)


ACTIVITY_KIND_LABELS: dict[ActivityKind, str] = {
    ActivityKind.COMPANY_VISIT: "bedrijfsbezoek",
    ActivityKind.GUEST_LESSON: "gastles",
    ActivityKind.LESSON_SERIES: "lessenreeks",
    ActivityKind.WORKSHOP: "workshop",
    ActivityKind.READING: "lezen",
    ActivityKind.ASSIGNMENT: "opdracht",
    ActivityKind.PROJECT: "project",
    ActivityKind.PORTFOLIO: "portfolio",
    ActivityKind.CONVERSATION: "gesprek",
    ActivityKind.INTERNSHIP: "maatschappelijke stage",
}


class LessonKind(StrEnum):
    PREPARATION = "preparation"
    REFLECTION = "reflection"

    @property
    def label(self) -> str:
        return "voorbereidingsles" if self is LessonKind.PREPARATION else "reflectieles"


class QuestionKind(StrEnum):
    """A question asks for facts (knowledge) or about attitudes and stereotypes."""

    KNOWLEDGE = "knowledge"
    ATTITUDE = "attitude"


class CareerCompetence(StrEnum):
    """The five career competences (loopbaancompetenties) used in Dutch career guidance."""

    QUALITY_REFLECTION = "quality_reflection"
    MOTIVE_REFLECTION = "motive_reflection"
    WORK_EXPLORATION = "work_exploration"
    CAREER_STEERING = "career_steering"
    NETWORKING = "networking"

    @property
    def label(self) -> str:
        return {
            "quality_reflection": "kwaliteitenreflectie",
            "motive_reflection": "motievenreflectie",
            "work_exploration": "werkexploratie",
            "career_steering": "loopbaansturing",
            "networking": "netwerken",
        }[self.value]


class TransportMode(StrEnum):
    """How a class travels to an outing (the parent letter says it)."""

    ON_FOOT = "on_foot"
    BIKES = "bikes"
    CARS = "cars"
    BUS = "bus"
    PUBLIC_TRANSPORT = "public_transport"


class LetterVariant(StrEnum):
    """How a chain's parent letter tells why (issue 17 item 5): broadly ("beroepen van de
    toekomst", technology one route among many) or concretely (the jobs, worlds and role
    models the children meet in this activity)."""

    BROAD = "broad"
    CONCRETE = "concrete"

    @property
    def label(self) -> str:
        """Dutch name, as the command line and the chain builder say it."""
        return "breed" if self is LetterVariant.BROAD else "concreet"


class ChainStatus(StrEnum):
    CONCEPT = "concept"
    PLANNED = "planned"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"concept": "concept", "planned": "gepland", "done": "uitgevoerd"}[self.value]


class EducationLevel(StrEnum):
    """The usual training route to a profession."""

    MBO = "mbo"
    HBO = "hbo"
    WO = "wo"


class WorldKind(StrEnum):
    """One of the seven worlds of technology, or a non-technical sector."""

    TECHNOLOGY = "technology"
    SECTOR = "sector"


GRADE_MIN = 1
GRADE_MAX = 8
