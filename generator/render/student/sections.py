"""The sections of a student page, each a function returning Markdown lines.

The pupil is "du"; on the förskola page the text speaks to the child, and an
intro speaks to the adult who reads it aloud. Every text comes from an
`elevtext` (or `barntext`, or the plan's vision): an åtgärd without one is left out
(or marked as a gap in preview builds), never replaced by the adult text. Nothing
refers to what the page does not show: pictures are mentioned only with photos.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.model import FlowStep, Plan, Project, School
from generator.render.authorities import BEO, DO
from generator.render.markdown.blocks import external
from generator.render.student.bands import Band, attending, band_grades
from generator.render.student.lix import visible_text
from generator.render.student.participation import plan_steps, step_line
from generator.render.student.pictograms import (
    RIGHTS_ICONS,
    SECTION_ICONS,
    pictogram,
    step_icon,
)
from generator.render.student.texts import (
    band_measures,
    plain,
    pupil_steps,
    rights_keys,
    shown_text,
    shown_vision,
)
from generator.render.student.words import FAMILY, rights_name, spoken_grades
from generator.vocabulary.terms import GROUNDS

MISSING_MEASURE = "Elevtext saknas för åtgärd {}"
LEGAL_NAME = "I lagen heter det {}."  # after a right a child's word names


@dataclass(frozen=True)
class PageContext:
    project: Project
    school: School
    plan: Plan
    band: Band
    preview: bool
    uri: str  # the page's docs-relative URI, for relative links to photos
    photos: bool = False  # whether the page shows photos (of the staff it names)


Section = Callable[[PageContext], list[str]]


def heading(level: int, icon: str, text: str) -> list[str]:
    """A heading with its pictogram (hidden from screen readers: the text says it)."""
    return ["#" * level + f" {pictogram(SECTION_ICONS[icon])}{text}", ""]


def gap(text: str) -> str:
    return f'<span class="trygg-gap">{plain(text)}</span>'


def intro(page: PageContext) -> list[str]:
    lines = heading(1, "title", f"Trygg på {plain(page.school.name)}")
    if page.band.read_aloud:
        icon = pictogram(SECTION_ICONS["read_aloud"])
        lines += [
            f"{icon}**Till dig som är vuxen:** Läs högt för barnen. {_look(page)}",
            "",
            "Alla barn ska känna sig trygga på förskolan.",
        ]
    else:
        lines.append(f"Till dig som går {_grades(page)}. Alla ska känna sig trygga i skolan.")
    return [*lines, ""]


def _grades(page: PageContext) -> str:
    """The page's grades as its readers say them: "i förskoleklass, ettan, tvåan eller
    trean" to the youngest, "i åk 4–6" from åk 4, "på gymnasiet"."""
    if page.band.young:
        return f"i {spoken_grades(*band_grades(page.band, page.school))}"
    return attending(page.band, page.school)


def _look(page: PageContext) -> str:
    """What the adult can show the children: the pictograms, which every page has, and
    the staff's photos only when the page shows any."""
    if page.photos:
        return "Titta på bilderna av de vuxna och på symbolerna och prata om dem tillsammans."
    return "Peka på symbolerna och prata om dem tillsammans."


def vision(page: PageContext) -> list[str]:
    """The plan's vision as plain text, led in by what it is: the school's own words for
    how it wants things to be."""
    shown = shown_vision(page.plan, page.band)
    paragraphs = [" ".join(p.split()) for p in visible_text(shown).splitlines()]
    text = " ".join(plain(p) for p in paragraphs if p)
    if not text:
        return []
    where = "förskolan" if page.band.read_aloud else "skolan"
    icon = pictogram(SECTION_ICONS["vision"])
    return [f"{icon}**Så vill vi ha det på {where}:** {text}", "{: .trygg-vision }", ""]


def measures(page: PageContext) -> list[str]:
    items = [
        f"- {plain(m.student_text)}" if m.student_text else f"- {gap(MISSING_MEASURE.format(m.id))}"
        for m in band_measures(page.plan, page.band)
        if m.student_text or page.preview
    ]
    if not items:
        return []
    return [*heading(2, "measures", "Det här gör vi för att alla ska känna sig trygga"), *items, ""]


