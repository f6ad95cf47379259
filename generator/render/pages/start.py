"""The start page: who we are, quick links, the trygghetsteam and contacts."""

from __future__ import annotations

from generator.model import Contact, Project, School
from generator.render import uris, words
from generator.render.markdown.blocks import gap, heading, link, mailto, page, table, tel
from generator.render.markdown.safety import plain, sanitize
from generator.render.photos import photo_img
from generator.render.reports.page import report_list
from generator.render.student.pages import student_links
from generator.text import capitalised, in_sentence


def render_start(project: Project, school: School, *, preview: bool) -> str:
    return page(
        heading(1, plain(school.name)),
        sanitize(school.description),
        _facts(project, school),
        _cards(school, preview=preview),
        report_list(school.reports, uris.START),
        heading(2, "Trygghetsteamet", "trygghetsteamet"),
        "Trygghetsteamet leder arbetet mot kränkande behandling, trakasserier och "
        f"diskriminering. {words.people(school)} kan vända sig till någon av oss.",
        _contact_table(school.safety_team),
        heading(2, "Kontakt", "kontakt"),
        _contact_table(school.contacts),
        _address(school),
    )


def _facts(project: Project, school: School) -> str:
    organiser = f"Huvudman är {plain(project.organiser.name)}."
    if words.is_preschool(school):
        return organiser
    forms = words.school_forms(school.school_forms)
    grades = f", {words.grades(school.grades)}" if school.grades else ""
    return f"Här finns {forms}{grades}. {organiser}"


def _card(title: str, target: str, description: str) -> str:
    return "\n".join(["<div markdown>", "", link(title, target), "", description, "", "</div>"])


def _cards(school: School, *, preview: bool) -> str:
    plan = school.current_plan
    cards = [
        _card(
            "Har något hänt?",
            uris.ROUTINES,
            "Så gör vi när någon har blivit kränkt eller illa behandlad, och vem du kan prata med.",
        )
    ]
    students = student_links(school)
    for title, uri in students:
        name = "Barnens version" if words.is_preschool(school) else "Elevversionen"
        name += f" {plain(in_sentence(title))}" if len(students) > 1 else ""
        cards.append(_card(name, uri, f"Planen förklarad för {words.pupils(school)}."))
    if plan is not None:
        period = plain(plan.period.label)
        cards.append(
            _card(
                "Trygghetsplanen",
                uris.PLAN,
                f"Hela planen för {period}: vad vi har sett och vad vi gör åt det.",
            )
        )
    cards.append(_card("Årshjulet", uris.CYCLE, "Vad vi gör för tryggheten, månad för månad."))
    grid = "\n\n".join(['<div class="trygg-cards" markdown>', *cards, "</div>"])
    if plan is None:
        missing = gap(preview, "en trygghetsplan under trygghetsplan/")
        unit = capitalised(words.unit(school))
        return page(f"{unit} har ännu ingen publicerad trygghetsplan. " + missing, grid)
    return grid


def _contact_table(contacts: tuple[Contact, ...]) -> str:
    """Role and name (with the photo before the name, where there is one), and e-mail and
    phone columns when anyone has one. The photo has no column of its own: with few
    photos it was a column of "–" that took a phone's width. A role with no name, address
    or number (such as Mentor, named by the routines) is not a contact that a table row
    can help anyone reach, so it is left out."""
    contacts = tuple(c for c in contacts if c.name or c.email or c.phone)
    if not contacts:
        return ""  # the address below is then the way to reach the school
    has_email = any(c.email for c in contacts)
    has_phone = any(c.phone for c in contacts)
    headers = ["Roll", "Namn"]
    headers += ["E-post"] if has_email else []
    headers += ["Telefon"] if has_phone else []
    rows = []
    for contact in contacts:
        row = [plain(contact.role), _person(contact)]
        row += [mailto(contact.email) if contact.email else ""] if has_email else []
        row += [tel(contact.phone) if contact.phone else ""] if has_phone else []
        rows.append(row)
    return table(headers, rows)


def _person(contact: Contact) -> str:
    """The contact's name, after the photo when there is one (kept together on a line)."""
    img = photo_img(contact, uris.START)
    name = plain(contact.name)
    return f'<span class="trygg-person">{img} {name}</span>' if img else name


def _address(school: School) -> str:
    address = school.address
    return f"**Adress:** {plain(address.street)}, {plain(address.postcode)} {plain(address.town)}"
