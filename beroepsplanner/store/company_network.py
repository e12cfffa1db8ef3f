"""The company network as the coordinator edits it: one company at a time.

Reads a company into plain ``CompanyDetails`` (``domain/company_details.py``)
and writes such details back: ``create_company``, ``update_company``,
``delete_company``. Each function works inside the caller's session, so the
caller decides the transaction (``with database.transaction() as session:``);
a function that refuses raises before it writes anything.

The list of companies stays in ``store/companies.py`` (``list_companies``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.company_details import (
    ChainUse,
    Choice,
    CompanyChoices,
    CompanyDetails,
    ConfirmationYear,
    ContactDetails,
    RoleModelDetails,
    field_problems,
)
from beroepsplanner.domain.kinds import WorldKind
from beroepsplanner.domain.school_year import SchoolYear
from beroepsplanner.domain.text import visible
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.evaluation_lists import evaluations_of
from beroepsplanner.store.models import (
    Activity,
    Chain,
    Company,
    CompanyConfirmation,
    CompanyContact,
    Profession,
    RoleModel,
    SchoolClass,
    SchoolYearRow,
    World,
    chain_role_models,
)
from beroepsplanner.store.row_versions import ensure_version, raise_versions
from beroepsplanner.store.year_lock import year_being_planned

# How many chains a refusal to delete names before it says "…".
_CHAINS_NAMED = 3


def choices(session: Session) -> CompanyChoices:
    """The worlds (the seven worlds of technology in their order, then the sectors by name)
    and the professions (by name) that a company can be given."""
    worlds = session.scalars(select(World)).all()
    technology = sorted((w for w in worlds if w.kind is WorldKind.TECHNOLOGY), key=_world_order)
    sectors = sorted((w for w in worlds if w.kind is not WorldKind.TECHNOLOGY), key=_by_name)
    professions = sorted(session.scalars(select(Profession)), key=_by_name)
    return CompanyChoices(
        worlds=tuple(Choice(w.key, w.name) for w in technology + sectors),
        professions=tuple(Choice(p.key, p.name) for p in professions),
    )


def company_details(session: Session, company_id: int) -> CompanyDetails:
    """The company with id ``company_id`` as the form shows it, with the chains that use it
    and its row version (read with the company's row, before its people: a save in between
    then looks newer than the form, never older).

    Raises ``NotFoundError`` when there is no such company (any more).
    """
    company = _company(session, company_id)
    links = _chain_links(session, [r.id for r in company.role_models])
    return CompanyDetails(
        name=company.name,
        place=company.place,
        address=company.address,
        description=company.description,
        min_grade=company.min_grade,
        capacity=company.capacity,
        confirmed_years=tuple(c.school_year for c in company.confirmations),
        safety_checked=company.safety_checked,
        safety_notes=company.safety_notes,
        notes=company.notes,
        worlds=tuple(w.key for w in company.worlds),
        professions=tuple(p.key for p in company.professions),
        contacts=tuple(
            ContactDetails(name=c.name, role=c.role, email=c.email, phone=c.phone)
            for c in company.contacts
        ),
        role_models=tuple(
            RoleModelDetails(
                name=r.name,
                profession=_profession_value(r),
                description=r.description,
                counter_stereotypical=r.counter_stereotypical,
                is_parent=r.is_parent,
                linked_chains=tuple(sorted(links.get(r.id, ()))),
            )
            for r in company.role_models
        ),
        used_by=tuple(_chain_uses(session, company_id)),
        confirmation_years=confirmation_years(session, company_id),
        version=company.version,
    )


def confirmation_years(session: Session, company_id: int | None) -> tuple[ConfirmationYear, ...]:
    """The school years the form of a company offers to confirm it for, oldest first:
    every year that is not locked (without any, the year being planned), and the locked
    years in which the company is confirmed or has a chain (shown, not changeable)."""
    years = dict(session.execute(select(SchoolYearRow.label, SchoolYearRow.locked)).all())
    wanted = {label for label, locked in years.items() if not locked}
    if not wanted:
        wanted.add(year_being_planned(session))
    if company_id is not None:
        wanted.update(
            session.scalars(
                select(CompanyConfirmation.school_year).where(
                    CompanyConfirmation.company_id == company_id
                )
            )
        )
        wanted.update(
            session.scalars(
                select(SchoolYearRow.label)
                .join(SchoolClass, SchoolClass.school_year_id == SchoolYearRow.id)
                .join(Chain, Chain.class_id == SchoolClass.id)
                .where(Chain.company_id == company_id)
            )
        )
    return tuple(ConfirmationYear(label, bool(years.get(label))) for label in sorted(wanted))


def create_company(session: Session, details: CompanyDetails) -> int:
    """Add a company with ``details``; returns its id.

    Raises ``InvalidInputError`` (Dutch, one line per problem) when a field is
    not acceptable or the name is already taken in that place.
    """
    worlds, professions = _validate(session, details, company_id=None)
    company = Company()
    session.add(company)
    new_rows = _write(session, company, details, worlds, professions)
    session.flush()
    _restore_chain_links(session, new_rows, details)
    return company.id


def update_company(
    session: Session,
    company_id: int,
    details: CompanyDetails,
    *,
    expected_version: int | None = None,
) -> None:
    """Replace what is stored about the company with ``details``.

    Contacts and role models become exactly those of ``details``. A role model
    whose name is unchanged keeps its row, so chains that name it keep the link;
    chains listed in a role model's ``linked_chains`` are linked again when the
    row is new (a renamed person, or an undo that brings one back). Raises
    ``NotFoundError`` or ``InvalidInputError`` before anything is written, and
    ``row_versions.ChangedByColleagueError`` when ``expected_version`` (the version the
    form was loaded at) is no longer the company's.
    """
    _ensure_version(session, company_id, expected_version, details)
    company = _company(session, company_id)
    worlds, professions = _validate(session, details, company_id=company_id)
    rows_before = {r.id for r in company.role_models}
    linked_before = _chain_links(session, sorted(rows_before))
    new_rows = _write(session, company, details, worlds, professions)
    session.flush()
    _restore_chain_links(session, new_rows, details)
    # A chain's version covers its role-model links (store/row_versions.py); those of a person
    # removed, renamed or brought back change past the ORM (ON DELETE CASCADE, the links put
    # back above).
    gone = rows_before - {r.id for r in company.role_models}
    relinked = {c for row, r in zip(new_rows, details.role_models) if row for c in r.linked_chains}
    raise_versions(session, "chains", {c for g in gone for c in linked_before.get(g, ())} | relinked)


def delete_company(
    session: Session, company_id: int, *, expected_version: int | None = None
) -> None:
    """Delete the company with its contacts and role models.

    Refuses with a Dutch ``InvalidInputError`` while chains use the company or
    one of its role models: the teacher's plan must not lose its company silently;
    with ``expected_version``, a company a colleague changed since is not deleted.
    """
    _ensure_version(session, company_id, expected_version, None)
    company = _company(session, company_id)
    uses = _chain_uses(session, company_id)
    if uses:
        named = "; ".join(
            f"{u.class_name}: {u.activity_title} op {u.date.strftime('%d-%m-%Y')}"
            for u in uses[:_CHAINS_NAMED]
        )
        if len(uses) > _CHAINS_NAMED:
            named += "; …"
        chains = "1 keten" if len(uses) == 1 else f"{len(uses)} ketens"
        which = "die keten" if len(uses) == 1 else "die ketens"
        raise InvalidInputError(
            f"'{company.name}' wordt gebruikt door {chains} ({named}); kies in {which} eerst "
            f"een ander bedrijf of verwijder {which}, dan kan het bedrijf weg.",
            key="company-in-use",
            company=company.name,
            count=len(uses),
            listed="; ".join(
                f"{u.class_name}: {u.activity_title} ({u.date.strftime('%d-%m-%Y')})"
                for u in uses[:_CHAINS_NAMED]
            )
            + ("; …" if len(uses) > _CHAINS_NAMED else ""),
        )
    session.delete(company)
    session.flush()


def _ensure_version(
    session: Session, company_id: int, expected: int | None, mine: CompanyDetails | None
) -> None:
    def newer() -> CompanyDetails:  # read only when refused
        return company_details(session, company_id)

    ensure_version(session, Company, company_id, expected, newer=newer, mine=mine)


# --- reading ---------------------------------------------------------------------


def _company(session: Session, company_id: int) -> Company:
    company = session.scalars(
        select(Company)
        .where(Company.id == company_id)
        .options(
            selectinload(Company.contacts),
            selectinload(Company.confirmations),
            selectinload(Company.role_models).selectinload(RoleModel.profession),
            selectinload(Company.worlds),
            selectinload(Company.professions),
        )
    ).one_or_none()
    if company is None:
        raise NotFoundError(
            f"Bedrijf nummer {company_id} bestaat niet (meer); misschien is het net verwijderd.",
            key="company-number-gone",
            number=company_id,
        )
    return company


def _chain_uses(session: Session, company_id: int) -> list[ChainUse]:
    """Chains with this company, or with one of its role models, by date (so by school
    year), each chain of this company with its evaluation: the company's history."""
    role_model_chains = (
        select(chain_role_models.c.chain_id)
        .join(RoleModel, RoleModel.id == chain_role_models.c.role_model_id)
        .where(RoleModel.company_id == company_id)
    )
    rows = session.execute(
        select(
            Chain.id, SchoolClass.name, Activity.title, Chain.date, Chain.status,
            SchoolYearRow.label, Chain.company_id,
        )
        .join(SchoolClass, Chain.class_id == SchoolClass.id)
        .join(SchoolYearRow, SchoolClass.school_year_id == SchoolYearRow.id)
        .join(Activity, Chain.activity_id == Activity.id)
        .where(or_(Chain.company_id == company_id, Chain.id.in_(role_model_chains)))
        .order_by(Chain.date, SchoolClass.name, Chain.id)
    ).all()
    evaluations = evaluations_of(session, [row[0] for row in rows if row[6] == company_id])
    return [
        ChainUse(
            chain_id, class_name, title, date, status, label, visits=chain_company == company_id,
            evaluation=evaluations.get(chain_id),
        )
        for chain_id, class_name, title, date, status, label, chain_company in rows
    ]


