"""The English of the errors that store, importers and file handling raise with a ``key``.

``ui/domain_text.error`` looks a key up in :mod:`.errors_files` (database, back-ups, output
files), :mod:`.errors_io` (reading and writing files: tables, XLSX, plan files, calendars,
company and pupil files) and :mod:`.errors_store` (the store's and the domain's refusals),
then in its own table. Each module has ``templates()``: key → English text with
``{name}`` places filled from the error's ``values`` (dates are written ``dd-mm-jjjj``), and
may have ``values(key, values)`` that turns a value into its English (a lesson kind, a
reason). The texts are ``DomainText.tr()`` sources like the rest of the domain's English, so
a ``%n`` text gets its plural forms from ``beroepsplanner_en.ts``; the Dutch translation file
leaves this package out (Makefile ``NL_SOURCES``): its Dutch is the error's own message.
"""
