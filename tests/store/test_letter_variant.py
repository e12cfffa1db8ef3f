"""A chain's parent-letter variant (issue 17 item 5) is stored with the chain: saved and
loaded by the chain builder's form, copied to next year's chain, carried by ``db copy``,
and read the same by the store's document and the quick print."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from beroepsplanner.domain.kinds import LetterVariant
from beroepsplanner.store import document_query
from beroepsplanner.store.chain_editing import load_chain_form, save_chain_form
from beroepsplanner.store.database import open_database
from beroepsplanner.store.documents import chain_document_by_id
from beroepsplanner.store.models import Chain
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.copy import copy_database
from beroepsplanner.store.years import plan_next_year, start_next_year


def _variants(database: Database) -> dict[str, LetterVariant]:
    with database.session() as session:
        return {
            chain.uid: chain.letter_variant for chain in session.scalars(select(Chain))
        }


def test_the_form_saves_and_loads_the_variant_and_the_document_has_it(
    make_database: Callable[[str], Database],
) -> None:
    database = make_database("demo")
    with database.session() as session:
        chain_id = session.scalars(select(Chain.id).order_by(Chain.id)).first()
        assert chain_id is not None
        form = load_chain_form(session, chain_id)
    assert form.letter_variant is LetterVariant.BROAD  # what every chain had before
    with database.transaction() as session:
        save_chain_form(
            session, dataclasses.replace(form, letter_variant=LetterVariant.CONCRETE), chain_id
        )
    with database.session() as session:
        assert load_chain_form(session, chain_id).letter_variant is LetterVariant.CONCRETE
        orm = chain_document_by_id(session, chain_id)
    raw = database.engine.raw_connection()
    try:
        plain = document_query.chain_document(raw.driver_connection, chain_id)
    finally:
        raw.close()
    assert orm.letter_variant is plain.letter_variant is LetterVariant.CONCRETE
    assert orm == plain


def test_next_years_chain_keeps_the_variant(demo_db: Database) -> None:
    with demo_db.session() as session:
        studio = next(
            c for c in session.scalars(select(Chain))
            if c.company is not None and c.company.name == "Gamestudio Pixelpolder"
        )
        assert studio.letter_variant is LetterVariant.CONCRETE
        studio_id = studio.id
    with demo_db.transaction() as session:
        start_next_year(session, plan_next_year(session))
    with demo_db.session() as session:
        copies = list(session.scalars(select(Chain).where(Chain.origin_chain_id == studio_id)))
        assert copies and all(c.letter_variant is LetterVariant.CONCRETE for c in copies)
        others = session.scalars(
            select(Chain).where(Chain.origin_chain_id.is_not(None), Chain.origin_chain_id != studio_id)
        ).all()
        assert others and all(c.letter_variant is LetterVariant.BROAD for c in others)


def test_db_copy_carries_the_variant(demo_file: Path, tmp_path: Path) -> None:
    school, target = tmp_path / "school.db", tmp_path / "kopie.db"
    shutil.copyfile(demo_file, school)
    copy_database(school, target)
    source, copy = open_database(school), open_database(target)
    try:
        variants = _variants(copy)
        assert variants == _variants(source)
        assert LetterVariant.CONCRETE in variants.values()
    finally:
        source.close()
        copy.close()
