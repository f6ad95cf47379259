"""The text of the next period's plan, made from the newest plan's text (`trygg ny-period`).

The new file is written as text, not dumped YAML, so it reads like a hand-written plan:
the sections about the school's way of working (inledning, vision, rutiner …) are copied
as written, comments included; planned dates move a year (`cli.rolldates`); what had
happened (beslut, results, evaluation, findings, participation, baselines) is left for the
authors, with `FYLL I` where they must write something, which `trygg check` lists (TP304).
The accounts of the past period are written by `cli.rollaccounts`.
"""

from __future__ import annotations

import re

import yaml

from generator.cli.ownfacts import PLANNED

TOP_KEY = re.compile(r"^(?P<key>[^\s#\-][^:\n]*):", re.MULTILINE)
SHIFTED = frozenset({"mål", "åtgärder", "uppföljning_av_planen"})  # planned dates
# About what is to come, so the periods their texts name move too ("läsåret 2027/28").
AHEAD = frozenset(PLANNED)
REVIEWED = {
    "uppföljning_av_planen": f"{PLANNED['uppföljning_av_planen']}; årtal och läsår i texten "
    "är flyttade en period",
    "förankring": f"{PLANNED['förankring']}; årtal i texten är flyttade en period",
}
DROPPED = frozenset({"status", "föregående_period"})  # the old plan is in trygg now
REVIEW = "# Se över: åtgärden kommer från förra planen. Behåll, ändra eller ta bort den."


def sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first top-level key, and each top-level key with its text."""
    starts = [(m.start(), m["key"]) for m in TOP_KEY.finditer(text)]
    head = text[: starts[0][0]] if starts else text
    ends = [start for start, _key in starts[1:]] + [len(text)]
    return head, [(key, text[start:end]) for (start, key), end in zip(starts, ends, strict=True)]


def scalar(value: str) -> str:
    """`value` as a YAML scalar on one line, quoted only when it must be."""
    dumped: str = yaml.safe_dump(value, allow_unicode=True, width=10_000)
    return dumped.removesuffix("\n...\n").strip()


def review_measures(text: str) -> str:
    """The åtgärder section, each item marked for review, without its `adresserar`
    (the findings it named are last period's) or `fortsätter` (next period, each measure
    continues the one with its own id)."""
    lines: list[str] = []
    dropping = -1  # the indent of an `adresserar:` whose block list is being left out
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if dropping >= 0 and (indent > dropping or not line.strip()):
            continue
        dropping = -1
        if line.lstrip().startswith("fortsätter:"):
            continue
        found = re.match(r"\s*adresserar:(.*)$", line)
        if found:
            old = found[1].strip().strip("[]") or "se förra planen"
            lines.append(
                " " * indent + f"# FYLL I: adresserar – de nya fynd åtgärden bygger på "
                f"(förra planen: {old})\n"
            )
            dropping = indent
            continue
        lines.append(line)
    return each_measure("".join(lines), REVIEW)


def each_measure(text: str, note: str) -> str:
    """The åtgärder section with `note` (a comment) above each åtgärd."""
    return re.sub(r"^([ \t]*)(- id:)", lambda m: f"{m[1]}{note}\n{m[1]}{m[2]}", text, flags=re.M)


def filled(key: str, what: str, indent: int) -> list[str]:
    """A text the authors must write: `FYLL I: what`, as a block, so the mark reads plainly."""
    return [f"{' ' * indent}{key}: >-", f"{' ' * (indent + 2)}FYLL I: {what}"]


# A level with last period's baseline in brackets: "Minst 90 % (88 % i februari 2026)".
BASELINE = re.compile(
    r"^(?P<lead>[ \t]*(?:- )?målnivå:[ \t]*)(?P<level>[^\n#\"'(][^\n#(]*?)[ \t]*"
    r"\((?P<base>[^()\n]*\b[0-9]{4}\b[^()\n]*)\)[ \t]*$",
    re.MULTILINE,
)


def without_baselines(text: str, source: str = "förra planen") -> str:
    """The mål section with each level's baseline (the value in `source`) left to be
    filled in from the new kartläggning."""
    return BASELINE.sub(
        lambda m: (
            f"{m['lead']}{m['level']}  # FYLL I: utgångsvärdet i den nya kartläggningen "
            f"({source}: {m['base']})"
        ),
        text,
    )


MEASURED = re.compile(r"^(?P<indent>[ \t]*)(?P<line>mätning:[^\n]*)$", re.MULTILINE)


def paused_measurements(text: str) -> str:
    """The mål section with each `mätning` commented out: it names a measure of the
    method's delresultat, which the new kartläggning has not got yet (TP030 until then)."""
    return MEASURED.sub(
        lambda m: (
            f"{m['indent']}# Se över: när metodens delresultat är inskrivna, ta bort # på "
            f"raden under så att målnivån ritas i diagrammet.\n{m['indent']}# {m['line']}"
        ),
        text,
    )


def reviewed(key: str, body: str) -> str:
    """`body` under a `# Se över` line saying what to look at, when `key` has one."""
    return f"# Se över: {REVIEWED[key]}\n{body}" if key in REVIEWED else body
