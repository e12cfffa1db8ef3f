"""Saving the chain builder's form: a new chain, a changed one, a deleted one put back.

``save_chain_form`` over a saved chain reads the chain once (``chain_forms.stored_chain``:
the row with its lessons and role models, one statement), compares the form with it
and writes only what changed, in one flush: a new note is one UPDATE of the chain row, a
moved lesson one UPDATE of that lesson. The rules run on the form only when the save
would make a chain planned or done and changes something they read (``rule_inputs``); a
save that changes only the notes, the observation, the project or the transport's times
cannot change what they find. The version the form was loaded at is compared after the
row is locked (``row_versions.ensure_version``), so no save overwrites a colleague's.
``delete_chain`` returns the removed chain as a form and ``restore_chain`` puts it back
under its old id, so undo and redo keep working.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from beroepsplanner.domain.kinds import ChainStatus, LessonKind
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.store.brief_fields import checked_brief_fields, put_brief_fields
from beroepsplanner.store.chain_forms import (
    ChainForm,
    StoredChain,
    activity_named,
    check_form,
    company_or_none,
    errors_of,
    lesson_title,
    rule_inputs,
    stored_chain,
)
from beroepsplanner.store.chain_links import (
    check_end_date,
    check_follow_up_later,
    check_link,
    detach_followers,
)
from beroepsplanner.store.chain_tasks import task_rows
from beroepsplanner.store.models import Chain, ChainLesson, LessonTemplate, RoleModel, SchoolClass
from beroepsplanner.store.pupils import class_by_id
from beroepsplanner.store.row_versions import ensure_version, refuse_if_changed
from beroepsplanner.store.write_locks import is_postgresql
from beroepsplanner.store.year_lock import locked_error

LessonRow = tuple[LessonKind, int, Any, str, int | None, str]
"""A lesson as saved: kind, place among the lessons of its kind, date, title, template, notes."""


def save_chain_form(
    session: Session,
    form: ChainForm,
    chain_id: int | None = None,
    *,
    check_status: bool = True,
    expected_version: int | None = None,
) -> int:
    """Create a chain from the form, or replace chain ``chain_id`` by it; returns the id.

    Refuses (InvalidInputError, Dutch) the status planned or done while the rules
    find errors; ``check_status=False`` is for putting back what was saved before.
    A chain of a locked school year takes only a new observation (the evaluation after
    the chain); any other change is refused (``store/year_lock.py``). With
    ``expected_version`` (the version the form was loaded at) a chain a colleague saved
    since is refused (``row_versions.ChangedByColleagueError``, with both versions).
    """
    if chain_id is None:
        _refuse_form(session, form, None, None)
        if check_status:
            _refuse_status_with_errors(session, form, None)
        chain = Chain()
        school_class = fill(session, chain, form)
        school_class.chains.append(chain)
        session.flush()
        return chain.id
    replace_chain(session, form, chain_id, check_status=check_status, expected_version=expected_version)
    return chain_id


def replace_chain(
    session: Session,
    form: ChainForm,
    chain_id: int,
    *,
    check_status: bool = True,
    expected_version: int | None = None,
) -> ChainForm:
    """``save_chain_form`` over saved chain ``chain_id``; returns the chain as it was saved
    before (what an undo puts back), read in the same statement that locks it."""
    # On a server the row is locked as it is read when the version is to be compared: the
    # comparison needs no statement of its own. (On SQLite a lock is the whole file's: it
    # is taken after the rules, which only read.)
    lock = expected_version is not None and is_postgresql(session)
    stored = stored_chain(session, chain_id, lock=lock)
    if stored.locked:
        if dataclasses.replace(form, observation=stored.form.observation) != stored.form:
            raise locked_error(stored.year)
        _ensure_version(session, stored, expected_version, form, locked=lock)
        _set(stored.chain, "observation", form.observation.strip())
        session.flush()
        return stored.form
    _refuse_form(session, form, chain_id, stored.form)
    if check_status and rule_inputs(form) != rule_inputs(stored.form):
        _refuse_status_with_errors(session, form, chain_id)
    # After the checks that only read: the row stays locked from here to the commit.
    _ensure_version(session, stored, expected_version, form, locked=lock)
    _write_changes(session, stored, form)
    session.flush()
    return stored.form


def _refuse_status_with_errors(session: Session, form: ChainForm, chain_id: int | None) -> None:
    if form.status is ChainStatus.CONCEPT:
        return
    errors = errors_of(check_form(session, form, chain_id))
    if errors:
        listed = "\n".join(f"- {e.message}" for e in errors)
        raise InvalidInputError(
            f"Deze keten kan nog niet op '{form.status.label}' staan; los eerst deze fouten op "
            f"(of bewaar haar als concept):\n{listed}",
            key="status-needs-no-errors",
            status=form.status.value,
            errors=tuple(errors),
        )


def _refuse_form(
    session: Session, form: ChainForm, chain_id: int | None, stored: ChainForm | None
) -> None:
    """The refusals that need no rules, before anything is changed (``stored``: the saved
    chain as a form, None for a new chain). The series is checked only when the save
    changes what it depends on — the date, the class or the chain followed — so a new
    note costs no statement for it."""
    refuse_times_out_of_order(form)
    checked_brief_fields(form.brief)
    check_end_date(form.date, form.activity_end_date)
    place = (form.date, form.class_id, form.follows_chain_id)
    if stored is not None and place == (stored.date, stored.class_id, stored.follows_chain_id):
        return
    check_link(session, chain_id, form.class_id, form.date, form.follows_chain_id)
    if stored is not None and stored.class_id != form.class_id:
        return  # to another class: its follow-ups stay behind, alone (``_write_changes``)
    check_follow_up_later(session, chain_id, form.date)


def refuse_times_out_of_order(form: ChainForm) -> None:
    if form.departure_time and form.return_time and form.return_time <= form.departure_time:
        raise InvalidInputError(
            f"De klas is om {form.return_time:%H:%M} terug, maar vertrekt pas om "
            f"{form.departure_time:%H:%M}. Zet de terugkomst na het vertrek, of laat een van "
            "beide leeg.",
            key="return-before-departure",
            back=f"{form.return_time:%H:%M}",
            leaves=f"{form.departure_time:%H:%M}",
        )


def _ensure_version(
    session: Session,
    stored: StoredChain,
    expected_version: int | None,
    form: ChainForm | None,
    *,
    locked: bool,
) -> None:
    """Refuse a save or delete of a chain a colleague saved since ``expected_version``
    (``locked``: ``stored`` was read with its row locked, so its version is the current
    one); the error carries the chain as saved now (read again when it was not locked)."""
    chain = stored.chain
    chain_id = chain.id

    def newer() -> ChainForm:
        session.expire(chain)
        return stored_chain(session, chain_id).form

    if locked:
        # Read with the row locked: what ``stored`` holds is what is saved now.
        refuse_if_changed(
            session, Chain, chain_id, expected_version, chain.version,
            newer=lambda: stored.form, mine=form, name=stored.name,
        )
    else:
        ensure_version(session, Chain, chain_id, expected_version, newer=newer, mine=form)


# --- writing ------------------------------------------------------------------------------


def _set(row: Any, name: str, value: Any) -> None:
    """Set a column only when its value changes: an unchanged one is not written."""
    if getattr(row, name) != value:
        setattr(row, name, value)


def own_columns(form: ChainForm) -> dict[str, Any]:
    """The chain's own columns as the form gives them (the models name their attributes
    like their columns)."""
    return {
        "date": form.date,
        "status": form.status,
        "notes": form.notes.strip(),
        "observation": form.observation.strip(),
        "project": form.project,
        "core_objectives": list(form.core_objectives),
        "transport_arranged": form.transport_arranged,
        "companions": max(0, form.companions),
        "transport_mode": form.transport_mode,
        "departure_time": form.departure_time,
        "return_time": form.return_time,
        "follows_chain_id": form.follows_chain_id,
        "activity_end_date": form.activity_end_date,
        "letter_variant": form.letter_variant,
    }


def _role_models(session: Session, ids: tuple[int, ...]) -> list[RoleModel]:
    """The role models with these ids that still exist."""
    if not ids:
        return []
    return list(session.scalars(select(RoleModel).where(RoleModel.id.in_(ids))))


def _lesson_rows(form: ChainForm, templates: set[int] | None) -> list[LessonRow]:
    """The form's lessons as saved, each kind numbered by date; a template that is not one
    of the activity's (``templates``, None: all are) is not kept."""
    positions = {kind: 0 for kind in LessonKind}
    rows: list[LessonRow] = []
    for lesson in sorted(form.lessons, key=lambda x: (x.kind, x.date)):
        template = lesson.template_id
        if template is not None and templates is not None and template not in templates:
            template = None
        rows.append((lesson.kind, positions[lesson.kind], lesson.date, lesson_title(lesson), template, lesson.notes))
        positions[lesson.kind] += 1
    return rows


