"""The domain's Dutch texts in the window's language.

Domain, store, importers and the command line speak Dutch: a finding's message, an
activity kind's label, a holiday's name. Each also has a key: a finding its ``code``
and ``args``, an enum its value, a holiday or world its Dutch name (stable: the
``holidays`` package and the seed). The Dutch window shows the Dutch text itself,
exactly as the command line prints it. The English window turns the key into English
here. An error with a ``key`` and ``values``, and a problem a file's reader lists, are
put in the window's language by ``ui/error_text.py``, with the words from here.

The English texts are ``tr()`` sources in the context ``DomainText``, so Qt gives their
plural forms from ``beroepsplanner_en.ts`` (``%n``) like every other text of the window.
The Dutch translation file leaves this module out (see the Makefile): its Dutch is the
domain's own. A key without English here (a new finding code, a holiday the ``holidays``
package adds) shows its Dutch text; ``tests/ui/test_languages.py`` fails on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from beroepsplanner.domain.chain import Finding
from beroepsplanner.domain.evaluation import Again, Degree
from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, Region
from beroepsplanner.domain.pupil_record import Talent
from beroepsplanner.ui.settings import ENGLISH, interface_language

CONTEXT = "DomainText"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; translated where it is shown."""
    return text


_one_language: list[bool] = []


def english() -> bool:
    """Whether the window speaks English (the domain's texts need translating)."""
    if _one_language:
        return _one_language[-1]
    return interface_language() == ENGLISH


@contextmanager
def one_language() -> Iterator[None]:
    """Within the block the window's language is looked up once: a table of thousands of
    rows (20,000 companies) asks for it in every cell, and each look-up reads the
    settings (a twentieth of a millisecond, a second for such a table)."""
    _one_language.append(interface_language() == ENGLISH)
    try:
        yield
    finally:
        _one_language.pop()


class DomainText(QObject):
    """The context of these texts for lupdate and Qt: ``DomainText.tr(...)``."""

    if TYPE_CHECKING:
        # PySide6 lets tr be called on the class (the class's name is the context); its
        # stubs declare it for instances only. For mypy alone; at run time QObject.tr.
        @classmethod
        def tr(
            cls, sourceText: str, disambiguation: str | None = None, n: int = -1
        ) -> str: ...


