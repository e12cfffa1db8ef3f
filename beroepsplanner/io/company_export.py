"""Writing the company network to a .csv or .xlsx file that the importer reads back.

Plain rows in, a file out: ``store/transfer/company_export.py`` reads the rows from the
database (``company_rows``) and hands them to ``write_companies``.

The headers are the Dutch names the importer recognises (``CompanyField``),
so export → import changes nothing. A company with several contact persons
gets a row per person (the importer merges them again); worlds and professions
are listed in one cell separated by "; " (a world's name may hold a comma).

The CSV is UTF-8 with a byte order mark and semicolons, which is what a Dutch
Excel opens correctly by double-clicking it.

A round trip through Excel or LibreOffice must not change the data: in the
.xlsx every cell is a text cell (type ``s``, number format ``@``), so a phone
number keeps its 0 and its +, a groep stays "5", and a text that starts with
``=`` is never a formula, also after the user edits it. In the CSV a cell
that a spreadsheet would evaluate (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return; OWASP's CSV injection advice) gets a single quote
in front, which the importer takes off again (``io/spreadsheet_cells.py``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import CompanyField
from beroepsplanner.io.spreadsheet_cells import keep_quotes, neutralise
from beroepsplanner.output_files import check_output, write_output

HEADERS = tuple(field.value for field in CompanyField)


def check_companies_file(out: Path, *, database: Path | None = None) -> str:
    """The kind of file ``out`` is to be, ``"csv"`` or ``"xlsx"``, checked before any work.

    Raises ``InvalidInputError`` for another extension, a folder that does not exist,
    or a target that is the database, a back-up or another kind of document
    (``output_files.check_output``).
    """
    suffix = out.suffix.lower()
    kind = "xlsx" if suffix == ".xlsx" else "csv"
    check_output(out, kind=kind, database=database)
    if suffix not in {".csv", ".xlsx"}:
        raise InvalidInputError(
            f"Kies een bestandsnaam die eindigt op .csv of .xlsx, niet '{out.name}'.",
            key="companies-export-suffix",
            file=out.name,
        )
    return kind


def write_companies(
    rows: list[tuple[str, ...]], out: Path | str, *, database: Path | None = None
) -> int:
    """Write the export rows (``HEADERS`` order, one per contact person) to ``out`` (.csv or
    .xlsx); returns the number of companies.

    The file is written beside ``out`` and then renamed, so a failure never leaves half
    a file (``output_files.write_output``: never onto the database or a back-up).
    """
    out = Path(out)
    kind = check_companies_file(out, database=database)
    data = csv_bytes(rows) if kind == "csv" else xlsx_bytes(rows)
    write_output(out, data, kind=kind, database=database)
    return len({(r[0], r[1]) for r in rows})


def csv_bytes(rows: list[tuple[str, ...]]) -> bytes:
    """The rows under the Dutch headers as UTF-8 (with BOM) semicolon-separated CSV."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([neutralise(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows: list[tuple[str, ...]]) -> bytes:
    """The rows under the Dutch headers as an .xlsx workbook, every cell text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Bedrijven")
    widths = [len(h) for h in HEADERS]
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], min(len(value), 50))
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width + 2
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in HEADERS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=keep_quotes(value))
            cell.data_type = "s"  # "=..." or "+31 ..." stays text, never a formula
            cell.number_format = "@"  # and stays text when someone edits it in Excel
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

