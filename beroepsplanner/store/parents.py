"""The register of what parents offer: read, add, change, remove, export and purge.

Privacy first (domain.md, "Privacy"): a parent is a first name under the pupils' rule
(``domain.pupil_names.display_name_from``: "Jan de Vries" and "Vries, Jan" are refused with
the same message a pupil's name gets), the child's class, the job and workplace (optional),
what the parent offers, a note, and the date of consent, without which nothing is saved.
The school can export everything about one parent (``parent_data``) and erase it; parents
whose child left school go with the purge of past school years (``purge_past_parents``).

**Which class, which year.** ``parents.class_id`` is the child's class when the parent was
entered or last saved. A later school year finds the parent along the class's line
(``class_origins``: "Groep 6b" became "Groep 7b"), so ``year new`` and its undo write nothing
here. A split class shows the parent in its first successor and names the others; saving
the parent in a class of that year settles it. A line that ends before the newest school
year (groep 8 left, a class not carried over) makes the parent *past*: the purge erases it.

**A parent as a role model.** Every parent has one row in ``role_models`` (``parent_id``, no
company, ``is_parent``) that this module keeps equal to the parent's first name, job and
counter-stereotypical flag. A chain names the parent as its guest by linking that row, so
every reader of a chain's role models — the rules (``domain.chain.meeting_of``), the paper,
the line, the record — counts the parent like any other role model, without a company.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, selectinload

from beroepsplanner.domain.parents import (
    JOB_MAX,
    NOTE_MAX,
    ParentDetails,
    ParentInfo,
    ParentOffer,
)
from beroepsplanner.domain.pupil_names import NAME_MAX, PupilNameError, display_name_from
from beroepsplanner.domain.pupils import name_key
from beroepsplanner.domain.text import character_problem, problem_character, visible
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.class_successors import class_successors
from beroepsplanner.store.models import (
    Chain,
    Company,
    Parent,
    Profession,
    RoleModel,
    chain_role_models,
)
from beroepsplanner.store.pupils import class_by_id
from beroepsplanner.store.row_versions import ensure_version, raise_versions

_OFFER_COLUMNS = {
    ParentOffer.GUEST_LESSON: "guest_lesson",
    ParentOffer.WORKPLACE_VISIT: "workplace_visit",
    ParentOffer.ACCOMPANYING: "accompanying",
    ParentOffer.EVENT_HELP: "event_help",
}


# --- reading -----------------------------------------------------------------------------


def parents_query() -> Select[Parent]:
    return select(Parent).options(
        selectinload(Parent.profession).selectinload(Profession.world),
        selectinload(Parent.company),
        selectinload(Parent.role_model),
    )


def job_of(parent: Parent) -> str:
    return parent.profession.name if parent.profession is not None else parent.job


def workplace_of(parent: Parent) -> str:
    if parent.company is not None:
        return parent.company.name
    return parent.company_text


def offers_of(parent: Parent) -> frozenset[ParentOffer]:
    return frozenset(o for o, column in _OFFER_COLUMNS.items() if getattr(parent, column))


def list_parents(session: Session, school_year: str) -> list[ParentInfo]:
    """The parents whose child is at school in ``school_year`` (the class of that year on
    the line of the class they were entered in), by class and first name."""
    lines = class_successors(session)
    found = []
    for parent in session.scalars(parents_query()):
        here = lines.in_year(parent.class_id, school_year) if parent.class_id in lines.classes else []
        if not here:
            continue
        name, grade, _label = lines.classes[here[0]]
        world = parent.profession.world if parent.profession is not None else None
        found.append(
            ParentInfo(
                id=parent.id,
                first_name=parent.first_name,
                class_id=here[0],
                class_name=name,
                grade=grade,
                job=job_of(parent),
                world=world.name if world is not None else None,
                company=workplace_of(parent),
                offers=offers_of(parent),
                consent_date=parent.consent_date,
                counter_stereotypical=parent.counter_stereotypical,
                note=parent.note,
                role_model_id=parent.role_model.id if parent.role_model is not None else None,
                other_classes=tuple(lines.classes[c][0] for c in here[1:]),
                version=parent.version,
            )
        )
    return sorted(found, key=lambda p: (p.grade, name_key(p.class_name), name_key(p.first_name), p.id))


def parent_or_error(session: Session, parent_id: int) -> Parent:
    parent = session.get(Parent, parent_id)
    if parent is None:
        raise NotFoundError(
            "Deze ouder staat niet (meer) in het register; misschien is die net verwijderd.",
            key="parent-gone",
        )
    return parent


def parent_details(session: Session, parent_id: int) -> ParentDetails:
    """The parent as the register's dialog edits it."""
    parent = parent_or_error(session, parent_id)
    return ParentDetails(
        first_name=parent.first_name,
        class_id=parent.class_id,
        consent_date=parent.consent_date,
        profession=parent.profession.key if parent.profession is not None else parent.job,
        company_id=parent.company_id,
        company_text=parent.company_text,
        offers=offers_of(parent),
        counter_stereotypical=parent.counter_stereotypical,
        note=parent.note,
    )


