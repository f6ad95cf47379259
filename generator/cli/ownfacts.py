"""Which texts of a plan are the unit's own facts, for a new plan's authors to write: the
one list that `trygg ny-period` and a first plan made from trygg's example (`trygg init`,
`trygg ny-skola`) both follow.

- What happened in the period (`TOLD`): what the kartläggning found, the causes the
  analysis found, how the pupils took part and how each group took part in each step.
  A new plan leaves each to be written, with `FYLL I` in its place: `ny-period` after
  the plan before (`cli.rollaccounts`), a first plan with the example's text as a
  comment above the mark (`cli.firstdraft`).
- What is planned (`PLANNED`): the åtgärder and how the plan is made known and followed
  up. `ny-period` keeps the unit's own under `Se över`; in a first plan they are the
  example's, each marked `FYLL I`.
- What skola.yml says the unit is like (its `beskrivning`, in `TOLD`): a comment, with
  `FYLL I` in its place, as what happened.
- How the unit is organised (`ORGANISED`, `METHODS`): who is responsible for what, its
  own rutiner and the kartläggning's methods. `ny-period` copies them as written (they
  are the unit's); a first plan marks them `FYLL I`, as `init` does the huvudman's
  rutiner and tillgänglighet (`ORGANISER`).

Everything else (inledning, vision, rättslig grund, riktlinjer, konsekvenstrappa) is
general: the law and ways of working, kept as written by both.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.vocabulary import COLLABORATION_STEP_LABELS, RESPONSIBILITY_ROLES
from generator.vocabulary.terms import GROUNDS, term

ANY = "*"  # a `Told.part` that matches every part of its section
SCHOOL_FILE = "skola.yml"  # a `Told.section`: the unit's skola.yml


@dataclass(frozen=True)
class Told:
    """A field that tells what happened in the period, and what its `FYLL I` asks for."""

    section: str  # the plan's top-level key
    part: str  # the key under the section it is under: "" the section itself, ANY any
    indent: int  # of the field's key as the example plans write it
    keys: frozenset[str]  # empty: every key at the indent
    what: str  # "" for none; {kind} {term}: a ground's or area's; {who} {step}: samverkan's
    text_only: bool = False  # only when written as a text, not as a list or mapping


PUPILS = "vad eleverna gjorde, sa eller föreslog"
# The pupils' part written as a text, not as a list of fora.
PUPILS_TOLD = "hur eleverna var med i {step}en, gärna som en lista med forum, när och bidrag"
CAUSE = "orsaken bakom fyndet"
TOOK_PART = "hur {who} var med i steget {step}"

TOLD = (
    Told("kartläggning", "", 2, frozenset({"resultat"}), "vad kartläggningen visade"),
    Told("kartläggning", "metoder", 6, frozenset({"resultat"}), "vad metoden visade"),
    Told("kartläggning", "metoder", 6, frozenset({"antal_tillfrågade", "antal_svar"}), ""),
    Told("kartläggning", "metoder", 6, frozenset({"delresultat"}), ""),
    Told("kartläggning", "fynd", 6, frozenset({"text"}), "ett fynd från er kartläggning"),
    Told(
        "kartläggning",
        "täckning",
        4,
        frozenset(),
        "hur {kind} {term} undersöktes utan att något kom fram",
    ),
    Told("kartläggning", "elevmedverkan", 6, frozenset({"bidrag"}), PUPILS),
    Told("kartläggning", "", 2, frozenset({"elevmedverkan"}), PUPILS_TOLD, text_only=True),
    Told("analys", "orsaker", 6, frozenset({"orsak"}), CAUSE),
    Told("analys", "orsaker", 6, frozenset({"utan_åtgärd"}), "varför fyndet inte får en åtgärd"),
    Told("analys", "elevmedverkan", 6, frozenset({"bidrag"}), PUPILS),
    Told("analys", "", 2, frozenset({"elevmedverkan"}), PUPILS_TOLD, text_only=True),
    Told("samverkan", ANY, 4, frozenset(), TOOK_PART),
    # skola.yml, read as one section: what the unit is like, where, how many.
    Told(
        SCHOOL_FILE,
        "",
        0,
        frozenset({"beskrivning"}),
        "några meningar om enheten: var den ligger, hur många barn eller elever den har "
        "och hur ni arbetar",
    ),
)

PLANNED = {
    "åtgärder": "en åtgärd utifrån era egna fynd, eller ta bort den",
    "uppföljning_av_planen": "hur planen ska följas upp",
    "förankring": "hur och när planen görs känd",
}

ORGANISED = {
    "ansvarsfördelning": "vem som ansvarar för vad hos er",
    "rutiner": "hur ni själva upptäcker kränkningar och anmäler dem",
}
# The kartläggning's methods (with their dates and who took part): the unit's own, kept by
# `ny-period` with the dates a year on; in a first plan the example's, under a FYLL I.
METHODS = ("kartläggning", "metoder", "era egna metoder, när ni gör dem och vilka som är med")
# huvudman.yml's sections about the example's own organisation: under a FYLL I too.
ORGANISER = {
    "rutiner": ORGANISED["rutiner"],
    "tillgänglighet": "hur ni har bedömt webbplatsernas tillgänglighet och vilka brister de har",
}


def told(section: str, part: str, indent: int, key: str, text: bool = True) -> Told | None:
    """The field `key` at `indent` under `part` of `section`, when it tells what happened;
    `text`: whether its value is written on the key's line (a text, not a list)."""
    for each in TOLD:
        where = (each.section, each.indent) == (section, indent)
        same_part = each.part == part or (each.part == ANY and part != "")
        same_key = not each.keys or key in each.keys
        if where and same_part and same_key and (text or not each.text_only):
            return each
    return None


def to_write(what: str, part: str, key: str) -> str:
    """`what` for the field `key` under `part`: a ground's or area's name, a group's and a
    step's."""
    return what.format(
        kind="grunden" if key in GROUNDS else "området",
        term=term(key),
        who=RESPONSIBILITY_ROLES.get(key, key).lower(),
        step=COLLABORATION_STEP_LABELS.get(part, part).lower(),
    )