def _chain_links(session: Session, role_model_ids: list[int]) -> dict[int, list[int]]:
    """Chain ids per role model id."""
    links: dict[int, list[int]] = defaultdict(list)
    if role_model_ids:
        rows = session.execute(
            select(chain_role_models.c.role_model_id, chain_role_models.c.chain_id).where(
                chain_role_models.c.role_model_id.in_(role_model_ids)
            )
        )
        for role_model_id, chain_id in rows:
            links[role_model_id].append(chain_id)
    return links


def _profession_value(role_model: RoleModel) -> str:
    """What the form shows as profession: the catalog key, else the free text."""
    if role_model.profession is not None:
        return role_model.profession.key
    return role_model.profession_text


def _world_order(world: World) -> tuple[int, str]:
    return (world.number or 99, world.name.casefold())


def _by_name(row: World | Profession) -> str:
    return row.name.casefold()


# --- checking --------------------------------------------------------------------


def _validate(
    session: Session, details: CompanyDetails, *, company_id: int | None
) -> tuple[list[World], list[Profession]]:
    """Raise ``InvalidInputError`` listing every problem; return the worlds and professions."""
    problems = field_problems(details)
    own = tuple(problems)  # keyed (domain.problems.Problem): the window says them in English
    name, place = details.name.strip(), details.place.strip()
    taken = bool(name) and _name_taken(session, name, place, company_id)
    if taken:
        where = f"in {place}" if place else "zonder plaats"
        problems.append(
            f"Er is al een bedrijf '{visible(name)}' {visible(where)}. Kies een andere naam of plaats, "
            "of pas het bestaande bedrijf aan."
        )
    worlds = _by_keys(session, World, details.worlds, "Onbekende wereld", problems)
    professions = _by_keys(session, Profession, details.professions, "Onbekend beroep", problems)
    if problems:
        raise InvalidInputError(
            "\n".join(problems),
            key="company-not-saved",
            problems=own,
            taken=visible(name) if taken else "",
            place=visible(place),
            worlds=_unknown(details.worlds, worlds),
            professions=_unknown(details.professions, professions),
        )
    return worlds, professions


