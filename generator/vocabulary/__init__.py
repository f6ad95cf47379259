"""The content format's fixed words: the keys authors write and the labels readers see.

Each table is the one place its meaning is defined: pages, diagrams, the calendar,
rules and the granskning all take their labels from here. The law's terms (the grounds,
the definitions and their everyday words) are `vocabulary.terms`.
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip

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
# The årshjul's steps (arshjul.yml `steg`), and their labels in the wheel, its table and
# the calendar.
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
