"""Reports from their validated documents (`load.reports`): the one place where a
report's Swedish keys meet the model (`model.report`)."""

from __future__ import annotations

from typing import Any

from generator.load.document import Document
from generator.load.reports import ReportSource
from generator.model.build_common import at, date
from generator.model.report import (
    KIND_COUNTS,
    DevelopmentArea,
    Initiative,
    MeasureList,
    PlanLink,
    ReportBlock,
    ReportSection,
    UnitReport,
)
from generator.model.report_counts import release_counts

Data = dict[str, Any]
Path = tuple[str | int, ...]


def report(source: ReportSource, threshold: int, school: str = "") -> UnitReport:
    """The report of the unit `school` ("" for the huvudman); counts under `threshold`
    are withheld."""
    document = source.document
    data: Data = document.data
    sections = tuple(
        _section(item, document, ("avsnitt", i), threshold, school)
        for i, item in enumerate(data.get("avsnitt", []))
    )
    return UnitReport(
        id=source.id,
        title=data["titel"],
        date=date(data["datum"]),
        author=data["författare"],
        summary=data["sammanfattning"],
        body=source.body,
        sections=sections,
        school=school,
        source=document.display,
        location=at(document),
    )


def _section(
    data: Data, document: Document, path: Path, threshold: int, school: str
) -> ReportSection:
    blocks = tuple(
        _block(item, document, (*path, "data", i), threshold, school)
        for i, item in enumerate(data.get("data", []))
    )
    return ReportSection(data["rubrik"], data.get("text", ""), blocks)


def _block(data: Data, document: Document, path: Path, threshold: int, school: str) -> ReportBlock:
    if data["typ"] == KIND_COUNTS:
        groups = [
            (
                group["namn"],
                [
                    (
                        cell["namn"],
                        int(cell["antal"]),  # the schema takes 12.0 for 12
                        at(document, *path, "grupper", g, "undergrupper", c),
                    )
                    for c, cell in enumerate(group["undergrupper"])
                ],
            )
            for g, group in enumerate(data["grupper"])
        ]
        return ReportBlock(counts=release_counts(data["rubrik"], data["enhet"], groups, threshold))
    areas = tuple(
        DevelopmentArea(
            area["namn"],
            area.get("text", ""),
            tuple(
                _initiative(item, document, (*path, "områden", a, "insatser", i), school)
                for i, item in enumerate(area["insatser"])
            ),
        )
        for a, area in enumerate(data["områden"])
    )
    return ReportBlock(measures=MeasureList(data["rubrik"], areas))


def _initiative(data: Data, document: Document, path: Path, school: str) -> Initiative:
    links = tuple(
        PlanLink(
            link.get("skola", school),
            link.get("mål", ""),
            link.get("åtgärd", ""),
            at(document, *path, "länkar", i),
        )
        for i, link in enumerate(data.get("länkar", []))
    )
    return Initiative(data["insats"], data["effekt"], data["indikator"], links)
