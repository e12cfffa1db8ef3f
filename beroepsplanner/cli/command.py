"""The ``beroepsplanner`` command: the parser, and how a command runs.

Without a subcommand it opens the window; subcommands work on the database
without Qt (the window is imported only when asked for, so a command starts
fast). Every message to the user is Dutch; a mistake gives a message on
stderr and exit code 2 (usage) or 1 (anything else), never a traceback.

One module per group of commands adds its subcommands (``register``) and
handles them: ``listing`` (demo, list, check), ``plans``, ``printing``,
``transfer`` (import and export of companies and class lists), ``network``
(suggest), ``files`` (backup, restore, export ical), ``years`` and ``db`` (db
upgrade). What they share is in ``common``; argparse's own wording in Dutch in
``text``. None of them imports this module.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from beroepsplanner.cli.paths import DB_ENV, PROG, default_db_path, resolve_db_path
from beroepsplanner.errors import BeroepsplannerError

if TYPE_CHECKING:
    import argparse

COMMAND_WORDS = (
    "command", "subject", "document", "plan_action", "import_subject", "export_subject",
    "year_action", "db_action",
)
"""The arguments that name a command ("print logbooks", "import companies"): fixed
choices, so the log may say them (never a class, a file or a name)."""


GROUPS: dict[str, tuple[str, ...]] = {
    "demo": ("listing",),
    "list": ("listing",),
    "check": ("listing",),
    "plan": ("plans",),
    "print": ("printing",),
    "import": ("transfer",),
    "export": ("transfer", "files"),
    "suggest": ("network",),
    "evaluation": ("evaluation",),
    "backup": ("files",),
    "restore": ("files",),
    "year": ("years",),
    "db": ("db",),
    "report": ("reports",),
    "goals": ("goals",),
}
"""Which modules add the subcommands of each command word (``export`` has subjects in two)."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser: the common ``--db``, ``--version`` and every group of commands — or, for
    ``command`` (a word of ``GROUPS``), only the groups that make that command: building
    the parsers of every subcommand (about forty) takes a third of a short command's
    start-up, and a command is parsed the same by the parser of its own group."""
    import argparse

    from beroepsplanner import __version__
    from beroepsplanner.cli.common import Parser
    from beroepsplanner.cli.text import ARGPARSE_DUTCH

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PAD",
        default=argparse.SUPPRESS,
        help=f"databasebestand of schoolserver (postgresql://gebruiker@server/database); "
        f"standaard ${DB_ENV} of het bestand in de gebruikersmap",
    )
    parser = Parser(
        prog=PROG,
        description="Plan beroepsoriëntatie als ketens: voorbereiding, activiteit, reflectie. "
        "Zonder opdracht opent het programmavenster.",
        parents=[common],
    )
    # argparse's version action has its help text as a plain default (no gettext look-up),
    # so dutch_argparse() cannot reach it: give the Dutch text here.
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=ARGPARSE_DUTCH["show program's version number and exit"],
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=Parser)
    wanted = set(GROUPS.get(command or "", GROUP_ORDER))
    for name in GROUP_ORDER:
        if name in wanted:
            _register(name, commands, common)
    return parser


GROUP_ORDER = (
    "listing", "goals", "plans", "printing", "transfer", "network", "evaluation", "files",
    "years", "db", "reports",
)
"""The groups in the order the whole parser lists their commands (``--help``)."""


def _register(name: str, commands: Any, common: argparse.ArgumentParser) -> None:
    # Each group imported only when its commands are wanted.
    if name == "listing":
        from beroepsplanner.cli import listing

        listing.register(commands, common)
    elif name == "plans":
        from beroepsplanner.cli import plans

        plans.register(commands, common)
    elif name == "printing":
        from beroepsplanner.cli import printing

        printing.register(commands, common)
    elif name == "transfer":
        from beroepsplanner.cli import transfer

        transfer.register(commands, common)
    elif name == "network":
        from beroepsplanner.cli import network

        network.register(commands, common)
    elif name == "evaluation":
        from beroepsplanner.cli import evaluation

        evaluation.register(commands, common)
    elif name == "files":
        from beroepsplanner.cli import files

        files.register(commands, common)
    elif name == "goals":
        from beroepsplanner.cli import goals

        goals.register(commands, common)
    elif name == "years":
        from beroepsplanner.cli import years

        years.register(commands, common)
    elif name == "reports":
        from beroepsplanner.cli import reports

        reports.register(commands, common)
    else:
        from beroepsplanner.cli import db

        db.register(commands, common)


def command_word(argv: Sequence[str]) -> str | None:
    """The command asked for (``print`` in ``--db x.db print logbooks``), or None when an
    option comes first that the whole parser must see (``--help``, ``--version``, a typo)."""
    value_next = False
    for arg in argv:
        if value_next:
            value_next = False
        elif arg == "--db":
            value_next = True
        elif arg.startswith("-"):
            if not arg.startswith("--db="):
                return None
        else:
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _plain_window_start(argv)
    if window is not None:
        try:
            return _open_window(window)
        except Exception as exc:  # a bug at the window's start (the window logs its own)
            return _unexpected(exc, "while starting the window")
    from beroepsplanner.cli.text import dutch_argparse, terminal_safe

    try:
        with dutch_argparse():
            args = build_parser(command_word(argv)).parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        try:
            return _open_window(args)
        except Exception as exc:  # a bug at the window's start (the window logs its own)
            return _unexpected(exc, "while starting the window")
    from beroepsplanner.logs import logger, start_log

    name = " ".join(str(getattr(args, word)) for word in COMMAND_WORDS if hasattr(args, word))
    start_log(f"command {name}")
    started = time.monotonic()
    with terminal_safe():
        code = _run(handler, args)
    logger.info("command %s ended: exit code %d, %.1f s", name, code, time.monotonic() - started)
    return code


def _plain_window_start(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of a plain start of the window — nothing, or only ``--db PATH`` —
    found without argparse (and without importing the commands); None for anything else,
    which the parser handles (and explains)."""
    if not argv:
        return SimpleNamespace()
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return SimpleNamespace(db=argv[0][len("--db="):])
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return SimpleNamespace(db=argv[1])
    return None


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except BeroepsplannerError as exc:
        from beroepsplanner.logs import log_refused

        log_refused(exc, "the command")
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: afgebroken.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output stopped early (``list chains | head``): not an error
        # of ours. Python's advice: point stdout at devnull so the final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: the Dutch message here, the traceback in the log
        return _unexpected(exc, "in the command")


