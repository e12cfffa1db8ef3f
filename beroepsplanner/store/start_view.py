"""What the window shows first, and the copy of it kept for the next start.

``read_start_view`` reads the school's name, the counts of the status bar and the year
plan of the newest school year (``planner_view``: the planner page reads the same). The
window keeps that ``StartView`` in a file (``user_cache.py``) together with the *state*
of the database it was read at, and shows it at the next start before SQLAlchemy is
imported — when the database file is still in exactly that state.

The state (``file_state``, ``session_state``) is the newest row of the change log, which
every write transaction of the program leaves (``store/change_log.py``: a revision that
is never handed out twice, the writer's random id and the time), with the schema's
revision: a database that was written to since, a restored back-up, another file under
the same name all have another state. What else decides what the year plan shows is
in the key too: the program's version (and from source, its code's modification
times) and the holidays package's version. A kept view that does not match is never
shown; the start then reads the database as before, on a thread (``ui/start.py``).

This module imports no SQLAlchemy at the top: it is read before the database layer is.
The kept file holds what the year plan shows (classes, teachers, activities, companies,
findings), never a pupil's data. It is written as JSON by ``_encode``: the data classes
and enums of the year plan's modules (``domain.year_grid``, ``domain.chain``,
``domain.kinds``) and this one, rebuilt by name from that list alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
import sqlite3
import sys
import zlib
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from beroepsplanner import __version__
from beroepsplanner.domain import chain, kinds, year_grid
from beroepsplanner.domain.year_grid import PlannerView
from beroepsplanner.store.schema import SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from beroepsplanner.store.location import DatabaseLocation

Place: TypeAlias = "Path | DatabaseLocation"
"""Where a database is: its file, or a server's location (its URL without a password)."""

KEPT_FORMAT = 1
"""Raised when the kept file's layout changes: older files are then ignored."""

STATE_QUERY = "SELECT revision, writer, at FROM change_log ORDER BY revision DESC LIMIT 1"
"""The newest row of the change log: the state of the database (the same text on both paths)."""
_SCHEMA_QUERY = "SELECT version_num FROM alembic_version"


@dataclasses.dataclass(frozen=True)
class StartView:
    """The first screen: the school's name (None: a new database), the counts of the
    status bar and the planner page's year plan (None: no school yet)."""

    school_name: str | None
    counts: dict[str, int]
    plan: PlannerView | None
    state: str = ""
    """The state of the database this was read at (``file_state``)."""


# --- reading it ----------------------------------------------------------------------


def planner_view(session: Session, wanted: str | None = None) -> PlannerView | None:
    """The planner page's school years and the year plan of ``wanted`` (a label; default,
    or when it does not exist, the newest school year); None when there is no school."""
    from beroepsplanner.store.classes import school_info
    from beroepsplanner.store.planner import year_grid

    info = school_info(session)
    if info is None:
        return None
    years = info.school_years
    label = wanted if wanted in years else (years[-1] if years else "")
    grid = year_grid(session, label) if label else None
    return PlannerView(years, info.locked_years, label, grid)


def read_start_view(session: Session) -> StartView:
    """The first screen read through the store (the state read before and after: a
    change committed in between gives an empty state, which no start matches)."""
    from beroepsplanner.store.overview import count_records
    from beroepsplanner.store.plans import the_school

    before = session_state(session)
    school = the_school(session)
    view = StartView(
        school_name=school.name if school is not None else None,
        counts=count_records(session),
        plan=planner_view(session),
    )
    after = session_state(session)
    return dataclasses.replace(view, state=after if after == before else "")


def session_state(session: Session) -> str:
    """The state of the session's database (``file_state``'s text)."""
    connection = session.connection()
    schema = connection.exec_driver_sql(_SCHEMA_QUERY).scalar()
    row = connection.exec_driver_sql(STATE_QUERY).first()
    return _state_text(schema, tuple(row) if row is not None else None)