def _tr(text: str) -> str:
    """A text of the tables above (lupdate found it in QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, text)


def date_text(day: object) -> str:
    """A date as ``dd-mm-yyyy`` (the way the window writes dates); anything else as text."""
    return day.strftime("%d-%m-%Y") if isinstance(day, dt.date) else str(day)


# --- labels ------------------------------------------------------------------------

_ACTIVITY_KINDS = {
    ActivityKind.COMPANY_VISIT: QT_TRANSLATE_NOOP("DomainText", "company visit"),
    ActivityKind.GUEST_LESSON: QT_TRANSLATE_NOOP("DomainText", "guest lesson"),
    ActivityKind.LESSON_SERIES: QT_TRANSLATE_NOOP("DomainText", "lesson series"),
    ActivityKind.WORKSHOP: QT_TRANSLATE_NOOP("DomainText", "workshop"),
    ActivityKind.READING: QT_TRANSLATE_NOOP("DomainText", "reading"),
    ActivityKind.ASSIGNMENT: QT_TRANSLATE_NOOP("DomainText", "assignment"),
    ActivityKind.PROJECT: QT_TRANSLATE_NOOP("DomainText", "project"),
    ActivityKind.PORTFOLIO: QT_TRANSLATE_NOOP("DomainText", "portfolio"),
    ActivityKind.CONVERSATION: QT_TRANSLATE_NOOP("DomainText", "conversation"),
    ActivityKind.INTERNSHIP: QT_TRANSLATE_NOOP("DomainText", "social internship"),
}
_CHAIN_STATUSES = {
    ChainStatus.CONCEPT: QT_TRANSLATE_NOOP("DomainText", "concept"),
    ChainStatus.PLANNED: QT_TRANSLATE_NOOP("DomainText", "planned"),
    ChainStatus.DONE: QT_TRANSLATE_NOOP("DomainText", "done"),
}
_LESSON_KINDS = {
    LessonKind.PREPARATION: QT_TRANSLATE_NOOP("DomainText", "preparation lesson"),
    LessonKind.REFLECTION: QT_TRANSLATE_NOOP("DomainText", "reflection lesson"),
}
_REGIONS = {
    Region.NOORD: QT_TRANSLATE_NOOP("DomainText", "North"),
    Region.MIDDEN: QT_TRANSLATE_NOOP("DomainText", "Central"),
    Region.ZUID: QT_TRANSLATE_NOOP("DomainText", "South"),
}
_TALENTS = {
    # The logbook's talents (domain/pupil_record.py), as a pupil would say them.
    Talent.TEAMWORK: QT_TRANSLATE_NOOP("DomainText", "working together"),
    Talent.PRECISION: QT_TRANSLATE_NOOP("DomainText", "working precisely"),
    Talent.CREATIVITY: QT_TRANSLATE_NOOP("DomainText", "being creative"),
    Talent.ARITHMETIC: QT_TRANSLATE_NOOP("DomainText", "arithmetic"),
    Talent.TALKING: QT_TRANSLATE_NOOP("DomainText", "talking with people"),
    Talent.MAKING: QT_TRANSLATE_NOOP("DomainText", "building and making"),
    Talent.CARING: QT_TRANSLATE_NOOP("DomainText", "caring for others"),
    Talent.COMPUTERS: QT_TRANSLATE_NOOP("DomainText", "computers"),
    Talent.INVENTING: QT_TRANSLATE_NOOP("DomainText", "thinking things up"),
}
_DEGREES = {
    # An evaluation's "did the preparation help", "did the reflection reach attitudes".
    Degree.YES: QT_TRANSLATE_NOOP("DomainText", "yes"),
    Degree.PARTLY: QT_TRANSLATE_NOOP("DomainText", "partly"),
    Degree.NO: QT_TRANSLATE_NOOP("DomainText", "no"),
}
_AGAIN = {
    # An evaluation's "again next year?".
    Again.YES: QT_TRANSLATE_NOOP("DomainText", "yes"),
    Again.NO: QT_TRANSLATE_NOOP("DomainText", "no"),
    Again.UNSURE: QT_TRANSLATE_NOOP("DomainText", "not sure yet"),
}
HOLIDAYS = {
    # The Dutch names of the holidays package (language "nl") and of domain/calendar.py.
    "Nieuwjaarsdag": QT_TRANSLATE_NOOP("DomainText", "New Year's Day"),
    "Goede vrijdag": QT_TRANSLATE_NOOP("DomainText", "Good Friday"),
    "Eerste paasdag": QT_TRANSLATE_NOOP("DomainText", "Easter Sunday"),
    "Tweede paasdag": QT_TRANSLATE_NOOP("DomainText", "Easter Monday"),
    "Koningsdag": QT_TRANSLATE_NOOP("DomainText", "King's Day"),
    "Bevrijdingsdag": QT_TRANSLATE_NOOP("DomainText", "Liberation Day"),
    "Hemelvaartsdag": QT_TRANSLATE_NOOP("DomainText", "Ascension Day"),
    "Eerste pinksterdag": QT_TRANSLATE_NOOP("DomainText", "Whit Sunday"),
    "Tweede pinksterdag": QT_TRANSLATE_NOOP("DomainText", "Whit Monday"),
    "Eerste kerstdag": QT_TRANSLATE_NOOP("DomainText", "Christmas Day"),
    "Tweede kerstdag": QT_TRANSLATE_NOOP("DomainText", "Boxing Day"),
    "Herfstvakantie": QT_TRANSLATE_NOOP("DomainText", "Autumn holiday"),
    "Kerstvakantie": QT_TRANSLATE_NOOP("DomainText", "Christmas holiday"),
    "Voorjaarsvakantie": QT_TRANSLATE_NOOP("DomainText", "Spring holiday"),
    "Meivakantie": QT_TRANSLATE_NOOP("DomainText", "May holiday"),
    "Zomervakantie": QT_TRANSLATE_NOOP("DomainText", "Summer holiday"),
    "Studiedag": QT_TRANSLATE_NOOP("DomainText", "Study day"),
}
WORLDS = {
    # The Dutch names of db/seed/worlds.json; a world a user named stays as named.
    "Mens & Gezondheid": QT_TRANSLATE_NOOP("DomainText", "People & Health"),
    "Energie, Water & Veiligheid": QT_TRANSLATE_NOOP("DomainText", "Energy, Water & Safety"),
    "Voeding & Natuur": QT_TRANSLATE_NOOP("DomainText", "Food & Nature"),
    "Wonen, Werken & Verkeer": QT_TRANSLATE_NOOP("DomainText", "Living, Working & Traffic"),
    "Ontwerp, Productie & Wereldhandel": QT_TRANSLATE_NOOP(
        "DomainText", "Design, Production & World Trade"
    ),
    "Digitaal, Media & Entertainment": QT_TRANSLATE_NOOP(
        "DomainText", "Digital, Media & Entertainment"
    ),
    "Hi-tech & Science": QT_TRANSLATE_NOOP("DomainText", "High Tech & Science"),
    "Zorg & Welzijn": QT_TRANSLATE_NOOP("DomainText", "Care & Welfare"),
    "Onderwijs & Kinderopvang": QT_TRANSLATE_NOOP("DomainText", "Education & Childcare"),
    "Kunst, Cultuur & Creatief": QT_TRANSLATE_NOOP("DomainText", "Art, Culture & Creative"),
    "Handel & Verkoop": QT_TRANSLATE_NOOP("DomainText", "Trade & Sales"),
    "Horeca & Toerisme": QT_TRANSLATE_NOOP("DomainText", "Hospitality & Tourism"),
    "Veiligheid & Recht": QT_TRANSLATE_NOOP("DomainText", "Security & Law"),
    "Sport & Beweging": QT_TRANSLATE_NOOP("DomainText", "Sport & Exercise"),
    "Dienstverlening & Bestuur": QT_TRANSLATE_NOOP("DomainText", "Services & Government"),
    "Transport & Logistiek": QT_TRANSLATE_NOOP("DomainText", "Transport & Logistics"),
}


def activity_kind(kind: ActivityKind) -> str:
    """``bedrijfsbezoek`` / ``company visit`` (lower case, as in a sentence)."""
    return _tr(_ACTIVITY_KINDS[kind]) if english() else kind.label


def chain_status(status: ChainStatus) -> str:
    """``gepland`` / ``planned``."""
    return _tr(_CHAIN_STATUSES[status]) if english() else status.label


def lesson_kind(kind: LessonKind) -> str:
    """``voorbereidingsles`` / ``preparation lesson``."""
    return _tr(_LESSON_KINDS[kind]) if english() else kind.label


def talent(value: Talent) -> str:
    """``samenwerken`` / ``working together``."""
    return _tr(_TALENTS[value]) if english() else value.label


def degree(value: Degree) -> str:
    """``deels`` / ``partly``."""
    return _tr(_DEGREES[value]) if english() else value.label


def again(value: Again) -> str:
    """``weet nog niet`` / ``not sure yet``."""
    return _tr(_AGAIN[value]) if english() else value.label


def region(value: Region) -> str:
    """``Midden`` / ``Central``."""
    return _tr(_REGIONS[value]) if english() else value.label


def holiday(name: str) -> str:
    """A holiday's or day off's Dutch name in the window's language."""
    if english() and name in HOLIDAYS:
        return _tr(HOLIDAYS[name])
    return name