def parent_version(session: Session, parent_id: int) -> int | None:
    """The parent's row version now (None when gone), for a form that edits it."""
    return session.scalar(select(Parent.version).where(Parent.id == parent_id))


# --- writing -----------------------------------------------------------------------------


def _refuse_characters(text: str, field: str, what: str, *, lines: bool = False) -> None:
    problem = character_problem(text, lines=lines)
    if problem is not None:
        raise InvalidInputError(
            f"{what}: {problem}", key="character-problem", field=field,
            char=problem_character(text, lines=lines),
        )


def _first_name(session: Session, details: ParentDetails, except_id: int | None, new: bool) -> str:
    clean = details.first_name.strip()
    if not clean:
        raise InvalidInputError("Vul de voornaam van de ouder in.", key="parent-name-empty")
    _refuse_characters(clean, "parent-name", "De voornaam van de ouder")
    if len(clean) > NAME_MAX:
        raise InvalidInputError(
            f"Die naam is te lang (hoogstens {NAME_MAX} tekens). Een voornaam is genoeg.",
            key="parent-name-too-long",
            max=NAME_MAX,
        )
    if new:
        try:
            display_name_from(clean)
        except PupilNameError as exc:
            reason = exc.reason[:1].upper() + exc.reason[1:]
            raise InvalidInputError(reason, key=exc.key, **dict(exc.values)) from None
    others = session.scalars(
        select(Parent.first_name).where(Parent.class_id == details.class_id, Parent.id != (except_id or 0))
    )
    same = next((other for other in others if name_key(other) == name_key(clean)), None)
    if same is not None:
        class_name = class_by_id(session, details.class_id).name
        raise InvalidInputError(
            f"Er staat al een ouder '{visible(same)}' bij {visible(class_name)} in het register. "
            "Voeg de eerste letter van de achternaam toe, bijvoorbeeld "
            f"'{visible(same.split()[0])} A.', of pas de bestaande ouder aan.",
            key="parent-exists",
            name=visible(same),
            class_name=visible(class_name),
            first=visible(same.split()[0]),
        )
    return clean


def _consent(details: ParentDetails, today: dt.date | None) -> dt.date:
    if details.consent_date is None:
        raise InvalidInputError(
            "Vul de datum in waarop de ouder toestemming gaf (bijvoorbeeld de datum op het "
            "teruggegeven strookje). Zonder toestemming komt een ouder niet in het register.",
            key="parent-consent-missing",
        )
    if details.consent_date > (today or dt.date.today()):
        raise InvalidInputError(
            f"De datum van toestemming ({details.consent_date:%d-%m-%Y}) ligt in de toekomst. "
            "Vul de datum in waarop de ouder toestemming gaf.",
            key="parent-consent-in-future",
            date=details.consent_date,
        )
    return details.consent_date


def _text(value: str, field: str, what: str, limit: int, *, lines: bool = False) -> str:
    clean = value.strip() if lines else " ".join(value.split())
    _refuse_characters(clean, field, what, lines=lines)
    if len(clean) > limit:
        raise InvalidInputError(
            f"{what} is te lang (hoogstens {limit} tekens).",
            key="field-too-long",
            field=field,
            max=limit,
        )
    return clean


