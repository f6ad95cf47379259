"""An author's references to the plan's own ids, in words a reader understands: "(A6)"
becomes the åtgärd's title as a link, and "förra planens mål M2" names that goal, which
is not this plan's M2 ("M2" meant another goal last year). The patterns, and which
references are unambiguous, are `model.idrefs`'s: `trygg check` warns of every other
id in the text (TP315)."""

from __future__ import annotations

import re

from generator.model import Plan
from generator.model.idrefs import BRACKETED, EARLIER_GOAL, ID, bracketed_in_words
from generator.render import uris
from generator.render.markdown.blocks import link
from generator.render.markdown.safety import plain
from generator.render.plan.view import PlanView


def in_words(md: str, view: PlanView) -> str:
    """`md` (author Markdown made safe) with its references to ids in words."""
    md = BRACKETED.sub(lambda m: _bracketed(m, view), md)
    previous = view.previous
    if previous is not None:
        md = EARLIER_GOAL.sub(lambda m: _earlier_goal(m, view, previous), md)
    return md


def _bracketed(match: re.Match[str], view: PlanView) -> str:
    ids = re.findall(ID, match.group(1))
    if not bracketed_in_words(ids, view.plan, view.previous):
        return match.group(0)  # last year's A1 was another åtgärd: which is meant is unsure
    return "(" + ", ".join(_named(view.plan, id_, "") for id_ in ids) + ")"


def _named(plan: Plan, id_: str, page: str) -> str:
    """A link to the åtgärd or mål by its title, on `page` ("" for this one); "" for none."""
    if id_.startswith("A"):
        measure = plan.measure(id_)
        return link(plain(measure.title), page + "#" + uris.measure_anchor(id_)) if measure else ""
    goal = next((g for g in plan.goals if g.id == id_), None)
    if goal is None:
        return ""
    return link(plain(goal.text.rstrip(".")), page + "#" + uris.goal_anchor(id_))


def _earlier_goal(match: re.Match[str], view: PlanView, previous: Plan) -> str:
    page = view.to(uris.plan_page(view.school, previous))
    named = _named(previous, match.group(2), page)
    return f"{match.group(1)} ”{named}”" if named else match.group(0)
