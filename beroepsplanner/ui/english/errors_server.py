"""The English of the errors about a database on a server (PostgreSQL, issue 16).

``store/location.py`` (an address that is not a server's), ``store/server.py`` (a
database without our schema, of another program, older or newer) and
``store/server_errors.py`` (connecting, and a statement failing for a cause outside the
program). ``{server}`` is the address without password, as the Dutch message has it.
"""

from __future__ import annotations

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
    del key, row_problem, keyed_line
    english = dict(found)
    if "writing" in found:
        writing = found["writing"] in (True, "True")
        english["nothing_saved"] = DomainText.tr(" Nothing has been saved.") if writing else ""
        english["action"] = DomainText.tr("change") if writing else DomainText.tr("read")
    return english
