"""The database layer: SQLAlchemy models, opening and migrating, queries per subject."""
