"""The company network as the coordinator edits it: one company read, created, changed
and deleted as plain ``CompanyDetails``, with Dutch refusals that write nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from beroepsplanner.domain.company_details import (
    CompanyDetails,
    ContactDetails,
    RoleModelDetails,
    field_problems,
    looks_like_email,
)
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.companies import list_companies
from beroepsplanner.store.company_network import (
    choices,
    company_details,
    create_company,
    delete_company,
    update_company,
)
from beroepsplanner.store.models import Company, CompanyContact, RoleModel, chain_role_models
from beroepsplanner.store.sessions import Database


@pytest.fixture
def demo(make_database: Callable[[str], Database]) -> Database:
    """A private copy of the demo school (12 companies, 23 chains), on SQLite and on
    PostgreSQL (tests/conftest.py, make_database)."""
    return make_database("demo")


def company_id(database: Database, name: str) -> int:
    with database.session() as session:
        return session.scalars(select(Company.id).where(Company.name == name)).one()


def details_of(database: Database, company: int) -> CompanyDetails:
    with database.session() as session:
        return company_details(session, company)


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def links_of(database: Database, company: int) -> set[tuple[str, int]]:
    """(role model name, chain id) for every chain link of the company's role models."""
    with database.session() as session:
        rows = session.execute(
            select(RoleModel.name, chain_role_models.c.chain_id)
            .join(chain_role_models, chain_role_models.c.role_model_id == RoleModel.id)
            .where(RoleModel.company_id == company)
        )
        return {(name, chain) for name, chain in rows}


WERKPLAATS = CompanyDetails(
    name="Fietswerkplaats De Spaak",
    place="Utrecht",
    address="Spaakstraat 12",
    description="Repareert en bouwt fietsen; ook e-bikes.",
    min_grade=4,
    capacity=12,
    confirmed_years=("2026-2027",),
    safety_checked=False,
    safety_notes="Veiligheidsbril bij de slijptafel.",
    notes="Liever op dinsdag.",
    worlds=("wonen-werken-verkeer", "handel-verkoop"),
    professions=("automonteur", "bakker"),
    contacts=(
        ContactDetails("Ayşe Yılmaz", "eigenaar", "ayse@despaak.example", "030-1234567"),
        ContactDetails("Łukasz Nowak", "monteur", "", "06-12345678"),
    ),
    role_models=(
        RoleModelDetails(
            "Ayşe Yılmaz", "automonteur", "Repareert elektrische fietsen.", True, False
        ),
        RoleModelDetails("Łukasz Nowak", "fietsenmaker", "Bouwt racefietsen.", False, True),
    ),
)


# --- reading and creating --------------------------------------------------------------


def test_created_company_reads_back_with_contacts_worlds_professions_and_role_models(
    demo: Database,
) -> None:
    with demo.transaction() as session:
        new_id = create_company(session, WERKPLAATS)

    stored = details_of(demo, new_id)
    assert stored == WERKPLAATS
    assert [c.name for c in stored.contacts] == ["Ayşe Yılmaz", "Łukasz Nowak"]
    # A catalog profession is kept by key, anything else as the typed text.
    assert [r.profession for r in stored.role_models] == ["automonteur", "fietsenmaker"]
    assert stored.used_by == ()
    assert any(row.id == new_id for row in _listed(demo))


def test_text_is_trimmed_and_a_typed_catalog_profession_name_becomes_its_key(
    demo: Database,
) -> None:
    typed = dataclasses.replace(
        WERKPLAATS,
        name="  Fietswerkplaats De Spaak ",
        contacts=(ContactDetails(" Ayşe Yılmaz ", email=" ayse@despaak.example "),),
        role_models=(RoleModelDetails("Łukasz Nowak", "Automonteur"),),
    )
    with demo.transaction() as session:
        new_id = create_company(session, typed)

    stored = details_of(demo, new_id)
    assert stored.name == "Fietswerkplaats De Spaak"
    assert stored.contacts == (ContactDetails("Ayşe Yılmaz", email="ayse@despaak.example"),)
    assert stored.role_models[0].profession == "automonteur"


def test_choices_list_the_seven_worlds_in_order_before_the_sectors(demo: Database) -> None:
    with demo.session() as session:
        offered = choices(session)
    names = [w.name for w in offered.worlds]
    assert names[0] == "Mens & Gezondheid"
    assert names[6] == "Hi-tech & Science"
    assert names[7:] == sorted(names[7:], key=str.casefold)
    assert "automonteur" in {p.key for p in offered.professions}


