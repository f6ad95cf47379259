"""The sections of a plan's open data on how the school acts all year, whatever the period
found: its routines (the ärendegångar step by step), its collaboration and its
consequence ladder (the structure: `generator.render.opendata.plan_json`)."""

from __future__ import annotations

from generator import model as m
from generator.render.opendata.parts import Data, optional


def _flow(flow: m.Flow) -> Data:
    steps = [
        {
            "id": s.id,
            "text": optional(s.text),
            "vem": optional(s.actor),
            "tid": optional(s.deadline),
            "elevtext": optional(s.student_text),
            "ungdomstext": optional(s.youth_text),
            "fråga": optional(s.question),
            "ja": optional(s.yes),
            "nej": optional(s.no),
        }
        for s in flow.steps
    ]
    return {"rubrik": flow.title, "steg": steps}


def routines(routines: m.Routines) -> Data:
    reporting = routines.reporting
    return {
        "upptäcka": optional(routines.detection),
        "elev_elev": _flow(routines.pupil_pupil),
        "personal_elev": _flow(routines.staff_pupil),
        "anmälan": {
            "personal_till_rektor": reporting.staff_to_principal,
            "rektor_till_huvudman": reporting.principal_to_organiser,
            "hur": reporting.how,
        },
        "utredning": routines.investigation,
        "uppföljning": routines.follow_up,
        "dokumentation": routines.documentation,
        "kontaktpersoner": list(routines.contact_roles),
    }


def collaboration(collaboration: m.Collaboration) -> Data:
    return {
        "elever": collaboration.pupils,
        "personal": collaboration.staff,
        "vårdnadshavare": optional(collaboration.guardians),
    }


def ladder(ladder: m.ConsequenceLadder | None) -> Data | None:
    if ladder is None:
        return None
    steps = [
        {
            "rubrik": s.title,
            "text": s.text,
            "ansvarig": optional(s.responsible),
            "lagrum": optional(s.legal_basis),
        }
        for s in ladder.steps
    ]
    return {"steg": steps, "ordningsregler": optional(ladder.rules_link)}
