"""TP109, TP116, TP117: the riktlinjer mot trakasserier (DL 3 kap. 18 §).

DO: the riktlinjer say that trakasserier and sexuella trakasserier are not accepted,
whom a pupil turns to and who investigates, and they are required even when the
kartläggning found no harassment. The structured form is read as written; the older
plain text is only searched for the two words, and gets a warning (TP117).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.model import Guidelines, School
from generator.rules.engine import Context, DataPath, Finding, rule
from generator.rules.routines import routine_flows, routine_source
from generator.text import is_placeholder, listing
from generator.validate.contacts import TEAM

REQUIRED = ("trakasserier", "sexuella trakasserier")
SENTENCE = re.compile(r"[^.!?;:\n]+")
# A sentence that gives in or includes (the riktlinjer apply even when nothing was
# found, also then) says the opposite of "not needed": it is never flagged.
CONCESSIVE = re.compile(r"\b(?:även|också|oavsett|ändå|trots)\b")
NEGATION = r"(?:inte|ej|icke|inga|inget|ingen|aldrig|saknas|utan)"
# "not needed": a negated need, or a word that means it, said of riktlinjer or the like.
NEED = r"(?:behöv\w*|behov\w*|nödvändig\w*|krävs|kräv\w*|aktuell\w*|relevant\w*|motiverad\w*)"
NEEDLESS = re.compile(
    rf"\b{NEGATION}\s+(?:\w+\s+){{0,3}}?{NEED}|\b{NEED}\s+(?:\w+\s+){{0,2}}?{NEGATION}\b"
    r"|\b(?:överflödig\w*|onödig\w*)"
)
ABOUT_GUIDELINES = re.compile(r"\b(?:riktlinj|rutin|policy|dokument|sådan|särskild)")
FOR_A_PERSON = re.compile(r"\b(?:du|ni|man|eleven|barnet|den som)\s+(?:\w+\s+)?$")
# "nothing found": no harassment occurred, was seen or reported (not "får inte förekomma").
HARM = r"(?:trakasser\w*|kränk\w*|mobb\w*|diskriminer\w*|problem\w*|fall|händelse\w*)"
SEEN = (
    r"(?:förekom\w*|finns|fanns|hänt|händer|hände|skett|sker|inträffa\w*|uppstått|vis\w*|upptäck\w*"
    r"|hitta\w*|sett|såg|ser|märkt|observer\w*|identifier\w*|konstater\w*|rapporter\w*"
    r"|anmäl\w*|kommit in|inkommit)"
)
NONE_FOUND = re.compile(
    rf"\b(?:inga|ingen|inget)\s+(?:\w+\s+){{0,2}}?{HARM}"
    rf"|\b(?<!ska )(?<!skall )(?<!får )(?<!bör )(?<!måste )(?:inte|ej|aldrig)\s+"
    rf"(?:\w+\s+){{0,2}}?{SEEN}\b"
    rf"|\b{SEEN}\s+(?:inte|ej|aldrig)\b"
)
SEEN_AT_ALL = re.compile(rf"\b{SEEN}\b")
HARM_AT_ALL = re.compile(rf"\b{HARM}\b")


def not_needed(text: str) -> str:
    """The first sentence of `text` that says riktlinjer are not needed, or that nothing
    was found (the usual reason given); "" when there is none."""
    for match in SENTENCE.finditer(" ".join(text.split())):
        sentence = match.group().casefold()
        if not CONCESSIVE.search(sentence) and (_needless(sentence) or _none_found(sentence)):
            return match.group().strip()
    return ""


def _needless(sentence: str) -> bool:
    if not ABOUT_GUIDELINES.search(sentence):
        return False
    return any(
        not FOR_A_PERSON.search(sentence[: found.start()]) for found in NEEDLESS.finditer(sentence)
    )


def _none_found(sentence: str) -> bool:
    found = NONE_FOUND.search(sentence)
    return found is not None and bool(SEEN_AT_ALL.search(sentence) and HARM_AT_ALL.search(sentence))


def _roles(school: School) -> str:
    return listing([*dict.fromkeys(c.role for c in school.contacts), TEAM])


def _structured(school: School, found: Guidelines) -> Iterator[tuple[str, str, str]]:
    """(field, message, hint) for each part the structured riktlinjer leave out."""
    missing = [term for term in REQUIRED if term not in found.not_accepted]
    if missing:
        listed = ", ".join([*found.not_accepted, *missing])
        yield (
            "accepteras_inte" if found.not_accepted else "",
            f"riktlinjerna säger inte att {listing(missing)} inte accepteras",
            f"skriv under riktlinjer: accepteras_inte: [{listed}]",
        )
    if not found.turn_to:
        yield (
            "",
            "riktlinjerna säger inte vem eleverna vänder sig till",
            f"lägg till riktlinjer.vänd_dig_till med roller ur kontakter: {_roles(school)}",
        )
    if not found.investigated_by:
        yield (
            "",
            "riktlinjerna säger inte vem som utreder",
            f"lägg till riktlinjer.utreds_av med en roll ur kontakter: {_roles(school)}",
        )


def _plain(text: str) -> Iterator[tuple[str, str, str]]:
    """The older plain text: it must at least name both."""
    words = " ".join(text.casefold().split())
    found = ("trakasser" in words.replace("sexuella trakasserier", ""), REQUIRED[1] in words)
    missing = [term for term, seen in zip(REQUIRED, found, strict=True) if not seen]
    if missing:
        yield "", f"riktlinjerna nämner inte {listing(missing)}", ""


@rule("TP109", reads=("trygghetsplan.riktlinjer", "trygghetsplan.rutiner", "huvudman.rutiner"))
def guidelines(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        found = plan.guidelines
        if found.missing:
            message = "planen har inga riktlinjer mot trakasserier och sexuella trakasserier"
            yield ctx.at(plan.source, (), message)
            continue
        parts = _structured(school, found) if found.structured else _plain(found.text)
        for key, message, hint in parts:
            path: DataPath = ("riktlinjer", key) if key else ("riktlinjer",)
            yield ctx.at(plan.source, path, message, hint)
    for owner, routines in routine_flows(ctx):
        if is_placeholder(routines.investigation):
            display, where = routine_source(ctx, owner, "utredning")
            hint = "beskriv under rutiner.utredning vem som utreder och hur"
            yield ctx.at(display, where, "rutinen för utredning är inte beskriven", hint)


@rule("TP116", reads=("trygghetsplan.riktlinjer",))
def guidelines_not_needed(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        found = plan.guidelines
        if said := not_needed(found.text):
            at: DataPath = ("riktlinjer", "text") if found.structured else ("riktlinjer",)
            message = f'riktlinjerna säger att de inte behövs: "{said}"'
            yield ctx.at(plan.source, at, message)


@rule("TP117", reads=("trygghetsplan.riktlinjer",))
def guidelines_as_text(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        if plan.guidelines.structured or plan.guidelines.missing:
            continue
        message = (
            "riktlinjerna är bara en text; trygg kan inte se vem eleverna vänder sig till "
            "eller vem som utreder"
        )
        hint = (
            "skriv riktlinjer: med accepteras_inte: [trakasserier, sexuella trakasserier], "
            f"vänd_dig_till: och utreds_av: (roller ur kontakter: {_roles(school)}) "
            "och flytta texten till riktlinjer.text"
        )
        yield ctx.at(plan.source, ("riktlinjer",), message, hint)
