"""Suggestions weigh the evaluations of earlier years (issue 17 item 2): a company that
wants to come again ranks higher, one that said no for this school year never comes
first; hand-made histories at the edges."""

from __future__ import annotations

from beroepsplanner.domain.evaluation import Again, PastAnswer
from beroepsplanner.domain.matching import (
    COMPANY_AGAIN,
    TEACHER_AGAIN,
    TEACHER_NOT_AGAIN,
    CompanyCandidate,
    MatchRequest,
    assess,
    suggest,
)

PRODUCTION = "Ontwerp, Productie & Wereldhandel"
YEAR, LAST, BEFORE = "2027-2028", "2026-2027", "2025-2026"


def request(**kwargs: object) -> MatchRequest:
    values: dict[str, object] = dict(
        class_name="Groep 6b", grade=6, pupils=24, worlds=(PRODUCTION,), school_year=YEAR
    )
    values.update(kwargs)
    return MatchRequest(**values)  # type: ignore[arg-type]


def company(id: int, name: str, **kwargs: object) -> CompanyCandidate:
    values: dict[str, object] = dict(worlds=(PRODUCTION,), capacity=30, confirmed=True)
    values.update(kwargs)
    return CompanyCandidate(id, name, **values)  # type: ignore[arg-type]


def said(again: Again, year: str = LAST) -> PastAnswer:
    return PastAnswer(again, year)


def names(suggestions: list) -> list[str]:
    return [s.company.name for s in suggestions]


def test_a_company_that_wants_to_come_again_ranks_above_an_equal_one() -> None:
    plain = company(1, "Aa Metaal")
    again = company(2, "Zz Metaal", company_again=said(Again.YES))
    found = suggest(request(), [plain, again])
    assert names(found) == ["Zz Metaal", "Aa Metaal"]
    assert found[0].score - found[1].score == COMPANY_AGAIN
    assert "wil graag weer een klas ontvangen (evaluatie 2026-2027)" in found[0].reasons
    assert ("company-again", (LAST,)) in found[0].reason_keys
    # A yes of longer ago still counts: nothing newer said otherwise.
    assert assess(request(), company(3, "Oud", company_again=said(Again.YES, BEFORE))).score == (
        assess(request(), plain).score + COMPANY_AGAIN
    )


def test_a_company_that_said_no_for_this_year_never_comes_first_whatever_its_score() -> None:
    best = company(
        1, "Beste Metaal", company_again=said(Again.NO), role_models=3, counter_stereotypical=2,
        worlds=(PRODUCTION, "Hi-tech & Science"),
    )
    poor = company(2, "Andere wereld", worlds=("Voeding & Natuur",), confirmed=False, capacity=5)
    assert assess(request(), best).score > assess(request(), poor).score
    found = suggest(request(), [best, poor])
    assert names(found) == ["Andere wereld", "Beste Metaal"]
    assert found[1].said_no and not found[0].said_no
    assert "wil dit schooljaar geen klas ontvangen (evaluatie 2026-2027)" in found[1].reasons
    # Alone it is still offered: the teacher may ask again.
    assert names(suggest(request(), [best])) == ["Beste Metaal"]
    # Two that said no keep their order by score among themselves.
    second = company(3, "Tweede Metaal", company_again=said(Again.NO))
    assert names(suggest(request(), [second, best, poor])) == ["Andere wereld", "Beste Metaal", "Tweede Metaal"]


def test_a_no_of_the_year_before_last_is_history_and_this_years_answers_do_not_count_yet() -> None:
    old_no = company(1, "Oud Nee", company_again=said(Again.NO, BEFORE))
    plain = company(2, "Gewoon")
    verdict = assess(request(), old_no)
    assert not verdict.said_no and verdict.score == assess(request(), plain).score
    assert any("vraag het gerust opnieuw" in r for r in verdict.reasons)
    # Answers given in the chain's own school year are about next year.
    this_year = company(3, "Dit Jaar", company_again=said(Again.NO, YEAR), teacher_again=said(Again.NO, YEAR))
    verdict = assess(request(), this_year)
    assert not verdict.said_no and verdict.score == assess(request(), plain).score
    assert not any("evaluatie" in r for r in verdict.reasons)
    # Without the chain's school year (an old caller) every earlier answer counts as given.
    assert not assess(request(school_year=None), old_no).said_no


def test_the_teachers_answer_weighs_less_than_the_companys() -> None:
    plain = assess(request(), company(1, "Gewoon")).score
    teacher_yes = assess(request(), company(2, "Ja", teacher_again=said(Again.YES))).score
    teacher_no = assess(request(), company(3, "Nee", teacher_again=said(Again.NO)))
    teacher_old_no = assess(request(), company(4, "Oud", teacher_again=said(Again.NO, BEFORE))).score
    unsure = assess(request(), company(5, "Twijfel", company_again=said(Again.UNSURE), teacher_again=said(Again.UNSURE)))
    assert teacher_yes == plain + TEACHER_AGAIN < plain + COMPANY_AGAIN
    assert teacher_no.score == plain - TEACHER_NOT_AGAIN and not teacher_no.said_no
    assert "de leerkracht wilde er niet weer heen (evaluatie 2026-2027)" in teacher_no.reasons
    assert teacher_old_no == plain
    assert unsure.score == plain and "wist nog niet of het weer kon (evaluatie 2026-2027)" in unsure.reasons


def test_without_history_the_ranking_is_as_before() -> None:
    companies = [company(i, f"Bedrijf {i}", role_models=i % 3) for i in range(1, 8)]
    assert [s.score for s in suggest(request(), companies)] == [
        s.score for s in suggest(request(school_year=None), companies)
    ]
