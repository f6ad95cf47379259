"""The sections of a student page, each a function returning Markdown lines: these, and
what happens when a pupil tells (`telling`), their rights (`rights`) and whom to talk to
(`contacts`).

The pupil is "du"; on the förskola page the text speaks to the child, and an
intro speaks to the adult who reads it aloud. Every text comes from an
`elevtext` (or `barntext`, or the plan's vision): an åtgärd without one is left out
(or marked as a gap in preview builds), never replaced by the adult text. Nothing
refers to what the page does not show: pictures are mentioned only with photos.
"""

from __future__ import annotations

from generator.render.student.bands import attending, band_grades
from generator.render.student.context import PageContext, gap, heading
from generator.render.student.lix import visible_text
from generator.render.student.participation import plan_steps, step_line
from generator.render.student.pictograms import SECTION_ICONS, pictogram
from generator.render.student.texts import band_measures, plain, shown_vision
from generator.render.student.words import spoken_grades

MISSING_MEASURE = "Elevtext saknas för åtgärd {}"


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
