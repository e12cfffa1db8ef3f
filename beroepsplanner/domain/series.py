"""Chains that belong together: a series (domain.md, "Years and cohorts").

A chain may follow up another chain of the same class (a visit, then the build assignment
that does "in small what the company does", then a presentation). Each chain follows at
most one and is followed by at most one, so a series is a line of chains; its first chain
(the one that follows none) names it. The rules count a series once where they count
repetition, the year plan draws it as one line of bars and the pupil's record shows it as
one experience.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from beroepsplanner.domain.chain import ChainPlan


def series_heads(links: Mapping[int, int | None]) -> dict[int, int]:
    """Each chain's series, as the id of its first chain (a chain alone is its own).

    ``links``: chain id → the chain it follows (or None). A link to a chain not in
    ``links`` ends the walk there (that chain heads the series as far as it is known);
    a circle, which the store refuses, is cut at the chain where it closes.
    """
    heads: dict[int, int] = {}
    for chain_id in links:
        seen = [chain_id]
        current = chain_id
        while True:
            if current in heads:
                head = heads[current]
                break
            before = links.get(current)
            if before is None or before not in links or before in seen:
                head = current
                break
            seen.append(before)
            current = before
        for walked in seen:
            heads.setdefault(walked, head)
    return heads


def would_circle(links: Mapping[int, int | None], chain_id: int, follows: int) -> bool:
    """Whether ``chain_id`` following ``follows`` closes a circle: walking back from
    ``follows`` along ``links`` reaches ``chain_id``."""
    seen: set[int] = set()
    current: int | None = follows
    while current is not None and current not in seen:
        if current == chain_id:
            return True
        seen.add(current)
        current = links.get(current)
    return False


def series_members(links: Mapping[int, int | None], chain_id: int) -> list[int]:
    """The chains of ``chain_id``'s series in order: the first, its follow-up, and so on."""
    heads = series_heads(links)
    head = heads.get(chain_id, chain_id)
    followers = {before: after for after, before in links.items() if before is not None}
    members = [head]
    while members[-1] in followers and followers[members[-1]] not in members:
        members.append(followers[members[-1]])
    return members


def series_of(chains: Iterable[ChainPlan]) -> dict[int, int]:
    """Each chain's series head (``series_heads``) among ``chains`` (those with an id)."""
    return series_heads({c.id: c.follows for c in chains if c.id is not None})


def series_key(chain: ChainPlan, heads: Mapping[int, int]) -> object:
    """What a repetition rule counts once: the chain's series (a chain without an id, not
    saved yet, is a series of its own)."""
    if chain.id is None:
        return ("draft", id(chain))
    return heads.get(chain.id, chain.id)
