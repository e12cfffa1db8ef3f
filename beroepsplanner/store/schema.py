"""The schema's migrations, shared by a database file and a server database.

``store/database.py`` opens and migrates a SQLite file, ``store/server.py`` a database
on a PostgreSQL server; both take from here the newest revision (``SCHEMA_HEAD``),
Alembic's configuration and scripts (imported only when called: a file that is
already at ``SCHEMA_HEAD`` is opened without Alembic), the tables that are ours, and
how long a statement waits for a lock held elsewhere.
"""

from __future__ import annotations

from beroepsplanner.resources import db_path

# The newest migration in db/migrations/versions. Opening a file that is already
# there skips importing Alembic (a fifth of a command's start-up);
# tests/store/test_migrations.py fails when this is not Alembic's head.
SCHEMA_HEAD = "0013"

BUSY_TIMEOUT_MS = 5000
"""How long a statement waits while another program holds the database (a file) or a
row (a server) locked, before it fails with the Dutch "bezet" message (never for ever)."""


def alembic_config(connection=None):  # type: ignore[no-untyped-def]
    """Alembic's configuration for ``db/migrations``, working on ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_path("migrations")))
    config.attributes["connection"] = connection
    return config


def script_directory():  # type: ignore[no-untyped-def]
    """Alembic's view of the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest migration this version of the program knows."""
    head = script_directory().get_current_head()
    assert head is not None, "db/migrations has no revisions"
    return head


def own_tables() -> set[str]:
    """The names of the program's tables, ``alembic_version`` included."""
    from beroepsplanner.store.models import Base

    return {*Base.metadata.tables, "alembic_version"}
