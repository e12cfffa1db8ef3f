"""docs/plan-format-v2.schema.json describes exactly what the program reads and writes as
version 2 (as tests/io/test_plan_schema.py does for version 1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from beroepsplanner.errors import PlanFileError
from beroepsplanner.io import plan_version2 as v2
from beroepsplanner.io.plan_file import read_plan
from beroepsplanner.store.sessions import Database
from beroepsplanner.store.transfer.plan_export2 import export_school_plan
from tests.io.plan_strategies import mutated_plans
from tests.io.plans import small_plan2
from tests.io.schema_check import ANNOTATIONS, KEYWORDS, errors, keywords_of

SCHEMA_PATH = Path(__file__).parents[2] / "docs" / "plan-format-v2.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_schema_is_json_schema_2020_12_with_keywords_the_test_validator_knows() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["type"] == "object" and SCHEMA["additionalProperties"] is False
    assert keywords_of(SCHEMA) <= KEYWORDS | ANNOTATIONS
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    for ref in {part.split('"')[0] for part in text.split('"$ref": "#/$defs/')[1:]}:
        assert ref in SCHEMA["$defs"], ref


def test_schema_has_the_fields_the_reader_has() -> None:
    defs = SCHEMA["$defs"]
    for schema, required, optional in (
        (SCHEMA, v2.TOP_REQUIRED, v2.TOP_OPTIONAL),
        (defs["year"], v2.YEAR_REQUIRED, v2.YEAR_OPTIONAL),
        (defs["class"], v2.CLASS_REQUIRED, v2.CLASS_OPTIONAL),
        (defs["pupil"], v2.PUPIL_REQUIRED, v2.PUPIL_OPTIONAL),
        (defs["company"], ("name",), v2.COMPANY_OPTIONAL_2),
        (defs["chain"], v2.CHAIN_REQUIRED, v2.CHAIN_OPTIONAL_2),
        (defs["recordEntry"], v2.RECORD_REQUIRED, v2.RECORD_OPTIONAL),
        (defs["evaluation"], v2.EVALUATION_REQUIRED, v2.EVALUATION_OPTIONAL),
        (defs["cancelledChain"], v2.CANCELLED_REQUIRED, v2.CANCELLED_OPTIONAL),
    ):
        assert set(schema["required"]) == set(required)
        assert set(schema["properties"]) == set(required) | set(optional)


def test_an_export_of_every_year_and_small_plan2_fit_the_schema(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = export_school_plan(session)
        one_class = export_school_plan(session, class_name="Groep 6a")
    assert errors(SCHEMA, plan) == [] and errors(SCHEMA, one_class) == []
    assert errors(SCHEMA, small_plan2()) == []
    read_plan(json.dumps(small_plan2()).encode())


def test_schema_refuses_what_the_program_refuses() -> None:
    for edit in (
        lambda p: p.update(version=3),
        lambda p: p["school_years"][0]["classes"][0].update(grade=9),
        lambda p: p["school_years"][0]["classes"][0]["pupils"][0].pop("key"),
        lambda p: p["school_years"][0]["chains"][0].update(extra=1),
        lambda p: p["school_years"][0]["chains"][0]["record"][0].update(talents=["zingen"]),
        lambda p: p["school_years"][0]["chains"][0].update(follows="p1"),
        lambda p: p["school_years"][0].update(locked=True),
        lambda p: p["companies"][0].update(confirmed=True),
        lambda p: p["settings"]["rules"].update(max_repetitions=0),
        lambda p: p["school_years"][0]["cancelled_chains"].append({"uid": "x"}),
    ):
        plan = small_plan2()
        edit(plan)
        assert errors(SCHEMA, plan), plan
        try:
            read_plan(json.dumps(plan).encode())
        except PlanFileError:
            continue
        raise AssertionError(f"the program read {plan}")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_plans(version=2))
def test_what_the_program_reads_fits_the_schema_and_the_reverse(plan: Any) -> None:
    """Agreement: accepted ⇒ schema-valid; schema-invalid ⇒ refused. The program checks
    more than a schema can say (links, dates in their year, unique keys)."""
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
