"""The English of the store errors with a key (see the package's docstring).

The store's and the domain's refusals: classes, pupils, the school and its years, the
calendar, chains, activities, companies and professions. A message that quotes the domain's
character check (``domain/text.character_problem``) has the key ``character-problem`` (or
its own key, like ``pupil-name-character``) and names the refused character (``char``) and
the field by key (``field``); ``characters.character_problem`` says it in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from beroepsplanner.domain.kinds import Region
from beroepsplanner.domain.text import escaped
from beroepsplanner.ui import domain_text
from beroepsplanner.ui.domain_text import DomainText
from beroepsplanner.ui.english.characters import character_problem

# What a message may not show raw (as errors.BeroepsplannerError escapes its Dutch).
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def templates() -> dict[str, str]:
    """Key → English text with ``{name}`` places for the error's values."""
    tr = DomainText.tr
    return {
        # --- characters and fields
        "character-problem": tr("{field}: {problem}"),
        "stored-text-character": tr("The {field} of {thing} ('{text}'): {problem} Nothing was saved."),
        "field-too-long": tr("{field} is too long (at most {max} characters)."),
        "field-one-line": tr("{field} must fit on one line (at most {max} characters)."),
        "evaluation-too-long": tr(
            "{field}: at most {max} characters (now {length}). Keep it short; nothing was saved."
        ),
        # --- the school and its years
        "no-school-yet": tr("There is no school yet; fill in the welcome screen first."),
        "second-school": tr(
            "This database belongs to school '{school}'; a second school ('{name}') cannot be "
            "added to it. Choose another file for another school."
        ),
        "school-region-differs": tr(
            "School '{school}' is in region {region}, not in region {wanted}. The region "
            "determines the school holidays and is not changed here."
        ),
        "school-year-not-created": tr(
            "School year {year} does not exist in this database yet. First create the school "
            "and the school year."
        ),
        "school-year-gone": tr("School year {year} does not exist (any more)."),
        "school-year-missing": tr("There is no school year {year}."),
        "no-school-year": tr(
            "There is no school year {year}. First create a class in this school year."
        ),
        "school-year-exists": tr(
            "School year {year} exists already (perhaps a colleague has just made it); the "
            "next one is {next}. Nothing has been changed."
        ),
        "no-school-year-yet": tr(
            "This database has no school year yet. First create a class (in the window or "
            "with 'beroepsplanner plan import')."
        ),
        "no-school-and-year": tr(
            "This database has no school and school year yet. First create a class (or try "
            "'beroepsplanner demo' in a new file)."
        ),
        "not-a-school-year": tr(
            "'{label}' is not a school year. Write it as two consecutive years, for example "
            "2026-2027."
        ),
        "not-the-next-school-year": tr(
            "The newest school year in this database is {latest}; the next one is {expected}, "
            "not {wanted}. First create {expected}."
        ),
        "next-year-plan-outdated": tr(
            "The proposal starts from {from_year}, but the newest school year is now {latest}. "
            "Make the proposal again."
        ),
        "next-year-names-double": tr(
            "Two classes of {year} are called {names}. Give each class a name of its own."
        ),
        "next-year-name-missing": tr("Every class of the new school year needs a name."),
        "next-year-plan-stale": tr(
            "The proposal no longer fits {year}: a class or pupil of that year is gone. Make "
            "the proposal again."
        ),
        "next-year-pupil-twice": tr(
            "{pupil} is in two classes of {year} ({first} and {second}). Put each pupil in one "
            "class."
        ),
        "next-year-pupil-names-double": tr(
            "Two pupils called '{name}' would be in {class_name} of {year}. Give one of them "
            "another name, for example with the first letter of the surname."
        ),
        "next-year-split-foreign": tr("Only pupils of {name} can go to the new class."),
        "next-year-split-all-or-none": tr(
            "Choose who of {name} goes to the new class: not nobody and not everybody."
        ),
        "next-year-merge-same": tr("Choose two different classes to merge."),
        "next-year-class-has-pupils": tr(
            "{name} takes pupils of last year along and cannot be left out; merge it with "
            "another class."
        ),
        "next-year-changed-since": tr(
            "School year {year} has changed since it was made; it can no longer be taken back "
            "in one step. Nothing was changed."
        ),
        "next-year-chain-left-out": tr(
            "{activity} ({old_class}, {date}) no longer fits in {year} for {new_class}; plan "
            "that chain again."
        ),
        "school-year-locked": tr(
            "School year {year} is closed: read only. Unlock it first (in the window with "
            "Unlock, on the command line with 'beroepsplanner year unlock {year}'). Nothing was "
            "changed."
        ),
        # --- the calendar
        "holiday-not-movable": tr(
            "The {holiday} cannot be moved; only the autumn holiday and the spring holiday "
            "are advice."
        ),
        "only-autumn-and-spring-move": tr(
            "Only the autumn holiday and the spring holiday can be moved; the other holidays "
            "are fixed."
        ),
        "start-not-in-school-year": tr("{day} is not in school year {year}."),
        "not-a-study-day": tr("{day} is not a study day (any more)."),
        "no-school-day-after": tr(
            "After {day} school year {year} has no school day left. Choose an earlier date."
        ),
        "too-few-days-before": tr(
            "Before {day} this school year has too few school days for {lessons}. Choose a "
            "later date."
        ),
        "too-few-days-after": tr(
            "After {day} this school year has too few school days for {lessons} before the "
            "summer holiday. Choose an earlier date."
        ),
        # --- classes
        "class-gone": tr("This class no longer exists; perhaps it was just deleted."),
        "class-has-chains": tr("This class still has chains; delete the chains first."),
        "class-has-parents": tr(
            "Parents in the parent register (Classes > Parents) still have this class; move "
            "them to another class or remove them first."
        ),
        "class-name-missing": tr("Give the class a name, for example 'Grade 6b'."),
        "class-exists": tr("There already is a class '{name}' in school year {year}."),
        "class-unknown": tr("There is no class '{name}'. Known classes: {known}."),
        "class-unknown-none-yet": tr("There is no class '{name}'. There are no classes yet."),
        "class-unknown-in-year": tr(
            "There is no class '{name}' in school year {year}. Classes in that year: {known}."
        ),
        "class-in-other-year": tr(
            "There is no class '{name}' in school year {year}; that class is in school year "
            "{elsewhere}. Classes in {year}: {known}."
        ),
        "school-year-none-yet": tr(
            "This database has no school year yet. Add a class first (or try "
            "'beroepsplanner demo' in a new file)."
        ),
        "school-year-not-in-database": tr(
            "School year {year} is not in this database. Known school years: {known}."
        ),
        "chain-in-other-school-year": tr(
            "Chain {number} belongs to school year {year}, not to {asked}. "
            "'beroepsplanner list chains --school-year {asked}' shows the chains of that year."
        ),
        "grade-invalid": tr("Grade {grade} does not exist; choose a grade from {low} to {high}."),
        # --- pupils
        "pupil-gone": tr("This pupil no longer exists; perhaps they were just deleted."),
        "record-pupil-not-in-class": tr(
            "{name} is not in {class_name}, the class of this chain. Nothing was changed."
        ),
        "measurement-negative": tr(
            "A count cannot be below 0 ({total}). Enter the number of pupils, or leave the "
            "box empty. Nothing was changed."
        ),
        "measurement-no-pupils": tr(
            "{class_name} has no pupils in the program yet, so the counts cannot be checked. "
            "Add the pupils first (first names only). Nothing was changed."
        ),
        "measurement-more-than-class-before": tr(
            "The counts before the activity add up to {total}, but {class_name} has "
            "{pupils} pupils. Count again: every pupil counts once. Nothing was changed."
        ),
        "measurement-more-than-class-after": tr(
            "The counts after the activity add up to {total}, but {class_name} has "
            "{pupils} pupils. Count again: every pupil counts once. Nothing was changed."
        ),
        "record-no-pupils": tr(
            "{class_name} has no pupils; there is no record to print. Add pupils first "
            "(Classes)."
        ),
        "pupil-name-empty": tr("Fill in the pupil's name."),
        "pupil-name-missing": tr("The name is missing."),
        "pupil-name-character": "{Problem}",
        "pupil-name-too-long": tr(
            "That name is too long (at most {max} characters). A first name, if need be with "
            "the first letter of the surname, is enough."
        ),
        "pupil-display-name-too-long": tr(
            "The name is too long ({length} characters, at most {max}). A first name, if need "
            "be with the first letter of the surname, is enough."
        ),
        "two-pupils-in-name": tr(
            "'{name}' looks like two pupils in one name. Add each pupil separately."
        ),
        "two-pupils-in-cell": tr(
            "'{name}' looks like two pupils in one name. Put each pupil on a row of its own."
        ),
        "pupil-name-surname-first": tr(
            "'{name}' looks like 'surname, first name'. Keep only the first name, if need be "
            "with the first letter of the surname: {suggestion}."
        ),
        "pupil-name-with-surname": tr(
            "'{name}' looks like a first name with a surname ('{particle}' is a surname "
            "prefix). Keep only the first name, if need be with the first letter of the "
            "surname: {suggestion}."
        ),
        "pupil-name-many-words": tr(
            "'{name}' has {words} words and then usually holds a surname. A name is a first "
            "name (also a double one, like Anne Marie), if need be with the first letter of "
            "the surname: {suggestion}."
        ),
        "pupil-name-nothing-after-comma": tr(
            "'{name}' has no first name after the comma. A name with a comma is read as "
            "'surname, first name'."
        ),
        "first-name-too-long": tr(
            "The first name is {length} characters long; a first name has at most {max}."
        ),
        "pupil-exists": tr(
            "There already is a pupil '{name}' in {class_name}. Add the first letter of the "
            "surname, for example '{first} A.'."
        ),
        "pupil-exists-with-initial": tr(
            "There already is a pupil '{name}' in {class_name}. Make the names different, for "
            "example with two letters of the surname."
        ),
        # --- chains and printing
        "chain-number-unknown": tr(
            "There is no chain with number {number}. 'beroepsplanner list chains' shows the "
            "numbers."
        ),
        "chain-number-gone": tr("Chain {number} no longer exists; perhaps it was just deleted."),
        "homecard-concept": tr(
            "This chain is still a concept; the card for home tells what the class really did "
            "and saw. Set the chain to planned or carried out first."
        ),
        "homecard-before-activity": tr(
            "The card for home is for after the activity, and that is not until {date}. Print "
            "the card on or after that day."
        ),
        "move-cannot-be-undone": tr(
            "The lessons of this chain have changed meanwhile; the move cannot be undone "
            "exactly."
        ),
        "status-has-errors": tr(
            "This chain cannot be '{status}' yet; first solve these errors:\n{errors}"
        ),
        "return-before-departure": tr(
            "The class is back at {back} but only leaves at {leaves}. Put the return after the "
            "departure, or leave one of them empty."
        ),
        "proposal-activity-gone": tr("The activity of this proposal no longer exists."),
        "no-chains-to-print": tr("{class_name} has no chains yet; there is nothing to print."),
        "no-brief-for-chain": tr(
            "Chain {number} has no company that receives the class or gives a guest lesson. A "
            "brief for the company is for a visit to a company or a guest lesson or workshop "
            "by a company: choose the company in the chain first."
        ),
        "visit-end-before-start": tr(
            "The departure ({end}) is not after the arrival ({start}). Put the departure after "
            "the arrival, or leave one of them empty."
        ),
        "programme-too-long": tr(
            "The day programme has {count} steps; {max} fit on the brief."
        ),
        "no-logbooks-left": tr(
            "{class_name} has no chains left to print logbooks for: {left_out}. Choose one "
            "chain."
        ),
        # --- activities
        "activity-not-in-catalog": tr("The activity '{activity}' is no longer in the catalog."),
        "activity-unknown": tr(
            "There is no activity '{activity}' in the catalog. 'beroepsplanner list "
            "activities' shows the keys."
        ),
        "activity-gone": tr(
            "The activity '{activity}' does not exist (any more). Perhaps it was just deleted."
        ),
        "activity-key-exists": tr("There already is an activity with the key '{activity}'."),
        "activity-from-catalog": tr(
            "'{title}' comes from the bundled catalog and cannot be deleted. You can edit the "
            "activity, though."
        ),
        "activity-in-use": tr(
            "'{title}' is still used by {chains} and therefore cannot be deleted. First delete "
            "those chains or choose another activity for them."
        ),
        "activity-not-saved": tr("The activity was not saved:\n{lines}"),
        # --- companies and professions
        "company-gone": tr("This company no longer exists; perhaps it was just deleted."),
        "company-number-gone": tr(
            "Company number {number} does not exist (any more); perhaps it was just deleted."
        ),
        "company-unknown": tr("There is no company '{company}' in the network."),
        "company-in-use": tr(
            "'{company}' is used by {chains} ({listed}); first choose another company in "
            "{which} or delete {which}, then the company can go."
        ),
        "company-not-saved": tr("{lines}"),
        "company-file-refused": tr(
            "The file was not imported: {rows_with_problem}. Correct the file and try again, "
            "or import only the good rows (--skip-invalid).\n{lines}\nThe worlds and sectors "
            "the file may name (in Dutch): {known}."
        ),
        # --- a row of a company file, against the database (store/transfer/company_names.py,
        # store/transfer/company_import.py); error_text.row_problem puts "Row 7, column Sector: " first
        "professions-too-many": tr(
            "{count} professions in one cell; at most {most} may be there. Leave out the "
            "professions the company does not show the class, or put the rest on a second row "
            "with the same name and place."
        ),
        "profession-too-long": tr("a profession is longer than {most} characters."),
        "worlds-too-many": tr("{count} worlds or sectors in one cell; at most {most} may be there."),
        "world-too-long": tr("a world or sector is longer than {most} characters."),
        "notes-grow-too-long": tr(
            "with the text that is kept with the notes, those become longer than {most} "
            "characters. Shorten the notes."
        ),
        "worlds-kept": tr(
            "{worlds} {are_not} that the program knows; the text is in the company's notes. "
            "Choose the world in the window at the company, or use a known name."
        ),
        "import-cannot-be-undone": tr(
            "The import cannot be undone: {companies} now has role models or is used in a "
            "chain. Change that first."
        ),
        "profession-name-missing": tr("Type the name of the profession."),
        "profession-exists": tr("Profession '{name}' is already in the list."),
        "profession-gone": tr("Profession '{name}' does not exist (any more)."),
        "profession-in-use": tr(
            "Profession '{name}' is now in use by a company, activity or role model and "
            "therefore stays in the list."
        ),
        # --- the parent register
        "parent-gone": tr(
            "This parent is no longer in the register; perhaps they were just removed."
        ),
        "parent-name-empty": tr("Fill in the parent's first name."),
        "parent-name-too-long": tr(
            "That name is too long (at most {max} characters). A first name is enough."
        ),
        "parent-exists": tr(
            "There already is a parent '{name}' with {class_name} in the register. Add the "
            "first letter of the surname, for example '{first} A.', or edit the parent "
            "already there."
        ),
        "parent-consent-missing": tr(
            "Fill in the date on which the parent gave consent (for example the date on the "
            "returned reply strip). Without consent a parent is not put in the register."
        ),
        "parent-consent-in-future": tr(
            "The date of consent ({date}) lies in the future. Fill in the date on which the "
            "parent gave consent."
        ),
        # --- settings
        "unknown-rule-setting": tr("Unknown setting '{name}'. Known are: {known}."),
        "rule-setting-not-positive": tr("The setting '{name}' must be a positive whole number."),
        # --- the school's goals
        "goal-setting-range": tr("{field} must be a whole number from {low} to {high}."),
        "goal-grades-order": tr("{field} may not be lower than the first grade."),
        "goal-attitude-too-many": tr("There cannot be more reflection lessons about attitudes than reflection lessons."),
        "goal-day-invalid": tr(
            "The second half of the school year cannot start on day {day} of month {month}: that day "
            "does not exist (every year)."
        ),
        "goal-vision-too-long": tr("The vision is too long: at most {max} characters (a few sentences)."),
        "goals-changed-meanwhile": tr(
            "The school's goals have been changed by someone else meanwhile. Nothing was saved; open "
            "the goals again to see what they are now."
        ),
    }


