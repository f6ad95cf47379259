"""The granskning's data: per unit its plan status, rule results, ground coverage and
the change in åtgärder since the last period. Pure: summaries + problems in, data out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from generator.check.draftmarks import in_draft
from generator.check.planfiles import PlanFiles
from generator.load.layout import owning_school
from generator.model import KeyIndicator
from generator.model.status import PlanStatus, status_of
from generator.model.summary import GroundCoverage, MeasureChanges, SchoolSummary
from generator.problems import Problem, Severity
from generator.review.findings import FindingRef
from generator.review.held import NOT_BUILT, Held, Publication, blocking_codes, held_of, ids_only
from generator.review.keyperiods import KeyPeriod, key_periods
from generator.review.marks import told_together
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
    # Not published until its errors are fixed: then nothing of its text is in the review
    # (`unit_review`), only codes, counts, ids and the grounds' coverage.
    held: Held | None = None

    def count(self, severity: Severity, category: str | None = None) -> int:
        return sum(
            f.count
            for f in self.findings
            if f.severity is severity and (category is None or f.category == category)
        )

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
    its plan files, which tell whether it has a plan at all (`groups.unread_phase`)."""

    id: str
    codes: tuple[tuple[str, int], ...]
    plan_files: PlanFiles | None  # None: not known (a folder the check refused as a whole)
    name: str = ""  # as skola.yml gives it; "" when it cannot be read
    published: bool = False  # an older version of its site is still published

    @property
    def errors(self) -> int:
        return sum(n for _code, n in self.codes)

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

    def with_errors(self) -> list[str]:
        """Where the reviewed units' errors are, as a reader names them: each unit reviewed
        with errors, by name, and "huvudmannens filer" for the shared files; empty when
        there are none. (A unit not reviewed has errors too: `not_reviewed`.)"""
        units = sorted((u.name for u in self.units if u.errors), key=swedish_order)
        shared = any(f.severity is Severity.ERROR for f in self.common)
        return [*units, "huvudmannens filer"] if shared else units


def unit_review(
    summary: SchoolSummary, problems: list[Problem], today: dt.date, held: Held | None = None
) -> UnitReview:
    """One unit's review, from the problems found in its own files (in report order); of
    a unit `held` back, without a word of its text (`review.held`)."""
    # The period and dates are the plan the status is about (the one in force, not a
    # decided plan that starts later), like the grounds and changes of the summary.
    status, shown = status_of(summary.plans, today)
    drafting = summary.drafting_on(today)
    finding = functools.partial(FindingRef.of if held is None else FindingRef.withheld, today=today)
    return UnitReview(
        id=summary.id,
        name=summary.name,
        status=status,
        period=shown.period if shown else "",
        valid_from=shown.valid_from if shown else None,
        valid_to=shown.valid_to if shown else None,
        plan_source=shown.source if shown else "",
        decided_on=shown.decided_on if shown else None,
        # The rektor's name is the plan's text, of which a unit held back shows nothing.
        decided_by=shown.decided_by if shown and held is None else "",
        findings=tuple(counted(finding, problems)),
        grounds=summary.grounds,
        changes=summary.changes if held is None else ids_only(summary.changes),
        drafting=drafting,
        draft_period=summary.draft_period if drafting and shown is None else "",
        draft_source=summary.draft_source if drafting and shown is None else "",
        held=held,
    )


def counted(
    finding: Callable[[Problem], FindingRef], problems: Iterable[Problem]
) -> Iterator[FindingRef]:
    """The problems as the granskning shows them, a file's FYLL I marks as one finding
    that counts them all (`FindingRef.count`)."""
    for problem, count in told_together(problems):
        yield dataclasses.replace(finding(problem), count=count)


def with_key_indicator(
    review: Review, key: KeyIndicator | None, summaries: Iterable[SchoolSummary]
) -> Review:
    """The review with the nyckeltal's values per period, when huvudman.yml declares one."""
    if key is None:
        return review
    return dataclasses.replace(
        review,
        key_indicator=key.name,
        key_method=key.method,
        key_periods=key_periods(summaries),
    )


def build_review(
    organiser: str,
    summaries: Iterable[SchoolSummary],
    problems: Iterable[Problem],
    today: dt.date,
    unread: Iterable[Unread] = (),
    *,
    publication: Publication = NOT_BUILT,
) -> Review:
    """The granskning for every unit, given the problems `trygg check` found; each problem
    goes to the unit that owns its file, or to the common part (`load.layout`). The
    granskning is public: what was found in an utkast stays out of it (`check.drafts`), and
    so does the text of a unit withheld for its errors (`review.held`). The `unread` units
    have errors in their files and no summary: they are listed with the codes of their
    errors (`NotReviewed`)."""
    summaries = list(summaries)
    unread = sorted(unread, key=lambda u: (swedish_order(u.name or u.id), u.id))
    problems = [p for p in problems if not in_draft(p)]
    folders = {s.directory: s.id for s in summaries} | {u.folder: u.id for u in unread}
    by_unit: dict[str, list[Problem]] = {}
    for problem in problems:
        by_unit.setdefault(owning_school(problem.owner_file, folders), []).append(problem)
    units = [
        unit_review(s, found, today, held_of(s, found, publication))
        for s in summaries
        for found in [by_unit.get(s.id, [])]
    ]
    review = review_of(organiser, units, by_unit.get("", []), today)
    skipped = tuple(
        NotReviewed(
            u.id,
            blocking_codes(by_unit.get(u.id, [])),
            u.plan_files,
            u.name,
            u.id in publication.old_sites,
        )
        for u in unread
    )
    return dataclasses.replace(review, not_reviewed=skipped)


def review_of(
    organiser: str, units: Iterable[UnitReview], common: Iterable[Problem], today: dt.date
) -> Review:
    """The granskning from each unit's review and the problems in shared files."""
    ordered = tuple(sorted(units, key=UnitReview.attention_key))
    shown = functools.partial(FindingRef.of, today=today)
    return Review(organiser, today, ordered, tuple(counted(shown, common)))
