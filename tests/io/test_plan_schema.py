"""docs/plan-format.schema.json describes exactly what the program reads and writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from beroepsplanner.errors import PlanFileError
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.io.plan_version1 import TOP_OPTIONAL, TOP_REQUIRED
from beroepsplanner.store.sessions import Database
from tests.io.plan_strategies import mutated_plans
from tests.io.plans import export, small_plan
from tests.io.schema_check import ANNOTATIONS, KEYWORDS, errors, keywords_of

SCHEMA_PATH = Path(__file__).parents[2] / "docs" / "plan-format.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

SPEC_REQUIRED = {
    (): {"format", "version", "school", "school_year", "study_days", "classes", "companies", "chains"},
    ("school",): {"name", "region"},
    ("class",): {"name", "grade", "pupils"},
    ("chain",): {"class", "activity", "date", "preparation", "reflection"},
    ("lesson",): {"date"},
}


def test_schema_is_json_schema_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["type"] == "object" and SCHEMA["additionalProperties"] is False


def test_schema_uses_only_keywords_the_test_validator_knows() -> None:
    assert keywords_of(SCHEMA) <= KEYWORDS | ANNOTATIONS


def test_every_reference_in_the_schema_resolves() -> None:
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    for ref in {part.split('"')[0] for part in text.split('"$ref": "#/$defs/')[1:]}:
        assert ref in SCHEMA["$defs"], ref


def test_schema_requires_what_the_spec_requires() -> None:
    for where, required in SPEC_REQUIRED.items():
        schema = SCHEMA["$defs"][where[0]] if where else SCHEMA
        assert set(schema["required"]) == required, where
    assert SCHEMA["properties"]["chains"]["items"] == {"$ref": "#/$defs/chain"}
    assert set(SCHEMA["required"]) == set(TOP_REQUIRED)
    assert set(SCHEMA["properties"]) == set(TOP_REQUIRED) | set(TOP_OPTIONAL)


def test_demo_export_has_exactly_the_top_level_keys_the_schema_allows(demo_db: Database) -> None:
    plan = export(demo_db)
    assert set(plan) == set(SCHEMA["properties"])
    assert errors(SCHEMA, plan) == []


def test_small_plan_and_a_class_export_fit_the_schema(demo_db: Database) -> None:
    assert errors(SCHEMA, small_plan()) == []
    assert errors(SCHEMA, export(demo_db, class_name="Groep 6a")) == []


def test_schema_refuses_what_the_program_refuses() -> None:
    for edit in (
        lambda p: p["classes"][0].update(grade=9),
        lambda p: p.update(version=2),
        lambda p: p["chains"][0].update(extra=1),
        lambda p: p["chains"][0]["preparation"][0].pop("date"),
        lambda p: p["companies"][0].update(capacity=0),
    ):
        plan = small_plan()
        edit(plan)
        assert errors(SCHEMA, plan), plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_plans())
def test_what_the_program_reads_fits_the_schema_and_the_reverse(plan: Any) -> None:
    """Agreement: accepted ⇒ schema-valid; schema-invalid ⇒ refused.

    The program checks more than a schema can say (real dates, dates in the
    school year, unique names), so a schema-valid plan may still be refused.
    """
    try:
        read_plan(json.dumps(plan).encode("utf-8"))
        accepted = True
    except PlanFileError:
        accepted = False
    found = errors(SCHEMA, plan)
    if accepted:
        assert found == [], found
    if found:
        assert not accepted
