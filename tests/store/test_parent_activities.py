"""The catalog's parent–child activities (issue 17 item 5): a techniek-event with small
experiments at school, a parent–child workshop and a home assignment done together, each with
valid preparation and reflection templates, no worlds or professions they do not really meet
(issue 15 item 3), added by the seed update to a database made before them, and with a card
for home after them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from beroepsplanner.domain.kinds import ActivityKind, ChainStatus, LessonKind, QuestionKind
from beroepsplanner.store.catalog import activity_by_key
from beroepsplanner.store.chain_editing import propose_form, save_chain_form
from beroepsplanner.store.classes import find_class
from beroepsplanner.store.database import open_database
from beroepsplanner.store.documents import homecard_document
from beroepsplanner.store.seed import ensure_seeded, read_catalog, seed_dir
from beroepsplanner.store.sessions import Database

PARENT_CHILD = {
    "techniekavond-ouders-kinderen": ActivityKind.WORKSHOP,
    "ouder-kindworkshop": ActivityKind.WORKSHOP,
    "thuisopdracht-samen": ActivityKind.ASSIGNMENT,
}


@pytest.mark.parametrize(("key", "kind"), sorted(PARENT_CHILD.items()))
def test_each_parent_child_activity_is_in_the_catalog_with_its_lessons(
    empty_db: Database, key: str, kind: ActivityKind
) -> None:
    with empty_db.session() as session:
        activity = activity_by_key(session, key)
        assert activity is not None and activity.kind is kind
        assert activity.provider is not None and activity.provider.key == "school"
        assert "ouder" in (activity.title + activity.description).lower()
        assert activity.pupil_title and "(" not in activity.pupil_title
        # Parents and children meet no fixed profession: a chain's company or role models
        # (a parent at a table, the workshop's guide) bring theirs.
        assert list(activity.worlds) == [] and list(activity.professions) == []
        assert not activity.needs_transport and activity.cost_cents == 0
        for lesson_kind in LessonKind:
            templates = activity.templates_of(lesson_kind)
            assert len(templates) == 1
            template = templates[0]
            assert template.title and template.goal and template.steps and template.questions
        reflection = activity.templates_of(LessonKind.REFLECTION)[0]
        assert {q.kind for q in reflection.questions} == {QuestionKind.KNOWLEDGE, QuestionKind.ATTITUDE}
        words = " ".join(
            [activity.description]
            + [s for t in activity.lesson_templates for s in t.steps]
            + [q.text for t in activity.lesson_templates for q in t.questions]
        ).lower()
        for wrong in ("voor jongens", "voor meisjes", "elk kind kan alles", "iedereen kan alles"):
            assert wrong not in words


def test_a_database_made_before_them_gets_them_by_the_seed_update(tmp_path: Path) -> None:
    old = tmp_path / "seed-oud"
    shutil.copytree(seed_dir(), old)
    path = old / "activities.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["activities"] = [a for a in document["activities"] if a["key"] not in PARENT_CHILD]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    database = open_database(tmp_path / "school.db", seed=False)
    try:
        ensure_seeded(database, read_catalog(old))
        with database.session() as session:
            assert all(activity_by_key(session, key) is None for key in PARENT_CHILD)
        report = ensure_seeded(database, read_catalog())
        assert report is not None and sorted(report.added["activities"]) == sorted(PARENT_CHILD)
        with database.session() as session:
            assert all(activity_by_key(session, key) is not None for key in PARENT_CHILD)
    finally:
        database.close()


def test_a_home_assignment_chain_gets_a_card_for_home(demo_db: Database) -> None:
    day = dt.date(2026, 11, 24)
    with demo_db.transaction() as session:
        form = propose_form(session, find_class(session, "Groep 4").id, "thuisopdracht-samen", day)
        chain_id = save_chain_form(session, dataclasses.replace(form, status=ChainStatus.PLANNED))
    with demo_db.session() as session:
        card = homecard_document(session, chain_id, on=dt.date(2026, 12, 1))
    assert card.chain.activity_title == "Thuisopdracht: samen op beroepenjacht (school)"
    assert card.chain.professions == () and card.young and len(card.pupils) > 10
