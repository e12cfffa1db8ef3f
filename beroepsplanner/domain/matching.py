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
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Assessment:
    """How well one company fits: a score and the reasons, or why it is excluded."""

    company: CompanyCandidate
    score: int
    reasons: tuple[str, ...]
    excluded: str | None = None
    # Each reason by key and arguments, for the window's other language.
    reason_keys: tuple[tuple[str, tuple[object, ...]], ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A company that fits the chain, with its score and Dutch reasons."""

    company: CompanyCandidate
    score: int
    reasons: tuple[str, ...]
    reason_keys: tuple[tuple[str, tuple[object, ...]], ...] = ()


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
    return Assessment(company, score, tuple(reasons), reason_keys=tuple(keys))


def suggest(
    request: MatchRequest, companies: list[CompanyCandidate] | tuple[CompanyCandidate, ...],
    limit: int | None = 10,
) -> list[Suggestion]:
    """The companies that can receive the class, best first (at most ``limit``).

    Ties go to the confirmed company, then by name and place, so the order is
    stable. Companies for an older groep are left out (see ``assess``).
    """
    wanted, visited = frozenset(request.worlds), dict(request.visited)
    fitting = [
        a for a in (_assess(request, c, wanted, visited) for c in companies) if a.excluded is None
    ]
    fitting.sort(
        key=lambda a: (
            -a.score,
            not a.company.confirmed,
            a.company.name.casefold(),
            a.company.place.casefold(),
            a.company.id,
        )
    )
    if limit is not None:
        fitting = fitting[: max(limit, 0)]
    return [Suggestion(a.company, a.score, a.reasons, a.reason_keys) for a in fitting]


def _join(names: list[str]) -> str:
    # World names hold commas themselves ("Energie, Water & Veiligheid").
    return " en ".join(names)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
