"""The text of the next period's plan, made from the newest plan's text (`trygg ny-period`).

The new file is written as text, not dumped YAML, so it reads like a hand-written plan:
the sections about the school's way of working (inledning, vision, rutiner …) are copied
as written, comments included; planned dates move by whole years and keep their form;
what had happened (beslut, results, evaluation, findings) is left for the authors, with
`FYLL I` where they must write something, which `trygg check` lists (TP304).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.load.dates import DateForm, checked

TOP_KEY = re.compile(r"^(?P<key>[^\s#\-][^:\n]*):", re.MULTILINE)
PLAN_DATE = (
    r"(?P<date>[0-9]{4}-W[0-9]{1,2}|[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|(?:ht|vt|HT|VT) [0-9]{4})"
)
DATED = re.compile(
    r"(?P<lead>\b(?:datum|start|klart|när|senast):[ \t]*)(?P<q>[\"']?)"
    + PLAN_DATE
    + r"(?P=q)(?=[ \t]*(?:[,}\]#]|$))",
    re.MULTILINE,
)
SHIFTED = frozenset({"mål", "åtgärder", "uppföljning_av_planen"})  # planned dates
DROPPED = frozenset({"status", "föregående_period"})  # the old plan is in trygg now
REVIEW = "# Se över: åtgärden kommer från förra planen. Behåll, ändra eller ta bort den."


class UnreadableDate(ValueError):
    """A date in the old plan that is no date (2027-02-30, 2027-W54): the new plan cannot
    move it. `text` is the date as written."""

    def __init__(self, text: object) -> None:
        super().__init__(text)
        self.text = text if isinstance(text, str) else ""  # a list or a mapping: no date


def iso_day(text: str) -> dt.date:
    """A day written ÅÅÅÅ-MM-DD, or `UnreadableDate`."""
    try:
        return dt.date.fromisoformat(text)
    except (ValueError, TypeError):
        raise UnreadableDate(text) from None


@dataclass
class Rollover:
    """The new plan's text, and notes on dates that had to change more than a year."""

    years: int
    notes: list[str] = field(default_factory=list)

    def date(self, text: str) -> str:
        """The plan date `text` moved `years` years, in the same form (`UnreadableDate`
        when it is none)."""
        try:
            found = checked(text)
        except (ValueError, TypeError):
            raise UnreadableDate(text) from None
        if found.form is DateForm.TERM:
            return f"{text[:2]} {int(text[-4:]) + self.years}"
        year = int(text[:4]) + self.years
        if found.form is DateForm.WEEK:
            week, weeks = int(text[6:]), dt.date(year, 12, 28).isocalendar().week
            new = f"{year}-W{min(week, weeks):0{len(text) - 6}d}"
            return self._note(text, new) if week > weeks else new
        if found.form is DateForm.MONTH:
            return f"{year}{text[4:]}"
        day = min(found.first.day, calendar.monthrange(year, found.first.month)[1])
        new = dt.date(year, found.first.month, day).isoformat()
        return self._note(text, new) if day != found.first.day else new

    def _note(self, old: str, new: str) -> str:
        self.notes.append(f"{old} finns inte {new[:4]}; skrev {new} – se över datumet")
        return new

    def dates_in(self, text: str) -> str:
        return DATED.sub(lambda m: m["lead"] + m["q"] + self.date(m["date"]) + m["q"], text)


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
        if line.lstrip().startswith("- id:"):
            lines.append(" " * indent + REVIEW + "\n")
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
    return "".join(lines)


def survey(data: dict[str, Any], roll: Rollover) -> str:
    """The kartläggning: the methods kept, planned a year on, with their results emptied."""
    lines = [
        "kartläggning:",
        "  # Metoderna från förra planen, flyttade ett år. Ändra datum till när ni gör",
        "  # kartläggningen, och skriv in resultaten när den är gjord.",
        "  metoder:",
    ]
    for method in data.get("metoder", []):
        lines += [
            f"    - id: {scalar(method['id'])}",
            f"      metod: {scalar(method['metod'])}",
            f"      datum: {roll.date(method['datum'])}",
            f"      deltagare: {scalar(method['deltagare'])}",
            "      # FYLL I: antal_tillfrågade, antal_svar och resultat när den är gjord",
        ]
    lines += [
        "  fynd:",
        "    - id: F1",
        *filled("text", "ett fynd från kartläggningen, ett fynd per punkt", 6),
        "      taggar: [kränkande_behandling]  # Se över: vilka grunder fyndet gäller",
        "",
        "analys:",
        "  orsaker:",
        "    - fynd: [F1]",
        *filled("orsak", "orsaken bakom fyndet", 6),
    ]
    return "\n".join(lines) + "\n\n"


def evaluation(data: dict[str, Any], label: str) -> str:
    """One entry per åtgärd of the plan that ends, its outcome not yet filled in."""
    lines = [
        "utvärdering:",
        *filled("sammanfattning", f"hur arbetet med planen för {label} gick", 2),
        *filled("delaktiga", "vilka som var med och utvärderade", 2),
        "  åtgärder:",
    ]
    for measure in data.get("åtgärder", []):
        lines += [
            f"    - id: {scalar(measure['id'])}  # {measure.get('titel', '')}".rstrip(),
            "      status: ej_genomförd  # FYLL I: status – genomförd, delvis eller ej_genomförd",
            *filled("effekt", "vilken effekt åtgärden fick", 6),
        ]
    return "\n".join(lines) + "\n\n"


def filled(key: str, what: str, indent: int) -> list[str]:
    """A text the authors must write: `FYLL I: what`, as a block, so the mark reads plainly."""
    return [f"{' ' * indent}{key}: >-", f"{' ' * (indent + 2)}FYLL I: {what}"]
