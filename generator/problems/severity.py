"""How serious a problem is, and the one place that says it in Swedish.

`Severity`'s values are keywords: what a regelprofil writes and what `--format json`
carries. People read `WORDS`: the terminal's lines and summary, the rules page, the
README's code table, the granskning's pages and document all name a severity, count it
and say what it asks with these words, so no two places can call it differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a problem is. The values are keywords (a regelprofil's, the JSON's);
    what a reader sees is `WORDS[severity]`."""

    ERROR = "fel"
    WARNING = "varning"
    INFO = "info"


@dataclass(frozen=True)
class SeverityWords:
    """A severity in Swedish: one and many, what it does to publishing and what it asks."""

    one: str  # a problem's line, a finding's label, a rule's level: "upplysning"
    many: str  # a count and a column head: "2 upplysningar", "Upplysningar"
    effect: str  # on the rules page, after the word: "stoppar publiceringen …"
    asks: str  # in the granskning's key, after the plural: "ska rättas"

    @property
    def label(self) -> str:
        """The word as a label starts: "Upplysning"."""
        return first_upper(self.one)

    @property
    def heading(self) -> str:
        """The plural as a column head: "Upplysningar"."""
        return first_upper(self.many)

    def counted(self, count: int) -> str:
        """ "1 upplysning", "2 upplysningar", "0 fel"."""
        return f"{count} {self.one if count == 1 else self.many}"


# An upplysning, not "info": the lowest level reads as what it is to a rektor and a
# central unit, and counts like the others ("2 upplysningar").
WORDS = {
    Severity.ERROR: SeverityWords(
        "fel", "fel", "stoppar publiceringen tills det är rättat", "ska rättas"
    ),
    Severity.WARNING: SeverityWords(
        "varning", "varningar", "visas men stoppar inte", "bör ses över"
    ),
    Severity.INFO: SeverityWords(
        "upplysning",
        "upplysningar",
        "är för kännedom, till exempel att en uppgift inte visas på webbplatsen",
        "är för kännedom",
    ),
}


def counted(severity: Severity, count: int) -> str:
    """The count in words: "1 varning", "2 upplysningar"."""
    return WORDS[severity].counted(count)


def meaning() -> str:
    """What each severity asks, in one sentence: "Fel ska rättas, varningar bör ses över
    och upplysningar är för kännedom." """
    said = [f"{WORDS[s].many} {WORDS[s].asks}" for s in Severity]
    return first_upper(", ".join(said[:-1]) + " och " + said[-1] + ".")


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


# A regelprofil sets a rule's level with its word ("TP206: upplysning"); "info", the word
# of older profiles, is the INFO keyword and still read (`profile_severity`).
PROFILE_WORDS = tuple(WORDS[s].one for s in Severity)


def profile_severity(written: str) -> Severity | None:
    """The severity a regelprofil writes, by its word or its keyword; None for neither."""
    by_word = {WORDS[s].one: s for s in Severity} | {s.value: s for s in Severity}
    return by_word.get(written)
