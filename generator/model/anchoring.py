"""How a plan is made known and lived by: who took part in the work (`samverkan`), how
the plan is spread (`förankring`), the consequence ladder and the plan's own follow-up."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.load.dates import PlanDate
from generator.problems import NOWHERE, Location


@dataclass(frozen=True)
class Collaboration:
    pupils: str  # Markdown
    staff: str  # Markdown
    guardians: str = ""  # Markdown
    location: Location = NOWHERE


@dataclass(frozen=True)
class Anchoring:
    audience: str  # elever | personal | vårdnadshavare | huvudman | webb
    how: str
    when: str = ""


@dataclass(frozen=True)
class ConsequenceStep:
    title: str  # at least one of title and text is set
    text: str  # Markdown
    responsible: str = ""
    legal_basis: str = ""

    @property
    def label(self) -> str:
        """The step's name: its rubrik, or else the first sentence of its text."""
        if self.title:
            return self.title
        first = re.split(r"(?<=[.!?])\s|\n", self.text.strip(), maxsplit=1)[0]
        return first.replace("*", "").replace("`", "")


@dataclass(frozen=True)
class ConsequenceLadder:
    steps: tuple[ConsequenceStep, ...]
    rules_link: str = ""


@dataclass(frozen=True)
class PlanFollowUp:
    by: PlanDate  # a deadline: compare by `.last`
    how: str  # Markdown
    responsible: str
