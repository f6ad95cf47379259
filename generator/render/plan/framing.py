"""The parts of a plan page that frame the work: the school's own inledning, the rättslig
grund, the ansvarsfördelning, and the view of mål and åtgärder per diskrimineringsgrund."""

from __future__ import annotations

from generator.model.grounds import goals_on, measures_on, worked_on
from generator.render import uris, words
from generator.render.markdown.blocks import facts, heading, item, link, page, table
from generator.render.markdown.safety import plain, sanitize
from generator.render.plan.view import PlanView
from generator.text import capitalised, in_sentence, listing
from generator.vocabulary import RESPONSIBILITY_ROLES
from generator.vocabulary.terms import GROUNDS, term

PLAN_TAGS: tuple[str, ...] = (*GROUNDS, "kränkande_behandling")  # the order of `grunder`


def default_introduction(view: PlanView) -> str:
    """What the plan is, in words any reader understands; used when the plan has no
    inledning of its own."""
    return (
        f"Planen beskriver hur {plain(view.school.name)} arbetar för att alla "
        f"{words.children(view.school)} ska vara trygga: vad vi har sett, vad vi tror att det "
        "beror på, vad vi gör åt det och hur vi följer upp det. Den är "
        f"{words.unit(view.school)}s plan mot kränkande behandling "
        "(skollagen 6 kap. 8 §) och beskriver arbetet med aktiva åtgärder mot "
        "diskriminering (diskrimineringslagen 3 kap.)."
    )


def introduction(view: PlanView) -> str:
    """The plan's own inledning, or the default text."""
    text = view.plan.introduction
    return sanitize(text) if text else default_introduction(view)


def legal_basis(view: PlanView) -> str:
    """The laws as a list: "Skollagen (2010:800), 6 kap.", with what they say when written."""
    basis = view.plan.legal_basis
    if not basis:
        return ""
    entries = []
    for entry in basis:
        name = plain(entry.instrument)
        if entry.provision:
            name += ", " + plain(entry.provision)
        entries.append(item(name, sanitize(entry.text)) if entry.text else f"- {name}")
    return page(heading(2, "Lagar som planen bygger på", "rattslig-grund"), "\n".join(entries))


def responsibilities(view: PlanView) -> str:
    found = view.plan.responsibilities
    if not found:
        return ""
    pairs = [(_role_label(view, role), sanitize(text) + _team(view, role)) for role, text in found]
    return page(heading(2, "Vem ansvarar för vad?", "ansvarsfordelning"), facts(pairs))


def _team(view: PlanView, role: str) -> str:
    """Who the trygghetsteam is, from the team the start page lists (skola.yml's
    `trygghetsteam`): the plan described it in words of its own, which did not match."""
    team = view.school.safety_team
    if role.casefold() != "trygghetsteamet" or not team:
        return ""
    roles = listing([plain(in_sentence(c.role)) for c in team])
    return f" I teamet ingår {roles}."


def _role_label(view: PlanView, role: str) -> str:
    if role == "elever" and words.is_preschool(view.school):
        return "Barnen"
    return RESPONSIBILITY_ROLES.get(role) or plain(capitalised(role))


def per_ground(view: PlanView) -> str:
    """Mål and åtgärder grouped by the grunder they work on (the Örebro template's
    structure; `model.grounds`); nothing when none works on any."""
    plan = view.plan
    rows = []
    for ground in PLAN_TAGS:
        goals = [link(plain(g.text), "#" + uris.goal_anchor(g.id)) for g in goals_on(plan, ground)]
        measures = [
            link(plain(m.title), "#" + uris.measure_anchor(m.id)) for m in measures_on(plan, ground)
        ]
        if goals or measures:
            rows.append([capitalised(term(ground)), _lines(goals), _lines(measures)])
    if not rows:
        return ""
    untagged = [g for g in GROUNDS if not worked_on(plan, g)]
    grounds = "grunden" if len(untagged) == 1 else "grunderna"
    note = (
        f"Inga mål eller åtgärder är knutna till {grounds} {listing(term(g) for g in untagged)}."
        if untagged
        else ""
    )
    # Kränkande behandling (SL 6 kap.) is no diskrimineringsgrund (DL 1 kap. 5 §): its
    # row is in the table, so the heading names it beside them.
    return page(
        heading(3, PER_GROUND, "per-grund"),
        table(["Gäller", "Mål", "Åtgärder"], rows),
        note,
    )


def _lines(links: list[str]) -> str:
    """Each mål or åtgärd on a line of its own in a cell, or a dash for none."""
    return "<br>".join(links) or "–"


PER_GROUND = "Mål och åtgärder per diskrimineringsgrund och mot kränkande behandling"


def ground_names(grounds: tuple[str, ...]) -> str:
    """ "kön och etnisk tillhörighet", for a measure's facts."""
    return capitalised(listing([term(g) for g in grounds]))
