"""What a required section of a content file stands in as when it has errors.

`validate.sections` sets a failed section aside and puts its stand-in here in its place,
so the model can still be built from the other sections. A stand-in is empty; no rule
ever reads it, since the rules that read a failed section are left out.
"""

from __future__ import annotations

from typing import Any

from generator.vocabulary.terms import GROUNDS

PLAN, SCHOOL, CYCLE, ORGANISER = "trygghetsplan", "skola", "arshjul", "huvudman"
NO_DAY = "1970-01-01"  # a date no rule sees
_FLOW = {"rubrik": "", "steg": []}

# What a required section becomes when it has errors: empty, so the model can be built.
STAND_INS: dict[str, dict[str, Any]] = {
    PLAN: {
        "vision": "",
        "mål": [],
        "utvärdering": {"åtgärder": []},
        "kartläggning": {"metoder": [], "fynd": [], "elevmedverkan": ""},
        "analys": {"orsaker": [], "elevmedverkan": ""},
        "åtgärder": [],
        "riktlinjer": "",
        "samverkan": {},
        "förankring": [],
        # uppföljning_av_planen is left out: a plan may lack it (TP113), and no stand-in
        # date is a plan date trygg reads (`load.dates.YEARS`)
    },
    SCHOOL: {
        "namn": "",
        "skolformer": [],
        "beskrivning": "",
        "adress": {"gata": "", "postnummer": "", "ort": ""},
        "kontakter": [],
        "trygghetsteam": [],
    },
    CYCLE: {"aktiviteter": []},
    ORGANISER: {
        "namn": "",
        "central_enhet": {"namn": "", "epost": ""},
        "tillåtna_epostdomäner": [],
        "definitioner": {},
        "diskrimineringsgrunder": {ground: {"text": "", "elevtext": ""} for ground in GROUNDS},
        "rutiner": {
            "elev_elev": _FLOW,
            "personal_elev": _FLOW,
            "anmälan": {"personal_till_rektor": "", "rektor_till_huvudman": "", "hur": ""},
            "utredning": "",
            "uppföljning": "",
            "dokumentation": "",
            "kontaktpersoner": [],
        },
        "tillgänglighet": {
            "förenlighet": "",
            "bedömning": {"datum": NO_DAY, "metod": ""},
            "senast_uppdaterad": NO_DAY,
            "kontakt": {"epost": ""},
        },
    },
}