def file_state(path: Path) -> str | None:
    """The state of the database file ``path`` read with SQLite alone (no SQLAlchemy);
    None when it is not a database of this program at the newest schema, or cannot be
    read (the start then opens it the ordinary way, which says what is wrong)."""
    try:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                return None
        uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as connection:
            schema = connection.execute(_SCHEMA_QUERY).fetchone()
            row = connection.execute(STATE_QUERY).fetchone()
    except (OSError, sqlite3.Error):
        return None
    if schema is None or schema[0] != SCHEMA_HEAD:
        return None
    return _state_text(schema[0], row)


def server_state(location: DatabaseLocation | str) -> str | None:
    """The state of the server database at ``location`` (``file_state``'s text), read with
    psycopg alone on a connection of its own that is closed again: nothing of SQLAlchemy's
    engine, the models or Alembic is needed (for a URL given as text, not SQLAlchemy at
    all), so the window can show the year plan kept for the server before the database is
    opened. None when the server cannot be asked (the opening that follows says why) or its
    schema is not the newest."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from beroepsplanner.errors import BeroepsplannerError
    from beroepsplanner.store.url_text import CONNECT_TIMEOUT_S

    try:
        conninfo = _conninfo(location, keyring=False)
        given = conninfo_to_dict(conninfo)
        arguments: dict[str, Any] = {"autocommit": True}
        if "connect_timeout" not in given:
            arguments["connect_timeout"] = CONNECT_TIMEOUT_S
        if "application_name" not in given:
            arguments["application_name"] = "beroepsplanner"
        try:
            # libpq's own ways first (a password in the URL, .pgpass, PGPASSWORD, a socket
            # that needs none): the keyring's back-ends take a tenth of a second to load.
            connection = psycopg.connect(conninfo, **arguments)
        except psycopg.OperationalError:
            with_keyring = _conninfo(location, keyring=True)
            if with_keyring == conninfo:
                raise
            connection = psycopg.connect(with_keyring, **arguments)
        with connection:
            schema = connection.execute(_SCHEMA_QUERY).fetchone()
            row = connection.execute(STATE_QUERY).fetchone()
    except (psycopg.Error, BeroepsplannerError, OSError, ValueError):
        return None
    if schema is None or schema[0] != SCHEMA_HEAD:
        return None
    return _state_text(schema[0], tuple(row) if row is not None else None)


def _conninfo(location: DatabaseLocation | str, *, keyring: bool) -> str:
    """libpq's connection text for ``location``; with ``keyring`` the keyring's password
    when the URL has none and the keyring keeps one (``server_password``)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from beroepsplanner.store.server_password import account_of, kept_password
    from beroepsplanner.store.url_text import libpq_url

    if not isinstance(location, str):
        from beroepsplanner.store.server_password import with_password

        assert location.url is not None
        url = with_password(location.url) if keyring else location.url
        return url.set(drivername="postgresql").render_as_string(hide_password=False)
    text = libpq_url(location)
    parts = {name: str(value) for name, value in conninfo_to_dict(text).items()}
    if not keyring or parts.get("password"):
        return text
    name = account_of(parts.get("user", ""), parts.get("host", ""), parts.get("port", ""), parts.get("dbname", ""))
    password = kept_password(name) if name is not None else None
    return make_conninfo(text, password=password) if password else text


def _state_text(schema: object, row: tuple[Any, ...] | None) -> str:
    newest = "-" if row is None else "/".join(str(part) for part in row)
    return f"{schema}:{newest}"


# --- keeping it ----------------------------------------------------------------------


def keep_start_view(path: Place | str, view: StartView) -> bool:
    """Keep ``view`` (read at ``view.state``) for the next start on the file or server
    ``path``."""
    from beroepsplanner import user_cache

    if not view.state:
        return False
    try:
        encoded = _encode(view)
    except TypeError:
        return False  # something the codec does not know (a newer rule's argument): not kept
    return user_cache.keep(_file_name(path), {"key": _key(path, view.state), "view": encoded})


def kept_start_view(path: Place | str, state: str) -> StartView | None:
    """The view kept for ``path`` when it was read at ``state`` by this very program."""
    from beroepsplanner import user_cache

    kept = user_cache.read_kept(_file_name(path))
    if not isinstance(kept, dict) or kept.get("key") != _key(path, state):
        return None
    try:
        view = _decode(kept.get("view"))
    except (KeyError, TypeError, ValueError, AttributeError, ImportError):
        return None
    return view if isinstance(view, StartView) and view.state == state else None


