"""A report (content/rapporter/, a school's rapporter/): its text and its data blocks.

A report belongs to a unit: the huvudman (`school` "") or a school, and is published on
that unit's site at `rapporter/<id>/`. Its data blocks are of two kinds: categorised
counts (`CategoryCounts`) and measure lists (`MeasureList`). The counts are only ever
held as released (`model.report_counts`): a count under the threshold is not in the
model at all, so no page, chart or file made from it can show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.load import report_size
from generator.model.disclosure import COMPLEMENT
from generator.model.report_numbers import figure
from generator.problems import NOWHERE, Location

KIND_COUNTS = report_size.KIND_COUNTS
KIND_MEASURES = "insatser"


def report_path(report_id: str) -> str:
    """A report's address on its unit's site, from the site's root: `rapporter/<id>/`."""
    return f"rapporter/{report_id}/"


@dataclass(frozen=True)
class ReportFacts:
    """A report as the feeds list it (the portal's too, from the schools' summaries)."""

    id: str
    title: str
    date: dt.date
    author: str
    summary: str  # Markdown

    @property
    def path(self) -> str:
        return report_path(self.id)

    @classmethod
    def of(cls, report: UnitReport) -> ReportFacts:
        return cls(report.id, report.title, report.date, report.author, report.summary)


@dataclass(frozen=True)
class PlanLink:
    """A goal (`mål`) or a measure (`åtgärd`) in a school's plan, named by a measure list;
    `plan_key` and `label` are found when the links are checked (`check.reports`)."""

    school: str
    goal: str  # "" when the link names a measure
    measure: str  # "" when the link names a goal
    location: Location = NOWHERE
    plan_key: str = ""  # the newest decided plan that has it; "" when not checked
    current: bool = False  # whether that plan is the one the school's site shows first
    label: str = ""  # "M1: Alla elever känner sig trygga." / "A2: Rastvärdar"


@dataclass(frozen=True)
class Initiative:
    """An insats of a development area: what is done, what it should give, how it is seen."""

    text: str  # Markdown
    effect: str  # Markdown: förväntad effekt
    indicator: str  # Markdown
    links: tuple[PlanLink, ...] = ()


@dataclass(frozen=True)
class DevelopmentArea:
    name: str
    text: str  # Markdown, "" when not given
    initiatives: tuple[Initiative, ...]


@dataclass(frozen=True)
class MeasureList:
    """Utvecklingsområde → insats → förväntad effekt → indikator."""

    title: str
    areas: tuple[DevelopmentArea, ...]


@dataclass(frozen=True)
class CountCell:
    """A subgroup as it may be published: `count` and `share` are None when withheld;
    `share` alone when it would be of a total smaller than the rows beside it."""

    label: str
    count: int | None
    share: int | None  # per cent of its group's released count (largest remainder)
    location: Location = NOWHERE
    withheld: str = ""  # "" | model.disclosure.PRIMARY | COMPLEMENT
    whole: bool = False  # the group's total row ("Totalt"), beside rows that are not


@dataclass(frozen=True)
class CountGroup:
    label: str
    cells: tuple[CountCell, ...]
    count: int  # the sum of its released cells, total rows left out
    share: int | None  # per cent of the block's total (`CategoryCounts.total`); None: not shown
    column: bool = False  # a column of totals of the block's other groups ("Alla elever")

    @property
    def complete(self) -> bool:
        return all(cell.count is not None for cell in self.cells if not cell.whole)

    @property
    def released(self) -> bool:
        return any(cell.count is not None for cell in self.cells)

    @property
    def total(self) -> int | None:
        """Its own total row ("Totalt"), when it has one released: its shares are of it."""
        return next((c.count for c in self.cells if c.whole and c.count is not None), None)

    @property
    def known(self) -> bool:
        """Whether its figure is its whole number: its total row, or every row released.
        Otherwise a share would be of what is shown, not of the group."""
        return self.total is not None or self.complete

    def published_share(self, cell: CountCell) -> int | None:
        """A subgroup's share as the page and the open data publish it: none of a group
        whose whole number is not known, and none outside 0–100 %."""
        share = cell.share if self.known and cell.count is not None else None
        return share if shown_share(share) else None

    @property
    def figure(self) -> int:
        """Its number in the block's table (`report_numbers.figure`): its total row when
        released, else `count`."""
        return figure((c.whole, c.count) for c in self.cells if c.count is not None)