def _unexpected(exc: Exception, where: str) -> int:
    """Log an unexpected error (the log holds no personal data, so not its message
    either) and tell the user in Dutch where the details are; exit code 1."""
    from beroepsplanner.logs import active_log_file, log_unexpected

    log_unexpected(exc, where)
    log = active_log_file()
    details = (
        f" De details staan in het logbestand {log} (zonder persoonsgegevens); stuur dat "
        "bestand naar wie u met het programma helpt."
        if log is not None
        else ""
    )
    print(
        f"{PROG}: er ging iets mis dat niet had mogen gebeuren ({type(exc).__name__}). "
        f"Dit is een fout in het programma.{details}",
        file=sys.stderr,
    )
    return 1


def _open_window(args: Any) -> int:
    from beroepsplanner.ui.system_libraries import check_before_window

    # Qt's own text for a missing X11 library is English and names only the first one.
    problem = check_before_window()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    from beroepsplanner.ui.app import run

    given = getattr(args, "db", None) or os.environ.get(DB_ENV)
    from beroepsplanner.store.url_text import is_server_url

    if isinstance(given, str) and is_server_url(given):
        # Read on the start's thread after the first paint, with its messages there
        # (ui/start.py): SQLAlchemy is not needed before the window is on the screen.
        return run(given.strip())
    if given:
        return run(resolve_db_path(args, create=True))
    # No database asked for: the one of last time, else the user's own.
    default = default_db_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    return run(None, default=default)