def _profession(session: Session, text: str) -> Profession | None:
    """The catalog's profession with this key or (ignoring case) this name."""
    if not text:
        return None
    found = session.scalar(select(Profession).where(Profession.key == text))
    if found is not None:
        return found
    wanted = text.casefold()
    return next(
        (p for p in session.scalars(select(Profession).order_by(Profession.id)) if p.name.casefold() == wanted),
        None,
    )


def _fill(
    session: Session,
    parent: Parent,
    details: ParentDetails,
    *,
    new_name: bool,
    today: dt.date | None,
    role_model_id: int | None = None,
) -> None:
    class_by_id(session, details.class_id)  # a Dutch NotFoundError for a removed class
    first_name = _first_name(session, details, parent.id, new_name)
    consent = _consent(details, today)
    job = _text(details.profession, "parent-job", "Het beroep", JOB_MAX)
    workplace = _text(details.company_text, "parent-company", "De werkplek", JOB_MAX)
    note = _text(details.note, "parent-note", "De notitie", NOTE_MAX, lines=True)
    company = None
    if details.company_id is not None:
        company = session.get(Company, details.company_id)
        if company is None:
            raise NotFoundError(
                "Dit bedrijf bestaat niet meer; misschien is het net verwijderd.", key="company-gone"
            )
    profession = _profession(session, job)
    parent.class_id = details.class_id
    parent.first_name = first_name
    parent.consent_date = consent
    parent.profession = profession
    parent.job = "" if profession is not None else job
    parent.company = company
    parent.company_text = "" if company is not None else workplace
    parent.counter_stereotypical = details.counter_stereotypical
    parent.note = note
    for offer, column in _OFFER_COLUMNS.items():
        setattr(parent, column, offer in details.offers)
    _keep_role_model(session, parent, role_model_id)


def _keep_role_model(session: Session, parent: Parent, role_model_id: int | None) -> None:
    """The parent's role model, equal to the parent (no company: a parent's own);
    a new one under ``role_model_id`` when that id is free."""
    role = parent.role_model
    if role is None:
        free = role_model_id is not None and session.get(RoleModel, role_model_id) is None
        role = parent.role_model = RoleModel(
            id=role_model_id if free else None, name=parent.first_name, is_parent=True
        )
    role.company = None
    role.name = parent.first_name
    role.profession = parent.profession
    role.profession_text = parent.job
    role.counter_stereotypical = parent.counter_stereotypical
    role.is_parent = True


def add_parent(
    session: Session,
    details: ParentDetails,
    *,
    today: dt.date | None = None,
    parent_id: int | None = None,
    role_model_id: int | None = None,
    undoing: bool = False,
) -> int:
    """Put a parent in the register; returns the id. Refuses (Dutch, keyed) a name with a
    surname, a missing or future consent date, and texts that do not fit. ``parent_id``
    and ``role_model_id``: the ids to use when they are free, and ``undoing`` (the name and
    date were accepted before): an undo puts a removed parent back."""
    free = parent_id is not None and session.get(Parent, parent_id) is None
    parent = Parent(id=parent_id if free else None)
    _fill(
        session, parent, details, new_name=not undoing, today=dt.date.max if undoing else today,
        role_model_id=role_model_id,
    )
    session.add(parent)
    session.flush()
    return parent.id


def save_parent(
    session: Session,
    parent_id: int,
    details: ParentDetails,
    *,
    expected_version: int | None = None,
    undoing: bool = False,
    today: dt.date | None = None,
) -> ParentDetails:
    """Change a parent; returns what was saved before (for undo). With
    ``expected_version`` a parent a colleague saved since is refused
    (``row_versions.ChangedByColleagueError``, with both versions). ``undoing``: the name
    was stored before, so it is not held to the name rule again."""
    ensure_version(
        session, Parent, parent_id, expected_version,
        newer=lambda: parent_details(session, parent_id), mine=details,
    )
    before = parent_details(session, parent_id)
    parent = parent_or_error(session, parent_id)
    # A name kept as it was is not held to the rule again (it may predate it).
    new_name = not undoing and name_key(details.first_name.strip()) != name_key(parent.first_name)
    _fill(session, parent, details, new_name=new_name, today=dt.date.max if undoing else today)
    session.flush()
    return before


