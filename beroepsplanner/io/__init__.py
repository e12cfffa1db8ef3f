"""Files in and out of Beroepsplanner: the plan file (JSON, version 1, with a JSON Schema).

``plan_file`` reads and checks a plan file into plain dataclasses
(``plan_document``) without touching a database; ``plan_import`` writes such a
document into a database in one transaction; ``plan_export`` writes a
database's plan to a file. See docs/plan-format.md.
"""