def telling(page: PageContext) -> list[str]:
    routines = page.plan.routines
    lines = heading(2, "tell", "Vad händer om jag berättar?")
    steps = pupil_steps(routines.pupil_pupil)
    if steps:
        lines += ["Om du berättar för en vuxen händer det här:", ""]
        lines += [
            f"{n}. {pictogram(step_icon(step.id, n))}{plain(_told(step, page))}"
            for n, (_index, step) in enumerate(steps, start=1)
        ]
        lines.append("")
    elif page.preview:
        lines += [gap("Elevtext saknas för stegen i ärendegången"), ""]
    # When an adult offends: the first pupil step says what to do, the others what follows
    # (printed too: a child reads on the poster what happens next); then where to go
    # when the school does not help.
    staff = pupil_steps(routines.staff_pupil)
    if staff:
        lines += [plain(_told(staff[0][1], page)), ""]
    later = [f"{n}. {plain(_told(step, page))}" for n, (_i, step) in enumerate(staff[1:], 1)]
    if later:
        lines += ["Sedan händer det här:", "", *later, ""]
    lines += _not_helped(page)
    repressalier = page.project.organiser.definitions.get("repressalier")
    if repressalier is not None:
        lines += [plain(shown_text(repressalier, page.band)[0]), ""]
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
    if not page.band.older:
        text = f"Om det inte blir bättre kan du och {FAMILY} prata med rektorn"
        if not named:
            text += (
                f" eller kontakta {external(BEO.name, BEO.url)}. Där kan barn som har blivit "
                "kränkta i skolan få hjälp"
            )
        text += "."
    else:
        organiser = page.project.organiser
        route = organiser.complaints.link if organiser.complaints else ""
        complain = f"klaga hos {plain(organiser.name)}"
        beo = "" if named else f"kränkningar till {external(BEO.titled, BEO.url)} och "
        text = (
            f"Hjälper inte skolan dig? Då kan du och {FAMILY} "
            f"{external(complain, route) if route else complain}. Du kan själv anmäla "
            f"{beo}diskriminering eller trakasserier till {external(DO.titled, DO.url)}."
        )
    return [text, ""]


def _names_beo(page: PageContext) -> bool:
    routines = page.plan.routines
    flows = (routines.pupil_pupil, routines.staff_pupil)
    texts = (_told(step, page) for flow in flows for _index, step in pupil_steps(flow))
    return any(BEO.named_in(text) for text in texts)


def rights(page: PageContext) -> list[str]:
    """The heading and what every right comes to, in one line (`rights_list` explains
    each)."""
    lines = heading(2, "rights", "Dina rättigheter")
    return [*lines, "Ingen får kränka dig. Ingen får behandla dig sämre för den du är.", ""]


def rights_list(page: PageContext) -> list[str]:
    organiser = page.project.organiser
    lines: list[str] = []
    for key in rights_keys(page.plan, page.band):
        text = (organiser.grounds if key in GROUNDS else organiser.definitions).get(key)
        if text is None:
            continue
        (name, legal), shown = rights_name(key, page.band), plain(shown_text(text, page.band)[0])
        if page.band.young:  # the name is not shown: the pictogram carries it
            lines.append(f"- {pictogram(RIGHTS_ICONS[key], name)}{shown}")
            continue
        said = f' <span class="trygg-legal-name">{LEGAL_NAME.format(legal.lower())}</span>'
        lines.append(f"- {pictogram(RIGHTS_ICONS[key])}**{name}.** {shown}{said if legal else ''}")
    return [*lines, ""]


def participation(page: PageContext) -> list[str]:
    """What pupils did in the kartläggning and the analysis; no heading when the plan
    records no pupil forum (staff's work is not told as the pupils')."""
    steps = plan_steps(page.plan)
    items = [f"- {plain(s)}" for i, p in enumerate(steps) for s in step_line(p, i, page.band)]
    lines = [*heading(2, "participation", f"Så har {page.band.pupils} varit med"), *items, ""]
    return lines if items else []


def source(page: PageContext) -> list[str]:
    """The plan the page tells of, last on the page and on the poster."""
    return [f"Det här kommer från trygghetsplanen för {page.plan.period.label}.", ""]