def days_off(reason: str) -> str:
    """A day off's reason as the calendar gives it (``"Koningsdag; Meivakantie"``)."""
    return "; ".join(holiday(name) for name in reason.split("; "))


def world(name: str) -> str:
    """A world of technology or sector by its Dutch (seed) name."""
    if english() and name in WORLDS:
        return _tr(WORLDS[name])
    return name


def worlds(names: Iterable[str], separator: str = ", ") -> str:
    return separator.join(world(name) for name in names)


def days_off_reason(reason: str) -> str:
    """A day off's reason as the planner gives it; a study day with its description
    (``"Studiedag: rapporten"``) keeps the description, which is the school's own text."""
    if reason.startswith("Studiedag: ") and english():
        return holiday("Studiedag") + ": " + reason.split(": ", 1)[1]
    return days_off(reason)


def grade_range(low: int, high: int) -> str:
    """``groep 5–8`` / ``grade 5–8``; one groep when both are equal."""
    if not english():
        return f"groep {low}" if low == high else f"groep {low}–{high}"
    if low == high:
        return DomainText.tr("grade %1").replace("%1", str(low))
    return DomainText.tr("grade %1–%2").replace("%1", str(low)).replace("%2", str(high))


# --- findings ------------------------------------------------------------------------


def _finding_templates() -> dict[str, str]:
    """The English of each finding code, with ``{name}`` for its arguments."""
    return {
        "preparation-missing": DomainText.tr(
            "there is no preparation lesson. Plan 1 or 2 preparation lessons before the "
            "activity."
        ),
        "preparation-too-many": DomainText.tr(
            "there are {count} preparation lessons; at most {most} are allowed. Remove {extra}."
        ),
        "reflection-missing": DomainText.tr(
            "there is no reflection lesson. Plan 1 or 2 reflection lessons after the activity."
        ),
        "reflection-too-many": DomainText.tr(
            "there are {count} reflection lessons; at most {most} are allowed. Remove {extra}."
        ),
        "preparation-not-before": DomainText.tr(
            "the preparation lesson of {lesson_date} is not before the activity. Move the "
            "lesson to a school day before the activity."
        ),
        "reflection-not-after": DomainText.tr(
            "the reflection lesson of {lesson_date} is not after the activity. Move the "
            "lesson to a school day after the activity."
        ),
        "not-a-school-day": DomainText.tr("{what} on {day} {because}. Choose a school day."),
        "grade-outside-range": DomainText.tr(
            "this activity is meant for {span}, the class is grade {grade}. Those grades "
            "are an estimate; check whether the activity suits this class."
        ),
        "grade-mismatch": DomainText.tr(
            "{company} receives pupils from grade {min_grade}, the class is grade {grade}. "
            "Choose another company or an older grade."
        ),
        "no-attitude-question": DomainText.tr(
            "the reflection lessons ask only knowledge questions. Add a question about "
            "attitudes or stereotypes, for example: 'Who could do this work? Could you "
            "learn it?'"
        ),
        "no-counter-stereotype": DomainText.tr(
            "the pupils meet no role model who breaks a stereotype (such as a female "
            "mechanic or a male nurse). Ask the company or a parent for such a person."
        ),
        "single-role-model": DomainText.tr(
            "the pupils meet only one role model ({role_model}). Show them more people and "
            "professions, so that every child recognises themselves in someone."
        ),
        "company-unconfirmed": DomainText.tr(
            "{company} has not confirmed the appointment yet. Get in touch and set the "
            "company to 'confirmed'."
        ),
        "safety-unchecked": DomainText.tr(
            "the safety and hygiene rules of {company} have not been checked yet. Ask for "
            "them and discuss them in the preparation lesson."
        ),
        "transport-not-arranged": DomainText.tr(
            "transport has not been arranged yet. Arrange cars, bikes or a bus and set "
            "transport to 'arranged'."
        ),
        "grade-without-chain": DomainText.tr(
            "{class_name} (grade {grade}) has no chain yet this school year. Career "
            "orientation works as a continuous line: plan an activity for this class too."
        ),
        "world-not-met": DomainText.tr(
            "{class_name} (cohort {cohort}) has not seen the world '{world}' {since} and has "
            "nothing planned for it up to grade 8. Plan an activity from this world of "
            "technology."
        ),
    }


