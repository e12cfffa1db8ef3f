"""The English of the refusals about chains that belong together (issue 15 item 5).

``store/chain_links.py``: a chain that follows up another (one series) must follow an
earlier chain of the same class and school year that has no other follow-up, and a series
cannot run in a circle; a chain's new date or move keeps it after the chain it follows and
before its follow-up; an activity of several days ends after its first day.
``domain/activity_days.py``: such an activity moves with its number of school days, which
must still fit in one stretch of school days.
``store/chain_tasks.py``: only a company visit carries tasks, and only catalog items that
are a task during a visit. ``{chain}`` and ``{other}`` are chains as ``Title (dd-mm-yyyy)``.
"""

from __future__ import annotations

from collections.abc import Callable

from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.ui.domain_text import DomainText, activity_kind, days_off


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    tr = DomainText.tr
    return {
        "follows-itself": tr(
            "A chain cannot be a follow-up of itself. Under 'Follows up' choose an earlier "
            "chain of this class, or none."
        ),
        "follows-chain-gone": tr(
            "The chain this chain follows up no longer exists. Under 'Follows up' choose "
            "another chain, or none."
        ),
        "follows-other-year": tr(
            "A follow-up belongs to the same school year: '{chain}' is of school year "
            "{other}, this chain of {year}. Choose a chain of this class in this school year."
        ),
        "follows-other-class": tr(
            "A follow-up belongs to the same class: '{chain}' is of {other}, this chain of "
            "{class_name}. Choose a chain of {class_name}."
        ),
        "follows-circle": tr(
            "'{chain}' is itself a follow-up of this chain already; a series cannot run in a "
            "circle. Choose a chain earlier in the series, or none."
        ),
        "follows-not-earlier": tr(
            "'{chain}' is not before this chain. A follow-up comes after the chain it follows "
            "up: choose an earlier chain, or move this chain."
        ),
        "follows-taken": tr(
            "'{other}' already follows up '{chain}'. A chain has one follow-up: let this chain "
            "follow up '{other}', or detach that one."
        ),
        "follow-up-not-later": tr(
            "'{other}' follows up this chain; a follow-up comes later than the chain it follows "
            "up. Choose a date before {day}, move the follow-up first, or detach it (at the "
            "follow-up: leave 'Follows up' empty)."
        ),
        "moved-before-followed": tr(
            "This chain follows up '{other}' and comes after it. Choose a week after {day}, or "
            "detach the chain from the series (leave 'Follows up' empty)."
        ),
        "activity-days-no-longer-fit": tr(
            "The {count} school days of the activity no longer fit on school days of school "
            "year {year} from {day}: {why}. Choose another date, or change the end date."
        ),
        "activity-end-not-after-start": tr(
            "The activity ends on {end}, not after its first day ({day}). Choose a later end "
            "date, or leave 'until' empty for one day."
        ),
        "tasks-need-visit": tr(
            "Only a company visit can have a task during the visit; '{activity}' is a {kind}. "
            "Remove the task or plan it as a chain of its own."
        ),
        "not-a-visit-task": tr(
            "'{task}' is not a task during a visit (or is no longer in the catalog). Choose a "
            "task from the list."
        ),
    }


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The activity's kind in English, why the days of an activity no longer fit; the other
    values are names and dates as they are."""
    del row_problem, keyed_line
    english = dict(found)
    if "kind" in found:
        english["kind"] = activity_kind(ActivityKind(str(found["kind"])))
    if key == "activity-days-no-longer-fit":
        tr = DomainText.tr
        english["why"] = (
            tr("%1 is no school day (%2)").replace("%1", str(found["off"])).replace(
                "%2", days_off(str(found.get("reason", "")))
            )
            if found.get("off")
            else tr("the school year ends before")
        )
    return english