def shown_share(share: int | None) -> bool:
    """Whether a share may stand on a page: one the model gives, never over 100 % (the
    model gives none of a total smaller than its parts: `report_counts.held`)."""
    return share is not None and 0 <= share <= 100


def total_column(groups: Sequence[CountGroup]) -> CountGroup | None:
    """The block's total when it has a column of totals with a released count: the first."""
    return next((group for group in groups if group.column and group.released), None)


@dataclass(frozen=True)
class CategoryCounts:
    """Groups with subgroups and counts, as released: every sum and share is of the
    released counts only, or of a total row or column the report itself shows, so no
    withheld count can be worked out from them. A total is never added in again."""

    title: str
    unit: str  # what is counted, in plural: "lappar"
    groups: tuple[CountGroup, ...]
    total: int  # its column of totals' figure, else the sum of its groups' (shares of it)
    threshold: int  # counts from 1 up to below this are withheld

    @property
    def column(self) -> CountGroup | None:
        """The column of totals that `total` is, when the block has one."""
        return total_column(self.groups)

    @property
    def withheld(self) -> int:
        """How many subgroups are withheld."""
        return sum(cell.count is None for group in self.groups for cell in group.cells)

    @property
    def protecting(self) -> int:
        """How many of them are withheld only so that a smaller count cannot be worked
        out (not for being small themselves)."""
        return sum(
            cell.count is None and cell.withheld == COMPLEMENT
            for group in self.groups
            for cell in group.cells
        )


@dataclass(frozen=True)
class Unprotected:
    """A table whose withheld count would follow from the report's other numbers
    whatever else were withheld (`model.report_protection`)."""

    location: Location  # its first withheld count
    group: str  # the group the table shows; "" for a block's table of groups
    block: str  # the block's title
    row: str = ""  # the row across the groups that a column of totals adds up
    other: str = ""  # another report that gives it away (`model.report_crossing`)


@dataclass(frozen=True)
class ReportBlock:
    """One data block: exactly one of `counts` and `measures`."""

    counts: CategoryCounts | None = None
    measures: MeasureList | None = None

    @property
    def kind(self) -> str:
        return KIND_COUNTS if self.counts is not None else KIND_MEASURES


@dataclass(frozen=True)
class ReportSection:
    title: str
    text: str  # Markdown, "" when not given
    blocks: tuple[ReportBlock, ...] = ()


@dataclass(frozen=True)
class UnitReport:
    """A published report; `school` is "" for the huvudman's."""

    id: str
    title: str
    date: dt.date
    author: str  # the unit that wrote it
    summary: str  # Markdown
    body: str  # Markdown, "" when there is none
    sections: tuple[ReportSection, ...]
    school: str = ""
    source: str = ""  # the report's file, as shown in messages
    location: Location = NOWHERE
    unprotected: tuple[Unprotected, ...] = ()  # tables no suppression protects (TP071)

    @property
    def path(self) -> str:
        return report_path(self.id)

    @property
    def blocks(self) -> tuple[ReportBlock, ...]:
        """Every data block, in the order of the sections."""
        return tuple(block for section in self.sections for block in section.blocks)

    @property
    def links(self) -> tuple[PlanLink, ...]:
        return tuple(
            link
            for block in self.blocks
            if block.measures is not None
            for area in block.measures.areas
            for initiative in area.initiatives
            for link in initiative.links
        )
