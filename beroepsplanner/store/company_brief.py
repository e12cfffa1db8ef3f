"""The brief for the company of one chain, as plain data (``domain/company_brief.py``).

What the coordinator writes for the brief lives on the chain (``store/brief_fields.py``);
``brief_document`` gathers the rest: the class and who comes, the preparation lessons, the
role models, professions and safety notes of the company actually chosen (the rule of
``store.documents.met_on_paper``), and whom the company calls at school. It reads the
chain as the other documents do (``store.documents``' query), never by the quick path of
``store/document_query.py``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.company_brief import (
    BriefDocument,
    PreparedLesson,
    SchoolContact,
    has_brief,
)
from beroepsplanner.domain.documents import RoleModelLine
from beroepsplanner.domain.kinds import LessonKind
from beroepsplanner.domain.rule_settings import companions_needed
from beroepsplanner.errors import InvalidInputError, NotFoundError
from beroepsplanner.store.brief_fields import brief_fields_of
from beroepsplanner.store.checks import load_rule_settings
from beroepsplanner.store.documents import _chain_query as chain_query  # the paper's loading
from beroepsplanner.store.documents import met_on_paper
from beroepsplanner.store.models import Chain, ChainPupil, Company, School
from beroepsplanner.store.plans import the_school


def school_contact(school: School | None, teacher: str, class_name: str) -> SchoolContact:
    """Whom the company calls: the school's contact person, else the class's teacher."""
    phone = school.contact_phone if school else ""
    email = school.contact_email if school else ""
    if school is not None and school.contact_name.strip():
        return SchoolContact(school.contact_name.strip(), "", phone, email)
    if teacher.strip():
        return SchoolContact(teacher.strip(), f"leerkracht van {class_name}", phone, email)
    return SchoolContact("", "", phone, email)


def _company_contact(company: Company) -> str:
    contact = company.contacts[0] if company.contacts else None
    if contact is None:
        return ""
    return ", ".join(x for x in (contact.name.strip(), contact.role.strip()) if x)


def no_brief_error(chain_id: int) -> InvalidInputError:
    return InvalidInputError(
        f"Keten {chain_id} heeft geen bedrijf dat de klas ontvangt of een gastles geeft. Een "
        "brief voor het bedrijf is er voor een bezoek aan een bedrijf of een gastles of "
        "workshop van een bedrijf: kies eerst het bedrijf in de keten.",
        key="no-brief-for-chain", number=chain_id,
    )


def brief_document(session: Session, chain_id: int) -> BriefDocument:
    """The brief for the company of chain ``chain_id``; NotFoundError for a chain that does
    not exist, InvalidInputError (``no-brief-for-chain``) for a chain without a company or
    whose activity no company takes part in."""
    chain = session.scalars(chain_query().where(Chain.id == chain_id)).unique().one_or_none()
    if chain is None:
        raise NotFoundError(
            f"Er is geen keten met nummer {chain_id}. "
            "'beroepsplanner list chains' toont de nummers.",
            key="chain-number-unknown", number=chain_id,
        )
    activity, company, school_class = chain.activity, chain.company, chain.school_class
    if company is None or not has_brief(activity.kind, True):
        raise no_brief_error(chain_id)
    school = the_school(session)
    absent = session.scalar(
        select(func.count()).select_from(ChainPupil).where(
            ChainPupil.chain_id == chain.id, ChainPupil.absent.is_(True)
        )
    ) or 0
    pupils = max(0, len(school_class.pupils) - absent)
    needed, ratio = companions_needed(school_class.grade, pupils, load_rule_settings(session))
    confirmed = chain.companions > 0
    _worlds, professions = met_on_paper(chain)
    prepared = tuple(
        PreparedLesson(
            lesson.date,
            lesson.title or (lesson.template.title if lesson.template else "Voorbereidingsles"),
            lesson.template.goal if lesson.template else "",
        )
        for lesson in sorted(chain.lessons, key=lambda x: (x.date, x.position))
        if lesson.kind is LessonKind.PREPARATION
    )
    return BriefDocument(
        chain_id=chain.id,
        school=school.name if school else "",
        school_place=school.place if school else "",
        school_year=school_class.school_year.label,
        class_name=school_class.name,
        grade=school_class.grade,
        teacher=school_class.teacher,
        activity_title=activity.title,
        activity_kind=activity.kind,
        date=chain.date,
        company=company.name,
        company_place=company.place,
        company_address=company.address,
        company_contact=_company_contact(company),
        pupils=pupils,
        absent=absent,
        companions=chain.companions if confirmed else needed,
        companions_confirmed=confirmed,
        pupils_per_adult=ratio,
        fields=brief_fields_of(chain),
        duration_minutes=activity.duration_minutes,
        project=chain.project,
        prepared=prepared,
        role_models=tuple(
            RoleModelLine(
                r.name, r.profession.name if r.profession else r.profession_text,
                r.counter_stereotypical,
            )
            for r in chain.role_models
        ),
        professions=professions,
        safety_notes=company.safety_notes.strip(),
        contact=school_contact(school, school_class.teacher, school_class.name),
    )
