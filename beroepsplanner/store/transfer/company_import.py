"""Writing the rows of a company file into the network: update, never duplicate.

A company is the same company when its name and place are the same, ignoring
case and outer spaces; it is then updated, never added twice, so importing one
file twice changes nothing the second time. Rows of one company (a list with a
row per contact person) are merged in file order.

An import adds and corrects; it never erases: only the columns the file has
are written, an empty cell leaves what is stored, worlds, professions and
contact persons are added to those the company already has (a contact person
is matched by name within the company). The database's spelling of a
company's name is kept.

Worlds and sectors are found by name, key or a coordinator's common word for
them (``domain/world_names.py``: "Zorg", "ICT", "Bouw", "Wereld 3"). A word
that is none of those does not refuse the row: it is kept as a line of the
company's notes ("Sector (uit het bestand): Groene zone"), added to the notes
it has (never replacing them, never twice), with a warning of its row; so is a
"Groep vanaf" the file's reader did not understand. A cell with more than
``MAX_PROFESSIONS_PER_ROW`` professions (or ``MAX_WORLDS_PER_ROW`` worlds)
refuses its row (``store/transfer/company_names.py``).

Everything happens in the caller's session, so the caller's transaction makes
the whole import one unit: all rows or none. Companies are read as plain values
with a few queries and written with bulk INSERT and UPDATE statements, so a large file
needs a handful of queries rather than several per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from beroepsplanner.domain.pupils import name_key
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.gc_pause import gc_paused
from beroepsplanner.io.company_import import (
    GENERAL_CONTACT,
    PROBLEMS_SHOWN,
    CompanyField,
    CompanyRow,
    RowProblem,
    company_key,
    refusal_message,
)
from beroepsplanner.store.models import (
    Company,
    CompanyContact,
    Profession,
    World,
    company_professions,
    company_worlds,
)
from beroepsplanner.store.transfer.company_names import (
    KEPT_WORLDS,
    ProfessionCatalog,
    row_problems,
    row_worlds,
    with_kept_lines,
    worlds_by_key,
)
from beroepsplanner.store.write_locks import exclusive

__all__ = ["ImportResult", "KEPT_WORLDS", "import_companies", "with_kept_lines"]


@dataclass(frozen=True)
class ImportResult:
    """Companies added, updated and unchanged; rows skipped (with why); professions created;
    warnings of rows that were imported (text kept in the notes); the known worlds."""

    added: int
    updated: int
    unchanged: int
    skipped: tuple[RowProblem, ...] = ()
    new_professions: tuple[str, ...] = ()
    warnings: tuple[RowProblem, ...] = ()
    known_worlds: tuple[str, ...] = ()


@dataclass
class _Merged:
    """The rows of one company merged: first non-empty value per field, lists united."""

    name: str
    place: str
    address: str = ""
    min_grade: int | None = None
    notes: str = ""
    kept_notes: list[str] = field(default_factory=list)
    # ordered sets (dicts without values): a company on many rows adds in linear time
    worlds: dict[World, None] | None = None
    professions: dict[str, None] | None = None
    # name key -> [name, email, phone]
    contacts: dict[str, list[str]] | None = None


@gc_paused()
def import_companies(
    session: Session, rows: Sequence[CompanyRow], *, skip_invalid: bool = False
) -> ImportResult:
    """Add or update the companies of ``rows`` (from ``io.company_import.parse_companies``).

    Worlds and sectors are found by name, key or synonym; the others are kept
    in the company's notes with a warning (``warnings``). Professions are found
    by name (ignoring case) or key; an unknown name becomes a new profession of
    the catalog (listed in ``new_professions``). Raises ``InvalidInputError``
    listing the problems by row before anything is written, unless
    ``skip_invalid``: then those rows are left out. One import at a time
    (``write_locks.exclusive``): a second waits, then finds the first's companies.
    """
    exclusive(session)
    worlds = worlds_by_key(session)
    world_pieces = max((n.count(",") + 1 for w in worlds.values() for n in (w.name, w.key)), default=1)
    known = tuple(sorted({w.name for w in worlds.values()}, key=str.casefold))
    professions = ProfessionCatalog(session)
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    good: list[tuple[CompanyRow, list[World], list[str]]] = []
    for row in rows:
        found, unknown = row_worlds(row, worlds, world_pieces)
        names = professions.names_in(row.professions_text)
        unusable = row_problems(row, found, unknown, names)
        if unusable:
            problems += unusable
            continue
        kept = list(row.kept_notes)
        if unknown:
            kept.append(f"{KEPT_WORLDS}: {', '.join(unknown)}")
            shown = ", ".join(f"'{name}'" for name in unknown)
            warnings.append(
                RowProblem(
                    row.row,
                    f"Rij {row.row}, kolom {row.label(CompanyField.WORLDS)}: {shown} "
                    f"{'is geen wereld of sector' if len(unknown) == 1 else 'zijn geen werelden of sectoren'} "
                    "die het programma kent; de tekst staat bij de opmerkingen van het bedrijf. Kies "
                    "de wereld in het venster bij het bedrijf, of gebruik een bekende naam.",
                    row.label(CompanyField.WORLDS),
                    "worlds-kept",
                    (("worlds", tuple(unknown)),),
                )
            )
        good.append((row, found, kept))
    if problems and not skip_invalid:
        raise InvalidInputError(
            f"{refusal_message(problems)}\nBekende werelden en sectoren: {'; '.join(known)}.",
            key="company-file-refused",
            rows=len({p.row for p in problems}),
            problems=tuple(problems[:PROBLEMS_SHOWN]),
            more=max(0, len(problems) - PROBLEMS_SHOWN),
            known="; ".join(known),
        )

    merged = _merge(good, professions)
    plan = _Plan()
    stored = _stored_companies(session)
    added: list[_Merged] = []
    updated = unchanged = 0
    for key, company in merged.items():
        existing = stored.get(key)
        if existing is None:
            added.append(company)
        elif _plan_update(plan, existing, company, professions):
            updated += 1
        else:
            unchanged += 1
    session.flush()  # new professions get their ids
    _write_updates(session, plan)
    _insert(session, added, professions)
    return ImportResult(
        added=len(added),
        updated=updated,
        unchanged=unchanged,
        skipped=tuple(problems),
        new_professions=tuple(professions.created),
        warnings=tuple(warnings),
        known_worlds=known,
    )


# --- reading ---------------------------------------------------------------------


@dataclass
class _Stored:
    """What the database holds about one company, as plain values (no ORM objects)."""

    id: int
    address: str
    notes: str
    min_grade: int | None
    version: int = 1
    worlds: set[int] = field(default_factory=set)
    professions: set[int] = field(default_factory=set)
    # name key -> (contact id, email, phone)
    contacts: dict[str, tuple[int, str, str]] = field(default_factory=dict)


def _stored_companies(session: Session) -> dict[tuple[str, str], _Stored]:
    """Every company by name and place, read with four queries whatever their number."""
    by_id: dict[int, _Stored] = {}
    found: dict[tuple[str, str], _Stored] = {}
    for company_id, name, place, address, notes, min_grade, version in session.execute(
        select(Company.id, Company.name, Company.place, Company.address, Company.notes, Company.min_grade,
               Company.version)
        .order_by(Company.id)
    ):
        stored = by_id[company_id] = _Stored(company_id, address, notes, min_grade, version)
        found.setdefault(company_key(name, place), stored)
    for company_id, world_id in session.execute(
        select(company_worlds.c.company_id, company_worlds.c.world_id)
    ):
        by_id[company_id].worlds.add(world_id)
    for company_id, profession_id in session.execute(
        select(company_professions.c.company_id, company_professions.c.profession_id)
    ):
        by_id[company_id].professions.add(profession_id)
    for contact_id, company_id, name, email, phone in session.execute(
        select(CompanyContact.id, CompanyContact.company_id, CompanyContact.name, CompanyContact.email,
               CompanyContact.phone).order_by(CompanyContact.id)
    ):
        by_id[company_id].contacts.setdefault(name_key(name), (contact_id, email, phone))
    return found


# --- merging and writing ---------------------------------------------------------


def _merge(
    good: Iterable[tuple[CompanyRow, list[World], list[str]]], professions: ProfessionCatalog
) -> dict[tuple[str, str], _Merged]:
    merged: dict[tuple[str, str], _Merged] = {}
    for row, worlds, kept in good:
        company = merged.get(row.key)
        if company is None:
            company = merged[row.key] = _Merged(name=row.name, place=row.place or "")
        company.address = company.address or (row.address or "")
        company.notes = company.notes or (row.notes or "")
        company.kept_notes += kept
        if company.min_grade is None:
            company.min_grade = row.min_grade
        if row.worlds_text is not None:
            company.worlds = company.worlds if company.worlds is not None else {}
            company.worlds.update(dict.fromkeys(worlds))
        if row.professions_text is not None:
            names = professions.names_in(row.professions_text)
            company.professions = company.professions if company.professions is not None else {}
            company.professions.update(dict.fromkeys(names))
        if row.contact or row.email or row.phone:
            who = row.contact or GENERAL_CONTACT
            contacts = company.contacts if company.contacts is not None else {}
            entry = contacts.setdefault(name_key(who), [who, "", ""])
            entry[1] = entry[1] or (row.email or "")
            entry[2] = entry[2] or (row.phone or "")
            company.contacts = contacts
    return merged


@dataclass
class _Plan:
    """The changes to companies that exist, gathered first and written in bulk."""

    companies: list[dict[str, object]] = field(default_factory=list)
    contacts: list[dict[str, object]] = field(default_factory=list)
    new_contacts: list[dict[str, object]] = field(default_factory=list)
    world_links: list[dict[str, int]] = field(default_factory=list)
    profession_links: list[tuple[int, Profession]] = field(default_factory=list)


def _plan_update(plan: _Plan, stored: _Stored, wanted: _Merged, professions: ProfessionCatalog) -> bool:
    """Note what the file changes in a stored company; whether it changes anything."""
    notes = with_kept_lines(wanted.notes or stored.notes, wanted.kept_notes)
    changes = {
        attribute: value
        for attribute, value in (("address", wanted.address), ("notes", notes), ("min_grade", wanted.min_grade))
        if value not in ("", None) and value != getattr(stored, attribute)
    }
    new_worlds = [w.id for w in wanted.worlds or [] if w.id not in stored.worlds]
    plan.world_links += [{"company_id": stored.id, "world_id": w} for w in new_worlds]
    new_professions = [
        p
        for p in dict.fromkeys(professions.get_or_create(n) for n in wanted.professions or [])
        if p.id is None or p.id not in stored.professions
    ]
    plan.profession_links += [(stored.id, p) for p in new_professions]
    changed = bool(changes or new_worlds or new_professions)
    for key, (who, email, phone) in (wanted.contacts or {}).items():
        present = stored.contacts.get(key)
        if present is None:
            plan.new_contacts.append(
                {"company_id": stored.id, "name": who, "email": email, "phone": phone, "role": ""}
            )
            changed = True
            continue
        contact_id, stored_email, stored_phone = present
        contact_changes = {
            attribute: value
            for attribute, value, before in (("email", email, stored_email), ("phone", phone, stored_phone))
            if value and value != before
        }
        if contact_changes:
            plan.contacts.append({"id": contact_id, **contact_changes})
            changed = True
    if changed:
        # With the version read above (see _write_updates).
        plan.companies.append({"id": stored.id, "version": stored.version, **changes})
    return changed


def _write_updates(session: Session, plan: _Plan) -> None:
    """Bulk UPDATE by primary key, grouped by the columns that change; then the new rows."""
    for model, changes in ((Company, plan.companies), (CompanyContact, plan.contacts)):
        groups: dict[frozenset[str], list[dict[str, object]]] = {}
        for change in changes:
            groups.setdefault(frozenset(change), []).append(change)
        for group in groups.values():
            session.execute(update(model), group)
    if plan.companies:
        # The bulk UPDATE above checks each company's version (WHERE version = the one read;
        # a colleague's save since: StaleDataError, the whole import refused); this raises it.
        table = Company.__table__
        session.execute(
            update(table).where(table.c.id == bindparam("company")).values(version=table.c.version + 1),
            [{"company": change["id"]} for change in plan.companies],
        )
    links = [{"company_id": c, "profession_id": p.id} for c, p in dict.fromkeys(plan.profession_links)]
    for table, values in (
        (CompanyContact.__table__, plan.new_contacts),
        (company_worlds, plan.world_links),
        (company_professions, links),
    ):
        if values:
            session.execute(insert(table), values)


_CHUNK = 5_000
"""Companies inserted per statement: the parameters of a chunk, not of the whole file, are
in memory at once (100,000 companies: some 150 MB less at the peak)."""


def _insert(session: Session, added: list[_Merged], professions: ProfessionCatalog) -> None:
    """Bulk-insert new companies with their contacts, worlds and professions, in chunks."""
    for start in range(0, len(added), _CHUNK):
        _insert_chunk(session, added[start : start + _CHUNK], professions)


def _insert_chunk(session: Session, added: list[_Merged], professions: ProfessionCatalog) -> None:
    if not added:
        return
    table = Company.__table__
    # One executemany, then the new ids read back by name and place (unique together). An
    # INSERT … RETURNING in parameter order is one statement per row on SQLite (its RETURNING
    # has no order): 100,000 companies took 3 s longer that way.
    before = session.scalar(select(func.max(table.c.id))) or 0
    session.execute(
        insert(table),
        [
            {
                "name": c.name,
                "place": c.place,
                "address": c.address,
                "description": "",
                "min_grade": c.min_grade,
                "capacity": None,
                "safety_notes": "",
                "safety_checked": False,
                "notes": with_kept_lines(c.notes, c.kept_notes),
            }
            for c in added
        ],
    )
    new_ids = {
        (name, place): company_id
        for company_id, name, place in session.execute(
            select(table.c.id, table.c.name, table.c.place).where(table.c.id > before)
        )
    }
    ids = [new_ids[(c.name, c.place)] for c in added]
    contacts: list[dict[str, object]] = []
    world_links: list[dict[str, int]] = []
    profession_ids: list[tuple[int, Profession]] = []
    for company_id, company in zip(ids, added, strict=True):
        for who, email, phone in (company.contacts or {}).values():
            contacts.append(
                {"company_id": company_id, "name": who, "email": email, "phone": phone, "role": ""}
            )
        world_links += [{"company_id": company_id, "world_id": w.id} for w in company.worlds or []]
        profession_ids += [(company_id, professions.get_or_create(n)) for n in company.professions or []]
    session.flush()  # new professions get their ids
    profession_links = [
        {"company_id": company_id, "profession_id": p.id}
        for company_id, p in dict.fromkeys(profession_ids)
    ]
    for table, values in (
        (CompanyContact.__table__, contacts),
        (company_worlds, world_links),
        (company_professions, profession_links),
    ):
        if values:
            session.execute(insert(table), values)
