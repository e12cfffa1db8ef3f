"""Every error the window can show has English: each ``…Error(...)`` made in the modules
below carries a ``key=`` whose English is in ``ui/english/`` (issue 12, item 5).

The modules are listed per area (the area's English lives in ``ui/english/errors_<area>.py``).
A module joins its area's list once every error it makes has a key; the test then keeps it so.
A ``key=`` may be a constant or a choice between constants (``"a" if x else "b"``); every
constant in it must have English.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from beroepsplanner import errors
from beroepsplanner.ui import error_text
from beroepsplanner.ui.english import (
    errors_files,
    errors_io,
    errors_series,
    errors_server,
    errors_store,
    errors_versions,
)

ROOT = Path(__file__).resolve().parents[2] / "beroepsplanner"

AREAS: dict[str, tuple[object, tuple[str, ...]]] = {
    "files": (
        errors_files,
        (
            "output_files.py",
            "store/database.py",
            "store/sessions.py",
            "store/backup.py",
            "store/seed.py",
            "store/demo.py",
            "store/change_log.py",
            "store/server_backup.py",
        ),
    ),
    "io": (
        errors_io,
        (
            "io/tables.py",
            "io/xlsx.py",
            "io/company_import.py",
            "io/company_export.py",
            "io/pupil_import.py",
            "io/plan_file.py",
            "io/plan_fields.py",
            "io/plan_export.py",
            "store/transfer/plan_export.py",
            "store/transfer/plan_references.py",
            "store/transfer/ical_export.py",
        ),
    ),
    "store": (
        errors_store,
        (
            "store/activity_editing.py",
            "store/calendar.py",
            "store/catalog.py",
            "store/chain_forms.py",
            "store/chain_saving.py",
            "store/chain_pupils.py",
            "store/chains.py",
            "store/checks.py",
            "store/classes.py",
            "store/transfer/company_import.py",
            "store/company_network.py",
            "store/documents.py",
            "store/goals.py",
            "store/matching.py",
            "store/overview.py",
            "store/parent_documents.py",
            "store/planner.py",
            "store/professions.py",
            "store/pupils.py",
            "store/record_document.py",
            "store/school.py",
            "store/school_years.py",
            "store/text_check.py",
            "store/transfer/window_import.py",
            "store/years.py",
            "store/year_rows.py",
            "domain/calendar.py",
            "domain/next_year.py",
            "domain/proposal.py",
            "domain/pupil_names.py",
            "domain/school_year.py",
            "domain/years.py",
        ),
    ),
    "server": (
        errors_server,
        (
            "store/location.py",
            "store/server.py",
            "store/server_errors.py",
            "store/transfer/copy.py",
            "store/transfer/copy_ends.py",
        ),
    ),
    "versions": (errors_versions, ("store/row_versions.py",)),
    "series": (
        errors_series,
        ("store/chain_links.py", "store/chain_tasks.py", "domain/activity_days.py"),
    ),
}
"""Area → (its English module, the modules whose every error has a key)."""


ERROR_CLASSES = frozenset(
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.BeroepsplannerError)
) | {"ActivityInputError", "ChangedByColleagueError", "ChangedMeanwhileError", "PupilNameError"}


def _error_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in ERROR_CLASSES:
                calls.append(node)
    return calls


def _constants(node: ast.AST) -> list[object]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant)]


CASES = [
    pytest.param(module, relative, id=relative)
    for module, files in AREAS.values()
    for relative in files
]


@pytest.mark.parametrize(("english", "relative"), CASES)
def test_every_error_of_the_module_has_a_key_with_english(english: object, relative: str) -> None:
    source = (ROOT / relative).read_text(encoding="utf-8")
    calls = _error_calls(ast.parse(source))
    assert calls, f"{relative} makes no error: take it off the list"
    # The keys that were there first keep their English in ui/error_text.py.
    templates = english.templates() | error_text.error_templates()  # type: ignore[attr-defined]
    for call in calls:
        keys = [k for k in call.keywords if k.arg == "key"]
        assert keys, f"{relative}:{call.lineno}: an error without key="
        for key in _constants(keys[0].value):
            if key is None:
                continue
            assert key in templates, f"{relative}:{call.lineno}: key {key!r} has no English"


def test_no_module_is_listed_twice() -> None:
    listed = [relative for _, files in AREAS.values() for relative in files]
    assert len(listed) == len(set(listed))
