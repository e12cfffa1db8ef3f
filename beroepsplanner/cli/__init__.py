"""The ``beroepsplanner`` command line (``cli/command.py``; see its docstring for the modules).

``main`` is the entry point of the console script (``beroepsplanner.cli:main``) and of
``python -m beroepsplanner``. It imports ``cli/command.py`` only when called, so importing a
module of this package never runs this one's imports first: a package's ``__init__``
imports none of its own modules at the top (docs/ARCHITECTURE.md, Import rules).
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from beroepsplanner.cli.command import main as run

    return run(argv)
