"""One order of texts on every kind of database: by code point.

SQLite sorts text by its bytes (``BINARY``: for UTF-8, code point order) whatever the
machine; PostgreSQL sorts by the database's collation, which a school server may have
set to ``nl_NL.UTF-8`` (case and accents folded, spaces ignored) — another order,
so the same plan would list its classes, and export them, differently on a server.

The decision (issue 16): SQL orders text only in code point order, the same on both
kinds — ``in_code_point_order(column)`` is the column itself on SQLite and
``column COLLATE "C"`` on PostgreSQL. Where a Dutch reader sees a list sorted by name
(pupils, companies, the choices in a form), the store sorts it in Python with
``domain.pupils.name_key``/``str.casefold``, which is the same on both as well; no
database collation is ever relied on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class _CodePointOrder(ColumnElement[Any]):
    """A text column to sort by in code point order (see the module)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


def in_code_point_order(column: Any) -> ColumnElement[Any]:
    """``column`` for ``ORDER BY``: code point order on SQLite and on PostgreSQL."""
    return _CodePointOrder(column.expression if hasattr(column, "expression") else column)


@compiles(_CodePointOrder)
def _as_is(element: _CodePointOrder, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(_CodePointOrder, "postgresql")
def _collate_c(element: _CodePointOrder, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'
