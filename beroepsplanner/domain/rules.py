"""The rules the chain builder keeps (see ../shared/domain.md, "Rules the chain builder keeps").

Pure functions over ``ChainPlan`` and ``YearPlan``: the window, ``beroepsplanner check``,
the plan import and the tests all call these. Every finding has a fixed code:

errors: preparation-missing, preparation-too-many, preparation-not-before,
reflection-missing, reflection-too-many, reflection-not-after, not-a-school-day,
grade-mismatch (a company's minimum groep);
warnings: grade-outside-range (the activity's groep range is our own estimate), late-in-year, preparation-too-early, reflection-too-late,
no-attitude-question, no-counter-stereotype, single-role-model, repetition,
grade-without-chain, world-not-met, company-unconfirmed, safety-unchecked,
transport-not-arranged, too-few-companions.

``repetition`` of a company and ``world-not-met`` look along each class's line across
school years (``domain/line_rules.py``, with ``domain/cohorts.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from beroepsplanner.domain.calendar import SchoolCalendar
from beroepsplanner.domain.chain import (
    MEETS_PROFESSIONALS,
    ChainPlan,
    Finding,
    RuleSettings,
    Severity,
    YearPlan,
)
from beroepsplanner.domain.cohorts import SchoolHistory
from beroepsplanner.domain.kinds import LessonKind, QuestionKind
from beroepsplanner.domain.line_rules import check_line

# One rule with the thresholds (``rule_settings.py``); named here for its other readers.
from beroepsplanner.domain.rule_settings import companions_needed as companions_needed
from beroepsplanner.domain.series import series_key, series_of

ERROR_CODES = (
    "preparation-missing",
    "preparation-too-many",
    "preparation-not-before",
    "reflection-missing",
    "reflection-too-many",
    "reflection-not-after",
    "not-a-school-day",
    "grade-mismatch",
)
WARNING_CODES = (
    "grade-outside-range",
    "late-in-year",
    "preparation-too-early",
    "reflection-too-late",
    "no-attitude-question",
    "no-counter-stereotype",
    "single-role-model",
    "repetition",
    "grade-without-chain",
    "world-not-met",
    "company-unconfirmed",
    "safety-unchecked",
    "transport-not-arranged",
    "too-few-companions",
)
MAX_LESSONS = 2


def _date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _count(number: int, one: str, more: str) -> str:
    """``1 begeleider``, ``2 begeleiders``: the number with the right form of the noun."""
    return f"{number} {one if number == 1 else more}"


class _Collector:
    """Builds findings about one chain with its class, activity and date filled in."""

    def __init__(self, chain: ChainPlan) -> None:
        self.chain = chain
        self.findings: list[Finding] = []

    def add(self, severity: Severity, code: str, message: str, **args: object) -> None:
        """``args``: what ``message`` says by name, for the window's other language."""
        self.findings.append(
            Finding(
                severity=severity,
                code=code,
                text=message,
                class_name=self.chain.class_name,
                activity=self.chain.activity.key,
                activity_title=self.chain.activity.title,
                date=self.chain.date,
                chain_id=self.chain.id,
                args=tuple(args.items()),
            )
        )

    def error(self, code: str, message: str, **args: object) -> None:
        self.add(Severity.ERROR, code, message, **args)

    def warning(self, code: str, message: str, **args: object) -> None:
        self.add(Severity.WARNING, code, message, **args)


# --- one chain ---------------------------------------------------------------------


def check_chain(
    chain: ChainPlan, calendar: SchoolCalendar, settings: RuleSettings | None = None
) -> list[Finding]:
    """Every error and warning about one chain on its own."""
    settings = settings or RuleSettings()
    out = _Collector(chain)
    _check_lessons(out, chain, calendar, settings)
    _check_school_days(out, chain, calendar)
    _check_grade(out, chain)
    _check_late_in_year(out, chain, calendar, settings)
    _check_attitude(out, chain)
    _check_role_models(out, chain)
    _check_company(out, chain, settings)
    return out.findings


def chain_errors(
    chain: ChainPlan, calendar: SchoolCalendar, settings: RuleSettings | None = None
) -> list[Finding]:
    """Only the errors: a chain with any of these cannot be marked planned."""
    return [f for f in check_chain(chain, calendar, settings) if f.severity is Severity.ERROR]