@dataclass(frozen=True)
class RemovedParent:
    """A removed parent: enough to put it back, with its place as a guest in chains."""

    id: int
    details: ParentDetails
    role_model_id: int | None
    guest_in: tuple[int, ...]


def guest_chains(session: Session, role_model_id: int | None) -> list[int]:
    if role_model_id is None:
        return []
    return sorted(
        session.scalars(
            select(chain_role_models.c.chain_id).where(chain_role_models.c.role_model_id == role_model_id)
        )
    )


def remove_parent(session: Session, parent_id: int, *, expected_version: int | None = None) -> RemovedParent:
    """Take a parent out of the register (and out of the chains it was a guest in); returns
    what ``restore_parent`` needs."""
    ensure_version(session, Parent, parent_id, expected_version, newer=lambda: parent_details(session, parent_id), mine=None)
    details = parent_details(session, parent_id)
    parent = parent_or_error(session, parent_id)
    role_id = parent.role_model.id if parent.role_model is not None else None
    chains = guest_chains(session, role_id)
    removed = RemovedParent(parent_id, details, role_id, tuple(chains))
    erase_parents(session, [parent_id], chains)
    return removed


def restore_parent(session: Session, removed: RemovedParent) -> int:
    """Put a removed parent back (under its old ids when free), a guest again in the chains
    it was a guest in that still exist."""
    # The same ids as before when free, so the chains' undo steps still find the guest.
    parent_id = add_parent(
        session, removed.details, parent_id=removed.id, role_model_id=removed.role_model_id,
        undoing=True,
    )
    role = parent_or_error(session, parent_id).role_model
    assert role is not None
    role_id = role.id
    chains = list(session.scalars(select(Chain.id).where(Chain.id.in_(removed.guest_in))))
    if chains:
        session.execute(
            chain_role_models.insert(), [{"chain_id": c, "role_model_id": role_id} for c in chains]
        )
        raise_versions(session, "chains", chains)
    session.flush()
    return parent_id


def erase_parents(session: Session, parent_ids: Sequence[int], chains: Iterable[int]) -> None:
    """Delete parents with their role models and links; the chains they were a guest in get
    a new version (their guest is gone)."""
    chains = sorted(set(chains))
    roles = select(RoleModel.id).where(RoleModel.parent_id.in_(list(parent_ids)))
    session.execute(delete(chain_role_models).where(chain_role_models.c.role_model_id.in_(roles)))
    session.execute(delete(RoleModel).where(RoleModel.parent_id.in_(list(parent_ids))))
    session.execute(delete(Parent).where(Parent.id.in_(list(parent_ids))))
    if chains:
        raise_versions(session, "chains", chains)
    session.expire_all()


def parents_of_class(session: Session, class_id: int) -> int:
    """How many parents the register holds with this class as stored."""
    return session.scalar(select(func.count(Parent.id)).where(Parent.class_id == class_id)) or 0


@dataclass(frozen=True)
class ParentChoices:
    """What the register's dialog offers: the catalog's professions and the network's
    companies (id, name, place), each by name."""

    professions: tuple[str, ...]
    companies: tuple[tuple[int, str, str], ...]


def parent_choices(session: Session) -> ParentChoices:
    """The professions and companies the dialog completes a typed job and workplace from."""
    professions = tuple(sorted(session.scalars(select(Profession.name)), key=str.casefold))
    companies = tuple(
        sorted(
            ((c_id, name, place) for c_id, name, place in session.execute(
                select(Company.id, Company.name, Company.place)
            )),
            key=lambda c: (c[1].casefold(), c[2].casefold(), c[0]),
        )
    )
    return ParentChoices(professions, companies)


def guest_choices(session: Session, class_id: int) -> list[ParentInfo]:
    """The parents the chain builder offers as a guest for a chain of this class: those
    whose child is at school in the class's school year, the class's own first."""
    label = class_by_id(session, class_id).school_year.label
    return sorted(list_parents(session, label), key=lambda p: p.class_id != class_id)