def _unknown(keys: tuple[str, ...], found: list[World] | list[Profession]) -> str:
    """The keys ``_by_keys`` did not find, quoted and joined (an error's value)."""
    known = {row.key for row in found}
    return ", ".join(f"'{key}'" for key in dict.fromkeys(keys) if key not in known)


def _name_taken(session: Session, name: str, place: str, company_id: int | None) -> bool:
    """Whether another company has this name in this place, ignoring case."""
    wanted = (name.casefold(), place.casefold())
    for other_id, other_name, other_place in session.execute(
        select(Company.id, Company.name, Company.place)
    ):
        if other_id != company_id and (other_name.casefold(), other_place.casefold()) == wanted:
            return True
    return False


def _by_keys(
    session: Session,
    model: type[Any],  # World or Profession (both have a key)
    keys: tuple[str, ...],
    what: str,
    problems: list[str],
) -> list:
    unique = list(dict.fromkeys(keys))
    rows = {r.key: r for r in session.scalars(select(model).where(model.key.in_(unique)))}
    problems += [f"{what} '{key}'." for key in unique if key not in rows]
    return [rows[key] for key in unique if key in rows]


# --- writing ---------------------------------------------------------------------


def _write(
    session: Session,
    company: Company,
    details: CompanyDetails,
    worlds: list[World],
    professions: list[Profession],
) -> list[RoleModel | None]:
    """Write ``details`` onto ``company``; returns ``_write_role_models``' new rows."""
    company.name = details.name.strip()
    company.place = details.place.strip()
    company.address = details.address.strip()
    company.description = details.description.strip()
    company.min_grade = details.min_grade
    company.capacity = details.capacity
    # Rows of years that stay are kept as they are: a locked year's confirmation is
    # not touched by saving the company (store/year_lock.py refuses a change of one).
    kept = {c.school_year: c for c in company.confirmations}
    labels = dict.fromkeys(SchoolYear.parse(label).label for label in details.confirmed_years)
    company.confirmations = [
        kept.get(label) or CompanyConfirmation(school_year=label) for label in labels
    ]
    company.safety_checked = details.safety_checked
    company.safety_notes = details.safety_notes.strip()
    company.notes = details.notes.strip()
    company.worlds = worlds
    company.professions = professions
    company.contacts = [
        CompanyContact(
            name=c.name.strip(), role=c.role.strip(), email=c.email.strip(), phone=c.phone.strip()
        )
        for c in details.contacts
    ]
    return _write_role_models(session, company, details.role_models)


