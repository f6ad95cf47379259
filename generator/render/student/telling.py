"""The student page's "Vad händer om jag berättar?": what happens when a pupil tells, when
an adult offends, and where to go when the school does not help (`sections` says where
the texts come from)."""

from __future__ import annotations

from generator.model import FlowStep
from generator.render.authorities import BEO, DO
from generator.render.markdown.blocks import external
from generator.render.student.context import PageContext, gap, heading
from generator.render.student.pictograms import pictogram, step_icon
from generator.render.student.texts import plain, pupil_steps, shown_text
from generator.render.student.words import FAMILY


def telling(page: PageContext) -> list[str]:
    lines = heading(2, "tell", "Vad händer om jag berättar?")
    lines += _pupil_told(page)
    lines += _staff_told(page)
    lines += _not_helped(page)
    repressalier = page.project.organiser.definitions.get("repressalier")
    if repressalier is not None:
        lines += [plain(shown_text(repressalier, page.band)[0]), ""]
    return lines


def _pupil_told(page: PageContext) -> list[str]:
    """The steps when a pupil offends, numbered with their pictograms (a gap in preview
    builds when the plan tells the pupils none)."""
    steps = pupil_steps(page.plan.routines.pupil_pupil)
    if steps:
        lines = ["Om du berättar för en vuxen händer det här:", ""]
        lines += [
            f"{n}. {pictogram(step_icon(step.id, n))}{plain(_told(step, page))}"
            for n, (_index, step) in enumerate(steps, start=1)
        ]
        return [*lines, ""]
    if page.preview:
        return [gap("Elevtext saknas för stegen i ärendegången"), ""]
    return []


def _staff_told(page: PageContext) -> list[str]:
    """When an adult offends: the first pupil step says what to do, the others what
    follows (printed too: a child reads on the poster what happens next)."""
    staff = pupil_steps(page.plan.routines.staff_pupil)
    lines: list[str] = []
    if staff:
        lines += [plain(_told(staff[0][1], page)), ""]
    later = [f"{n}. {plain(_told(step, page))}" for n, (_i, step) in enumerate(staff[1:], 1)]
    if later:
        lines += ["Sedan händer det här:", "", *later, ""]
    return lines


def _told(step: FlowStep, page: PageContext) -> str:
    return shown_text(step.told, page.band)[0]


def _not_helped(page: PageContext) -> list[str]:
    """Where to go when the school does not help, from åk 4: the rektor and BEO, and for
    older pupils the huvudman's complaint route, BEO and DO; BEO not where a step's
    text on the page already names it, in whatever form. The family are named as the
    example's steps name them for every age, `FAMILY`: not "vårdnadshavare" beside them
    on the same page."""
    if page.band.young:
        return []
    named = _names_beo(page)  # a step's text already tells of BEO: not again
    return [_complaints(page, named) if page.band.older else _to_the_rektor(named), ""]


def _to_the_rektor(named: bool) -> str:
    """From åk 4: the rektor, and BEO unless a step names it (`named`)."""
    text = f"Om det inte blir bättre kan du och {FAMILY} prata med rektorn"
    if not named:
        text += (
            f" eller kontakta {external(BEO.name, BEO.url)}. Där kan barn som har blivit "
            "kränkta i skolan få hjälp"
        )
    return text + "."


def _complaints(page: PageContext, named: bool) -> str:
    """For older pupils: the huvudman's complaint route, BEO (unless a step names it,
    `named`) and DO."""
    organiser = page.project.organiser
    route = organiser.complaints.link if organiser.complaints else ""
    complain = f"klaga hos {plain(organiser.name)}"
    beo = "" if named else f"kränkningar till {external(BEO.titled, BEO.url)} och "
    return (
        f"Hjälper inte skolan dig? Då kan du och {FAMILY} "
        f"{external(complain, route) if route else complain}. Du kan själv anmäla "
        f"{beo}diskriminering eller trakasserier till {external(DO.titled, DO.url)}."
    )


def _names_beo(page: PageContext) -> bool:
    routines = page.plan.routines
    flows = (routines.pupil_pupil, routines.staff_pupil)
    texts = (_told(step, page) for flow in flows for _index, step in pupil_steps(flow))
    return any(BEO.named_in(text) for text in texts)
