"""The student version (elevversion): one plain-language page per age band.

    render_student_pages(project, school, plan, preview=False)
        -> [GeneratedFile("elev/lagstadiet/index.md", ...), ...]
    student_links(school) -> [("För elever i åk F–3", "elev/lagstadiet/index.md"), ...]

The page body sits in `<div class="trygg-poster" markdown>`, which the print
styles (theme/overrides/assets/poster.css) lay out as one A4 poster: who to talk to,
what happens when a pupil tells, help outside the school and the rights in short form
are always printed; the rights' full explanations are on screen only, and the other
sections are printed as long as they fit at the band's size, the least needed left off
first (`fit.poster_parts`). The poster says what it leaves off and where to read it;
printed parts that fit at no size are told to the page's author (TP506, `check.posters`).
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Plan, Project, School
from generator.render.files import GeneratedFile
from generator.render.photos import photo_uri
from generator.render.student.bands import Band, bands_for, link_title
from generator.render.student.contacts import contacts, shown_people
from generator.render.student.context import PageContext, Section
from generator.render.student.fit import MORE, POSTER_START, SCALES, poster_parts, poster_scale
from generator.render.student.outside import outside
from generator.render.student.rights import rights, rights_list
from generator.render.student.sections import intro, measures, participation, source, vision
from generator.render.student.shortrights import short_rights
from generator.render.student.telling import telling
from generator.render.uris import page_address, site_address
from generator.text import listing

# The page's sections in order: who to talk to right under the title, what happens
# when a pupil tells and who else can help, before what the school does.
SECTIONS: tuple[Section, ...] = (
    intro,
    contacts,
    telling,
    outside,
    rights,
    short_rights,
    rights_list,
    vision,
    measures,
    participation,
    source,
)
# The sections the poster prints only when they fit at the band's size, the most wanted
# first (a pupil on the wall needs what the school does more than how pupils took part);
# the others are always printed, but for the rights' full explanations, which the poster
# has in short form (`short_rights`, printed only).
OPTIONAL: tuple[Section, ...] = (measures, vision, participation)
SCREEN_ONLY: tuple[Section, ...] = (rights_list,)


def student_uri(band: Band) -> str:
    return f"elev/{band.slug}/index.md"


def student_links(school: School) -> list[tuple[str, str]]:
    """(link title, page URI) of each of the school's student pages, youngest band first.

    Empty when the school has no plan yet: there is nothing to explain to pupils.
    """
    if school.current_plan is None:
        return []
    return [(link_title(band, school), student_uri(band)) for band in bands_for(school)]


def render_student_pages(
    project: Project, school: School, plan: Plan, *, preview: bool
) -> list[GeneratedFile]:
    """One student page per age band of the school."""
    return [
        GeneratedFile(student_uri(band), render_student_page(project, school, plan, band, preview))
        for band in bands_for(school)
    ]


def render_student_page(
    project: Project, school: School, plan: Plan, band: Band, preview: bool = False
) -> str:
    """The Markdown of one band's student page."""
    page = PageContext(project, school, plan, band, preview, student_uri(band))
    page = replace(page, photos=any(photo_uri(c) for c in shown_people(page)))
    optional = [SECTIONS.index(section) for section in OPTIONAL]
    screen = [SECTIONS.index(section) for section in SCREEN_ONLY]
    body = poster_parts(_parts(page), optional, band, lambda left: _more(page, left), screen)
    title = link_title(band, school)
    scale = poster_scale(body, band) or SCALES[-1]
    scaled = f' data-scale="{scale}"' if scale != SCALES[0] else ""
    return "\n".join(
        [
            "---",
            f'title: "{title}"',
            "---",
            "",
            f'{POSTER_START} data-band="{band.slug}"{scaled} markdown>',
            "",
            *body,
            "</div>",
            "",
        ]
    )


def _parts(page: PageContext) -> list[list[str]]:
    """Each section's lines, the authors' texts as they wrote them."""
    return [section(page) for section in SECTIONS]


def _more(page: PageContext, left: list[int]) -> list[str]:
    """What the poster leaves off (the sections at `left`) and where its reader finds it
    (printed only): the page's address on the huvudman's `webbplats`, or the site
    without one. Nothing when the poster has it all."""
    if not left:
        return []
    where = "förskolans" if page.band.read_aloud else "skolans"
    site = site_address(page.project.organiser.website, page.school.id)
    said = f"Mer om {listing(_left_off(page, index) for index in left)} finns på {where} webbplats"
    if site:  # no full stop after the address: it is typed as it stands
        return [f"{said}: {site}{page_address(page.uri)}", MORE, ""]
    return [f"{said}.", MORE, ""]


def _left_off(page: PageContext, index: int) -> str:
    """What a section the poster leaves off tells, as the line under the poster names it."""
    place = "förskolan" if page.band.read_aloud else "skolan"
    told: dict[Section, str] = {
        rights_list: "dina rättigheter",
        vision: f"hur vi vill ha det på {place}",
        measures: "vad vi gör för att alla ska känna sig trygga",
        participation: f"hur {page.band.pupils} har varit med",
    }
    return told.get(SECTIONS[index], "det här")
