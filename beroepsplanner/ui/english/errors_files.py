"""The English of the files errors with a key (see the package's docstring): writing a
file the user named (``output_files``), opening, creating and upgrading a database
(``store/database``), back-ups and restoring them (``store/backup``), the catalog seed,
the demo, and undo or redo refused because someone else changed the same thing
(``store/change_log``).

Some errors end with the message of another one (an upgrade that failed because the
database is busy, a back-up that cannot be restored because it is damaged): they carry
that one's key as ``inner_key`` and its values as ``inner_<name>``; ``values`` puts its
English in ``{cause}``.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable

from beroepsplanner.ui.domain_text import DomainText


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    return {
        # --- writing a file the user named (output_files) ---------------------------
        "output-is-folder": DomainText.tr("{path} is a folder. Choose a file name."),
        "output-unreadable": DomainText.tr(
            "{path} already exists and cannot be read ({detail}), so Beroepsplanner does not "
            "write over it. Choose another name."
        ),
        "output-no-name": DomainText.tr("Enter a file name."),
        "output-folder-missing": DomainText.tr(
            "The folder {folder} does not exist. Create the folder first or choose another place."
        ),
        "output-not-a-folder": DomainText.tr("{folder} is not a folder. Choose another place."),
        "output-folder-given": DomainText.tr(
            "{path} is a folder. Choose a file name in that folder."
        ),
        "output-folder-read-only": DomainText.tr(
            "The folder {folder} is on a read-only disk (for example a protected USB stick or "
            "a CD). Choose another place. Nothing has been changed."
        ),
        "output-folder-no-permission": DomainText.tr(
            "Beroepsplanner may not write anything in the folder {folder}. Choose another "
            "folder, for example Documents, or ask the administrator for write permission."
        ),
        "output-onto-open-database": DomainText.tr(
            "{path} is the database itself{link}. Beroepsplanner does not write {kind} over it; "
            "choose another name. Nothing has been changed."
        ),
        "output-onto-open-side-file": DomainText.tr(
            "{path} is a helper file of the database {database}{link}; it holds changes that "
            "have not been processed yet. Choose another name. Nothing has been changed."
        ),
        "output-onto-side-file": DomainText.tr(
            "{path} is a helper file of the database {database}{link}. Choose another name. "
            "Nothing has been changed."
        ),
        "output-in-backup-folder": DomainText.tr(
            "{folder} is the folder of the automatic back-ups; Beroepsplanner manages it "
            "itself. Choose another folder."
        ),
        "backup-replaces-only-backup": DomainText.tr(
            "{path} is a Beroepsplanner database{link}, not an earlier back-up: a back-up only "
            "replaces a back-up. Choose another name. Nothing has been changed."
        ),
        "output-onto-backup": DomainText.tr(
            "{path} is a back-up of a database{link}. Beroepsplanner does not write {kind} over "
            "it; choose another name. Nothing has been changed."
        ),
        "output-onto-database": DomainText.tr(
            "{path} is a database{link}. Beroepsplanner does not write {kind} over it; choose "
            "another name. Nothing has been changed."
        ),
        "output-onto-wal": DomainText.tr(
            "{path} is a helper file of a database{link}. Choose another name. Nothing has "
            "been changed."
        ),
        "output-other-kind": DomainText.tr(
            "{path} already exists and is {found_kind}, not {kind}. Beroepsplanner does not "
            "write over it; choose another name."
        ),
        "output-not-kind": DomainText.tr(
            "{path} already exists and is not {kind}. Beroepsplanner does not write over it; "
            "choose another name."
        ),
        "write-disk-full": DomainText.tr(
            "{path} cannot be written: the disk is full. Free up some space or choose another "
            "disk. Nothing has been changed."
        ),
        "write-read-only": DomainText.tr(
            "{path} cannot be written: the disk or folder is read-only (for example a "
            "protected USB stick or a CD). Choose another place. Nothing has been changed."
        ),
        "write-no-permission": DomainText.tr(
            "{path} cannot be written: you may not write in {folder}, or the file is open in "
            "another program (Excel, a PDF reader). Close it or choose another place. Nothing "
            "has been changed."
        ),
        "write-name-too-long": DomainText.tr(
            "The file name {path} is too long. Choose a shorter name."
        ),
        "write-failed": DomainText.tr(
            "{path} cannot be written ({detail}). Choose another place. Nothing has been changed."
        ),
        # --- opening, creating and upgrading a database (store/database) -------------
        "db-value-too-big": DomainText.tr(
            "A text or file is too large to be saved in the database {path}.{nothing_saved} "
            "Make the text shorter (put long parts in a separate document, for example) and "
            "try again."
        ),
        "db-busy": DomainText.tr(
            "The database {path} is in use by another program.{nothing_saved} Close the other "
            "program or Beroepsplanner window that uses this file, and try again."
        ),
        "db-read-only": DomainText.tr(
            "The database {path} is read-only.{nothing_saved} Choose a folder you may write "
            "in, or ask the administrator for write permission."
        ),
        "db-disk-full": DomainText.tr(
            "The disk that holds {path} is full.{nothing_saved} Free up some space (or choose "
            "another disk) and try again."
        ),
        "db-damaged": DomainText.tr(
            "The database {path} is damaged. The file has not been changed. Restore a back-up "
            "of the file, or choose another file."
        ),
        "db-damaged-writing": DomainText.tr(
            "The database {path} is damaged. Nothing has been saved. Restore a back-up of the "
            "file, or choose another file."
        ),
        "db-read-disk-error": DomainText.tr(
            "The database {path} cannot be read: the disk or the folder gave an error. Check "
            "that the disk (or USB stick or network folder) can still be reached and try again."
        ),
        "db-write-disk-error": DomainText.tr(
            "The database {path} cannot be written: the disk or the folder gave an error. "
            "Nothing has been saved. Check that the disk (or USB stick or network folder) can "
            "still be reached and try again."
        ),
        "db-save-failed": DomainText.tr(
            "The change to {path} could not be saved ({detail}). Nothing has been half saved; "
            "please try again."
        ),
        "db-open-failed": DomainText.tr("The database {path} cannot be opened ({detail})."),
        "db-on-read-only-file-system": DomainText.tr(
            "The database {path} is on a read-only file system (for example a protected USB "
            "stick, a CD or a network folder without write permission).{nothing_saved} Copy "
            "the file to a folder you may write in and open it there."
        ),
        "db-folder-read-only": DomainText.tr(
            "The folder {folder} is read-only; Beroepsplanner needs to make helper files "
            "(-wal, -shm) beside the database there.{nothing_saved} Copy the file to a folder "
            "you may write in, or ask the administrator for write permission."
        ),
        "db-is-folder": DomainText.tr(
            "{path} is a folder, not a database file. Enter a file name."
        ),
        "db-folder-missing": DomainText.tr(
            "The folder {folder} does not exist. Create the folder first or choose another place."
        ),
        "db-folder-on-read-only-file-system": DomainText.tr(
            "The folder {folder} is on a read-only file system; Beroepsplanner cannot make a "
            "database there. Choose another place."
        ),
        "db-folder-no-permission": DomainText.tr(
            "Beroepsplanner may not make a file in the folder {folder}. Choose another place."
        ),
        "db-unreadable": DomainText.tr(
            "The file {path} cannot be read ({detail}). Check that you may open the file."
        ),
        "db-not-a-database": DomainText.tr(
            "{path} is not a Beroepsplanner database (or the file is damaged). The file has not "
            "been changed. Restore a back-up of the file, or choose another file."
        ),
        "db-damaged-found": DomainText.tr(
            "The database {path} is damaged: SQLite found errors in the file. The file has not "
            "been changed. Restore a back-up of the file, or choose another file."
        ),
        "db-newer-version": DomainText.tr(
            "The database {path} was made with a newer version of Beroepsplanner. The file has "
            "not been changed. Install the newest version of the program."
        ),
        "db-upgrade-not-here": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner, but "
            "that cannot be done here. {cause}"
        ),
        "db-create-failed": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. {cause}"
        ),
        "db-upgrade-failed": DomainText.tr(
            "The database {path} could not be updated for this version of Beroepsplanner; the "
            "file has not been changed. {cause}"
        ),
        "backup-of-server-unsound": DomainText.tr(
            "The back-up to {path} failed: the copy is not in order. Nothing has been changed; "
            "try again."
        ),
        "db-of-another-program": DomainText.tr(
            "{path} is a SQLite database of another program. The file has not been changed. "
            "Choose a Beroepsplanner database."
        ),
        "db-incomplete": DomainText.tr(
            "The database {path} is incomplete: it holds data, but the version of its schema is "
            "missing, so Beroepsplanner cannot update it safely. The file has not been changed. "
            "Restore a back-up of the file, or choose another file."
        ),
        "db-upgrade-broken-references": DomainText.tr(
            "The database {path} could not be updated for this version of Beroepsplanner: after "
            "the update, data would refer to missing data. The file has not been changed. "
            "Restore a back-up of the file, or choose another file."
        ),
        "db-upgrade-copy-read-only": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner. First "
            "the program keeps a copy ({copy}) in the same folder, but that did not work: the "
            "folder is on a read-only file system. The database has not been changed. Copy the "
            "database to a folder you may write in and open it there."
        ),
        "db-upgrade-copy-disk-full": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner. First "
            "the program keeps a copy ({copy}) in the same folder, but that did not work: the "
            "disk is full. The database has not been changed. Free up some space (the copy is "
            "about {size}) and try again."
        ),
        "db-upgrade-copy-no-permission": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner. First "
            "the program keeps a copy ({copy}) in the same folder, but that did not work: "
            "Beroepsplanner may not make a file in the folder {folder}. The database has not "
            "been changed. Ask the administrator for write permission in that folder, or copy "
            "the database to a folder you may write in and open it there."
        ),
        "db-upgrade-copy-busy": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner. First "
            "the program keeps a copy ({copy}) in the same folder, but that did not work: the "
            "database is in use by another program. The database has not been changed. Close "
            "the other program or Beroepsplanner window and try again."
        ),
        "db-upgrade-copy-failed": DomainText.tr(
            "The database {path} needs to be updated for this version of Beroepsplanner. First "
            "the program keeps a copy ({copy}) in the same folder, but that did not work: the "
            "disk or the folder gave an error. The database has not been changed. Check that "
            "the disk (or USB stick or network folder) can still be reached and try again."
        ),
        "db-create-unfinished": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. Please "
            "try again."
        ),
        "db-create-read-only": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. The "
            "folder {folder} is on a read-only file system. Choose a folder you may write in."
        ),
        "db-create-disk-full": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. The disk "
            "that holds {folder} is full. Free up some space (or choose another disk) and try "
            "again."
        ),
        "db-create-no-permission": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. "
            "Beroepsplanner may not make a file in the folder {folder}. Choose another place."
        ),
        "db-create-disk-error": DomainText.tr(
            "The new database {path} could not be made; no file has been left behind. The disk "
            "or the folder gave an error. Check that the disk (or USB stick or network folder) "
            "can still be reached and try again."
        ),
        # --- back-ups and restoring them (store/backup) --------------------------------
        "backup-no-database": DomainText.tr(
            "The database {path} does not exist; there is nothing to back up."
        ),
        "backup-onto-database": DomainText.tr(
            "Choose a different file for the back-up than the database itself."
        ),
        "backup-folder-not-made": DomainText.tr(
            "The back-up to {path} did not succeed: the folder {folder} cannot be made "
            "({detail}). Nothing has been changed; choose another folder."
        ),
        "backup-busy": DomainText.tr(
            "The database {path} is in use by another program; no back-up has been made "
            "(waited {seconds} seconds). Close the other program or try again in a moment."
        ),
        "backup-of-damaged-database": DomainText.tr(
            "The database {path} is damaged; no back-up has been made and an earlier back-up "
            "has not been replaced. Restore an earlier back-up (File > Restore a back-up) or "
            "ask the IT administrator for help."
        ),
        "backup-database-damaged": DomainText.tr(
            "The database {path} is damaged; no back-up has been made and an earlier back-up "
            "has not been replaced. Restore an earlier back-up."
        ),
        "backup-disk-full": DomainText.tr(
            "The back-up to {path} did not succeed: the disk is full. Nothing has been changed; "
            "free up some space or choose another disk."
        ),
        "backup-no-permission": DomainText.tr(
            "The back-up to {path} did not succeed: Beroepsplanner may not write in {folder} "
            "(or the disk is read-only). Nothing has been changed; choose another folder."
        ),
        "backup-failed": DomainText.tr(
            "The back-up to {path} did not succeed ({detail}). Nothing has been changed; choose "
            "another folder or free up some space on the disk."
        ),
        "auto-backup-folder-not-made": DomainText.tr(
            "The folder for automatic back-ups {folder} cannot be made ({detail})."
        ),
        "restore-missing": DomainText.tr(
            "The file {path} does not exist. Choose a back-up file."
        ),
        "restore-not-a-database": DomainText.tr(
            "{path} is not a usable Beroepsplanner back-up: it is not a Beroepsplanner "
            "database. Nothing has been changed; choose the back-up file (.db)."
        ),
        "restore-database-itself": DomainText.tr(
            "{path} is the database itself, not a back-up of it. Nothing has been changed; "
            "choose a back-up file."
        ),
        "restore-folder-missing": DomainText.tr(
            "The folder {folder} does not exist. Create the folder first or choose another place."
        ),
        "restore-database-open": DomainText.tr(
            "The database {path} is still open in another program (the Beroepsplanner "
            "window?). Close it first; nothing has been changed."
        ),
        "restore-already-running": DomainText.tr(
            "A back-up is already being restored to {path} (in another window or command). "
            "Nothing has been changed; wait until that has finished."
        ),
        "restore-unreadable": DomainText.tr(
            "The back-up {path} cannot be read ({detail}). Nothing has been changed."
        ),
        "restore-not-usable": DomainText.tr(
            "{path} is not a usable Beroepsplanner back-up: {cause} Nothing has been changed."
        ),
        "restore-read-only": DomainText.tr(
            "Restoring did not succeed: the disk or folder is read-only. The database {path} is "
            "as it was. Restore the back-up onto a disk you may write on."
        ),
        "restore-no-permission": DomainText.tr(
            "Restoring did not succeed: Beroepsplanner may not write in the folder {folder}. "
            "The database {path} is as it was. Ask the administrator for write permission, or "
            "choose another folder."
        ),
        "restore-disk-full": DomainText.tr(
            "Restoring did not succeed: the disk is full. The database {path} is as it was. "
            "Free up some space and try again."
        ),
        "restore-failed": DomainText.tr(
            "Restoring did not succeed: {detail}. The database {path} is as it was. Please try "
            "again."
        ),
        # --- the catalog that comes with the program (store/seed) ----------------------
        "seed-unreadable": DomainText.tr(
            "The catalog file {path} cannot be read: {detail}. The installation of "
            "Beroepsplanner is damaged; please install the program again."
        ),
        "seed-wrong-format": DomainText.tr(
            "{path}: 'format' must be '{expected}'. The installation of Beroepsplanner is "
            "damaged; please install the program again."
        ),
        "seed-unknown-version": DomainText.tr(
            "{path}: unknown version {version}. The installation of Beroepsplanner is damaged; "
            "please install the program again."
        ),
        "seed-not-a-list": DomainText.tr(
            "{path}: '{name}' must be a list. The installation of Beroepsplanner is damaged; "
            "please install the program again."
        ),
        "seed-fault": DomainText.tr(
            "The catalog that comes with Beroepsplanner has an error at {place}. The "
            "installation is damaged; please install the program again."
        ),
        # --- the demo (store/demo) ------------------------------------------------------
        "demo-database-not-empty": DomainText.tr(
            "The database {path} already holds a school ('{school}'). The demo only goes into "
            "an empty database; choose a new file, for example --db demo.db."
        ),
        "demo-unknown-scale": DomainText.tr("Unknown size '{scale}': choose small or large."),
        "demo-unknown-keys": DomainText.tr("Demo data {place}: unknown key(s) {keys}."),
        # --- undo and redo over someone else's change (store/change_log) ----------------
        "undo-too-old": DomainText.tr(
            "Undoing ‘{what}’ is no longer possible: this step is older than the history of "
            "changes that is kept ({days} days), so there is no way to check whether someone "
            "else has changed it meanwhile. Nothing has been changed."
        ),
        "redo-too-old": DomainText.tr(
            "Redoing ‘{what}’ is no longer possible: this step is older than the history of "
            "changes that is kept ({days} days), so there is no way to check whether someone "
            "else has changed it meanwhile. Nothing has been changed."
        ),
        "undo-changed-meanwhile": DomainText.tr(
            "Undoing ‘{what}’ is not possible: {things} {verb} been changed by someone else "
            "meanwhile ({when}, in another window or on the command line). Nothing has been "
            "changed."
        ),
        "redo-changed-meanwhile": DomainText.tr(
            "Redoing ‘{what}’ is not possible: {things} {verb} been changed by someone else "
            "meanwhile ({when}, in another window or on the command line). Nothing has been "
            "changed."
        ),
    }


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The error's values in English where a value is itself Dutch, or says something the
    Dutch message says in words (what is written, whether anything was saved, what another
    writer changed), and ``{cause}`` for an error that ends with another one."""
    del key
    english = dict(found)
    if "writing" in found:
        english["nothing_saved"] = (
            DomainText.tr(" Nothing has been saved.") if found["writing"] == "True" else ""
        )
    if "link" in found:
        english["link"] = (
            DomainText.tr(" (through the link {link})").format(link=found["link"])
            if found["link"]
            else ""
        )
    for name in ("kind", "found_kind"):
        if name in found:
            english[name] = _kind(str(found[name]))
    if found.get("size") == "even groot als de database":
        english["size"] = DomainText.tr("as large as the database")
    if "inner_key" in found:
        inner = {
            name[len("inner_") :]: value for name, value in found.items() if name.startswith("inner_")
        }
        cause = _english(
            str(inner.pop("key")), inner, row_problem=row_problem, keyed_line=keyed_line
        )
        english["cause"] = cause or DomainText.tr(
            "It cannot be opened as a database."
        )
    if "changed" in found:
        english["things"], plural = _things(str(found["changed"]))
        english["verb"] = DomainText.tr("have") if plural else DomainText.tr("has")
    if "at" in found:
        english["when"] = _when(str(found["at"]))
    return english


