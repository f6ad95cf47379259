"""Plan sections 5–7 (riktlinjer och rutiner, samverkan och förankring, uppföljning)
and the Begrepp section: the organiser's definitions and the words common to every school."""

from __future__ import annotations

from generator.model import Text
from generator.render import uris, words
from generator.render.concepts import collapsible, common_concepts
from generator.render.markdown.blocks import facts, gap, heading, page, table
from generator.render.markdown.safety import plain, sanitize
from generator.render.pages.printed import printed_link
from generator.render.plan.view import PlanView
from generator.text import capitalised, in_sentence, listing, slug
from generator.vocabulary import AUDIENCES, COLLABORATION_STEP_LABELS, COLLABORATION_STEPS
from generator.vocabulary.terms import DEFINITIONS, GROUNDS, term


def guidelines_and_routines(view: PlanView) -> str:
    routines = view.plan.routines
    reporting = routines.reporting
    here = (view.project, view.school, view.uri)
    rules = printed_link("rutinerna vid kränkning", *here, uris.ROUTINES)
    today = "" if view.is_current else " Länken går till de rutiner som gäller i dag."
    roles = listing([plain(in_sentence(r)) for r in routines.contact_roles])
    contacts = printed_link("Kontaktuppgifter finns på startsidan", *here, uris.START + "#kontakt")
    return page(
        heading(2, "Riktlinjer och rutiner", "riktlinjer-och-rutiner"),
        heading(3, "Riktlinjer mot trakasserier och sexuella trakasserier", "riktlinjer"),
        _guidelines(view),
        heading(3, "Rutiner vid kränkning", "rutiner"),
        f"När ett barn eller en elev kan ha blivit kränkt, trakasserad eller sexuellt "
        f"trakasserad följer vi {rules}.{today} Personal anmäler till rektor "
        f"{plain(reporting.staff_to_principal)}, och rektor anmäler till huvudmannen "
        f"{plain(reporting.principal_to_organiser)}.",
        f"{words.people(view.school)} kan vända sig till {roles}. {contacts}.",
        _detection(view),
        _guidelines_follow_up(view),
    )


def _guidelines(view: PlanView) -> str:
    """The riktlinjer: the structured parts as sentences around the school's own text."""
    found = view.plan.guidelines
    if found.missing:
        return gap(view.preview, "riktlinjer mot trakasserier")
    unit = words.unit(view.school)
    refused = f"{plain(capitalised(listing(found.not_accepted)))} accepteras inte på {unit}."
    roles = listing([plain(in_sentence(_spelled(view, r))) for r in found.turn_to])
    turn_to = (
        f"Den som blir trakasserad, eller ser att någon annan blir det, kan vända sig till {roles}."
    )
    investigator = plain(capitalised(_spelled(view, found.investigated_by)))
    investigated = f"{investigator} ansvarar för att trakasserier och sexuella trakasserier utreds."
    return page(
        refused if found.not_accepted else "",
        sanitize(found.text),
        turn_to if found.turn_to else "",
        investigated if found.investigated_by else "",
    )


def _spelled(view: PlanView, role: str) -> str:
    """A contact role as skola.yml spells it (the plan may write it in other case)."""
    names = [c.role for c in view.school.contacts]
    return next((name for name in names if name.casefold() == role.casefold()), role)


def _detection(view: PlanView) -> str:
    text = view.plan.routines.detection
    if not text:
        return ""
    return page(heading(3, "Så upptäcker vi kränkningar", "upptacka"), sanitize(text))


def _guidelines_follow_up(view: PlanView) -> str:
    """DL 3 kap. 18 §: the riktlinjer and rutiner are followed up and evaluated."""
    text = view.plan.evaluation.guidelines_and_routines
    title = heading(3, "Uppföljning av riktlinjer och rutiner", "uppfoljning-riktlinjer")
    if not text:
        return gap(view.preview, "hur riktlinjer och rutiner har följts upp")
    return page(title, sanitize(text))


def collaboration_and_anchoring(view: PlanView) -> str:
    blocks = [
        heading(2, "Samverkan och förankring", "samverkan-och-forankring"),
        heading(3, f"Så är {_pupils_word(view)}, personal och vårdnadshavare med", "samverkan"),
    ]
    for step in COLLABORATION_STEPS:
        together = view.plan.collaboration.get(step)
        if together is None:
            continue
        guardians = sanitize(together.guardians) if together.guardians else ""
        pairs = [
            (capitalised(_pupils_word(view)), sanitize(together.pupils)),
            ("Personal", sanitize(together.staff)),
            ("Vårdnadshavare", guardians or gap(view.preview, "hur vårdnadshavare är med")),
        ]
        title = COLLABORATION_STEP_LABELS[step]
        blocks += [heading(4, title, "samverkan-" + slug(title)), facts(pairs)]
    rows = [[_audience(view, a.audience), plain(a.how), plain(a.when)] for a in view.plan.anchoring]
    blocks += [heading(3, "Så sprider vi planen", "forankring")]
    blocks.append(table(["Vilka", "Hur", "När"], rows))
    return page(*blocks)


def _audience(view: PlanView, audience: str) -> str:
    """Who the plan is spread to, as the unit says it: a förskola's "elever" are barn."""
    if audience == "elever":
        return capitalised(_pupils_word(view))
    return AUDIENCES.get(audience, plain(audience))


def _pupils_word(view: PlanView) -> str:
    return "barn" if words.is_preschool(view.school) else "elever"


def follow_up(view: PlanView) -> str:
    plan_follow_up = view.plan.follow_up
    if plan_follow_up is None:
        missing = gap(view.preview, "hur planen följs upp")
        return (
            page(heading(2, "Så följer vi upp planen", "uppfoljning"), missing) if missing else ""
        )
    return page(
        heading(2, "Så följer vi upp planen", "uppfoljning"),
        f"Planen ska vara uppföljd senast **{words.date(plan_follow_up.by)}**. "
        f"Ansvarig: {plain(plan_follow_up.responsible)}.",
        sanitize(plan_follow_up.how),
    )


def concepts(view: PlanView) -> str:
    organiser = view.project.organiser
    definitions = [(k, organiser.definitions[k]) for k in DEFINITIONS if k in organiser.definitions]
    grounds = [(k, organiser.grounds[k]) for k in GROUNDS if k in organiser.grounds]
    common = common_concepts(organiser, view.school)
    return page(
        heading(2, "Begrepp", "begrepp"),
        f"Definitionerna är gemensamma för alla skolor i {plain(organiser.name)}.",
        collapsible("Vad betyder orden?", _explained(definitions) + common),
        collapsible("De sju diskrimineringsgrunderna", _explained(grounds)),
    )


def _explained(texts: list[tuple[str, Text]]) -> list[tuple[str, str]]:
    return [(capitalised(term(key)), sanitize(text.text)) for key, text in texts]
