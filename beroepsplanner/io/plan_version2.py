"""The fields of plan file version 2 and their checks (docs/plan-format.md).

Version 2 holds every school year of a school (``school_years``), each with its own
calendar, classes and chains, and what links them: a pupil's ``previous`` key (the same
child the year before), a chain's ``follows`` and ``origin`` (uids of other chains), the
pupil record (``record``), evaluations, measurements and cancelled chains. Companies are
shared by the years, with the years they confirmed. ``Version2Reader`` reads the fields
(the ones version 1 has by ``Version1Reader``'s rules); ``plan_links`` checks the links
between them. docs/plan-format-v2.schema.json states the same rules; keep them in step
(tests/io/test_plan_schema2.py).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace
from typing import Any

from beroepsplanner.domain.company_brief import PROGRAMME_MAX, PROGRAMME_TEXT_MAX
from beroepsplanner.domain.evaluation import TEXT_MAX as EVALUATION_TEXT_MAX
from beroepsplanner.domain.evaluation import Again, Degree
from beroepsplanner.domain.kinds import GRADE_MAX, GRADE_MIN, LetterVariant
from beroepsplanner.domain.pupil_names import NAME_MAX, PupilNameError, display_name_from
from beroepsplanner.domain.pupil_record import OWN_WORDS_MAX, Talent
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.io.plan_document import (
    MEASUREMENT_FIELDS,
    PlanCancelledChain,
    PlanChain,
    PlanClass,
    PlanEvaluation,
    PlanMeasurement,
    PlanProgrammeItem,
    PlanPupil,
    PlanRecordEntry,
    PlanSettings,
    PlanYear,
    SchoolPlan,
)
from beroepsplanner.io.plan_fields import Fields, check_text, describe
from beroepsplanner.io.plan_links import check_links, check_years
from beroepsplanner.io.plan_settings import read_settings
from beroepsplanner.io.plan_version1 import (
    CHAIN_OPTIONAL,
    CHAIN_REQUIRED,
    COMPANY_OPTIONAL,
    FIRST_YEARS,
    KEY_LENGTH,
    SCHOOL_YEAR,
    Version1Reader,
)

TOP_REQUIRED = ("format", "version", "school", "school_years", "companies")
TOP_OPTIONAL = ("settings",)
SCHOOL_CONTACT = ("contact_name", "contact_phone", "contact_email")
YEAR_REQUIRED = ("school_year", "study_days", "classes", "chains")
YEAR_OPTIONAL = ("study_day_notes", "holiday_moves", "cancelled_chains")
CLASS_REQUIRED = ("name", "grade", "pupils")
CLASS_OPTIONAL = ("teacher", "previous_classes")
PUPIL_REQUIRED = ("key", "name")
PUPIL_OPTIONAL = ("previous",)
COMPANY_OPTIONAL_2 = tuple(f for f in COMPANY_OPTIONAL if f != "confirmed") + ("confirmed_years",)
CHAIN_OPTIONAL_2 = CHAIN_OPTIONAL + (
    "follows", "origin", "activity_end_date", "tasks", "letter_variant", "visit_start",
    "visit_end", "visit_goal", "research_question", "pupil_questions", "day_programme",
    "record", "evaluation", "measurement",
)
RECORD_REQUIRED = ("pupil",)
RECORD_OPTIONAL = ("absent", "talents", "wants_more", "own_words")
EVALUATION_REQUIRED = ("evaluated_on",)
EVALUATION_TEXTS = (
    "went_well", "pupils_asked", "people_met", "company_went_well", "company_pupils_asked",
    "company_remarks",
)
EVALUATION_OPTIONAL = EVALUATION_TEXTS + (
    "preparation_helped", "reflection_attitudes", "again", "company_again", "contact_name",
    "contact_role",
)
CANCELLED_REQUIRED = ("uid", "class", "title", "date")
CANCELLED_OPTIONAL = ("preparations", "reflections", "sequence", "cancelled_at")
BRIEF_TEXT_MAX = 2000  # store/brief_fields.TEXT_MAX
MAX_COUNT = 1000  # a class's total in a measurement
MAX_SEQUENCE = 1_000_000
MAX_LESSONS = 99

_NO_DATE = dt.date.min  # stands in for a faulty date; the document is never returned then


class Version2Reader(Version1Reader):
    """Reads the fields of version 2, noting every fault with its place."""

    def school_plan(self, value: dict[str, Any], source: str | None) -> SchoolPlan:
        top = Fields(self.problems, value, "", required=TOP_REQUIRED, optional=TOP_OPTIONAL)
        school = self.school(top, SCHOOL_CONTACT)
        years = [self.year(where, item) for where, item in top.items("school_years")]
        if top.has("school_years") and isinstance(top.data["school_years"], list) and not years:
            self.problems.add(
                "school_years", "de lijst is leeg; een planbestand heeft minstens één schooljaar",
                "plan-no-years",
            )
        companies = self.companies(top)
        settings = read_settings(self.problems, top) if top.has("settings") else PlanSettings()
        found = tuple(year for year in years if year is not None)
        check_years(self.problems, found)
        if not self.problems:
            check_links(self.problems, found)
        self.problems.raise_if_any(source)
        assert school is not None
        return SchoolPlan(school=school, years=found, companies=companies, settings=settings)

    def year(self, where: str, item: Any) -> PlanYear | None:
        fields = Fields(
            self.problems, item, where, required=YEAR_REQUIRED, optional=YEAR_OPTIONAL
        )
        if not fields.ok:
            return None
        year = self.school_year(fields)
        classes = tuple(self.school_class(w, i) for w, i in fields.items("classes"))
        first: dict[str, str] = {}
        for (spot, _), school_class in zip(fields.items("classes"), classes, strict=True):
            if school_class.name in first:
                self.problems.add(
                    f"{spot}.name",
                    f"de klas '{school_class.name}' staat er al eerder in ({first[school_class.name]})",
                    "plan-class-twice", class_name=school_class.name, first=first[school_class.name],
                )
            elif school_class.name:
                first[school_class.name] = spot
        result = PlanYear(
            school_year=year or SchoolYear(2000),
            study_days=self.study_days(fields, year),
            holiday_moves=self.holiday_moves(fields, year),
            classes=classes,
            chains=tuple(self.chain(w, i, year) for w, i in fields.items("chains")),
            cancelled=tuple(
                self.cancelled(w, i, year) for w, i in fields.items("cancelled_chains")
            ),
            where=f"{where}.",
        )
        return result if year is not None else None

    def school_class(self, where: str, item: Any) -> PlanClass:
        fields = Fields(
            self.problems, item, where, required=CLASS_REQUIRED, optional=CLASS_OPTIONAL
        )
        members = self.members(fields)
        return PlanClass(
            name=fields.name("name", max_length=100),
            grade=fields.integer("grade", low=GRADE_MIN, high=GRADE_MAX, default=0) or 0,
            teacher=fields.text("teacher", max_length=200),
            pupils=tuple(m.name for m in members),
            members=members,
            previous_classes=fields.texts("previous_classes", max_length=100),
        )

    def members(self, fields: Fields) -> tuple[PlanPupil, ...]:
        """The pupils of a class with their keys: each name by the rule, no name twice."""
        found: list[PlanPupil] = []
        first: dict[str, str] = {}
        for where, item in fields.items("pupils"):
            pupil = Fields(
                self.problems, item, where, required=PUPIL_REQUIRED, optional=PUPIL_OPTIONAL
            )
            key = pupil.name("key", max_length=KEY_LENGTH)
            previous = None
            if pupil.has("previous") and pupil.data["previous"] is not None:
                previous = pupil.name("previous", max_length=KEY_LENGTH) or None
            text = pupil.name("name", max_length=NAME_MAX)
            if not text:
                continue
            try:
                display_name_from(text)
            except PupilNameError as exc:
                self.problems.add(
                    pupil.at("name"), exc.reason.rstrip("."), getattr(exc, "key", None),
                    **dict(getattr(exc, "values", ())),
                )
                continue
            name = text.strip()
            folded = unicodedata.normalize("NFC", name).casefold()
            if folded in first:
                self.problems.add(
                    pupil.at("name"), f"'{name}' staat al eerder in deze klas ({first[folded]})",
                    "plan-pupil-twice", pupil=name, first=first[folded],
                )
                continue
            first[folded] = where
            found.append(PlanPupil(key=key, name=name, previous=previous))
        return tuple(found)

    def company(self, where: str, item: Any) -> Any:
        fields = Fields(self.problems, item, where, required=("name",), optional=COMPANY_OPTIONAL_2)
        company = self.company_from(fields)
        years: list[str] = []
        for spot, value in fields.items("confirmed_years"):
            label = self.year_label(spot, value)
            if label is not None and label in years:
                self.problems.add(spot, f"'{label}' staat er al eerder in", "plan-twice", text=f"'{label}'")
            elif label is not None:
                years.append(label)
        return replace(company, confirmed_years=tuple(sorted(years)))

    def year_label(self, where: str, value: Any) -> str | None:
        year = _label_of(value)
        if year is None:
            self.problems.add(
                where,
                f"{describe(value)} is geen schooljaar; schrijf twee opeenvolgende jaren, "
                "bijvoorbeeld '2026-2027'",
                "plan-bad-school-year",
                found=describe(value),
            )
        return year

    def chain(self, where: str, item: Any, year: SchoolYear | None) -> PlanChain:
        fields = Fields(
            self.problems, item, where, required=CHAIN_REQUIRED, optional=CHAIN_OPTIONAL_2
        )
        chain = self.chain_from(fields, year)
        start = chain.date
        end = None
        if fields.data.get("activity_end_date") is not None:
            end = fields.date("activity_end_date", year)
        if end is not None and start != _NO_DATE and end <= start:
            self.problems.add(
                fields.at("activity_end_date"),
                f"de activiteit eindigt op {end.isoformat()}, niet na de eerste dag "
                f"({start.isoformat()})",
                "plan-end-not-after-start",
                end=end.isoformat(),
                start=start.isoformat(),
            )
            end = None
        return replace(
            chain,
            follows=self.optional_uid(fields, "follows"),
            origin=self.optional_uid(fields, "origin"),
            activity_end_date=end,
            tasks=self.unique_keys(fields, "tasks"),
            letter_variant=fields.choice("letter_variant", LetterVariant, LetterVariant.BROAD),
            visit_start=fields.time("visit_start"),
            visit_end=fields.time("visit_end"),
            visit_goal=self.brief_text(fields, "visit_goal"),
            research_question=self.brief_text(fields, "research_question"),
            pupil_questions=self.brief_text(fields, "pupil_questions"),
            day_programme=self.programme(fields),
            record=tuple(self.record_entry(w, i) for w, i in fields.items("record")),
            evaluation=self.evaluation(fields),
            measurement=self.measurement(fields),
        )

    def optional_uid(self, fields: Fields, key: str) -> str | None:
        if fields.data.get(key) is None:
            return None
        return fields.uid(key)

    def brief_text(self, fields: Fields, key: str) -> str:
        if key not in fields.data:
            return ""
        found = check_text(
            self.problems, fields.data[key], fields.at(key), max_length=BRIEF_TEXT_MAX,
            blank=True, lines=True,
        )
        return found or ""

    def programme(self, fields: Fields) -> tuple[PlanProgrammeItem, ...] | None:
        if fields.data.get("day_programme") is None:
            return None
        items = fields.items("day_programme")
        if len(items) > PROGRAMME_MAX:
            self.problems.add(
                fields.at("day_programme"),
                f"{len(items)} onderdelen; hoogstens {PROGRAMME_MAX}",
                "plan-programme-too-long", count=len(items), max=PROGRAMME_MAX,
            )
        result = []
        for where, item in items:
            part = Fields(self.problems, item, where, required=("time", "what"))
            result.append(
                PlanProgrammeItem(
                    time=part.time("time"), what=part.name("what", max_length=PROGRAMME_TEXT_MAX)
                )
            )
        return tuple(result)

    def record_entry(self, where: str, item: Any) -> PlanRecordEntry:
        fields = Fields(
            self.problems, item, where, required=RECORD_REQUIRED, optional=RECORD_OPTIONAL
        )
        talents: list[str] = []
        allowed = {t.value for t in Talent}
        for spot, value in fields.items("talents"):
            if not isinstance(value, str) or value not in allowed:
                choices = ", ".join(f"'{t.value}'" for t in Talent)
                self.problems.add(
                    spot, f"{describe(value)} is niet toegestaan; kies uit {choices}",
                    "plan-not-allowed", found=describe(value), allowed=choices,
                )
            elif value in talents:
                self.problems.add(spot, f"'{value}' staat er al eerder in", "plan-twice", text=f"'{value}'")
            else:
                talents.append(value)
        return PlanRecordEntry(
            pupil=fields.name("pupil", max_length=KEY_LENGTH),
            absent=fields.boolean("absent"),
            talents=tuple(talents),
            wants_more=fields.boolean("wants_more"),
            own_words=fields.text("own_words", max_length=OWN_WORDS_MAX),
        )

    def evaluation(self, fields: Fields) -> PlanEvaluation | None:
        if fields.data.get("evaluation") is None:
            return None
        part = Fields(
            self.problems, fields.data["evaluation"], fields.at("evaluation"),
            required=EVALUATION_REQUIRED, optional=EVALUATION_OPTIONAL,
        )
        texts = {}
        for name in EVALUATION_TEXTS:
            found = None
            if part.has(name):
                found = check_text(
                    self.problems, part.data[name], part.at(name), max_length=EVALUATION_TEXT_MAX,
                    blank=True, lines=True,
                )
            texts[name] = found or ""
        return PlanEvaluation(
            evaluated_on=part.date("evaluated_on", None) or _NO_DATE,
            preparation_helped=part.choice("preparation_helped", Degree, None, nullable=True),
            reflection_attitudes=part.choice("reflection_attitudes", Degree, None, nullable=True),
            again=part.choice("again", Again, None, nullable=True),
            company_again=part.choice("company_again", Again, None, nullable=True),
            contact_name=part.text("contact_name", max_length=200),
            contact_role=part.text("contact_role", max_length=200),
            **texts,
        )

    def measurement(self, fields: Fields) -> PlanMeasurement | None:
        if fields.data.get("measurement") is None:
            return None
        part = Fields(
            self.problems, fields.data["measurement"], fields.at("measurement"),
            required=(), optional=MEASUREMENT_FIELDS,
        )
        return PlanMeasurement(
            tuple(
                part.integer(name, low=0, high=MAX_COUNT, nullable=True)
                for name in MEASUREMENT_FIELDS
            )
        )

    def cancelled(self, where: str, item: Any, year: SchoolYear | None) -> PlanCancelledChain:
        fields = Fields(
            self.problems, item, where, required=CANCELLED_REQUIRED, optional=CANCELLED_OPTIONAL
        )
        return PlanCancelledChain(
            uid=fields.uid("uid") or "",
            class_name=fields.name("class", max_length=100),
            title=fields.name("title", max_length=200),
            date=fields.date("date", year) or _NO_DATE,
            preparations=fields.integer("preparations", low=0, high=MAX_LESSONS, default=0) or 0,
            reflections=fields.integer("reflections", low=0, high=MAX_LESSONS, default=0) or 0,
            sequence=fields.integer("sequence", low=0, high=MAX_SEQUENCE, default=0) or 0,
            cancelled_at=self.moment(fields, "cancelled_at"),
        )

    def moment(self, fields: Fields, key: str) -> dt.datetime:
        default = dt.datetime(2000, 1, 1)
        if key not in fields.data:
            return default
        value = fields.data[key]
        if isinstance(value, str) and len(value) == 19 and value[10] == "T":
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        self.problems.add(
            fields.at(key),
            f"tijdstip als JJJJ-MM-DDTUU:MM:SS verwacht, gevonden: {describe(value)}",
            "plan-moment-expected",
            found=describe(value),
        )
        return default


def _label_of(value: Any) -> str | None:
    """``value`` when it is a school year's label ("2026-2027") the program knows, else None."""
    match = SCHOOL_YEAR.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    first = int(match[1])
    if int(match[2]) != first + 1 or not FIRST_YEARS[0] <= first <= FIRST_YEARS[1]:
        return None
    return value
