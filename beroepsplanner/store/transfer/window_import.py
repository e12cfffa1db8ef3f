"""What the window's import dialogs need beyond the command-line importers.

* A dry run: the window shows what an import would do (companies added,
  updated, unchanged; rows skipped; the display names a class list gives)
  before the user says yes. The real importer runs and is rolled back, so the
  preview can never disagree with the import.
* Undo of a company import: ``company_import_snapshot`` records, before the
  import, the values an import can change of the companies the file names;
  ``undo_company_import`` puts exactly those values back, removes the
  companies the import added and the professions it created.

Companies are identified by name and place (as the importer does), not by id:
undoing an edit or a delete further up the undo stack may give a company a new
id, but never another name and place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from beroepsplanner.errors import InvalidInputError
from beroepsplanner.io.company_import import CompanyRow, company_key
from beroepsplanner.io.pupil_import import ClassListPupil
from beroepsplanner.store.models import (
    Chain,
    Company,
    CompanyContact,
    Profession,
    RoleModel,
    activity_professions,
    company_professions,
    company_worlds,
)
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.transfer.company_import import ImportResult, import_companies
from beroepsplanner.store.transfer.pupil_import import PupilImportResult, import_pupils
from beroepsplanner.store.write_locks import exclusive

Key = tuple[str, str]
ContactValues = tuple[str, str, str, str]  # name, role, email, phone


@dataclass(frozen=True)
class CompanyState:
    """What an import may change of one existing company, as plain values."""

    address: str
    notes: str
    min_grade: int | None
    contacts: tuple[ContactValues, ...]
    world_ids: frozenset[int]
    profession_ids: frozenset[int]


@dataclass(frozen=True)
class ImportSnapshot:
    """The companies the file names as they were before the import, by name and place.

    ``before`` holds the companies that existed; a key of ``keys`` missing from
    it is a company the import adds. ``profession_ids`` are the professions
    that existed.
    """

    keys: frozenset[Key]
    before: dict[Key, CompanyState]
    profession_ids: frozenset[int]


# --- dry runs ------------------------------------------------------------------------


def dry_run_company_import(session: Session, rows: Sequence[CompanyRow]) -> ImportResult:
    """What ``import_companies(rows, skip_invalid=True)`` would do; nothing is kept.

    The import runs in ``session`` and is rolled back, so call this in a
    session whose other work may be rolled back too (a reading session).
    """
    try:
        return import_companies(session, rows, skip_invalid=True)
    finally:
        session.rollback()


def dry_run_class_list(
    session: Session, class_id: int, pupils: Sequence[ClassListPupil]
) -> PupilImportResult:
    """The display names a class list would add, those already present, and notes; nothing is kept."""
    try:
        return import_pupils(session, class_id, pupils)
    finally:
        session.rollback()


# --- undo of a company import ---------------------------------------------------------


def company_import_snapshot(session: Session, rows: Iterable[CompanyRow]) -> ImportSnapshot:
    """Record what an import of ``rows`` may change, before it runs (a few queries); the
    import's lock (``write_locks.exclusive``) is taken first, so nothing changes between."""
    exclusive(session)
    keys = frozenset(row.key for row in rows)
    ids = _ids_by_key(session, keys)
    states = _states(session, list(ids.values()))
    return ImportSnapshot(
        keys=keys,
        before={key: states[company_id] for key, company_id in ids.items()},
        profession_ids=frozenset(session.scalars(select(Profession.id))),
    )


def undo_company_import(session: Session, snapshot: ImportSnapshot) -> None:
    """Put the companies of ``snapshot`` back as they were before the import.

    Companies the import added are deleted, with their contacts; the values
    the import changed of the others are written back; professions it created
    and nothing uses any more are deleted. Raises ``InvalidInputError``
    (Dutch) before writing anything when a chain now uses an added company.
    """
    exclusive(session)
    ids = _ids_by_key(session, snapshot.keys)
    added = {key: company_id for key, company_id in ids.items() if key not in snapshot.before}
    _refuse_when_used(session, added)
    if added:
        session.execute(delete(Company).where(Company.id.in_(added.values())))
    existing = {ids[key]: state for key, state in snapshot.before.items() if key in ids}
    now = _states(session, list(existing))
    for company_id, state in existing.items():
        _restore(session, company_id, now[company_id], state)
    _delete_new_professions(session, snapshot.profession_ids)
    session.flush()
    session.expire_all()


