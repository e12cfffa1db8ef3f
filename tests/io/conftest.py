"""The demo school fixtures (demo_file, demo_db, empty_db) live in tests/conftest.py."""
