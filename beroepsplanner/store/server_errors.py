"""Dutch messages for what goes wrong with a server database (PostgreSQL).

``connect_failure`` says why a connection could not be made; ``server_failure``
turns a failing statement into a message when the cause lies with the server, the
network or the user's rights, and returns None for the program's own faults
(a constraint, a programming error), which may crash loudly in the tests.

libpq reports a failed connection without a SQLSTATE, so its (English) text is read;
what is not recognised gets the general message with libpq's first line, which never
holds the password. Messages name the database as ``str(location)``: without password.
"""

from __future__ import annotations

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.location import DatabaseLocation

NOTHING_CHANGED = "Er is niets veranderd."

# SQLSTATE classes and codes of faults that are not the program's own.
_BUSY = {"40001", "40P01", "55P03", "57014"}  # serialization, deadlock, lock, timeout
_NO_PERMISSION = {"42501"}  # insufficient_privilege
_READ_ONLY = {"25006"}  # read_only_sql_transaction (a standby, or a read-only setting)
_CONNECTION_CLASSES = ("08", "57P")  # connection exception, operator intervention


def _detail(exc: BaseException) -> str:
    """libpq's first line, without psycopg's "connection failed:" and the socket path."""
    message = str(getattr(exc, "orig", exc)).strip()
    for prefix in ("connection failed:", "connection is bad:"):
        if message.startswith(prefix):
            message = message[len(prefix) :].strip()
    first = message.splitlines()[0] if message else ""
    if "failed: " in first and first.startswith("connection to server"):
        first = first.split("failed: ", 1)[1]
    return first.replace("FATAL:", "").strip()


def connect_failure(location: DatabaseLocation, exc: BaseException) -> DatabaseError:
    """The error for a connection to ``location`` that could not be made."""
    server = str(location)
    detail = _detail(exc)
    lowered = detail.lower()
    url = location.url
    database = (url.database if url is not None else None) or ""
    user = (url.username if url is not None else None) or ""
    if "password authentication failed" in lowered or (
        "role" in lowered and "does not exist" in lowered
    ):
        return DatabaseError(
            f"Aanmelden bij de databaseserver van {server} lukt niet: de gebruikersnaam of "
            f"het wachtwoord klopt niet. {NOTHING_CHANGED} Controleer de gebruikersnaam in "
            "het adres en het wachtwoord (uit PGPASSWORD of het bestand .pgpass), of vraag "
            "de beheerder van de server om uw gegevens.",
            key="server-wrong-password",
            server=server,
            user=user,
        )
    if "no password supplied" in lowered:
        return DatabaseError(
            f"De databaseserver van {server} vraagt een wachtwoord, maar er is er geen. "
            f"{NOTHING_CHANGED} Geef het wachtwoord in het venster via Bestand > Verbinden met "
            "schoolserver… (het kan daar in de sleutelbos van uw systeem worden bewaard), "
            "of zet het in het bestand .pgpass (of in PGPASSWORD) en probeer het opnieuw; in "
            "het adres zelf hoort het niet.",
            key="server-password-needed",
            server=server,
        )
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseError(
            f"Op de databaseserver bestaat de database '{database}' niet ({server}). "
            f"{NOTHING_CHANGED} Controleer de naam achter de laatste / in het adres, of "
            "vraag de beheerder van de server om de database te maken; daarna maakt "
            f"'beroepsplanner db upgrade --db {server}' het schema.",
            key="server-database-missing",
            server=server,
            database=database,
        )
    if "no pg_hba.conf entry" in lowered or "not permitted" in lowered:
        return DatabaseError(
            f"De databaseserver van {server} laat deze computer of deze gebruiker niet toe. "
            f"{NOTHING_CHANGED} Vraag de beheerder van de server om toegang (pg_hba.conf), "
            "of controleer of sslmode in het adres klopt.",
            key="server-not-allowed",
            server=server,
        )
    if "ssl" in lowered and ("support" in lowered or "required" in lowered or "certificate" in lowered):
        return DatabaseError(
            f"Een versleutelde verbinding met de databaseserver van {server} lukt niet "
            f"({detail}). {NOTHING_CHANGED} Controleer sslmode in het adres, of vraag de "
            "beheerder van de server welke instelling nodig is.",
            key="server-ssl-failed",
            server=server,
            detail=detail,
        )
    if any(
        sign in lowered
        for sign in (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "no such file or directory",
            "timeout expired",
            "timed out",
            "network is unreachable",
            "no route to host",
            "could not connect",
            "server closed the connection",
            "the database system is starting up",
            "the database system is shutting down",
        )
    ):
        return DatabaseError(
            f"De databaseserver van {server} is niet bereikbaar. {NOTHING_CHANGED} "
            "Controleer de naam van de server en de poort in het adres, en of deze computer "
            "verbinding heeft met het schoolnetwerk (of de VPN); probeer het daarna opnieuw.",
            key="server-unreachable",
            server=server,
        )
    return DatabaseError(
        f"Verbinden met de databaseserver van {server} lukt niet ({detail}). {NOTHING_CHANGED}",
        key="server-connect-failed",
        server=server,
        detail=detail,
    )


def server_failure(
    location: DatabaseLocation, exc: BaseException, *, writing: bool
) -> DatabaseError | None:
    """The error for a statement that failed for a cause outside the program (the
    connection, the server's locks, rights or disk); None for the program's own fault."""
    import psycopg

    orig = getattr(exc, "orig", exc)
    server = str(location)
    nothing_saved = " Er is niets opgeslagen." if writing else ""
    code = getattr(orig, "sqlstate", None) or ""
    named = {"server": server, "writing": writing}
    if code in _BUSY:
        return DatabaseError(
            f"De database {server} is bezet: een collega wijzigt dezelfde gegevens."
            f"{nothing_saved} Probeer het over een paar seconden opnieuw.",
            key="server-busy",
            **named,
        )
    if code in _NO_PERMISSION:
        return DatabaseError(
            f"U heeft in de database {server} geen rechten om dit te "
            f"{'wijzigen' if writing else 'lezen'}.{nothing_saved} Vraag de beheerder van de "
            "schoolserver om de rechten die u nodig heeft.",
            key="server-no-permission",
            **named,
        )
    if code in _READ_ONLY:
        return DatabaseError(
            f"De database {server} is op dit moment alleen te lezen.{nothing_saved} Vraag "
            "de beheerder van de schoolserver waarom, en probeer het later opnieuw.",
            key="server-read-only",
            **named,
        )
    if code.startswith("53"):  # insufficient resources: disk full, out of memory, ...
        return DatabaseError(
            f"De databaseserver van {server} heeft geen ruimte of geheugen meer."
            f"{nothing_saved} Meld dit aan de beheerder van de schoolserver.",
            key="server-full",
            **named,
        )
    lost = code.startswith(_CONNECTION_CLASSES) or (
        not code and isinstance(orig, (psycopg.OperationalError, psycopg.InterfaceError))
    )
    if lost:
        return DatabaseError(
            f"De verbinding met de databaseserver van {server} is verbroken."
            f"{nothing_saved} Controleer de netwerkverbinding en probeer het opnieuw.",
            key="server-connection-lost",
            **named,
        )
    return None
