"""The program works installed from a wheel, not only from the repository (issue 14, item 1).

Builds the wheel (with this environment's setuptools, no download), installs it with
``--no-deps`` into a fresh virtual environment outside the checkout, and runs it from
a folder outside the checkout with PYTHONPATH unset: ``demo``, ``list chains``, ``print
logbooks`` and the window (offscreen). The new environment borrows this one's libraries
through a ``.pth`` line with this environment's site-packages: a path line is put on
``sys.path``, but the ``.pth`` files in that folder (among them the editable install of
the checkout) are not run, so ``beroepsplanner`` is the wheel's copy, and its data
(``db/``, ``resources/``, the manual) must come from inside the installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
# What a build needs from the repository (the rest, tests and docs, stays behind).
SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "beroepsplanner", "db", "resources", "docs")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.db", "*.db-wal", "*.db-shm", "*.egg-info")
DATA = "beroepsplanner/_data/"


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    command: Path
    site_packages: Path
    work: Path
    env: dict[str, str]

    def run(self, *args: str | Path, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args], cwd=self.work, env={**self.env, **env},
            capture_output=True, text=True, timeout=timeout,
        )

    def program(self, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
        done = self.run(self.command, *args, **env)
        assert done.returncode == 0, f"beroepsplanner {args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done


def _scripts(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel-install")
    assert not tmp.resolve().is_relative_to(ROOT)

    # The wheel, built from a copy of the sources: no build/ or egg-info left in the checkout
    # and no stale files of an earlier build in the wheel.
    source = tmp / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=IGNORED)
        else:
            shutil.copy2(ROOT / name, source / name)
    wheelhouse = tmp / "wheelhouse"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheelhouse), str(source)],
        capture_output=True, text=True, timeout=180,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheelhouse.glob("beroepsplanner-*.whl")

    # A fresh environment (without pip: this environment's pip installs into it).
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = _scripts(venv) / ("python.exe" if os.name == "nt" else "python")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=180,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip())
    # The dependencies: this environment's site-packages as a path line (its .pth files,
    # the checkout's editable install among them, are not processed).
    (site_packages / "dependencies-of-the-test.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )

    work = tmp / "work"
    work.mkdir()
    env = {
        key: value for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
        and not key.startswith("BEROEPSPLANNER_")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
        PATH=os.pathsep.join([str(_scripts(venv)), env.get("PATH", "")]),
    )
    command = _scripts(venv) / ("beroepsplanner.exe" if os.name == "nt" else "beroepsplanner")
    return Installed(wheel, venv, python, command, site_packages, work, env)


@pytest.fixture(scope="module")
def demo_database(installed: Installed) -> Path:
    database = installed.work / "school.db"
    installed.program("demo", "--db", database)
    return database


# --- the wheel ---------------------------------------------------------------------------


def test_the_wheel_carries_the_data_inside_the_package_and_nothing_else(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert all(name.startswith("beroepsplanner") for name in names), sorted(names)
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    data = {name.removeprefix(DATA) for name in names if name.startswith(DATA)}

    def files(folder: str) -> set[str]:
        return {
            path.relative_to(ROOT).as_posix() for path in (ROOT / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        }

    # db/: Alembic's environment and migrations, the seed, the demo school.
    assert {name for name in data if name.startswith("db/")} == files("db")
    assert "db/migrations/env.py" in data and "db/migrations/versions/0001_initial_schema.py" in data
    # resources/: everything but the translations' sources.
    assert {name for name in data if name.startswith("resources/")} == {
        name for name in files("resources") if not name.endswith(".ts")
    }
    # docs/: the manual and the screenshots it shows, no other documentation.
    docs = {name for name in data if name.startswith("docs/")}
    manual = (ROOT / "docs" / "handleiding.md").read_text(encoding="utf-8")
    assert "docs/handleiding.md" in docs
    for name in docs - {"docs/handleiding.md"}:
        assert name.startswith("docs/screenshots/") and name.removeprefix("docs/") in manual, name
    assert len(docs) >= 6
    # The program's licence is the wheel's licence file.
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert not any(name.startswith(("tests/", "docs/", "db/", "resources/")) for name in names)


def test_the_installed_package_is_the_wheels_copy_with_its_data_inside(installed: Installed) -> None:
    probe = (
        "import json, beroepsplanner\n"
        "from beroepsplanner import resources as r\n"
        "print(json.dumps({'file': beroepsplanner.__file__, 'base': str(r.base_dir()),\n"
        "    'migrations': str(r.db_path('migrations')), 'licence': str(r.licence_path()),\n"
        "    'licence_text': r.licence_path().read_text(encoding='utf-8')[:200]}))\n"
    )
    done = installed.run(installed.python, "-c", probe)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    venv = installed.venv.resolve()
    assert Path(found["file"]).resolve().is_relative_to(installed.site_packages.resolve())
    assert Path(found["base"]) == installed.site_packages / "beroepsplanner" / "_data"
    assert (Path(found["migrations"]) / "env.py").is_file()
    assert Path(found["licence"]).resolve().is_relative_to(venv)
    assert "GNU GENERAL PUBLIC LICENSE" in found["licence_text"]


# --- the program ---------------------------------------------------------------------------


def test_demo_creates_a_migrated_database_with_the_catalog(installed: Installed, demo_database: Path) -> None:
    with sqlite3.connect(demo_database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        (activities,) = connection.execute("SELECT count(*) FROM activities").fetchone()
        (worlds,) = connection.execute("SELECT count(*) FROM worlds").fetchone()
        seeded = connection.execute(
            "SELECT count(*) FROM settings WHERE key = 'catalog.seed_digest'"
        ).fetchone()[0]
    connection.close()
    from beroepsplanner.store.database import SCHEMA_HEAD

    assert revision == SCHEMA_HEAD
    assert activities > 10 and worlds > 5 and seeded == 1


def test_print_logbooks_of_a_chain_writes_a_pdf(installed: Installed, demo_database: Path) -> None:
    chains = json.loads(installed.program("list", "chains", "--json", "--db", demo_database).stdout)
    assert chains
    pdf = installed.work / "logboeken.pdf"
    installed.program("print", "logbooks", "--chain", str(chains[0]["id"]), "--out", pdf, "--db", demo_database)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_window_starts_and_quits_without_a_message(installed: Installed, demo_database: Path) -> None:
    done = installed.program("--db", demo_database, BEROEPSPLANNER_QUIT_AFTER_MS="300")
    # A translation that is not found is reported as "beroepsplanner: vertaling ... niet gevonden".
    assert "beroepsplanner:" not in done.stderr, done.stderr


WINDOW_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from beroepsplanner.ui.app import install_translators, application_icon
from beroepsplanner.ui.about import font_licence_text, program_licence_text
from beroepsplanner.ui.main_window import MainWindow
from beroepsplanner.ui.manual import ManualDialog
from beroepsplanner.ui.workspace import Workspace

app = QApplication([])
translators = install_translators(app)
workspace = Workspace()
workspace.open(sys.argv[1])
window = MainWindow(workspace)
window.show()
manual = ManualDialog(window)
manual.show()
app.processEvents()
print(json.dumps({
    "translators": len(translators),
    "file_menu": window.file_menu.title(),
    "help_menu": window.help_menu.title(),
    "icon_sizes": len(application_icon().availableSizes()),
    "manual": manual.view.toPlainText()[:2000],
    "missing_images": manual.view.missing_images,
    "licence": program_licence_text()[:200],
    "font_licence": font_licence_text()[:200],
}))
workspace.close()
"""


def test_the_window_is_dutch_with_its_icon_manual_and_licences(
    installed: Installed, demo_database: Path
) -> None:
    done = installed.run(installed.python, "-c", WINDOW_PROBE, demo_database)
    assert done.returncode == 0, done.stderr
    assert "beroepsplanner:" not in done.stderr, done.stderr
    found = json.loads(done.stdout)
    assert found["translators"] == 3
    assert found["file_menu"] == "&Bestand" and found["help_menu"] == "&Help"
    assert found["icon_sizes"] >= 5
    assert "Beroepsplanner" in found["manual"] and "ontbreekt" not in found["manual"]
    assert found["missing_images"] == []
    assert "GNU GENERAL PUBLIC LICENSE" in found["licence"]
    assert "DejaVu" in found["font_licence"] or "Bitstream" in found["font_licence"]