def _write_changes(session: Session, stored: StoredChain, form: ChainForm) -> None:
    """Bring the saved chain to the form, changing only what differs."""
    chain, old = stored.chain, stored.form
    if form.class_id != old.class_id:
        # A series stays within one class: its follow-ups stay behind, alone.
        detach_followers(session, chain.id)
        chain.school_class = class_by_id(session, form.class_id)
    activity_changed = form.activity_key != old.activity_key
    activity = activity_named(session, form.activity_key) if activity_changed else None
    if activity is not None:
        chain.activity = activity
    tasks = tuple(dict.fromkeys(form.task_keys))
    if activity_changed or tasks != old.task_keys:
        chain.tasks = task_rows(session, activity or chain.activity, tasks)
    if checked_brief_fields(form.brief) != old.brief:
        put_brief_fields(chain, form.brief)
    if form.company_id != old.company_id:
        chain.company = company_or_none(session, form.company_id)
    for name, value in own_columns(form).items():
        _set(chain, name, value)
    role_models = tuple(sorted(set(form.role_model_ids)))
    if role_models != old.role_model_ids:
        chain.role_models = _role_models(session, role_models)
    # The activity's templates are read only for a template the chain does not have yet.
    wanted = {lesson.template_id for lesson in form.lessons} - {None}
    known = set() if activity_changed else {lesson.template_id for lesson in old.lessons}
    templates = None
    if not wanted <= known:
        templates = set(
            session.scalars(select(LessonTemplate.id).where(LessonTemplate.activity_id == chain.activity_id))
        )
    _write_lessons(chain, _lesson_rows(form, templates))


