"""A store's, an importer's or a file's error, and a problem it lists, in the window's language.

``error`` (a ``BeroepsplannerError``), ``row_problem`` (a row of a company file or a
class list) and ``keyed_line`` (a fault of a plan file, a line of a class list's report)
give the Dutch text itself in the Dutch window, exactly as the command line prints it;
in the English window they look the error's ``key`` up in the tables of ``ui/english/``
(``errors_files``, ``errors_io``, ``errors_plan_years``, ``errors_store``, ``errors_forms``, ``errors_server``,
``errors_versions``),
then in ``error_templates`` below, and fill in its ``values``; a key without English shows
its Dutch text. The words inside (a lesson kind, a region, a holiday, a finding) come from
``ui/domain_text.py``.

Like ``domain_text.py`` and ``ui/english/``, this module is left out of the Dutch
translation file (Makefile ``NL_SOURCES``): its Dutch is the error's own message.
"""

from __future__ import annotations

import datetime as dt

from beroepsplanner.domain.chain import Finding
from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.ui.domain_text import (
    DomainText,
    chain_status,
    date_text,
    days_off,
    english,
    finding_body,
    lesson_kind,
)
from beroepsplanner.ui.english import (
    errors_files,
    errors_forms,
    errors_io,
    errors_plan_years,
    errors_series,
    errors_server,
    errors_store,
    errors_versions,
)

# --- problems of a company file ----------------------------------------------------------


def row_problem(problem: object) -> str:
    """A problem with a row of a company file (io/company_import.py) or a class list
    (io/pupil_import.py): its Dutch message, or in English when it has a key with English
    (``ui/english/``)."""
    message = str(getattr(problem, "message", problem))
    key = getattr(problem, "key", None)
    if not english() or key is None:
        return message
    values = tuple(getattr(problem, "values", ()))
    text = _keyed(key, values)
    if text is None:
        return message
    found = dict(values)
    row = getattr(problem, "row", found.get("row", ""))
    column = getattr(problem, "column", found.get("column"))
    place = DomainText.tr("Row %1").replace("%1", str(row))
    if column:
        place = DomainText.tr("Row %1, column %2").replace("%1", str(row)).replace("%2", str(column))
    return f"{place}: {text}"


def keyed_line(line: str) -> str:
    """A fault of a plan file (``domain.problems.Problem``: ``chains[3].date: ...``) or a line of a
    class list's report: its Dutch line, or in English when it has a key with English."""
    key = getattr(line, "key", None)
    if not english() or key is None:
        return str(line)
    text = _keyed(key, tuple(getattr(line, "values", ())))
    if text is None:
        return str(line)
    where = str(getattr(line, "where", ""))
    if where == "het bestand":  # a fault of the whole file (plan_fields.Fields)
        where = DomainText.tr("the file")
    return f"{where}: {text}" if where else text


# --- the first errors of the store with a key ------------------------------------------


def error_templates() -> dict[str, str]:
    return {
        "chain-done-stays": DomainText.tr(
            "This chain has been carried out and stays on its date. Did it not take place? "
            "Then first set it back to planned in the chain builder."
        ),
        "no-school-day-left": DomainText.tr(
            "In that week or later this school year has no school day left for the "
            "activity. Choose an earlier week."
        ),
        "lesson-no-longer-fits": DomainText.tr(
            "Like this the {lesson} no longer fits in school year {year}: there is no "
            "school day left {where}. Choose another week."
        ),
        "chain-gone": DomainText.tr("This chain no longer exists; perhaps it was just deleted."),
        "not-in-school-year": DomainText.tr(
            "{day} is not in school year {year}. Choose a date between 1 August and 31 July."
        ),
        "already-no-school-day": DomainText.tr(
            "{day} is already not a school day ({reason}); a study day is not needed there."
        ),
        "already-study-day": DomainText.tr("{day} is already a study day."),
        "school-name-missing": DomainText.tr("Fill in the name of the school."),
        "school-region-missing": DomainText.tr(
            "Choose the region of the school: North, Central or South."
        ),
        "status-needs-no-errors": DomainText.tr(
            "This chain cannot be '{status}' yet; first solve these errors (or keep it as a "
            "concept):\n{errors}"
        ),
    }


def error(exc: BaseException) -> str:
    """A store error's message in the window's language (its Dutch text in Dutch, or
    when it has no key with English). A plan file's faults (``PlanFileError.problems``)
    are listed below it, each in English where it has a key."""
    key = getattr(exc, "key", None)
    if not english() or key is None:
        return str(exc)
    text = _keyed(key, tuple(getattr(exc, "values", ())))
    if text is None:
        return str(exc)
    if key == "plan-faults":
        from beroepsplanner.io.plan_fields import MAX_LISTED

        found = tuple(getattr(exc, "problems", ()))
        lines = [text, *("- " + keyed_line(line) for line in found[:MAX_LISTED])]
        if len(found) > MAX_LISTED:
            more = str(len(found) - MAX_LISTED)
            lines.append(DomainText.tr("... and %1 more errors.").replace("%1", more))
        text = "\n".join(lines)
    return text


def _keyed(key: str, raw: tuple[tuple[str, object], ...]) -> str | None:
    """The English of ``key`` with its values (``ui/english/``, then the table above); None when
    the key has no English. The tables get ``row_problem`` and ``keyed_line`` to put a
    problem listed in a value in English (they do not import this module). A date value is
    written dd-mm-yyyy; a tuple value reaches the English module's ``values()`` as it is (a
    list of problems, of line numbers)."""
    template = None
    values: dict[str, object] = {
        name: value if isinstance(value, tuple) else date_text(value) for name, value in raw
    }
    for module in (
        errors_files, errors_io, errors_store, errors_forms, errors_server, errors_versions,
        errors_series, errors_plan_years,
    ):
        template = module.templates().get(key)
        if template is not None:
            values = module.values(key, values, row_problem=row_problem, keyed_line=keyed_line)
            break
    else:
        template = error_templates().get(key)
    if template is None:
        return None
    if "lesson" in values:
        values["lesson"] = lesson_kind(LessonKind(str(values["lesson"])))
    if "where" in values:
        values["where"] = DomainText.tr("before the activity") if values["where"] == "before" else DomainText.tr(
            "after the activity"
        )
    if "reason" in values:
        day = dict(raw).get("day")
        if isinstance(day, dt.date) and day.weekday() >= 5:
            values["reason"] = DomainText.tr("Saturday") if day.weekday() == 5 else DomainText.tr(
                "Sunday"
            )
        else:
            values["reason"] = days_off(str(values["reason"]))
    if "status" in values:
        values["status"] = chain_status(ChainStatus(str(values["status"])))
    if "errors" in values:
        findings = dict(raw)["errors"]
        values["errors"] = "\n".join(
            "- " + finding_body(f)
            for f in (findings if isinstance(findings, tuple | list) else ())
            if isinstance(f, Finding)
        )
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return None
