"""Reading the first sheet of an .xlsx workbook: streaming, within the limits.

openpyxl (read-only) opens the workbook (its parts, the shared strings, the
styles that make a number a date, the active sheet) and parses every cell
(``WorkSheetParser.parse_row``: types, shared and inline strings, dates).
The rows themselves are walked here rather than by the read-only sheet's
``iter_rows``, which trusts the sheet's stated dimension (one stray cell at
XFD1048576 makes every row 16,384 cells wide: minutes), fills a gap of a
million rows with a million empty rows, keeps whatever the sheet holds beside
its rows (merged cells, hyperlinks) until the end, and cannot tell a formula
without a stored result from an empty cell. Here:

* the zip's own list is checked before anything is unpacked: at most
  ``MAX_XLSX_PARTS`` parts, together at most ``MAX_XLSX_UNPACKED_BYTES``
  (Python's zip reader never unpacks more than a part declares, so a part
  that lies is cut off and refused as damaged);
* every XML element is let go as soon as it has been read, so memory stays
  flat, and a row stops being read at ``MAX_SHEET_ROW_CELLS`` cells;
* only cells with a value count: an empty formatted cell far away changes
  nothing; a value beyond ``MAX_COLUMNS``, or more than ``MAX_ROWS`` rows,
  refuses the file with a Dutch message.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.limits import (
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ROW_CELLS,
    MAX_XLSX_PARTS,
    MAX_XLSX_UNPACKED_BYTES,
    MAX_XLSX_UNPACKED_MB,
    dutch_number,
)
from beroepsplanner.io.spreadsheet_cells import CellKind, CellMark

Record = tuple[int, tuple[str, ...], tuple[CellMark, ...]]
"""A row read: Excel's row number, its cells as text, the cells that were dates or formulas."""

SAVE_AS_HINT = "Sla het bestand in Excel op als CSV (puntkomma-gescheiden) of als .xlsx."


class _Uncalculated:
    """The value of a formula cell whose result the file does not hold."""

    __slots__ = ("formula",)

    def __init__(self, formula: str) -> None:
        self.formula = formula


