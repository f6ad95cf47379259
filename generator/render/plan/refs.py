"""An author's references to the plan's own ids, in words a reader understands: "(A6)"
becomes the åtgärd's title as a link, and "förra planens mål M2" names that goal, which
is not this plan's M2 ("M2" meant another goal last year)."""

from __future__ import annotations

import re

from generator.model import Plan
from generator.render import uris
from generator.render.markdown.blocks import link
from generator.render.markdown.safety import plain
from generator.render.plan.view import PlanView
from generator.validate.identity import SAME, title_overlap

ID = r"[AM]\d+"
# "(A6)", "(A1, A3 och M2)": ids alone in brackets after a blank or at a line's start,
# never in a link's target ("](A6)", "](https://e.se/a(A6))") or a word.
BRACKETED = re.compile(rf"(?<!\S)\(({ID}(?:(?:, | och ){ID})*)\)")
EARLIER_GOAL = re.compile(r"\b(förra (?:årets|planens) mål) (M\d+)\b")


def in_words(md: str, view: PlanView) -> str:
    """`md` (author Markdown made safe) with its references to ids in words."""
    md = BRACKETED.sub(lambda m: _bracketed(m, view), md)
    previous = view.previous
    if previous is not None:
        md = EARLIER_GOAL.sub(lambda m: _earlier_goal(m, view, previous), md)
    return md


def _bracketed(match: re.Match[str], view: PlanView) -> str:
    ids = re.findall(ID, match.group(1))
    if any(_meant_otherwise(view, id_) for id_ in ids):
        return match.group(0)  # last year's A1 was another åtgärd: which is meant is unsure
    named = [_named(view.plan, id_, "") for id_ in ids]
    if not all(named):
        return match.group(0)
    return "(" + ", ".join(named) + ")"


def _meant_otherwise(view: PlanView, id_: str) -> bool:
    """Whether last period's plan has `id_` for another åtgärd or mål than this one's (by
    the words of their titles, as `trygg check` judges a measure carried on: TP059)."""
    if view.previous is None:
        return False
    before, now = _title(view.previous, id_), _title(view.plan, id_)
    return bool(before and now) and title_overlap(before, now) < SAME


def _title(plan: Plan, id_: str) -> str:
    if id_.startswith("A"):
        measure = plan.measure(id_)
        return measure.title if measure else ""
    return next((g.text for g in plan.goals if g.id == id_), "")


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
