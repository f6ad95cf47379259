"""One problem found in content: its code, how serious it is, where it is, and what it
says in Swedish (with its field, hint and source)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from generator.problems.masking import masked
from generator.problems.severity import WORDS, Severity


@dataclass(frozen=True, order=True)
class Location:
    """Where in a file a problem is: 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"


NOWHERE = Location("")


@dataclass(frozen=True)
class Problem:
    """One problem, in Swedish, with a stable code and a hint on how to fix it."""

    code: str
    severity: Severity
    location: Location
    message: str
    field: str = ""
    hint: str = ""
    source: str = ""  # the law or guidance the rule rests on, e.g. "SL 6 kap. 8 §"
    # A note about the errors of its section or file (`Code.after_errors`): listed after
    # them, as an explanation follows what it explains; not part of what it says.
    after_errors: bool = dataclasses.field(default=False, compare=False)
    # The file of the school whose error it is, when it is written in a shared file (a
    # role of huvudman.yml's routines that one school lacks): that school is withheld.
    unit: str = ""

    def __post_init__(self) -> None:
        """What the problem says never repeats a personnummer from the author's text
        (`masking`): every report, CI log and the granskning read these fields."""
        for name in ("message", "hint", "field"):
            if (said := masked(getattr(self, name))) != getattr(self, name):
                object.__setattr__(self, name, said)

    @property
    def owner_file(self) -> str:
        """The file that decides which unit the problem is about (`layout.owning_school`)."""
        return self.unit or self.location.file

    def format(self) -> str:
        return f"{self.location}: {WORDS[self.severity].one} {self.code} {self.explained()}"

    def explained(self) -> str:
        """The message with its field, hint and source: all but where and how serious."""
        where = f"{self.field}: " if self.field else ""
        hint = f" – {self.hint}" if self.hint else ""
        source = f" ({self.source})" if self.source else ""
        return f"{where}{self.message}{hint}{source}"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        del data["after_errors"]  # the order of the list says it
        if not self.unit:
            del data["unit"]
        return data


TODAY = "i dag"  # what a message calls the day it was checked on


def today_said(day: dt.date) -> str:
    """How a message names the day it was checked on: "i dag (2026-12-06)". The terminal
    needs the date (a check can run as of another day); the granskning, which names its
    day once in its head, shows only "i dag" (`review.findings`)."""
    return f"{TODAY} ({day})"