def _fields() -> dict[str, str]:
    """A field named by key (``field=``) as an English sentence starts with it."""
    tr = DomainText.tr
    return {
        "school-name": tr("The name of the school"),
        "school-place": tr("The place of the school"),
        "class-name": tr("The name of the class"),
        "teacher-name": tr("The name of the teacher"),
        "profession-name": tr("The name of the profession"),
        "own-words": tr("The pupil's own words"),
        "school-contact": tr("The contact person of the school"),
        "school-phone": tr("The phone number of the school"),
        "school-email": tr("The e-mail address of the school"),
        "visit-goal": tr("The goal of the visit"),
        "research-question": tr("The research question"),
        "pupil-questions": tr("The pupils' questions"),
        "programme": tr("A step of the day programme"),
        "goal-vision": tr("The school's vision"),
        "worlds_from": tr("The first grade of the worlds goal"),
        "worlds_to": tr("The last grade of the worlds goal"),
        "companies": tr("The number of companies"),
        "companies_from": tr("The first grade of the companies goal"),
        "companies_to": tr("The last grade of the companies goal"),
        "reflections": tr("The number of reflection lessons"),
        "attitude_reflections": tr("The number of reflection lessons about attitudes"),
        "first_half_percent": tr("The share in the first half"),
        "second_half_month": tr("The month the second half starts"),
        "second_half_day": tr("The day the second half starts"),
        "parent_chains": tr("The number of chains with parents"),
        "parent-name": tr("The parent's first name"),
        "parent-job": tr("The job"),
        "parent-company": tr("The workplace"),
        "parent-note": tr("The note"),
        "evaluation-went_well": tr("The evaluation, what went well (teacher)"),
        "evaluation-pupils_asked": tr("The evaluation, what the pupils asked (teacher)"),
        "evaluation-people_met": tr("The evaluation, people and jobs (teacher)"),
        "evaluation-company_went_well": tr("The evaluation, what went well (company)"),
        "evaluation-company_pupils_asked": tr("The evaluation, what the pupils asked (company)"),
        "evaluation-company_remarks": tr("The evaluation, the company's remarks"),
    }


