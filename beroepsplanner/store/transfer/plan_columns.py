"""Which column of the database goes into a plan file (version 2), and which does not, and why.

Every table of ``store/models.py`` is here: a table that belongs to a plan lists each of its
columns either in ``CARRIED`` (with its place in the file, docs/plan-format.md) or in
``NOT_CARRIED`` (with a one-line reason); a table that does not belong to a plan is in
``OTHER_TABLES`` with its reason. tests/store/test_plan_columns.py fails when a model gets a
table or column that is in none of them, so a new column is never left out of the plan file
without a decision. Places: ``school_years[].chains[].follows`` is the field ``follows`` of
every chain of every school year.
"""

from __future__ import annotations

_YEAR = "school_years[]"
_CHAIN = f"{_YEAR}.chains[]"
_COMPANY = "companies[]"

_ID = "the database's own row number; the file links by names, keys and uids"
_VERSION = "the row version for saving in the window (optimistic locking); each database counts its own"
_NESTED = "given by where the row stands in the file"

CARRIED: dict[str, dict[str, str]] = {
    "schools": {
        "uid": "school.uid",
        "name": "school.name",
        "region": "school.region",
        "place": "school.place",
        "liberation_day_off": "school.liberation_day_off",
        "good_friday_off": "school.good_friday_off",
        "contact_name": "school.contact_name",
        "contact_phone": "school.contact_phone",
        "contact_email": "school.contact_email",
    },
    "school_years": {"label": f"{_YEAR}.school_year"},
    "study_days": {
        "date": f"{_YEAR}.study_days[]",
        "description": f"{_YEAR}.study_day_notes",
    },
    "holiday_moves": {
        "holiday": f"{_YEAR}.holiday_moves[].holiday",
        "start": f"{_YEAR}.holiday_moves[].start",
    },
    "classes": {
        "name": f"{_YEAR}.classes[].name",
        "grade": f"{_YEAR}.classes[].grade",
        "teacher": f"{_YEAR}.classes[].teacher",
    },
    "class_origins": {
        "class_id": f"{_YEAR}.classes[]",
        "previous_class_id": f"{_YEAR}.classes[].previous_classes",
    },
    "pupils": {
        "class_id": f"{_YEAR}.classes[].pupils",
        "display_name": f"{_YEAR}.classes[].pupils[].name",
        "previous_id": f"{_YEAR}.classes[].pupils[].previous",
    },
    "companies": {
        "name": f"{_COMPANY}.name",
        "place": f"{_COMPANY}.place",
        "address": f"{_COMPANY}.address",
        "description": f"{_COMPANY}.description",
        "min_grade": f"{_COMPANY}.min_grade",
        "capacity": f"{_COMPANY}.capacity",
        "safety_notes": f"{_COMPANY}.safety_notes",
        "safety_checked": f"{_COMPANY}.safety_checked",
        "notes": f"{_COMPANY}.notes",
    },
    "company_confirmations": {
        "company_id": f"{_COMPANY}.confirmed_years",
        "school_year": f"{_COMPANY}.confirmed_years[]",
    },
    "company_contacts": {
        "name": f"{_COMPANY}.contacts[].name",
        "role": f"{_COMPANY}.contacts[].role",
        "email": f"{_COMPANY}.contacts[].email",
        "phone": f"{_COMPANY}.contacts[].phone",
    },
    "company_worlds": {
        "company_id": f"{_COMPANY}.worlds",
        "world_id": f"{_COMPANY}.worlds[]",
    },
    "company_professions": {
        "company_id": f"{_COMPANY}.professions",
        "profession_id": f"{_COMPANY}.professions[]",
    },
    "role_models": {
        "company_id": f"{_COMPANY}.role_models",
        "name": f"{_COMPANY}.role_models[].name",
        "profession_id": f"{_COMPANY}.role_models[].profession",
        "profession_text": f"{_COMPANY}.role_models[].profession_text",
        "description": f"{_COMPANY}.role_models[].description",
        "counter_stereotypical": f"{_COMPANY}.role_models[].counter_stereotypical",
        "is_parent": f"{_COMPANY}.role_models[].is_parent",
    },
    "chains": {
        "uid": f"{_CHAIN}.uid",
        "class_id": f"{_CHAIN}.class",
        "activity_id": f"{_CHAIN}.activity",
        "company_id": f"{_CHAIN}.company",
        "origin_chain_id": f"{_CHAIN}.origin",
        "follows_chain_id": f"{_CHAIN}.follows",
        "date": f"{_CHAIN}.date",
        "activity_end_date": f"{_CHAIN}.activity_end_date",
        "status": f"{_CHAIN}.status",
        "project": f"{_CHAIN}.project",
        "core_objectives": f"{_CHAIN}.core_objectives",
        "transport_arranged": f"{_CHAIN}.transport_arranged",
        "transport_mode": f"{_CHAIN}.transport_mode",
        "departure_time": f"{_CHAIN}.departure_time",
        "return_time": f"{_CHAIN}.return_time",
        "companions": f"{_CHAIN}.companions",
        "letter_variant": f"{_CHAIN}.letter_variant",
        "notes": f"{_CHAIN}.notes",
        "observation": f"{_CHAIN}.observation",
        "visit_start": f"{_CHAIN}.visit_start",
        "visit_end": f"{_CHAIN}.visit_end",
        "visit_goal": f"{_CHAIN}.visit_goal",
        "research_question": f"{_CHAIN}.research_question",
        "pupil_questions": f"{_CHAIN}.pupil_questions",
        "day_programme": f"{_CHAIN}.day_programme",
    },
    "chain_lessons": {
        "kind": f"{_CHAIN}.preparation / .reflection",
        "position": f"{_CHAIN}.preparation[] (the order of the list)",
        "date": f"{_CHAIN}.preparation[].date",
        "title": f"{_CHAIN}.preparation[].title",
        "template_id": f"{_CHAIN}.preparation[].template",
        "notes": f"{_CHAIN}.preparation[].notes",
    },
    "chain_role_models": {
        "chain_id": f"{_CHAIN}.role_models",
        "role_model_id": f"{_CHAIN}.role_models[] (the chain's company's role models, by name)",
    },
    "chain_tasks": {
        "chain_id": f"{_CHAIN}.tasks",
        "activity_id": f"{_CHAIN}.tasks[]",
    },
    "chain_pupils": {
        "pupil_id": f"{_CHAIN}.record[].pupil",
        "absent": f"{_CHAIN}.record[].absent",
        "talents": f"{_CHAIN}.record[].talents",
        "wants_more": f"{_CHAIN}.record[].wants_more",
        "own_words": f"{_CHAIN}.record[].own_words",
    },
    "chain_measurements": {
        name: f"{_CHAIN}.measurement.{name}"
        for name in (
            "before_woman", "before_man", "before_both", "before_unclear", "before_want",
            "after_woman", "after_man", "after_both", "after_unclear", "after_want",
        )
    },
    "chain_evaluations": {
        name: f"{_CHAIN}.evaluation.{name}"
        for name in (
            "went_well", "pupils_asked", "people_met", "preparation_helped",
            "reflection_attitudes", "again", "company_went_well", "company_pupils_asked",
            "company_again", "company_remarks", "contact_name", "contact_role", "evaluated_on",
        )
    },
    "cancelled_chains": {
        "uid": f"{_YEAR}.cancelled_chains[].uid",
        "class_name": f"{_YEAR}.cancelled_chains[].class",
        "title": f"{_YEAR}.cancelled_chains[].title",
        "date": f"{_YEAR}.cancelled_chains[].date",
        "preparations": f"{_YEAR}.cancelled_chains[].preparations",
        "reflections": f"{_YEAR}.cancelled_chains[].reflections",
        "sequence": f"{_YEAR}.cancelled_chains[].sequence",
        "cancelled_at": f"{_YEAR}.cancelled_chains[].cancelled_at",
    },
    "settings": {
        "key": "settings.goals / settings.rules (only the keys goals.<school uid> and rules.<name>)",
        "value": "settings.goals / settings.rules.<name>",
    },
}

