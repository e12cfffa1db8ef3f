"""Hypothesis strategies: random JSON values and damaged versions of a valid plan."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.io.plans import small_plan, small_plan2

_WORDS = [
    "2026-10-06", "2026-13-01", "2027-02-29", "Herfstvakantie", "planned", "midden",
    "Groep 6 & 7", "tinkeren", "", " ", "Ayşe", "1", "null",
]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(_WORDS),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=8) | st.sampled_from(["name", "date", "grade"]), inner, max_size=3),
    max_leaves=8,
)


def paths_of(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_of(item, (*prefix, index))
    return found


@st.composite
def mutated_plans(draw: st.DrawFn, version: int = 1) -> Any:
    """A valid plan (``small_plan``, or ``small_plan2`` for version 2) with one to three
    parts replaced, removed or added."""
    plan: Any = small_plan() if version == 1 else small_plan2()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths_of(plan)))
        new = draw(json_values)
        if not path:
            plan = new
            continue
        parent = plan
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[path[-1]] = new
        elif action == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = new
        else:
            parent.insert(path[-1], new)
    return plan