def _check_lessons(
    out: _Collector, chain: ChainPlan, calendar: SchoolCalendar, settings: RuleSettings
) -> None:
    preparation = chain.lessons_of(LessonKind.PREPARATION)
    reflection = chain.lessons_of(LessonKind.REFLECTION)
    if not preparation:
        out.error(
            "preparation-missing",
            "er is geen voorbereidingsles. Plan 1 of 2 voorbereidingslessen vóór de activiteit.",
        )
    elif len(preparation) > MAX_LESSONS:
        out.error(
            "preparation-too-many",
            f"er zijn {len(preparation)} voorbereidingslessen; het mogen er hoogstens "
            f"{MAX_LESSONS} zijn. Verwijder er {len(preparation) - MAX_LESSONS}.",
            count=len(preparation),
            most=MAX_LESSONS,
        )
    if not reflection:
        out.error(
            "reflection-missing",
            "er is geen reflectieles. Plan 1 of 2 reflectielessen na de activiteit.",
        )
    elif len(reflection) > MAX_LESSONS:
        out.error(
            "reflection-too-many",
            f"er zijn {len(reflection)} reflectielessen; het mogen er hoogstens "
            f"{MAX_LESSONS} zijn. Verwijder er {len(reflection) - MAX_LESSONS}.",
            count=len(reflection),
            most=MAX_LESSONS,
        )
    for lesson in preparation:
        if lesson.date >= chain.date:
            out.error(
                "preparation-not-before",
                f"de voorbereidingsles van {_date(lesson.date)} valt niet vóór de activiteit. "
                "Zet de les op een schooldag vóór de activiteit.",
                lesson_date=lesson.date,
            )
        elif calendar.school_weeks_between(lesson.date, chain.date) > settings.max_weeks_before:
            out.warning(
                "preparation-too-early",
                f"de voorbereidingsles van {_date(lesson.date)} ligt meer dan "
                f"{_count(settings.max_weeks_before, 'schoolweek', 'schoolweken')} vóór de activiteit; leerlingen zijn "
                "dan veel vergeten. Zet de les dichter bij de activiteit.",
                lesson_date=lesson.date,
                weeks=settings.max_weeks_before,
            )
    # After the activity's last day: an activity of several days is reflected on when it is over.
    end = chain.last_day
    for lesson in reflection:
        if lesson.date <= end:
            out.error(
                "reflection-not-after",
                f"de reflectieles van {_date(lesson.date)} valt niet ná de activiteit. "
                "Zet de les op een schooldag na de activiteit.",
                lesson_date=lesson.date,
            )
        elif calendar.school_weeks_between(end, lesson.date) > settings.max_weeks_after:
            out.warning(
                "reflection-too-late",
                f"de reflectieles van {_date(lesson.date)} ligt meer dan "
                f"{_count(settings.max_weeks_after, 'schoolweek', 'schoolweken')} na de activiteit. Reflecteer kort "
                "na de activiteit, als de ervaring nog vers is.",
                lesson_date=lesson.date,
                weeks=settings.max_weeks_after,
            )


def _check_school_days(out: _Collector, chain: ChainPlan, calendar: SchoolCalendar) -> None:
    days = [("de activiteit", chain.date, "activity")]
    if chain.end_date is not None:
        # An activity of several days starts and ends on a school day (it may span a weekend).
        days.append(("het einde van de activiteit", chain.end_date, "activity_end"))
    days += [
        (lesson.kind.label, lesson.date, lesson.kind.value)
        for lesson in sorted(chain.lessons, key=lambda lesson: lesson.date)
    ]
    for what, day, kind in days:
        reason = calendar.why_not_school_day(day)
        if reason is not None:
            if reason.startswith(("is een", "valt buiten")):
                because = reason
            else:
                because = f"is geen schooldag ({reason})"
            out.error(
                "not-a-school-day",
                f"{what} op {_date(day)} {because}. Kies een schooldag.",
                day_kind=kind,
                day=day,
                reason=reason,
            )