def _weeks_finding(code: str, weeks: int) -> str:
    """The findings that name a number of school weeks (plural forms by Qt)."""
    if code == "preparation-too-early":
        text = DomainText.tr(
            "the preparation lesson of {lesson_date} is more than %n school weeks before the "
            "activity; pupils will have forgotten much by then. Move the lesson closer to "
            "the activity.",
            "",
            weeks,
        )
    elif code == "reflection-too-late":
        text = DomainText.tr(
            "the reflection lesson of {lesson_date} is more than %n school weeks after the "
            "activity. Reflect soon after the activity, while the experience is still fresh.",
            "",
            weeks,
        )
    else:  # late-in-year
        text = DomainText.tr(
            "the activity falls in the last %n school weeks before the summer holiday; then "
            "there is little time for reflection and follow-up. Rather plan it at the "
            "beginning or in the middle of the school year.",
            "",
            weeks,
        )
    return text


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _grade_list(grades: object) -> str:
    """``5, 6 and 7`` from the groepen a finding names."""
    names = [str(g) for g in grades] if isinstance(grades, tuple | list) else [str(grades)]
    if len(names) == 1:
        return names[0]
    return DomainText.tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])


def _not_a_school_day(args: dict[str, object]) -> dict[str, object]:
    what = {
        "activity": DomainText.tr("the activity"),
        "activity_end": DomainText.tr("the end of the activity"),
        LessonKind.PREPARATION.value: DomainText.tr("the preparation lesson"),
        LessonKind.REFLECTION.value: DomainText.tr("the reflection lesson"),
    }.get(str(args.get("day_kind")), DomainText.tr("the activity"))
    reason = str(args.get("reason", ""))
    day = args.get("day")
    if reason.startswith("valt buiten schooljaar "):
        because = DomainText.tr("is outside school year %1").replace("%1", reason.rsplit(" ", 1)[-1])
    elif isinstance(day, dt.date) and day.weekday() == 5:
        because = DomainText.tr("is a Saturday")
    elif isinstance(day, dt.date) and day.weekday() == 6:
        because = DomainText.tr("is a Sunday")
    else:
        because = DomainText.tr("is not a school day (%1)").replace("%1", days_off(reason))
    return {"what": what, "because": because}


