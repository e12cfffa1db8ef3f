"""Which characters a name or a text may hold, and how user text is quoted in a message.

One validator for every entry — class lists, company files, plan files and
the window's fields — so a name is refused for the same reason everywhere.

Refused in every text: the control characters of ASCII (NUL, BEL, ESC, …,
C0 and DEL) and of Latin-1 (C1, U+0080–U+009F), and the invisible characters
that turn the writing direction around (U+202A–U+202E, U+2066–U+2069). They
cannot be typed, are never part of a name, make a terminal do things (ESC
starts a command; one sets the window title) and are forbidden in calendar
files (RFC 5545). They arrive by copying from other programs or by a crafted
file. A text of several lines (notes, descriptions) may hold tabs and line
breaks; a name may not, nor the Unicode line and paragraph separators
(U+2028, U+2029).

``visible`` writes such characters the way Python does (``\\x1b``,
``\\u202e``), so a message that quotes user text never passes them on raw.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

_LINE_BREAKS = "\n\r\x0b\x0c\u2028\u2029"
_DIRECTION = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

FORBIDDEN_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _DIRECTION + "]")
"""Characters no text may hold; tab, line feed and carriage return are allowed."""

FORBIDDEN_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + _DIRECTION + "]")
"""Characters no name (one line) may hold: the above, and tabs and line breaks."""

_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "Backspace",
    "\x1b": "Escape",
    "\x7f": "Delete",
}


def escaped(char: str) -> str:
    """One character as Python writes it in a string: ``\\x1b``, ``\\t``, ``\\u202e``."""
    return repr(char)[1:-1] if char not in "'\"\\" else char


def describe_character(char: str) -> str:
    """A Dutch description of a refused character, e.g. "een stuurteken (\\x1b, Escape)"."""
    if char == "\t":
        return "een tab (\\t)"
    if char in _LINE_BREAKS:
        return f"een regeleinde ({escaped(char)})"
    if char in _DIRECTION:
        return f"een onzichtbaar teken dat de schrijfrichting omdraait ({escaped(char)})"
    name = _NAMES.get(char)
    return f"een onzichtbaar stuurteken ({escaped(char)}{', ' + name if name else ''})"


def forbidden_character(text: str, *, lines: bool = False) -> str | None:
    """The first character of ``text`` that it may not hold, or None.

    ``lines``: the text may have several lines (tabs and line breaks allowed).
    """
    found = (FORBIDDEN_IN_TEXT if lines else FORBIDDEN_IN_NAME).search(text)
    return found.group() if found else None


def character_problem(text: str, *, lines: bool = False) -> str | None:
    """A Dutch sentence (without the place) saying why ``text`` is refused, or None.

    "de tekst bevat een onzichtbaar stuurteken (\\x1b, Escape); ..." — callers
    put the place in front: "Rij 4, kolom Roepnaam: de tekst bevat ...".
    """
    if text.isascii() and text.isprintable():
        return None  # the common case: plain letters, digits, spaces and punctuation
    char = forbidden_character(text, lines=lines)
    if char is None:
        return unprintable_problem(text)
    if char in _LINE_BREAKS or char == "\t":
        return f"de tekst bevat {describe_character(char)}; een naam past op één regel."
    return (
        f"de tekst bevat {describe_character(char)}. Zo'n teken hoort niet in een tekst en komt "
        "meestal mee bij het kopiëren uit een ander programma: typ de tekst opnieuw."
    )


def problem_character(text: str, *, lines: bool = False) -> str | None:
    """The character ``character_problem`` speaks of (refused or unprintable), or None.

    An error that quotes ``character_problem`` names it in its values (``char``), so the
    window can say the problem in its own language (``ui/english/errors_store.py``).
    """
    return forbidden_character(text, lines=lines) or unprintable_character(text)


def visible(text: str, limit: int | None = 60) -> str:
    """``text`` as a message quotes it: refused characters escaped, at most ``limit`` characters.

    Tabs and line breaks are escaped too, so the quote stays on its line.
    """
    shown = FORBIDDEN_IN_NAME.sub(lambda m: escaped(m.group()), text)
    if limit is not None and len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown


def without_forbidden(text: str, *, lines: bool = True) -> str:
    """``text`` with every refused character removed (for output that must never hold them)."""
    return (FORBIDDEN_IN_TEXT if lines else FORBIDDEN_IN_NAME).sub("", text)


LOST_LETTER = re.compile(r"\?(?=[^\W\d_])")
"""A question mark right before a letter ("Ay?e", "?ahin"): a letter the file lost."""

LOST_LETTER_HINT = (
    "Zo'n vraagteken is een letter die verloren ging toen het bestand werd opgeslagen als "
    "'CSV (gescheiden door lijstscheidingsteken)': dat kent geen ş, ğ, ı, Ł of ć. Open het "
    "oorspronkelijke bestand in Excel en kies Opslaan als > 'CSV UTF-8 (door komma's "
    "gescheiden)' of 'Excel-werkmap (.xlsx)', en lees dat bestand in."
)


def lost_letter_problem(text: str) -> str | None:
    """A Dutch sentence (without the place) when a name holds a "?" where a letter was.

    Excel's plain CSV is Windows-1252: it writes every letter outside it (ş, ğ,
    ı, Ł, ć, ...) as "?". Such a name is never stored nor matched to an
    existing one ("Ay?e" would become a second pupil next to "Ayşe"). A "?"
    at the end of a word ("Wie?") is an ordinary question mark.
    """
    if LOST_LETTER.search(text) is None:
        return None
    return f"'{visible(text, 40)}' heeft een vraagteken waar een letter hoort. {LOST_LETTER_HINT}"


def _printable_table() -> tuple[list[int], list[int]]:
    from beroepsplanner.domain.font_coverage import PRINTABLE_RANGES

    return [low for low, _ in PRINTABLE_RANGES], [high for _, high in PRINTABLE_RANGES]


_PRINTABLE_LOWS, _PRINTABLE_HIGHS = _printable_table()
_ASCII_PRINTABLE = re.compile(r"[\x20-\x7e\t\n\r]*")


def printable(char: str) -> bool:
    """True when the printed documents can set ``char`` (``domain/font_coverage.py``)."""
    code = ord(char)
    index = bisect.bisect_right(_PRINTABLE_LOWS, code) - 1
    return index >= 0 and code <= _PRINTABLE_HIGHS[index]


def unprintable_character(text: str) -> str | None:
    """The first character of ``text`` the printing cannot set, or None (tabs and line
    breaks are the caller's business: ``forbidden_character``)."""
    if _ASCII_PRINTABLE.fullmatch(text):
        return None  # the common case, without a look at every character
    for char in text:
        if char not in "\t\n\r" and not printable(char):
            return char
    return None


def unprintable_problem(text: str) -> str | None:
    """A Dutch sentence (without the place) when ``text`` holds a character the logbooks,
    letters and lesson sheets cannot print; None when every character can be printed.

    Refused at entry, so a pupil's logbook never shows an empty box: an emoji (ReportLab
    cannot write a character beyond U+FFFF so that it copies as itself), a script that is
    set right to left or needs shaping (Hebrew, Arabic, the Indic scripts), or a character
    the embedded font lacks. Latin with every diacritic of Dutch classrooms, Greek and
    Cyrillic are printed.
    """
    char = unprintable_character(text)
    if char is None:
        return None
    what = f"{char} (U+{ord(char):04X})"
    if ord(char) > 0xFFFF:
        reason = "een emoji of teken dat de afdrukken niet kunnen weergeven"
    elif unicodedata.bidirectional(char) in ("R", "AL", "AN"):
        reason = "een schrift van rechts naar links, dat de afdrukken niet kunnen zetten"
    else:
        reason = "een teken dat niet in het lettertype van de afdrukken staat"
    return (
        f"de tekst bevat {what}: {reason}. Laat het weg of schrijf het in letters; zo "
        "staat er op het papier van de leerlingen nooit een leeg vakje."
    )