def _check_grade(out: _Collector, chain: ChainPlan) -> None:
    activity = chain.activity
    if not activity.grade_min <= chain.grade <= activity.grade_max:
        # The catalog's groep ranges are our own estimate (the providers give none):
        # a class outside one is advice, not a fault.
        span = (
            f"groep {activity.grade_min}"
            if activity.grade_min == activity.grade_max
            else f"groep {activity.grade_min}–{activity.grade_max}"
        )
        out.warning(
            "grade-outside-range",
            f"deze activiteit is bedoeld voor {span}, de klas is groep {chain.grade}. "
            "Die groepen zijn een schatting; kijk of de activiteit bij deze klas past.",
            grade_min=activity.grade_min,
            grade_max=activity.grade_max,
            grade=chain.grade,
        )
    company = chain.company
    if company is not None and company.min_grade is not None and chain.grade < company.min_grade:
        out.error(
            "grade-mismatch",
            f"{company.name} ontvangt leerlingen vanaf groep {company.min_grade}, de klas is "
            f"groep {chain.grade}. Kies een ander bedrijf of een oudere groep.",
            company=company.name,
            min_grade=company.min_grade,
            grade=chain.grade,
        )


def _check_late_in_year(
    out: _Collector, chain: ChainPlan, calendar: SchoolCalendar, settings: RuleSettings
) -> None:
    weeks = calendar.school_weeks
    if not weeks or chain.date not in calendar.school_year:
        return
    last_index = len(weeks) - 1
    if last_index - calendar.school_week_index(chain.date) < settings.late_in_year_weeks:
        out.warning(
            "late-in-year",
            f"de activiteit valt in de laatste "
            f"{_count(settings.late_in_year_weeks, 'schoolweek', 'schoolweken')} vóór "
            "de zomervakantie; dan is er weinig tijd voor reflectie en vervolg. "
            "Plan haar liever aan het begin of midden van het schooljaar.",
            weeks=settings.late_in_year_weeks,
        )


def _check_attitude(out: _Collector, chain: ChainPlan) -> None:
    reflection = chain.lessons_of(LessonKind.REFLECTION)
    if reflection and not any(QuestionKind.ATTITUDE in r.question_kinds for r in reflection):
        out.warning(
            "no-attitude-question",
            "de reflectielessen stellen alleen kennisvragen. Voeg een vraag toe over houding "
            "of vooroordelen, bijvoorbeeld: 'Wie zou dit werk kunnen doen? Kun jij het leren?'",
        )


def _check_role_models(out: _Collector, chain: ChainPlan) -> None:
    if chain.activity.kind not in MEETS_PROFESSIONALS and chain.company is None:
        return
    if not any(role.counter_stereotypical for role in chain.role_models):
        out.warning(
            "no-counter-stereotype",
            "de leerlingen ontmoeten geen rolmodel dat een vooroordeel doorbreekt (zoals een "
            "vrouwelijke monteur of een mannelijke verpleegkundige). Vraag het bedrijf of een "
            "ouder om zo iemand.",
        )
    # One guest is the format of some activities (Beeldenbrekers, a parent's guest lesson),
    # not a shortcoming of the chain (issue 17 item 6).
    if len(chain.role_models) == 1 and not chain.activity.one_guest:
        out.warning(
            "single-role-model",
            f"de leerlingen ontmoeten maar één rolmodel ({chain.role_models[0].name}). "
            "Laat ze meer mensen en beroepen zien, zodat elk kind zich in iemand herkent.",
            role_model=chain.role_models[0].name,
        )


def _check_company(out: _Collector, chain: ChainPlan, settings: RuleSettings) -> None:
    company = chain.company
    outing = chain.activity.is_outing
    if company is not None and not company.confirmed:
        out.warning(
            "company-unconfirmed",
            f"{company.name} heeft de afspraak nog niet bevestigd. Neem contact op en zet het "
            "bedrijf op 'bevestigd'.",
            company=company.name,
        )
    if company is not None and outing and not company.safety_checked:
        out.warning(
            "safety-unchecked",
            f"de veiligheids- en hygiëneregels van {company.name} zijn nog niet nagekeken. "
            "Vraag ze op en bespreek ze in de voorbereidingsles.",
            company=company.name,
        )
    if outing and not chain.transport_arranged:
        out.warning(
            "transport-not-arranged",
            "het vervoer is nog niet geregeld. Regel auto's, fietsen of een bus en zet het "
            "vervoer op 'geregeld'.",
        )
    if outing and chain.pupils > 0:
        needed, ratio = companions_needed(chain.grade, chain.pupils, settings)
        if chain.companions < needed:
            pupils = _count(chain.pupils, "leerling", "leerlingen")
            verb = "is" if needed == 1 else "zijn"
            present = (
                "er is er geen" if chain.companions == 0
                else "er is er 1" if chain.companions == 1
                else f"er zijn er {chain.companions}"
            )
            out.warning(
                "too-few-companions",
                f"voor {pupils} {verb} {_count(needed, 'begeleider', 'begeleiders')} nodig "
                f"(1 op {ratio}), {present}. Vul het aantal begeleiders in of vraag in de "
                "ouderbrief om begeleiders.",
                pupils=chain.pupils,
                needed=needed,
                ratio=ratio,
                companions=chain.companions,
            )


