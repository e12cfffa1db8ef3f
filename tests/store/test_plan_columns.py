"""Every column of the database is decided for the plan file (store/transfer/plan_columns.py):
carried (with its place in the file) or not carried (with a reason), so a new column is never
left out of the plan file silently."""

from __future__ import annotations

import json
from pathlib import Path

from beroepsplanner.store.models import Base
from beroepsplanner.store.transfer.plan_columns import CARRIED, NOT_CARRIED, OTHER_TABLES

SCHEMA = Path(__file__).parents[2] / "docs" / "plan-format-v2.schema.json"


def test_every_table_is_a_plan_table_or_another_with_its_reason() -> None:
    tables = set(Base.metadata.tables)
    plan_tables = set(CARRIED) | set(NOT_CARRIED)
    assert not plan_tables & set(OTHER_TABLES)
    assert tables == plan_tables | set(OTHER_TABLES), (
        f"decide in plan_columns.py: {sorted(tables ^ (plan_tables | set(OTHER_TABLES)))}"
    )
    assert all(reason.strip() for reason in OTHER_TABLES.values())


def test_every_column_of_a_plan_table_is_carried_or_not_with_a_reason() -> None:
    for name in set(CARRIED) | set(NOT_CARRIED):
        columns = {c.name for c in Base.metadata.tables[name].columns}
        carried, not_carried = CARRIED.get(name, {}), NOT_CARRIED.get(name, {})
        assert not carried.keys() & not_carried.keys(), name
        missing = columns - carried.keys() - not_carried.keys()
        assert not missing, f"{name}: decide in plan_columns.py whether the file carries {sorted(missing)}"
        assert carried.keys() | not_carried.keys() <= columns, f"{name}: columns that no longer exist"
        assert all(reason.strip() for reason in not_carried.values())


def test_every_carried_field_is_in_the_schema() -> None:
    """The last name of each carried column's place is a property of the v2 schema."""
    text = json.loads(SCHEMA.read_text(encoding="utf-8"))
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(text)
    for table, columns in CARRIED.items():
        for column, place in columns.items():
            last = place.split(" ")[0].split(".")[-1].removesuffix("[]")
            assert last in names, f"{table}.{column}: '{last}' is not in {SCHEMA.name}"
