"""The English of the faults of a plan file of version 2 (issue 15 item 6).

``io/plan_version2.py`` reads the years, pupils with their keys, the record, evaluations
and measurements; ``io/plan_links.py`` refuses a link that points nowhere, twice, in a
circle or the wrong way in time (a pupil's ``previous``, a chain's ``follows`` and
``origin``, a record's pupil, a class's ``previous_classes``). The place
(``school_years[1].chains[0].follows``) is put in front by ``error_text.keyed_line``.
"""

from __future__ import annotations

from collections.abc import Callable

from beroepsplanner.ui.domain_text import DomainText


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the problem's values."""
    tr = DomainText.tr
    return {
        "plan-no-years": tr("the list is empty; a plan file has at least one school year"),
        "plan-year-twice": tr(
            "school year {year} is there before ({first}); each school year is in the file once"
        ),
        "plan-end-not-after-start": tr(
            "the activity ends on {end}, not after its first day ({start})"
        ),
        "plan-programme-too-long": tr("{count} parts; at most {max}"),
        "plan-moment-expected": tr("a moment as YYYY-MM-DDTHH:MM:SS expected, found: {found}"),
        "plan-key-twice": tr(
            "the key '{pupil_key}' already belongs to another pupil ({first}); each pupil has "
            "a key of its own"
        ),
        "plan-pupil-unknown": tr("there is no pupil with the key '{pupil_key}' in the file"),
        "plan-previous-circle": tr(
            "'{pupil_key}' leads back to this pupil through 'previous'; a pupil's school "
            "years cannot run in a circle"
        ),
        "plan-previous-not-earlier": tr(
            "'{pupil_key}' is a pupil of school year {year}, not of an earlier school year"
        ),
        "plan-previous-twice": tr(
            "'{pupil_key}' is already the previous of another pupil ({first})"
        ),
        "plan-uid-twice": tr(
            "this uid already belongs to another chain ({first}); each chain has a uid of its own"
        ),
        "plan-chain-unknown": tr("there is no chain with the uid '{uid}' in the file"),
        "plan-origin-not-earlier": tr(
            "the chain {chain} is not of an earlier school year; 'origin' is last year's chain "
            "this chain is a copy of"
        ),
        "plan-record-other-year": tr(
            "'{pupil_key}' is a pupil of school year {year}, the chain of {chain_year}"
        ),
        "plan-record-twice": tr("'{pupil_key}' is with this chain before ({first})"),
        "plan-follows-other-class": tr(
            "the chain {chain} is of class '{other}'; a follow-up belongs to the same class "
            "('{class_name}') in the same school year"
        ),
        "plan-follows-not-earlier": tr(
            "the chain {chain} ({date}) is not before this chain ({own}); a follow-up comes "
            "after the chain it follows up"
        ),
        "plan-follows-taken": tr(
            "{other} already follows up the chain {chain}; a chain has one follow-up"
        ),
        "plan-previous-class-unknown": tr(
            "the class '{class_name}' is not in the school year before {year} in this file"
        ),
    }


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The values are keys, places, names and dates as the file has them."""
    del key, row_problem, keyed_line
    return dict(found)
