"""The trygghetsplan page (current and earlier periods) and the archive of all plans.

A plan page follows the canonical order: utvärdering, kartläggning, analys,
mål och åtgärder, riktlinjer och rutiner, samverkan och förankring, and how
the plan is followed up; beslut, giltighet and vision come first, Begrepp last.
"""

from __future__ import annotations

from generator.load.layout import draft_marked
from generator.model import Plan, Project, School
from generator.model.standing import PlanStatus
from generator.render import uris, words
from generator.render.markdown.blocks import (
    facts,
    heading,
    link,
    page,
    rel,
    table,
    under_title,
)
from generator.render.markdown.safety import plain, sanitize
from generator.render.pages.contacts import printed_contacts
from generator.render.pages.guardian import plan_help
from generator.render.plan import analysis, evaluation, framing
from generator.render.plan import measures as plan_measures
from generator.render.plan import other as plan_other
from generator.render.plan import survey as plan_survey
from generator.render.plan.standingnote import standing_note
from generator.render.plan.view import PlanView


def render_plan(project: Project, school: School, plan: Plan, *, preview: bool) -> str:
    view = PlanView(project, school, plan, preview)
    return page(
        heading(1, f"Trygghetsplan för {plain(plan.period.label)}"),
        draft_note(plan),
        plan_help(project, school, view.uri),
        standing_note(view),
        # After the notices under the title, which the PDF leaves out (`build.pdf`).
        printed_contacts(school, view.uri),
        _introduction(view),
        framing.legal_basis(view),
        heading(2, "Vår vision", "vision"),
        sanitize(plan.vision.text),
        framing.responsibilities(view),
        evaluation.evaluation(view),
        plan_survey.survey(view),
        analysis.analysis(view),
        plan_measures.goals_and_measures(view),
        plan_other.guidelines_and_routines(view),
        plan_other.collaboration_and_anchoring(view),
        plan_other.follow_up(view),
        plan_other.concepts(view),
        _as_data(view),
    )


def draft_note(plan: Plan) -> str:
    """The banner of an utkast, which only the preview shows: `trygg build` leaves it out."""
    if not plan.draft:
        return ""
    return (
        '!!! warning "Utkast – inte beslutad"\n\n'
        f"    Sidan visar utkastet till trygghetsplanen för {plain(plan.period.label)}. Rektor "
        "har inte beslutat planen, och den publiceras inte förrän den är beslutad "
        "(status: beslutad och ett beslut i filen)."
    )


def with_draft_note(md: str, plan: Plan) -> str:
    """A page of a preview that shows an utkast, with its banner under the page's title."""
    return under_title(md, draft_note(plan))


def _decided(school: School, plan: Plan) -> str:
    if plan.decided_on is None:
        return draft_marked("Inte beslutad")
    who = f"av rektor {plain(plan.decided_by)}"
    return f"{words.date(plan.decided_on)} {who}{_versions(school, plan)}"


def _versions(school: School, plan: Plan) -> str:
    """What a plan decided anew during its period says after its decision: the decision it
    replaces, and when a later version replaced it (or replaces it, while it is in force)."""
    earlier = school.earlier_version(plan)
    text = ""
    if earlier is not None and earlier.decided_on is not None:
        text = f" (ersätter beslutet {words.date(earlier.decided_on)})"
    if plan.replaced_from is not None:
        verb = "Ersätts" if plan is school.current_plan else "Ersatt"
        text += f". {verb} {words.date(plan.replaced_from)}"
    return text


def _introduction(view: PlanView) -> str:
    plan = view.plan
    others = link("Alla trygghetsplaner", view.to(uris.ARCHIVE))
    pairs = [
        ("Gäller", words.date_range(plan.valid_from, plan.in_force_until)),
        ("Gäller för", words.school_forms(view.school.forms_of(plan))),
        ("Beslutad", _decided(view.school, plan)),
        # (A school's first plan has none: the menu still lists the one plan there is.)
        *([("Tidigare planer", others)] if len(view.school.plans) > 1 else []),
    ]
    return page(framing.introduction(view), facts(pairs))


def _as_data(view: PlanView) -> str:
    """The plan as open data, last on the page: for those who process plans by program,
    in words that say so to everyone else."""
    data = link(
        f"Planen för {plain(view.plan.period.label)} som data (JSON)",
        view.to(uris.plan_data(view.plan)),
    )
    # On screen only (trygg.css, document.css): on paper a link to a file is no use.
    return page(
        '<div class="trygg-screen-only" markdown>',
        heading(2, "Planen som data", "planen-som-data"),
        f"{data}: samma plan i ett format som datorprogram kan läsa, för den som vill "
        "bearbeta eller jämföra planer.",
        "</div>",
    )


def render_archive(school: School) -> str:
    """All plans, newest first, with links to their pages and open data."""
    rows = []
    for plan in reversed(school.plans):
        period = plain(words.plan_period(plan))
        target = rel(uris.ARCHIVE, uris.plan_page(school, plan))
        name = link(f"Trygghetsplan för {period}" + _standing_label(school, plan), target)
        data = link(f"Öppna data för {period}", rel(uris.ARCHIVE, uris.plan_data(plan)))
        valid = words.date_range(plan.valid_from, plan.in_force_until)
        decided = draft_marked("Inte beslutad")  # as the plan page says it
        if plan.decided_on:
            decided = words.date(plan.decided_on) + _versions(school, plan)
        rows.append([name, valid, decided, data])
    earlier = len(school.plans) > 1
    intro = (
        f"Här finns {words.unit(school)}s trygghetsplaner, den nyaste först. "
        "Varje ny plan bygger på utvärderingen av den förra."
        if earlier
        else "Det finns inga tidigare planer publicerade här ännu. Den gällande planen:"
    )
    headers = ["Plan", "Giltighet", "Beslutad", "Som öppna data"]
    return page(heading(1, "Alla trygghetsplaner"), intro, table(headers, rows))


STANDING_LABELS = {
    PlanStatus.CURRENT: " (gäller nu)",
    PlanStatus.UPCOMING: " (kommande)",
    PlanStatus.EXPIRED: " (har gått ut)",
}


def _standing_label(school: School, plan: Plan) -> str:
    """What the archive says of a plan beside its title: the plan shown as the school's
    plan by its standing on the build's day (without one, by being the newest)."""
    if plan in school.upcoming_plans:
        return STANDING_LABELS[PlanStatus.UPCOMING]
    if plan is not school.current_plan:
        return ""
    standing = school.standing
    return " (den senaste)" if standing is None else STANDING_LABELS.get(standing.status, "")
