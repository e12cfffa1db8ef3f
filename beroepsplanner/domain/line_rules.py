"""The rules of the continuous line that look across school years, along each class's line
(``domain/cohorts.py``): ``world-not-met`` and the company half of ``repetition``.

- ``world-not-met``: a class of groep 4–8 whose pupils have not met a world of technology
  since groep 4 and have nothing for it in their plan up to groep 8 (the classes they go
  on into, and beyond the newest school year what that year's next groepen do). A class
  whose line does not reach back to groep 4 is not judged (what it met before is not
  known); in a database with one school year that leaves its groep 4, whose line ahead is
  that year's groep 5–8: the plan of one year stands for the line.
- ``repetition`` (company): the same company more than ``max_repetitions`` times for the
  same pupils — in one school year or along their line (groep 5, 6 and 7), reported on the
  first chain of the year that goes over. A series of chains (``domain/series.py``: a visit
  and its deliberate follow-ups) counts once.
"""

from __future__ import annotations

from collections import Counter

from beroepsplanner.domain.chain import Finding, RuleSettings, Severity, YearPlan
from beroepsplanner.domain.cohorts import LINE_START, ClassLines, SchoolHistory, leaving_year
from beroepsplanner.domain.series import series_key, series_of


def grade_list(grades: tuple[int, ...]) -> str:
    """``5, 6 en 7``: each groep once, in order."""
    ordered = [str(g) for g in sorted(set(grades))]
    return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " en " + ordered[-1]


def check_line(
    history: SchoolHistory, school_year: str, settings: RuleSettings | None = None
) -> list[Finding]:
    """The findings of the cross-year rules about the classes and chains of ``school_year``."""
    settings = settings or RuleSettings()
    year = history.year(school_year)
    if year is None:
        return []
    lines = ClassLines(history)
    return _company_repetition(lines, year, settings) + _worlds_not_met(lines, year, history)


def _company_repetition(lines: ClassLines, year: YearPlan, settings: RuleSettings) -> list[Finding]:
    findings: list[Finding] = []
    most = settings.max_repetitions
    grades = {c.id: c.grade for c in year.classes}
    # Every class of the year with a chain (a chain's class is one of the year's classes).
    ids = dict.fromkeys([*(c.id for c in year.classes), *(c.class_id for c in year.chains)])
    for class_id in ids:
        if class_id is None:
            continue
        before = lines.visits_before(class_id) if class_id in lines.classes else {}
        this_year: Counter[str] = Counter()
        warned: set[str] = set()
        chains = lines.chains.get(class_id, [])
        heads = series_of(chains)
        counted: set[tuple[object, str]] = set()
        for chain in chains:
            company = chain.company.name if chain.company is not None else None
            if company is None or company in warned:
                continue
            series = (series_key(chain, heads), company)
            if series in counted:
                continue  # a deliberate follow-up with the same company: one experience
            counted.add(series)
            this_year[company] += 1
            earlier = before[company].grades if company in before else ()
            times = len(earlier) + this_year[company]
            if times <= most:
                continue
            warned.add(company)
            grade = grades.get(class_id, chain.grade)
            visited = (*earlier, *([grade] * this_year[company]))
            if earlier:
                text = (
                    f"de leerlingen van deze klas gaan al voor de {times}e keer naar {company} "
                    f"(groep {grade_list(visited)}). Kies ook eens een ander bedrijf."
                )
            else:
                text = (
                    f"de klas gaat dit schooljaar al voor de {times}e keer naar {company}. "
                    "Kies ook eens een ander bedrijf."
                )
            findings.append(
                Finding(
                    severity=Severity.WARNING,
                    code="repetition",
                    text=text,
                    class_name=chain.class_name,
                    activity=chain.activity.key,
                    activity_title=chain.activity.title,
                    date=chain.date,
                    chain_id=chain.id,
                    args=(("times", times), ("company", company), ("grades", tuple(sorted(set(visited)))))
                    if earlier
                    else (("times", times), ("company", company)),
                )
            )
    return findings


def _worlds_not_met(lines: ClassLines, year: YearPlan, history: SchoolHistory) -> list[Finding]:
    worlds = history.technology_worlds or year.technology_worlds
    if not worlds:
        return []
    findings: list[Finding] = []
    for school_class in sorted(year.classes, key=lambda c: (c.grade, c.name)):
        if school_class.id is None or not LINE_START <= school_class.grade <= 8:
            continue
        unmet = lines.unmet(school_class.id, worlds)
        cohort = leaving_year(year.school_year, school_class.grade)
        for world in unmet or ():
            since = (
                "in groep 4" if school_class.grade == LINE_START else "sinds groep 4"
            )
            findings.append(
                Finding(
                    severity=Severity.WARNING,
                    code="world-not-met",
                    text=f"{school_class.name} (cohort {cohort}) heeft de wereld '{world}' "
                    f"{since} niet ontmoet en heeft er tot en met groep 8 niets voor gepland. "
                    "Plan een activiteit uit deze wereld van techniek.",
                    class_name=school_class.name,
                    cohort=cohort,
                    args=(("world", world), ("cohort", cohort), ("grade", school_class.grade)),
                )
            )
    return findings
