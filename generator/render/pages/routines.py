"""The page "Rutiner vid kränkning": upptäcka, anmälan, the two ärendegångar, utredning,
uppföljning, dokumentation, the konsekvenstrappa, whom to turn to, what to do when the
school does not act (`complaints`) and what the huvudman and the authorities are."""

from __future__ import annotations

import html

import markdown

from generator.diagrams.flowchart import flow_as_list, render_flow
from generator.diagrams.ladder import ladder_as_list, render_ladder
from generator.model import ConsequenceLadder, Flow, Project, Routines, School
from generator.render import uris, words
from generator.render.concepts import collapsible, common_concepts
from generator.render.markdown.blocks import (
    external,
    figure,
    gap,
    heading,
    link,
    mailto,
    page,
    rel,
    tel,
)
from generator.render.markdown.htmlcheck import unsafe_html
from generator.render.markdown.safety import plain, sanitize
from generator.render.pages.complaints import ANCHOR, not_satisfied
from generator.render.pages.guardian import help_box, how_to_reach, times_list
from generator.render.pages.printed import printed_link

URI = uris.ROUTINES


def render_routines(project: Project, school: School, *, preview: bool) -> str:
    plan = school.current_plan
    routines = plan.routines if plan else project.organiser.routines
    ladder = plan.consequence_ladder if plan else None
    unit = words.unit(school)
    someone, they = (
        ("ett barn", "barnet")
        if words.is_preschool(school)
        else ("ett barn eller en elev", "barnet eller eleven")
    )
    return page(
        heading(1, "Rutiner vid kränkning"),
        f"Så gör vi när {someone} kan ha blivit kränkt, trakasserad eller sexuellt "
        f"trakasserad. Rutinerna gäller all personal. Det räcker att {they} själv upplever "
        f"sig kränkt för att {unit} ska anmäla och utreda.",
        _tip(school, routines, unit),
        # Whom a family turns to comes before how the staff work (it came last).
        _contacts(project, school, routines),
        _detection(routines),
        _reporting(routines),
        _flow(routines.pupil_pupil, "elev-elev"),
        _flow(routines.staff_pupil, "personal-elev"),
        heading(2, "Utredning", "utredning"),
        sanitize(routines.investigation),
        heading(2, "Uppföljning", "uppfoljning"),
        sanitize(routines.follow_up),
        heading(2, "Dokumentation", "dokumentation"),
        sanitize(routines.documentation),
        _ladder(school, ladder, preview=preview),
        not_satisfied(project.organiser, school, preview=preview),
        _concepts(project, school),
    )


def _concepts(project: Project, school: School) -> str:
    """The words the page uses without saying what they are: huvudman and the authorities."""
    more = ""
    if school.current_plan is not None:
        plan = link("trygghetsplanen", rel(URI, uris.PLAN + "#begrepp"))
        more = f"Fler ord, som kränkande behandling och trakasserier, förklaras i {plan}."
    entries = common_concepts(project.organiser, school)
    if _mentions(school, project, "orosanmälan"):
        entries = [ORO, *entries]
    return page(
        heading(2, "Begrepp", "begrepp"),
        collapsible("Vad betyder orden?", entries),
        more,
    )


# A word of the routines that families do not know (the examiner's reader did not).
ORO = (
    "Orosanmälan",
    "Ett meddelande till socialtjänsten i kommunen när någon är orolig för att ett barn "
    "far illa. All personal i skolan och förskolan måste göra en orosanmälan enligt "
    "socialtjänstlagen. Socialtjänsten tar sedan reda på om barnet eller familjen behöver "
    "stöd. En orosanmälan är inte en polisanmälan.",
)


def _mentions(school: School, project: Project, word: str) -> bool:
    """Whether the routines the page shows use `word` (in a step of either ärendegång)."""
    plan = school.current_plan
    routines = plan.routines if plan else project.organiser.routines
    steps = (*routines.pupil_pupil.steps, *routines.staff_pupil.steps)
    return any(word in step.text.casefold() for step in steps)


def _detection(routines: Routines) -> str:
    if not routines.detection:
        return ""
    return page(heading(2, "Så upptäcker vi kränkningar", "upptacka"), sanitize(routines.detection))


def _tip(school: School, routines: Routines, unit: str) -> str:
    """What a pupil or a guardian does first, what the school then must do and how soon its
    own routine says it is done (`guardian.times_list`)."""
    example = "" if words.is_preschool(school) else ", till exempel mentorn"
    contacts = link("kontaktpersonerna under den här rutan", "#kontaktpersoner")
    told = (
        f"Berätta det för en vuxen på {unit} som du litar på{example}, eller för någon av "
        f"{contacts}. "
        "Personalen måste anmäla det till rektor "
        f"({plain(routines.reporting.staff_to_principal)}), och {unit} utreder vad som har "
        "hänt."
    )
    after = f"Läs också vad du kan göra {link('om du inte är nöjd', '#' + ANCHOR)}."
    return help_box("Har något hänt dig eller ditt barn?", told, times_list(routines, unit), after)