def test_reading_a_missing_company_is_a_dutch_not_found(demo: Database) -> None:
    with demo.session() as session, pytest.raises(NotFoundError, match="bestaat niet"):
        company_details(session, 99_999)


# --- refusals ------------------------------------------------------------------------


def test_a_name_is_unique_per_place_ignoring_case(demo: Database) -> None:
    with demo.transaction() as session:
        create_company(session, WERKPLAATS)
    companies_before = count(demo, Company)

    shouting = dataclasses.replace(WERKPLAATS, name="FIETSWERKPLAATS de spaak", place="utrecht")
    with pytest.raises(InvalidInputError, match="Er is al een bedrijf") as refusal:
        with demo.transaction() as session:
            create_company(session, shouting)
    assert "in utrecht" in str(refusal.value)
    assert count(demo, Company) == companies_before

    # The same name in another place is another company.
    with demo.transaction() as session:
        create_company(session, dataclasses.replace(WERKPLAATS, place="Zeist"))
    assert count(demo, Company) == companies_before + 1


def test_renaming_onto_another_company_is_refused_but_a_change_of_case_is_not(
    demo: Database,
) -> None:
    bakery = company_id(demo, "Bakkerij Van den Hoek")
    details = details_of(demo, bakery)
    taken = dataclasses.replace(details, name="autobedrijf EEMZICHT")
    with pytest.raises(InvalidInputError, match="Autobedrijf|autobedrijf"):
        with demo.transaction() as session:
            update_company(session, bakery, taken)
    assert details_of(demo, bakery) == details

    recased = dataclasses.replace(details, name="BAKKERIJ Van den Hoek")
    with demo.transaction() as session:
        update_company(session, bakery, recased)
    assert details_of(demo, bakery).name == "BAKKERIJ Van den Hoek"


def test_bad_email_addresses_and_empty_names_are_all_named_and_nothing_is_written(
    demo: Database,
) -> None:
    wrong = CompanyDetails(
        name="   ",
        min_grade=9,
        capacity=0,
        worlds=("geen-wereld",),
        contacts=(
            ContactDetails("Ayşe Yılmaz", email="ayse@despaak"),
            ContactDetails("", email="lukasz nowak@despaak.example"),
        ),
        role_models=(RoleModelDetails(" "),),
    )
    companies, contacts = count(demo, Company), count(demo, CompanyContact)

    with pytest.raises(InvalidInputError) as refusal:
        with demo.transaction() as session:
            create_company(session, wrong)

    lines = str(refusal.value).splitlines()
    assert "Vul de naam van het bedrijf in." in lines
    assert "Vul de naam van contactpersoon 2 in." in lines
    assert "Vul de naam van rolmodel 1 in." in lines
    assert any("'ayse@despaak'" in line and "Ayşe Yılmaz" in line for line in lines)
    assert any("'lukasz nowak@despaak.example'" in line for line in lines)
    assert any("'Vanaf groep' is 9" in line for line in lines)
    assert any("groter dan 0" in line for line in lines)
    assert "Onbekende wereld 'geen-wereld'." in lines
    assert len(lines) == 8
    assert (count(demo, Company), count(demo, CompanyContact)) == (companies, contacts)


def test_a_refused_update_leaves_the_company_as_it_was(demo: Database) -> None:
    garage = company_id(demo, "Autobedrijf Eemzicht")
    before = details_of(demo, garage)
    wrong = dataclasses.replace(
        before,
        name="Autobedrijf Eemzicht (nieuw)",
        contacts=(ContactDetails("Łukasz Nowak", email="lukasz@@eemzicht.example"),),
        role_models=(),
    )
    with pytest.raises(InvalidInputError, match="lukasz@@eemzicht.example"):
        with demo.transaction() as session:
            update_company(session, garage, wrong)
    assert details_of(demo, garage) == before


def test_updating_a_deleted_company_is_a_dutch_not_found(demo: Database) -> None:
    with pytest.raises(NotFoundError, match="Bedrijf nummer 424242"):
        with demo.transaction() as session:
            update_company(session, 424242, WERKPLAATS)


@pytest.mark.parametrize(
    ("address", "fine"),
    [
        ("naam@bedrijf.nl", True),
        ("a.b-c@sub.bedrijf.example", True),
        ("naam@bedrijf", False),
        ("naam bedrijf.nl", False),
        ("naam@@bedrijf.nl", False),
        ("naam@bedrijf.", False),
        ("naam@.bedrijf", False),
        ("@bedrijf.nl", False),
        ("", False),
    ],
)
def test_looks_like_email(address: str, fine: bool) -> None:
    assert looks_like_email(address) is fine


