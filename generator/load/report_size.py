"""A bound on the counts of one report (error TP073): its protection
(`model.report_protection`) reads every count against the others, round after round, and
reports are checked before any school's build, so one report far larger than any real
one would hold up every build. A report over the bound is refused before it is modelled,
with where the bound was passed and how to split the report."""

from __future__ import annotations

from typing import Any

from generator import codes
from generator.load.document import Document
from generator.problems import Location, Problem

KIND_COUNTS = "kategorier"  # a report's block of counts, as written (`typ`)
MAX_REPORT_COUNTS = 5000  # subgroups (antal) in all of one report's `kategorier` blocks


def too_many_counts(document: Document) -> Problem | None:
    """TP073 at the block of counts that takes the report past `MAX_REPORT_COUNTS`."""
    total = 0
    for path, block in _count_blocks(document.data):
        total += sum(len(_list(group, "undergrupper")) for group in _list(block, "grupper"))
        if total > MAX_REPORT_COUNTS:
            line, column = document.locate(path)
            message = (
                f"rapportens tabeller med antal (typ: {KIND_COUNTS}) har fler än "
                f"{MAX_REPORT_COUNTS} undergrupper tillsammans, och gränsen passeras här: "
                "så många antal hinner trygg inte skydda mot att dolda antal räknas fram"
            )
            hint = (
                "dela upp rapporten i flera rapporter (en fil i rapporter/ för varje del, "
                "till exempel ett avsnitt eller en skola i varje), eller slå ihop undergrupper"
            )
            where = Location(document.display, line, column)
            return codes.problem("TP073", where, message, hint=hint)
    return None


def _count_blocks(data: Any) -> list[tuple[tuple[str | int, ...], Any]]:
    """The report's blocks of counts and their paths, as far as they are written right."""
    return [
        (("avsnitt", i, "data", b), block)
        for i, item in enumerate(_list(data, "avsnitt"))
        for b, block in enumerate(_list(item, "data"))
        if isinstance(block, dict) and block.get("typ") == KIND_COUNTS
    ]


def _list(data: Any, key: str) -> list[Any]:
    found = data.get(key) if isinstance(data, dict) else None
    return found if isinstance(found, list) else []