def forget_start_view(path: Place | str) -> None:
    """Remove the view kept for ``path`` (it is not correct any more)."""
    from beroepsplanner import user_cache

    user_cache.forget(_file_name(path))


def _place_text(path: Place | str) -> str:
    """A file's real path; a server's URL without its password."""
    if isinstance(path, Path):
        return os.path.realpath(path)
    if isinstance(path, str):
        from beroepsplanner.store.url_text import without_password

        return without_password(path)
    return str(path)


def _file_name(path: Place | str) -> str:
    # One file per database; the key inside says which database it was.
    real = _place_text(path).encode("utf-8", "surrogatepass")
    return f"start-{zlib.crc32(real):08x}-{zlib.adler32(real):08x}.json"


def _key(path: Place | str, state: str) -> list[Any]:
    from beroepsplanner.holiday_days import package_version

    return [KEPT_FORMAT, _place_text(path), state, __version__, _code_stamp(), package_version()]


_stamp: str | None = None


def _code_stamp() -> str:
    """When running from source: the modification times of the code that reads and checks
    the year plan, so a changed rule is never hidden behind a kept view. Frozen: the
    program's own file."""
    global _stamp
    if _stamp is None:
        if getattr(sys, "frozen", False):
            files = [Path(sys.executable)]
        else:
            package = Path(__file__).resolve().parent.parent
            files = [
                Path(entry.path)
                for folder in (package / "domain", package / "store")
                for entry in os.scandir(folder)
                if entry.name.endswith(".py")
            ]
        newest = 0
        for file in files:
            try:
                newest = max(newest, file.stat().st_mtime_ns)
            except OSError:
                continue
        _stamp = f"{len(files)}-{newest}"
    return _stamp


# --- JSON of plain data --------------------------------------------------------------

def _own_classes() -> dict[str, type]:
    """The classes a kept view is made of, by ``module:name``: the data classes and enums of
    the year plan's modules and this one — nothing else is rebuilt from a kept file."""
    found: dict[str, type] = {}
    for module in (year_grid, chain, kinds, sys.modules[__name__]):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum))
            ):
                found[_name_of(value)] = value
    return found


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, enum.Enum):
        if _name_of(type(value)) not in _classes():
            raise TypeError(f"not a kind of the year plan: {_name_of(type(value))}")
        return {"$e": _name_of(type(value)), "v": value.value}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if _name_of(type(value)) not in _classes():
            raise TypeError(f"not a class of the year plan: {_name_of(type(value))}")
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return {"$c": _name_of(type(value)), "f": fields}
    if isinstance(value, tuple):
        return {"$t": [_encode(item) for item in value]}
    if isinstance(value, frozenset):
        return {"$fs": [_encode(item) for item in value]}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {"$m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot keep a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if "$c" in value:
        cls = _class(value["$c"])
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise TypeError(value["$c"])
        return cls(**{name: _decode(item) for name, item in value["f"].items()})
    if "$e" in value:
        kind = _class(value["$e"])
        if not (isinstance(kind, type) and issubclass(kind, enum.Enum)):
            raise TypeError(value["$e"])
        return kind(value["v"])
    if "$d" in value:
        return dt.date.fromisoformat(value["$d"])
    if "$dt" in value:
        return dt.datetime.fromisoformat(value["$dt"])
    if "$t" in value:
        return tuple(_decode(item) for item in value["$t"])
    if "$fs" in value:
        return frozenset(_decode(item) for item in value["$fs"])
    if "$m" in value:
        return {_decode(k): _decode(v) for k, v in value["$m"]}
    raise ValueError("unknown kept value")


def _name_of(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


_classes_by_name: dict[str, type] = {}


def _classes() -> dict[str, type]:
    if not _classes_by_name:
        _classes_by_name.update(_own_classes())
    return _classes_by_name


def _class(name: str) -> Any:
    found = _classes().get(str(name))
    if found is None:
        raise ValueError(f"not a class of the year plan: {name}")
    return found
