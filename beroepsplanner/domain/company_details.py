"""A company of the network as the coordinator's form shows and edits it.

Plain frozen dataclasses: ``store.company_network`` reads and writes them, the
window fills its form from them and hands them back. The checks that need no
database (required name, grades, capacity, e-mail addresses) live here too, so
the form, a future import and the tests apply the same rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.text import character_problem

MAX_NAME = 200
MAX_ADDRESS = 300
MAX_EMAIL = 254
MAX_PHONE = 50


@dataclass(frozen=True)
class ContactDetails:
    """A contact person at the company."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RoleModelDetails:
    """A person pupils meet at (or through) the company.

    ``profession`` is the key of a profession of the catalog (``automonteur``)
    or, when the profession is not in the list, free text.
    ``linked_chains`` are the ids of the chains that name this role model; the
    store keeps those links on saving, also when the person is renamed, so an
    undo can restore them too.
    """

    name: str
    profession: str = ""
    description: str = ""
    counter_stereotypical: bool = False
    is_parent: bool = False
    linked_chains: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChainUse:
    """A chain that uses the company, or one of its role models."""

    chain_id: int
    class_name: str
    activity_title: str
    date: dt.date
    status: ChainStatus


@dataclass(frozen=True)
class ConfirmationYear:
    """A school year the form offers to confirm the company for; a locked year is shown
    but cannot change (last year's plan is history)."""

    label: str
    locked: bool = False


