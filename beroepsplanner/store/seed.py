"""Load the catalog seed (``db/seed/*.json``) into a database, and update it later.

The seed files are reviewed data, not code. Every item has a stable key. For
each item the database remembers (table ``seed_records``) a digest of what the
seed last wrote. A later program version with a changed item then updates it
only when the user left it as the seed wrote it; an item the user changed or
deleted stays as the user wants it, and items the user added are never
touched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import (
    GRADE_MAX,
    GRADE_MIN,
    ActivityKind,
    CareerCompetence,
    EducationLevel,
    LessonKind,
    QuestionKind,
    WorldKind,
)
from beroepsplanner.errors import SeedError
from beroepsplanner.resources import db_path
from beroepsplanner.store.models import (
    Activity,
    LessonTemplate,
    Profession,
    Provider,
    SeedRecord,
    Setting,
    TemplateQuestion,
    World,
)
from beroepsplanner.store.sessions import Database

SEED_FORMAT = "beroepsplanner-seed"
SEED_FILES = ("worlds", "providers", "professions", "activities")
SEED_DIGEST_SETTING = "catalog.seed_digest"

Item = dict[str, Any]


# --- reading and checking the files ------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """The contents of the seed files, checked and in canonical form."""

    worlds: list[Item]
    providers: list[Item]
    professions: list[Item]
    activities: list[Item]
    digest: str


def seed_dir() -> Path:
    return db_path("seed")


def read_catalog(folder: Path | None = None) -> Catalog:
    """Read and check the seed files; raise SeedError naming the file and place of a fault."""
    folder = folder or seed_dir()
    raw: dict[str, list[Item]] = {}
    hasher = hashlib.sha256()
    for name in SEED_FILES:
        path = folder / f"{name}.json"
        try:
            data = path.read_bytes()
            document = json.loads(data.decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SeedError(
                f"Catalogusbestand {path} kan niet worden gelezen: {exc}",
                key="seed-unreadable",
                path=str(path),
                detail=str(exc),
            ) from exc
        hasher.update(data)
        if not isinstance(document, dict) or document.get("format") != SEED_FORMAT:
            raise SeedError(
                f"{path}: 'format' moet '{SEED_FORMAT}' zijn.",
                key="seed-wrong-format",
                path=str(path),
                expected=SEED_FORMAT,
            )
        if document.get("version") != 1:
            raise SeedError(
                f"{path}: onbekende versie {document.get('version')!r}.",
                key="seed-unknown-version",
                path=str(path),
                version=repr(document.get("version")),
            )
        items = document.get(name)
        if not isinstance(items, list):
            raise SeedError(
                f"{path}: '{name}' moet een lijst zijn.",
                key="seed-not-a-list",
                path=str(path),
                name=name,
            )
        raw[name] = items
    checker = _Checker()
    worlds = [checker.world(i, item) for i, item in enumerate(raw["worlds"])]
    world_keys = checker.unique("worlds", worlds)
    providers = [checker.provider(i, item) for i, item in enumerate(raw["providers"])]
    provider_keys = checker.unique("providers", providers)
    professions = [
        checker.profession(i, item, world_keys) for i, item in enumerate(raw["professions"])
    ]
    profession_keys = checker.unique("professions", professions)
    activities = [
        checker.activity(i, item, world_keys, provider_keys, profession_keys)
        for i, item in enumerate(raw["activities"])
    ]
    checker.unique("activities", activities)
    return Catalog(worlds, providers, professions, activities, hasher.hexdigest())


class _Checker:
    """Turns raw JSON items into canonical dicts, raising SeedError on a fault."""

    def fail(self, where: str, what: str) -> SeedError:
        return SeedError(f"Fout in de catalogus bij {where}: {what}", key="seed-fault", place=where)

    def text(self, item: Item, field: str, where: str, *, required: bool = True) -> str:
        value = item.get(field, "" if not required else None)
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{where}.{field}", "tekst verwacht")
        return value

    def integer(
        self, item: Item, field: str, where: str, low: int, high: int, *, optional: bool = False
    ) -> int | None:
        value = item.get(field)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self.fail(f"{where}.{field}", f"geheel getal van {low} tot {high} verwacht")
        return value

    def choice(self, item: Item, field: str, where: str, allowed: Iterable[str]) -> str:
        value = item.get(field)
        allowed = list(allowed)
        if value not in allowed:
            raise self.fail(f"{where}.{field}", f"een van {', '.join(allowed)} verwacht")
        return str(value)

    def keys(self, item: Item, field: str, where: str, known: set[str]) -> list[str]:
        value = item.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}.{field}", "lijst van sleutels verwacht")
        for position, key in enumerate(value):
            if key not in known:
                raise self.fail(f"{where}.{field}[{position}]", f"onbekende sleutel '{key}'")
        return sorted(set(value))

    def texts(self, item: Item, field: str, where: str) -> list[str]:
        value = item.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"{where}.{field}", "lijst van teksten verwacht")
        return list(value)

    def unique(self, name: str, items: list[Item]) -> set[str]:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item["key"] in seen:
                raise self.fail(f"{name}[{index}].key", f"sleutel '{item['key']}' komt twee keer voor")
            seen.add(item["key"])
        return seen

    def world(self, index: int, item: Item) -> Item:
        where = f"worlds[{index}]"
        kind = self.choice(item, "kind", where, [k.value for k in WorldKind])
        number = self.integer(item, "number", where, 1, 7, optional=kind == WorldKind.SECTOR)
        return {
            "key": self.text(item, "key", where),
            "name": self.text(item, "name", where),
            "kind": kind,
            "number": number,
        }

    def provider(self, index: int, item: Item) -> Item:
        where = f"providers[{index}]"
        return {
            "key": self.text(item, "key", where),
            "name": self.text(item, "name", where),
            "description": self.text(item, "description", where, required=False),
        }

    def profession(self, index: int, item: Item, worlds: set[str]) -> Item:
        where = f"professions[{index}]"
        world = self.choice(item, "world", where, sorted(worlds))
        return {
            "key": self.text(item, "key", where),
            "name": self.text(item, "name", where),
            "world": world,
            "level": self.choice(item, "level", where, [lv.value for lv in EducationLevel]),
        }

    def activity(
        self,
        index: int,
        item: Item,
        worlds: set[str],
        providers: set[str],
        professions: set[str],
    ) -> Item:
        where = f"activities[{index}]"
        grade_min = self.integer(item, "grade_min", where, GRADE_MIN, GRADE_MAX)
        grade_max = self.integer(item, "grade_max", where, GRADE_MIN, GRADE_MAX)
        assert grade_min is not None and grade_max is not None
        if grade_min > grade_max:
            raise self.fail(where, "grade_min is groter dan grade_max")
        objectives = item.get("core_objectives", [])
        if not isinstance(objectives, list) or not all(
            isinstance(o, int) and 1 <= o <= 58 for o in objectives
        ):
            raise self.fail(f"{where}.core_objectives", "kerndoelen 1 tot en met 58 verwacht")
        transport = item.get("needs_transport", False)
        if not isinstance(transport, bool):
            raise self.fail(f"{where}.needs_transport", "true of false verwacht")
        canonical = {
            "key": self.text(item, "key", where),
            "title": self.text(item, "title", where),
            "kind": self.choice(item, "kind", where, [k.value for k in ActivityKind]),
            "provider": self.choice(item, "provider", where, sorted(providers)),
            "description": self.text(item, "description", where),
            "grade_min": grade_min,
            "grade_max": grade_max,
            "duration_minutes": self.integer(item, "duration_minutes", where, 1, 60 * 24 * 5),
            "cost_cents": self.integer(item, "cost_cents", where, 0, 10**9, optional=True),
            "needs_transport": transport,
            "core_objectives": sorted(set(objectives)),
            "worlds": self.keys(item, "worlds", where, worlds),
            "professions": self.keys(item, "professions", where, professions),
        }
        # The pupils' own title is required in the seed; in the canonical form it is left
        # out when empty, so an activity written by a seed from before pupil titles keeps
        # its digest and a later seed may still update it (see ``activity_item``).
        canonical["pupil_title"] = self.text(item, "pupil_title", where)
        # The same for the one-guest format (issue 17 item 6): present only when true.
        one_guest = item.get("one_guest", False)
        if not isinstance(one_guest, bool):
            raise self.fail(f"{where}.one_guest", "true of false verwacht")
        if one_guest:
            canonical["one_guest"] = True
        # Left out unless true, for the same reason: items of earlier seeds keep their digest.
        task = item.get("visit_task", False)
        if not isinstance(task, bool):
            raise self.fail(f"{where}.visit_task", "true of false verwacht")
        if task:
            canonical["visit_task"] = True
        for kind in LessonKind:
            templates = item.get(kind.value)
            if not isinstance(templates, list) or not 1 <= len(templates) <= 2:
                raise self.fail(f"{where}.{kind.value}", "1 of 2 lessen verwacht")
            canonical[kind.value] = [
                self.template(f"{where}.{kind.value}[{i}]", t, kind)
                for i, t in enumerate(templates)
            ]
        return canonical

    def template(self, where: str, item: Item, kind: LessonKind) -> Item:
        if not isinstance(item, dict):
            raise self.fail(where, "les verwacht")
        questions = item.get("questions")
        if not isinstance(questions, list) or not questions:
            raise self.fail(f"{where}.questions", "minstens één vraag verwacht")
        checked = [self.question(f"{where}.questions[{i}]", q) for i, q in enumerate(questions)]
        if kind is LessonKind.REFLECTION:
            kinds = {q["kind"] for q in checked}
            if kinds != {QuestionKind.KNOWLEDGE.value, QuestionKind.ATTITUDE.value}:
                raise self.fail(
                    f"{where}.questions", "een reflectieles heeft kennis- én houdingsvragen nodig"
                )
        return {
            "title": self.text(item, "title", where),
            "goal": self.text(item, "goal", where),
            "duration_minutes": self.integer(item, "duration_minutes", where, 5, 240),
            "steps": self.texts(item, "steps", where),
            "materials": self.texts(item, "materials", where),
            "questions": checked,
        }

    def question(self, where: str, item: Item) -> Item:
        if not isinstance(item, dict):
            raise self.fail(where, "vraag verwacht")
        competence = item.get("competence")
        if competence is not None and competence not in {c.value for c in CareerCompetence}:
            raise self.fail(f"{where}.competence", f"onbekende loopbaancompetentie '{competence}'")
        return {
            "text": self.text(item, "text", where),
            "kind": self.choice(item, "kind", where, [k.value for k in QuestionKind]),
            "competence": competence,
        }


def digest_of(item: Item) -> str:
    """A digest of a canonical item, stable across runs and platforms."""
    encoded = json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


# --- rows <-> canonical items --------------------------------------------------


def _world_item(row: World) -> Item:
    return {"key": row.key, "name": row.name, "kind": row.kind.value, "number": row.number}


def _provider_item(row: Provider) -> Item:
    return {"key": row.key, "name": row.name, "description": row.description}


def _profession_item(row: Profession) -> Item:
    return {
        "key": row.key,
        "name": row.name,
        "world": row.world.key if row.world else None,
        "level": row.level.value if row.level else None,
    }


def _template_item(row: LessonTemplate) -> Item:
    return {
        "title": row.title,
        "goal": row.goal,
        "duration_minutes": row.duration_minutes,
        "steps": list(row.steps),
        "materials": list(row.materials),
        "questions": [
            {
                "text": q.text,
                "kind": q.kind.value,
                "competence": q.competence.value if q.competence else None,
            }
            for q in row.questions
        ],
    }


def activity_item(row: Activity) -> Item:
    """An activity in the canonical form of the seed files."""
    item: Item = {
        "key": row.key,
        "title": row.title,
        "kind": row.kind.value,
        "provider": row.provider.key if row.provider else None,
        "description": row.description,
        "grade_min": row.grade_min,
        "grade_max": row.grade_max,
        "duration_minutes": row.duration_minutes,
        "cost_cents": row.cost_cents,
        "needs_transport": row.needs_transport,
        "core_objectives": sorted(set(row.core_objectives or [])),
        "worlds": sorted(w.key for w in row.worlds),
        "professions": sorted(p.key for p in row.professions),
    }
    if row.pupil_title:  # absent when empty: the digests of seeds before pupil titles hold
        item["pupil_title"] = row.pupil_title
    if row.one_guest:  # absent when false, for the same reason
        item["one_guest"] = True
    if row.visit_task:  # absent unless true, as in ``read_catalog``
        item["visit_task"] = True
    for kind in LessonKind:
        item[kind.value] = [
            _template_item(t) for t in sorted(row.templates_of(kind), key=lambda t: t.position)
        ]
    return item


class _Lookup:
    """Rows by key, for resolving references while writing."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[type, dict[str, Any]] = {}

    def by_key(self, model: type[Any], key: str | None) -> Any:
        if key is None:
            return None
        rows = self._cache.get(model)
        if rows is None or key not in rows:
            with self.session.no_autoflush:
                rows = {row.key: row for row in self.session.scalars(select(model))}
            self._cache[model] = rows
        return rows.get(key)


