"""What spreadsheets do to cells on the way: formulas, dates, numbers.

Export → open and save in Excel or LibreOffice → import must not change data
without a word. Three things go wrong on that trip, and this module holds the
rules for each:

* **Formulas.** A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is a formula to a spreadsheet (OWASP's "CSV injection"). The
  CSV export writes such a cell with a single quote in front (``'=1+1``), which
  every spreadsheet shows as text; the import takes off exactly that quote
  again (``is_neutralised``/``unneutralise``). The rule is a bijection: a text
  that itself starts with quotes before such a character gets one more quote,
  so ``'=x`` goes out as ``''=x`` and comes back as ``'=x``. The .xlsx export
  writes every cell as a text cell, which is never a formula, and adds the
  quote only to a text that starts with quotes before such a character
  (``keep_quotes``), since the import takes one off in .xlsx cells too.
* **Numbers.** A phone number typed in a cell of the "General" format loses its
  leading 0 (``0612345678`` → ``612345678``) or its + (``+31612345678`` →
  ``31612345678``), or turns into ``3,16E+10``: ``phone_problem`` says so.
* **Dates.** ``1-3`` typed in a cell becomes the date 1 March, saved as
  ``1-mrt`` (or a date cell in .xlsx): ``looks_like_date`` recognises what is
  left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP)."""

_NEUTRALISE = re.compile(r"^'*[=+\-@\t\r]")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")


class CellKind(StrEnum):
    """What a spreadsheet cell was, beyond its text."""

    DATE = "date"
    """A date or time cell: the text is the date as the program writes it."""
    FORMULA = "formula"
    """A formula without a stored result: the text is empty, the formula unknown to us."""


FORMULA_PROBLEM = (
    "de cel is een formule zonder opgeslagen uitkomst; het programma rekent formules niet uit. "
    "Open het bestand in Excel of LibreOffice, sla het op (dan wordt de uitkomst bewaard) en lees "
    "het opnieuw in."
)


@dataclass(frozen=True, slots=True)
class CellMark:
    """A cell of a row (0-based column) that was not plain text in the file."""

    column: int
    kind: CellKind
    formula: str = ""


def neutralise(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet evaluates: a quote in front when needed."""
    return "'" + text if _NEUTRALISE.match(text) else text


def keep_quotes(text: str) -> str:
    """``text`` as an .xlsx text cell: one more quote only when it already starts with quotes
    before a formula character (``'=x``), because the import takes one such quote off
    (a CSV of ours saved as .xlsx by Excel keeps the quote as a character)."""
    return "'" + text if _NEUTRALISED.match(text) else text


def is_neutralised(text: str) -> bool:
    """Whether ``text`` carries the quote ``neutralise`` adds."""
    return _NEUTRALISED.match(text) is not None


def unneutralise(text: str) -> str:
    """The text ``neutralise`` was given: exactly one added quote taken off, nothing else."""
    return text[1:] if _NEUTRALISED.match(text) else text


_MONTHS = (
    "jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec|"
    "mar|may|oct|januari|februari|maart|april|juni|juli|augustus|september|oktober|"
    "november|december|january|february|march|june|july|august|october"
)
_DATE_PATTERNS = (
    # 1-mrt, 1-mrt-26, 01-mrt-2026, 1 mrt, mrt-26 (Excel's and LibreOffice's Dutch and English)
    re.compile(rf"^\d{{1,2}}[-\s.]?(?:{_MONTHS})\.?(?:[-\s]\d{{2,4}})?$", re.IGNORECASE),
    re.compile(rf"^(?:{_MONTHS})\.?[-\s]\d{{2,4}}$", re.IGNORECASE),
    # 01-03-26, 1/3/2026, 2026-03-01, with or without a time (a date cell as text)
    re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$"),
)
_DATE = re.compile("|".join(f"(?:{p.pattern})" for p in _DATE_PATTERNS), re.IGNORECASE)
"""The patterns above as one: one match per cell."""


def looks_like_date(text: str) -> bool:
    """Whether a whole cell is a date as a spreadsheet writes one (``1-mrt``, ``01-03-26``)."""
    text = text.strip()
    return len(text) <= 25 and _DATE.match(text) is not None


_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?E\+?\d+$", re.IGNORECASE)


def phone_problem(phone: str) -> str | None:
    """Dutch: what a spreadsheet seems to have done to a phone number; None when nothing."""
    found = phone_problem_key(phone)
    if found is None:
        return None
    key, text, digits = found
    if key == "phone-scientific":
        return (
            f"'{text}' is een getal in wetenschappelijke notatie: een spreadsheet heeft het "
            "telefoonnummer als getal opgeslagen en er cijfers van weggelaten."
        )
    if key == "phone-lost-zero":
        return (
            f"'{text}' heeft 9 cijfers: waarschijnlijk heeft een spreadsheet de 0 aan het begin "
            f"weggelaten (0{digits})."
        )
    return (
        f"'{text}' lijkt een nummer met landnummer waarvan een spreadsheet de + heeft "
        f"weggelaten (+{digits})."
    )


def phone_problem_key(phone: str) -> tuple[str, str, str] | None:
    """What ``phone_problem`` says, by key: (key, the number as written, its digits)."""
    text = phone.strip()
    if _SCIENTIFIC.match(text):
        return "phone-scientific", text, ""
    digits = re.sub(r"[\s\-.()]", "", text)
    if not digits.isdigit():
        return None
    if len(digits) == 9 and digits[0] != "0":
        return "phone-lost-zero", text, digits
    if len(digits) == 11 and digits.startswith("31"):
        return "phone-lost-plus", text, digits
    return None
