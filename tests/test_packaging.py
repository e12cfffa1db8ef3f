"""The files a build and a fresh clone rely on are present and valid.

`make test` never builds the installer (that is `make dist-check`); these checks are
cheap: installer.spec is valid Python whose data entries exist, every file the
program asks resource_path/db_path for at run time is among what the spec bundles,
its hidden imports exist, and the window quits by itself for the frozen check.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import beroepsplanner
from beroepsplanner.resources import base_dir, db_path, resource_path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer.spec"
PACKAGE = Path(beroepsplanner.__file__).resolve().parent


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))


def spec_list(name: str) -> ast.List:
    """The list literal first assigned to ``name`` in installer.spec."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            assert isinstance(node.value, ast.List), f"{name} is not a list literal"
            return node.value
    raise AssertionError(f"installer.spec assigns no {name}")


def bundled_data() -> list[tuple[Path, str]]:
    """(source, destination) of the spec's own data entries, evaluated against the repo."""
    entries = []
    for element in spec_list("datas").elts:
        expression = ast.Expression(element)
        source, destination = eval(
            compile(expression, str(SPEC), "eval"), {"ROOT": ROOT, "str": str, "Path": Path}
        )
        entries.append((Path(source), destination))
    return entries


def bundled_as(path: Path) -> str | None:
    """Where ``path`` (a repo file) lands in the bundle, or None if the spec leaves it out."""
    for source, destination in bundled_data():
        if path == source:
            return destination if source.is_dir() else f"{destination}/{path.name}"
        if source.is_dir() and path.is_relative_to(source):
            return f"{destination}/{path.relative_to(source).as_posix()}"
    return None


def runtime_requests() -> list[tuple[str, tuple[str, ...], str]]:
    """Every resource_path(...)/db_path(...) call in the package: (helper, constant parts, where).

    A part that is not a constant (an f-string) ends the parts: the call asks for
    something inside the folder of the constant parts before it.
    """
    found = []
    for module in sorted(PACKAGE.rglob("*.py")):
        if module.name == "resources.py":
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("resource_path", "db_path")
            ):
                parts: list[str] = []
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        parts.append(arg.value)
                    else:
                        parts.append("*")
                        break
                found.append((node.func.id, tuple(parts), f"{module.name}:{node.lineno}"))
    return found


# --- the spec ----------------------------------------------------------------------


def test_installer_spec_is_valid_python_that_bundles_resources_and_db() -> None:
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    for folder in ('"resources"', '"migrations"', '"seed"', '"demo"', '"alembic.ini"'):
        assert folder in source
    assert 'name=NAME' in source and 'NAME = "Beroepsplanner"' in source


def test_every_data_entry_of_the_spec_exists() -> None:
    entries = bundled_data()
    assert len(entries) >= 5
    for source, destination in entries:
        assert source.exists(), f"installer.spec bundles {source}, which does not exist"
        assert source.is_relative_to(ROOT)
        assert not destination.startswith("/")


def test_every_file_the_program_asks_for_at_run_time_is_bundled() -> None:
    requests = runtime_requests()
    helpers = {"resource_path": resource_path, "db_path": db_path}
    top = {"resource_path": "resources", "db_path": "db"}
    assert len(requests) >= 5, requests
    for helper, parts, where in requests:
        constant = [p for p in parts if p != "*"]
        path = helpers[helper](*constant)
        assert path.exists(), f"{where}: {helper}{tuple(parts)} -> {path} does not exist"
        landed = bundled_as(path)
        expected = "/".join([top[helper], *constant])
        assert landed == expected, f"{where}: {path} is bundled as {landed}, asked as {expected}"


def test_files_asked_for_with_computed_names_exist() -> None:
    from beroepsplanner.printing.fonts import FONT, FONT_BOLD, FONT_ITALIC
    from beroepsplanner.ui.app import ICON_SIZES, translation_files

    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        assert resource_path("fonts", f"{name}.ttf").is_file()
        assert bundled_as(resource_path("fonts", f"{name}.ttf"))
    for size in ICON_SIZES:
        assert bundled_as(resource_path("icons", f"beroepsplanner-{size}.png")), size
        assert resource_path("icons", f"beroepsplanner-{size}.png").is_file(), size
    assert translation_files()[0].is_file()
    assert bundled_as(translation_files()[0]) == "resources/i18n/beroepsplanner_nl.qm"
    # Our additions to Qt's Dutch and the English plural forms are bundled too.
    assert bundled_as(translation_files()[-1]) == "resources/i18n/qtbase_extra_nl.qm"
    (english,) = translation_files("en")
    assert english.is_file() and bundled_as(english) == "resources/i18n/beroepsplanner_en.qm"
    assert bundled_as(db_path("migrations", "versions", "0001_initial_schema.py"))


