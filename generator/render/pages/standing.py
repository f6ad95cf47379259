"""The notice on every page of a school while no plan is in force (`model.standing`).

An expired plan stays published, so a reader must see on any page that it no longer
applies, until when it applied, and what to do: the routines still hold, and the rektor
answers questions. The same goes for a plan that has not started yet and for a school
without a plan. The pupils' pages say it in their own words.
"""

from __future__ import annotations

from generator.model import Plan, School
from generator.model.standing import PlanStatus
from generator.render import uris, words
from generator.render.markdown.blocks import indent, link, rel
from generator.render.markdown.safety import plain

STUDENT_PAGES = "elev/"


def standing_note(school: School, uri: str) -> str:
    """The notice for the page at `uri`, or "" while a plan is in force."""
    standing = school.standing
    if standing is None or standing.status is PlanStatus.CURRENT:
        return ""
    if uri.startswith(STUDENT_PAGES):
        title, text = _for_pupils(school, standing.status)
    else:
        title, text = _for_adults(school, standing.status, uri)
    return f'!!! warning "{title}"\n\n    {indent(text)}'


def _for_adults(school: School, status: PlanStatus, uri: str) -> tuple[str, str]:
    unit = words.unit(school)
    contact = link("Kontakt", rel(uri, f"{uris.START}#kontakt"))
    routines = link("rutinerna vid kränkande behandling", rel(uri, uris.ROUTINES))
    after = (
        f"Om någon blir kränkt gäller {routines} som vanligt. "
        f"Har du frågor, kontakta rektor (se {contact})."
    )
    plan = school.current_plan
    if status is PlanStatus.MISSING or plan is None:
        coming = f" {unit.capitalize()} arbetar med en plan." if _drafting(school) else ""
        text = f"{unit.capitalize()} har ännu ingen beslutad trygghetsplan.{coming}"
        return "Trygghetsplan saknas", f"{text} {after}"
    if status is PlanStatus.EXPIRED:
        coming = f"{unit.capitalize()} arbetar med en ny plan." if _drafting(school) else ""
        text = f"{_label(plan)} gällde till {words.date(plan.valid_to)} och gäller inte längre."
        return "Planen gäller inte längre", " ".join(filter(None, (text, coming, after)))
    earlier = _before(school, plan)
    ended = (
        f"Den förra planen gällde till {words.date(earlier.in_force_until)}. " if earlier else ""
    )
    text = f"{ended}{_label(plan)} är beslutad och börjar gälla {words.date(plan.valid_from)}."
    return "Ingen trygghetsplan gäller just nu", f"{text} {after}"


def _for_pupils(school: School, status: PlanStatus) -> tuple[str, str]:
    plan = school.current_plan
    tell = "Om något händer, berätta för en vuxen som du litar på, precis som vanligt."
    if plan is None:
        return "Planen saknas", tell
    if status is PlanStatus.EXPIRED:
        coming = f" {words.unit(school).capitalize()} gör en ny plan." if _drafting(school) else ""
        text = f"Den här planen gällde till {words.date(plan.valid_to)}.{coming}"
        return "Planen gäller inte längre", f"{text} {tell} Du kan också fråga rektorn."
    text = f"Den här planen börjar gälla {words.date(plan.valid_from)}."
    return "Planen har inte börjat gälla", f"{text} {tell}"


def _drafting(school: School) -> bool:
    """Whether a plan is on its way: an utkast whose validity has not ended on the build's
    day (`Standing.drafting`); an utkast for a period that is over is no such plan."""
    return school.standing is not None and school.standing.drafting


def _label(plan: Plan) -> str:
    return f"Trygghetsplanen för {plain(plan.period.label)}"


def _before(school: School, plan: Plan) -> Plan | None:
    index = school.plans.index(plan)
    return school.plans[index - 1] if index > 0 else None
