"""The English of the errors about a database on a server (PostgreSQL, issue 16).

``store/location.py`` (an address that is not a server's), ``store/server.py`` (a
database without our schema, of another program, older or newer) and
``store/server_errors.py`` (connecting, and a statement failing for a cause outside the
program), and moving a whole database between a file and a server (``beroepsplanner db
copy``: ``store/transfer/copy.py`` and ``copy_ends.py``). ``{server}`` is the address without password, as the Dutch message has it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from beroepsplanner.ui.domain_text import DomainText


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    tr = DomainText.tr
    return {
        "server-url-invalid": tr(
            "{url} is not a valid address of a database server. Give a school server as "
            "postgresql://user@server:5432/database."
        ),
        "server-url-unsupported": tr(
            "Beroepsplanner works with a database file or a PostgreSQL server "
            "(postgresql://…), not with {scheme}://. Nothing has been changed."
        ),
        "server-field-missing": tr(
            "Fill in the server, the database and the user name; the school server's "
            "administrator knows them. Nothing has been changed."
        ),
        "server-keyring-unavailable": tr(
            "The password cannot be kept in this system's keyring ({reason}). The connection "
            "works; next time the program asks for the password again. You can also put it "
            "in the .pgpass file (see docs/school-server.md)."
        ),
        # --- connecting
        "server-wrong-password": tr(
            "Signing in to the database server of {server} failed: the user name or the "
            "password is wrong. Nothing has been changed. Check the user name in the address "
            "and the password (from PGPASSWORD or the .pgpass file), or ask the server's "
            "administrator for your details."
        ),
        "server-password-needed": tr(
            "The database server of {server} asks for a password, but there is none. Nothing "
            "has been changed. Give the password in the window through File > Connect to school "
            "server… (it can be kept there in your system's keyring), or put it in the .pgpass "
            "file (or in PGPASSWORD) and try again; it does not belong in the address itself."
        ),
        "server-database-missing": tr(
            "The database '{database}' does not exist on the database server ({server}). "
            "Nothing has been changed. Check the name after the last / in the address, or ask "
            "the server's administrator to create the database; then 'beroepsplanner db "
            "upgrade --db {server}' makes the schema."
        ),
        "server-not-allowed": tr(
            "The database server of {server} does not let this computer or this user in. "
            "Nothing has been changed. Ask the server's administrator for access "
            "(pg_hba.conf), or check that sslmode in the address is right."
        ),
        "server-ssl-failed": tr(
            "An encrypted connection to the database server of {server} failed ({detail}). "
            "Nothing has been changed. Check sslmode in the address, or ask the server's "
            "administrator which setting is needed."
        ),
        "server-unreachable": tr(
            "The database server of {server} cannot be reached. Nothing has been changed. "
            "Check the server's name and the port in the address, and that this computer is "
            "connected to the school network (or the VPN); then try again."
        ),
        "server-connect-failed": tr(
            "Connecting to the database server of {server} failed ({detail}). Nothing has "
            "been changed."
        ),
        # --- the schema
        "server-of-another-program": tr(
            "The database {server} holds tables of another program ({tables}). Nothing has "
            "been changed. Choose an empty database or a Beroepsplanner database."
        ),
        "server-newer-version": tr(
            "The database {server} was updated by a newer version of Beroepsplanner. Nothing "
            "has been changed. Install the newest version of the program."
        ),
        "server-no-schema": tr(
            "The database {server} has no Beroepsplanner schema yet. Nothing has been "
            "changed. The administrator makes the schema with 'beroepsplanner db upgrade --db "
            "{server}'."
        ),
        "server-needs-upgrade": tr(
            "The database {server} has an older schema than this version of Beroepsplanner. "
            "The program never updates a shared database by itself: the administrator does, "
            "once everyone has the new version, with 'beroepsplanner db upgrade --db "
            "{server}'. Nothing has been changed."
        ),
        # --- while working
        "server-busy": tr(
            "The database {server} is busy: a colleague is changing the same data."
            "{nothing_saved} Try again in a few seconds."
        ),
        "server-no-permission": tr(
            "You have no rights to {action} this in the database {server}.{nothing_saved} Ask "
            "the school server's administrator for the rights you need."
        ),
        "server-read-only": tr(
            "The database {server} can only be read at the moment.{nothing_saved} Ask the "
            "school server's administrator why, and try again later."
        ),
        "server-full": tr(
            "The database server of {server} has no space or memory left.{nothing_saved} Tell "
            "the school server's administrator."
        ),
        "server-connection-lost": tr(
            "The connection to the database server of {server} was lost.{nothing_saved} Check "
            "the network connection and try again."
        ),
        # --- moving a whole database (beroepsplanner db copy; store/transfer/copy.py)
        "copy-onto-itself": tr(
            "{source} and {target} are the same database; a database cannot be copied into "
            "itself. Nothing has been changed."
        ),
        "copy-source-unreadable": tr(
            "The database {source} cannot be opened ({detail}). Nothing has been changed."
        ),
        "copy-source-missing": tr(
            "The database {source} does not exist (or is a folder). Nothing has been changed. "
            "Check the name and the folder after --from."
        ),
        "copy-source-not-a-database": tr(
            "{source} is not a Beroepsplanner database. Nothing has been changed. After --from, "
            "choose the database file (.db) or the school server's address."
        ),
        "copy-source-damaged": tr(
            "The database {source} is damaged; nothing has been copied and nothing changed. "
            "Restore a back-up of the file and copy that."
        ),
        "copy-source-no-schema": tr(
            "{source} is not a Beroepsplanner database (it holds no Beroepsplanner schema). "
            "Nothing has been changed."
        ),
        "copy-source-older": tr(
            "The database {source} has an older schema ({revision}) than this version of "
            "Beroepsplanner ({head}). Nothing has been changed. First update it with "
            "'beroepsplanner db upgrade --db {source}', then copy it."
        ),
        "copy-source-newer": tr(
            "The database {source} was updated by a newer version of Beroepsplanner. Nothing "
            "has been changed. Copy it with the newest version of the program."
        ),
        "copy-target-is-folder": tr(
            "{target} is a folder. Nothing has been changed. After --to, give a file name, for "
            "example school.db in that folder."
        ),
        "copy-target-folder-missing": tr(
            "The folder {folder} does not exist. Nothing has been changed. Create the folder "
            "first or choose another place."
        ),
        "copy-target-unreadable": tr(
            "The file {target} cannot be read ({detail}). Nothing has been changed."
        ),
        "copy-target-not-a-database": tr(
            "{target} already exists and is not a Beroepsplanner database. Nothing has been "
            "changed. After --to, choose a new name."
        ),
        "copy-target-of-another-program": tr(
            "{target} holds tables of another program ({tables}). Nothing has been changed. "
            "After --to, choose an empty database or a Beroepsplanner database."
        ),
        "copy-target-older": tr(
            "The database {target} has an older schema ({revision}) than this version of "
            "Beroepsplanner ({head}). Nothing has been changed. First update it with "
            "'beroepsplanner db upgrade --db {target}', then copy."
        ),
        "copy-target-newer": tr(
            "The database {target} was updated by a newer version of Beroepsplanner. Nothing "
            "has been changed. Copy with the newest version of the program."
        ),
        "copy-target-not-empty": tr(
            "The database {target} is not empty: it already holds {what}. Nothing has been "
            "changed. Choose an empty database, or replace everything in it by the copy with "
            "--replace."
        ),
        "copy-target-in-use": tr(
            "The database {target} is still open in another program (Beroepsplanner's "
            "window?). Close that first; nothing has been changed."
        ),
        "copy-target-appeared": tr(
            "While copying, another program made {target}. That file has not been changed and "
            "the copy has not been kept; choose another name or copy again."
        ),
        "copy-file-failed": tr(
            "The copy could not be kept as {target} ({detail}); no file has been left behind. "
            "Choose a folder you may write in, with enough space."
        ),
        "copy-broken-references": tr(
            "The copy in {target} would refer to data that is missing; nothing has been "
            "changed. The source is not in order: restore a back-up of it."
        ),
        "copy-row-refused": tr(
            "The data in {source} does not fit in {target}: a row of the table {table} is "
            "refused ({detail}). Nothing has been changed."
        ),
        "copy-failed": tr(
            "Copying to {target} failed; nothing has been changed there. {cause}"
        ),
    }


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """Whether anything was saved, and what was not allowed, in English (no value lists
    problems: ``row_problem`` and ``keyed_line`` go unused)."""
    del key
    english = dict(found)
    if "writing" in found:
        writing = found["writing"] in (True, "True")
        english["nothing_saved"] = DomainText.tr(" Nothing has been saved.") if writing else ""
        english["action"] = DomainText.tr("change") if writing else DomainText.tr("read")
    if "only_catalog" in found:
        english["what"] = (
            DomainText.tr("the catalog (as after 'beroepsplanner db upgrade')")
            if found["only_catalog"] in (True, "True")
            else DomainText.tr("a school with its data")
        )
    if "inner_key" in found:
        inner = {name[len("inner_") :]: v for name, v in found.items() if name.startswith("inner_")}
        inner_key = str(inner.pop("key"))
        english["cause"] = _cause(inner_key, inner, row_problem, keyed_line)
    return english


def _cause(
    key: str,
    found: dict[str, object],
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> str:
    """The English of the error a copy failed with: a server's (here) or a file's."""
    from beroepsplanner.ui.english import errors_files

    for module in (sys.modules[__name__], errors_files):
        template = module.templates().get(key)
        if template is None:
            continue
        try:
            filled = module.values(key, found, row_problem=row_problem, keyed_line=keyed_line)
            return str(template.format(**filled))
        except (KeyError, IndexError, ValueError):
            break
    return DomainText.tr("The database gave an error.")
