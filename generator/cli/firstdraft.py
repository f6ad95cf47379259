"""A unit's first plan, made from trygg's example plan: an utkast that claims nothing.

`trygg init`, `trygg ny-skola` and `trygg ny-period` (for a unit without a plan) copy the
example plan for the kind of unit. The copy is an utkast without `beslut`: `trygg build`
never publishes an utkast, so the site says that the plan is missing until the rektor
decides it. What the example found is never written as the unit's own: the results,
counts and subgroup figures of its kartläggning, its findings, the grounds it examined
without findings and the baselines of its goals are left as comments, each with a
`FYLL I` in its place (TP304). There is no account of a plan before (`utvärdering`,
`föregående_period`, `fortsätter`): a first plan has none to give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.cli import rollover
from generator.vocabulary import GROUNDS, term

DRAFT_STATUS = (
    "status: utkast  # byt till beslutad när rektor har beslutat planen\n"
    "# beslut: {datum: ÅÅÅÅ-MM-DD, rektor: Förnamn Efternamn}  (skrivs vid beslutet)\n"
)
FIRST_DRAFT = (
    "# Ett utkast publiceras inte: webbplatsen säger att planen saknas tills rektor har\n"
    "# beslutat den. Skriv först in er egen kartläggning där det står FYLL I.\n" + DRAFT_STATUS
)
DECISION = re.compile(r"^beslut:.*\n", re.MULTILINE)
EARLIER = frozenset({"utvärdering", "föregående_period"})
CONTINUES = re.compile(r"^[ \t]+fortsätter:.*\n", re.MULTILINE)
EXAMPLE = "# Trygg:s exempel, inte er enhets resultat:"
KEY = re.compile(r"^(?P<indent> *)(?P<key>[^\s#\-][^:\n]*):")


@dataclass(frozen=True)
class Found:
    """Where in the kartläggning the example tells what it found, and what to write."""

    part: str  # the kartläggning's key it is under ("" for the kartläggning itself)
    indent: int
    keys: frozenset[str]  # empty: every key at the indent
    what: str  # the FYLL I text in its place; "" for none


FOUND = (
    Found("", 2, frozenset({"resultat"}), "vad kartläggningen visade"),
    Found("metoder", 6, frozenset({"resultat"}), "vad metoden visade"),
    Found("metoder", 6, frozenset({"antal_tillfrågade", "antal_svar", "delresultat"}), ""),
    Found("fynd", 6, frozenset({"text"}), "ett fynd från er kartläggning"),
    Found("täckning", 4, frozenset(), "hur {kind} {term} undersöktes utan att något kom fram"),
)


def first_draft(text: str) -> str:
    """The example plan's `text` (already made the unit's) as the unit's first utkast."""
    head, parts = rollover.sections(DECISION.sub(FIRST_DRAFT, text, count=1))
    return head + "".join(_section(key, body) for key, body in parts if key not in EARLIER)


def _section(key: str, body: str) -> str:
    if key == "kartläggning":
        return _found_as_examples(body)
    if key == "mål":  # a mätning names a delresultat's measure, now a comment (TP030)
        return rollover.paused_measurements(rollover.without_baselines(body, "exemplet"))
    return CONTINUES.sub("", body) if key == "åtgärder" else body


def _found_as_examples(body: str) -> str:
    """The kartläggning with what the example found as comments under one line that says
    so, and a FYLL I in its place after them."""
    lines, out, part, index = body.splitlines(), [], "", 0
    in_place: list[str] = []  # the FYLL I texts that follow the example's lines
    running = False  # the line before was the example's
    while index < len(lines):
        key = KEY.match(lines[index])
        if key and len(key["indent"]) == 2:
            part = key["key"]
        found = _found(key, part if key and len(key["indent"]) > 2 else "")
        if not key or found is None:
            out += [*in_place, lines[index]]
            in_place, index, running = [], index + 1, False
            continue
        end, indent = _block_end(lines, index), key["indent"]
        out += [] if running else [f"{indent}{EXAMPLE}"]
        out += [_commented(line, indent) for line in lines[index:end]]
        running = True
        if found.what:
            in_place += rollover.filled(key["key"], _what(found.what, key["key"]), len(indent))
        index = end
    return "\n".join([*out, *in_place]) + "\n"


def _commented(line: str, indent: str) -> str:
    return f"{indent}# {line[len(indent) :]}" if line.strip() else ""


def _found(key: re.Match[str] | None, part: str) -> Found | None:
    if key is None:
        return None
    name, indent = key["key"], len(key["indent"])
    for each in FOUND:
        if each.part == part and each.indent == indent and (not each.keys or name in each.keys):
            return each
    return None


def _block_end(lines: list[str], start: int) -> int:
    """The line after the key at `start` and the lines that continue its value."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if line.strip():
            end = index + 1
    return end


def _what(what: str, key: str) -> str:
    kind = "grunden" if key in GROUNDS else "området"
    return what.format(kind=kind, term=term(key))