# --- across chains ---------------------------------------------------------------------


def check_year(
    plan: YearPlan,
    calendar: SchoolCalendar,
    settings: RuleSettings | None = None,
    *,
    history: SchoolHistory | None = None,
) -> list[Finding]:
    """Every finding of one school year: each chain, then repetition and the continuous line.

    ``history`` holds the school's other school years (``domain/cohorts.py``): the rules of
    the line look back along each class's line and ahead to groep 8 (``line_rules``).
    Without it the year stands alone.
    """
    settings = settings or RuleSettings()
    findings: list[Finding] = []
    for chain in sorted(plan.chains, key=lambda c: (c.date, c.class_name, c.activity.key)):
        findings += check_chain(chain, calendar, settings)
    lines = (history or SchoolHistory(())).with_year(plan)
    line_findings = check_line(lines, plan.school_year, settings)
    repeated = [f for f in line_findings if f.code == "repetition"]
    repeated += _check_world_repetition(plan.chains, settings)
    # Per class (in the order of its first chain), per chain by date, the company first.
    order = {name: i for i, name in reversed(list(enumerate(c.class_name for c in plan.chains)))}
    findings += sorted(
        repeated, key=lambda f: (order.get(f.class_name or "", 0), f.date or dt.date.min, "world" in dict(f.args))
    )
    findings += _check_classes_without_chain(plan)
    findings += [f for f in line_findings if f.code != "repetition"]
    return findings


def _check_world_repetition(chains: Iterable[ChainPlan], settings: RuleSettings) -> list[Finding]:
    """The same world of technology more than ``max_repetitions`` times for one class in
    one school year (across years, meeting a world again is the line's purpose); a series
    of chains (``domain/series.py``) meets a world once."""
    findings: list[Finding] = []
    by_class: dict[str, list[ChainPlan]] = {}
    for chain in chains:
        by_class.setdefault(chain.class_name, []).append(chain)
    for class_chains in by_class.values():
        worlds: Counter[str] = Counter()
        heads = series_of(class_chains)
        counted: set[tuple[object, str]] = set()
        for chain in sorted(class_chains, key=lambda c: c.date):
            out = _Collector(chain)
            for world in sorted(chain.worlds):
                series = (series_key(chain, heads), world)
                if series in counted:
                    continue  # a deliberate follow-up meets the world again: one experience
                counted.add(series)
                worlds[world] += 1
                if worlds[world] == settings.max_repetitions + 1:
                    out.warning(
                        "repetition",
                        f"de klas ziet dit schooljaar al voor de {settings.max_repetitions + 1}e "
                        f"keer de wereld '{world}'. Laat ook andere werelden van techniek zien.",
                        times=settings.max_repetitions + 1,
                        world=world,
                    )
            findings += out.findings
    return findings


def _check_classes_without_chain(plan: YearPlan) -> list[Finding]:
    planned = {chain.class_name for chain in plan.chains}
    return [
        Finding(
            severity=Severity.WARNING,
            code="grade-without-chain",
            text=f"{cls.name} (groep {cls.grade}) heeft dit schooljaar nog geen keten. "
            "Beroepsoriëntatie werkt als doorlopende lijn: plan ook voor deze klas een activiteit.",
            class_name=cls.name,
            args=(("grade", cls.grade),),
        )
        for cls in sorted(plan.classes, key=lambda c: (c.grade, c.name))
        if cls.name not in planned
    ]