def _write_world(row: World, item: Item, _lookup: _Lookup) -> None:
    row.name, row.kind, row.number = item["name"], WorldKind(item["kind"]), item["number"]


def _write_provider(row: Provider, item: Item, _lookup: _Lookup) -> None:
    row.name, row.description = item["name"], item["description"]


def _write_profession(row: Profession, item: Item, lookup: _Lookup) -> None:
    row.name = item["name"]
    row.world = lookup.by_key(World, item["world"])
    row.level = EducationLevel(item["level"])


def _write_activity(row: Activity, item: Item, lookup: _Lookup) -> None:
    row.title = item["title"]
    row.pupil_title = item.get("pupil_title", "")
    row.kind = ActivityKind(item["kind"])
    row.provider = lookup.by_key(Provider, item["provider"])
    row.description = item["description"]
    row.grade_min, row.grade_max = item["grade_min"], item["grade_max"]
    row.duration_minutes = item["duration_minutes"]
    row.cost_cents = item["cost_cents"]
    row.needs_transport = item["needs_transport"]
    row.one_guest = item.get("one_guest", False)
    row.visit_task = item.get("visit_task", False)
    row.core_objectives = list(item["core_objectives"])
    row.worlds = [lookup.by_key(World, key) for key in item["worlds"]]
    row.professions = [lookup.by_key(Profession, key) for key in item["professions"]]
    for kind in LessonKind:
        wanted = item[kind.value]
        # Updated in place by position: chain lessons keep pointing at their template.
        for template, template_item in zip(row.template_slots(kind, len(wanted)), wanted):
            _write_template(template, template_item)


