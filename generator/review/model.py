"""The granskning's data: per unit its plan status, rule results, ground coverage and
the change in åtgärder since the last period. Pure: summaries + problems in, data out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import codes
from generator.check.planfiles import PlanFiles
from generator.codes.form import UNREADABLE
from generator.model.status import PlanStatus
from generator.model.summary import GroundCoverage, MeasureChanges
from generator.problems import Severity
from generator.review.findings import FindingRef
from generator.review.held import Held
from generator.review.keyperiods import KeyPeriod
from generator.review.phases import phase_of, urgency
from generator.text import swedish_order


@dataclass(frozen=True)
class UnitReview:
    id: str
    name: str
    status: PlanStatus
    period: str  # "läsåret 2026/27", or "" without a plan
    valid_from: dt.date | None
    valid_to: dt.date | None
    plan_source: str
    decided_on: dt.date | None  # the shown plan's decision, None without a plan
    decided_by: str  # its rektor, "" without a plan or when the unit is `held`
    findings: tuple[FindingRef, ...]
    grounds: tuple[GroundCoverage, ...]  # empty without a plan
    changes: MeasureChanges
    drafting: bool = False  # an utkast exists: a new plan is on its way
    # Without a plan to show: the utkast's period and file, which the unit works on.
    draft_period: str = ""
    draft_source: str = ""
    # The utkast's period whenever there is one, beside a plan too: what it will cover.
    draft_next: str = ""
    # Not published until its errors are fixed: then nothing of its text is in the review
    # (`unit_review`), only codes, counts, ids and the grounds' coverage.
    held: Held | None = None
    # Nothing of its text is shown: it is `held` in the published granskning, or in the
    # internal one with a privacy finding (`unit_review`).
    text_withheld: bool = False
    # What was found in its utkast: in the internal granskning only (`trygg granska`, a
    # build --med-utkast), never in the published portal; not in the counts above.
    draft_findings: tuple[FindingRef, ...] = ()

    def count(self, severity: Severity, category: str | None = None) -> int:
        return sum(
            f.count
            for f in self.findings
            if f.severity is severity and (category is None or f.category == category)
        )

    def on_expired_plan(self, finding: FindingRef) -> bool:
        """Whether the finding is advice on the unit's expired plan: any but those that say
        the plan is out of date (`Code.dated`), which are about the unit's standing today."""
        return self.status is PlanStatus.EXPIRED and not codes.code(finding.code).dated

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def grounds_covered(self) -> int:
        return sum(1 for g in self.grounds if g.covered)

    @property
    def phase(self) -> str:
        """Where the unit's planning is: a key of `phases.PHASES`."""
        return phase_of(self.status, self.drafting)

    def attention_key(self) -> tuple[bool, int, int, int, str]:
        """Sorts the units that need attention first: those withheld, then errors, phase
        and warnings."""
        need = (-self.errors, -urgency(self.phase), -self.warnings)
        return (self.held is None, *need, self.name.casefold())


@dataclass(frozen=True)
class Unread:
    """A unit whose files have errors, so the check made no model of it: its id, its folder
    as messages show it, its plan files (`check.planfiles`) and the name its skola.yml
    gives, when that can be read (`SchoolSources.written_name`)."""

    id: str
    folder: str
    plan_files: PlanFiles | None  # None: not known (a folder the check refused as a whole)
    name: str = ""


@dataclass(frozen=True)
class NotReviewed:
    """A unit whose files have errors, so it has no model to review: the codes of its
    errors with their counts, never the messages (they can echo the files' content), and
    its plan files, which tell whether it has a plan at all (`statuses.unread_phase`)."""

    id: str
    codes: tuple[tuple[str, int], ...]
    plan_files: PlanFiles | None  # None: not known (a folder the check refused as a whole)
    name: str = ""  # as skola.yml gives it; "" when it cannot be read
    published: bool = False  # an older version of its site is still published
    # What was found in its files, by code, title and place alone (`FindingRef.unquoted`).
    findings: tuple[FindingRef, ...] = ()

    @property
    def errors(self) -> int:
        return sum(n for _code, n in self.codes)

    @property
    def unreadable(self) -> bool:
        """Whether a file of it could not be read as YAML (else it was read, and has errors)."""
        return any(code in UNREADABLE for code, _n in self.codes)

    @property
    def shown(self) -> str:
        """The unit by its name, as the portal shows every unit; by its folder when its name
        cannot be read."""
        return self.name or self.id

    @property
    def named(self) -> str:
        """The unit by its name with its folder, which tells where the errors are: "Strandskolan
        (strandskolan)"; by its folder alone when its name cannot be read."""
        return f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id


@dataclass(frozen=True)
class Review:
    organiser: str
    today: dt.date
    units: tuple[UnitReview, ...]  # sorted: the units that need attention first
    common: tuple[FindingRef, ...]  # problems in files shared by all units (huvudman.yml)
    key_indicator: str = ""  # the nyckeltal's name, "" when huvudman.yml declares none
    key_method: str = ""  # the method it is measured by, as the units name it
    key_periods: tuple[KeyPeriod, ...] = ()  # oldest first
    not_reviewed: tuple[NotReviewed, ...] = ()  # by id
    board: str = ""  # the nämnd responsible (huvudman.yml `nämnd`), "" when not given
    sender: str = ""  # the central unit that reviews (huvudman.yml `central_enhet.namn`)

    def with_errors(self) -> list[str]:
        """Where the reviewed units' errors are, as a reader names them: each unit reviewed
        with errors, by name, and "huvudmannens filer" for the shared files; empty when
        there are none. (A unit not reviewed has errors too: `not_reviewed`.)"""
        units = sorted((u.name for u in self.units if u.errors), key=swedish_order)
        shared = any(f.severity is Severity.ERROR for f in self.common)
        return [*units, "huvudmannens filer"] if shared else units
