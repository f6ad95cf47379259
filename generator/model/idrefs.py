"""The plan's own ids as an author writes them in free text ("A6", "M2", "F3"), and the
two forms the plan page turns into words: "(A6)" becomes the åtgärd's title as a link,
and "förra planens mål M2" names that goal. Anything else shows as the bare code, which
the page shows nowhere else (and last year's A3 is another åtgärd than this year's): the
renderer (`render.plan.refs`) and `trygg check` (TP315) read the same patterns here."""

from __future__ import annotations

import re

from generator.model.plan import Plan
from generator.validate.identity import SAME, title_overlap

ID = r"[AM]\d+"
# An åtgärd's, a mål's or a fynd's id as a word of its own ("A6", not "A-huset", "A6a").
BARE_ID = re.compile(r"(?<![\w\-/#])([AMF]\d{1,3})(?![\w\-])")
# "(A6)", "(A1, A3 och M2)": ids alone in brackets after a blank or at a line's start,
# never in a link's target ("](A6)", "](https://e.se/a(A6))") or a word.
# Any blank may be a line break: `trygg check` reads the text as written in the file.
BRACKETED = re.compile(rf"(?<!\S)\(({ID}(?:(?:,\s+|\s+och\s+){ID})*)\)")
EARLIER_GOAL = re.compile(r"\b(förra\s+(?:årets|planens)\s+mål)\s+(M\d+)\b")

KINDS = {"A": "åtgärden", "M": "målet", "F": "fyndet"}


def title(plan: Plan, id_: str) -> str:
    """What `plan` calls the åtgärd, mål or fynd `id_` (its title, goal or finding); "" for
    none."""
    if id_.startswith("A"):
        measure = plan.measure(id_)
        return measure.title if measure else ""
    if id_.startswith("M"):
        return next((g.text for g in plan.goals if g.id == id_), "")
    return next((f.text for f in plan.survey.findings if f.id == id_), "")


def meant_otherwise(previous: Plan | None, plan: Plan, id_: str) -> bool:
    """Whether last period's plan has `id_` for another åtgärd or mål than this one's (by
    the words of their titles, as `trygg check` judges a measure carried on: TP059)."""
    if previous is None:
        return False
    before, now = title(previous, id_), title(plan, id_)
    return bool(before and now) and title_overlap(before, now) < SAME


def bracketed_in_words(ids: list[str], plan: Plan, previous: Plan | None) -> bool:
    """Whether the page writes "(A1, M2)" as titles: each id is this plan's, and none
    meant another åtgärd or mål last period."""
    return all(title(plan, i) and not meant_otherwise(previous, plan, i) for i in ids)


def said_in_words(text: str, plan: Plan, previous: Plan | None) -> list[tuple[int, int]]:
    """The stretches of `text` (an outcome's effekt or lärdom, as written) that the page
    turns into words: "(A6)" when unambiguous, "förra planens mål M2" with a previous plan."""
    found = [
        m.span()
        for m in BRACKETED.finditer(text)
        if bracketed_in_words(re.findall(ID, m.group(1)), plan, previous)
    ]
    if previous is not None:
        found += [m.span() for m in EARLIER_GOAL.finditer(text) if title(previous, m.group(2))]
    return found
