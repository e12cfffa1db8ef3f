"""What the names in a plan file point to in a database.

A plan file names classes, activities, worlds, professions, companies and
role models. ``resolve_references`` looks them all up before an import
writes anything, and lists every name that points nowhere with its place in
the file (``chains[3].activity: onbekende activiteit ...``).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_document import PlanChain, PlanCompany, PlanYear, SchoolPlan
from beroepsplanner.io.plan_fields import Problems
from beroepsplanner.store.models import (
    Activity,
    Company,
    Profession,
    School,
    SchoolClass,
    SchoolYearRow,
    World,
)
from beroepsplanner.store.plans import the_school

CompanyKey = tuple[str, str]


@dataclass
class YearTargets:
    """What one school year of the plan points to in the database."""

    year: SchoolYearRow | None = None
    existing_classes: dict[str, SchoolClass] = field(default_factory=dict)
    # Per chain of the year: the (name, place) of its company, or None.
    chain_companies: list[CompanyKey | None] = field(default_factory=list)


@dataclass
class PlanTargets:
    """What the plan's names point to in the database, found before anything is written."""

    school: School | None = None
    years: list[YearTargets] = field(default_factory=list)
    activities: dict[str, Activity] = field(default_factory=dict)
    activity_keys: list[str] = field(default_factory=list)
    worlds: dict[str, World] = field(default_factory=dict)
    professions: dict[str, Profession] = field(default_factory=dict)
    companies: dict[CompanyKey, Company] = field(default_factory=dict)


def resolve_references(
    session: Session, document: SchoolPlan, *, replace: bool, source: str | None
) -> PlanTargets:
    """Find what the plan's names point to; raise PlanFileError listing every fault."""
    targets = PlanTargets()
    problems = Problems()
    _resolve_school(session, document, targets, source)
    for plan_year in document.years:
        targets.years.append(_year_classes(problems, plan_year, targets, replace=replace))
    _load_catalog(session, document, targets)
    for index, company in enumerate(document.companies):
        _check_company(problems, f"companies[{index}]", company, targets)
    _load_companies(session, document, targets)
    for plan_year, found in zip(document.years, targets.years, strict=True):
        _year_chains(problems, plan_year, found, document, targets)
    problems.raise_if_any(source)
    return targets


def _year_classes(
    problems: Problems, plan_year: PlanYear, targets: PlanTargets, *, replace: bool
) -> YearTargets:
    label = plan_year.school_year.label
    found = YearTargets()
    if targets.school is not None:
        found.year = next((y for y in targets.school.school_years if y.label == label), None)
    if found.year is not None:
        found.existing_classes = {c.name: c for c in found.year.classes}
    at = plan_year.where
    for index, plan_class in enumerate(plan_year.classes):
        if plan_class.name in found.existing_classes and not replace:
            problems.add(
                f"{at}classes[{index}].name",
                f"de klas '{plan_class.name}' bestaat al in schooljaar {label}; "
                "gebruik --replace om haar met leerlingen en ketens te vervangen",
                "plan-class-exists",
                class_name=plan_class.name,
                year=label,
            )
    return found


def _year_chains(
    problems: Problems,
    plan_year: PlanYear,
    found: YearTargets,
    document: SchoolPlan,
    targets: PlanTargets,
) -> None:
    label = plan_year.school_year.label
    at = plan_year.where
    file_classes = {c.name for c in plan_year.classes}
    for index, chain in enumerate(plan_year.chains):
        where = f"{at}chains[{index}]"
        if chain.class_name not in file_classes | found.existing_classes.keys():
            problems.add(
                f"{where}.class",
                f"de klas '{chain.class_name}' staat niet in het bestand en niet in de "
                f"database (schooljaar {label})",
                "plan-class-unknown",
                class_name=chain.class_name,
                year=label,
            )
        _check_activity(problems, where, chain, targets)
        found.chain_companies.append(_resolve_company(problems, where, chain, document, targets))


def _resolve_school(
    session: Session, document: SchoolPlan, targets: PlanTargets, source: str | None
) -> None:
    school = the_school(session)
    wanted = document.school
    if school is not None and (school.name, school.region) != (wanted.name, wanted.region):
        name = f"Het planbestand {source}" if source else "Het planbestand"
        raise PlanFileError(
            f"{name} is van {wanted.name} (regio {wanted.region.label}), maar deze database "
            f"hoort bij {school.name} (regio {school.region.label}). Eén database bevat één "
            "school: importeer in een nieuw databasebestand (bijvoorbeeld --db nieuw.db). "
            "Er is niets ingelezen of gewijzigd.",
            key="plan-other-school",
            source=source or "",
            school=wanted.name,
            region=wanted.region.value,
            database_school=school.name,
            database_region=school.region.value,
        )
    targets.school = school


def _load_catalog(session: Session, document: SchoolPlan, targets: PlanTargets) -> None:
    chains = [chain for year in document.years for chain in year.chains]
    keys = {chain.activity for chain in chains} | {task for chain in chains for task in chain.tasks}
    targets.activities = {
        a.key: a
        for a in session.scalars(
            select(Activity)
            .where(Activity.key.in_(keys))
            .options(selectinload(Activity.lesson_templates))
        )
    }
    if keys - targets.activities.keys():  # for "did you mean" hints
        targets.activity_keys = list(session.scalars(select(Activity.key).order_by(Activity.key)))
    companies = document.companies
    world_keys = {key for c in companies for key in c.worlds}
    targets.worlds = {
        w.key: w for w in session.scalars(select(World).where(World.key.in_(world_keys)))
    }
    profession_keys = {key for c in companies for key in c.professions}
    profession_keys |= {r.profession for c in companies for r in c.role_models if r.profession}
    targets.professions = {
        p.key: p
        for p in session.scalars(select(Profession).where(Profession.key.in_(profession_keys)))
    }


