"""A company of the network as the coordinator's form shows and edits it.

Plain frozen dataclasses: ``store.company_network`` reads and writes them, the
window fills its form from them and hands them back. The checks that need no
database (required name, grades, capacity, e-mail addresses) live here too, so
the form, a future import and the tests apply the same rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from beroepsplanner.domain.evaluation import ChainEvaluation
from beroepsplanner.domain.kinds import ChainStatus
from beroepsplanner.domain.problems import Problem
from beroepsplanner.domain.text import character_problem, problem_character

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
    """A chain that uses the company, or one of its role models: the company's history
    across school years, with the chain's evaluation (``domain/evaluation.py``)."""

    chain_id: int
    class_name: str
    activity_title: str
    date: dt.date
    status: ChainStatus
    school_year: str = ""
    visits: bool = True
    """The chain's company is this one (False: it only has one of its role models)."""
    evaluation: ChainEvaluation | None = None
    """The chain's evaluation, when the chain visits this company and was evaluated."""


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
    ``used_by``, ``confirmation_years`` (the years the form offers) and ``version``
    are read-only: the store fills them and ignores them on saving.
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
    version: int | None = field(default=None, compare=False)
    """The company's row version when read: a save sends it back, so a colleague's save
    in between is not overwritten (``store/row_versions.py``)."""

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
    if not address or address.count("@") != 1 or "".join(address.split()) != address:
        return False
    local, domain = address.split("@")
    return bool(local) and "." in domain and not domain.startswith(".") and not domain.endswith(".")


def field_problems(details: CompanyDetails) -> list[str]:
    """Dutch messages for every field of ``details`` that cannot be saved; empty when fine.

    Checks what needs no database: the name, lengths, characters (no control
    characters; names on one line), groep, capacity, the contacts' names and
    e-mail addresses, and the role models' names. Whether the name is unique in
    its place, and whether keys exist, the store checks. Each message is a ``Problem``
    with a key and values (a field by key, with the ``number`` of its contact or role
    model and the name it has, ``who``), so the window can say it in English.
    """
    problems: list[str] = []
    name = details.name.strip()
    if not name:
        problems.append(Problem("Vul de naam van het bedrijf in.", "", "company-name-missing"))
    _check_length(problems, _Field("company-name"), name, MAX_NAME)
    _check_length(problems, _Field("company-place"), details.place.strip(), MAX_NAME)
    _check_length(problems, _Field("company-address"), details.address.strip(), MAX_ADDRESS)
    _check_characters(problems, details)
    if details.min_grade is not None and not 1 <= details.min_grade <= 8:
        problems.append(
            Problem(
                f"'Vanaf groep' is {details.min_grade}; kies een groep van 1 tot en met 8, of laat het leeg.",
                "",
                "company-min-grade-invalid",
                grade=details.min_grade,
            )
        )
    if details.capacity is not None and details.capacity <= 0:
        problems.append(
            Problem(
                f"Het aantal leerlingen dat het bedrijf tegelijk kan ontvangen is {details.capacity}; "
                "vul een aantal groter dan 0 in, of laat het leeg als het niet bekend is.",
                "",
                "company-capacity-invalid",
                capacity=details.capacity,
            )
        )
    for number, contact in enumerate(details.contacts, start=1):
        who = contact.name.strip()
        if not who:
            problems.append(
                Problem(f"Vul de naam van contactpersoon {number} in.", "", "contact-name-missing", number=number)
            )
        _check_length(problems, _Field("contact-name", number), who, MAX_NAME)
        _check_length(problems, _Field("contact-role", number, who), contact.role.strip(), MAX_NAME)
        _check_length(problems, _Field("contact-phone", number, who), contact.phone.strip(), MAX_PHONE)
        email = contact.email.strip()
        if email and (not looks_like_email(email) or len(email) > MAX_EMAIL):
            problems.append(
                Problem(
                    f"Het e-mailadres '{email}' van {who or f'contactpersoon {number}'} klopt niet. "
                    "Een e-mailadres heeft één @, geen spaties en een punt na de @, "
                    "zoals naam@bedrijf.nl.",
                    "",
                    "contact-email-invalid",
                    email=email,
                    number=number,
                    who=who,
                )
            )
    for number, role_model in enumerate(details.role_models, start=1):
        who = role_model.name.strip()
        if not who:
            problems.append(
                Problem(f"Vul de naam van rolmodel {number} in.", "", "role-model-name-missing", number=number)
            )
        _check_length(problems, _Field("role-model-name", number), who, MAX_NAME)
        _check_length(
            problems, _Field("role-model-profession", number, who), role_model.profession.strip(), MAX_NAME
        )
    return problems


@dataclass(frozen=True)
class _Field:
    """A field of the form by key (``contact-role``), with the number of its contact or role
    model and that person's name (``who``, empty: "contactpersoon 2")."""

    key: str
    number: int = 0
    who: str = ""

    @property
    def dutch(self) -> str:
        person = "rolmodel" if self.key.startswith("role-model") else "contactpersoon"
        label = self.who or f"{person} {self.number}"
        return _DUTCH_FIELDS[self.key].format(label=label, number=self.number)

    def values(self) -> dict[str, object]:
        return {"field": self.key, "number": self.number, "who": self.who}


_DUTCH_FIELDS = {
    "company-name": "De naam van het bedrijf",
    "company-place": "De plaats",
    "company-address": "Het adres",
    "company-description": "De beschrijving",
    "company-safety-notes": "De veiligheidsnotities",
    "company-notes": "De notities",
    "contact-name": "De naam van contactpersoon {number}",
    "contact-role": "De functie van {label}",
    "contact-email": "Het e-mailadres van {label}",
    "contact-phone": "Het telefoonnummer van {label}",
    "role-model-name": "De naam van rolmodel {number}",
    "role-model-profession": "Het beroep van {label}",
    "role-model-description": "De beschrijving van rolmodel {number}",
}


def _check_length(problems: list[str], what: _Field, text: str, limit: int) -> None:
    if len(text) > limit:
        problems.append(
            Problem(
                f"{what.dutch} is {len(text)} tekens lang; er passen er {limit}.",
                "",
                "company-field-too-long",
                length=len(text),
                limit=limit,
                **what.values(),
            )
        )


def _check_characters(problems: list[str], details: CompanyDetails) -> None:
    """Refuse control characters (``domain/text.py``): names on one line, notes may have lines."""
    fields = [
        (_Field("company-name"), details.name, False),
        (_Field("company-place"), details.place, False),
        (_Field("company-address"), details.address, False),
        (_Field("company-description"), details.description, True),
        (_Field("company-safety-notes"), details.safety_notes, True),
        (_Field("company-notes"), details.notes, True),
    ]
    for number, contact in enumerate(details.contacts, start=1):
        fields += [
            (_Field("contact-name", number), contact.name, False),
            (_Field("contact-role", number), contact.role, False),
            (_Field("contact-email", number), contact.email, False),
            (_Field("contact-phone", number), contact.phone, False),
        ]
    for number, role_model in enumerate(details.role_models, start=1):
        fields += [
            (_Field("role-model-name", number), role_model.name, False),
            (_Field("role-model-profession", number), role_model.profession, False),
            (_Field("role-model-description", number), role_model.description, True),
        ]
    for what, text, lines in fields:
        problem = character_problem(text.strip(), lines=lines)
        if problem is not None:
            problems.append(
                Problem(
                    f"{what.dutch}: {problem}",
                    "",
                    "company-field-character",
                    char=problem_character(text.strip(), lines=lines),
                    **what.values(),
                )
            )
