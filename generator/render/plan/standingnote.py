"""The note atop a plan page that says where the plan stands beside the plan in force: a
kommande plan, one followed by a newly decided plan or version, an earlier or replaced
one, and the plan in force beside the utkast the build with utkast shows."""

from __future__ import annotations

from generator.model import Plan
from generator.model.standing import PlanStatus
from generator.render import uris, words
from generator.render.markdown.blocks import link
from generator.render.markdown.safety import plain
from generator.render.plan.view import PlanView


def standing_note(view: PlanView) -> str:
    """Where the plan stands beside the plan in force: earlier, kommande, or followed by one."""
    plan, school = view.plan, view.school
    if plan.draft:
        return ""
    current = _shown_plan(view)
    if plan in school.upcoming_plans and (in_force := school.current_plan) is not None:
        in_force_link = link(f"planen för {plain(in_force.period.label)}", view.to(uris.PLAN))
        return (
            '!!! info "Kommande plan"\n\n'
            f"    Den här planen är beslutad och börjar gälla {words.date(plan.valid_from)}. "
            f"Till dess gäller {in_force_link}."
        )
    if view.is_current:
        return "".join(_next_plan(view, p) for p in school.upcoming_plans[:1])
    if plan.key == school.in_force and (shown := school.current_plan) and shown.draft:
        return _in_force_beside_draft(view, shown)
    if plan.replaced_from is not None:
        return (
            '!!! note "Planen är ersatt"\n\n'
            f"    Rektor har beslutat planen på nytt. Den här versionen gällde "
            f"{words.date_range(plan.valid_from, plan.in_force_until)}, och från "
            f"{words.date(plan.replaced_from)} gäller en ny version. Läs {current}."
        )
    return (
        '!!! note "En tidigare plan"\n\n'
        f"    Den här planen gällde {words.date_range(plan.valid_from, plan.valid_to)}. "
        f"Läs {current}."
    )


def _in_force_beside_draft(view: PlanView, draft: Plan) -> str:
    """The plan in force, in the build with utkast, where the utkast for a later period is
    the school's plan page: this one still applies, and the utkast is only shown here."""
    plan = view.plan
    shown = link(f"Utkastet till planen för {plain(draft.period.label)}", view.to(uris.PLAN))
    where = "i förhandsvisningen" if view.preview else "i den här granskningsversionen"
    return (
        '!!! info "Gällande plan"\n\n'
        f"    Den här planen gäller {words.date_range(plan.valid_from, plan.in_force_until)}. "
        f"{shown} visas {where}."
    )


def _shown_plan(view: PlanView) -> str:
    """The link from an earlier plan to the school's plan page, worded after the plan that
    page shows on the build's day: the one in force, the next one while none is, or the
    newest when it has expired (or, without a standing, the newest); where an utkast is
    that page (the build with utkast, the preview), to the plan in force."""
    shown, standing = view.school.current_plan, view.school.standing
    target = view.to(uris.PLAN)
    in_force = next((p for p in view.school.plans if p.key == view.school.in_force), None)
    if in_force is not None and in_force is not shown:  # an utkast is the plan page
        return link("den gällande trygghetsplanen", view.to(uris.plan_page(view.school, in_force)))
    if shown is None or standing is None:
        return link("den senaste trygghetsplanen", target)
    if standing.status is PlanStatus.UPCOMING:
        coming = link("den kommande trygghetsplanen", target)
        return f"{coming}, som börjar gälla {words.date(shown.valid_from)}"
    if standing.status is PlanStatus.EXPIRED:
        latest = link("den senaste trygghetsplanen", target)
        return f"{latest}, som gällde till {words.date(shown.in_force_until)}"
    return link("den gällande trygghetsplanen", target)


def _next_plan(view: PlanView, upcoming: Plan) -> str:
    coming = link("Läs den kommande planen", view.to(uris.plan_page(view.school, upcoming)))
    if upcoming.period == view.plan.period:
        return (
            '!!! info "Planen är beslutad på nytt"\n\n'
            f"    Rektor har beslutat en ny version av planen. Den börjar gälla "
            f"{words.date(upcoming.valid_from)}. Till dess gäller den här versionen. {coming}."
        )
    return (
        '!!! info "En ny plan är beslutad"\n\n'
        f"    Trygghetsplanen för {plain(upcoming.period.label)} börjar gälla "
        f"{words.date(upcoming.valid_from)}. Till dess gäller den här planen. {coming}."
    )
