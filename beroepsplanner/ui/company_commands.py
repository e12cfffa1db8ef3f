"""Undoable changes to the company network: create, update and delete one company.

Undoing a delete creates the company again from its details, and the database
gives it a new id. Commands therefore do not hold a bare id but a
``CompanyRef``: one small box per company, shared by every command about that
company, whose id is updated when the company comes back. An update further
down the stack then still finds the right row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from beroepsplanner.domain.company_details import CompanyDetails
from beroepsplanner.store.company_network import (
    company_details,
    create_company,
    delete_company,
    update_company,
)
from beroepsplanner.ui.commands import StoreCommand

COMPANIES = ("companies",)
COMPANIES_AND_CHAINS = ("companies", "chains")


class CompanyRef:
    """The current id of one company; ``id`` is None while the company is deleted."""

    def __init__(self, company_id: int | None = None) -> None:
        self.id = company_id

    def __repr__(self) -> str:
        return f"CompanyRef({self.id})"


class CompanyRefs:
    """Hands out one ``CompanyRef`` per existing company, so commands share it."""

    def __init__(self) -> None:
        self._live: dict[int, CompanyRef] = {}

    def of(self, company_id: int) -> CompanyRef:
        """The ref of the company that now has ``company_id``."""
        ref = self._live.get(company_id)
        if ref is None:
            ref = self._live[company_id] = CompanyRef(company_id)
        return ref

    def gone(self, ref: CompanyRef) -> None:
        """The company of ``ref`` was deleted; a new company may get its id."""
        if ref.id is not None and self._live.get(ref.id) is ref:
            del self._live[ref.id]
        ref.id = None

    def back(self, ref: CompanyRef, company_id: int) -> None:
        """The company of ``ref`` exists (again) with ``company_id``."""
        ref.id = company_id
        self._live[company_id] = ref

    def clear(self) -> None:
        """Forget every company (another database was opened)."""
        self._live.clear()


def _require(ref: CompanyRef) -> int:
    if ref.id is None:
        # A stack out of order is a bug, not a user's mistake.
        raise RuntimeError(f"{ref!r} is deleted")
    return ref.id


class CreateCompanyCommand(StoreCommand):
    """Add a company; undo deletes it again."""

    def __init__(self, refs: CompanyRefs, details: CompanyDetails) -> None:
        super().__init__(
            QCoreApplication.translate("CompanyCommands", "Add company %1").replace("%1", details.name.strip()),
            COMPANIES_AND_CHAINS if _has_links(details) else COMPANIES,
        )
        self.refs, self.details = refs, details
        self.ref = CompanyRef()

    def apply(self, session: Session) -> None:
        self.refs.back(self.ref, create_company(session, self.details))

    def revert(self, session: Session) -> None:
        delete_company(session, _require(self.ref))
        self.refs.gone(self.ref)


class UpdateCompanyCommand(StoreCommand):
    """Replace a company's details; undo writes the previous details back.

    ``before`` (the details the form loaded) decides which subjects change, and its
    ``version`` is checked by the first run (a colleague's save since is refused); what
    undo writes back is read from the database when the command is first done.
    """

    def __init__(
        self, ref: CompanyRef, before: CompanyDetails, after: CompanyDetails
    ) -> None:
        chains_see_it = (
            (before.name, before.place) != (after.name, after.place)
            or before.role_models != after.role_models
        )
        super().__init__(
            QCoreApplication.translate("CompanyCommands", "Edit company %1").replace("%1", after.name.strip()),
            COMPANIES_AND_CHAINS if chains_see_it else COMPANIES,
        )
        self.ref, self.before, self.after = ref, before, after
        self._first = True

    def apply(self, session: Session) -> None:
        company_id = _require(self.ref)
        expected = None
        if self._first:
            expected = self.before.version
            # What is stored now, in this transaction: the form may have been loaded
            # before a change elsewhere, and undo must give back what was really there.
            self.before = company_details(session, company_id)
            self._first = False
        update_company(session, company_id, self.after, expected_version=expected)

    def revert(self, session: Session) -> None:
        update_company(session, _require(self.ref), self.before)


class DeleteCompanyCommand(StoreCommand):
    """Delete a company that no chain uses; undo creates it again from its details."""

    def __init__(
        self, refs: CompanyRefs, ref: CompanyRef, name: str, version: int | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("CompanyCommands", "Delete company %1").replace("%1", name), COMPANIES)
        self.refs, self.ref = refs, ref
        self.version = version
        self.details: CompanyDetails | None = None

    def apply(self, session: Session) -> None:
        company_id = _require(self.ref)
        expected, self.version = self.version, None
        # Read inside the same transaction, so undo restores exactly what was deleted.
        self.details = company_details(session, company_id)
        delete_company(session, company_id, expected_version=expected)
        self.refs.gone(self.ref)

    def revert(self, session: Session) -> None:
        assert self.details is not None
        self.refs.back(self.ref, create_company(session, self.details))


def _has_links(details: CompanyDetails) -> bool:
    return any(r.linked_chains for r in details.role_models)