NOT_CARRIED: dict[str, dict[str, str]] = {
    "schools": {"id": _ID, "version": _VERSION},
    "school_years": {
        "id": _ID,
        "school_id": "one database holds one school",
        "start_date": "follows from the label (1 August to 31 July)",
        "end_date": "follows from the label (1 August to 31 July)",
        "locked": "a state of the window, not of the plan; an import locks the years it makes "
        "before the newest, as year new does",
    },
    "study_days": {"id": _ID, "school_year_id": _NESTED},
    "holiday_moves": {"id": _ID, "school_year_id": _NESTED},
    "classes": {"id": _ID, "school_year_id": _NESTED, "version": _VERSION},
    "pupils": {"id": _ID, "version": _VERSION},
    "companies": {"id": _ID, "version": _VERSION},
    "company_contacts": {"id": _ID, "company_id": _NESTED},
    "role_models": {
        "id": _ID,
        "parent_id": "the register of parents is not in a plan file (privacy: it stays in the "
        "school's database)",
    },
    "chains": {
        "id": _ID,
        "version": _VERSION,
        "sequence": "a counter of this database's changes for calendars; an import starts anew",
        "modified_at": "when this database last changed the chain, for calendars",
    },
    "chain_lessons": {"id": _ID, "chain_id": _NESTED},
    "chain_pupils": {"chain_id": _NESTED},
    "chain_measurements": {"chain_id": _NESTED},
    "chain_evaluations": {
        "id": _ID,
        "version": _VERSION,
        "chain_id": _NESTED,
        "company_id": "the company whose contact was taken: on import the chain's company",
    },
    "cancelled_chains": {"id": _ID, "school_year_id": _NESTED},
}

OTHER_TABLES: dict[str, str] = {
    "worlds": "catalog rows, the same in every database; the file names them by key",
    "providers": "catalog rows, the same in every database",
    "professions": "catalog rows, the same in every database; the file names them by key",
    "activities": "catalog rows, the same in every database; the file names them by key",
    "activity_worlds": "catalog rows",
    "activity_professions": "catalog rows",
    "lesson_templates": "catalog rows; a lesson names its template by position",
    "template_questions": "catalog rows",
    "seed_records": "what the catalog seed last wrote in this database",
    "change_log": "this database's log of transactions, for undo and refreshing windows",
    "parents": "the register of parents' offers with their consent stays in the school's "
    "database (privacy); the Ouders panel exports it apart",
}
