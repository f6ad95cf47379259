"""What a guardian looks for first: "Har något hänt?", a box at the top of the routines
page and the plan, with the times the school's own routine promises and whom to reach."""

from __future__ import annotations

from generator.model import Contact, Flow, Project, Routines, School
from generator.render import uris, words
from generator.render.markdown.blocks import mailto, tel
from generator.render.markdown.safety import plain
from generator.render.pages.printed import printed_link
from generator.text import capitalised

# The box's Material classes and trygg's: body-sized text and a help icon (trygg.css).
BOX = '<div class="admonition question trygg-help" markdown>'
BOX_ANCHOR = "har-nagot-hant"


def help_box(title: str, *blocks: str) -> str:
    """The box with `title` as a heading (level 2, right under the page's h1), so that
    heading navigation reaches it: an admonition's title is a paragraph."""
    title_line = f"## {title} {{#{BOX_ANCHOR} .admonition-title}}"
    return "\n\n".join([BOX, title_line, *(b for b in blocks if b), "</div>"])


# What a guardian asks, and the keywords of the routine's step ids that answer it (ids are
# ASCII, as the student pages' pictograms read them: "informera-hemmet", "folja-upp").
# "{unit}" is the school's own word for itself ("Skolan", "Förskolan").
PROMISES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("{unit} kontaktar dig som vårdnadshavare", ("hem", "vardnad")),
    ("Utredningen görs", ("utred",)),
    ("{unit} följer upp", ("folj",)),
)

# Roles that answer for the whole school, for a role without contact details of its own.
SWITCHBOARD_ROLES = ("expedition", "skolexpedition", "växel", "reception")


def promised_times(routines: Routines, unit: str) -> list[tuple[str, str]]:
    """("Utredningen görs", "inom en vecka") for each question the routine's steps answer
    with a `tid`, from the ärendegång between pupils (then the one with staff)."""
    found = []
    for question, keywords in PROMISES:
        deadline = _deadline(routines.pupil_pupil, keywords) or _deadline(
            routines.staff_pupil, keywords
        )
        if deadline:
            found.append((question.format(unit=capitalised(unit)), deadline))
    return found


def _deadline(flow: Flow, keywords: tuple[str, ...]) -> str:
    for step in flow.steps:
        if step.deadline and any(k in step.id.casefold() for k in keywords):
            return step.deadline
    return ""


def times_list(routines: Routines, unit: str) -> str:
    """The promised times as a Markdown list; "" without any."""
    times = promised_times(routines, unit)
    lines = [f"- {q}: **{plain(d)}**." for q, d in times]
    return "\n".join(["Så snabbt ska det gå enligt rutinen:", "", *lines]) if lines else ""


def switchboard(school: School) -> Contact | None:
    """The school's expedition or växel when skola.yml has one with a way to reach it,
    else its rektor: whom a guardian asks for a teacher they cannot reach themselves."""
    reachable = [c for c in school.contacts if c.email or c.phone]
    for roles in (SWITCHBOARD_ROLES, ("rektor",)):
        found = next((c for c in reachable if c.role.casefold() in roles), None)
        if found is not None:
            return found
    return None


def how_to_reach(school: School) -> str:
    """For a role with no name, e-mail or phone ("Mentor"): whom to ask who it is, in
    words a reader of Swedish as a second language follows ("nås genom" was not)."""
    via = switchboard(school)
    if via is None:
        return f"fråga personalen på {words.unit(school)} vem det är och hur du når hen"
    ways = [mailto(via.email)] if via.email else []
    ways += [tel(via.phone)] if via.phone else []
    who = plain(via.role.casefold()) + (f" {plain(via.name)}" if via.name else "")
    return f"fråga {who} vem det är och hur du når hen: " + " eller ".join(ways)


def plan_help(project: Project, school: School, page_uri: str) -> str:
    """The box under a plan's title: where to turn and what the school then does. It says
    "mobbning" once, as guardians say it, and what it is: kränkningar that are repeated."""
    unit = words.unit(school)
    routines = printed_link("Rutiner vid kränkning", project, school, page_uri, uris.ROUTINES)
    to = uris.ROUTINES + "#kontaktpersoner"
    contacts = printed_link("vem du kan vända dig till", project, school, page_uri, to)
    told = (
        "Har ditt barn blivit kränkt, trakasserat eller illa behandlat? Berätta det för "
        f"någon på {unit}. Det behöver inte vara mobbning, alltså kränkningar som upprepas: "
        f"{unit} ska agera redan vid en enda kränkning. På sidan {routines} står vad "
        f"{unit} då gör och {contacts}."
    )
    plan = school.current_plan
    times = times_list(plan.routines, unit) if plan is not None else ""
    return help_box("Har något hänt?", told, times)
