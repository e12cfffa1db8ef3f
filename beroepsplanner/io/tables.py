"""Reading a table (a header row and data rows) from a .csv or .xlsx file.

What schools hand us is whatever Excel, Google Sheets or a pupil
administration system wrote: UTF-8 with or without a byte order mark, or
Windows-1252 from a Dutch Excel; a comma, a semicolon or a tab between fields;
quoted fields holding separators, quotes and line breaks. Every row keeps the
number Excel shows for it (the header is row 1), so a message can say
"Rij 7: ..." and the teacher finds that row at once.

Anything that is not a readable table raises ``InvalidInputError`` with a
Dutch message that says what to do: also a file over ``MAX_FILE_MB`` (or an
endless one), a UTF-8 file with some lines in another encoding (named by
line number), and a cell longer than Excel allows (named by row and column).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from beroepsplanner.domain.text import visible
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.gc_pause import gc_paused
from beroepsplanner.io.limits import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    FileTooLarge,
    dutch_number,
    read_limited,
    too_large_text,
)
from beroepsplanner.io.spreadsheet_cells import CellMark, unneutralise
from beroepsplanner.io.xlsx import SAVE_AS_HINT, read_xlsx_records

UTF8_HINT = (
    "Open het bestand in Excel en kies Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' "
    "(of sla het op als .xlsx), en probeer het opnieuw."
)
# Line numbers named in a refusal; more are counted.
_LINES_SHOWN = 10

_SEPARATORS = (";", ",", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and .xlsx protected by a password
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: the row number as Excel shows it and its cells as text.

    ``marks`` names the cells of an .xlsx that were dates or formulas without a
    stored result (their text is then empty): see ``io/spreadsheet_cells.py``.
    """

    number: int
    cells: tuple[str, ...]
    marks: tuple[CellMark, ...] = ()

    def get(self, column: int) -> str:
        """The cell in ``column`` (0-based), "" when the row is shorter."""
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    """The headers (first non-empty row) and the non-empty rows below them."""

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    title_rows: tuple[tuple[str, ...], ...] = ()
    """Rows above the header that ``header_row_by`` looked past (a title, a date)."""


def header_key(header: str) -> str:
    """A header as compared when recognising columns: case and punctuation ignored.

    ``" E-mail "``, ``"EMAIL"`` and ``"e_mail"`` all become ``"email"``.
    """
    folded = unicodedata.normalize("NFKD", header).casefold()
    return _NOT_ALPHANUMERIC.sub("", "".join(ch for ch in folded if not unicodedata.combining(ch)))


def column_label(headers: Sequence[str], column: int) -> str:
    """How a message names a 0-based column: its header (escaped, shortened), else its letter."""
    header = headers[column].strip() if column < len(headers) else ""
    return visible(header, 40) if header else column_letter(column)