def _number(value: object) -> int:
    """A number among a finding's arguments (which are typed as any object)."""
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(f"not a number: {value!r}")


def _english_body(finding: Finding) -> str | None:
    """The finding's message without its "class, activity (date): " start, in English;
    None when this code (or these arguments) has no English."""
    args: dict[str, object] = dict(finding.args)
    code = finding.code
    values = {name: date_text(value) for name, value in args.items()}
    if code in ("preparation-too-many", "reflection-too-many"):
        values["extra"] = str(_number(args["count"]) - _number(args["most"]))
    if code in ("preparation-too-early", "reflection-too-late", "late-in-year"):
        template = _weeks_finding(code, _number(args.get("weeks", 0)))
    elif code == "too-few-companions":
        return _companions(args)
    elif code == "repetition":
        if "company" in args and "grades" in args:
            template = DomainText.tr(
                "the pupils of this class go to {company} for the {ordinal} time (grade "
                "{grades}). Choose another company too."
            )
            values["grades"] = _grade_list(args["grades"])
        elif "company" in args:
            template = DomainText.tr(
                "the class goes to {company} for the {ordinal} time this school year. Choose "
                "another company too."
            )
        else:
            template = DomainText.tr(
                "the class sees the world '{world}' for the {ordinal} time this school year. "
                "Show other worlds of technology too."
            )
        values["ordinal"] = _ordinal(_number(args.get("times", 0)))
    else:
        known = _finding_templates().get(code)
        if known is None:
            return None
        template = known
        if code == "not-a-school-day":
            values.update({k: str(v) for k, v in _not_a_school_day(args).items()})
        if code == "grade-outside-range":
            values["span"] = grade_range(_number(args["grade_min"]), _number(args["grade_max"]))
        if code in ("grade-without-chain", "world-not-met"):
            values["class_name"] = finding.class_name or ""
        if code == "world-not-met":
            grade = _number(args.get("grade", 0))
            values["since"] = DomainText.tr("in grade 4") if grade == 4 else DomainText.tr("since grade 4")
    if "world" in args:
        values["world"] = world(str(args["world"]))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return None  # the rule gives other arguments than this English expects


