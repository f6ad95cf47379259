"""The tillgänglighetsredogörelse that lagen (2018:1937) om tillgänglighet till digital
offentlig service requires, with the contents DIGG lists: who publishes, the
service, compliance, what is not accessible and why, how the statement was made,
when it was updated, a feedback contact and the way to DIGG's complaint form."""

from __future__ import annotations

from generator.model import Project, School
from generator.render import words
from generator.render.markdown.blocks import external, gap, heading, indent, mailto, page, tel
from generator.render.markdown.safety import plain, sanitize

DIGG_COMPLAINT = "https://www.digg.se/tdosanmalan"
LAW = "lagen (2018:1937) om tillgänglighet till digital offentlig service"
COMPLIANCE = {
    "helt_förenlig": f"Webbplatsen är helt förenlig med {LAW}.",
    "delvis_förenlig": (
        f"Webbplatsen är delvis förenlig med {LAW}, på grund av de brister som beskrivs nedan."
    ),
    "inte_förenlig": (
        f"Webbplatsen är inte förenlig med {LAW}. De brister vi känner till beskrivs nedan."
    ),
}


def render_accessibility(project: Project, school: School, *, preview: bool) -> str:
    organiser = project.organiser
    statement = organiser.accessibility
    service = plain(f"{school.name} – trygghetsplan och årshjul")
    return page(
        heading(1, "Tillgänglighetsredogörelse"),
        f"{plain(organiser.name)} står bakom webbplatsen {service}. Vi vill att så många "
        "som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller "
        "lagen om tillgänglighet till digital offentlig service, vilka brister vi känner "
        "till och hur du kan meddela oss om problem.",
        heading(2, "Hur tillgänglig är webbplatsen?", "forenlighet"),
        COMPLIANCE.get(statement.compliance, plain(statement.compliance)),
        _shortcomings(project, preview=preview),
        heading(2, "Vad kan du göra om du inte kan använda delar av webbplatsen?", "kontakt"),
        "Om du behöver innehåll från webbplatsen i ett annat format, eller upptäcker "
        f"brister som inte står här, kontakta oss: {_contact(project)}. "
        "Vi svarar så snart vi kan.",
        heading(2, "Tillsyn", "tillsyn"),
        "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsynen över "
        "lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du "
        f"{external('anmäla det till DIGG via deras webbformulär', DIGG_COMPLAINT)}.",
        heading(2, "Så har vi testat webbplatsen", "metod"),
        f"Vi gjorde bedömningen den {words.date(statement.assessed_on)}. "
        f"Metod: {sanitize(statement.method)}",
        f"Redogörelsen uppdaterades senast den {words.date(statement.updated_on)}.",
        f"Redogörelsen följer {LAW} och Myndigheten för digital förvaltnings föreskrifter.",
    )


def _shortcomings(project: Project, *, preview: bool) -> str:
    statement = project.organiser.accessibility
    if not statement.shortcomings:
        if statement.compliance == "helt_förenlig":
            return ""
        return page(
            heading(2, "Innehåll som inte är tillgängligt", "brister"),
            "Bristerna är inte beskrivna ännu. " + gap(preview, "beskrivning av bristerna"),
        )
    items = []
    for shortcoming in statement.shortcomings:
        text = "- " + indent(sanitize(shortcoming.description))
        if shortcoming.reason:
            text += "\n\n    *Orsak:* " + indent(sanitize(shortcoming.reason))
        items.append(text)
    return page(heading(2, "Innehåll som inte är tillgängligt", "brister"), "\n\n".join(items))


def _contact(project: Project) -> str:
    statement = project.organiser.accessibility
    contact = f"e-post {mailto(statement.contact_email)}"
    if statement.contact_phone:
        contact += f" eller telefon {tel(statement.contact_phone)}"
    return contact
