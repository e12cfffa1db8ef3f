"""Where a database is: a SQLite file, or a database on a PostgreSQL server.

Everything that names a database (``--db``, ``$BEROEPSPLANNER_DB``, the window's
last database) is a text: a file path, or a ``postgresql://`` URL such as
``postgresql://juf@server.school.nl:5432/beroepsplanner?sslmode=require``.
``DatabaseLocation.parse`` tells the two apart; the file parts of the store (file
checks, WAL, the copy kept before an upgrade, back-ups by page copy) work on
``location.path``, the server parts on ``location.url``.

A password never leaves this object in text: ``str(location)`` (what messages and
the window show, what the window remembers) has none. A password may be given in
the URL, but libpq's own ways are better and work as they are: ``PGPASSWORD``,
``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), and a service
name (``postgresql:///?service=school`` with ``PGSERVICE``/``pg_service.conf``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.url_text import SERVER_SCHEMES
from beroepsplanner.store.url_text import without_password as _without_password

DRIVER = "postgresql+psycopg"

SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
"""libpq's ``sslmode`` values (https://www.postgresql.org/docs/current/libpq-ssl.html)."""

# A scheme and "://": a URL. A Windows path ("C:\\school.db") has one letter before the
# colon and no "//"; a file name with a colon elsewhere ("plan:2026.db") has no "//".
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+)://")

@dataclass(frozen=True)
class DatabaseLocation:
    """A database: exactly one of ``path`` (a SQLite file) and ``url`` (a server)."""

    path: Path | None = None
    url: URL | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.url is None):
            raise ValueError("a DatabaseLocation is a file or a server, not both or neither")

    @classmethod
    def file(cls, path: Path | str) -> DatabaseLocation:
        """The SQLite file ``path`` (``~`` expanded, made absolute)."""
        return cls(path=Path(path).expanduser().absolute())

    @classmethod
    def server(cls, url: str | URL) -> DatabaseLocation:
        """The server database at ``url`` (``postgresql://…``); a Dutch error for a URL
        that is not one."""
        shown = _without_password(str(url)) if isinstance(url, str) else None
        try:
            parsed = make_url(url) if isinstance(url, str) else url
        except ArgumentError as exc:
            raise DatabaseError(
                f"{shown} is geen geldig adres van een databaseserver. Een schoolserver "
                "geeft u op als postgresql://gebruiker@server:5432/database.",
                key="server-url-invalid",
                url=shown,
            ) from exc
        if parsed.drivername not in SERVER_SCHEMES:
            raise DatabaseError(
                f"Beroepsplanner werkt met een databasebestand of met een PostgreSQL-server "
                f"(postgresql://…), niet met {parsed.drivername}://. Er is niets veranderd.",
                key="server-url-unsupported",
                scheme=parsed.drivername,
            )
        return cls(url=parsed.set(drivername=DRIVER))

    @classmethod
    def for_server(
        cls,
        host: str,
        database: str,
        user: str,
        *,
        port: int | None = None,
        sslmode: str = "",
        password: str = "",
    ) -> DatabaseLocation:
        """The server database from the fields of Bestand > Verbinden met schoolserver…

        ``password`` is kept in the location (never in its text); empty: the keyring's
        or libpq's own. A Dutch error names the first field that is missing.
        """
        for value, field in ((host, "host"), (database, "database"), (user, "user")):
            if not value.strip():
                raise DatabaseError(
                    "Vul de server, de database en de gebruikersnaam in; de beheerder van "
                    "de schoolserver kent ze. Er is niets veranderd.",
                    key="server-field-missing",
                    field=field,
                )
        if sslmode and sslmode not in SSL_MODES:
            raise ValueError(f"unknown sslmode {sslmode!r}")
        query: dict[str, str] = {"sslmode": sslmode} if sslmode else {}
        host = host.strip()
        if host.startswith("/") or (len(host) > 2 and host[1:3] in (":\\", ":/")):
            # A socket's folder, not a name: libpq takes it as a parameter (it does not
            # fit in a URL's host part), and the port with it.
            query.update(host=host, **({"port": str(port)} if port else {}))
            host, port = "", None
        url = URL.create(
            DRIVER,
            username=user.strip(),
            password=password or None,
            host=host or None,
            port=port,
            database=database.strip(),
            query=query,
        )
        return cls(url=url)

    @classmethod
    def parse(cls, given: str | Path | DatabaseLocation) -> DatabaseLocation:
        """A location from what a user typed: a URL (``scheme://…``) or a file path."""
        if isinstance(given, DatabaseLocation):
            return given
        if isinstance(given, str) and _URL.match(given.strip()):
            return cls.server(given.strip())
        return cls.file(given)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def database_name(self) -> str:
        """The file's name, or the server database's name (for a window title)."""
        if self.path is not None:
            return self.path.name
        assert self.url is not None
        return self.url.database or str(self.url.query.get("dbname", "")) or str(self)

    def __str__(self) -> str:
        """The location as messages show it: the path, or the URL without password
        (``postgresql://juf@server:5432/beroepsplanner?sslmode=require``)."""
        if self.path is not None:
            return str(self.path)
        assert self.url is not None
        url = self.url
        # URL.set(password=None) keeps the password ("None: unchanged"): build anew.
        shown = URL.create(
            "postgresql", url.username, None, url.host, url.port, url.database, url.query
        )
        return shown.render_as_string(hide_password=False)