def check_zip(data: bytes, name: str) -> None:
    """Refuse an .xlsx whose zip lists too many parts or parts that unpack too large.

    Only the zip's directory is read; nothing is unpacked.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise InvalidInputError(f"{name} is geen leesbaar Excel-bestand (.xlsx). {SAVE_AS_HINT}") from None
    if len(parts) > MAX_XLSX_PARTS:
        raise InvalidInputError(
            f"{name} is niet ingelezen: het bestaat uit {dutch_number(len(parts))} delen; een "
            f"Excel-bestand met een tabel heeft er hoogstens {dutch_number(MAX_XLSX_PARTS)}. "
            f"Het is beschadigd of geen gewone werkmap. {SAVE_AS_HINT}"
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise InvalidInputError(
            f"{name} is niet ingelezen: uitgepakt is het {_megabytes(unpacked)}, meer dan de "
            f"{MAX_XLSX_UNPACKED_MB} MB die dit programma van een Excel-bestand inleest. Is het "
            "de goede lijst? Verwijder lege of opgemaakte rijen en kolommen onder en naast de "
            "tabel en andere werkbladen, of splits de lijst in delen en lees ze na elkaar in."
        )


def read_xlsx_records(data: bytes, name: str) -> list[Record]:
    """The rows with a value of the active (else the first) sheet, as ``Record``s.

    Raises ``InvalidInputError`` (Dutch) for a file that is not a workbook, is
    damaged, or passes a limit.
    """
    check_zip(data, name)
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops; we read values
        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # BadZipFile, KeyError, openpyxl's and the XML parser's errors
            raise InvalidInputError(f"{name} is geen leesbaar Excel-bestand (.xlsx). {SAVE_AS_HINT}") from exc
        try:
            sheet = workbook.active
            if sheet is None or not hasattr(sheet, "reset_dimensions"):
                sheet = next((s for s in workbook.worksheets if hasattr(s, "reset_dimensions")), None)
            if sheet is None:
                raise InvalidInputError(f"{name} heeft geen werkblad met een tabel.")
            sheet.reset_dimensions()  # the stated dimension is never trusted (we do not use it)
            with sheet._get_source() as source:
                return list(_records(_parser(workbook, sheet, source), name))
        except InvalidInputError:
            raise
        except Exception as exc:  # a broken sheet inside a valid zip
            raise InvalidInputError(f"{name} is beschadigd en kan niet worden gelezen. {SAVE_AS_HINT}") from exc
        finally:
            workbook.close()


def _parser(workbook: Any, sheet: Any, source: Any) -> Any:
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:
                    cell["value"] = _Uncalculated(formula.text or "")
            return cell

    return Parser(
        source,
        sheet._shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats,
    )


def _records(parser: Any, name: str) -> Iterator[Record]:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import CELL_TAG, DATA_TAG, ROW_TAG
    from openpyxl.xml.functions import iterparse

    stack: list[Any] = []
    in_data = False
    cells_in_row = 0
    rows = 0
    for event, element in iterparse(parser.source, events=("start", "end")):
        if event == "start":
            stack.append(element)
            if len(stack) == 2 and element.tag == DATA_TAG:
                in_data = True
            continue
        stack.pop()
        depth = len(stack)
        tag = element.tag
        if in_data and depth == 3 and tag == CELL_TAG:
            cells_in_row += 1
            if cells_in_row > MAX_SHEET_ROW_CELLS:
                raise InvalidInputError(
                    f"{name} is niet ingelezen: een rij heeft meer dan "
                    f"{dutch_number(MAX_SHEET_ROW_CELLS)} cellen, meer dan Excel kent. Het bestand "
                    f"is beschadigd. {SAVE_AS_HINT}"
                )
            continue
        if in_data and depth >= 3:
            continue  # inside a row: kept until the row is read
        if in_data and depth == 2 and tag == ROW_TAG:
            cells_in_row = 0
            number, cells = _parse_row(parser, element)
            record = _record(number, cells, name, get_column_letter)
            if record is not None:
                rows += 1
                if rows > MAX_ROWS + 1:  # the header and MAX_ROWS rows
                    raise InvalidInputError(
                        f"{name} is niet ingelezen: het heeft meer dan {dutch_number(MAX_ROWS)} "
                        "rijen, de grens voor een lijst die dit programma inleest. Is het de goede "
                        "lijst? Splits een heel grote lijst in delen en lees ze na elkaar in."
                    )
                yield record
        if tag == DATA_TAG:
            in_data = False
        if stack:
            stack[-1].remove(element)  # let go of everything read


def _parse_row(parser: Any, row: Any) -> tuple[int, list[dict[str, Any]]]:
    """openpyxl's ``parse_row``, but only cells with content are parsed: an empty formatted
    cell (``<c r="B7" s="3"/>``) costs nothing. A row or cell without its own position
    ("r") is left to openpyxl, which counts the positions."""
    with_content = []
    for cell in row:
        if cell.get("r") is None:
            parsed = parser.parse_row(row)
            parser.row_dimensions.clear()  # kept per row by openpyxl: memory for nothing
            return parsed
        if len(cell):
            with_content.append(cell)
    try:
        number = int(row.get("r"))
    except (TypeError, ValueError):
        parsed = parser.parse_row(row)
        parser.row_dimensions.clear()
        return parsed
    parser.row_counter, parser.col_counter = number, 0
    return number, [parser.parse_cell(cell) for cell in with_content]


def _record(number: int, cells: list[dict[str, Any]], name: str, letter: Any) -> Record | None:
    texts: list[str] = []
    marks: list[CellMark] = []
    for cell in cells:
        value = cell["value"]
        if value is None or value == "":
            continue
        column = cell["column"]
        if column > MAX_COLUMNS:
            raise InvalidInputError(
                f"{name} is niet ingelezen: cel {letter(column)}{number} heeft een waarde, maar een "
                f"tabel mag hoogstens {MAX_COLUMNS} kolommen breed zijn (tot en met kolom "
                f"{letter(MAX_COLUMNS)}). Verwijder die cel (of wat er naast de tabel staat) en "
                "sla het bestand opnieuw op."
            )
        while len(texts) < column - 1:
            texts.append("")
        if isinstance(value, _Uncalculated):
            marks.append(CellMark(column - 1, CellKind.FORMULA, value.formula))
            texts.append("")
            continue
        if cell["data_type"] == "d" or isinstance(value, (dt.date, dt.time, dt.timedelta)):
            marks.append(CellMark(column - 1, CellKind.DATE))
        texts.append(cell_text(value))
    if not texts and not marks:
        return None
    return number, tuple(texts), tuple(marks)


def cell_text(value: Any) -> str:
    """A cell value as the text a person sees: 6.0 → "6", a date → "2026-09-14", None → ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _megabytes(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB".replace(".", ",")
    return f"{size // (1024 * 1024)} MB"