def _columns() -> dict[str, str]:
    """A stored text's column (``store/text_check.py``) as the English names it."""
    tr = DomainText.tr
    return {
        "name": tr("name"),
        "display_name": tr("name"),
        "title": tr("title"),
        "pupil_title": tr("title for pupils"),
        "notes": tr("notes"),
        "observation": tr("observation"),
        "description": tr("description"),
        "teacher": tr("teacher"),
        "place": tr("place"),
        "address": tr("address"),
        "project": tr("project"),
        "profession_text": tr("profession"),
        "own_words": tr("own words"),
        "visit_goal": tr("goal of the visit"),
        "research_question": tr("research question"),
        "pupil_questions": tr("pupils' questions"),
        "contact_name": tr("contact person"),
        "contact_phone": tr("phone number"),
        "contact_email": tr("e-mail address"),
        "first_name": tr("first name"),
        "job": tr("job"),
        "company_text": tr("workplace"),
        "note": tr("note"),
        "went_well": tr("what went well"),
        "pupils_asked": tr("what the pupils asked"),
        "people_met": tr("people and jobs"),
        "company_went_well": tr("what went well (company)"),
        "company_pupils_asked": tr("what the pupils asked (company)"),
        "company_remarks": tr("the company's remarks"),
        "contact_role": tr("role of the contact person"),
    }


