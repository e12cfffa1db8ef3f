"""The company network as export rows: the database's half of ``export companies``.

``company_rows`` reads every company with its contact persons, worlds and professions
into plain rows under the importer's columns (``io.company_import.CompanyField``);
``io/company_export.py`` writes them as .csv or .xlsx, so export → import changes
nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.io.company_export import check_companies_file, write_companies
from beroepsplanner.io.company_import import CompanyField
from beroepsplanner.output_files import database_file
from beroepsplanner.store.models import Company


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

    The file name is checked before the database is read; the file is written beside
    ``out`` and then renamed, so a failure never leaves half a file
    (``output_files.write_output``: never onto the database or a back-up). Raises
    ``InvalidInputError`` for another extension or a folder that does not exist.
    """
    out = Path(out)
    database = database_file(session)
    check_companies_file(out, database=database)
    return write_companies(company_rows(session), out, database=database)