def _companions(args: dict[str, object]) -> str | None:
    try:
        pupils, needed = _number(args["pupils"]), _number(args["needed"])
        ratio, present = _number(args["ratio"]), _number(args["companions"])
    except (KeyError, TypeError, ValueError):
        return None
    there = DomainText.tr("there are none") if present == 0 else DomainText.tr("there are %n", "", present)
    return (
        DomainText.tr("%n pupils need", "", pupils)
        + " "
        + DomainText.tr("%n companions", "", needed)
        + " "
        + DomainText.tr("(1 in %1), %2. Fill in the number of companions or ask for companions in the "
              "parent letter.").replace("%1", str(ratio)).replace("%2", there)
    )


def finding_body(finding: Finding) -> str:
    """The rule's text without the class, activity and date the finding names in its
    fields (``Finding.subject``), beginning with a capital."""
    body = _english_body(finding) if english() else None
    if body is None:
        body = finding.text
    return body[:1].upper() + body[1:]


def finding_message(finding: Finding) -> str:
    """The whole message, in the window's language."""
    body = _english_body(finding) if english() else None
    if body is None:
        return finding.message
    return f"{finding.subject}: {body}" if finding.subject else body


# --- reasons of the company suggestions -----------------------------------------------


def match_reasons(suggestion: object) -> tuple[str, ...]:
    """A suggestion's reasons (domain/matching.py) in the window's language."""
    reasons: tuple[str, ...] = getattr(suggestion, "reasons", ())
    keys = getattr(suggestion, "reason_keys", ())
    if not english() or len(keys) != len(reasons):
        return reasons
    return tuple(_match_reason(key, args) for key, args in keys)


def _match_reason(key: str, args: tuple[object, ...]) -> str:
    if key == "fits":
        return DomainText.tr("fits %1").replace("%1", " and ".join(world(str(a)) for a in args))
    if key == "role-models":
        count, counter = _number(args[0]), _number(args[1])
        text = DomainText.tr("%n role models", "", count)
        if counter:
            text += DomainText.tr(", of whom %n against the stereotype", "", counter)
        return text
    if key == "from-grade":
        return DomainText.tr("from grade %1").replace("%1", str(args[0]))
    if key == "in-groups":
        capacity, pupils, groups = (_number(a) for a in args)
        return (
            DomainText.tr("receives %1 pupils, the class has %2: in %n groups", "", groups)
            .replace("%1", str(capacity))
            .replace("%2", str(pupils))
        )
    if key == "visited":
        visits, class_name = _number(args[0]), str(args[1])
        return DomainText.tr("visited %n times this school year by %1", "", visits).replace(
            "%1", class_name
        )
    history = {
        "company-again": DomainText.tr("wants to receive a class again (evaluation %1)"),
        "company-said-no": DomainText.tr(
            "does not want to receive a class this school year (evaluation %1)"
        ),
        "company-said-no-before": DomainText.tr(
            "said no to another time after %1; feel free to ask again"
        ),
        "company-unsure": DomainText.tr("was not sure it could come again (evaluation %1)"),
        "teacher-again": DomainText.tr("the teacher wants to go there again (evaluation %1)"),
        "teacher-not-again": DomainText.tr(
            "the teacher did not want to go there again (evaluation %1)"
        ),
    }
    if key in history:
        return history[key].replace("%1", str(args[0]) if args else "")
    fixed = {
        "chosen": DomainText.tr("chosen now for this chain"),
        "other-world": DomainText.tr("another world than the activity's"),
        "confirmed": DomainText.tr("contact confirmed"),
        "unconfirmed": DomainText.tr("contact not confirmed yet"),
        "no-role-models": DomainText.tr("no role models known"),
        "capacity-unknown": DomainText.tr("capacity unknown"),
    }
    return fixed.get(key, key)
