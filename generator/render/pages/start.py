"""The start page: who we are, quick links, the trygghetsteam and contacts."""

from __future__ import annotations

from generator.model import Project, School
from generator.render import uris, words
from generator.render.markdown.blocks import gap, heading, link, page
from generator.render.markdown.safety import plain, sanitize
from generator.render.pages.contacts import contact_table, school_contacts
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
        contact_table(school.safety_team, uris.START),
        heading(2, "Kontakt", "kontakt"),
        school_contacts(school, uris.START),
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
