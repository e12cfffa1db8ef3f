"""The layers of docs/ARCHITECTURE.md ("Import rules"), kept by reading every import.

Every ``import`` and ``from … import`` of every module under ``beroepsplanner/`` counts,
wherever it stands: at the top of the module, inside a function (the command line's
lazy imports), under ``if TYPE_CHECKING:``. Two checks:

* **Layers.** A module of a package may not import what the table forbids it (the
  domain no store, io, printing, ui, Qt or SQLAlchemy; io and printing no store, ui, Qt
  or SQLAlchemy; ...). The table in docs/ARCHITECTURE.md and ``FORBIDDEN`` below must say
  the same (a test compares them).
* **Only inside a function.** What ``LAZY_ONLY`` names, the command line imports in the
  handler that needs it, never where it runs when the module is imported (at the top, in
  a class body); an import under ``if TYPE_CHECKING:`` never runs and may stand anywhere.
* **No circles.** No module reaches itself through its imports. A package's
  ``__init__.py`` that names one of its own modules counts like any module; the import
  of a parent package that Python does by itself before a submodule does not (it runs
  the parent's ``__init__.py`` first and completely), and so an ``__init__.py`` may
  name its own modules only inside a function.

A failure names the importing file, its line and the import as written. Imports made
from a string (``importlib.import_module``) are not seen; the program has none.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "beroepsplanner"

QT = ("PySide6", "shiboken6")
SQLALCHEMY = ("sqlalchemy", "alembic")
NAMES = {"Qt": QT, "SQLAlchemy": SQLALCHEMY}
"""Words of the rules table that stand for third-party packages."""

ENTRY = ("__init__", "__main__")
"""The package's own files at its top that are no base module."""

LAYERS = ("domain", "store", "io", "printing", "ui", "cli")

FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("store", "io", "printing", "ui", "cli", "Qt", "SQLAlchemy"),
    "io": ("store", "printing", "ui", "cli", "Qt", "SQLAlchemy"),
    "printing": ("store", "io", "ui", "cli", "Qt", "SQLAlchemy"),
    "store": ("printing", "ui", "cli", "Qt"),
    "cli": ("Qt",),
    "base": ("domain", "store", "io", "printing", "ui", "cli", "Qt", "SQLAlchemy"),
}
"""Package (or ``base``: ``base_modules``) → what none of its imports may name. ``cli`` may
import ``ui`` only inside a function (``LAZY_ONLY``): the window is imported when asked for."""

LAZY_ONLY: dict[str, tuple[str, ...]] = {
    "cli": ("ui", "store", "io", "printing", "SQLAlchemy", "reportlab", "openpyxl"),
}
"""Package → what it may import only inside a function, never at the top of a module:
``--help`` and ``--version`` must not load SQLAlchemy, ReportLab or the window."""


@dataclass(frozen=True)
class Import:
    """One imported name: who imports it, where, and how it was written."""

    importer: str  # dotted module name
    file: Path
    line: int
    text: str  # the import statement as written
    target: str  # the dotted name imported (a module of ours when it is one)
    at_import: bool  # runs when the module is imported: not in a function, not for TYPE_CHECKING


@dataclass(frozen=True)
class Module:
    name: str
    file: Path


