"""The YAML fields the site shows as plain text, in one place for every check that tells an
author so (TP053 for a link, TP069 for HTML).

A plain-text field goes through `render.markdown.safety.plain`: Markdown and HTML in it
show as written, and its line breaks are joined. Each field says where it stands, in
words an author recognises, and where a link goes instead, where it can be followed.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.load.document import DataPath
from generator.validate.references import ROUTINE_FLOWS


@dataclass(frozen=True)
class PlainField:
    """`where` the text stands ("i ett steg i flödet"), and what to do with a `link`."""

    where: str
    link: str


# Texts that trygg draws in a diagram and lists beside it, like every diagram's words
# (`diagrams.flowchart`, `diagrams.wheel`).
FLOW_STEP = PlainField(
    "i ett steg i flödet",
    "skriv steget utan länk, och länken i texten före eller efter flödet",
)
ACTIVITY = PlainField(
    "i en aktivitet i årshjulet",
    "skriv aktiviteten utan länk, och länken i dess beskrivning, där länkar går att följa",
)
SAY_SO = PlainField("i säg_till", "skriv adressen under länk")
# The short fields of a plan: table cells, headings and the pupils' lines.
GOAL = PlainField(
    "i ett mål i måltabellen",
    "skriv målet utan länk, och länken i en åtgärds beskrivning, där länkar går att följa",
)
MEASURE = PlainField(
    "i ett kort fält i en åtgärd",
    "skriv länken i åtgärdens beskrivning, där länkar går att följa",
)
SURVEY = PlainField(
    "i ett fynd eller en metods namn i kartläggningen",
    "skriv länken i metodens resultat, där länkar går att följa",
)
ANCHORING = PlainField(
    "i tabellen om hur planen sprids",
    "skriv länken i planens inledning, där länkar går att följa",
)
ANY = int  # stands for a list item's index in a field's path
FIELDS: dict[tuple[object, ...], PlainField] = {
    ("säg_till", "text"): SAY_SO,  # skola.yml: the pupils' own way to tell
    **{("aktiviteter", ANY, key): ACTIVITY for key in ("namn", "ansvarig", "målgrupp")},
    **{("mål", ANY, key): GOAL for key in ("text", "indikator", "målnivå")},
    **{
        ("åtgärder", ANY, *key): MEASURE
        for key in (("titel",), ("ansvarig",), ("kommunikation",), ("elevtext",))
    },
    ("åtgärder", ANY, "uppföljning", "hur"): MEASURE,
    ("kartläggning", "fynd", ANY, "text"): SURVEY,
    ("kartläggning", "metoder", ANY, "metod"): SURVEY,
    ("kartläggning", "metoder", ANY, "deltagare"): SURVEY,
    **{("förankring", ANY, key): ANCHORING for key in ("hur", "när")},
}


def plain_field(path: DataPath) -> PlainField | None:
    """The plain-text field at `path` (from its file's or its fence's root): a step of a
    flöde (a ```flode fence's, or a routine's, `rutiner.elev_elev`, in a plan or in
    huvudman.yml), an årshjul activity's name, role or group, a plan's short fields, or
    skola.yml's `säg_till.text`; None for a field whose Markdown is rendered."""
    shape = tuple(ANY if isinstance(part, int) else part for part in path)
    if found := FIELDS.get(shape):
        return found
    if len(path) < 3 or path[-3] != "steg" or not isinstance(path[-2], int):
        return None
    flow = path[:-3]
    in_routine = len(flow) == 2 and flow[0] == "rutiner" and flow[1] in ROUTINE_FLOWS
    return FLOW_STEP if flow == () or in_routine else None
