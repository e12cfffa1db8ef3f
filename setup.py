"""What pyproject.toml cannot say: the data folders travel inside the package.

The repository keeps ``db/`` (Alembic's migrations, the catalog seed, the demo
school), ``resources/`` (fonts, translations, icons) and the manual
(``docs/handleiding.md`` with the screenshots it shows) at its top, beside the
package. A wheel gets them inside the package, below ``beroepsplanner/_data/``,
as package data of three extra packages mapped onto those folders:

    db/...                      -> beroepsplanner/_data/db/...
    resources/...               -> beroepsplanner/_data/resources/...
    docs/handleiding.md + images -> beroepsplanner/_data/docs/...

``beroepsplanner/resources.py`` finds them there when the program is installed (and
in the repository from a checkout or an editable install, in ``sys._MEIPASS`` when
frozen by PyInstaller, see installer.spec). The program's licence travels as the
wheel's licence file (``license-files`` in pyproject.toml). Everything else of the
build (name, version, dependencies, the ``beroepsplanner`` command) is in
pyproject.toml; tests/test_wheel_install.py builds a wheel and runs it.
"""

from __future__ import annotations

import re
from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
DATA = "beroepsplanner._data"
MANUAL = "docs/handleiding.md"
# The manual's images: ![text](screenshots/name.png), as ui/manual.py shows them.
MANUAL_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")

# Each folder of data (relative to the repository) and the files of it that the program
# reads at run time. The .py files of db/migrations travel too (Alembic loads them by path).
DATA_FOLDERS: dict[str, list[str]] = {
    "db": ["alembic.ini"],
    "db/migrations": ["env.py", "script.py.mako"],
    "db/migrations/versions": ["*.py"],
    "db/seed": ["*.json"],
    "db/demo": ["*.json"],
    "resources/fonts": ["*.ttf", "LICENSE-DejaVu.txt"],
    # the compiled translations only; the .ts sources are for `make translations`
    "resources/i18n": ["*.qm"],
    "resources/icons": ["*.png", "*.ico", "*.svg"],
}


def manual_folders() -> dict[str, list[str]]:
    """The manual and the images it shows; the other docs stay in the repository."""
    manual = ROOT / MANUAL
    folders: dict[str, list[str]] = {manual.parent.name: [manual.name]}
    for image in sorted(set(MANUAL_IMAGE.findall(manual.read_text(encoding="utf-8")))):
        path = (manual.parent / image).relative_to(ROOT)
        folders.setdefault(path.parent.as_posix(), []).append(path.name)
    return folders


def data_package(folder: str) -> str:
    """db/migrations -> beroepsplanner._data.db.migrations (lands in beroepsplanner/_data/db/migrations)."""
    return ".".join([DATA, *folder.split("/")])


# Every data folder is a package of its own (setuptools' advice for data in subfolders),
# mapped onto its folder in the repository, with its files as package data.
folders = {**DATA_FOLDERS, **manual_folders()}
setup(
    packages=[
        *find_packages(include=["beroepsplanner", "beroepsplanner.*"]),
        *(data_package(folder) for folder in folders),
    ],
    package_dir={data_package(folder): folder for folder in folders},
    package_data={data_package(folder): patterns for folder, patterns in folders.items()},
)