def _ids_by_key(session: Session, keys: frozenset[Key]) -> dict[Key, int]:
    found: dict[Key, int] = {}
    for company_id, name, place in session.execute(
        select(Company.id, Company.name, Company.place).order_by(Company.id)
    ):
        key = company_key(name, place)
        if key in keys:
            found.setdefault(key, company_id)  # the importer updates the first, too
    return found


def _states(session: Session, company_ids: list[int]) -> dict[int, CompanyState]:
    if not company_ids:
        return {}
    contacts: dict[int, list[ContactValues]] = {i: [] for i in company_ids}
    worlds: dict[int, set[int]] = {i: set() for i in company_ids}
    professions: dict[int, set[int]] = {i: set() for i in company_ids}
    for company_id, name, role, email, phone in session.execute(
        select(
            CompanyContact.company_id, CompanyContact.name, CompanyContact.role,
            CompanyContact.email, CompanyContact.phone,
        )
        .where(CompanyContact.company_id.in_(company_ids))
        .order_by(CompanyContact.id)
    ):
        contacts[company_id].append((name, role, email, phone))
    for table, target in ((company_worlds, worlds), (company_professions, professions)):
        other = table.c.world_id if table is company_worlds else table.c.profession_id
        for company_id, other_id in session.execute(
            select(table.c.company_id, other).where(table.c.company_id.in_(company_ids))
        ):
            target[company_id].add(other_id)
    return {
        company_id: CompanyState(
            address=address,
            notes=notes,
            min_grade=min_grade,
            contacts=tuple(contacts[company_id]),
            world_ids=frozenset(worlds[company_id]),
            profession_ids=frozenset(professions[company_id]),
        )
        for company_id, address, notes, min_grade in session.execute(
            select(Company.id, Company.address, Company.notes, Company.min_grade).where(
                Company.id.in_(company_ids)
            )
        )
    }


def _refuse_when_used(session: Session, added: dict[Key, int]) -> None:
    if not added:
        return
    in_chains = select(Chain.company_id).where(Chain.company_id.in_(added.values()))
    by_role_model = select(RoleModel.company_id).where(RoleModel.company_id.in_(added.values()))
    used = set(session.scalars(in_chains)) | set(session.scalars(by_role_model))
    if used:
        names = session.scalars(select(Company.name).where(Company.id.in_(used)).order_by(in_code_point_order(Company.name)))
        companies = ", ".join(f"'{n}'" for n in names)
        raise InvalidInputError(
            "Het inlezen kan niet ongedaan worden gemaakt: "
            + companies
            + " heeft nu rolmodellen of wordt in een keten gebruikt. Pas dat eerst aan.",
            key="import-cannot-be-undone",
            companies=companies,
        )


def _restore(session: Session, company_id: int, now: CompanyState, was: CompanyState) -> None:
    if now == was:
        return
    # Statements past the ORM: the company's row version (store/row_versions.py) is raised
    # here, whatever of the company changes back.
    session.execute(
        update(Company)
        .where(Company.id == company_id)
        .values(
            address=was.address,
            notes=was.notes,
            min_grade=was.min_grade,
            version=Company.version + 1,
        )
    )
    if now.contacts != was.contacts:
        session.execute(delete(CompanyContact).where(CompanyContact.company_id == company_id))
        if was.contacts:
            session.execute(
                insert(CompanyContact),
                [
                    {"company_id": company_id, "name": n, "role": r, "email": e, "phone": p}
                    for n, r, e, p in was.contacts
                ],
            )
    for table, column, current, wanted in (
        (company_worlds, company_worlds.c.world_id, now.world_ids, was.world_ids),
        (company_professions, company_professions.c.profession_id, now.profession_ids,
         was.profession_ids),
    ):
        extra = current - wanted
        if extra:
            session.execute(
                delete(table).where(table.c.company_id == company_id, column.in_(extra))
            )
        missing = wanted - current
        if missing:
            session.execute(
                insert(table),
                [{"company_id": company_id, column.name: other} for other in sorted(missing)],
            )


def _delete_new_professions(session: Session, before: frozenset[int]) -> None:
    new = set(session.scalars(select(Profession.id))) - before
    if not new:
        return
    used = (
        set(session.scalars(select(company_professions.c.profession_id).where(
            company_professions.c.profession_id.in_(new))))
        | set(session.scalars(select(activity_professions.c.profession_id).where(
            activity_professions.c.profession_id.in_(new))))
        | set(session.scalars(select(RoleModel.profession_id).where(RoleModel.profession_id.in_(new))))
    )
    unused = new - used
    if unused:
        session.execute(delete(Profession).where(Profession.id.in_(unused)))

