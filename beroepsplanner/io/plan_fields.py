"""Reading the fields of a parsed JSON file, noting every fault with its place.

A ``Problems`` list collects faults as ``chains[3].date: ...`` lines, so a
teacher sees all of them at once instead of one per attempt. ``Fields`` reads
one JSON object: it notes missing and unknown fields and values of the wrong
type, and returns a harmless default for a faulty value so reading can go on.
The checks here are the ones docs/plan-format.schema.json states; keep the two
in step. Every text is also checked for control characters and the like
(``domain/text.py``): a name may hold none, a free text (``lines``) tabs and
line breaks; a free text may hold ``MAX_FREE_TEXT`` characters. Text from the
file that a message quotes is escaped (``\x1b``) and shortened.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar, overload

from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.text import (
    character_problem,
    forbidden_character,
    unprintable_character,
    visible,
)
from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.limits import MAX_FREE_TEXT

# The first faults are listed; a file with more is probably not a plan file at all.
MAX_LISTED = 20

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_BLANK = re.compile(r"\S")

E = TypeVar("E", bound=StrEnum)
TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")


class JsonObject(dict):
    """A JSON object that remembers the names it held more than once."""

    duplicates: tuple[str, ...] = ()


def json_object(pairs: list[tuple[str, Any]]) -> JsonObject:
    """``object_pairs_hook`` for ``json``: keep the last value, remember duplicates."""
    result = JsonObject(pairs)
    if len(result) != len(pairs):
        counts = Counter(key for key, _ in pairs)
        result.duplicates = tuple(key for key, n in counts.items() if n > 1)
    return result


class Problems:
    """The faults found in one file, each with its place.

    Each is a ``Problem``: its Dutch line, and the ``key`` and ``values`` of ``what`` so the
    window can say it in English (``ui/english/errors_io.py``).
    """

    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, where: str, what: str, key: str | None = None, **values: object) -> None:
        line = f"{where}: {what}" if where else what
        self.found.append(Problem(line, where, key, **values))

    def __bool__(self) -> bool:
        return bool(self.found)

    def raise_if_any(self, source: str | None) -> None:
        if self.found:
            raise plan_file_error(self.found, source)


def plan_file_error(found: list[str], source: str | None) -> PlanFileError:
    """A PlanFileError listing the first faults, in Dutch, saying nothing was changed."""
    name = f"Het planbestand {visible(source, None)}" if source else "Het planbestand"
    count = "een fout" if len(found) == 1 else f"{len(found)} fouten"
    lines = [f"{name} bevat {count}; er is niets ingelezen of gewijzigd."]
    lines += [f"- {line}" for line in found[:MAX_LISTED]]
    if len(found) > MAX_LISTED:
        rest = len(found) - MAX_LISTED
        lines.append(f"... en nog {rest} {'fout' if rest == 1 else 'fouten'}.")
    return PlanFileError(
        "\n".join(lines),
        tuple(found),
        key="plan-faults",
        source=visible(source, None) if source else "",
        count=len(found),
    )


def describe(value: Any) -> str:
    """A short Dutch description of a JSON value, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return f"het getal {text if len(text) <= 20 else text[:17] + '...'}"
    if isinstance(value, str):
        return f"de tekst '{shorten(value)}'"
    if isinstance(value, list):
        return "een lijst"
    return "een object"


