"""The sections of a student page, each a function returning Markdown lines.

The pupil is "du"; on the förskola page the text speaks to the child, and an
intro speaks to the adult who reads it aloud. Every text comes from an
`elevtext`: an åtgärd without one is left out (or marked as a gap in preview
builds), never replaced by the adult text.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Analysis, Contact, Plan, Project, PupilForum, School, Survey
from generator.render.markdown.blocks import mailto
from generator.render.photos import photo_img
from generator.render.student.bands import Band, audience
from generator.render.student.pictograms import (
    CONTACT_ICONS,
    RIGHTS_ICONS,
    SECTION_ICONS,
    pictogram,
    step_icon,
)
from generator.render.student.texts import (
    RIGHTS_NAMES,
    plain,
    pupil_contributions,
    pupil_steps,
    rights_keys,
    staff_step,
)
from generator.vocabulary import GROUNDS

TEAM = "trygghetsteam"
MISSING_MEASURE = "Elevtext saknas för åtgärd {}"


@dataclass(frozen=True)
class PageContext:
    project: Project
    school: School
    plan: Plan
    band: Band
    preview: bool
    uri: str  # the page's docs-relative URI, for relative links to photos


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
            f"{icon}**Till dig som är vuxen:** Läs högt för barnen. "
            "Titta på bilderna och prata om dem tillsammans.",
            "",
            "Alla barn ska känna sig trygga på förskolan.",
        ]
    else:
        where = audience(page.band, page.school)
        lines.append(f"Till dig som går i {where}. Alla ska känna sig trygga i skolan.")
    return [*lines, ""]


def measures(page: PageContext) -> list[str]:
    items = [
        f"- {plain(m.student_text)}" if m.student_text else f"- {gap(MISSING_MEASURE.format(m.id))}"
        for m in page.plan.measures
        if m.student_text or page.preview
    ]
    if not items:
        return []
    return [*heading(2, "measures", "Det här gör vi för att alla ska känna sig trygga"), *items, ""]


def contacts(page: PageContext) -> list[str]:
    lines = heading(2, "talk", "Vem kan jag prata med?")
    lines += ["Du kan alltid prata med en vuxen du litar på.", ""]
    for role in page.plan.routines.contact_roles:
        if role.casefold().startswith(TEAM):
            lines.append(_team(page, role))
        else:
            lines.append(_role(page, role))
    return [*lines, ""]


def _role(page: PageContext, role: str) -> str:
    people = [c for c in page.school.contacts if c.role.casefold() == role.casefold()]
    named = ", ".join(_person(page, c) for c in people if c.name)
    role = people[0].role if people else role  # as skola.yml spells it, like the rutiner page
    text = f"**{plain(role)}:** {named}" if named else f"**{plain(role)}**"
    return f"- {pictogram(CONTACT_ICONS['person'])}{text}"


def _person(page: PageContext, contact: Contact) -> str:
    band = page.band
    text = _with_photo(page, contact, plain(contact.name))
    if band.older and contact.phone:
        text += f" {pictogram(CONTACT_ICONS['phone'], 'Telefon')}{plain(contact.phone)}"
    if band.older and contact.email:
        text += f" {pictogram(CONTACT_ICONS['email'], 'E-post')}{mailto(contact.email)}"
    return text


def _team(page: PageContext, role: str) -> str:
    members = [c for c in page.school.safety_team if c.name]
    if page.band.young:
        names = [_with_photo(page, c, plain(c.name)) for c in members]
    else:
        names = [
            f"{_with_photo(page, c, plain(c.name))} ({plain(c.role.lower())})" for c in members
        ]
    listed = " och ".join(filter(None, [", ".join(names[:-1]), names[-1] if names else ""]))
    text = f"**{plain(role)}:** {listed}" if listed else f"**{plain(role)}**"
    return f"- {pictogram(CONTACT_ICONS['team'])}{text}"


def _with_photo(page: PageContext, contact: Contact, name_md: str) -> str:
    """The name with the contact's photo before it, kept on one line; without a photo
    just the name (the line reads the same either way)."""
    img = photo_img(contact, page.uri)
    return f'<span class="trygg-person">{img} {name_md}</span>' if img else name_md


def telling(page: PageContext) -> list[str]:
    routines = page.plan.routines
    lines = heading(2, "tell", "Vad händer om jag berättar?")
    steps = pupil_steps(routines.pupil_pupil)
    if steps:
        lines += ["Om du berättar för en vuxen händer det här:", ""]
        lines += [
            f"{n}. {pictogram(step_icon(step.id, n))}{plain(step.student_text)}"
            for n, (_index, step) in enumerate(steps, start=1)
        ]
        lines.append("")
    elif page.preview:
        lines += [gap("Elevtext saknas för stegen i ärendegången"), ""]
    staff = staff_step(routines.staff_pupil)
    if staff is not None:
        lines += [plain(staff[1].student_text), ""]
    repressalier = page.project.organiser.definitions.get("repressalier")
    if repressalier is not None:
        lines += [plain(repressalier.student_text), ""]
    return lines


def rights(page: PageContext) -> list[str]:
    organiser = page.project.organiser
    lines = heading(2, "rights", "Dina rättigheter")
    lines += ["Ingen får kränka dig. Ingen får behandla dig sämre för den du är.", ""]
    for key in rights_keys(page.band):
        text = (organiser.grounds if key in GROUNDS else organiser.definitions).get(key)
        if text is None:
            continue
        name = RIGHTS_NAMES[key]
        if page.band.young:  # the name is not shown: the pictogram carries it
            lines.append(f"- {pictogram(RIGHTS_ICONS[key], name)}{plain(text.student_text)}")
        else:
            icon = pictogram(RIGHTS_ICONS[key])
            lines.append(f"- {icon}**{name}.** {plain(text.student_text)}")
    return [*lines, ""]


def participation(page: PageContext) -> list[str]:
    """What pupils did in the kartläggning and the analysis; no heading when the plan
    records no pupil forum (staff's work is not told as the pupils')."""
    steps = (page.plan.survey, page.plan.analysis)
    items = [f"- {plain(s)}" for p in steps for s in pupil_contributions(*_pupils(p))]
    lines = [*heading(2, "participation", f"Så har {page.band.pupils} varit med"), *items, ""]
    period = page.plan.period.label
    return [*(lines if items else []), f"Det här kommer från trygghetsplanen för {period}.", ""]


def _pupils(step: Survey | Analysis) -> tuple[str, tuple[PupilForum, ...]]:
    return step.pupil_participation, step.pupil_forums
