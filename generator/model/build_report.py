"""Reports from their validated documents (`load.reports`): the one place where a
report's Swedish keys meet the model (`model.report`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.load.document import Document
from generator.load.reports import ReportSource
from generator.model.build_common import at, date
from generator.model.report import (
    KIND_COUNTS,
    CategoryCounts,
    DevelopmentArea,
    Initiative,
    MeasureList,
    PlanLink,
    ReportBlock,
    ReportSection,
    UnitReport,
    Unprotected,
)
from generator.model.report_counts import release_counts
from generator.model.report_numbers import Key, text_numbers
from generator.model.report_protection import Block, protect

Data = dict[str, Any]
Path = tuple[str | int, ...]
# A report's blocks of counts as written, what is withheld of them, and the tables that
# cannot be protected (`model.report_protection.protect`).
Protection = tuple[list[tuple[str, Block]], dict[Key, str], tuple[Unprotected, ...]]


def report(source: ReportSource, threshold: int, school: str = "") -> UnitReport:
    """The report of the unit `school` ("" for the huvudman); counts under `threshold`
    are withheld, and those another of its tables would give away
    (`model.report_protection`)."""
    return protected(source, threshold, school, protection(source, threshold))


def protected(
    source: ReportSource, threshold: int, school: str, protecting: Protection
) -> UnitReport:
    """The report with what `protection` withholds of it (besides what must be withheld:
    `model.report_crossing`)."""
    document = source.document
    data: Data = document.data
    written = _written(data)
    raw, withheld, unprotected = protecting
    counts = {
        path: release_counts(title, _item(data, path)["enhet"], groups, threshold, {
            key[1:]: why for key, why in withheld.items() if key[0] == b
        })
        for b, (path, (title, groups)) in enumerate(zip(written, raw, strict=True))
    }  # fmt: skip
    sections = tuple(
        _section(item, document, ("avsnitt", i), counts, school)
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
        unprotected=unprotected,
    )


def protection(
    source: ReportSource, threshold: int, forced: Mapping[Key, str] | None = None
) -> Protection:
    """The report's blocks of counts as written, and what `protect` withholds of them
    (`forced` besides)."""
    data: Data = source.document.data
    written = _written(data)
    raw = counts_as_written(source)
    parts = data.get("avsnitt", [])
    texts = [data["sammanfattning"], source.body, *(part.get("text", "") for part in parts)]
    units = [_item(data, path)["enhet"] for path in written]
    return raw, *protect(raw, threshold, text_numbers(texts), units, forced)


def counts_as_written(source: ReportSource) -> list[tuple[str, Block]]:
    """The report's blocks of counts (`kategorier`) as written: each one's title, and its
    groups' subgroups with their counts and places."""
    data: Data = source.document.data
    return [_counted(_item(data, path), source.document, path) for path in _written(data)]


def _written(data: Data) -> list[Path]:
    return [
        ("avsnitt", i, "data", b)
        for i, item in enumerate(data.get("avsnitt", []))
        for b, block in enumerate(item.get("data", []))
        if block["typ"] == KIND_COUNTS
    ]


def _item(data: Any, path: Path) -> Any:
    """The value at `path` in the report's data."""
    for step in path:
        data = data[step]
    return data


def _counted(data: Data, document: Document, path: Path) -> tuple[str, Block]:
    """A block of counts as written: its title and its groups' subgroups with places."""
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
    return data["rubrik"], groups


def _section(
    data: Data, document: Document, path: Path, counts: dict[Path, CategoryCounts], school: str
) -> ReportSection:
    blocks = tuple(
        _block(item, document, (*path, "data", i), counts, school)
        for i, item in enumerate(data.get("data", []))
    )
    return ReportSection(data["rubrik"], data.get("text", ""), blocks)


def _block(
    data: Data, document: Document, path: Path, counts: dict[Path, CategoryCounts], school: str
) -> ReportBlock:
    if data["typ"] == KIND_COUNTS:
        return ReportBlock(counts=counts[path])
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
