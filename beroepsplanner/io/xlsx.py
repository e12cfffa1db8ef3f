"""Reading the first sheet of an .xlsx workbook: streaming, within the limits.

openpyxl's reader (``ExcelReader``, read-only) opens the workbook: its parts,
the shared strings, the styles that make a number a date, which sheet is
active. Its ``WorkSheetParser`` parses the cells that are not plain (dates,
errors, rich text, formulas); plain strings and numbers, nearly all of a list,
take a short path here (openpyxl builds an object tree for every inline
string: three times slower). The rows are walked here rather than by a
read-only sheet's ``iter_rows``, which trusts the sheet's stated dimension
(one stray cell at XFD1048576 makes every row 16,384 cells wide: minutes),
fills a gap of a million rows with a million empty rows, keeps whatever the
sheet holds beside its rows (merged cells, hyperlinks) until the end, and
cannot tell a formula without a stored result from an empty cell; and no
read-only sheet is made at all, since making one reads a sheet without a
stated dimension once through only to find that out. Here:

* the zip's own list is checked before anything is unpacked: at most
  ``MAX_XLSX_PARTS`` parts, together at most ``MAX_XLSX_UNPACKED_BYTES``
  (Python's zip reader never unpacks more than a part declares, so a part
  that lies is cut off and refused as damaged);
* a row is emptied as soon as it has been read, and reading stops where the
  rows end, so memory stays bounded: at most ``MAX_SHEET_ROWS`` rows (Excel's
  own number), ``MAX_SHEET_ROW_CELLS`` cells in a row and
  ``MAX_SHEET_ELEMENTS_BETWEEN_ROWS`` elements in or between rows;
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
    MAX_SHEET_ELEMENTS_BETWEEN_ROWS,
    MAX_SHEET_ROW_CELLS,
    MAX_SHEET_ROWS,
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
        raise InvalidInputError(
            f"{name} is geen leesbaar Excel-bestand (.xlsx). {SAVE_AS_HINT}", key="xlsx-unreadable", name=name
        ) from None
    if len(parts) > MAX_XLSX_PARTS:
        raise InvalidInputError(
            f"{name} is niet ingelezen: het bestaat uit {dutch_number(len(parts))} delen; een "
            f"Excel-bestand met een tabel heeft er hoogstens {dutch_number(MAX_XLSX_PARTS)}. "
            f"Het is beschadigd of geen gewone werkmap. {SAVE_AS_HINT}",
            key="xlsx-too-many-parts",
            name=name,
            parts=len(parts),
            limit=MAX_XLSX_PARTS,
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise InvalidInputError(
            f"{name} is niet ingelezen: uitgepakt is het {_megabytes(unpacked)}, meer dan de "
            f"{MAX_XLSX_UNPACKED_MB} MB die dit programma van een Excel-bestand inleest. Is het "
            "de goede lijst? Verwijder lege of opgemaakte rijen en kolommen onder en naast de "
            "tabel en andere werkbladen, of splits de lijst in delen en lees ze na elkaar in.",
            key="xlsx-unpacks-too-large",
            name=name,
            size=_megabytes(unpacked),
            megabytes=MAX_XLSX_UNPACKED_MB,
        )


def read_xlsx_records(data: bytes, name: str) -> list[Record]:
    """The rows with a value of the active (else the first) sheet, as ``Record``s.

    Raises ``InvalidInputError`` (Dutch) for a file that is not a workbook, is
    damaged, or passes a limit.
    """
    check_zip(data, name)
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops; we read values
        try:
            reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)  # which number formats are dates
            path = _sheet_path(reader)
        except Exception as exc:  # BadZipFile, KeyError, openpyxl's and the XML parser's errors
            raise InvalidInputError(
                f"{name} is geen leesbaar Excel-bestand (.xlsx). {SAVE_AS_HINT}", key="xlsx-unreadable", name=name
            ) from exc
        try:
            if path is None:
                raise InvalidInputError(f"{name} heeft geen werkblad met een tabel.", key="xlsx-no-sheet", name=name)
            with reader.archive.open(path) as source:
                return list(_records(_parser(reader, source), name))
        except InvalidInputError:
            raise
        except Exception as exc:  # a broken sheet inside a valid zip
            raise InvalidInputError(
                f"{name} is beschadigd en kan niet worden gelezen. {SAVE_AS_HINT}", key="xlsx-damaged", name=name
            ) from exc
        finally:
            reader.archive.close()


def _sheet_path(reader: Any) -> str | None:
    """The part of the active worksheet (as Excel shows it on opening), else of the first one."""
    sheets = [rel for _sheet, rel in reader.parser.find_sheets() if rel.target in reader.valid_files]
    worksheets = [rel for rel in sheets if "chartsheet" not in rel.Type]
    active = reader.wb._active_sheet_index
    if 0 <= active < len(sheets) and sheets[active] in worksheets:
        return sheets[active].target
    return worksheets[0].target if worksheets else None


def _parser(reader: Any, source: Any) -> Any:
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import (
        FORMULA_TAG,
        INLINE_STRING,
        SHEET_MAIN_NS,
        VALUE_TAG,
        WorkSheetParser,
        _cast_number,
    )

    text_tag = f"{{{SHEET_MAIN_NS}}}t"
    workbook = reader.wb

    columns: dict[str, int] = {}
    digits = "0123456789"

    class Parser(WorkSheetParser):
        def cell(self, element: Any) -> tuple[int, Any, str]:
            """(column, value, data type) of a cell with content. A shared string, an inline
            string of one run and a number that is no date are read here (nearly every cell of
            a list); openpyxl's ``parse_cell`` reads the others."""
            coordinate = element.get("r")
            if coordinate is not None and len(element) == 1:
                child = element[0]
                kind = element.get("t", "n")
                plain: tuple[Any, str] | None = None
                if kind == "inlineStr":
                    if child.tag == INLINE_STRING and len(child) == 1:
                        text = child[0]
                        if text.tag == text_tag and len(text) == 0:
                            plain = text.text or "", "s"
                elif kind == "s":
                    if child.tag == VALUE_TAG and child.text:
                        plain = self.shared_strings[int(child.text)], "s"
                elif kind == "n" and child.tag == VALUE_TAG and child.text:
                    style = element.get("s")
                    if style is None or int(style) not in self.date_formats:
                        plain = _cast_number(child.text), "n"
                if plain is not None:
                    letters = coordinate.rstrip(digits)  # "AB12" → "AB": looked up once a sheet
                    column = columns.get(letters)
                    if column is None:
                        column = columns[letters] = coordinate_to_tuple(letters + "1")[1]
                    self.col_counter = column
                    return column, plain[0], plain[1]
            parsed = self.parse_cell(element)
            return parsed["column"], parsed["value"], parsed["data_type"]

        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None:
                formula = element.find(FORMULA_TAG)
                if formula is not None:
                    cell["value"] = _Uncalculated(formula.text or "")
            return cell

    return Parser(
        source,
        reader.shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats,
    )


