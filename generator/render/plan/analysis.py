"""Plan section 3: analys: the causes behind the findings, with what is done about each."""

from __future__ import annotations

from generator.model import Cause, Finding, PupilForum
from generator.model.titles import finding_title
from generator.render import words
from generator.render.markdown.blocks import heading, labelled, link, page
from generator.render.markdown.safety import plain, sanitize
from generator.render.plan.view import PlanView
from generator.text import capitalised, listing, sentences


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
    """A cause under a heading that names its finding in whole words (`finding_title`),
    then the finding itself where the heading is only its first clause, and a link to it."""
    ids = cause.finding_ids
    found = [f for f in (view.finding(i) for i in ids) if f is not None]
    # several findings' titles as sentences of their own, never run into one with "och"
    title = ". ".join(finding_title(f.text) for f in found) or listing(ids)
    blocks = [heading(3, plain(capitalised(title)), cause_anchor(cause))]
    said = [f for f in found if finding_title(f.text) != " ".join(f.text.split()).rstrip(".")]
    links = _finding_links(found, said)
    if links:
        blocks.append(links)
    blocks.append(labelled("Orsak", sanitize(cause.cause)))
    if cause.no_measure_reason:
        blocks.append(labelled("Varför ingen åtgärd", sanitize(cause.no_measure_reason)))
    return page(*blocks)


def _finding_links(found: list[Finding], said: list[Finding]) -> str:
    """Links to the findings: "Fyndet i kartläggningen" for one the heading says whole,
    the finding's own sentence for one it cuts short; with any such sentence, one after
    another as sentences (`sentences`), else "… och …"."""
    if not said:
        return listing([link(_to_finding(f.text), f"#fynd-{f.id}") for f in found])
    return sentences(
        (link(plain(f.text) if f in said else _to_finding(f.text), f"#fynd-{f.id}"), f.text)
        for f in found
    )


def _to_finding(text: str) -> str:
    """The text of a link to a finding that the heading above already says whole: shown
    as "Fyndet i kartläggningen", and read with the finding (`trygg-sr-only`, trygg.css),
    so that two such links in a list of the page's links read apart. In whole words:
    a finding is never cut with "…"."""
    said = plain(" ".join(text.split()).rstrip("."))
    return f'Fyndet i kartläggningen<span class="trygg-sr-only">: {said}</span>'


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