def shorten(text: str, limit: int = 40) -> str:
    """Text from the file as a message quotes it: escaped (``\x1b``) and at most ``limit`` long."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return visible(text, limit)


def join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    key = shorten(key)  # an unknown field's name is the file's text
    return f"{where}.{key}" if where else key


def as_integer(value: Any) -> int | None:
    """An integer as JSON Schema sees one (``6`` and ``6.0``, never ``true``), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def check_text(
    problems: Problems,
    value: Any,
    where: str,
    *,
    max_length: int | None,
    blank: bool,
    lines: bool = False,
) -> str | None:
    """``value`` when it is an acceptable text, else None (with the fault noted).

    ``lines``: a free text, which may hold tabs and line breaks; any other text
    is one line. Control characters are refused in both.
    """
    if not isinstance(value, str):
        problems.add(
            where, f"tekst verwacht, gevonden: {describe(value)}", "plan-text-expected",
            found=describe(value),
        )
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        problems.add(
            where, "de tekst bevat een ongeldig teken (een losse \\u-escape)", "plan-lone-surrogate"
        )
        return None
    if not blank and not _NOT_BLANK.search(value):
        problems.add(where, "mag niet leeg zijn", "plan-blank")
        return None
    if max_length is not None and len(value) > max_length:
        kind = " voor een vrije tekst (notities, beschrijving)" if lines else ""
        problems.add(
            where,
            f"te lang: {_thousands(len(value))} tekens, hoogstens {_thousands(max_length)}{kind}; "
            "kort de tekst in",
            "plan-free-text-too-long" if lines else "plan-text-too-long",
            length=len(value),
            limit=max_length,
        )
        return None
    problem = character_problem(value, lines=lines)
    if problem is not None:
        problems.add(
            where, problem.rstrip("."), "text-character",
            char=forbidden_character(value, lines=lines) or unprintable_character(value),
        )
        return None
    return value


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def check_date(
    problems: Problems, value: Any, where: str, year: SchoolYear | None
) -> dt.date | None:
    """A date written ``JJJJ-MM-DD`` inside ``year`` (when known), or None."""
    if not isinstance(value, str):
        problems.add(
            where, f"datum verwacht (JJJJ-MM-DD), gevonden: {describe(value)}",
            "plan-date-expected", found=describe(value),
        )
        return None
    day = None
    if _DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            day = None
    if day is None:
        problems.add(
            where, f"'{shorten(value)}' is geen geldige datum (schrijf JJJJ-MM-DD)",
            "plan-bad-date", text=shorten(value),
        )
        return None
    if year is not None and day not in year:
        problems.add(
            where,
            f"{value} valt buiten schooljaar {year.label} "
            f"({year.start.isoformat()} tot en met {year.end.isoformat()})",
            "plan-date-outside-year",
            text=value,
            year=year.label,
            start=year.start.isoformat(),
            end=year.end.isoformat(),
        )
        return None
    return day