def _things() -> dict[str, str]:
    """A stored text's table (``store/text_check.py``) as the English names its row."""
    tr = DomainText.tr
    return {
        "activities": tr("the activity"),
        "chains": tr("the chain"),
        "chain_lessons": tr("the lesson"),
        "companies": tr("the company"),
        "company_contacts": tr("the contact"),
        "role_models": tr("the role model"),
        "classes": tr("the class"),
        "pupils": tr("the pupil"),
        "schools": tr("the school"),
        "study_days": tr("the study day"),
        "lesson_templates": tr("the lesson from the catalog"),
        "professions": tr("the profession"),
        "chain_pupils": tr("the pupil record"),
        "parents": tr("the parent"),
        "chain_evaluations": tr("the evaluation"),
    }


def _count(number: object, one: str, many: str) -> str:
    return one if str(number) == "1" else many.replace("%1", str(number))


def values(
    key: str,
    found: dict[str, object],
    *,
    row_problem: Callable[[object], str],
    keyed_line: Callable[[object], str],
) -> dict[str, object]:
    """The error's values in English where a value is itself a Dutch word or needs a sentence."""
    shown: dict[str, object] = {
        name: value if name == "char" or not isinstance(value, str) else _UNSHOWABLE.sub(
            lambda m: escaped(m.group()), value
        )
        for name, value in found.items()
    }
    tr = DomainText.tr
    char = found.get("char")
    if isinstance(char, str) and char:
        shown["problem"] = character_problem(char)
        shown["Problem"] = str(shown["problem"])[:1].upper() + str(shown["problem"])[1:]
    if "field" in shown:
        shown["field"] = _fields().get(str(shown["field"]), str(shown["field"]))
    if key == "stored-text-character":
        shown["field"] = _columns().get(str(found.get("column")), str(found.get("column")))
        shown["thing"] = _things().get(str(found.get("table")), tr("a value"))
    if key == "school-region-differs":
        for name in ("region", "wanted"):
            shown[name] = domain_text.region(Region(str(found[name])))
    if key == "holiday-not-movable":
        holiday = str(found.get("holiday", ""))
        shown["holiday"] = domain_text.holiday(holiday).lower() if holiday in domain_text.HOLIDAYS else holiday
    if "first" in found and "initial" in found:
        first = str(shown["first"]) or tr("the first name")
        shown["suggestion"] = (
            tr("'%1' or '%1 %2.'").replace("%1", first).replace("%2", str(found["initial"]))
            if found["initial"]
            else f"'{first}'"
        )
    if key in ("too-few-days-before", "too-few-days-after"):
        count = found.get("count")
        if key == "too-few-days-before":
            shown["lessons"] = _count(count, tr("1 preparation lesson"), tr("%1 preparation lessons"))
        else:
            shown["lessons"] = _count(count, tr("1 reflection lesson"), tr("%1 reflection lessons"))
    if key in ("activity-in-use", "company-in-use"):
        shown["chains"] = _count(found.get("count"), tr("1 chain"), tr("%1 chains"))
        shown["which"] = _count(found.get("count"), tr("that chain"), tr("those chains"))
    if key == "no-logbooks-left":
        parts = []
        if found.get("carried_out"):
            parts.append(tr("%1 (carried out)").replace("%1", str(shown["carried_out"])))
        if found.get("with_errors"):
            parts.append(tr("%1 (concept with errors)").replace("%1", str(shown["with_errors"])))
        shown["left_out"] = ", ".join(parts)
    if key == "activity-not-saved":
        lines = ["• " + keyed_line(p) for p in _listed(found.get("reasons"))]
        for name, text in (
            ("providers", tr("The provider %1 does not exist (any more).")),
            ("worlds", tr("The world %1 does not exist (any more).")),
            ("professions", tr("The profession %1 does not exist (any more).")),
        ):
            lines += ["• " + text.replace("%1", k) for k in _split(shown.get(name))]
        shown["lines"] = "\n".join(lines)
    if key == "company-not-saved":
        lines = [keyed_line(p) for p in _listed(found.get("problems"))]
        if found.get("taken"):
            where = (
                tr("in %1").replace("%1", str(shown["place"])) if found.get("place") else tr("without a place")
            )
            lines.append(
                tr(
                    "There already is a company '%1' %2. Choose another name or place, or "
                    "change the existing company."
                )
                .replace("%2", where)
                .replace("%1", str(shown["taken"]))
            )
        lines += [tr("Unknown world %1.").replace("%1", k) for k in _split(shown.get("worlds"))]
        lines += [
            tr("Unknown profession %1.").replace("%1", k) for k in _split(shown.get("professions"))
        ]
        shown["lines"] = "\n".join(lines)
    if key == "company-file-refused":
        shown["rows_with_problem"] = _count(
            found.get("rows"), tr("1 row has a problem"), tr("%1 rows have a problem")
        )
        lines = [row_problem(p) for p in _listed(found.get("problems"))]
        more = str(found.get("more", "0"))
        if more != "0":
            lines.append(tr("… and %1 more problems.").replace("%1", more))
        shown["lines"] = "\n".join(lines)
    if key in ("professions-too-many", "worlds-too-many", "profession-too-long", "world-too-long",
               "notes-grow-too-long"):
        for name in ("count", "most"):
            if str(found.get(name, "")).isdigit():
                shown[name] = f"{int(str(found[name])):,}"
    if key == "worlds-kept":
        named = [str(n) for n in _listed(found.get("worlds"))]
        shown["worlds"] = ", ".join(f"'{_UNSHOWABLE.sub(lambda m: escaped(m.group()), n)}'" for n in named)
        shown["are_not"] = tr("is no world or sector") if len(named) == 1 else tr(
            "are no worlds or sectors"
        )
    return shown


def _listed(value: object) -> tuple[object, ...]:
    """A value that lists problems or names (a tuple); () when there is none."""
    return value if isinstance(value, tuple) else ()


def _split(joined: object) -> list[str]:
    """The quoted keys of a value like ``"'a', 'b'"``."""
    text = str(joined or "")
    return [part.strip() for part in text.split(", ") if part.strip()] if text else []


__all__ = ["DomainText", "character_problem", "templates", "values"]