def _records(parser: Any, name: str) -> Iterator[Record]:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import CELL_TAG, DATA_TAG, ROW_TAG
    from openpyxl.xml.functions import iterparse

    # Only "end" events (half the events of "start" and "end": the walk is most of the time
    # of a large sheet). A row is read when it ends and then emptied; the empty row stays in
    # sheetData (about 80 bytes), so at most Excel's 1,048,576 rows are accepted. Reading
    # stops where sheetData ends: what follows (merged cells, links, …) is not needed. Other
    # elements are let go of with their row; elements between rows (before sheetData, or a
    # sheet that is not what Excel writes) are counted and bounded.
    cells_in_row = 0
    between_rows = 0
    rows = 0
    row_elements = 0
    for _event, element in iterparse(parser.source, events=("end",)):
        tag = element.tag
        if tag == CELL_TAG:
            cells_in_row += 1
            if cells_in_row > MAX_SHEET_ROW_CELLS:
                raise InvalidInputError(
                    f"{name} is niet ingelezen: een rij heeft meer dan "
                    f"{dutch_number(MAX_SHEET_ROW_CELLS)} cellen, meer dan Excel kent. Het "
                    f"bestand is beschadigd. {SAVE_AS_HINT}",
                    key="xlsx-row-too-long",
                    name=name,
                    limit=MAX_SHEET_ROW_CELLS,
                )
        elif tag == ROW_TAG:
            row_elements += 1
            if row_elements > MAX_SHEET_ROWS:
                raise InvalidInputError(
                    f"{name} is niet ingelezen: het werkblad heeft meer dan "
                    f"{dutch_number(MAX_SHEET_ROWS)} rijen, meer dan Excel kent. Het bestand is "
                    f"beschadigd. {SAVE_AS_HINT}",
                    key="xlsx-too-many-rows",
                    name=name,
                    limit=MAX_SHEET_ROWS,
                )
            cells_in_row = between_rows = 0
            number, cells = _parse_row(parser, element)
            element.clear()
            record = _record(number, cells, name, get_column_letter)
            if record is not None:
                rows += 1
                if rows > MAX_ROWS + 1:  # the header and MAX_ROWS rows
                    raise InvalidInputError(
                        f"{name} is niet ingelezen: het heeft meer dan {dutch_number(MAX_ROWS)} "
                        "rijen, de grens voor een lijst die dit programma inleest. Is het de goede "
                        "lijst? Splits een heel grote lijst in delen en lees ze na elkaar in.",
                        key="table-too-many-rows",
                        name=name,
                        limit=MAX_ROWS,
                    )
                yield record
        elif tag == DATA_TAG:
            return
        else:
            between_rows += 1
            if between_rows > MAX_SHEET_ELEMENTS_BETWEEN_ROWS:
                raise InvalidInputError(
                    f"{name} is niet ingelezen: het werkblad is niet opgebouwd zoals Excel het "
                    f"schrijft (meer dan {dutch_number(MAX_SHEET_ELEMENTS_BETWEEN_ROWS)} "
                    f"onderdelen buiten of binnen één rij). Het bestand is beschadigd. {SAVE_AS_HINT}",
                    key="xlsx-sheet-strange",
                    name=name,
                    limit=MAX_SHEET_ELEMENTS_BETWEEN_ROWS,
                )