def _write_role_models(
    session: Session, company: Company, wanted: tuple[RoleModelDetails, ...]
) -> list[RoleModel | None]:
    """Make the company's role models those of ``wanted``.

    Rows are matched by name, each at most once, so chains keep their links.
    Returns, per item of ``wanted``, its row when the row is new, else None.
    """
    by_name: dict[str, list[RoleModel]] = defaultdict(list)
    for row in company.role_models:
        by_name[row.name].append(row)
    professions = _professions_by_key_and_name(session)
    rows = []
    new_rows: list[RoleModel | None] = []
    for details in wanted:
        name = details.name.strip()
        row = by_name[name].pop(0) if by_name[name] else RoleModel(name=name)
        new_rows.append(row if row.id is None else None)
        profession = details.profession.strip()
        if row.id is None or profession != _profession_value(row):
            match = professions.get(profession) or professions.get(profession.casefold())
            row.profession = match
            row.profession_text = "" if match is not None else profession
        row.description = details.description.strip()
        row.counter_stereotypical = details.counter_stereotypical
        row.is_parent = details.is_parent
        rows.append(row)
    company.role_models = rows
    return new_rows


def _professions_by_key_and_name(session: Session) -> dict[str, Profession]:
    """Professions by key and by case-folded name, so typed names find the catalog entry."""
    rows = session.scalars(select(Profession).order_by(Profession.id)).all()
    found = {p.name.casefold(): p for p in reversed(rows)}
    found.update({p.key: p for p in rows})
    return found


def _restore_chain_links(
    session: Session, new_rows: list[RoleModel | None], details: CompanyDetails
) -> None:
    """Link each new role model row to the chains its details name (a renamed person, or
    one an undo brings back). Rows that were kept keep the links they have: a chain that
    was unlinked meanwhile (in the chain builder) stays unlinked."""
    wanted = {
        (row.id, chain_id)
        for row, role_model in zip(new_rows, details.role_models, strict=True)
        if row is not None
        for chain_id in role_model.linked_chains
    }
    if not wanted:
        return
    existing_chains = set(
        session.scalars(select(Chain.id).where(Chain.id.in_({c for _, c in wanted})))
    )
    present = {
        (r, c)
        for r, ids in _chain_links(session, [r for r, _ in wanted]).items()
        for c in ids
    }
    missing = sorted(pair for pair in wanted - present if pair[1] in existing_chains)
    if missing:
        session.execute(
            insert(chain_role_models),
            [{"role_model_id": r, "chain_id": c} for r, c in missing],
        )
