"""SQLAlchemy models: the database schema of Beroepsplanner.

Every change here needs an Alembic migration in ``db/migrations/versions``;
``tests/store/test_migrations.py`` fails when the two drift apart.

Enumerations are stored as their string values with a CHECK constraint, so
the file stays readable with any SQLite tool and a plan file can carry the
same values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from beroepsplanner.domain.calendar import FreeDays
from beroepsplanner.domain.evaluation import Again, Degree
from beroepsplanner.domain.kinds import (
    ActivityKind,
    CareerCompetence,
    ChainStatus,
    EducationLevel,
    LessonKind,
    LetterVariant,
    QuestionKind,
    Region,
    TransportMode,
    WorldKind,
)
from beroepsplanner.store.ordering import in_code_point_order

# Stable constraint names, so Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model here is mapped to a Table (DeclarativeBase allows any FromClause), so
    # insert(Model.__table__) and its ``.name`` type-check.
    __table__: ClassVar[Table]


class Versioned:
    """A row that a user edits in a form: its ``version`` counts the transactions that
    changed it (optimistic locking, SQLAlchemy's ``version_id_col``).

    Every UPDATE of the row says ``WHERE version = <the version loaded>``, so a save over
    a row that another program saved meanwhile changes nothing and fails
    (``StaleDataError``). The counter is raised by ``store/row_versions.py`` once per
    transaction (``version_id_generator=False``: SQLAlchemy's own would count every flush
    of a save), also when only the rows that belong to it changed (a chain's lessons, a
    company's people). The window sends the version it showed with every save. A new row
    starts at 1, and ``server_default`` gives the rows of an older database 1 (revision
    0009).
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {
            "version_id_col": cls.__table__.c.version,  # type: ignore[attr-defined]
            "version_id_generator": False,
        }


def _enum(enum_cls: type, name: str) -> Enum:
    """Store an enum by value (``company_visit``), checked by the database."""
    return Enum(
        enum_cls,
        name=name,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=32,
    )


def _grade_check(column: str, *, nullable: bool = False) -> CheckConstraint:
    condition = f"{column} BETWEEN 1 AND 8"
    if nullable:
        condition = f"{column} IS NULL OR ({condition})"
    return CheckConstraint(condition, name=f"{column}_range")


# --- catalog ---------------------------------------------------------------

activity_worlds = Table(
    "activity_worlds",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("world_id", ForeignKey("worlds.id", ondelete="CASCADE"), primary_key=True),
)

activity_professions = Table(
    "activity_professions",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("profession_id", ForeignKey("professions.id", ondelete="CASCADE"), primary_key=True),
)

company_worlds = Table(
    "company_worlds",
    Base.metadata,
    Column("company_id", ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True),
    Column("world_id", ForeignKey("worlds.id", ondelete="CASCADE"), primary_key=True),
)

company_professions = Table(
    "company_professions",
    Base.metadata,
    Column("company_id", ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True),
    Column("profession_id", ForeignKey("professions.id", ondelete="CASCADE"), primary_key=True),
)

chain_role_models = Table(
    "chain_role_models",
    Base.metadata,
    Column("chain_id", ForeignKey("chains.id", ondelete="CASCADE"), primary_key=True),
    Column("role_model_id", ForeignKey("role_models.id", ondelete="CASCADE"), primary_key=True),
)

# The tasks of a chain: catalog items done during its activity (the Medewerkerspaspoort
# during a company visit), printed in the chain's logbook. An activity in use as a task
# cannot be deleted from the catalog (as one in use by a chain).
chain_tasks = Table(
    "chain_tasks",
    Base.metadata,
    Column("chain_id", ForeignKey("chains.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "activity_id", ForeignKey("activities.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)


class World(Base):
    """One of the seven worlds of technology, or a non-technical sector."""

    __tablename__ = "worlds"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[WorldKind] = mapped_column(_enum(WorldKind, "world_kind"))
    # 1..7 for the worlds of technology, in the order Jet-Net & TechNet use.
    number: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("number IS NULL OR number BETWEEN 1 AND 7", name="number_range"),
    )


class Provider(Base):
    """An organisation that offers activities (VHTO, NEMO, C3, ... or the school itself)."""

    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class Profession(Base):
    __tablename__ = "professions"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    world_id: Mapped[int | None] = mapped_column(ForeignKey("worlds.id", ondelete="SET NULL"))
    level: Mapped[EducationLevel | None] = mapped_column(_enum(EducationLevel, "education_level"))

    world: Mapped[World | None] = relationship()


class Activity(Base):
    """An item of the catalog: a company visit, guest lesson, workshop, ..."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    # The title a pupil reads on the logbook (Dutch, no provider, no English programme name);
    # empty: the title is fit for pupils as it is.
    pupil_title: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, "activity_kind"))
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("providers.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    grade_min: Mapped[int] = mapped_column(Integer)
    grade_max: Mapped[int] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    # None: unknown or on request; 0: free.
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    needs_transport: Mapped[bool] = mapped_column(Boolean, default=False)
    # The format is one guest (Beeldenbrekers, a parent's guest lesson): one role model is
    # the activity as it is meant, so the rule "only one role model" does not apply.
    one_guest: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # An assignment pupils do during a company visit (the Medewerkerspaspoort): it can be a
    # task of a visit chain besides a chain of its own.
    visit_task: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Kerndoelen (core objectives) the activity works on, e.g. [42, 44, 45].
    core_objectives: Mapped[list[int]] = mapped_column(JSON, default=list)

    provider: Mapped[Provider | None] = relationship()
    worlds: Mapped[list[World]] = relationship(secondary=activity_worlds, order_by=World.id)
    professions: Mapped[list[Profession]] = relationship(
        secondary=activity_professions, order_by=Profession.id
    )
    lesson_templates: Mapped[list[LessonTemplate]] = relationship(
        back_populates="activity",
        cascade="all, delete-orphan",
        order_by="(LessonTemplate.kind, LessonTemplate.position)",
    )

    __table_args__ = (
        _grade_check("grade_min"),
        _grade_check("grade_max"),
        CheckConstraint("grade_min <= grade_max", name="grade_order"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes > 0", name="duration"),
        CheckConstraint("cost_cents IS NULL OR cost_cents >= 0", name="cost"),
    )

    def templates_of(self, kind: LessonKind) -> list[LessonTemplate]:
        return [t for t in self.lesson_templates if t.kind == kind]

    def template_slots(self, kind: LessonKind, count: int) -> list[LessonTemplate]:
        """``count`` templates of ``kind`` to write into, by position: the existing rows
        are reused (so chain lessons keep pointing at them), missing ones added, and the
        surplus removed."""
        existing = sorted(self.templates_of(kind), key=lambda t: t.position)
        for position in range(len(existing), count):
            template = LessonTemplate(kind=kind, position=position)
            self.lesson_templates.append(template)
            existing.append(template)
        for surplus in existing[count:]:
            self.lesson_templates.remove(surplus)
        return existing[:count]


class LessonTemplate(Base):
    """A preparation or reflection lesson as the catalog proposes it."""

    __tablename__ = "lesson_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LessonKind] = mapped_column(_enum(LessonKind, "lesson_kind"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    goal: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    materials: Mapped[list[str]] = mapped_column(JSON, default=list)

    activity: Mapped[Activity] = relationship(back_populates="lesson_templates")
    questions: Mapped[list[TemplateQuestion]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="TemplateQuestion.position",
    )


class TemplateQuestion(Base):
    __tablename__ = "template_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("lesson_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind, "question_kind"))
    competence: Mapped[CareerCompetence | None] = mapped_column(
        _enum(CareerCompetence, "career_competence")
    )

    template: Mapped[LessonTemplate] = relationship(back_populates="questions")


class SeedRecord(Base):
    """What the catalog seed last wrote for one item.

    Lets a newer seed update an item only when the user has not changed or
    deleted it since (see ``store/seed.py``).
    """

    __tablename__ = "seed_records"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


# --- company network ---------------------------------------------------------


class Company(Versioned, Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    min_grade: Mapped[int | None] = mapped_column(Integer)
    # Most pupils the company can receive at once; None = not known.
    capacity: Mapped[int | None] = mapped_column(Integer)
    safety_notes: Mapped[str] = mapped_column(Text, default="")
    safety_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    # The school years the company confirmed the contact for (it must confirm again each
    # year, so last year's confirmation stays with last year's plan).
    confirmations: Mapped[list[CompanyConfirmation]] = relationship(
        back_populates="company",
        cascade="all, delete-orphan",
        order_by="CompanyConfirmation.school_year",
    )
    contacts: Mapped[list[CompanyContact]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="CompanyContact.id"
    )
    role_models: Mapped[list[RoleModel]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="RoleModel.id"
    )
    worlds: Mapped[list[World]] = relationship(secondary=company_worlds, order_by=World.id)
    professions: Mapped[list[Profession]] = relationship(
        secondary=company_professions, order_by=Profession.id
    )

    __table_args__ = (
        UniqueConstraint("name", "place"),
        _grade_check("min_grade", nullable=True),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity"),
    )


    def confirmed_for(self, school_year: str) -> bool:
        """Whether the company confirmed the contact for school year ``school_year``."""
        return any(c.school_year == school_year for c in self.confirmations)


class CompanyConfirmation(Base):
    """A company confirmed the contact for one school year (``2026-2027``).

    The year by its label, not by a row of ``school_years``: a coordinator may confirm
    a company before the school or the year exists in the database.
    """

    __tablename__ = "company_confirmations"

    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True
    )
    school_year: Mapped[str] = mapped_column(String(9), primary_key=True, index=True)

    company: Mapped[Company] = relationship(back_populates="confirmations")


class CompanyContact(Base):
    __tablename__ = "company_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    company: Mapped[Company] = relationship(back_populates="contacts")


class RoleModel(Base):
    """A person pupils meet: an employee of a company, a parent giving a guest lesson, ..."""

    __tablename__ = "role_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    profession_id: Mapped[int | None] = mapped_column(
        ForeignKey("professions.id", ondelete="SET NULL")
    )
    # Free text when the profession is not in the list (or to be more precise).
    profession_text: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Breaks a common stereotype (a female mechanic, a male nurse).
    counter_stereotypical: Mapped[bool] = mapped_column(Boolean, default=False)
    is_parent: Mapped[bool] = mapped_column(Boolean, default=False)
    # A parent of the register as a role model (``store/parents.py`` keeps this row equal to
    # the parent's first name, job and flag): chains link it as their guest, and every
    # reader of a chain's role models counts the parent without knowing about the register.
    # Goes with the parent (ON DELETE CASCADE), and with it the chains' links.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("parents.id", ondelete="CASCADE"), unique=True
    )

    company: Mapped[Company | None] = relationship(back_populates="role_models")
    profession: Mapped[Profession | None] = relationship()
    parent: Mapped[Parent | None] = relationship(back_populates="role_model")


# --- school, classes, pupils -------------------------------------------------


def new_uid() -> str:
    """A random identifier that travels with a record to other databases (plan files)."""
    return str(uuid.uuid4())


class School(Versioned, Base):
    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The school's own identifier: the domain part of its calendar events' UIDs, so two
    # schools' events never collide; it travels in the plan file.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[Region] = mapped_column(_enum(Region, "region"))
    place: Mapped[str] = mapped_column(String(200), default="")
    # The free days the school chooses (domain.calendar.FreeDays): 5 May every year, and
    # Goede Vrijdag; both off unless the school says otherwise.
    liberation_day_off: Mapped[bool] = mapped_column(Boolean, default=True)
    good_friday_off: Mapped[bool] = mapped_column(Boolean, default=True)
    # Whom a company calls at school (the brief for the company); empty: the class's teacher.
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")

    @property
    def free_days(self) -> FreeDays:
        return FreeDays(
            liberation_day=self.liberation_day_off is not False,
            good_friday=self.good_friday_off is not False,
        )

    school_years: Mapped[list[SchoolYearRow]] = relationship(
        back_populates="school", cascade="all, delete-orphan", order_by="SchoolYearRow.label"
    )


class SchoolYearRow(Base):
    """A school year of the school (``2026-2027``); holds its classes and study days."""

    __tablename__ = "school_years"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(9))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    # A year before the current one is history: read-only in the window until unlocked.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    school: Mapped[School] = relationship(back_populates="school_years")
    study_days: Mapped[list[StudyDay]] = relationship(
        back_populates="school_year", cascade="all, delete-orphan", order_by="StudyDay.date"
    )
    holiday_moves: Mapped[list[HolidayMove]] = relationship(
        back_populates="school_year", cascade="all, delete-orphan", order_by="HolidayMove.start"
    )
    classes: Mapped[list[SchoolClass]] = relationship(
        back_populates="school_year",
        cascade="all, delete-orphan",
        order_by=lambda: (SchoolClass.grade, in_code_point_order(SchoolClass.name)),
    )

    __table_args__ = (
        UniqueConstraint("school_id", "label"),
        CheckConstraint("start_date < end_date", name="date_order"),
    )


class StudyDay(Base):
    __tablename__ = "study_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year_id: Mapped[int] = mapped_column(
        ForeignKey("school_years.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200), default="")

    school_year: Mapped[SchoolYearRow] = relationship(back_populates="study_days")

    __table_args__ = (UniqueConstraint("school_year_id", "date"),)


class HolidayMove(Base):
    """A school holiday the school takes in another week than the advised one.

    Only the autumn and spring holidays are advice; a school may move them.
    ``start`` is the first day (a Monday) of the week the school takes instead.
    """

    __tablename__ = "holiday_moves"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year_id: Mapped[int] = mapped_column(
        ForeignKey("school_years.id", ondelete="CASCADE"), index=True
    )
    holiday: Mapped[str] = mapped_column(String(50))
    start: Mapped[dt.date] = mapped_column(Date)

    school_year: Mapped[SchoolYearRow] = relationship(back_populates="holiday_moves")

    __table_args__ = (UniqueConstraint("school_year_id", "holiday"),)


# Which classes of the year before a class came from (usually one: "Groep 6b" became
# "Groep 7b"; a merged class has two, a split class shares one): the cohort's line.
class_origins = Table(
    "class_origins",
    Base.metadata,
    Column("class_id", ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True),
    Column("previous_class_id", ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True),
)


class SchoolClass(Versioned, Base):
    """A concrete group of pupils in one school year (``groep 6b``)."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year_id: Mapped[int] = mapped_column(
        ForeignKey("school_years.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    grade: Mapped[int] = mapped_column(Integer)
    teacher: Mapped[str] = mapped_column(String(200), default="")

    school_year: Mapped[SchoolYearRow] = relationship(back_populates="classes")
    pupils: Mapped[list[Pupil]] = relationship(
        back_populates="school_class",
        cascade="all, delete-orphan",
        order_by=lambda: in_code_point_order(Pupil.display_name),
    )
    chains: Mapped[list[Chain]] = relationship(
        back_populates="school_class", cascade="all, delete-orphan", order_by="Chain.date"
    )
    previous_classes: Mapped[list[SchoolClass]] = relationship(
        secondary=class_origins,
        primaryjoin=lambda: SchoolClass.id == class_origins.c.class_id,
        secondaryjoin=lambda: SchoolClass.id == class_origins.c.previous_class_id,
        order_by=lambda: in_code_point_order(SchoolClass.name),
    )

    __table_args__ = (UniqueConstraint("school_year_id", "name"), _grade_check("grade"))


class Pupil(Versioned, Base):
    """A pupil, known only by a display name (privacy: no surname, no birth date)."""

    __tablename__ = "pupils"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(100))
    # The same child in the year before (a row per pupil per school year): the pupil's
    # record follows these links back. Purging the old year cuts the link.
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("pupils.id", ondelete="SET NULL"), index=True
    )

    school_class: Mapped[SchoolClass] = relationship(back_populates="pupils")


class Parent(Versioned, Base):
    """A parent in the school's register of what parents offer, kept with their consent.

    Privacy (domain.md, "Privacy"): the same minimum as a pupil — a first name (the pupils'
    name rule, ``domain.pupil_names``), never a surname, no address or telephone number — the
    child's class, and the date the parent consented; a row without that date is refused.
    ``class_id`` is the child's class when the parent was entered or last saved; later years
    follow the class's line (``class_origins``), so ``year new`` writes nothing here
    (``store/parents.py``). A parent whose line ends (the child left school) goes with the
    purge of past school years.
    """

    __tablename__ = "parents"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    # The job: a profession of the list (its world counts for the rules) and/or free text.
    profession_id: Mapped[int | None] = mapped_column(
        ForeignKey("professions.id", ondelete="SET NULL")
    )
    job: Mapped[str] = mapped_column(String(200), default="")
    # Where the parent works: a company of the network, or free text (both optional).
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    company_text: Mapped[str] = mapped_column(String(200), default="")
    counter_stereotypical: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the parent offers.
    guest_lesson: Mapped[bool] = mapped_column(Boolean, default=False)
    workplace_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    accompanying: Mapped[bool] = mapped_column(Boolean, default=False)
    event_help: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    school_class: Mapped[SchoolClass] = relationship()
    profession: Mapped[Profession | None] = relationship()
    company: Mapped[Company | None] = relationship()
    role_model: Mapped[RoleModel | None] = relationship(
        back_populates="parent", cascade="all, delete-orphan", uselist=False
    )


# --- chains --------------------------------------------------------------------


class Chain(Versioned, Base):
    """Preparation lessons → the activity → reflection lessons, for one class."""

    __tablename__ = "chains"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across databases (plan export and import, a restore, next year's copy): the
    # calendar's UIDs are built from it, never from the database id.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    # Raised by every change of the chain or its lessons (store/chain_history.py): the
    # calendar's SEQUENCE and LAST-MODIFIED, so a calendar takes a re-export as newer.
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    modified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="RESTRICT"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    # The chain of last year this one was copied from by ``year new`` (None: planned anew).
    origin_chain_id: Mapped[int | None] = mapped_column(
        ForeignKey("chains.id", ondelete="SET NULL"), index=True
    )
    # The chain of the same class this one follows up (a visit, then the build assignment,
    # then a presentation: one series). None: it stands alone or starts a series.
    follows_chain_id: Mapped[int | None] = mapped_column(
        ForeignKey("chains.id", ondelete="SET NULL"), index=True
    )
    # The first day of the activity; with ``activity_end_date`` the last (a project week, a
    # six-week project). None: the activity takes one day.
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    activity_end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ChainStatus] = mapped_column(
        _enum(ChainStatus, "chain_status"), default=ChainStatus.CONCEPT
    )
    # The running school project or theme the chain belongs to.
    project: Mapped[str] = mapped_column(String(200), default="")
    core_objectives: Mapped[list[int]] = mapped_column(JSON, default=list)
    transport_arranged: Mapped[bool] = mapped_column(Boolean, default=False)
    # How the class travels to an outing; None: not chosen yet.
    transport_mode: Mapped[TransportMode | None] = mapped_column(
        _enum(TransportMode, "transport_mode")
    )
    # Departure from school and return there on the activity's day; None: not known yet.
    departure_time: Mapped[dt.time | None] = mapped_column(Time)
    return_time: Mapped[dt.time | None] = mapped_column(Time)
    # Accompanying adults for an outing (teacher included).
    companions: Mapped[int] = mapped_column(Integer, default=0)
    # How the parent letter tells why: broadly or concretely (``LetterVariant``).
    letter_variant: Mapped[LetterVariant] = mapped_column(
        _enum(LetterVariant, "letter_variant"), default=LetterVariant.BROAD
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The teacher's short observation after the chain.
    observation: Mapped[str] = mapped_column(Text, default="")
    # The brief for the company (domain/company_brief.py): arrival at and departure from
    # the company (a guest lesson: its start and end at school), the goal of the visit, the
    # class's research question, the pupils' questions (one a line) and the day programme
    # as edited (a JSON list of {"time": "HH:MM" or null, "what": text}; None: the
    # proposal from the times).
    visit_start: Mapped[dt.time | None] = mapped_column(Time)
    visit_end: Mapped[dt.time | None] = mapped_column(Time)
    visit_goal: Mapped[str] = mapped_column(Text, default="")
    research_question: Mapped[str] = mapped_column(Text, default="")
    pupil_questions: Mapped[str] = mapped_column(Text, default="")
    day_programme: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    school_class: Mapped[SchoolClass] = relationship(back_populates="chains")
    activity: Mapped[Activity] = relationship()
    company: Mapped[Company | None] = relationship()
    lessons: Mapped[list[ChainLesson]] = relationship(
        back_populates="chain",
        cascade="all, delete-orphan",
        order_by="(ChainLesson.date, ChainLesson.position)",
    )
    role_models: Mapped[list[RoleModel]] = relationship(
        secondary=chain_role_models, order_by=RoleModel.id
    )
    tasks: Mapped[list[Activity]] = relationship(secondary=chain_tasks, order_by=Activity.id)

    __table_args__ = (
        CheckConstraint("companions >= 0", name="companions"),
        CheckConstraint(
            "activity_end_date IS NULL OR activity_end_date > date", name="activity_end_after_start"
        ),
    )

    @property
    def last_day(self) -> dt.date:
        """The activity's last day (its only day when it takes one)."""
        return self.activity_end_date or self.date

    def lessons_of(self, kind: LessonKind) -> list[ChainLesson]:
        return [lesson for lesson in self.lessons if lesson.kind == kind]


class ChainPupil(Base):
    """One pupil's part in one chain, as the teacher entered it (the pupil's record):
    absent, the talents recognised in the reflection, "wil ik meer van weten" and a line
    in the pupil's own words. A row exists only when something was entered.

    Goes with the chain and with the pupil (ON DELETE CASCADE: deleting either, or purging
    a past year's pupils, deletes it). A chain moved to another class keeps the rows of its
    old class's pupils; they count again only when it moves back.
    """

    __tablename__ = "chain_pupils"

    chain_id: Mapped[int] = mapped_column(
        ForeignKey("chains.id", ondelete="CASCADE"), primary_key=True
    )
    pupil_id: Mapped[int] = mapped_column(
        ForeignKey("pupils.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    absent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Talent values (domain.pupil_record.Talent), in the list's order.
    talents: Mapped[list[str]] = mapped_column(JSON, default=list)
    wants_more: Mapped[bool] = mapped_column(Boolean, default=False)
    own_words: Mapped[str] = mapped_column(String(200), default="")


class ChainMeasurement(Base):
    """The class's totals of the before-and-after question of one chain (issue 18 item 1):
    how many pupils drew or ticked a woman, a man, both or could not say, before the
    activity and after it, and how many said they would want this work. NULL: not counted
    (not the same as 0). No answer of a single pupil is kept. Goes with its chain."""

    __tablename__ = "chain_measurements"

    chain_id: Mapped[int] = mapped_column(
        ForeignKey("chains.id", ondelete="CASCADE"), primary_key=True
    )
    before_woman: Mapped[int | None] = mapped_column(Integer)
    before_man: Mapped[int | None] = mapped_column(Integer)
    before_both: Mapped[int | None] = mapped_column(Integer)
    before_unclear: Mapped[int | None] = mapped_column(Integer)
    before_want: Mapped[int | None] = mapped_column(Integer)
    after_woman: Mapped[int | None] = mapped_column(Integer)
    after_man: Mapped[int | None] = mapped_column(Integer)
    after_both: Mapped[int | None] = mapped_column(Integer)
    after_unclear: Mapped[int | None] = mapped_column(Integer)
    after_want: Mapped[int | None] = mapped_column(Integer)


class ChainEvaluationRow(Versioned, Base):
    """The evaluation of one chain (``domain/evaluation.py``): the teacher's side and the
    company's answers as the teacher entered them, with the company's contact person at
    the time. One row per chain, only once something was entered; it goes with the chain
    (ON DELETE CASCADE). Its own row version: the chain builder saves it apart from the
    chain, so a colleague's evaluation is never overwritten unseen, nor does it make the
    chain's form stale.
    """

    __tablename__ = "chain_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(
        ForeignKey("chains.id", ondelete="CASCADE"), unique=True
    )
    went_well: Mapped[str] = mapped_column(Text, default="")
    pupils_asked: Mapped[str] = mapped_column(Text, default="")
    people_met: Mapped[str] = mapped_column(Text, default="")
    # Each enum column its own CHECK constraint name (one table, so one name each).
    preparation_helped: Mapped[Degree | None] = mapped_column(_enum(Degree, "preparation_helped"))
    reflection_attitudes: Mapped[Degree | None] = mapped_column(
        _enum(Degree, "reflection_attitudes")
    )
    again: Mapped[Again | None] = mapped_column(_enum(Again, "teacher_again"))
    company_went_well: Mapped[str] = mapped_column(Text, default="")
    company_pupils_asked: Mapped[str] = mapped_column(Text, default="")
    company_again: Mapped[Again | None] = mapped_column(_enum(Again, "company_again"))
    company_remarks: Mapped[str] = mapped_column(Text, default="")
    # The company the contact below belongs to (the chain's company when it was taken): a
    # later save takes the contact again only when the chain's company changed since.
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    evaluated_on: Mapped[dt.date] = mapped_column(Date)


class CancelledChain(Base):
    """A chain that was deleted: exported to calendars as cancelled (STATUS:CANCELLED), with
    the UIDs its events had, so a calendar that imported it drops it."""

    __tablename__ = "cancelled_chains"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_year_id: Mapped[int] = mapped_column(
        ForeignKey("school_years.id", ondelete="CASCADE"), index=True
    )
    uid: Mapped[str] = mapped_column(String(36), index=True)
    class_name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    preparations: Mapped[int] = mapped_column(Integer, default=0)
    reflections: Mapped[int] = mapped_column(Integer, default=0)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancelled_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ChainLesson(Base):
    """A preparation or reflection lesson of one chain, on a date."""

    __tablename__ = "chain_lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LessonKind] = mapped_column(_enum(LessonKind, "lesson_kind"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("lesson_templates.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    chain: Mapped[Chain] = relationship(back_populates="lessons")
    template: Mapped[LessonTemplate | None] = relationship()


class Setting(Base):
    """A setting (rule thresholds, preferences) as a JSON value under a key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --- change log ------------------------------------------------------------------


class ChangeLogEntry(Base):
    """One committed write transaction: who wrote it, when, and which rows it touched.

    Written by ``store/change_log.py`` inside the transaction itself, so it is
    there exactly when the change is. Undo checks it for a colleague's later
    change; an open window reads it to refresh what another program changed.
    """

    __tablename__ = "change_log"

    # AUTOINCREMENT: a revision is never handed out twice, also after old rows are pruned.
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Random per open database (a window, a command-line run).
    writer: Mapped[str] = mapped_column(String(32))
    # UTC.
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    # {"own": {table: keys}, "parent": {table: keys}} (see change_log.Touched).
    touched: Mapped[Any] = mapped_column(JSON)

    __table_args__ = ({"sqlite_autoincrement": True},)

