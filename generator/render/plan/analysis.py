"""Plan section 3: analys: the causes behind the findings, with what is done about each."""

from __future__ import annotations

from generator.model import Cause, PupilForum
from generator.render import words
from generator.render.markdown.blocks import heading, labelled, page
from generator.render.markdown.safety import plain, sanitize
from generator.render.plan.view import PlanView
from generator.text import brief, capitalised, listing


def analysis(view: PlanView) -> str:
    analysis_ = view.plan.analysis
    blocks = [
        heading(2, "Analys", "analys"),
        "Här beskriver vi vad vi tror är orsakerna till det vi har sett.",
    ]
    blocks += [_cause(view, c) for c in analysis_.causes]
    if analysis_.pupil_participation or analysis_.pupil_forums:  # else TP110 asks for it
        pupils = words.pupils(view.school)
        blocks.append(heading(3, f"Så var {pupils} med i analysen", "elevmedverkan-analys"))
        blocks.append(pupils_took_part(analysis_.pupil_participation, analysis_.pupil_forums))
    return page(*blocks)


def cause_anchor(cause: Cause) -> str:
    return "orsak-" + "-".join(cause.finding_ids)


def _cause(view: PlanView, cause: Cause) -> str:
    ids = cause.finding_ids
    title = ("Fynd " if len(ids) == 1 else "Fynden ") + listing([plain(i) for i in ids])
    found = view.finding(ids[0]) if len(ids) == 1 else None
    if found is not None:  # "F2: Flickor i åk 8–9 beskriver beröring …", the fynd in brief
        title = plain(f"{found.id}: {brief(found.text)}")
    # One finding is named by the heading; several are named in the quote.
    quoted = [f"> {view.finding_link(i, named=len(ids) > 1)}" for i in ids]
    blocks = [heading(3, title, cause_anchor(cause)), "\n>\n".join(quoted)]
    blocks.append(labelled("Orsak", sanitize(cause.cause)))
    if cause.no_measure_reason:
        blocks.append(labelled("Varför ingen åtgärd", sanitize(cause.no_measure_reason)))
    return page(*blocks)


def pupils_took_part(text: str, forums: tuple[PupilForum, ...]) -> str:
    """elevmedverkan: a list of fora (forum, when, what pupils contributed), or the text."""
    if not forums:
        return sanitize(text)
    return "\n".join(
        f"- **{plain(capitalised(f.forum))}**"
        + (f" ({words.date(f.when)})" if f.when else "")
        + f": {sanitize(' '.join(f.contribution.split()))}"
        for f in forums
    )
