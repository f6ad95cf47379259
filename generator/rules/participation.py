"""Pupils' participation: in the kartläggning (TP115) and the analysis (TP204), and how
pupils learn of the åtgärder (TP206).

A step's `elevmedverkan` written as fora is judged by its structure: each forum must be
one that pupils take part in, and its bidrag must say what the pupils contributed.
Written as text, the text must have pupils as the actor of some clause
(`generator.model.participation`): "Trygghetsteamet analyserade elevernas svar" is
staff's work, not the pupils'. A step with no text at all is TP110's.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Plan, PupilForum
from generator.model.participation import (
    contributed,
    is_pupil_forum,
    pupils_acted,
    reaches_pupils,
)
from generator.rules.engine import Context, Finding, rule
from generator.text import is_placeholder, listing

STEP_NAMES = {"kartläggning": "kartläggningen", "analys": "analysen"}
EXAMPLE = "- {forum: klassråden, när: 2026-03, bidrag: Klassråden föreslog fler rastvärdar.}"
PRESCHOOL_EXAMPLE = (
    "- {forum: samlingarna på avdelningarna, när: 2026-03, "
    "bidrag: Barnen visade med bilder var på gården de inte vill vara.}"
)


def _text_hint(preschool: bool) -> str:
    who, example = ("barnen", PRESCHOOL_EXAMPLE) if preschool else ("eleverna", EXAMPLE)
    return (
        f"skriv vad {who} själva gjorde, gärna som en lista med forum, när och bidrag under "
        f"elevmedverkan: {example}"
    )


BIDRAG_HINT = (
    "skriv vad eleverna gjorde, sa eller föreslog, t.ex. 'Klassråden diskuterade varför "
    "rasterna känns otrygga och föreslog fler rastvärdar.'"
)
FORUM_HINT = (
    "skriv ett forum där elever var med, t.ex. elevrådet, klassråden eller "
    "trygghetsenkäten; det som personalen gjorde hör hemma under samverkan.{}.personal"
)


def _step(plan: Plan, step: str) -> tuple[str, tuple[PupilForum, ...]]:
    part = plan.survey if step == "kartläggning" else plan.analysis
    return part.pupil_participation, part.pupil_forums


def _forum_findings(ctx: Context, plan: Plan, step: str) -> Iterator[Finding]:
    name = STEP_NAMES[step]
    for index, forum in enumerate(_step(plan, step)[1]):
        path = (step, "elevmedverkan", index)
        if not is_pupil_forum(forum.forum):
            message = f"{forum.forum} är inget forum där elever var med i {name}"
            yield ctx.at(plan.source, (*path, "forum"), message, FORUM_HINT.format(step))
        elif is_placeholder(forum.contribution) or not contributed(forum.contribution):
            message = f"bidraget från {forum.forum} säger inte vad eleverna bidrog med i {name}"
            yield ctx.at(plan.source, (*path, "bidrag"), message, BIDRAG_HINT)


def _texts(plan: Plan, step: str) -> list[tuple[tuple[str, ...], str]]:
    """The participation texts written for `step`, each with its path; a placeholder in
    samverkan is TP110's."""
    text, forums = _step(plan, step)
    part = plan.collaboration.get(step)
    shared = part.pupils if part is not None and not is_placeholder(part.pupils) else ""
    found: list[tuple[tuple[str, ...], str]] = []
    if shared:
        found.append((("samverkan", step, "elever"), shared))
    if text and not forums and text != shared:
        found.insert(0, ((step, "elevmedverkan"), text))
    return found


def _text_findings(ctx: Context, plan: Plan, step: str, *, preschool: bool) -> Iterator[Finding]:
    who = "barnen" if preschool else "eleverna"
    for where, text in _texts(plan, step):
        if is_placeholder(text) or not pupils_acted(text):
            message = f"det framgår inte att {who} själva deltog i {STEP_NAMES[step]}"
            if not is_placeholder(text):
                message += f"; i texten är det inte {who} som gör något"
            yield ctx.at(plan.source, where, message, _text_hint(preschool))


def _pupils_in(ctx: Context, step: str) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        yield from _forum_findings(ctx, plan, step)
        yield from _text_findings(ctx, plan, step, preschool=school.is_preschool)


@rule("TP115", reads=("trygghetsplan.kartläggning", "trygghetsplan.samverkan"))
def pupils_in_survey(ctx: Context) -> Iterator[Finding]:
    return _pupils_in(ctx, "kartläggning")


@rule("TP204", reads=("trygghetsplan.analys", "trygghetsplan.samverkan"))
def pupils_in_analysis(ctx: Context) -> Iterator[Finding]:
    return _pupils_in(ctx, "analys")


def _told_in_anchoring(plan: Plan) -> bool:
    """True when förankring says how the plan reaches the pupils where they are."""
    return any(a.audience == "elever" and reaches_pupils(a.how) for a in plan.anchoring)


@rule("TP206", reads=("trygghetsplan.åtgärder", "trygghetsplan.förankring"))
def measures_communicated(ctx: Context) -> Iterator[Finding]:
    """One finding per plan that says nowhere how pupils learn of the åtgärder: neither in
    förankring (a pupil forum or lesson) nor in every åtgärd's kommunikation. A missing
    elevtext is the student version's (TP504)."""
    for _school, plan in ctx.current_plans():
        untold = [m.id for m in plan.measures if is_placeholder(m.communication)]
        if _told_in_anchoring(plan) or not untold:
            continue
        message = "planen säger inte hur eleverna får veta om åtgärderna"
        hint = (
            "lägg till förankring med målgrupp: elever och hur: t.ex. 'Elevversionen gås "
            f"igenom i klassråden och i elevrådet.', eller kommunikation: på {listing(untold)}"
        )
        pupils = [i for i, a in enumerate(plan.anchoring) if a.audience == "elever"]
        path = ("förankring", pupils[0], "hur") if pupils else ("förankring",)
        yield ctx.at(plan.source, path, message, hint)