def _parse_row(parser: Any, row: Any) -> tuple[int, list[tuple[int, Any, str]]]:
    """The row's number and its cells with content as (column, value, data type): like
    openpyxl's ``parse_row``, but an empty formatted cell (``<c r="B7" s="3"/>``) costs
    nothing. A row or cell without its own position ("r") is left to openpyxl, which counts
    the positions."""
    with_content = []
    for cell in row:
        if cell.get("r") is None:
            return _counted_row(parser, row)
        if len(cell):
            with_content.append(cell)
    try:
        number = int(row.get("r"))
    except (TypeError, ValueError):
        return _counted_row(parser, row)
    parser.row_counter, parser.col_counter = number, 0
    return number, [parser.cell(cell) for cell in with_content]


def _counted_row(parser: Any, row: Any) -> tuple[int, list[tuple[int, Any, str]]]:
    number, cells = parser.parse_row(row)
    parser.row_dimensions.clear()  # kept per row by openpyxl: memory for nothing
    return number, [(c["column"], c["value"], c["data_type"]) for c in cells]


def _record(number: int, cells: list[tuple[int, Any, str]], name: str, letter: Any) -> Record | None:
    texts: list[str] = []
    marks: list[CellMark] = []
    for column, value, data_type in cells:
        if value is None or value == "":
            continue
        if column > MAX_COLUMNS:
            raise InvalidInputError(
                f"{name} is niet ingelezen: cel {letter(column)}{number} heeft een waarde, maar een "
                f"tabel mag hoogstens {MAX_COLUMNS} kolommen breed zijn (tot en met kolom "
                f"{letter(MAX_COLUMNS)}). Verwijder die cel (of wat er naast de tabel staat) en "
                "sla het bestand opnieuw op.",
                key="xlsx-too-wide",
                name=name,
                cell=f"{letter(column)}{number}",
                limit=MAX_COLUMNS,
                last=letter(MAX_COLUMNS),
            )
        if len(texts) < column - 1:
            texts.extend([""] * (column - 1 - len(texts)))
        if type(value) is str:  # the common case
            texts.append(value)
            continue
        if isinstance(value, _Uncalculated):
            marks.append(CellMark(column - 1, CellKind.FORMULA, value.formula))
            texts.append("")
            continue
        if data_type == "d" or isinstance(value, (dt.date, dt.time, dt.timedelta)):
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