def test_the_executable_icon_is_a_real_ico_with_small_and_large_sizes() -> None:
    from PIL import Image

    source = SPEC.read_text(encoding="utf-8")
    assert 'icon=str(ICON)' in source
    with Image.open(resource_path("icons", "beroepsplanner.ico")) as ico:
        assert ico.format == "ICO"
        sizes = set(ico.info["sizes"])
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_hidden_imports_exist() -> None:
    names = [element.value for element in spec_list("hiddenimports").elts]  # type: ignore[attr-defined]
    assert "sqlalchemy.dialects.sqlite" in names and "holidays.countries.netherlands" in names
    for name in names:
        assert importlib.util.find_spec(name) is not None, f"hidden import {name} not found"


def test_the_about_box_libraries_have_their_metadata_bundled() -> None:
    from beroepsplanner.ui.about import LIBRARIES

    source = SPEC.read_text(encoding="utf-8")
    for _, distribution in LIBRARIES:
        assert f'"{distribution}"' in source, f"copy_metadata misses {distribution}"


def spec_tuple(name: str) -> tuple[str, ...]:
    """The tuple of strings assigned to ``name`` in installer.spec."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple), f"{name} is not a tuple literal"
            return value
    raise AssertionError(f"installer.spec assigns no {name}")


def test_the_spec_carries_babels_dutch_and_english_and_no_other_locale() -> None:
    """Dates in words (beroepsplanner/dates.py) need Babel's CLDR files of nl_NL and en_GB
    and the locales they inherit from: exactly those the spec keeps. Which files that
    are is measured: a fresh process writes Dutch and English dates and every ``.dat``
    file it opens is noted (Python's audit hook)."""
    code = (
        "import datetime, os, sys\n"
        "opened = set()\n"
        "def note(event, args):\n"
        "    if event == 'open' and isinstance(args[0], str) and args[0].endswith('.dat'):\n"
        "        opened.add(os.path.basename(args[0]))\n"
        "sys.addaudithook(note)\n"
        "from beroepsplanner import dates\n"
        "for locale in (dates.DUTCH, dates.ENGLISH):\n"
        "    dates.date_text(datetime.date(2026, 9, 1), 'EEEE d MMMM y', locale)\n"
        "    dates.month_name(9, short=True, locale=locale)\n"
        "print(' '.join(sorted(opened)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    opened = set(done.stdout.split())
    kept = spec_tuple("BABEL_LOCALES")
    assert opened == {"global.dat", *(f"{name}.dat" for name in kept)}
    source = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files(\n    "babel"' in source and '"global.dat"' in source
    assert '"babel/locale-data/" in entry[0]' in source and "not in BABEL_LOCALES" in source
    assert "babel.dates" in [e.value for e in spec_list("hiddenimports").elts]  # type: ignore[attr-defined]


def test_the_spec_keeps_unused_qt_out() -> None:
    excluded = {element.value for element in spec_list("excludes").elts}  # type: ignore[attr-defined]
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick",
            "PySide6.QtMultimedia"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
    assert not used & excluded


# --- the project ---------------------------------------------------------------------


def test_resource_helper_finds_the_bundled_folders_from_source() -> None:
    assert base_dir() == ROOT
    assert (db_path("migrations") / "env.py").is_file()
    assert (db_path("seed") / "activities.json").is_file()
    assert resource_path("i18n").is_dir()


def test_resource_helper_follows_the_frozen_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert db_path("seed") == tmp_path / "db" / "seed"


def test_pyproject_declares_the_stack_and_the_entry_point() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {dep.split(">")[0].split("=")[0].split("<")[0].strip().lower() for dep in project["dependencies"]}
    assert {"pyside6", "sqlalchemy", "alembic", "reportlab", "holidays", "platformdirs", "babel"} <= names
    assert "pyinstaller" not in names
    assert project["scripts"]["beroepsplanner"] == "beroepsplanner.cli:main"
    tests = {d.split(">")[0].strip().lower() for d in project["optional-dependencies"]["test"]}
    assert {"pytest", "pytest-qt"} <= tests
    dist = {d.split(">")[0].strip().lower() for d in project["optional-dependencies"]["dist"]}
    assert "pyinstaller" in dist


def test_ci_runs_make_test_which_does_not_build_the_installer() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "PyInstaller" not in test_recipe and "dist" not in test_recipe
    for target in ("\ndist:", "\ndist-check: dist"):
        assert target in makefile


# --- the window quits by itself for checks ---------------------------------------------


@pytest.mark.parametrize("school", [True, False], ids=["demo school", "new database (welcome)"])
def test_the_window_quits_after_the_check_timer(tmp_path: Path, school: bool) -> None:
    db = tmp_path / "school.db"
    if school:
        from beroepsplanner.store.database import open_database
        from beroepsplanner.store.demo import build_demo

        database = open_database(db)
        build_demo(database, "small")
        database.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BEROEPSPLANNER_QUIT_AFTER_MS": "300",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("BEROEPSPLANNER_LANG", None)
    done = subprocess.run(
        [sys.executable, "-m", "beroepsplanner", "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=60,
    )

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "beroepsplanner:" not in done.stderr