@dataclass(frozen=True)
class CompanyDetails:
    """Everything the form of one company shows.

    ``worlds`` and ``professions`` hold keys; they are sets, so they are kept
    sorted and without repeats. Role models are kept in the order of their names
    (the store cannot keep another order: a renamed person gets a new row), so
    details read back after saving equal the details saved, and an undo gives
    exactly the previous details back. Contacts keep their order: the first is
    the main contact. ``confirmed_years`` are the school years (``2026-2027``) the
    company confirmed the contact for — a company confirms again every year.
    ``used_by`` and ``confirmation_years`` (the years the form offers) are
    read-only: the store fills them and ignores them on saving.
    """

    name: str
    place: str = ""
    address: str = ""
    description: str = ""
    min_grade: int | None = None
    capacity: int | None = None
    confirmed_years: tuple[str, ...] = ()
    safety_checked: bool = False
    safety_notes: str = ""
    notes: str = ""
    worlds: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    contacts: tuple[ContactDetails, ...] = ()
    role_models: tuple[RoleModelDetails, ...] = ()
    used_by: tuple[ChainUse, ...] = field(default=(), compare=False)
    confirmation_years: tuple[ConfirmationYear, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # Frozen: normalise through object.__setattr__, once, at construction.
        object.__setattr__(self, "confirmed_years", tuple(sorted(set(self.confirmed_years))))
        object.__setattr__(self, "worlds", tuple(sorted(set(self.worlds))))
        object.__setattr__(self, "professions", tuple(sorted(set(self.professions))))
        object.__setattr__(
            self,
            "role_models",
            tuple(sorted(self.role_models, key=lambda r: r.name.strip().casefold())),
        )


@dataclass(frozen=True)
class Choice:
    """Something to pick in the form: a world or a profession, by key."""

    key: str
    name: str


@dataclass(frozen=True)
class CompanyChoices:
    """The worlds (technology first, then sectors) and professions a company can have."""

    worlds: tuple[Choice, ...]
    professions: tuple[Choice, ...]


def looks_like_email(address: str) -> bool:
    """A deliberately simple check that catches typing mistakes, not every invalid address.

    Accepted: exactly one ``@`` with text before it, no whitespace anywhere, and
    a dot in the part after the ``@`` that is neither its first nor its last
    character (``naam@bedrijf.nl``). Rejected: ``naam@bedrijf``, ``naam bedrijf.nl``,
    ``naam@@bedrijf.nl``, ``naam@bedrijf.``.
    """
    if not address or any(ch.isspace() for ch in address) or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    return bool(local) and "." in domain and not domain.startswith(".") and not domain.endswith(".")


def field_problems(details: CompanyDetails) -> list[str]:
    """Dutch messages for every field of ``details`` that cannot be saved; empty when fine.

    Checks what needs no database: the name, lengths, characters (no control
    characters; names on one line), groep, capacity, the contacts' names and
    e-mail addresses, and the role models' names. Whether the name is unique in
    its place, and whether keys exist, the store checks.
    """
    problems: list[str] = []
    name = details.name.strip()
    if not name:
        problems.append("Vul de naam van het bedrijf in.")
    _check_length(problems, "De naam van het bedrijf", name, MAX_NAME)
    _check_length(problems, "De plaats", details.place.strip(), MAX_NAME)
    _check_length(problems, "Het adres", details.address.strip(), MAX_ADDRESS)
    _check_characters(problems, details)
    if details.min_grade is not None and not 1 <= details.min_grade <= 8:
        problems.append(
            f"'Vanaf groep' is {details.min_grade}; kies een groep van 1 tot en met 8, of laat het leeg."
        )
    if details.capacity is not None and details.capacity <= 0:
        problems.append(
            f"Het aantal leerlingen dat het bedrijf tegelijk kan ontvangen is {details.capacity}; "
            "vul een aantal groter dan 0 in, of laat het leeg als het niet bekend is."
        )
    for number, contact in enumerate(details.contacts, start=1):
        who = contact.name.strip()
        if not who:
            problems.append(f"Vul de naam van contactpersoon {number} in.")
        _check_length(problems, f"De naam van contactpersoon {number}", who, MAX_NAME)
        label = who or f"contactpersoon {number}"
        _check_length(problems, f"De functie van {label}", contact.role.strip(), MAX_NAME)
        _check_length(problems, f"Het telefoonnummer van {label}", contact.phone.strip(), MAX_PHONE)
        email = contact.email.strip()
        if email and (not looks_like_email(email) or len(email) > MAX_EMAIL):
            problems.append(
                f"Het e-mailadres '{email}' van {label} klopt niet. "
                "Een e-mailadres heeft één @, geen spaties en een punt na de @, "
                "zoals naam@bedrijf.nl."
            )
    for number, role_model in enumerate(details.role_models, start=1):
        who = role_model.name.strip()
        if not who:
            problems.append(f"Vul de naam van rolmodel {number} in.")
        _check_length(problems, f"De naam van rolmodel {number}", who, MAX_NAME)
        _check_length(
            problems, f"Het beroep van {who or f'rolmodel {number}'}", role_model.profession.strip(), MAX_NAME
        )
    return problems


def _check_length(problems: list[str], what: str, text: str, limit: int) -> None:
    if len(text) > limit:
        problems.append(f"{what} is {len(text)} tekens lang; er passen er {limit}.")


def _check_characters(problems: list[str], details: CompanyDetails) -> None:
    """Refuse control characters (``domain/text.py``): names on one line, notes may have lines."""
    fields = [
        ("De naam van het bedrijf", details.name, False),
        ("De plaats", details.place, False),
        ("Het adres", details.address, False),
        ("De beschrijving", details.description, True),
        ("De veiligheidsnotities", details.safety_notes, True),
        ("De notities", details.notes, True),
    ]
    for number, contact in enumerate(details.contacts, start=1):
        fields += [
            (f"De naam van contactpersoon {number}", contact.name, False),
            (f"De functie van contactpersoon {number}", contact.role, False),
            (f"Het e-mailadres van contactpersoon {number}", contact.email, False),
            (f"Het telefoonnummer van contactpersoon {number}", contact.phone, False),
        ]
    for number, role_model in enumerate(details.role_models, start=1):
        fields += [
            (f"De naam van rolmodel {number}", role_model.name, False),
            (f"Het beroep van rolmodel {number}", role_model.profession, False),
            (f"De beschrijving van rolmodel {number}", role_model.description, True),
        ]
    for what, text, lines in fields:
        problem = character_problem(text.strip(), lines=lines)
        if problem is not None:
            problems.append(f"{what}: {problem}")
