"""What a problem code is: its stable identity and the Swedish texts that explain it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from generator.codes import citations as cite
from generator.problems import Severity


class Category(StrEnum):
    """The groups of codes; the value is the label users see (rule page, granskning, SARIF)."""

    FORM = "Filernas form"
    CONSISTENCY = "Samband i innehållet"
    LEGAL = "Lagkrav"
    MISTAKES = "Vanliga misstag"
    QUALITY = "Kvalitet"
    PRIVACY = "Integritet"
    STUDENT = "Elevversionen"


# Each category's page among the portal's rules (regler/<folder>/): part of the address
# every finding's code links to (`codes.rule_address`).
RULE_PAGES = {
    Category.FORM: "filernas-form",
    Category.CONSISTENCY: "samband",
    Category.LEGAL: "lagkrav",
    Category.MISTAKES: "vanliga-misstag",
    Category.QUALITY: "kvalitet",
    Category.PRIVACY: "integritet",
    Category.STUDENT: "elevversionen",
}


# The categories whose problems name their source (the law or guidance) in every message:
# for the files' form the source is trygg's own content format, which goes without saying.
CITED = frozenset(
    {Category.LEGAL, Category.MISTAKES, Category.QUALITY, Category.PRIVACY, Category.STUDENT}
)
# The rules that judge a plan's content, as the granskning groups them.
PLAN_RULES = (Category.LEGAL, Category.MISTAKES, Category.QUALITY, Category.PRIVACY)


@dataclass(frozen=True)
class Code:
    """One problem code: `TP` and three digits, stable across versions.

    `title` is the problem in general terms, the message shown where a list needs one
    line per code; a problem's own message says what was found where. `fix` is the
    hint a problem gets when its finder gives no more specific one.
    """

    code: str
    severity: Severity  # the default; a huvudman's regelprofil may change it for rules
    category: Category
    title: str
    source: str  # the law, guidance or convention the check rests on
    checks: str  # what is checked, one or two sentences
    fix: str
    # Personal data about pupils is never published: no regelprofil can switch these
    # codes off or lower them (`RuleProfile.severity` ignores the setting; TP054 says so).
    locked: bool = False
    # Found or not depending on the day of the check (a plan that has expired): reported
    # as the severity says, but it never makes `trygg build` withhold a site (`withholds`).
    dated: bool = False
    # A note about the errors of a section or file: listed after them (`Report.sorted`).
    after_errors: bool = False
    # Its messages and hints may repeat what the files say (a text, a name, an address), so
    # the granskning of a unit withheld for its errors shows only the rule's general fix
    # (`review.findings`). False: they say only what the granskning shows anyway (the
    # unit's name, a period, a file), and are shown as `trygg check` says them.
    quotes: bool = True

    @property
    def cited(self) -> bool:
        """Whether its messages name the source: a law or guidance, not trygg's own rule."""
        return self.category in CITED and not self.source.startswith(cite.OWN)
