"""A measure list: utvecklingsområde → insats → förväntad effekt → indikator, each insats
with links to the goals and measures in the schools' plans that it belongs with."""

from __future__ import annotations

import html

from generator.model.report import MeasureList, PlanLink
from generator.render import uris
from generator.render.markdown.blocks import facts, heading, page
from generator.render.markdown.safety import plain, sanitize


def render_measures(block: MeasureList, *, portal: bool) -> str:
    """The list, on a report's page in the `portal` or on a school's own site."""
    parts = [heading(3, plain(block.title))]
    for area in block.areas:
        parts += [heading(4, plain(area.name)), sanitize(area.text, headings_from=5)]
        for number, initiative in enumerate(area.initiatives, start=1):
            links = "<br>".join(_link(link, portal=portal) for link in initiative.links)
            pairs = [
                (f"Insats {number}", sanitize(initiative.text)),
                ("Förväntad effekt", sanitize(initiative.effect)),
                ("Indikator", sanitize(initiative.indicator)),
                ("Hör ihop med", links),
            ]
            parts.append(facts(pairs))
    return page(*parts)


def _link(link: PlanLink, *, portal: bool) -> str:
    """The goal or measure, linked to its place in the plan from the report's page
    (`rapporter/<id>/`), or as text when it could not be resolved (the school's files
    have errors)."""
    what = link.label or f"{link.school}: " + (link.goal or link.measure)
    text = plain(what)  # Markdown reads it: an emoji code or ** would be markup
    if not link.plan_key:
        return text
    site = f"../../{link.school}/" if portal else "../../"
    page = uris.PLAN if link.current else uris.period_page(link.plan_key)
    folder = page.removesuffix("index.md")
    anchor = uris.goal_anchor(link.goal) if link.goal else uris.measure_anchor(link.measure)
    href = html.escape(f"{site}{folder}#{anchor}")
    return f'<a href="{href}">{text}</a>'
