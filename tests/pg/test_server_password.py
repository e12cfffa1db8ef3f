"""A school server's password from the system's keyring (store/server_password.py):
kept only when asked, used when the address has none, never in a message or a setting,
and a system without a keyring leaves libpq's own ways (PGPASSWORD, .pgpass)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest

from beroepsplanner.errors import DatabaseError
from beroepsplanner.store.database import open_database
from beroepsplanner.store.location import DatabaseLocation
from beroepsplanner.store.server_password import (
    SERVICE,
    account,
    forget_password,
    remember_password,
    stored_password,
    with_password,
)
from tests.keyrings import MemoryKeyring, NoKeyring
from tests.postgres import PostgresServer, new_database

USER = "meester_keyring"
PASSWORD = "lang-en-geheim-2026"


@pytest.fixture(scope="module")
def password_login(pg_server: PostgresServer) -> str:
    """A login that must give its password (the test server trusts everyone else)."""
    pg_server.require_password(USER, PASSWORD)
    return USER


@pytest.fixture
def school_for_login(pg_server: PostgresServer, password_login: str) -> Iterator[str]:
    """A database with our schema that ``password_login`` may use; its URL without password."""
    name = new_database(pg_server, "catalog")
    with psycopg.connect(pg_server.url(name), autocommit=True) as connection:
        connection.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {USER}"
        )
        connection.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {USER}")
    yield pg_server.url(name, user=password_login)
    pg_server.drop_database(name)


def test_the_account_names_user_server_port_and_database() -> None:
    url = DatabaseLocation.parse("postgresql://juf@server.school.nl/plan").url
    assert url is not None
    assert account(url) == "juf@server.school.nl:5432/plan"
    other = DatabaseLocation.parse("postgresql://juf@server.school.nl:6543/plan").url
    assert other is not None and account(other) == "juf@server.school.nl:6543/plan"
    service_only = DatabaseLocation.parse("postgresql:///?service=school").url
    assert service_only is not None and account(service_only) is None
    assert stored_password(service_only) is None


def test_a_kept_password_opens_the_server_and_a_forgotten_one_no_longer(
    school_for_login: str, memory_keyring: MemoryKeyring, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "geen.pgpass"))
    location = DatabaseLocation.parse(school_for_login)
    assert location.url is not None
    with pytest.raises(DatabaseError) as caught:
        open_database(location)
    assert caught.value.key == "server-password-needed"
    assert "Verbinden met schoolserver" in str(caught.value)

    remember_password(location.url, PASSWORD)
    assert memory_keyring.passwords == {(SERVICE, account(location.url)): PASSWORD}
    assert with_password(location.url).password == PASSWORD
    database = open_database(location)
    try:
        # The password is used, never shown: not in the location's text.
        assert PASSWORD not in str(database.location)
    finally:
        database.close()

    forget_password(location.url)
    forget_password(location.url)  # nothing kept: nothing to do, no error
    assert memory_keyring.passwords == {}
    with pytest.raises(DatabaseError) as caught:
        open_database(location)
    assert caught.value.key == "server-password-needed"


def test_a_password_in_the_address_wins_over_the_keyring(
    school_for_login: str, memory_keyring: MemoryKeyring
) -> None:
    location = DatabaseLocation.parse(school_for_login)
    assert location.url is not None
    remember_password(location.url, "een-oud-wachtwoord")
    typed = location.url.set(password=PASSWORD)
    assert with_password(typed).password == PASSWORD
    open_database(DatabaseLocation(url=typed)).close()


def test_without_a_keyring_libpq_s_own_ways_remain(
    school_for_login: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(NoKeyring())  # the autouse fixture puts the memory keyring back
    location = DatabaseLocation.parse(school_for_login)
    assert location.url is not None
    assert stored_password(location.url) is None
    with pytest.raises(DatabaseError) as caught:
        remember_password(location.url, PASSWORD)
    assert caught.value.key == "server-keyring-unavailable"
    assert "sleutelbos" in str(caught.value)
    assert PASSWORD not in str(caught.value)
    forget_password(location.url)  # no keyring: nothing to forget, no error
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_database(location).close()


def test_the_dialog_s_fields_make_the_location() -> None:
    location = DatabaseLocation.for_server(
        " server.school.nl ", "beroepsplanner", "juf", port=5433, sslmode="require",
        password="x&y:z@w",
    )
    assert location.url is not None
    assert location.url.host == "server.school.nl"
    assert location.url.port == 5433
    assert location.url.password == "x&y:z@w"
    assert str(location) == "postgresql://juf@server.school.nl:5433/beroepsplanner?sslmode=require"
    for missing in (("", "db", "juf"), ("host", " ", "juf"), ("host", "db", "")):
        with pytest.raises(DatabaseError) as caught:
            DatabaseLocation.for_server(*missing)
        assert caught.value.key == "server-field-missing"
