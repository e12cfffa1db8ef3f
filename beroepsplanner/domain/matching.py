"""Which companies of the network fit a chain: a ranked list with Dutch reasons.

A pure function over plain data. The store (``store/matching.py``) gathers the
chain's needs and the companies; the window and ``beroepsplanner suggest`` show
the result.

How a company is judged (the weights are constants below, so a test or a
later setting can name them):

* **Groep** — a company that receives pupils only from a higher groep than the
  class is *excluded*: the chain rules call that an error, so suggesting it
  would only lead the teacher into one.
* **Worlds** — sharing a world of technology or sector with the activity is
  what makes a company fit; each shared world adds points, the first one most.
* **Confirmed** — a confirmed contact adds points, so between companies that
  fit equally well the confirmed ones come first.
* **Role models** — more role models add points, counter-stereotypical ones
  (a female mechanic, a male nurse) more so (both capped).
* **Capacity** — a company that receives fewer pupils than the class has is
  *not excluded* (the class can visit in groups, as many programmes do) but
  loses points per extra group; an unknown capacity costs a little.
* **Repetition** — a company the class already has in another chain of this
  school year loses points for each such chain (variety matters).
* **History** — the evaluations of earlier school years (``domain/evaluation.py``): the
  newest answer of each side to "again next year?". A company that wants to receive a
  class again gains points, and a teacher who wants to go again adds a few; a teacher who
  said no last school year costs points. A company that said no in last school year's
  evaluation ("not next year") is never suggested first: it is ranked after every company
  that did not say no, whatever its score. An answer of a year before last is history (a
  no from then may be asked again), and answers given this school year are about next
  year, so they do not count yet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from beroepsplanner.domain.evaluation import Again, PastAnswer, previous_school_year

WORLD_FIRST = 40
"""Points for the first world the company shares with the activity."""
WORLD_MORE = 10
"""Points for each further shared world."""
CONFIRMED = 20
ROLE_MODEL = 5
ROLE_MODELS_COUNTED = 3
COUNTER_STEREOTYPICAL = 10
COUNTER_STEREOTYPICAL_COUNTED = 2
EXTRA_GROUP = 10
"""Points lost for each extra group the class must be split into."""
UNKNOWN_CAPACITY = 3
VISITED = 30
"""Points lost for each other chain of this class with the company this school year."""
COMPANY_AGAIN = 25
"""Points for a company whose newest evaluation says it wants to receive a class again."""
TEACHER_AGAIN = 10
"""Points for a company the teacher wanted to go to again."""
TEACHER_NOT_AGAIN = 20
"""Points lost when the teacher said, last school year, not to go there again."""


@dataclass(frozen=True)
class MatchRequest:
    """What a chain asks of a company."""

    class_name: str
    grade: int
    # Number of pupils in the class; 0 when no pupils were entered (capacity not judged).
    pupils: int = 0
    # Names of the worlds of technology and sectors of the chain's activity.
    worlds: tuple[str, ...] = ()
    # Company id -> number of other chains of this class with it, this school year.
    visited: tuple[tuple[int, int], ...] = ()
    # The company the chain has now, if any.
    current_company_id: int | None = None
    # The chain's school year (``2027-2028``): which evaluations are last year's.
    school_year: str | None = None


@dataclass(frozen=True)
class CompanyCandidate:
    """A company of the network, as matching needs it."""

    id: int
    name: str
    place: str = ""
    worlds: tuple[str, ...] = ()
    min_grade: int | None = None
    capacity: int | None = None
    confirmed: bool = False
    role_models: int = 0
    counter_stereotypical: int = 0
    # The newest "again next year?" of earlier school years: the company's, the teacher's.
    company_again: PastAnswer | None = None
    teacher_again: PastAnswer | None = None


@dataclass(frozen=True)
class Assessment:
    """How well one company fits: a score and the reasons, or why it is excluded."""

    company: CompanyCandidate
    score: int
    reasons: tuple[str, ...]
    excluded: str | None = None
    # Each reason by key and arguments, for the window's other language.
    reason_keys: tuple[tuple[str, tuple[object, ...]], ...] = ()
    said_no: bool = False
    """The company said no to coming again this school year: never first."""


@dataclass(frozen=True)
class Suggestion:
    """A company that fits the chain, with its score and Dutch reasons."""

    company: CompanyCandidate
    score: int
    reasons: tuple[str, ...]
    reason_keys: tuple[tuple[str, tuple[object, ...]], ...] = ()
    said_no: bool = False


def assess(request: MatchRequest, company: CompanyCandidate) -> Assessment:
    """Score ``company`` for ``request``; ``excluded`` says (in Dutch) why it cannot come."""
    return _assess(request, company, frozenset(request.worlds), dict(request.visited))


def _assess(
    request: MatchRequest,
    company: CompanyCandidate,
    wanted: frozenset[str],
    visited: dict[int, int],
) -> Assessment:
    if company.min_grade is not None and request.grade < company.min_grade:
        reason = f"vanaf groep {company.min_grade}: te jong (de klas is groep {request.grade})"
        return Assessment(company, 0, (reason,), excluded=reason)
    score = 0
    reasons: list[str] = []
    keys: list[tuple[str, tuple[object, ...]]] = []
    if company.id == request.current_company_id:
        reasons.append("nu gekozen voor deze keten")
        keys.append(("chosen", ()))

    shared = [world for world in company.worlds if world in wanted]
    if shared:
        score += WORLD_FIRST + WORLD_MORE * (len(shared) - 1)
        reasons.append("past bij " + _join(shared))
        keys.append(("fits", tuple(shared)))
    elif wanted:
        reasons.append("andere wereld dan de activiteit")
        keys.append(("other-world", ()))

    if company.confirmed:
        score += CONFIRMED
        reasons.append("contact bevestigd")
        keys.append(("confirmed", ()))
    else:
        reasons.append("contact nog niet bevestigd")
        keys.append(("unconfirmed", ()))

    if company.role_models:
        score += ROLE_MODEL * min(company.role_models, ROLE_MODELS_COUNTED)
        score += COUNTER_STEREOTYPICAL * min(
            company.counter_stereotypical, COUNTER_STEREOTYPICAL_COUNTED
        )
        text = _count(company.role_models, "rolmodel", "rolmodellen")
        if company.counter_stereotypical:
            text += f", waarvan {company.counter_stereotypical} tegen het stereotype in"
        reasons.append(text)
        keys.append(("role-models", (company.role_models, company.counter_stereotypical)))
    else:
        reasons.append("geen rolmodellen bekend")
        keys.append(("no-role-models", ()))

    if company.min_grade is not None:
        reasons.append(f"vanaf groep {company.min_grade}")
        keys.append(("from-grade", (company.min_grade,)))

    if request.pupils > 0:
        if company.capacity is None:
            score -= UNKNOWN_CAPACITY
            reasons.append("capaciteit onbekend")
            keys.append(("capacity-unknown", ()))
        elif company.capacity < request.pupils:
            groups = math.ceil(request.pupils / company.capacity)
            score -= EXTRA_GROUP * (groups - 1)
            reasons.append(
                f"ontvangt {company.capacity} leerlingen, de klas heeft er {request.pupils}: "
                f"in {groups} groepen"
            )
            keys.append(("in-groups", (company.capacity, request.pupils, groups)))

    visits = visited.get(company.id, 0)
    if visits:
        score -= VISITED * visits
        times = "al bezocht" if visits == 1 else f"al {visits} keer bezocht"
        reasons.append(f"dit schooljaar {times} door {request.class_name}")
        keys.append(("visited", (visits, request.class_name)))
    points, said_no = _history(request, company, reasons, keys)
    return Assessment(
        company, score + points, tuple(reasons), reason_keys=tuple(keys), said_no=said_no
    )


def _history(
    request: MatchRequest,
    company: CompanyCandidate,
    reasons: list[str],
    keys: list[tuple[str, tuple[object, ...]]],
) -> tuple[int, bool]:
    """The points the evaluations of earlier years give, and whether the company said no
    for this school year (see the module); the reasons are added to ``reasons``."""
    year = request.school_year
    last_year = previous_school_year(year) if year else None
    points, said_no = 0, False
    if (answer := _earlier(company.company_again, year)) is not None:
        when = answer.school_year
        if answer.again is Again.YES:
            points += COMPANY_AGAIN
            reasons.append(f"wil graag weer een klas ontvangen (evaluatie {when})")
            keys.append(("company-again", (when,)))
        elif answer.again is Again.NO and when == last_year:
            said_no = True
            reasons.append(f"wil dit schooljaar geen klas ontvangen (evaluatie {when})")
            keys.append(("company-said-no", (when,)))
        elif answer.again is Again.NO:
            reasons.append(f"zei na {when} nee tegen nog een keer; vraag het gerust opnieuw")
            keys.append(("company-said-no-before", (when,)))
        else:
            reasons.append(f"wist nog niet of het weer kon (evaluatie {when})")
            keys.append(("company-unsure", (when,)))
    if (answer := _earlier(company.teacher_again, year)) is not None:
        when = answer.school_year
        if answer.again is Again.YES:
            points += TEACHER_AGAIN
            reasons.append(f"de leerkracht wil er weer heen (evaluatie {when})")
            keys.append(("teacher-again", (when,)))
        elif answer.again is Again.NO and when == last_year:
            points -= TEACHER_NOT_AGAIN
            reasons.append(f"de leerkracht wilde er niet weer heen (evaluatie {when})")
            keys.append(("teacher-not-again", (when,)))
    return points, said_no


def _earlier(answer: PastAnswer | None, year: str | None) -> PastAnswer | None:
    """``answer`` when it was given in a school year before ``year`` (else it is about a
    year to come and does not count yet)."""
    if answer is None or (year is not None and answer.school_year >= year):
        return None
    return answer


def suggest(
    request: MatchRequest, companies: list[CompanyCandidate] | tuple[CompanyCandidate, ...],
    limit: int | None = 10,
) -> list[Suggestion]:
    """The companies that can receive the class, best first (at most ``limit``).

    A company that said no for this school year comes after every other (``_history``);
    ties go to the confirmed company, then by name and place, so the order is stable.
    Companies for an older groep are left out (see ``assess``).
    """
    wanted, visited = frozenset(request.worlds), dict(request.visited)
    fitting = [
        a for a in (_assess(request, c, wanted, visited) for c in companies) if a.excluded is None
    ]
    fitting.sort(
        key=lambda a: (
            a.said_no,
            -a.score,
            not a.company.confirmed,
            a.company.name.casefold(),
            a.company.place.casefold(),
            a.company.id,
        )
    )
    if limit is not None:
        fitting = fitting[: max(limit, 0)]
    return [Suggestion(a.company, a.score, a.reasons, a.reason_keys, a.said_no) for a in fitting]


def _join(names: list[str]) -> str:
    # World names hold commas themselves ("Energie, Water & Veiligheid").
    return " en ".join(names)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
