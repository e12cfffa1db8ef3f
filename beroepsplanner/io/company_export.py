"""Writing the company network to a .csv or .xlsx file that the importer reads back.

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

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import CompanyField
from beroepsplanner.io.spreadsheet_cells import keep_quotes, neutralise
from beroepsplanner.output_files import check_output, database_file, write_output
from beroepsplanner.store.models import Company

HEADERS = tuple(field.value for field in CompanyField)


def company_rows(session: Session) -> list[tuple[str, ...]]:
    """Every company as export rows (one per contact person), ordered by name and place."""
    companies = session.scalars(
        select(Company)
        .options(
            selectinload(Company.contacts),
            selectinload(Company.worlds),
            selectinload(Company.professions),
        )
        .order_by(Company.name, Company.place, Company.id)
    )
    rows: list[tuple[str, ...]] = []
    for company in companies:
        shared = {
            CompanyField.NAME: company.name,
            CompanyField.PLACE: company.place,
            CompanyField.ADDRESS: company.address,
            CompanyField.MIN_GRADE: "" if company.min_grade is None else str(company.min_grade),
            CompanyField.WORLDS: "; ".join(w.name for w in company.worlds),
            CompanyField.PROFESSIONS: "; ".join(p.name for p in company.professions),
            CompanyField.NOTES: company.notes,
        }
        people = [(c.name, c.email, c.phone) for c in company.contacts] or [("", "", "")]
        for who, email, phone in people:
            values = {
                **shared, CompanyField.CONTACT: who, CompanyField.EMAIL: email, CompanyField.PHONE: phone
            }
            rows.append(tuple(values[field] for field in CompanyField))
    return rows


def export_companies(session: Session, out: Path | str) -> int:
    """Write every company to ``out`` (.csv or .xlsx); returns the number of companies.

    The file is written beside ``out`` and then renamed, so a failure never
    leaves half a file (``output_files.write_output``: never onto the database or
    a back-up). Raises ``InvalidInputError`` for another extension or a folder
    that does not exist.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    kind = "xlsx" if suffix == ".xlsx" else "csv"
    database = database_file(session)
    check_output(out, kind=kind, database=database)
    if suffix not in {".csv", ".xlsx"}:
        raise InvalidInputError(
            f"Kies een bestandsnaam die eindigt op .csv of .xlsx, niet '{out.name}'.",
            key="companies-export-suffix",
            file=out.name,
        )
    rows = company_rows(session)
    data = csv_bytes(rows) if suffix == ".csv" else xlsx_bytes(rows)
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

