"""Reading a plan file (JSON, version 1 or 2) into a checked ``PlanDocument`` (version 1:
one school year) or ``SchoolPlan`` (version 2: every school year; ``plan_version2``).

``read_plan`` checks everything a file can be checked for on its own — UTF-8,
JSON, format and version, required fields, types, dates inside the school
year, grades, duplicates — and raises one PlanFileError listing every fault
with its place (``chains[3].date: ...``). References into a database (activity
keys, classes and companies already stored) are checked by ``import_plan``
before it writes. docs/plan-format.md describes the format and
docs/plan-format.schema.json states it as a JSON Schema; the checks in
``plan_version1`` agree with that schema (tests/io/test_plan_schema.py holds
them to it).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from beroepsplanner.domain.text import visible
from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.limits import MAX_FILE_BYTES, FileTooLarge, read_limited, too_large_text
from beroepsplanner.io.plan_document import KNOWN_VERSIONS, PLAN_FORMAT, PlanDocument, SchoolPlan
from beroepsplanner.io.plan_fields import Problems, as_integer, describe, json_object
from beroepsplanner.io.plan_version1 import Version1Reader
from beroepsplanner.io.plan_version2 import Version2Reader

_JSON_MESSAGES = {
    "Expecting value": "hier wordt een waarde verwacht",
    "Expecting ',' delimiter": "hier ontbreekt een komma",
    "Expecting ':' delimiter": "hier ontbreekt een dubbele punt",
    "Expecting property name enclosed in double quotes": (
        "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht"
    ),
    "Unterminated string starting at": "een tekst zonder afsluitend aanhalingsteken begint hier",
    "Invalid control character at": "een tekst bevat hier een ongeldig stuurteken (zoals een tab)",
    "Invalid \\escape": "een tekst bevat hier een ongeldige \\-escape",
    "Invalid \\uXXXX escape": "een tekst bevat hier een ongeldige \\u-escape",
    "Extra data": "na het einde van de gegevens staat nog meer tekst",
}


class _ConstantNotAllowed(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _ConstantNotAllowed(name)


_DECODER = json.JSONDecoder(object_pairs_hook=json_object, parse_constant=_no_constant)


def read_plan_file(path: Path) -> PlanDocument | SchoolPlan:
    """Read and check the plan file at ``path`` (see ``read_plan``).

    A file over ``MAX_FILE_MB`` (or without end, such as a device) is refused
    before it fills the memory.
    """
    shown = visible(str(path), None)
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise PlanFileError(
            f"Het planbestand {shown} is {too_large_text(exc.limit)}; een planbestand van een "
            "hele school is enkele MB's. Kies het goede bestand. Er is niets ingelezen of gewijzigd.",
            key="plan-too-large",
            path=shown,
            megabytes=exc.limit // (1024 * 1024),
        ) from None
    except FileNotFoundError as exc:
        raise PlanFileError(
            f"Het planbestand {shown} bestaat niet. Controleer de naam en de map.",
            key="plan-missing",
            path=shown,
        ) from exc
    except IsADirectoryError as exc:
        raise PlanFileError(
            f"{shown} is een map, geen planbestand. Geef een bestand op.", key="plan-is-folder", path=shown
        ) from exc
    except PermissionError as exc:
        raise PlanFileError(
            f"Het planbestand {shown} mag niet worden gelezen. Controleer of u het mag openen.",
            key="plan-locked",
            path=shown,
        ) from exc
    except OSError as exc:
        raise PlanFileError(
            f"Het planbestand {shown} kan niet worden gelezen ({exc.strerror or exc}).",
            key="plan-unreadable",
            path=shown,
            detail=str(exc.strerror or exc),
        ) from exc
    return read_plan(data, source=str(path))


def read_plan(data: bytes, *, source: str | None = None) -> PlanDocument | SchoolPlan:
    """Check a plan file's bytes and return the plan they hold.

    Raises PlanFileError with a Dutch message listing every fault with its
    place; nothing else escapes for any input. ``source`` (a file name) is
    only used in messages.
    """
    text = _decode(data, source)
    value = _parse_json(text, source)
    if not isinstance(value, dict):
        raise _unreadable(
            source,
            f"het bevat {describe(value)} in plaats van een planobject {{ ... }}",
            key="plan-not-object",
            found=describe(value),
        )
    _check_format(value, source)
    if as_integer(value["version"]) == 2:
        return Version2Reader(Problems()).school_plan(value, source)
    return Version1Reader(Problems()).document(value, source)


def _unreadable(source: str | None, why: str, *, key: str, **values: object) -> PlanFileError:
    """The file is no plan file at all: ``why`` says so (Dutch); ``key`` and ``values`` are
    ``why``'s, for the window's English (``ui/english/errors_io.py``)."""
    name = f"Het planbestand {visible(source, None)}" if source else "Het planbestand"
    message = f"{name} kan niet worden gelezen: {why} Er is niets ingelezen of gewijzigd."
    shown = visible(source, None) if source else ""
    return PlanFileError(message, (why,), key=key, source=shown, **values)


def _decode(data: bytes, source: str | None) -> str:
    if data.startswith(codecs.BOM_UTF8):  # Windows editors like to write one
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _unreadable(
            source,
            "het is opgeslagen als UTF-16 (Unicode). Sla het bestand op als UTF-8 "
            "(in Kladblok: Opslaan als, Codering: UTF-8) en probeer het opnieuw.",
            key="plan-utf16",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _unreadable(
            source,
            f"het is geen UTF-8-tekst (het teken 0x{data[exc.start]:02X} op regel {line}, "
            f"kolom {column} hoort niet bij UTF-8). Sla het bestand op als UTF-8 "
            "(in Kladblok: Opslaan als, Codering: UTF-8) en probeer het opnieuw.",
            key="plan-not-utf8",
            byte=f"0x{data[exc.start]:02X}",
            line=line,
            column=column,
        ) from exc
    if not text.strip():
        raise _unreadable(source, "het bestand is leeg.", key="plan-empty")
    return text


def _parse_json(text: str, source: str | None) -> Any:
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        what = next(
            (dutch for english, dutch in _JSON_MESSAGES.items() if exc.msg.startswith(english)),
            f"ongeldige JSON ({exc.msg})",
        )
        raise _unreadable(
            source,
            f"het is geen geldige JSON: regel {exc.lineno}, kolom {exc.colno}: {what}.",
            key="plan-bad-json",
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from exc
    except _ConstantNotAllowed as exc:
        raise _unreadable(
            source,
            f"het is geen geldige JSON: {exc.args[0]} is geen getal in JSON.",
            key="plan-json-constant",
            constant=exc.args[0],
        ) from exc
    except RecursionError as exc:
        raise _unreadable(
            source, "het is te diep genest om een planbestand te zijn.", key="plan-too-deep"
        ) from exc
    except ValueError as exc:  # an integer with thousands of digits
        raise _unreadable(source, "het bevat een getal dat te lang is.", key="plan-number-too-long") from exc


def _check_format(value: dict[str, Any], source: str | None) -> None:
    """Stop early on a file of another kind or version: its other faults would be noise."""
    problems = Problems()
    if "format" not in value:
        problems.add(
            "format",
            f"dit veld ontbreekt; een planbestand van Beroepsplanner begint met "
            f'"format": "{PLAN_FORMAT}"',
            "plan-format-missing",
            format=PLAN_FORMAT,
        )
    elif value["format"] != PLAN_FORMAT:
        problems.add(
            "format",
            f"{describe(value['format'])} is geen planbestand van Beroepsplanner "
            f"(verwacht '{PLAN_FORMAT}')",
            "plan-wrong-format",
            found=describe(value["format"]),
            format=PLAN_FORMAT,
        )
    elif "version" not in value:
        problems.add(
            "version", "dit veld ontbreekt (de versie van het bestandsformaat, nu 2)",
            "plan-version-missing",
        )
    elif as_integer(value["version"]) not in KNOWN_VERSIONS:
        known = ", ".join(str(v) for v in KNOWN_VERSIONS)
        problems.add(
            "version",
            f"versie {describe(value['version'])} kent dit programma niet (bekend: {known}). "
            "Komt het bestand uit een nieuwere Beroepsplanner? Werk dan het programma bij.",
            "plan-unknown-version",
            found=describe(value["version"]),
            known=known,
        )
    problems.raise_if_any(source)