class Fields:
    """The fields of one JSON object at ``where``; notes what is missing, unknown or wrong."""

    def __init__(
        self,
        problems: Problems,
        value: Any,
        where: str,
        *,
        required: Iterable[str],
        optional: Iterable[str] = (),
    ) -> None:
        self.problems = problems
        self.where = where
        required = tuple(required)
        known = required + tuple(optional)
        if not isinstance(value, dict):
            problems.add(
                where or "het bestand", f"object verwacht, gevonden: {describe(value)}",
                "plan-object-expected", found=describe(value),
            )
            self.data: dict[str, Any] = {}
            self.ok = False
            return
        self.data = value
        self.ok = True
        for key in getattr(value, "duplicates", ()):
            problems.add(join(where, key), "dit veld staat er meer dan eens", "plan-field-twice")
        for key in required:
            if key not in value:
                problems.add(
                    where or "het bestand", f"het verplichte veld '{key}' ontbreekt",
                    "plan-field-missing", field=key,
                )
        for key in value:
            if key not in known:
                hint = difflib.get_close_matches(key[:100], known, n=1)
                also = f" (bedoelt u '{hint[0]}'?)" if hint else ""
                problems.add(
                    join(where, key), f"onbekend veld{also}", "plan-unknown-field",
                    hint=hint[0] if hint else "",
                )

    def has(self, key: str) -> bool:
        return key in self.data

    def at(self, key: str | int) -> str:
        return join(self.where, key)

    def text(
        self, key: str, *, max_length: int | None = None, blank: bool = True, default: str = ""
    ) -> str:
        if key not in self.data:
            return default
        found = check_text(
            self.problems, self.data[key], self.at(key), max_length=max_length, blank=blank
        )
        return default if found is None else found

    def uid(self, key: str) -> str | None:
        """An optional identifier written as a UUID ("3f2b…-…"); None when absent or wrong."""
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, str):
            try:
                return str(uuid.UUID(value))
            except ValueError:
                pass
        self.problems.add(
            self.at(key),
            "een kenmerk als '3f2b8c1e-0d4a-4b7e-9a61-5c2d8e7f1a90' verwacht, gevonden: "
            f"{describe(value)}",
            "plan-uid-expected",
            found=describe(value),
        )
        return None

    def name(self, key: str, *, max_length: int) -> str:
        """A text that identifies something: required, not blank."""
        return self.text(key, max_length=max_length, blank=False)

    def free_text(self, key: str) -> str:
        """A note or a description: several lines, at most ``MAX_FREE_TEXT`` characters."""
        if key not in self.data:
            return ""
        found = check_text(
            self.problems, self.data[key], self.at(key), max_length=MAX_FREE_TEXT, blank=True,
            lines=True,
        )
        return "" if found is None else found

    def integer(
        self, key: str, *, low: int, high: int, default: int | None = None, nullable: bool = False
    ) -> int | None:
        if key not in self.data:
            return default
        value = self.data[key]
        if value is None and nullable:
            return None
        number = as_integer(value)
        if number is None:
            also = " of null" if nullable else ""
            self.problems.add(
                self.at(key), f"geheel getal{also} verwacht, gevonden: {describe(value)}",
                "plan-integer-or-null-expected" if nullable else "plan-integer-expected",
                found=describe(value),
            )
            return default
        if not low <= number <= high:
            self.problems.add(
                self.at(key), f"{number} ligt niet tussen {low} en {high}", "plan-out-of-range",
                number=number, low=low, high=high,
            )
            return default
        return number

    def boolean(self, key: str, *, default: bool = False) -> bool:
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            self.problems.add(
                self.at(key), f"true of false verwacht, gevonden: {describe(value)}",
                "plan-boolean-expected", found=describe(value),
            )
            return default
        return value

    @overload
    def choice(self, key: str, enum: type[E], default: E, *, nullable: bool = False) -> E: ...
    @overload
    def choice(self, key: str, enum: type[E], default: None, *, nullable: bool = False) -> E | None: ...

    def choice(self, key: str, enum: type[E], default: E | None, *, nullable: bool = False) -> E | None:
        if key not in self.data:
            return default
        value = self.data[key]
        if value is None and nullable:
            return default
        allowed = ", ".join(f"'{member.value}'" for member in enum)
        if not isinstance(value, str) or value not in {m.value for m in enum}:
            self.problems.add(
                self.at(key), f"{describe(value)} is niet toegestaan; kies uit {allowed}",
                "plan-not-allowed", found=describe(value), allowed=allowed,
            )
            return default
        return enum(value)

    def time(self, key: str) -> dt.time | None:
        """A time of day as ``"HH:MM"`` (24 hours), or null/absent for not known."""
        value = self.data.get(key)
        if value is None:
            return None
        found = TIME.fullmatch(value) if isinstance(value, str) else None
        if found is not None:
            hour, minute = int(found[1]), int(found[2])
            if hour < 24 and minute < 60:
                return dt.time(hour, minute)
        self.problems.add(
            self.at(key), f"tijd als UU:MM (zoals \"08:30\") of null verwacht, gevonden: "
            f"{describe(value)}",
            "plan-time-expected",
            found=describe(value),
        )
        return None

    def date(self, key: str, year: SchoolYear | None) -> dt.date | None:
        if key not in self.data:
            return None
        return check_date(self.problems, self.data[key], self.at(key), year)

    def items(self, key: str) -> list[tuple[str, Any]]:
        """The elements of a list field with their places; [] when absent or not a list."""
        if key not in self.data:
            return []
        value = self.data[key]
        if not isinstance(value, list):
            self.problems.add(
                self.at(key), f"lijst verwacht, gevonden: {describe(value)}", "plan-list-expected",
                found=describe(value),
            )
            return []
        return [(join(self.at(key), index), item) for index, item in enumerate(value)]

    def texts(self, key: str, *, max_length: int, blank: bool = False) -> tuple[str, ...]:
        found = (
            check_text(self.problems, item, where, max_length=max_length, blank=blank)
            for where, item in self.items(key)
        )
        return tuple(text for text in found if text is not None)
