"""File formats: plain data in, plain data out, never a database.

The plan file (JSON, version 1, with a JSON Schema; docs/plan-format.md) is read and
checked into plain dataclasses (``plan_document``) by ``plan_file`` and written from
them by ``plan_export``; tables (CSV, XLSX) become rows of companies or a class list;
``ical`` makes a calendar file of plain chain records. This package imports only the
domain (and the shared ``errors`` and ``output_files``); the database's half of every
import and export is ``store/transfer/`` (docs/ARCHITECTURE.md, Import rules).
"""
