"""The fields of plan file version 1 and their checks (docs/plan-format.md).

``Version1Reader`` turns a parsed JSON object into a ``PlanDocument``. It
notes every fault with its place instead of stopping at the first, and
checks what the file can be checked for on its own: required and unknown
fields, types, lengths, characters, dates inside the school year, grades,
duplicates, and pupils' display names (``domain.pupil_names``: a name that
holds a surname or two pupils is refused, with the place).
docs/plan-format.schema.json states the same rules; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from beroepsplanner.domain.calendar import MOVABLE_HOLIDAYS
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, ChainStatus, Region, TransportMode
from beroepsplanner.domain.pupil_names import NAME_MAX, PupilNameError, display_name_from
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.io.plan_document import (
    PlanChain,
    PlanClass,
    PlanCompany,
    PlanContact,
    PlanDocument,
    PlanHolidayMove,
    PlanLesson,
    PlanRoleModel,
    PlanSchool,
    PlanStudyDay,
)
from beroepsplanner.io.plan_fields import (
    Fields,
    Problems,
    as_integer,
    check_date,
    check_text,
    describe,
    shorten,
)

TOP_REQUIRED = (
    "format", "version", "school", "school_year", "study_days", "classes", "companies", "chains",
)
TOP_OPTIONAL = ("study_day_notes", "holiday_moves")
COMPANY_OPTIONAL = (
    "place", "address", "description", "min_grade", "capacity", "confirmed",
    "safety_checked", "safety_notes", "notes", "worlds", "professions", "contacts",
    "role_models",
)
CHAIN_REQUIRED = ("class", "activity", "date", "preparation", "reflection")
CHAIN_OPTIONAL = (
    "company", "company_place", "status", "project", "core_objectives",
    "transport_arranged", "companions", "transport_mode", "departure_time",
    "return_time", "notes", "observation", "role_models", "uid",
)

# Bounds that keep numbers sensible (and inside what a database column holds).
MAX_CAPACITY = 10_000
MAX_COMPANIONS = 1_000
MAX_TEMPLATE = 99
CORE_OBJECTIVES = (1, 58)
KEY_LENGTH = 64


# School years the calendar (and the ``holidays`` package) can handle.
FIRST_YEARS = (2000, 2098)

SCHOOL_YEAR = re.compile(r"([0-9]{4})-([0-9]{4})")
_NO_DATE = dt.date.min  # stands in for a faulty date; the document is never returned then


class Version1Reader:
    """Reads the fields of version 1 (docs/plan-format.md), noting every fault."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def document(self, value: dict[str, Any], source: str | None) -> PlanDocument:
        top = Fields(self.problems, value, "", required=TOP_REQUIRED, optional=TOP_OPTIONAL)
        year = self.school_year(top)
        school = self.school(top)
        study_days = self.study_days(top, year)
        holiday_moves = self.holiday_moves(top, year)
        classes = self.classes(top)
        companies = self.companies(top)
        chains = tuple(self.chain(where, item, year) for where, item in top.items("chains"))
        self.problems.raise_if_any(source)
        assert year is not None and school is not None
        return PlanDocument(
            school=school,
            school_year=year,
            study_days=study_days,
            holiday_moves=holiday_moves,
            classes=classes,
            companies=companies,
            chains=chains,
        )

    def school_year(self, top: Fields) -> SchoolYear | None:
        if not top.has("school_year"):
            return None
        value = top.data["school_year"]
        match = SCHOOL_YEAR.fullmatch(value) if isinstance(value, str) else None
        first = int(match[1]) if match else 0
        if match and int(match[2]) == first + 1 and FIRST_YEARS[0] <= first <= FIRST_YEARS[1]:
            return SchoolYear(first)
        self.problems.add(
            top.at("school_year"),
            f"{describe(value)} is geen schooljaar; schrijf twee opeenvolgende jaren, "
            "bijvoorbeeld '2026-2027'",
            "plan-bad-school-year",
            found=describe(value),
        )
        return None

    def school(self, top: Fields, more: tuple[str, ...] = ()) -> PlanSchool | None:
        if not top.has("school"):
            return None
        school = Fields(
            self.problems, top.data["school"], "school", required=("name", "region"),
            optional=("place", "uid", "liberation_day_off", "good_friday_off", *more),
        )
        return PlanSchool(
            contact_name=school.text("contact_name", max_length=200),
            contact_phone=school.text("contact_phone", max_length=50),
            contact_email=school.text("contact_email", max_length=254),
            name=school.name("name", max_length=200),
            region=school.choice("region", Region, Region.MIDDEN),
            place=school.text("place", max_length=200),
            uid=school.uid("uid"),
            liberation_day_off=school.boolean("liberation_day_off", default=True),
            good_friday_off=school.boolean("good_friday_off", default=True),
        )

    def study_days(self, top: Fields, year: SchoolYear | None) -> tuple[PlanStudyDay, ...]:
        days: dict[dt.date, str] = {}
        for where, item in top.items("study_days"):
            day = check_date(self.problems, item, where, year)
            if day is not None and day in days:
                self.problems.add(
                    where, f"{day.isoformat()} staat er al eerder in", "plan-twice", text=day.isoformat()
                )
            elif day is not None:
                days[day] = ""
        if top.has("study_day_notes"):
            notes = top.data["study_day_notes"]
            if not isinstance(notes, dict):
                self.problems.add(
                    top.at("study_day_notes"), f"object verwacht, gevonden: {describe(notes)}",
                    "plan-object-expected", found=describe(notes),
                )
                notes = {}
            for key in getattr(notes, "duplicates", ()):
                self.problems.add(
                    f"{top.at('study_day_notes')}.{shorten(key)}", "deze datum staat er meer dan eens",
                    "plan-date-twice",
                )
            for key, text in notes.items():
                where = f"{top.at('study_day_notes')}.{shorten(key)}"
                day = check_date(self.problems, key, where, None)
                description = check_text(self.problems, text, where, max_length=200, blank=True)
                if day is not None and day not in days:
                    self.problems.add(
                        where, "deze datum staat niet in study_days", "plan-note-not-study-day"
                    )
                elif day is not None and description is not None:
                    days[day] = description
        return tuple(PlanStudyDay(day, text) for day, text in sorted(days.items()))

    def holiday_moves(self, top: Fields, year: SchoolYear | None) -> tuple[PlanHolidayMove, ...]:
        moves: dict[str, PlanHolidayMove] = {}
        for where, item in top.items("holiday_moves"):
            move = Fields(self.problems, item, where, required=("holiday", "start"))
            holiday = move.name("holiday", max_length=50)
            start = move.date("start", year)
            if holiday and holiday not in MOVABLE_HOLIDAYS:
                allowed = " of ".join(f"'{name}'" for name in sorted(MOVABLE_HOLIDAYS))
                self.problems.add(
                    move.at("holiday"), f"'{holiday}' kan niet worden verschoven; kies {allowed}",
                    "plan-holiday-not-movable",
                    holiday=holiday,
                    allowed=tuple(sorted(MOVABLE_HOLIDAYS)),
                )
            elif holiday in moves:
                self.problems.add(
                    move.at("holiday"), f"'{holiday}' staat er al eerder in", "plan-twice",
                    text=f"'{holiday}'",
                )
            elif holiday and start is not None:
                moves[holiday] = PlanHolidayMove(holiday, start)
        return tuple(moves.values())

    def classes(self, top: Fields) -> tuple[PlanClass, ...]:
        classes: list[PlanClass] = []
        first: dict[str, str] = {}
        for where, item in top.items("classes"):
            fields = Fields(
                self.problems, item, where, required=("name", "grade", "pupils"),
                optional=("teacher",),
            )
            name = fields.name("name", max_length=100)
            if name in first:
                self.problems.add(
                    fields.at("name"), f"de klas '{name}' staat er al eerder in ({first[name]})",
                    "plan-class-twice", class_name=name, first=first[name],
                )
            elif name:
                first[name] = where
            classes.append(
                PlanClass(
                    name=name,
                    grade=fields.integer("grade", low=GRADE_MIN, high=GRADE_MAX, default=0) or 0,
                    teacher=fields.text("teacher", max_length=200),
                    pupils=self.pupils(fields),
                )
            )
        return tuple(classes)

    def pupils(self, fields: Fields) -> tuple[str, ...]:
        """The display names of a class: the rule of every entry, and no name twice."""
        names: list[str] = []
        first: dict[str, str] = {}
        for where, item in fields.items("pupils"):
            text = check_text(self.problems, item, where, max_length=NAME_MAX, blank=False)
            if text is None:
                continue
            try:
                display_name_from(text)
            except PupilNameError as exc:
                self.problems.add(
                    where, exc.reason.rstrip("."), getattr(exc, "key", None),
                    **dict(getattr(exc, "values", ())),
                )
                continue
            name = text.strip()
            key = unicodedata.normalize("NFC", name).casefold()
            if key in first:
                self.problems.add(
                    where, f"'{name}' staat al eerder in deze klas ({first[key]})",
                    "plan-pupil-twice", pupil=name, first=first[key],
                )
                continue
            first[key] = where
            names.append(name)
        return tuple(names)

    def companies(self, top: Fields) -> tuple[PlanCompany, ...]:
        companies: list[PlanCompany] = []
        first: dict[tuple[str, str], str] = {}
        for where, item in top.items("companies"):
            company = self.company(where, item)
            if company.key in first:
                self.problems.add(
                    where,
                    f"het bedrijf '{company.name}' in '{company.place}' staat er al eerder in "
                    f"({first[company.key]})",
                    "plan-company-twice",
                    company=company.name,
                    company_place=company.place,
                    first=first[company.key],
                )
            elif company.name:
                first[company.key] = where
            companies.append(company)
        return tuple(companies)

    def company(self, where: str, item: Any) -> PlanCompany:
        return self.company_from(
            Fields(self.problems, item, where, required=("name",), optional=COMPANY_OPTIONAL)
        )

    def company_from(self, fields: Fields) -> PlanCompany:
        """The fields both versions have (version 2 has ``confirmed_years`` instead)."""
        return PlanCompany(
            name=fields.name("name", max_length=200),
            place=fields.text("place", max_length=200),
            address=fields.text("address", max_length=300),
            description=fields.free_text("description"),
            min_grade=fields.integer("min_grade", low=GRADE_MIN, high=GRADE_MAX, nullable=True),
            capacity=fields.integer("capacity", low=1, high=MAX_CAPACITY, nullable=True),
            confirmed=fields.boolean("confirmed"),
            safety_checked=fields.boolean("safety_checked"),
            safety_notes=fields.free_text("safety_notes"),
            notes=fields.free_text("notes"),
            worlds=self.unique_keys(fields, "worlds"),
            professions=self.unique_keys(fields, "professions"),
            contacts=tuple(self.contact(w, i) for w, i in fields.items("contacts")),
            role_models=tuple(self.role_model(w, i) for w, i in fields.items("role_models")),
        )

    def unique_keys(self, fields: Fields, key: str) -> tuple[str, ...]:
        keys: list[str] = []
        for where, item in fields.items(key):
            text = check_text(self.problems, item, where, max_length=KEY_LENGTH, blank=False)
            if text is not None and text in keys:
                self.problems.add(
                    where, f"'{text}' staat er al eerder in", "plan-twice", text=f"'{text}'"
                )
            elif text is not None:
                keys.append(text)
        return tuple(keys)

    def contact(self, where: str, item: Any) -> PlanContact:
        fields = Fields(
            self.problems, item, where, required=("name",), optional=("role", "email", "phone")
        )
        return PlanContact(
            name=fields.name("name", max_length=200),
            role=fields.text("role", max_length=200),
            email=fields.text("email", max_length=254),
            phone=fields.text("phone", max_length=50),
        )

    def role_model(self, where: str, item: Any) -> PlanRoleModel:
        fields = Fields(
            self.problems, item, where, required=("name",),
            optional=(
                "profession", "profession_text", "description", "counter_stereotypical",
                "is_parent",
            ),
        )
        profession = None
        if fields.has("profession") and fields.data["profession"] is not None:
            profession = check_text(
                self.problems, fields.data["profession"], fields.at("profession"),
                max_length=KEY_LENGTH, blank=False,
            )
        return PlanRoleModel(
            name=fields.name("name", max_length=200),
            profession=profession,
            profession_text=fields.text("profession_text", max_length=200),
            description=fields.free_text("description"),
            counter_stereotypical=fields.boolean("counter_stereotypical"),
            is_parent=fields.boolean("is_parent"),
        )

    def chain(self, where: str, item: Any, year: SchoolYear | None) -> PlanChain:
        fields = Fields(
            self.problems, item, where, required=CHAIN_REQUIRED, optional=CHAIN_OPTIONAL
        )
        return self.chain_from(fields, year)

    def chain_from(self, fields: Fields, year: SchoolYear | None) -> PlanChain:
        """The fields of a chain that both versions have."""
        company = None
        if fields.has("company") and fields.data["company"] is not None:
            company = fields.name("company", max_length=200) or None
        company_place = None
        if fields.has("company_place"):
            company_place = fields.text("company_place", max_length=200)
            if company is None:
                self.problems.add(
                    fields.at("company_place"), "hoort bij 'company', dat ontbreekt",
                    "plan-place-without-company",
                )
        role_models = fields.texts("role_models", max_length=200)
        if role_models and company is None:
            self.problems.add(
                fields.at("role_models"), "rolmodellen horen bij een bedrijf; vul 'company' in",
                "plan-role-models-without-company",
            )
        objectives = []
        low, high = CORE_OBJECTIVES
        for spot, value in fields.items("core_objectives"):
            number = as_integer(value)
            if number is None or not low <= number <= high:
                self.problems.add(
                    spot, f"kerndoel {low} tot en met {high} verwacht, gevonden: {describe(value)}",
                    "plan-core-objective-expected", low=low, high=high, found=describe(value),
                )
            else:
                objectives.append(number)
        departure, back = fields.time("departure_time"), fields.time("return_time")
        if departure is not None and back is not None and back <= departure:
            self.problems.add(
                fields.at("return_time"),
                f"de klas is om {back:%H:%M} terug maar vertrekt om {departure:%H:%M}; "
                "de terugkomst moet na het vertrek liggen",
                "plan-back-before-departure",
                back=f"{back:%H:%M}",
                departure=f"{departure:%H:%M}",
            )
            back = None
        return PlanChain(
            class_name=fields.name("class", max_length=100),
            activity=fields.name("activity", max_length=KEY_LENGTH),
            date=fields.date("date", year) or _NO_DATE,
            company=company,
            company_place=company_place,
            status=fields.choice("status", ChainStatus, ChainStatus.CONCEPT),
            project=fields.text("project", max_length=200),
            core_objectives=tuple(objectives),
            transport_arranged=fields.boolean("transport_arranged"),
            companions=fields.integer("companions", low=0, high=MAX_COMPANIONS, default=0) or 0,
            transport_mode=fields.choice(
                "transport_mode", TransportMode, None, nullable=True
            ),
            departure_time=departure,
            return_time=back,
            notes=fields.free_text("notes"),
            observation=fields.free_text("observation"),
            role_models=role_models,
            preparation=tuple(self.lesson(w, i, year) for w, i in fields.items("preparation")),
            reflection=tuple(self.lesson(w, i, year) for w, i in fields.items("reflection")),
            uid=fields.uid("uid"),
        )

    def lesson(self, where: str, item: Any, year: SchoolYear | None) -> PlanLesson:
        fields = Fields(
            self.problems, item, where, required=("date",), optional=("title", "notes", "template")
        )
        return PlanLesson(
            date=fields.date("date", year) or _NO_DATE,
            title=fields.text("title", max_length=200) if fields.has("title") else None,
            notes=fields.free_text("notes"),
            template=fields.integer("template", low=0, high=MAX_TEMPLATE, nullable=True),
            auto_template=not fields.has("template"),
        )
