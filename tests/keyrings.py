"""A keyring in memory for the tests: no test ever reads or writes the real keyring of
the machine it runs on (tests/conftest.py puts it in place for the whole session)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, per (service, account)."""

    priority = 1.0  # type: ignore[assignment]  # keyring declares it a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class NoKeyring(KeyringBackend):
    """A system without a keyring the program can use (a server without a desktop)."""

    priority = 0.5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no keyring")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no keyring")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no keyring")
