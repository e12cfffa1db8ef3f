"""Texts sort in code point order on every kind of database (store/ordering.py): the order
never depends on a server's collation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from beroepsplanner.store.models import SchoolClass
from beroepsplanner.store.ordering import in_code_point_order
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export import export_plan

NAMES = ["groep 7a", "Groep 7b", "Groep 7 Zonnebloem", "Groep 7 Ézel", "Groep 7 zebra"]


def test_postgresql_sorts_by_code_point_whatever_the_database_collation() -> None:
    query = select(SchoolClass.id).order_by(SchoolClass.grade, in_code_point_order(SchoolClass.name))
    assert 'classes.name COLLATE "C"' in str(query.compile(dialect=postgresql.dialect()))
    assert "COLLATE" not in str(query.compile(dialect=sqlite.dialect()))


def test_classes_of_one_groep_export_in_code_point_order_on_both_kinds(
    make_database,  # type: ignore[no-untyped-def]
) -> None:
    database: Database = make_database("demo")
    with database.transaction() as session:
        year = session.scalars(select(SchoolClass.school_year_id)).first()
        for name in NAMES:
            session.add(SchoolClass(school_year_id=year, name=name, grade=7))
    with database.session() as session:
        exported = [c["name"] for c in export_plan(session)["classes"] if c["grade"] == 7]
    assert exported == sorted(exported)  # Python's str order is code point order
    assert set(NAMES) <= set(exported)