def _write_lessons(chain: Chain, rows: list[LessonRow]) -> None:
    """The chain's lessons as ``rows``: a lesson keeps its row (by kind and place) and only
    what changed is written; lessons more than before are added, fewer removed."""
    existing: dict[LessonKind, list[ChainLesson]] = {}
    for lesson in sorted(chain.lessons, key=lambda x: (x.position, x.date, x.id or 0)):
        existing.setdefault(lesson.kind, []).append(lesson)
    for kind, position, date, title, template, notes in rows:
        same_kind = existing.get(kind, [])
        if same_kind:
            lesson = same_kind.pop(0)
            for name, value in (
                ("position", position), ("date", date), ("title", title),
                ("template_id", template), ("notes", notes),
            ):
                _set(lesson, name, value)
        else:
            chain.lessons.append(
                ChainLesson(
                    kind=kind, position=position, date=date, title=title,
                    template_id=template, notes=notes,
                )
            )
    for left in existing.values():
        for lesson in left:
            chain.lessons.remove(lesson)


def fill(session: Session, chain: Chain, form: ChainForm) -> SchoolClass:
    """Put the form's values on a new chain row; returns its class."""
    school_class = class_by_id(session, form.class_id)
    activity = activity_named(session, form.activity_key)
    chain.activity = activity
    chain.company = company_or_none(session, form.company_id)
    for name, value in own_columns(form).items():
        setattr(chain, name, value)
    put_brief_fields(chain, form.brief)
    chain.tasks = task_rows(session, activity, form.task_keys)
    chain.role_models = _role_models(session, tuple(sorted(set(form.role_model_ids))))
    templates = {t.id for t in activity.lesson_templates}
    chain.lessons = [
        ChainLesson(
            kind=kind, position=position, date=date, title=title, template_id=template, notes=notes
        )
        for kind, position, date, title, template, notes in _lesson_rows(form, templates)
    ]
    return school_class


def restore_chain(session: Session, form: ChainForm, chain_id: int) -> int:
    """Put a deleted chain back, under ``chain_id`` when that id is still free."""
    chain = Chain(id=chain_id if session.get(Chain, chain_id) is None else None)
    school_class = fill(session, chain, form)  # held: the collection needs its owner alive
    school_class.chains.append(chain)
    session.flush()
    return chain.id


def delete_chain(
    session: Session, chain_id: int, *, expected_version: int | None = None
) -> ChainForm:
    """Remove a chain with its lessons; returns it as a form for ``restore_chain``. With
    ``expected_version``, a chain a colleague saved since is not removed."""
    lock = is_postgresql(session)
    stored = stored_chain(session, chain_id, lock=lock)
    _ensure_version(session, stored, expected_version, None, locked=lock)
    form, chain = stored.form, stored.chain
    # Its follow-ups stand alone (as ON DELETE SET NULL would), through the ORM, so their
    # versions are raised; the window's undo links them again (chain_links.relink_followers).
    detach_followers(session, chain_id)
    # Through the collection, so a later step of the same transaction sees it gone.
    chain.school_class.chains.remove(chain)
    session.flush()
    return form