def test_field_problems_is_empty_for_a_good_company() -> None:
    assert field_problems(WERKPLAATS) == []
    assert field_problems(CompanyDetails(name="X", min_grade=None, capacity=None)) == []


# --- updating --------------------------------------------------------------------------


def test_update_replaces_contacts_and_role_models_but_a_kept_role_model_keeps_its_chains(
    demo: Database,
) -> None:
    care = company_id(demo, "Zorgcentrum De Linde")
    before = details_of(demo, care)
    joris = next(r for r in before.role_models if r.name == "Joris de Boer")
    assert joris.linked_chains  # the demo links him to chains
    with demo.session() as session:
        joris_row = session.scalars(select(RoleModel.id).where(RoleModel.name == joris.name)).one()

    changed = dataclasses.replace(
        before,
        contacts=(ContactDetails("Łukasz Nowak", "teamleider", "l.nowak@delinde.example"),),
        role_models=(
            RoleModelDetails("Ayşe Yılmaz", "Verpleegkundige in opleiding"),
            # Edited, and without the links in its details: the row is kept by name.
            dataclasses.replace(joris, description="Nu teamleider.", linked_chains=()),
        ),
    )
    with demo.transaction() as session:
        update_company(session, care, changed)

    after = details_of(demo, care)
    assert after.contacts == changed.contacts
    # Role models come in the order of their names.
    assert [r.name for r in after.role_models] == ["Ayşe Yılmaz", "Joris de Boer"]
    kept = next(r for r in after.role_models if r.name == "Joris de Boer")
    assert kept.description == "Nu teamleider."
    assert kept.linked_chains == joris.linked_chains
    with demo.session() as session:
        assert session.scalars(
            select(RoleModel.id).where(RoleModel.name == "Joris de Boer")
        ).one() == joris_row
        # Anja Kuipers is gone, and with her the links to her chains.
        anja = select(RoleModel).where(RoleModel.name == "Anja Kuipers")
        assert session.scalars(anja).all() == []
    assert {name for name, _ in links_of(demo, care)} == {"Joris de Boer"}


def test_a_kept_role_model_does_not_get_back_a_link_removed_meanwhile(demo: Database) -> None:
    care = company_id(demo, "Zorgcentrum De Linde")
    loaded = details_of(demo, care)  # the form loads Joris with his chains ...
    joris = next(r for r in loaded.role_models if r.name == "Joris de Boer")
    removed = joris.linked_chains[0]
    with demo.transaction() as session:  # ... meanwhile a teacher unlinks him from a chain
        session.execute(
            chain_role_models.delete().where(chain_role_models.c.chain_id == removed)
        )
    with demo.transaction() as session:  # ... and the form saves its (older) details
        update_company(session, care, dataclasses.replace(loaded, notes="Gebeld."))

    assert ("Joris de Boer", removed) not in links_of(demo, care)
    assert details_of(demo, care).notes == "Gebeld."


def test_undoing_an_update_gives_the_original_back_with_its_chain_links(demo: Database) -> None:
    care = company_id(demo, "Zorgcentrum De Linde")
    original = details_of(demo, care)
    links = links_of(demo, care)

    # Renaming Joris makes a new row; his links travel with his details.
    renamed = dataclasses.replace(
        original,
        place="Leusden-Zuid",
        capacity=None,
        worlds=("mens-gezondheid",),
        role_models=tuple(
            dataclasses.replace(r, name="Joris de Boer-Yılmaz") if r.name == "Joris de Boer" else r
            for r in original.role_models
        ),
    )
    with demo.transaction() as session:
        update_company(session, care, renamed)
    after_rename = details_of(demo, care)
    assert after_rename == renamed
    first_chain = original.role_models[0].linked_chains[0]
    assert ("Joris de Boer-Yılmaz", first_chain) in links_of(demo, care)

    # Undo: the previous details written back.
    with demo.transaction() as session:
        update_company(session, care, original)
    assert details_of(demo, care) == original
    assert links_of(demo, care) == links
    # Redo: and once more.
    with demo.transaction() as session:
        update_company(session, care, after_rename)
    assert details_of(demo, care) == renamed


# --- deleting --------------------------------------------------------------------------