def _english(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> str | None:
    """The English of the error ``key`` with values ``found``; None without English."""
    template = templates().get(key)
    if template is None:
        return None
    try:
        return template.format(**values(key, found, row_problem=row_problem, keyed_line=keyed_line))
    except (KeyError, IndexError, ValueError):
        return None


def _kind(kind: str) -> str:
    """What is written (``output_files.KIND_NAMES``), with its article."""
    return {
        "pdf": DomainText.tr("a PDF"),
        "plan": DomainText.tr("a plan file"),
        "json": DomainText.tr("a JSON file"),
        "csv": DomainText.tr("a CSV file"),
        "xlsx": DomainText.tr("an Excel file"),
        "ics": DomainText.tr("a calendar file"),
        "database": DomainText.tr("a back-up"),
    }.get(kind, DomainText.tr("a file"))


def _nouns() -> dict[str, tuple[str, str]]:
    """Table → English singular and plural (``store.change_log._NOUNS``)."""
    return {
        "companies": (DomainText.tr("company"), DomainText.tr("companies")),
        "company_confirmations": (
            DomainText.tr("confirmation of a company"),
            DomainText.tr("confirmations of companies"),
        ),
        "company_contacts": (DomainText.tr("contact person"), DomainText.tr("contact persons")),
        "role_models": (DomainText.tr("role model"), DomainText.tr("role models")),
        "company_worlds": (
            DomainText.tr("world of a company"),
            DomainText.tr("worlds of companies"),
        ),
        "company_professions": (
            DomainText.tr("profession of a company"),
            DomainText.tr("professions of companies"),
        ),
        "professions": (DomainText.tr("profession"), DomainText.tr("professions")),
        "worlds": (DomainText.tr("world"), DomainText.tr("worlds")),
        "providers": (DomainText.tr("provider"), DomainText.tr("providers")),
        "activities": (DomainText.tr("activity"), DomainText.tr("activities")),
        "lesson_templates": (DomainText.tr("lesson plan"), DomainText.tr("lesson plans")),
        "template_questions": (DomainText.tr("question"), DomainText.tr("questions")),
        "schools": (DomainText.tr("school"), DomainText.tr("schools")),
        "school_years": (DomainText.tr("school year"), DomainText.tr("school years")),
        "study_days": (DomainText.tr("study day"), DomainText.tr("study days")),
        "holiday_moves": (DomainText.tr("holiday week"), DomainText.tr("holiday weeks")),
        "classes": (DomainText.tr("class"), DomainText.tr("classes")),
        "pupils": (DomainText.tr("pupil"), DomainText.tr("pupils")),
        "chains": (DomainText.tr("chain"), DomainText.tr("chains")),
        "chain_lessons": (DomainText.tr("lesson"), DomainText.tr("lessons")),
        "settings": (DomainText.tr("setting"), DomainText.tr("settings")),
    }


_SHOWN = 3


def _things(changed: str) -> tuple[str, bool]:
    """``company ‘Bakkerij Mol’``, ``the classes ‘6a’, ‘6b’ and 2 others`` from the
    parts ``store.change_log`` gives (its ``ChangedPart``s, written out); and whether
    plural."""
    try:
        parts = ast.literal_eval(changed)
    except (ValueError, SyntaxError):
        return DomainText.tr("the same data"), True
    nouns = _nouns()
    texts: list[str] = []
    count = 0
    for table, number, names in parts:
        singular, plural = nouns.get(table, (table, table))
        if number < 0:
            texts.append(plural)
            count += 2
            continue
        count += number
        if number == 1:
            texts.append(f"{singular} ‘{names[0]}’" if names else singular)
            continue
        shown = ", ".join(f"‘{n}’" for n in names[:_SHOWN])
        rest = number - min(len(names), _SHOWN)
        if not shown:
            texts.append(f"{number} {plural}")
        elif rest:
            texts.append(
                DomainText.tr("the {things} {names} and {rest} others").format(
                    things=plural, names=shown, rest=rest
                )
            )
        else:
            texts.append(DomainText.tr("the {things} {names}").format(things=plural, names=shown))
    if not texts:
        return DomainText.tr("the same data"), True
    and_ = DomainText.tr(" and ")
    text = texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + and_ + texts[-1]
    return text, count > 1


def _when(at: str) -> str:
    """``at 14:03`` today, ``on 05-03-2026 at 14:03`` another day (the time is UTC)."""
    try:
        local = dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC).astimezone()
    except ValueError:
        return at
    if local.date() == dt.date.today():
        return DomainText.tr("at {time}").format(time=f"{local:%H:%M}")
    return DomainText.tr("on {day} at {time}").format(
        day=f"{local:%d-%m-%Y}", time=f"{local:%H:%M}"
    )


__all__ = ["DomainText", "templates", "values"]