def _load_companies(session: Session, document: SchoolPlan, targets: PlanTargets) -> None:
    names = {c.name for c in document.companies}
    names |= {c.company for year in document.years for c in year.chains if c.company}
    targets.companies = {
        (c.name, c.place): c
        for c in session.scalars(
            select(Company)
            .where(Company.name.in_(names))
            .options(selectinload(Company.role_models))
        )
    }


def _check_company(
    problems: Problems, where: str, company: PlanCompany, targets: PlanTargets
) -> None:
    for index, key in enumerate(company.worlds):
        if key not in targets.worlds:
            problems.add(
                f"{where}.worlds[{index}]", f"onbekende wereld of sector '{key}'",
                "plan-unknown-world", world=key,
            )
    for index, key in enumerate(company.professions):
        if key not in targets.professions:
            problems.add(
                f"{where}.professions[{index}]", f"onbekend beroep '{key}'",
                "plan-unknown-profession", profession=key,
            )
    for index, role in enumerate(company.role_models):
        if role.profession and role.profession not in targets.professions:
            problems.add(
                f"{where}.role_models[{index}].profession", f"onbekend beroep '{role.profession}'",
                "plan-unknown-profession", profession=role.profession,
            )


def _check_activity(
    problems: Problems, where: str, chain: PlanChain, targets: PlanTargets
) -> None:
    for index, task in enumerate(chain.tasks):
        if task not in targets.activities:
            problems.add(
                f"{where}.tasks[{index}]",
                f"onbekende activiteit '{task}'{_hint(task, targets)}",
                "plan-unknown-activity",
                activity=task,
                hint=next(iter(difflib.get_close_matches(task, targets.activity_keys, n=1)), ""),
            )
    activity = targets.activities.get(chain.activity)
    if activity is None:
        problems.add(
            f"{where}.activity",
            f"onbekende activiteit '{chain.activity}'{_hint(chain.activity, targets)}",
            "plan-unknown-activity",
            activity=chain.activity,
            hint=next(iter(difflib.get_close_matches(chain.activity, targets.activity_keys, n=1)), ""),
        )
        return
    for kind, lessons in (
        (LessonKind.PREPARATION, chain.preparation),
        (LessonKind.REFLECTION, chain.reflection),
    ):
        count = len(activity.templates_of(kind))
        for index, lesson in enumerate(lessons):
            if lesson.template is None or lesson.template < count:
                continue
            numbers = f"nummer 0 tot en met {count - 1}" if count else "geen"
            problems.add(
                f"{where}.{kind.value}[{index}].template",
                f"activiteit '{activity.key}' heeft {count} {kind.label}-sjabloon/sjablonen "
                f"({numbers}); {lesson.template} bestaat niet. Gebruik null voor een les "
                "zonder sjabloon.",
                "plan-no-such-template",
                activity=activity.key,
                count=count,
                lesson=kind.value,
                template=lesson.template,
            )


def _hint(key: str, targets: PlanTargets) -> str:
    close = difflib.get_close_matches(key, targets.activity_keys, n=1)
    if close:
        return f" (bedoelt u '{close[0]}'?)"
    return "; 'beroepsplanner list activities' toont de sleutels"


def _resolve_company(
    problems: Problems, where: str, chain: PlanChain, document: SchoolPlan, targets: PlanTargets
) -> CompanyKey | None:
    if chain.company is None:
        return None
    place = chain.company_place

    def fits(key: CompanyKey) -> bool:
        return key[0] == chain.company and (place is None or key[1] == place)

    in_file = [c.key for c in document.companies if fits(c.key)]
    in_database = [k for k in targets.companies if fits(k) and k not in in_file]
    found = in_file if in_file else in_database
    named = f"'{chain.company}'" + (f" in '{place}'" if place is not None else "")
    if not found:
        problems.add(
            f"{where}.company",
            f"het bedrijf {named} staat niet in 'companies' en niet in de database",
            "plan-company-unknown",
            named=named,
        )
        return None
    if len(found) > 1:
        places = ", ".join(f"'{k[1]}'" for k in sorted(found))
        problems.add(
            f"{where}.company",
            f"er zijn meer bedrijven {named} (plaats {places}); noem de plaats in 'company_place'",
            "plan-company-ambiguous",
            named=named,
            places=places,
        )
        return None
    key = found[0]
    if key in targets.companies:
        available = [r.name for r in targets.companies[key].role_models]
    else:
        available = [r.name for c in document.companies if c.key == key for r in c.role_models]
    picked = pick_by_name(chain.role_models, available)
    if isinstance(picked, str):
        problems.add(
            f"{where}.role_models",
            f"het bedrijf {named} heeft geen rolmodel '{picked}' (of niet zo vaak)",
            "plan-no-such-role-model",
            named=named,
            role_model=picked,
        )
    return key


def pick_by_name(names: Sequence[str], available: Sequence[str]) -> list[int] | str:
    """Positions in ``available`` for ``names``, each position used once.

    Role models are named, and names may repeat within a company; the n-th
    mention of a name takes the n-th role model of that name. Returns the first
    name that cannot be matched instead.
    """
    used: list[int] = []
    for name in names:
        position = next(
            (i for i, other in enumerate(available) if other == name and i not in used), None
        )
        if position is None:
            return name
        used.append(position)
    return used


