"""A school server's password in the system's keyring (the ``keyring`` package).

The window's Bestand > Verbinden met schoolserver… may keep the password in the
keyring of the user's own system (Windows Credential Manager, the macOS Keychain,
the Secret Service of a Linux desktop), never in the program's settings or in a
file of its own. A connection takes its password, in this order, from:

1. the URL itself (``postgresql://juf:geheim@…``; discouraged, but libpq allows it);
2. the keyring, when the user let the program keep it there;
3. libpq's own ways: ``PGPASSWORD``, ``~/.pgpass`` (``pgpass.conf`` on Windows), a
   service file (``PGSERVICE``) — libpq finds them when no password is given.

A system without a usable keyring (a server without a desktop, a locked keyring)
is not an error for reading: the keyring is skipped and libpq's ways remain. Keeping
a password there raises a Dutch ``DatabaseError`` that says so.

The keyring entry is named by the service ``beroepsplanner`` and the account
``user@host:port/database``: the same user on two servers has two entries.
``keyring`` is imported only here, on first use (it reads its back-ends' entry
points, which a start with a database file does not need).
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from beroepsplanner.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVICE = "beroepsplanner"
DEFAULT_PORT = 5432
logger = logging.getLogger(__name__)


def account(url: URL) -> str | None:
    """The keyring account for ``url``: ``user@host:port/database``; None when the URL
    names no user or no host (a service name or a local socket: libpq's own ways)."""
    # libpq also takes the host and port as parameters (``?host=/run/postgresql``: a
    # socket's folder does not fit in the host part of a URL).
    host = url.host or _parameter(url, "host")
    port = url.port or _parameter(url, "port")
    return account_of(url.username or "", host, str(port or ""), url.database or "")


def _parameter(url: URL, name: str) -> str:
    value = url.query.get(name, "")
    return value if isinstance(value, str) else (value[0] if value else "")


def stored_password(url: URL) -> str | None:
    """The password the keyring keeps for ``url``, or None (none kept, no keyring)."""
    name = account(url)
    return None if name is None else kept_password(name)


def account_of(user: str, host: str, port: str, database: str) -> str | None:
    """``account`` from the parts of a URL (as libpq reads them, without SQLAlchemy)."""
    if not user or not host:
        return None
    return f"{user}@{host}:{port or DEFAULT_PORT}/{database}"


def kept_password(name: str) -> str | None:
    """The password the keyring keeps for the account ``name``, or None."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, name)
        except KeyringError as exc:
            # No back-end, a locked keyring the user declined to open: libpq's ways remain.
            logger.info("keyring not used for a server password: %s", type(exc).__name__)
            return None
    except Exception as exc:  # a broken back-end (D-Bus gone, …) must not stop a connection
        logger.warning("keyring failed while reading a server password: %s", type(exc).__name__)
        return None


def remember_password(url: URL, password: str) -> None:
    """Keep ``password`` for ``url`` in the system's keyring.

    Raises ``DatabaseError`` (Dutch) when the system has no keyring the program can
    use; the connection itself is not affected by that.
    """
    name = account(url)
    if name is None:
        return
    try:
        import keyring

        keyring.set_password(SERVICE, name, password)
    except Exception as exc:
        logger.warning("keyring failed while keeping a server password: %s", type(exc).__name__)
        raise DatabaseError(
            "Het wachtwoord kan niet in de sleutelbos van dit systeem worden bewaard "
            f"({type(exc).__name__}). De verbinding werkt wel; de volgende keer vraagt het "
            "programma het wachtwoord opnieuw. U kunt het ook in het bestand .pgpass zetten "
            "(zie docs/school-server.md).",
            key="server-keyring-unavailable",
            reason=type(exc).__name__,
        ) from exc


def forget_password(url: URL) -> None:
    """Remove the password the keyring keeps for ``url``; nothing when none is kept."""
    name = account(url)
    if name is None:
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # none was kept
            keyring.delete_password(SERVICE, name)
    except Exception as exc:
        logger.warning("keyring failed while removing a server password: %s", type(exc).__name__)


def with_password(url: URL) -> URL:
    """``url`` with the keyring's password for it, when the URL has none and the keyring
    keeps one; else ``url`` unchanged (libpq then uses PGPASSWORD, .pgpass, a service)."""
    if url.password:
        return url
    password = stored_password(url)
    return url.set(password=password) if password else url
