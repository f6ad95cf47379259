"""A unit's first plan, made from trygg's example plan: an utkast that claims nothing.

`trygg init`, `trygg ny-skola` and `trygg ny-period` (for a unit without a plan) copy the
example plan for the kind of unit. The copy is an utkast without `beslut`: `trygg build`
never publishes an utkast, so the site says that the plan is missing until the rektor
decides it. What the example tells as its own is never written as the unit's
(`cli.ownfacts`, the list `trygg ny-period` follows too): what happened in its period
(the kartläggning's results and findings, the analysis, the pupils' and the others'
part in each step, the baselines of its goals) is left as comments, each with a
`FYLL I` in its place (TP304); what it planned and how it is organised is kept, each
part under a `FYLL I` line that says it is the example's. The example's account of the
plan before (`utvärdering`, `föregående_period`, `fortsätter`) is not the unit's: in its
place stand an empty `föregående_period` and `utvärdering`, marked FYLL I (`earlier`).
A unit that had a plan outside trygg (a Word file) accounts there for its åtgärder (SL 6
kap. 8 §); a new unit removes both. The marks make the rektor decide which: a decided
plan with a mark left is an error (TP127).
"""

from __future__ import annotations

import re

from generator.cli import ownfacts, rollover
from generator.cli.fillin import sections_marked
from generator.load import schoolyears
from generator.load.layout import years_said

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
EXAMPLE = "# Trygg:s exempel, inte ert eget:"
KEY = re.compile(r"^(?P<indent> *)(?P<key>[^\s#\-][^:\n]*):")


def first_draft(text: str, period: str) -> str:
    """The example plan's `text` (already made the unit's) as the unit's first utkast for
    the läsår `period` ("2026-27"), with `earlier` where the example accounts for its
    plan before."""
    head, parts = rollover.sections(DECISION.sub(FIRST_DRAFT, text, count=1))
    out, told = [head], False
    for key, body in parts:
        if key in EARLIER:
            out += [] if told else [earlier(period)]
            told = True
        else:
            out.append(_section(key, body))
    return "".join(out)


def earlier(period: str) -> str:
    """The account of the plan before `period`, for a unit whose plan was not in trygg:
    one åtgärd and its outcome to write, under a FYLL I that says to remove both when
    the unit is new."""
    first = int(period[:4]) - 1
    label = years_said(first, first + 1, school_year=True)
    lines = [
        f"# FYLL I: förra planens åtgärder ({label}) och vad de ledde till; är enheten ny, "
        "ta bort föregående_period och utvärdering",
        "# Hade enheten en plan mot kränkande behandling som inte finns i trygg (till exempel",
        "# i Word), skriver ni dess åtgärder i korthet under föregående_period och vad var och",
        "# en ledde till under utvärdering (skollagen 6 kap. 8 §).",
        "föregående_period:",
        f"  period: {schoolyears.name(first)}",
        "  åtgärder:",
        "    - id: A1",
        *rollover.filled("titel", "förra planens första åtgärd, i korthet", 6),
        *rollover.filled("önskad_effekt", "vad åtgärden skulle leda till", 6),
        "",
        "utvärdering:",
        *rollover.filled("sammanfattning", f"hur arbetet med planen för {label} gick", 2),
        "  åtgärder:",
        "    - id: A1",
        # A value the schema takes, so the section is checked; the mark keeps it unpublished.
        "      status: delvis  # FYLL I: genomförd, delvis eller ej_genomförd",
        *rollover.filled("effekt", "vilken effekt åtgärden fick och hur ni vet det", 6),
    ]
    return "\n".join(lines) + "\n\n"


def _section(key: str, body: str) -> str:
    if key == "mål":  # a mätning names a delresultat's measure, now a comment (TP030)
        return rollover.paused_measurements(rollover.without_baselines(body, "exemplet"))
    if key == "åtgärder":
        note = f"# FYLL I: {ownfacts.PLANNED[key]}; åtgärden under är trygg:s exempel"
        return rollover.each_measure(CONTINUES.sub("", body), note)
    if key in ownfacts.PLANNED or key in ownfacts.ORGANISED:
        return sections_marked(body, {key: ownfacts.PLANNED.get(key) or ownfacts.ORGANISED[key]})
    section, part, what = ownfacts.METHODS
    if key == section:
        return sections_marked(as_examples(key, body), {part: what}, "  ")
    return as_examples(key, body)


def as_examples(section: str, body: str) -> str:
    """The section with what the example tells of its period (`ownfacts.TOLD`) as
    comments under one line that says so, and a FYLL I in its place after them."""
    lines, out, part, index = body.splitlines(), [], "", 0
    in_place: list[str] = []  # the FYLL I texts that follow the example's lines
    running = False  # the line before was the example's
    while index < len(lines):
        key = KEY.match(lines[index])
        if key and len(key["indent"]) == 2:
            part = key["key"]
        under = part if key and len(key["indent"]) > 2 else ""
        found = _told(section, under, key)
        if key is None or found is None:
            out += [*in_place, lines[index]]
            in_place, index, running = [], index + 1, False
            continue
        end, indent = _block_end(lines, index), key["indent"]
        out += [] if running else [f"{indent}{EXAMPLE}"]
        out += [_commented(line, indent) for line in lines[index:end]]
        running = True
        if found.what:
            what = ownfacts.to_write(found.what, under or section, key["key"])
            in_place += rollover.filled(key["key"], what, len(indent))
        index = end
    return "\n".join([*out, *in_place]) + "\n"


def _told(section: str, under: str, key: re.Match[str] | None) -> ownfacts.Told | None:
    if key is None:
        return None
    text = bool(key.string[key.end() :].split("#")[0].strip())
    return ownfacts.told(section, under, len(key["indent"]), key["key"], text)


def _commented(line: str, indent: str) -> str:
    return f"{indent}# {line[len(indent) :]}" if line.strip() else ""


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
