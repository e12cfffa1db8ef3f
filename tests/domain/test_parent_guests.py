"""Role-model rules that fit the formats (issue 17 item 6): one guest is the format of
Beeldenbrekers and of a parent's guest lesson, and a parent is a role model without a
company whose job counts for what the pupils meet."""

from __future__ import annotations

from beroepsplanner.domain.chain import ProfessionRef, RoleModelRef, meeting_of
from beroepsplanner.domain.kinds import ActivityKind
from beroepsplanner.domain.rules import check_chain
from tests.domain.factories import activity, calendar, chain

CAL = calendar()
NURSE = ProfessionRef("Verpleegkundige", sector="Zorg & Welzijn")
MECHANIC = ProfessionRef("Automonteur", world="Wonen, Werken & Verkeer")


def guest_lesson(*, one_guest: bool, **kwargs: object) -> object:
    return chain(
        activity=activity(
            key="gastles-ouder", title="Gastles door een ouder", kind=ActivityKind.GUEST_LESSON,
            one_guest=one_guest,
        ),
        **kwargs,
    )


def codes(plan: object) -> list[str]:
    return [f.code for f in check_chain(plan, CAL)]  # type: ignore[arg-type]


def test_one_guest_does_not_warn_when_the_format_is_one_guest() -> None:
    parent = RoleModelRef("Fatima", counter_stereotypical=True, profession=MECHANIC, id=4)
    assert codes(guest_lesson(one_guest=True, role_models=(parent,))) == []
    # The same guest lesson in a format with several guests: one person is too few.
    assert codes(guest_lesson(one_guest=False, role_models=(parent,))) == ["single-role-model"]


def test_a_parent_without_a_company_counts_as_the_counter_stereotypical_role_model() -> None:
    """No company in the chain, and still the rule sees the parent."""
    plain = RoleModelRef("Kees", profession=MECHANIC, id=5)
    dad = RoleModelRef("Ahmed", counter_stereotypical=True, profession=NURSE, id=6)
    assert codes(guest_lesson(one_guest=True, role_models=(plain,))) == ["no-counter-stereotype"]
    assert codes(guest_lesson(one_guest=True, role_models=(dad,))) == []
    assert codes(guest_lesson(one_guest=True, role_models=())) == ["no-counter-stereotype"]


def test_the_parent_s_job_is_what_the_pupils_meet() -> None:
    """meeting_of, the one rule of what is met: the parent's profession and its world or
    sector, with no company and no professions of the activity itself."""
    plan = guest_lesson(one_guest=True, role_models=(RoleModelRef("Ahmed", True, NURSE, 6),))
    meeting = meeting_of(plan.activity, None, plan.role_models)  # type: ignore[attr-defined]
    assert meeting.professions == {"Verpleegkundige"}
    assert meeting.sectors == {"Zorg & Welzijn"} and meeting.worlds == frozenset()


def test_beeldenbrekers_with_its_one_guest_gets_no_role_model_warning() -> None:
    plan = chain(
        activity=activity(key="beeldenbrekers", title="Beeldenbrekers", one_guest=True),
        role_models=(RoleModelRef("Sanne", True, ProfessionRef("Elektromonteur"), 7),),
    )
    assert codes(plan) == []
