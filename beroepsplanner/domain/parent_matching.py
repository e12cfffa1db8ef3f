"""Which parents of the register fit a guest lesson: a ranked list with Dutch reasons.

The parents' counterpart of ``matching.py`` (companies), a pure function over plain data:
``store/parent_matching.py`` gathers the class's line and the register, the chain builder and
``beroepsplanner suggest`` show the result. How a parent is judged (the weights are constants):

* **A guest lesson** — only parents who offered one are proposed at all.
* **Not met yet** — a job in a world of technology or sector the class has not met along
  its line (this year and the years before, by ``chain.meeting_of``) is what a guest adds
  most; a world the class met already counts a little for fitting the activity.
* **The activity** — a job in one of the activity's worlds adds points.
* **Own class** — a parent of a child in the class comes first among equals: the children
  know the guest, and the guest knows the class.
* **A stereotype broken** — a parent who breaks one (a father who is a nurse) adds points:
  the rules ask for such a role model in every chain.
* **Already a guest** — a parent who is a guest in another chain of the class this school
  year loses points (variety matters); a parent whose job is unknown a few.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_MET = 40
"""Points for a job in a world or sector the class has not met yet."""
FITS_ACTIVITY = 20
OWN_CLASS = 25
COUNTER_STEREOTYPICAL = 15
ALREADY_GUEST = 30
"""Points lost for each other chain of the class this year with the parent as a guest."""
JOB_UNKNOWN = 5


@dataclass(frozen=True)
class ParentRequest:
    """What a guest lesson of a class asks of a parent."""

    class_name: str
    class_id: int
    met: frozenset[str] = frozenset()
    """The worlds of technology and sectors the class met along its line."""
    activity_worlds: tuple[str, ...] = ()
    """The worlds and sectors of the chain's activity."""


@dataclass(frozen=True)
class ParentCandidate:
    """A parent of the register, as matching needs it."""

    id: int
    first_name: str
    class_id: int
    class_name: str
    job: str = ""
    world: str | None = None
    """The world of technology or sector of the parent's profession (None: free text)."""
    counter_stereotypical: bool = False
    guest_lesson: bool = False
    """The parent offered a guest lesson."""
    guest_in_class: int = 0
    """Other chains of the class this school year with the parent as a guest."""
    role_model_id: int | None = None


@dataclass(frozen=True)
class ParentSuggestion:
    """A parent who fits the guest lesson, with the score and the reasons (Dutch and by key)."""

    parent: ParentCandidate
    score: int
    reasons: tuple[str, ...]
    reason_keys: tuple[tuple[str, tuple[object, ...]], ...] = ()


def assess_parent(request: ParentRequest, parent: ParentCandidate) -> ParentSuggestion:
    """Score ``parent`` for ``request`` (whether the parent offered a guest lesson is the
    caller's filter, ``suggest_parents``)."""
    score = 0
    reasons: list[str] = []
    keys: list[tuple[str, tuple[object, ...]]] = []

    def add(points: int, reason: str, key: str, *args: object) -> None:
        nonlocal score
        score += points
        reasons.append(reason)
        keys.append((key, args))

    if parent.class_id == request.class_id:
        add(OWN_CLASS, f"ouder uit {request.class_name}", "own-class", request.class_name)
    else:
        reasons.append(f"ouder uit {parent.class_name}")
        keys.append(("other-class", (parent.class_name,)))
    if parent.world is not None and parent.world not in request.met:
        add(NOT_MET, f"{request.class_name} ontmoette {parent.world} nog niet", "not-met",
            request.class_name, parent.world)
    if parent.world is not None and parent.world in request.activity_worlds:
        add(FITS_ACTIVITY, f"past bij {parent.world}", "fits", parent.world)
    if not parent.job:
        add(-JOB_UNKNOWN, "beroep onbekend", "job-unknown")
    if parent.counter_stereotypical:
        add(COUNTER_STEREOTYPICAL, "doorbreekt een stereotype", "counter-stereotypical")
    if parent.guest_in_class:
        times = "al gast" if parent.guest_in_class == 1 else f"al {parent.guest_in_class} keer gast"
        add(-ALREADY_GUEST * parent.guest_in_class, f"dit schooljaar {times} bij {request.class_name}",
            "guest-already", parent.guest_in_class, request.class_name)
    return ParentSuggestion(parent, score, tuple(reasons), tuple(keys))


def suggest_parents(
    request: ParentRequest, parents: list[ParentCandidate] | tuple[ParentCandidate, ...],
    limit: int | None = 10,
) -> list[ParentSuggestion]:
    """The parents who offered a guest lesson, best first (at most ``limit``); ties by
    first name and class, so the order is stable."""
    found = [assess_parent(request, p) for p in parents if p.guest_lesson]
    found.sort(
        key=lambda s: (-s.score, s.parent.first_name.casefold(), s.parent.class_name.casefold(), s.parent.id)
    )
    return found if limit is None else found[: max(limit, 0)]