def modules(root: Path, package: str = PACKAGE) -> dict[str, Module]:
    """Every module of ``package`` under ``root`` by its dotted name."""
    found = {}
    for file in sorted((root / package).rglob("*.py")):
        parts = list(file.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = Module(".".join(parts), file)
    return found


def _statement(source: str, node: ast.stmt) -> str:
    return " ".join((ast.get_source_segment(source, node) or ast.unparse(node)).split())


def imports(module: Module, known: Iterable[str]) -> Iterator[Import]:
    """Every import of ``module``; ``from a import b`` targets ``a.b`` when that is a module."""
    known = set(known)
    source = module.file.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(module.file))
    is_package = module.file.name == "__init__.py"

    def visit(node: ast.AST, at_import: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            inner = at_import and not isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
            )
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(
                        module.name, module.file, child.lineno, _statement(source, child),
                        alias.name, at_import,
                    )
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = module.name.split(".")
                    if not is_package:
                        base = base[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    origin = ".".join(base + ([child.module] if child.module else []))
                else:
                    origin = child.module or ""
                for alias in child.names:
                    full = f"{origin}.{alias.name}"
                    yield Import(
                        module.name, module.file, child.lineno, _statement(source, child),
                        full if full in known else origin, at_import,
                    )
            if isinstance(child, ast.If) and _type_checking(child.test):
                for statement in child.body:
                    yield from visit(ast.Module(body=[statement], type_ignores=[]), False)
                for statement in child.orelse:
                    yield from visit(ast.Module(body=[statement], type_ignores=[]), at_import)
                continue
            yield from visit(child, inner)

    yield from visit(tree, True)


def _type_checking(test: ast.expr) -> bool:
    """``if TYPE_CHECKING:`` or ``if typing.TYPE_CHECKING:``."""
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", None)
    return name == "TYPE_CHECKING"


def base_modules(root: Path, package: str = PACKAGE) -> tuple[str, ...]:
    """The modules at the top of the package (``errors``, ``logs``, ...): every layer may use
    them, they use no layer. A new one falls under the rule by itself."""
    return tuple(
        sorted(p.stem for p in (root / package).glob("*.py") if p.stem not in ENTRY)
    )


def layer_of(name: str, base: Iterable[str] = ()) -> str | None:
    """``domain``, ``store``, ..., ``base`` for a module of ours; None for the package itself,
    ``__main__`` and third-party names."""
    parts = name.split(".")
    if parts[0] != PACKAGE or len(parts) < 2:
        return None
    if parts[1] in LAYERS:
        return parts[1]
    if parts[1] in base:
        return "base"
    return None


def _names(words: Iterable[str]) -> tuple[str, ...]:
    """The dotted prefixes the words of a rule stand for."""
    found: list[str] = []
    for word in words:
        if word in NAMES:
            found += NAMES[word]
        elif word in LAYERS:
            found.append(f"{PACKAGE}.{word}")
        else:
            found.append(word)
    return tuple(found)


def _names_one_of(target: str, prefixes: Iterable[str]) -> str | None:
    for prefix in prefixes:
        if target == prefix or target.startswith(prefix + "."):
            return prefix
    return None


def _where(item: Import, root: Path) -> str:
    return f"{item.file.relative_to(root).as_posix()}:{item.line}: `{item.text}`"


def layer_violations(root: Path, package: str = PACKAGE) -> list[str]:
    """A line per import that breaks ``FORBIDDEN`` or ``LAZY_ONLY``."""
    found = modules(root, package)
    base = base_modules(root, package)
    problems = []
    for module in found.values():
        layer = layer_of(module.name, base)
        if layer is None:
            continue
        for item in imports(module, found):
            rule = FORBIDDEN.get(layer, ())
            hit = _names_one_of(item.target, _names(rule))
            if hit is not None:
                word = next(w for w in rule if hit in _names((w,)))
                problems.append(
                    f"{_where(item, root)} — {layer} may not import {word} "
                    "(docs/ARCHITECTURE.md, Import rules)"
                )
                continue
            lazy = LAZY_ONLY.get(layer, ())
            hit = _names_one_of(item.target, _names(lazy))
            if hit is not None and item.at_import:
                word = next(w for w in lazy if hit in _names((w,)))
                problems.append(
                    f"{_where(item, root)} — {layer} may import {word} only inside the function "
                    "that needs it, so that --help and --version start fast "
                    "(docs/ARCHITECTURE.md, Import rules)"
                )
    return list(dict.fromkeys(problems))  # one line per statement, not per imported name


def import_graph(root: Path, package: str = PACKAGE) -> dict[str, dict[str, Import]]:
    """Module → the modules of ours it imports (the first import of each, for messages)."""
    found = modules(root, package)
    graph: dict[str, dict[str, Import]] = {name: {} for name in found}
    for module in found.values():
        for item in imports(module, found):
            target = item.target
            while target and target not in found:  # ``from pkg.mod import name``
                target = target.rpartition(".")[0]
            if not target or target == module.name:
                continue
            graph[module.name].setdefault(target, item)
    return graph


def circles(graph: dict[str, dict[str, Import]]) -> list[list[Import]]:
    """One circle of imports per strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def connect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [_one_circle(graph, set(group), group[0]) for group in groups]


def _one_circle(graph: dict[str, dict[str, Import]], group: set[str], start: str) -> list[Import]:
    """The shortest way from ``start`` back to itself inside ``group``, as its imports."""
    paths: dict[str, list[Import]] = {start: []}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt, item in sorted(graph[node].items()):
            if nxt == start:
                return paths[node] + [item]
            if nxt in group and nxt not in paths:
                paths[nxt] = paths[node] + [item]
                queue.append(nxt)
    raise AssertionError(f"no circle through {start}")  # pragma: no cover - Tarjan found one


def circle_messages(root: Path, package: str = PACKAGE) -> list[str]:
    messages = []
    for circle in circles(import_graph(root, package)):
        names = " → ".join([c.importer for c in circle] + [circle[0].importer])
        steps = "\n".join(f"    {_where(item, root)}" for item in circle)
        messages.append(f"import circle {names}:\n{steps}")
    return messages


def init_violations(root: Path, package: str = PACKAGE) -> list[str]:
    """An ``__init__.py`` that imports one of its own modules at the top (see the docstring)."""
    found = modules(root, package)
    problems = []
    for module in found.values():
        if module.file.name != "__init__.py":
            continue
        for item in imports(module, found):
            if item.at_import and item.target.startswith(module.name + "."):
                problems.append(
                    f"{_where(item, root)} — a package's __init__.py imports its own modules "
                    "only inside a function (docs/ARCHITECTURE.md, Import rules)"
                )
    return problems


# --- the program ---------------------------------------------------------------------


def test_every_import_keeps_to_its_layer() -> None:
    problems = layer_violations(ROOT)
    assert not problems, f"{len(problems)} imports break the layers:\n" + "\n".join(problems)


def test_no_module_imports_itself_through_others() -> None:
    problems = circle_messages(ROOT) + init_violations(ROOT)
    assert not problems, f"{len(problems)} import circles:\n" + "\n\n".join(problems)


def test_the_rules_are_the_ones_in_the_architecture_document() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("## Import rules", 1)[1].split("\n## ", 1)[0]
    table: dict[str, tuple[str, ...]] = {}
    lazy: dict[str, tuple[str, ...]] = {}
    for row in re.findall(r"^\| `([a-z_]+)` \|([^|]*)\|([^|]*)\|", section, re.MULTILINE):
        package, never, only_lazily = row

        def words(cell: str) -> tuple[str, ...]:
            return tuple(w.strip(" `") for w in cell.split(",") if w.strip(" `—-"))

        table[package] = words(never)
        if words(only_lazily):
            lazy[package] = words(only_lazily)
    assert table == FORBIDDEN, "docs/ARCHITECTURE.md's import rules differ from FORBIDDEN"
    assert lazy == LAZY_ONLY, "docs/ARCHITECTURE.md's import rules differ from LAZY_ONLY"
    for name in base_modules(ROOT):
        assert f"`{name}`" in section, (
            f"docs/ARCHITECTURE.md, Import rules, does not name {name} among the base modules"
        )


# --- the checks themselves, on a made-up package --------------------------------------


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in {p.parent for p in (root / PACKAGE).rglob("*.py")} | {root / PACKAGE}:
        (folder / "__init__.py").touch()
    return root


@pytest.mark.parametrize(
    ("source", "statement", "expected"),
    [
        ("from sqlalchemy import select\n", "from sqlalchemy import select", "SQLAlchemy"),
        ("import sqlalchemy.orm as orm\n", "import sqlalchemy.orm as orm", "SQLAlchemy"),
        (
            "def f():\n    from PySide6.QtCore import QObject\n",
            "from PySide6.QtCore import QObject",
            "Qt",
        ),
        (
            "from beroepsplanner.store.models import Chain\n",
            "from beroepsplanner.store.models import Chain",
            "store",
        ),
        ("from ..store import models\n", "from ..store import models", "store"),
        ("from beroepsplanner import io\n", "from beroepsplanner import io", "io"),
        (
            "from typing import TYPE_CHECKING\n\n"
            "if TYPE_CHECKING:\n    from beroepsplanner.ui import x\n",
            "from beroepsplanner.ui import x",
            "ui",
        ),
    ],
)
def test_a_forbidden_import_is_named_with_its_file_and_line(
    tmp_path: Path, source: str, statement: str, expected: str
) -> None:
    root = _write(
        tmp_path,
        {
            "domain/rules.py": "import datetime\n\n" + source,
            "store/models.py": "",
            "ui/x.py": "",
            "io/plan.py": "",
        },
    )
    line = 2 + source.splitlines().index(next(s for s in source.splitlines() if statement in s)) + 1
    assert layer_violations(root) == [
        f"beroepsplanner/domain/rules.py:{line}: `{statement}` — domain may not import "
        f"{expected} (docs/ARCHITECTURE.md, Import rules)"
    ]


def test_a_lazy_import_of_the_command_line_is_allowed_only_in_a_function(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "cli/main.py": (
                "def run():\n    from beroepsplanner.store.database import open_database\n"
            ),
            "cli/bad.py": "from beroepsplanner.store.database import open_database\n",
            "cli/worse.py": "from PySide6.QtWidgets import QApplication\n",
            "store/database.py": "",
        },
    )
    problems = layer_violations(root)
    assert len(problems) == 2, problems
    bad, worse = sorted(problems)
    assert bad.startswith("beroepsplanner/cli/bad.py:1:") and "only inside the function" in bad
    assert worse.startswith("beroepsplanner/cli/worse.py:1:") and "may not import Qt" in worse


def test_what_runs_at_import_is_told_from_what_does_not(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "cli/typed.py": (
                "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
                "    from beroepsplanner.store.sessions import Database\n"
            ),
            "cli/classy.py": "class Handler:\n    from beroepsplanner.store import sessions\n",
            "store/sessions.py": "",
        },
    )
    problems = layer_violations(root)
    assert len(problems) == 1, problems
    assert problems[0].startswith(
        "beroepsplanner/cli/classy.py:2: `from beroepsplanner.store import sessions`"
    )


def test_a_circle_is_found_through_a_function_level_import(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "cli/main.py": "from beroepsplanner.cli.files import register\n",
            "cli/files.py": "def handler():\n    from beroepsplanner.cli.main import resolve\n",
            "store/a.py": "from beroepsplanner.store import b\n",
            "store/b.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n"
            ),
            "store/c.py": "from beroepsplanner.store.a import A\n",
        },
    )
    messages = circle_messages(root)
    assert len(messages) == 2, messages
    cli = next(m for m in messages if "cli" in m)
    assert "beroepsplanner/cli/files.py:2: `from beroepsplanner.cli.main import resolve`" in cli
    assert "beroepsplanner/cli/main.py:1: `from beroepsplanner.cli.files import register`" in cli
    store = next(m for m in messages if "store" in m)
    assert "beroepsplanner/store/b.py:3: `from .a import A`" in store
    assert "store/c.py" not in store


def test_an_init_that_imports_its_own_module_at_the_top_is_named(tmp_path: Path) -> None:
    root = _write(
        tmp_path,
        {
            "cli/main.py": "",
            "cli/__init__.py": "from beroepsplanner.cli.main import main\n",
            "ui/__init__.py": "def main():\n    from beroepsplanner.ui.app import run\n",
            "ui/app.py": "",
        },
    )
    problems = init_violations(root)
    assert problems == [
        "beroepsplanner/cli/__init__.py:1: `from beroepsplanner.cli.main import main` — a "
        "package's __init__.py imports its own modules only inside a function "
        "(docs/ARCHITECTURE.md, Import rules)"
    ]