def test_deleting_a_company_that_a_chain_uses_is_refused_naming_the_chain(
    demo: Database,
) -> None:
    bakery = company_id(demo, "Bakkerij Van den Hoek")
    before = details_of(demo, bakery)
    (use,) = before.used_by
    companies = count(demo, Company)

    with pytest.raises(InvalidInputError) as refusal:
        with demo.transaction() as session:
            delete_company(session, bakery)

    message = str(refusal.value)
    assert "'Bakkerij Van den Hoek' wordt gebruikt door 1 keten" in message
    assert use.class_name in message
    assert use.activity_title in message
    assert use.date.strftime("%d-%m-%Y") in message
    assert count(demo, Company) == companies
    assert details_of(demo, bakery) == before


def test_deleting_a_company_whose_role_model_a_chain_names_is_refused(demo: Database) -> None:
    bakery_chain = details_of(demo, company_id(demo, "Bakkerij Van den Hoek")).used_by[0].chain_id
    linked = dataclasses.replace(
        WERKPLAATS,
        role_models=(
            dataclasses.replace(WERKPLAATS.role_models[0], linked_chains=(bakery_chain,)),
        ),
    )
    with demo.transaction() as session:
        new_id = create_company(session, linked)
    assert [u.chain_id for u in details_of(demo, new_id).used_by] == [bakery_chain]

    with pytest.raises(InvalidInputError, match="1 keten"):
        with demo.transaction() as session:
            delete_company(session, new_id)
    assert details_of(demo, new_id) == linked


def test_deleting_an_unused_company_removes_it_and_creating_it_again_restores_it(
    demo: Database,
) -> None:
    printer = company_id(demo, "Drukkerij De Eemlijn")
    before = details_of(demo, printer)
    assert before.used_by == ()
    contacts = count(demo, CompanyContact)

    with demo.transaction() as session:
        delete_company(session, printer)
    assert printer not in {c.id for c in _listed(demo)}
    assert count(demo, CompanyContact) == contacts - len(before.contacts)

    with demo.transaction() as session:
        again = create_company(session, before)
    assert again != printer
    assert details_of(demo, again) == before


def test_a_long_list_of_chains_is_shortened_in_the_refusal(demo: Database) -> None:
    koster = company_id(demo, "Transportbedrijf Koster")
    uses = details_of(demo, koster).used_by
    assert len(uses) == 2
    with pytest.raises(InvalidInputError, match="2 ketens") as refusal:
        with demo.transaction() as session:
            delete_company(session, koster)
    assert "die ketens" in str(refusal.value)


def test_the_list_counts_the_chains_of_each_company(demo: Database) -> None:
    rows = {row.name: row for row in _listed(demo)}
    assert rows["Transportbedrijf Koster"].chains == 2
    assert rows["Drukkerij De Eemlijn"].chains == 0
    assert rows["Zorgcentrum De Linde"].chains == 2


def _listed(database: Database):
    with database.session() as session:
        return list_companies(session)


def test_control_characters_in_the_form_are_refused_field_by_field(demo: Database) -> None:
    wrong = CompanyDetails(
        name="Bakker\x1b[2J BV",
        place="Ede\u202e",
        notes="regel 1\n\tregel 2",  # notes may have lines and tabs
        description="goed\x07",
        contacts=(ContactDetails("Ayşe\x00", phone="06\x9b"),),
        role_models=(RoleModelDetails("Noor\tBakker"),),
    )
    companies = count(demo, Company)
    with pytest.raises(InvalidInputError) as refusal:
        with demo.transaction() as session:
            create_company(session, wrong)
    message = str(refusal.value)
    for line in (
        "De naam van het bedrijf: de tekst bevat een onzichtbaar stuurteken (\\x1b, Escape)",
        "De plaats: de tekst bevat een onzichtbaar teken dat de schrijfrichting omdraait (\\u202e)",
        "De beschrijving: de tekst bevat een onzichtbaar stuurteken (\\x07, BEL)",
        "De naam van contactpersoon 1: de tekst bevat een onzichtbaar stuurteken (\\x00, NUL)",
        "Het telefoonnummer van contactpersoon 1: de tekst bevat een onzichtbaar stuurteken (\\x9b)",
        "De naam van rolmodel 1: de tekst bevat een tab (\\t); een naam past op één regel.",
    ):
        assert line in message
    assert "De notities" not in message
    assert not any(ch in message for ch in "\x00\x07\x1b\x9b\u202e\t")
    assert count(demo, Company) == companies
    assert field_problems(dataclasses.replace(wrong, name="Bakker BV", place="Ede", description="",
                                              contacts=(), role_models=())) == []