def _reporting(routines: Routines) -> str:
    chain = routines.reporting
    return page(
        heading(2, "Anmälan", "anmalan"),
        f"- Personal anmäler till rektor: **{plain(chain.staff_to_principal)}**.\n"
        f"- Rektor anmäler till huvudmannen: **{plain(chain.principal_to_organiser)}**.",
        sanitize(chain.how),
    )


def _flow(flow: Flow, anchor: str) -> str:
    """The steps as a numbered list, which says everything the chart does in the page's
    own text size; the chart, the same steps again, folded under the list
    (`folded`): shown side by side they repeated each other over 2400 px."""
    return page(
        heading(2, plain(flow.title), anchor),
        flow_as_list(flow),
        folded("Visa som flödesschema", render_flow(flow, f"flode-{anchor}")),
    )


def folded(summary: str, svg: str) -> str:
    """A diagram whose text alternative stands above it, in a closed box of its own
    (`trygg-diagram-more`, trygg.css: left out when printed, as the list prints)."""
    return "\n".join(
        [
            '<details class="trygg-diagram-more">',
            f"<summary>{html.escape(summary)}</summary>",
            figure(svg),
            "</details>",
        ]
    )


def _step_html(text: str) -> str:
    """A konsekvenstrappa step's Markdown as HTML, through the same `sanitize` as every
    other field; if the HTML still held anything unsafe, the step shows as plain text."""
    rendered = markdown.markdown(sanitize(text))
    if unsafe_html(rendered):
        return f"<p>{html.escape(text)}</p>"
    return rendered


def _rules_link(school: School, ladder: ConsequenceLadder | None) -> str:
    url = (ladder.rules_link if ladder else "") or school.rules_link
    if url:
        return external("Läs skolans ordningsregler", url)
    page_ = next((p for p in school.pages if p.slug == "ordningsregler"), None)
    if page_ is not None:
        return link("Läs skolans ordningsregler", rel(URI, uris.free_page(page_)))
    return ""


def _ladder(school: School, ladder: ConsequenceLadder | None, *, preview: bool) -> str:
    rules = _rules_link(school, ladder)
    if ladder is None:
        if not rules:  # ordningsregler (SL 5 kap.) do not apply to a förskola
            wanted = not words.is_preschool(school)
            return gap(preview and wanted, "konsekvenstrappa eller länk till ordningsreglerna")
        return page(heading(2, "Ordningsregler", "ordningsregler"), rules + ".")
    return page(
        heading(2, "Konsekvenstrappa", "konsekvenstrappa"),
        # "(SL)" introduces the short form that the steps' lagrum are written in
        "Konsekvenstrappan visar hur skolan gör när en elev bryter mot ordningsreglerna "
        "eller behandlar någon illa. Stegen bygger på skollagen (SL) 5 kap.",
        ladder_as_list(ladder, _step_html),
        folded("Visa som trappa", render_ladder(ladder, "konsekvenstrappa")),
        rules + "." if rules else "",
    )


def _contacts(project: Project, school: School, routines: Routines) -> str:
    items = [
        item for role in routines.contact_roles if (item := _contact_item(project, school, role))
    ]
    organiser = project.organiser
    central = f"{plain(organiser.central_unit_name)}, {mailto(organiser.central_unit_email)}"
    if organiser.central_unit_phone:
        central += f", {tel(organiser.central_unit_phone)}"
    # Kept on one printed page (`trygg-keep`, trygg.css): it split across two.
    return page(
        '<div class="trygg-keep" markdown>',
        heading(2, "Vem kan jag vända mig till?", "kontaktpersoner"),
        "\n".join(items),
        f"Hos huvudmannen {plain(organiser.name)}: {central}.",
        "</div>",
    )


def _contact_item(project: Project, school: School, role: str) -> str:
    if role.casefold() == "trygghetsteamet":  # on paper with the address of its list
        to = uris.START + "#trygghetsteamet"
        team = printed_link("Trygghetsteamet", project, school, URI, to)
        return f"- **{team}**"
    holders = [c for c in school.contacts if c.role.casefold() == role.casefold()]
    if not holders:  # a unit without a plan lacks it; a plan's routine gives TP057
        return ""
    people = []  # each holder of the role (a school has several mentors)
    for contact in holders:
        details = [plain(contact.name)] if contact.name else []
        details += [mailto(contact.email)] if contact.email else []
        details += [tel(contact.phone)] if contact.phone else []
        people += [", ".join(details)] if details else []
    name = plain(holders[0].role)  # as skola.yml spells it
    return f"- **{name}:** " + ("; ".join(people) if people else how_to_reach(school))