def _write_template(row: LessonTemplate, item: Item) -> None:
    row.title, row.goal = item["title"], item["goal"]
    row.duration_minutes = item["duration_minutes"]
    row.steps, row.materials = list(item["steps"]), list(item["materials"])
    row.questions = [
        TemplateQuestion(
            position=position,
            text=q["text"],
            kind=QuestionKind(q["kind"]),
            competence=CareerCompetence(q["competence"]) if q["competence"] else None,
        )
        for position, q in enumerate(item["questions"])
    ]


@dataclass(frozen=True)
class _Kind:
    name: str
    model: type[Any]
    to_item: Callable[[Any], Item]
    write: Callable[[Any, Item, _Lookup], None]


_KINDS = (
    _Kind("worlds", World, _world_item, _write_world),
    _Kind("providers", Provider, _provider_item, _write_provider),
    _Kind("professions", Profession, _profession_item, _write_profession),
    _Kind("activities", Activity, activity_item, _write_activity),
)


@dataclass
class SeedReport:
    """What a seed run did, per kind: keys added, updated, and kept as the user has them."""

    added: dict[str, list[str]]
    updated: dict[str, list[str]]
    kept: dict[str, list[str]]


def apply_catalog(session: Session, catalog: Catalog) -> SeedReport:
    """Bring the catalog in the database up to ``catalog`` without overruling the user."""
    report = SeedReport({}, {}, {})
    lookup = _Lookup(session)
    for kind in _KINDS:
        items: list[Item] = getattr(catalog, kind.name)
        records = {
            r.key: r
            for r in session.scalars(select(SeedRecord).where(SeedRecord.kind == kind.name))
        }
        rows = {row.key: row for row in session.scalars(select(kind.model))}
        for item in items:
            key, digest = item["key"], digest_of(item)
            row, record = rows.get(key), records.get(key)
            if record is None:
                if row is None:
                    row = kind.model(key=key)
                    kind.write(row, item, lookup)
                    session.add(row)
                    session.flush()
                    report.added.setdefault(kind.name, []).append(key)
                    session.add(SeedRecord(kind=kind.name, key=key, digest=digest))
                elif digest_of(kind.to_item(row)) == digest:
                    session.add(SeedRecord(kind=kind.name, key=key, digest=digest))
                else:
                    # The user made an item with this key before the seed had one.
                    report.kept.setdefault(kind.name, []).append(key)
                continue
            if record.digest == digest:
                continue
            if row is None:
                # Deleted by the user: stays deleted.
                report.kept.setdefault(kind.name, []).append(key)
            elif digest_of(kind.to_item(row)) == record.digest:
                kind.write(row, item, lookup)
                session.flush()
                record.digest = digest
                report.updated.setdefault(kind.name, []).append(key)
            else:
                report.kept.setdefault(kind.name, []).append(key)
    return report


def ensure_seeded(database: Database, catalog: Catalog | None = None) -> SeedReport | None:
    """Apply the bundled catalog when it differs from what was applied last; one transaction."""
    catalog = catalog or read_catalog()
    with database.session() as session:
        current = session.get(Setting, SEED_DIGEST_SETTING)
        if current is not None and current.value == catalog.digest:
            return None
    with database.transaction() as session:
        report = apply_catalog(session, catalog)
        setting = session.get(Setting, SEED_DIGEST_SETTING)
        if setting is None:
            session.add(Setting(key=SEED_DIGEST_SETTING, value=catalog.digest))
        else:
            setting.value = catalog.digest
    return report
