"""The huvudman (content/huvudman.yml): its settings, rule profile and accessibility statement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.codes import Code
from generator.model.common import Routines, Text
from generator.model.report import UnitReport
from generator.problems import NOWHERE, Location, Severity
from generator.problems.severity import profile_severity
from generator.vocabulary import DEFAULT_LICENCE

OFF = "av"  # regelprofil.regler: the rule is switched off
# regelprofil.min_antal_svar can only raise this: a group of fewer answers is never shown.
MIN_RESPONSES_FLOOR = 5


@dataclass(frozen=True)
class KeyIndicator:
    """`nyckeltal`: a measure every unit's survey has, which the granskning follows."""

    name: str
    method: str  # the method's name (`metod:`) as the units write it
    measure: str  # as the method's group results name it


@dataclass(frozen=True)
class RuleProfile:
    severities: dict[str, str] = field(default_factory=dict)  # code -> fel|varning|upplysning|av
    min_responses: int = MIN_RESPONSES_FLOOR
    lix_limits: dict[str, int] = field(default_factory=dict)  # age band -> max LIX

    def severity(self, code: Code) -> Severity | None:
        """The code's severity after the profile; None when the profile switches it off."""
        chosen = None if code.locked else self.severities.get(code.code)
        if chosen == OFF:
            return None
        return (profile_severity(chosen) if chosen else None) or code.severity


@dataclass(frozen=True)
class Shortcoming:
    description: str  # Markdown
    reason: str = ""


@dataclass(frozen=True)
class AccessibilityStatement:
    compliance: str  # helt_förenlig | delvis_förenlig | inte_förenlig
    shortcomings: tuple[Shortcoming, ...]
    assessed_on: dt.date
    method: str
    updated_on: dt.date
    contact_email: str
    contact_phone: str = ""


@dataclass(frozen=True)
class ComplaintRoute:
    """`klagomål`: how a pupil or guardian complains to the huvudman about the education,
    which the huvudman must have written routines for and inform about (SL 4 kap. 8 §)."""

    text: str  # Markdown: where to turn, who answers and within what time
    link: str = ""  # the huvudman's form or page (https)
    email: str = ""


@dataclass(frozen=True)
class Organiser:
    """Huvudmannen, from content/huvudman.yml."""

    name: str
    board: str
    central_unit_name: str
    central_unit_email: str
    central_unit_phone: str
    email_domains: tuple[str, ...]
    website: str
    definitions: dict[str, Text]
    grounds: dict[str, Text]
    routines: Routines
    rule_profile: RuleProfile
    accessibility: AccessibilityStatement
    location: Location = NOWHERE
    key_indicator: KeyIndicator | None = None  # `nyckeltal`
    # företrädare: titles that stand for the huvudman in the routines (förvaltningschef)
    representatives: tuple[str, ...] = ()
    open_data_licence: str = DEFAULT_LICENCE  # `öppna_data.licens`: `OPEN_DATA_LICENCES`
    # content/rapporter/*.yml, newest first, with their links checked (`check.reports`)
    reports: tuple[UnitReport, ...] = ()
    complaints: ComplaintRoute | None = None  # `klagomål`; TP125 warns without it
