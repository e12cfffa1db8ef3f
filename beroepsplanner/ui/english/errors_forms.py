"""The English of the checks of the activity dialog and the company form (see the package's
docstring).

``domain.catalog.activity_problems`` and ``domain.company_details.field_problems`` give each
reason as a ``domain.problems.Problem``: the Dutch sentence with a key and values. A lesson
template's reason names the lesson by its kind (``lesson``) and ``number``; a field of the
company form is named by key (``field``), with the ``number`` of its contact or role model and
that person's name (``who``, empty: "contact 2"). The store lists the same problems when it
refuses (``activity-not-saved``, ``company-not-saved`` in :mod:`.errors_store`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.text import escaped
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.domain_text import DomainText
from beroepsplanner.ui.english.characters import character_problem

_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the problem's values."""
    tr = DomainText.tr
    return {
        # --- an activity (domain/catalog.py)
        "activity-title-missing": tr("Give the activity a title."),
        "activity-title-too-long": tr("The title is too long (at most {max} characters)."),
        "activity-pupil-title-too-long": tr(
            "The title for pupils is too long (at most {max} characters)."
        ),
        "activity-grade-invalid": tr("The {end} grade must be 1 to 8, not {grade}."),
        "activity-grades-reversed": tr(
            "The lowest grade ({low}) is higher than the highest grade ({high})."
        ),
        "activity-duration-not-positive": tr("The duration must be more than 0 minutes."),
        "activity-cost-negative": tr("The cost cannot be negative."),
        "activity-visit-task-is-visit": tr(
            "A company visit cannot itself be a task during a visit. Untick 'Task during a "
            "company visit', or choose another kind (an assignment, for instance)."
        ),
        "activity-one-guest-on-visit": tr(
            "On a company visit pupils meet several people with different jobs, not one guest. "
            "Untick 'One guest', or choose another kind (a guest lesson, for instance)."
        ),
        "activity-one-guest-with-visit-task": tr(
            "A task during a company visit is about the employees pupils meet there, not about "
            "one guest. Choose one of the two ticks."
        ),
        "activity-lesson-missing": tr("Add at least one {lesson}."),
        "activity-lessons-too-many": tr("An activity has at most two {lessons}."),
        "lesson-title-missing": tr("{Name} has no title."),
        "lesson-duration-not-positive": tr("The duration of {name} must be more than 0 minutes."),
        "lesson-question-empty": tr("{Name} has an empty question."),
        "lesson-questions-missing": tr("{Name} has no questions yet."),
        "lesson-knowledge-question-missing": tr(
            "{Name} has no knowledge question yet (about the professions and the work)."
        ),
        "lesson-attitude-question-missing": tr(
            "{Name} has no attitude question yet: reflection is also about images and "
            "stereotypes, not only about facts."
        ),
        # --- a company (domain/company_details.py)
        "company-name-missing": tr("Fill in the name of the company."),
        "company-field-too-long": tr("{field} is {length} characters long; {limit} fit."),
        "company-field-character": tr("{field}: {problem}"),
        "company-min-grade-invalid": tr(
            "'From grade' is {grade}; choose a grade from 1 to 8, or leave it empty."
        ),
        "company-capacity-invalid": tr(
            "The number of pupils the company can receive at once is {capacity}; fill in a "
            "number greater than 0, or leave it empty if it is not known."
        ),
        "contact-name-missing": tr("Fill in the name of contact {number}."),
        "contact-email-invalid": tr(
            "The e-mail address '{email}' of {person} is not right. An e-mail address has one "
            "@, no spaces and a dot after the @, like name@company.nl."
        ),
        "role-model-name-missing": tr("Fill in the name of role model {number}."),
    }


def _fields() -> dict[str, str]:
    """A field of the company form by key, as an English sentence starts with it; ``%1`` is
    the contact or role model (its name, or "contact 2")."""
    tr = DomainText.tr
    return {
        "company-name": tr("The name of the company"),
        "company-place": tr("The place"),
        "company-address": tr("The address"),
        "company-description": tr("The description"),
        "company-safety-notes": tr("The safety notes"),
        "company-notes": tr("The notes"),
        "contact-name": tr("The name of %1"),
        "contact-role": tr("The role of %1"),
        "contact-email": tr("The e-mail address of %1"),
        "contact-phone": tr("The phone number of %1"),
        "role-model-name": tr("The name of %1"),
        "role-model-profession": tr("The profession of %1"),
        "role-model-description": tr("The description of %1"),
    }


def _person(field: str, number: object, who: object) -> str:
    """The contact or role model a field belongs to: its name, or "contact 2"."""
    if who:
        return str(who)
    if field.startswith("role-model"):
        return DomainText.tr("role model %1").replace("%1", str(number))
    return DomainText.tr("contact %1").replace("%1", str(number))


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The problem's values in English where a value is a Dutch word or a key."""
    tr = DomainText.tr
    shown: dict[str, object] = {
        name: _UNSHOWABLE.sub(lambda m: escaped(m.group()), value) if isinstance(value, str) else value
        for name, value in found.items()
    }
    if key == "activity-grade-invalid":
        shown["end"] = tr("lowest") if found.get("end") == "low" else tr("highest")
    if key == "activity-lessons-too-many":
        lesson = str(found.get("lesson"))
        shown["lessons"] = (
            tr("preparation lessons") if lesson == LessonKind.PREPARATION.value else tr("reflection lessons")
        )
    if key.startswith("lesson-"):
        name = f"{domain_text.lesson_kind(LessonKind(str(found.get('lesson'))))} {found.get('number')}"
        shown["name"] = name
        shown["Name"] = name[:1].upper() + name[1:]
    if "field" in found:
        field = str(found["field"])
        # The name of a contact or role model is named by its number, whatever it is called.
        who = "" if field in ("contact-name", "role-model-name") else shown.get("who")
        person = _person(field, found.get("number"), who)
        shown["field"] = _fields().get(field, field).replace("%1", person)
    if key == "contact-email-invalid":
        shown["person"] = _person("contact", found.get("number"), shown.get("who"))
    char = found.get("char")
    if isinstance(char, str) and char:
        shown["problem"] = character_problem(char)
    return shown


__all__ = ["DomainText", "templates", "values"]
