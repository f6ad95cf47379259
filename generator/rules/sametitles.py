"""TP314: two åtgärder of one plan with the same title. The plan page names åtgärder by
their titles (headings, the table of contents, links from the grounds and the findings),
so two of the same title read as one and lead to different places."""

from __future__ import annotations

from collections.abc import Iterator

from generator.rules.engine import Context, Finding, rule
from generator.text import is_placeholder, normalised


@rule("TP314", reads=("trygghetsplan.åtgärder",))
def measures_named_alike(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        first: dict[str, str] = {}
        for index, measure in enumerate(plan.measures):
            if is_placeholder(measure.title):
                continue  # an unfilled title is TP304's
            key = normalised(measure.title)
            if key in first:
                message = f"{measure.id} har samma titel som {first[key]}: '{measure.title}'"
                yield ctx.at(plan.source, ("åtgärder", index, "titel"), message)
            else:
                first[key] = measure.id
