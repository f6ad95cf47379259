"""The content format's fixed words: the keys authors write and the labels readers see.

Each table is the one place its meaning is defined: pages, diagrams, the calendar,
rules and the granskning all take their labels from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.text import capitalised, closest

GROUNDS: tuple[str, ...] = (
    "kön",
    "könsöverskridande_identitet_eller_uttryck",
    "etnisk_tillhörighet",
    "religion_eller_annan_trosuppfattning",
    "funktionsnedsättning",
    "sexuell_läggning",
    "ålder",
)
# The everyday words authors write for a ground (or a definition) -> the one the law, and
# so the content format, names; the suggestion "menade du …?" (`meant`) offers it, as a
# spelling's closest match would not ("etnicitet" is far from "etnisk_tillhörighet").
EVERYDAY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("etnicitet", "etniskt ursprung", "etnisk bakgrund", "ursprung", "hudfärg", "ras"),
        "etnisk_tillhörighet",
    ),
    **dict.fromkeys(("nationalitet", "nationellt ursprung"), "etnisk_tillhörighet"),
    **dict.fromkeys(
        ("religion", "tro", "trosuppfattning", "livsåskådning", "annan trosuppfattning"),
        "religion_eller_annan_trosuppfattning",
    ),
    **dict.fromkeys(
        ("funktionshinder", "funktionsvariation", "handikapp", "npf", "funktionsnedsättningar"),
        "funktionsnedsättning",
    ),
    **dict.fromkeys(
        ("könsidentitet", "könsuttryck", "transperson", "trans", "transpersoner"),
        "könsöverskridande_identitet_eller_uttryck",
    ),
    **dict.fromkeys(
        ("sexualitet", "läggning", "sexuell orientering", "hbtq", "hbtq+", "hbtqi", "hbtqi+"),
        "sexuell_läggning",
    ),
    **dict.fromkeys(("genus", "kön och genus"), "kön"),
    **dict.fromkeys(("ålderism", "åldersdiskriminering"), "ålder"),
    **dict.fromkeys(("kränkning", "kränkningar", "kränkande"), "kränkande_behandling"),
}
DEFINITIONS: tuple[str, ...] = (
    "kränkande_behandling",
    "trakasserier",
    "sexuella_trakasserier",
    "diskriminering",
    "repressalier",
    "mobbning",
)
MONTHS: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip

# The årshjul's steps (arshjul.yml `steg`), and their labels in the wheel, its table and
# the calendar.
# Shown where a reader needs to see that a value is left out (a table cell, a fact).
NOT_GIVEN = "ej angivet"
# The lines of a school site's menu that trygg writes (`render.sitepages.navigation`), which
# no free page's title may repeat (`check.menutitles`).
MENU: dict[str, str] = {
    "start": "Start",
    "plan": "Trygghetsplan",
    "kommande": "Kommande trygghetsplan",
    "rutiner": "Rutiner vid kränkning",
    "arshjul": "Årshjul",
    "arkiv": "Alla trygghetsplaner",
    "oppna_data": "Öppna data",
    "tillganglighet": "Tillgänglighet",
}
PLAN_STEPS: tuple[str, ...] = ("kartläggning", "analys", "åtgärd", "uppföljning", "förankring")
CYCLE_STEP_LABELS: dict[str, str] = {
    "kartläggning": "Kartläggning",
    "analys": "Analys",
    "åtgärd": "Åtgärder",
    "uppföljning": "Uppföljning",
    "förankring": "Förankring",
}
# The steps of the work in which pupils and staff take part (the plan's `samverkan`).
COLLABORATION_STEPS: tuple[str, ...] = (
    "kartläggning",
    "analys",
    "åtgärder",
    "uppföljning",
    "riktlinjer_och_rutiner",
)
COLLABORATION_STEP_LABELS: dict[str, str] = {
    "kartläggning": "Kartläggning",
    "analys": "Analys",
    "åtgärder": "Åtgärder",
    "uppföljning": "Uppföljning",
    "riktlinjer_och_rutiner": "Riktlinjer och rutiner",
}
# Definitions, grounds and finding tags in running text, lower case.
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
SCHOOL_FORMS: dict[str, str] = {
    "förskola": "förskola",
    "förskoleklass": "förskoleklass",
    "grundskola": "grundskola",
    "anpassad_grundskola": "anpassad grundskola",
    "fritidshem": "fritidshem",
    "gymnasieskola": "gymnasieskola",
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
    "antagning": "antagningen",
    "studier_och_föräldraskap": "studier och föräldraskap",
}
OUTCOME_STATUS: dict[str, str] = {
    "genomförd": "Genomförd",
    "delvis": "Delvis genomförd",
    "ej_genomförd": "Inte genomförd",
}
AUDIENCES: dict[str, str] = {
    "elever": "Elever",
    "personal": "Personal",
    "vårdnadshavare": "Vårdnadshavare",
    "huvudman": "Huvudmannen",
    "webb": "Webbplatsen",
}

# The roles of the plan's `ansvarsfördelning`, in the order a page shows them.
RESPONSIBILITY_ROLES: dict[str, str] = {
    "huvudman": "Huvudmannen",
    "rektor": "Rektor",
    "personal": "Personalen",
    "elever": "Eleverna",
    "vårdnadshavare": "Vårdnadshavarna",
}


def meant(written: str, choices: Iterable[str]) -> str | None:
    """The choice an author most likely meant by `written`, for "menade du …?": the ground
    an everyday word names (`EVERYDAY_WORDS`) where it is a choice, else the closest
    spelling; None when there is neither."""
    listed = list(choices)
    word = " ".join(written.casefold().replace("_", " ").split())
    if (ground := EVERYDAY_WORDS.get(word)) is not None:
        for choice in (ground, ground.replace("_", " ")):
            if choice in listed and choice != written:
                return choice
    return closest(written, listed)


def term(key: str) -> str:
    """A definition, ground or tag key in words, lower case: "sexuell läggning"."""
    return TERMS.get(key, key.replace("_", " "))


# Where the grounds' long words may break (a soft hyphen, seen only where a line breaks),
# so that a table or a chart can show all seven grounds' whole names side by side.
WORD_BREAKS: dict[str, str] = {
    "könsöverskridande": "köns\u00adöver\u00adskridande",
    "tillhörighet": "till\u00adhörighet",
    "trosuppfattning": "tros\u00aduppfattning",
    "funktionsnedsättning": "funktions\u00adnedsättning",
}


def column_head(key: str) -> str:
    """A ground (or other term) as a narrow column's head: its name from `TERMS` with a
    capital, its long words breakable ("Köns\u00adöver\u00adskridande identitet …")."""
    words = term(key).split(" ")
    return capitalised(" ".join(WORD_BREAKS.get(word, word) for word in words))


# `öppna_data.licens` in huvudman.yml -> the licence's name and address, as the open data
# page and datapackage.json give them; the schema allows exactly these keys.
OPEN_DATA_LICENCES: dict[str, tuple[str, str]] = {
    "CC0-1.0": (
        "Creative Commons Zero v1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC-BY-SA-4.0": (
        "Creative Commons Attribution Share-Alike 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "ODC-By-1.0": (
        "Open Data Commons Attribution License 1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    "PDDL-1.0": (
        "Open Data Commons Public Domain Dedication and License 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
}
DEFAULT_LICENCE = "CC0-1.0"  # without `öppna_data`
