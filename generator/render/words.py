"""Swedish words for the model's keys and values, dates and numbers."""

from __future__ import annotations

import datetime as dt
import re

from generator.model.types import MONTHS, School, SurveyMethod

SCHOOL_FORMS: dict[str, str] = {
    "förskola": "förskola",
    "förskoleklass": "förskoleklass",
    "grundskola": "grundskola",
    "anpassad_grundskola": "anpassad grundskola",
    "fritidshem": "fritidshem",
    "gymnasieskola": "gymnasieskola",
}
TERMS: dict[str, str] = {
    "kränkande_behandling": "kränkande behandling",
    "trakasserier": "trakasserier",
    "sexuella_trakasserier": "sexuella trakasserier",
    "diskriminering": "diskriminering",
    "repressalier": "repressalier",
    "mobbning": "mobbning",
    "nätkränkningar": "nätkränkningar",
    "kön": "kön",
    "könsöverskridande_identitet_eller_uttryck": "könsöverskridande identitet eller uttryck",
    "etnisk_tillhörighet": "etnisk tillhörighet",
    "religion_eller_annan_trosuppfattning": "religion eller annan trosuppfattning",
    "funktionsnedsättning": "funktionsnedsättning",
    "sexuell_läggning": "sexuell läggning",
    "ålder": "ålder",
}
AREAS: dict[str, str] = {
    "studiemiljö": "studiemiljön",
    "undervisning": "undervisningen",
    "bedömning": "bedömning",
    "raster": "rasterna",
    "fritidshem": "fritidshemmet",
    "digitala_miljöer": "digitala miljöer",
    "skolväg": "skolvägen",
    "matsal": "matsalen",
    "idrott": "idrotten",
}
STATUS: dict[str, str] = {
    "genomförd": "Genomförd",
    "delvis": "Delvis genomförd",
    "ej_genomförd": "Inte genomförd",
}
CYCLE_STEPS: dict[str, str] = {
    "kartläggning": "Kartläggning",
    "analys": "Analys",
    "åtgärd": "Åtgärder",
    "uppföljning": "Uppföljning",
    "förankring": "Förankring",
}
COLLABORATION_STEPS: dict[str, str] = {
    "kartläggning": "Kartläggning",
    "analys": "Analys",
    "åtgärder": "Åtgärder",
    "uppföljning": "Uppföljning",
    "riktlinjer_och_rutiner": "Riktlinjer och rutiner",
}
AUDIENCES: dict[str, str] = {
    "elever": "Elever",
    "personal": "Personal",
    "vårdnadshavare": "Vårdnadshavare",
    "huvudman": "Huvudmannen",
    "webb": "Webbplatsen",
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(text: str) -> str:
    """A role inside a sentence: "Kurator" → "kurator", but "BEO" stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def slug(text: str) -> str:
    """An ASCII anchor: "Riktlinjer och rutiner" → "riktlinjer-och-rutiner"."""
    table = str.maketrans("åäöéü", "aaoeu")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def term(key: str) -> str:
    """A definition, ground or tag key in words, lower case: "sexuell läggning"."""
    return TERMS.get(key, key.replace("_", " "))


def date(day: dt.date) -> str:
    """A date as Swedish readers write it: "17 augusti 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_range(first: dt.date, last: dt.date) -> str:
    return f"{date(first)} – {date(last)}"


def listing(items: list[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def percent(value: float) -> str:
    """88 → "88 %", 87.5 → "87,5 %"."""
    if float(value).is_integer():
        return f"{int(value)} %"
    return f"{value:.1f} %".replace(".", ",")


def response_rate(method: SurveyMethod) -> str:
    """ "187 av 212 (88 %)", "187 svar", or "" when the method counts no answers."""
    rate = method.response_rate
    if rate is not None and method.responses is not None:
        return f"{method.responses} av {method.invited} ({percent(round(rate * 100))})"
    if method.responses is not None:
        return f"{method.responses} svar"
    return ""


def grades(text: str) -> str:
    """ "F-6" → "årskurs F–6", "7-9" → "årskurs 7–9"."""
    return "årskurs " + text.replace("-", "–") if text else ""


def school_forms(forms: tuple[str, ...]) -> str:
    return listing([SCHOOL_FORMS.get(f, f.replace("_", " ")) for f in forms])


def is_preschool(school: School) -> bool:
    """True for a förskola, where the children are "barn", not "elever"."""
    return set(school.school_forms) == {"förskola"}


def unit(school: School) -> str:
    """ "förskolan" or "skolan", lower case, for running text."""
    return "förskolan" if is_preschool(school) else "skolan"


def pupils(school: School) -> str:
    """ "barnen" or "eleverna"."""
    return "barnen" if is_preschool(school) else "eleverna"


def children(school: School) -> str:
    """ "barn" or "barn och elever"."""
    return "barn" if is_preschool(school) else "barn och elever"


def people(school: School) -> str:
    """Who can turn to the school: "Barn och vårdnadshavare" or "Barn, elever och …"."""
    return "Barn och vårdnadshavare" if is_preschool(school) else "Barn, elever och vårdnadshavare"
