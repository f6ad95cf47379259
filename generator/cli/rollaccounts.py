"""The accounts of the period that ends, left for the next plan's authors (`trygg ny-period`).

What is structure is kept: the kartläggning's methods, the fora pupils took part in, the
grounds examined without findings, who took part in each step. What tells what happened
(results, counts, contributions, the evaluation, the participation) is `FYLL I`, so the
check lists it (TP304) until it is written for the new period.
"""

from __future__ import annotations

import re
from typing import Any

from generator.cli.ownfacts import CAUSE, PUPILS, PUPILS_TOLD, TOOK_PART, to_write
from generator.cli.rolldates import Rollover
from generator.cli.rollover import filled, scalar
from generator.vocabulary import COLLABORATION_STEP_LABELS
from generator.vocabulary.terms import GROUNDS, term

# A method whose name says it counts answers, when last period's gave no counts.
COUNTED = re.compile(r"enkät|formulär|webbenkät", re.IGNORECASE)
# The samverkan steps that say how the work is to be done, not how it was done.
AHEAD_STEPS = frozenset({"uppföljning"})


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    found = data.get(key)
    return found if isinstance(found, dict) else {}


def survey(data: dict[str, Any], roll: Rollover) -> str:
    """The kartläggning and the analys: the methods and fora kept, planned a year on, with
    what they found and what the pupils contributed left to fill in."""
    survey, analysis = _part(data, "kartläggning"), _part(data, "analys")
    lines = [
        "kartläggning:",
        "  # Metoderna från förra planen, flyttade ett år. Ändra datum till när ni gör",
        "  # kartläggningen, och skriv in resultaten när den är gjord.",
        "  metoder:",
    ]
    for method in survey.get("metoder", []):
        lines += [
            f"    - id: {scalar(method['id'])}",
            f"      metod: {scalar(method['metod'])}",
            f"      datum: {roll.date(method['datum'])}",
            f"      deltagare: {scalar(method['deltagare'])}",
            f"      # FYLL I: {_results(method)} när den är gjord",
        ]
    lines += [
        "  fynd:",
        "    - id: F1",
        *filled("text", "ett fynd från kartläggningen, ett fynd per punkt", 6),
        "      taggar: [kränkande_behandling]  # Se över: vilka grunder fyndet gäller",
        *_pupils("kartläggning", survey.get("elevmedverkan"), roll),
        *_coverage(survey.get("täckning")),
        "",
        "analys:",
        "  orsaker:",
        "    - fynd: [F1]",
        *filled("orsak", CAUSE, 6),
        *_pupils("analys", analysis.get("elevmedverkan"), roll),
    ]
    return "\n".join(lines) + "\n\n"


def _results(method: dict[str, Any]) -> str:
    """What to write for a method: counts only where answers are counted (an enkät), not
    for a trygghetsvandring or talks in the class council."""
    counted = "antal_svar" in method or "antal_tillfrågade" in method
    if counted or COUNTED.search(str(method.get("metod", ""))):
        return "antal_tillfrågade, antal_svar och resultat"
    return "resultat"


def _pupils(step: str, old: object, roll: Rollover) -> list[str]:
    """The step's elevmedverkan: last period's fora, planned a year on, each contribution
    to be written; a text to write when the fora were not listed."""
    name = COLLABORATION_STEP_LABELS[step].lower()
    fora = [f for f in old if isinstance(f, dict) and "forum" in f] if isinstance(old, list) else []
    if not fora:
        return filled("elevmedverkan", to_write(PUPILS_TOLD, step, "elevmedverkan"), 2)
    told = f"    # Forumen från förra planen. Skriv vad eleverna bidrog med i {name}en."
    lines = ["  elevmedverkan:", told]
    for forum in fora:
        lines.append(f"    - forum: {scalar(forum['forum'])}")
        if "när" in forum:
            lines.append(f"      när: {roll.date(forum['när'])}")
        lines += filled("bidrag", PUPILS, 6)
    return lines


def _coverage(old: object) -> list[str]:
    """The grounds and areas examined without findings: last period's, or every ground,
    each with how it was examined to be written."""
    keys = [k for k in old if isinstance(k, str)] if isinstance(old, dict) else []
    lines = [
        "  täckning:",
        "    # Grunder och områden som ni undersökte utan att något kom fram, och hur. En",
        "    # grund som är taggad i ett fynd behöver inte stå här; ta då bort raden.",
    ]
    for key in keys or GROUNDS:
        kind = "grunden" if key in GROUNDS else "området"
        lines += filled(key, f"hur {kind} {term(key)} undersöktes", 4)
    return lines


def evaluation(data: dict[str, Any], label: str) -> str:
    """One entry per åtgärd of the plan that ends, its outcome not yet filled in, and the
    follow-up of the riktlinjer and rutiner."""
    lines = [
        "utvärdering:",
        *filled("sammanfattning", f"hur arbetet med planen för {label} gick", 2),
        *filled("delaktiga", "vilka som var med och utvärderade", 2),
        *filled(
            "riktlinjer_och_rutiner",
            f"hur riktlinjerna och rutinerna mot trakasserier följdes upp under {label}",
            2,
        ),
        "  åtgärder:",
    ]
    for measure in data.get("åtgärder", []):
        lines += [
            f"    - id: {scalar(measure['id'])}  # {measure.get('titel', '')}".rstrip(),
            # No value that reads as an outcome: "ej_genomförd" left in would be published.
            "      status: FYLL I  # genomförd, delvis eller ej_genomförd",
            *filled("effekt", "vilken effekt åtgärden fick", 6),
        ]
    return "\n".join(lines) + "\n\n"


def collaboration(body: str, data: dict[str, Any], roll: Rollover) -> str:
    """The samverkan: who took part in each step is kept as a comment, how they took part
    is to be written; the follow-up, which is to come, is kept with its years moved."""
    steps = {k: v for k, v in _part(data, "samverkan").items() if isinstance(v, dict)}
    if not steps:
        return body
    lines = ["samverkan:"]
    for step, roles in steps.items():
        lines.append(f"  {step}:")
        if step in AHEAD_STEPS:
            lines.append("    # Se över: hur ni följer upp arbetet; årtalen är flyttade ett år")
            lines += [f"    {role}: {scalar(roll.periods_in(t))}" for role, t in roles.items()]
            continue
        for role, text in roles.items():
            lines.append(f"    # Förra planen: {' '.join(str(text).split())}")
            lines += filled(role, to_write(TOOK_PART, step, str(role)), 4)
    return "\n".join(lines) + "\n\n"
