"""The files a build and a fresh clone rely on are present and valid."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from beroepsplanner.resources import base_dir, db_path, resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_installer_spec_is_valid_python_that_bundles_resources_and_db() -> None:
    source = (ROOT / "installer.spec").read_text(encoding="utf-8")
    ast.parse(source, "installer.spec")
    for folder in ('"resources"', '"migrations"', '"seed"', '"demo"'):
        assert folder in source


def test_resource_helper_finds_the_bundled_folders_from_source() -> None:
    assert base_dir() == ROOT
    assert (db_path("migrations") / "env.py").is_file()
    assert (db_path("seed") / "activities.json").is_file()
    assert resource_path("i18n").is_dir()


def test_pyproject_declares_the_stack_and_the_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {dep.split(">")[0].split("=")[0].split("<")[0].strip().lower() for dep in project["dependencies"]}
    assert {"pyside6", "sqlalchemy", "alembic", "reportlab", "holidays", "platformdirs"} <= names
    assert project["scripts"]["beroepsplanner"] == "beroepsplanner.cli:main"
    tests = {d.split(">")[0].strip().lower() for d in project["optional-dependencies"]["test"]}
    assert {"pytest", "pytest-qt"} <= tests


def test_ci_runs_make_test() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