def column_letter(column: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@gc_paused()
def read_table(path: Path | str) -> Table:
    """Read the first sheet of an .xlsx file, or a CSV (or tab-separated) text file.

    The format is decided by the content, not only by the name: an .xlsx renamed
    to .csv is still read as a workbook. Raises ``InvalidInputError`` (Dutch)
    for a missing, locked or unreadable file, an old .xls file, or text that is
    not a table.
    """
    path = Path(path)
    shown, name = visible(str(path), None), visible(path.name, None)
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise InvalidInputError(
            f"{name} is {too_large_text(exc.limit)}. Kies het goede bestand: een "
            "klassenlijst of een lijst met bedrijven is veel kleiner. Splits een heel grote "
            "lijst in delen en lees ze na elkaar in.",
            key="table-too-large",
            name=name,
            megabytes=exc.limit // (1024 * 1024),
        ) from None
    except FileNotFoundError:
        raise InvalidInputError(
            f"Het bestand {shown} bestaat niet. Kies een ander bestand.", key="table-missing", path=shown
        ) from None
    except IsADirectoryError:
        raise InvalidInputError(
            f"{shown} is een map, geen bestand. Kies een CSV- of Excel-bestand.",
            key="table-is-folder",
            path=shown,
        ) from None
    except PermissionError:
        raise InvalidInputError(
            f"Het bestand {shown} kan niet worden gelezen: het is vergrendeld of u mag het niet "
            "openen. Sluit het in Excel (of een ander programma) en probeer het opnieuw.",
            key="table-locked",
            path=shown,
        ) from None
    except OSError as exc:
        raise InvalidInputError(
            f"Het bestand {shown} kan niet worden gelezen ({exc.strerror}).",
            key="table-unreadable",
            path=shown,
            detail=str(exc.strerror),
        ) from None
    if data.startswith(_OLE2_MAGIC):
        raise InvalidInputError(
            f"{name} is een oud Excel-bestand (.xls) of een bestand met een wachtwoord; "
            f"dat kan niet worden gelezen. {SAVE_AS_HINT}",
            key="table-old-xls",
            name=name,
        )
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx_bytes(data, name)
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xls", ".ods"}:
        raise InvalidInputError(
            f"{name} is geen geldig Excel-bestand. {SAVE_AS_HINT}", key="table-not-xlsx", name=name
        )
    return read_csv_bytes(data, name)


# --- CSV ---------------------------------------------------------------------------


def decode_text(data: bytes, name: str = "het bestand") -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Strict UTF-8 is tried first: Windows-1252 text with accents ("é", "€") is
    almost never valid UTF-8, so the first decoding that succeeds is the right one.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInputError(
                f"{name} is beschadigd (geen geldige Unicode-tekst). {SAVE_AS_HINT}",
                key="csv-bad-unicode",
                name=name,
            ) from None
    if b"\x00" in data:
        raise InvalidInputError(
            f"{name} is geen tekstbestand en geen Excel-bestand. {SAVE_AS_HINT}",
            key="csv-not-text-nor-xlsx",
            name=name,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    _refuse_mixed_encodings(data, name)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes have no character in Windows-1252; Latin-1 reads them all.
        return data.decode("latin-1")


def _refuse_mixed_encodings(data: bytes, name: str) -> None:
    """Refuse UTF-8 text with some lines in another encoding, naming those lines.

    Only ASCII is the same in UTF-8 and Windows-1252. When some lines hold valid
    UTF-8 beyond ASCII (or the file starts with UTF-8's byte order mark) and
    others are not UTF-8, reading the whole file as Windows-1252 would garble
    every name in the UTF-8 lines, and reading it as UTF-8 the others: refuse.
    A file that is Windows-1252 throughout (Excel's plain CSV) passes.
    """
    utf8_lines = 0
    bad: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
        else:
            utf8_lines += 1
    if not bad or not (utf8_lines or data.startswith(codecs.BOM_UTF8)):
        return
    shown = ", ".join(str(n) for n in bad[:_LINES_SHOWN])
    if len(bad) > _LINES_SHOWN:
        shown += f" en nog {len(bad) - _LINES_SHOWN}"
    which = f"regel {shown} heeft" if len(bad) == 1 else f"de regels {shown} hebben"
    raise InvalidInputError(
        f"{visible(name)} is niet helemaal als UTF-8 opgeslagen: {which} tekens in een andere "
        "codering (zoals Windows-1252), de rest is UTF-8. Zo zouden namen verminkt worden "
        f"ingelezen; er is niets ingelezen. {UTF8_HINT}",
        key="csv-mixed-encodings",
        name=visible(name),
        lines=tuple(bad[:_LINES_SHOWN]),
        more=max(0, len(bad) - _LINES_SHOWN),
    )


def read_csv_bytes(data: bytes, name: str = "het bestand") -> Table:
    """Parse the bytes of a CSV file into a table (see ``read_csv_text``)."""
    return read_csv_text(decode_text(data, name), name)


def read_csv_text(text: str, name: str = "het bestand") -> Table:
    """Parse CSV text: the separator (``;``, ``,`` or tab) is taken from the header line.

    Excel's own hint on the first line (``sep=;``) is honoured and is not a row.
    Blank rows are skipped but still counted, so row numbers stay Excel's.
    """
    if "\x00" in text:
        raise InvalidInputError(
            f"{name} is geen tekstbestand. {SAVE_AS_HINT}", key="csv-not-text", name=name
        )
    first_row = 1
    hint = re.match(r"sep=(.)\r?\n", text[:8])
    if hint:
        separator = hint.group(1)
        text = text[hint.end():]
    else:
        separator = detect_separator(text)
    # Cells up to CSV_FIELD_LIMIT are read, so _table names the row, column and length of one
    # over MAX_CELL; a longer one stops the reader at once (csv keeps a field as 4 bytes a
    # character: a 40 MB cell would take 160 MB). The lines are handed over one by one, not
    # as a StringIO (which holds the whole text at 4 bytes a character too).
    csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(_lines(text), delimiter=separator, quotechar='"')
    try:
        records = list(_csv_records(reader, first_row, name))
    except csv.Error as exc:
        raise InvalidInputError(
            f"{name} is geen leesbare CSV-tabel ({exc}). {SAVE_AS_HINT}",
            key="csv-unreadable",
            name=name,
            detail=str(exc),
        ) from None
    return _table(records, name)


CSV_FIELD_LIMIT = 4 * 1024 * 1024
"""The longest CSV field read to the end (and named with its length); a longer one is
refused as soon as the reader meets it."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterable[str]:
    """The lines of ``text`` with their line ends, as ``StringIO(text, newline="")`` gives them."""
    return (match.group() for match in _LINE.finditer(text))


def _csv_records(
    reader: Iterable[list[str]], first_row: int, name: str
) -> Iterable[tuple[int, tuple[str, ...], tuple[CellMark, ...]]]:
    """The CSV's rows, refused past ``MAX_ROWS`` rows with a value, a value beyond
    ``MAX_COLUMNS`` or a field over ``CSV_FIELD_LIMIT``."""
    rows = 0
    number = first_row - 1
    try:
        for number, cells in enumerate(reader, start=first_row):
            if not any(cells):
                continue
            rows += 1
            if rows > MAX_ROWS + 1:  # the header and MAX_ROWS rows
                raise InvalidInputError(
                    _too_many_rows(name), key="table-too-many-rows", name=name, limit=MAX_ROWS
                )
            if len(cells) > MAX_COLUMNS:
                cells = _within_columns(cells, number, name)
            yield number, tuple(cells), ()
    except csv.Error as exc:
        if "field larger than field limit" not in str(exc):
            raise
        raise InvalidInputError(
            f"{visible(name)} is niet ingelezen: een cel mag hoogstens {_thousands(MAX_CELL)} tekens "
            f"hebben (zoveel als Excel in een cel toelaat).\nRij {number + 1}: een cel is langer dan "
            f"{_thousands(CSV_FIELD_LIMIT)} tekens.\n{_QUOTE_HINT}",
            key="csv-cell-too-long",
            name=visible(name),
            limit=MAX_CELL,
            row=number + 1,
            longest=CSV_FIELD_LIMIT,
        ) from None


def _within_columns(cells: list[str], number: int, name: str) -> list[str]:
    filled = [i for i, cell in enumerate(cells) if cell.strip()]
    if filled and filled[-1] >= MAX_COLUMNS:
        raise InvalidInputError(
            f"{name} is niet ingelezen: rij {number} heeft een waarde in kolom "
            f"{column_letter(filled[-1])}, maar een tabel mag hoogstens {MAX_COLUMNS} "
            f"kolommen breed zijn (tot en met kolom {column_letter(MAX_COLUMNS - 1)}). "
            "Verwijder wat er naast de tabel staat en probeer het opnieuw.",
            key="table-too-wide",
            name=name,
            row=number,
            column=column_letter(filled[-1]),
            limit=MAX_COLUMNS,
            last=column_letter(MAX_COLUMNS - 1),
        )
    return cells[:MAX_COLUMNS]


def _too_many_rows(name: str) -> str:
    return (
        f"{name} is niet ingelezen: het heeft meer dan {dutch_number(MAX_ROWS)} rijen, de grens "
        "voor een lijst die dit programma inleest. Is het de goede lijst? Splits een heel grote "
        "lijst in delen en lees ze na elkaar in."
    )


def detect_separator(text: str) -> str:
    """The separator of the table: ``;``, ``,`` or tab, as found outside quotes in the header line.

    When the header line holds more than one of them ("Naam;Plaats, regio"), the
    one that splits the first rows into as many fields as the header wins; a
    semicolon wins a tie (Dutch Excel writes it). ``,`` when there is none.
    """
    counts = _header_counts(text)
    candidates = [sep for sep in _SEPARATORS if counts[sep]]
    if not candidates:
        return ","
    if len(candidates) == 1:
        return candidates[0]
    sample = text[:20_000]

    def fit(separator: str) -> tuple[int, int]:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=separator) if r]
        except csv.Error:
            return (0, 0)
        widths = widths[:-1] if len(widths) > 2 else widths  # the sample may cut the last row
        return (sum(1 for w in widths if w == widths[0]), counts[separator])

    return max(candidates, key=fit)


HEADER_SEARCH_LINES = 10
"""Title lines above the header ("Groepsoverzicht – Groep 6b", a date) looked past."""


def _header_counts(text: str) -> dict[str, int]:
    """The separators outside quotes on the header line: the first non-empty line that has
    one, of the first ``HEADER_SEARCH_LINES`` (a title line above the header, "Groepsoverzicht
    – Groep 6b" or a date, has none). A later line never outvotes the header: a cell with
    another separator character is not quoted by CSV writers."""
    counts = dict.fromkeys(_SEPARATORS, 0)
    quoted = False
    line_has_text = False
    lines = 0
    for char in text[:200_000]:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            if line_has_text:
                if any(counts.values()):
                    return counts
                lines += 1
                if lines >= HEADER_SEARCH_LINES:
                    return counts
                line_has_text = False
            continue
        elif char in counts:
            counts[char] += 1
        line_has_text = line_has_text or not char.isspace()
    return counts


def header_row_by(table: Table, is_header: Callable[[Sequence[str]], bool]) -> Table | None:
    """``table`` read again with its header at the first row ``is_header`` accepts.

    Exports of pupil administrations put title rows above the header
    ("Groepsoverzicht – Groep 6b", a date, an empty row). The first
    ``HEADER_SEARCH_LINES`` rows are tried; rows above the header are dropped,
    row numbers stay Excel's. None when no row is a header.
    """
    if is_header(table.headers):
        return table
    for index, row in enumerate(table.rows[:HEADER_SEARCH_LINES]):
        if is_header(row.cells):
            rows = table.rows[index + 1:]
            width = max([len(row.cells), *(len(r.cells) for r in rows)])
            headers = tuple(c.strip() for c in row.cells) + ("",) * (width - len(row.cells))
            return Table(headers=headers, rows=rows, title_rows=(*table.title_rows, table.headers, *(r.cells for r in table.rows[:index])))
    return None


# --- XLSX --------------------------------------------------------------------------


def read_xlsx_bytes(data: bytes, name: str = "het bestand") -> Table:
    """Read the active (else the first) worksheet of an .xlsx workbook (``io/xlsx.py``)."""
    return _table(read_xlsx_records(data, name), name)


# --- shared --------------------------------------------------------------------------


def _table(records: Iterable[tuple[int, Sequence[str], tuple[CellMark, ...]]], name: str) -> Table:
    """Drop empty rows and trailing empty cells; the first row left is the header.

    A cell that the CSV export protected against spreadsheets (``'=…``) loses
    exactly that quote again (``spreadsheet_cells.unneutralise``).
    """
    rows: list[TableRow] = []
    for number, cells, marks in records:
        trimmed = [unneutralise(c) if c[:1] == "'" else c for c in cells]
        while trimmed and not trimmed[-1].strip():
            trimmed.pop()
        if trimmed or marks:
            rows.append(TableRow(number, tuple(trimmed), marks))
    if not rows:
        raise InvalidInputError(f"{name} is leeg: er staat geen tabel in.", key="table-empty", name=name)
    _refuse_long_cells(rows, name)
    header, *data = rows
    width = max(len(r.cells) for r in rows)
    headers = tuple(h.strip() for h in header.cells) + ("",) * (width - len(header.cells))
    return Table(headers=headers, rows=tuple(data))


def _refuse_long_cells(rows: list[TableRow], name: str) -> None:
    """Refuse a table with a cell over ``MAX_CELL`` characters, naming rows and columns."""
    headers = rows[0].cells
    cells = [
        (row.number, column_label(headers, index), len(cell))
        for row in rows
        for index, cell in enumerate(row.cells)
        if len(cell) > MAX_CELL
    ]
    if not cells:
        return
    long = [
        f"Rij {number}, kolom {column}: de cel is {_thousands(length)} tekens lang."
        for number, column, length in cells
    ]
    shown = long[:_LINES_SHOWN]
    if len(long) > _LINES_SHOWN:
        shown.append(f"… en nog {len(long) - _LINES_SHOWN}.")
    raise InvalidInputError(
        f"{visible(name)} is niet ingelezen: een cel mag hoogstens {_thousands(MAX_CELL)} tekens "
        "hebben (zoveel als Excel in een cel toelaat).\n" + "\n".join(shown) + "\n" + _QUOTE_HINT,
        key="table-cells-too-long",
        name=visible(name),
        limit=MAX_CELL,
        cells=tuple(cells[:_LINES_SHOWN]),
        more=max(0, len(cells) - _LINES_SHOWN),
    )


_QUOTE_HINT = (
    "In een CSV-bestand komt zo'n cel bijna altijd door een aanhalingsteken (\") zonder "
    "afsluitend aanhalingsteken in deze rij of een rij erboven: dan wordt de rest van het "
    "bestand één cel. Verbeter dat, of kort de tekst in, en probeer het opnieuw."
)


_thousands = dutch_number
