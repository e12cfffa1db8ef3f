"""A server database's URL as text, read without SQLAlchemy (for the window's start).

The window starts on a school server before the database layer is imported
(``ui/start.py``): it needs the URL's database name for its title, the URL without its
password for what it shows, and libpq's connection text for asking the server its state
with psycopg alone (``store/start_view.server_state``). ``store/location.py`` reads the
same URL with SQLAlchemy when the database is opened.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

CONNECT_TIMEOUT_S = 10
"""How long a connection attempt waits for a server that does not answer."""

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
"""The URL schemes of a server database; all are opened with psycopg 3."""

_SCHEME = re.compile(r"^\s*(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+)://")


def is_server_url(text: object) -> bool:
    """Whether ``text`` is a text that starts with a server database's scheme and ``://``."""
    if not isinstance(text, str):
        return False
    found = _SCHEME.match(text)
    return found is not None and found.group("scheme").lower() in SERVER_SCHEMES


def without_password(text: str) -> str:
    """``text`` with anything between ``user:`` and ``@`` left out."""
    return re.sub(r"^([^:/]+://[^:@/]*):[^@/]*@", r"\1@", text.strip())


def database_name(text: str) -> str:
    """The database's name in the URL (its path, else ``?dbname=``), for a window title."""
    parts = urlsplit(text.strip())
    name = unquote(parts.path.lstrip("/"))
    if not name:
        name = (parse_qs(parts.query).get("dbname") or [""])[0]
    return name or without_password(text)


def libpq_url(text: str) -> str:
    """The URL as libpq reads it: its scheme ``postgresql`` (libpq knows no ``+psycopg``)."""
    found = _SCHEME.match(text)
    rest = text.strip()[len(found.group(0).strip()) :] if found else text.strip()
    return "postgresql://" + rest
