"""What the portal's granskning and `trygg granska`'s document group and count alike: the
headings they share, the units by name and by initial, findings by category, the åtgärder
against last period's, each ground's coverage in words, and the codes found in the most
units (each unit's status: `review.statuses`). Plain data and text; no markup."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator import codes
from generator.model.summary import GroundCoverage, MeasureChanges
from generator.problems import WORDS, Severity
from generator.review.findings import CATEGORIES, FindingRef
from generator.review.model import Review, UnitReview
from generator.text import swedish_order

# A ground in a unit's kartläggning, as the heat map's legend and the grunder table say it.
WITH_FINDINGS = "Undersökt med fynd"
WITHOUT_FINDINGS = "Undersökt utan fynd"
NOT_EXAMINED = "Saknas"
MOST_COMMON = 10  # codes in the problems chart and the document's summary
MOST_COMMON_TITLE = "Vanligaste anmärkningarna"  # over them, counted in units
NOT_REVIEWED_TITLE = "Enheter som inte granskades"  # the section that lists them
NO_PREVIOUS = "Ingen tidigare plan att jämföra åtgärderna med."
# The headings and column heads the document and the portal share: a handläggare who reads
# one and opens the other finds each section under the same name.
NEED_TITLE = "Översikt efter behov"
UNITS_TITLE = "Enheter A–Ö"
COMMON_TITLE = "Gemensamt för alla enheter"
FINDINGS_TITLE = "Anmärkningar"
GROUNDS_TITLE = "Diskrimineringsgrunder"
CHANGES_TITLE = "Åtgärder jämfört med förra perioden"
OVERVIEW_COLUMNS = (
    "Enhet",
    "Status",
    "Period",
    WORDS[Severity.ERROR].heading,
    WORDS[Severity.WARNING].heading,
    "Grunder täckta",
)
GROUND_COLUMNS = ("Grund", "Kartläggning", "Mål och åtgärder")
# The document's list of the units with nothing to note (`quiet`), instead of a section each.
QUIET_TITLE = "Enheter utan anmärkningar"
QUIET_ANCHOR = "utan-anmarkningar"
QUIET_COLUMNS = ("Enhet", "Period", "Beslutad", "Grunder täckta", WORDS[Severity.INFO].heading)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def by_name(units: Iterable[UnitReview]) -> list[UnitReview]:
    """The units in alphabetical order, as a reader looks one up."""
    return sorted(units, key=lambda u: (swedish_order(u.name), swedish_order(u.id)))


def initials(names: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each (name, item) under its name's initial, in the order given."""
    letters: dict[str, list[str]] = {}
    for name, item in names:
        letters.setdefault(name[:1].upper(), []).append(item)
    return letters


def quiet(unit: UnitReview) -> bool:
    """Whether the unit has nothing to note: a plan in force (or decided to start) that is
    published, without errors or warnings (upplysningar are for kännedom)."""
    return (
        not (unit.errors or unit.warnings or unit.draft_findings)
        and unit.held is None
        and unit.phase in ("gallande", "kommande")
    )


def by_category(findings: Iterable[FindingRef]) -> list[tuple[str, list[FindingRef]]]:
    """The findings under their categories, in the order of `CATEGORIES`; none empty."""
    found = list(findings)
    grouped = [(c, [f for f in found if f.category == c]) for c in CATEGORIES]
    return [(category, chosen) for category, chosen in grouped if chosen]


def measure_groups(changes: MeasureChanges) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The plan's åtgärder against last period's: those that continue, new and ended ones."""
    return (
        ("Fortsätter", _in_order(changes.carried_over)),
        ("Nya", _in_order(changes.added)),
        ("Avslutade", _in_order(changes.removed)),
    )


def _in_order(names: tuple[str, ...]) -> tuple[str, ...]:
    """Åtgärder by id, numbers as numbers: A1, A3, A10."""
    return tuple(
        sorted(
            names,
            key=lambda n: [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", n)],
        )
    )


def work_text(coverage: GroundCoverage) -> str:
    """The mål and åtgärder that work on one ground, each with its text in brief."""
    return "; ".join(coverage.named(w) for w in coverage.work) or "–"


def coverage_text(coverage: GroundCoverage, *, titled: bool = True) -> str:
    """How the plan's kartläggning covers one ground: its fynd, each with its text in
    brief, or (not `titled`, for a table of every unit) by their ids."""
    if coverage.findings:
        named = coverage.named if titled else str
        return "Fynd: " + "; ".join(named(f) for f in coverage.findings)
    return WITHOUT_FINDINGS if coverage.examined else NOT_EXAMINED


@dataclass(frozen=True)
class CodeCount:
    """One code across the units: how serious (the most serious it was found as), in how
    many units, and how many times in all."""

    code: str
    title: str
    units: int
    found: int
    severity: Severity = Severity.WARNING


# How `most_common` orders and counts, as the page and the document say it under the title.
MOST_COMMON_NOTE = (
    "Fel står före varningar, och sedan efter hur många enheter anmärkningen gäller. "
    "Anmärkningar om planer som har gått ut räknas inte här: de planerna är beslutade och "
    "ändras inte, så anmärkningarna om dem är för kännedom inför nästa plan."
)


def most_common(review: Review, limit: int = MOST_COMMON) -> list[CodeCount]:
    """The codes of errors and warnings, errors first, then those found in the most units
    (then by code), at most `limit` of them, across every unit: those withheld, and those
    not reviewed by the codes of their errors. Information (TP403: a small group withheld,
    as it should be) is no anmärkning, and advice on an expired plan, for kännedom
    (`UnitReview.on_expired_plan`), is not counted."""
    units: Counter[str] = Counter()
    found: Counter[str] = Counter()
    rank: dict[str, int] = {}
    order = list(Severity)
    for unit in review.units:
        remarks = [
            f
            for f in unit.findings
            if f.severity is not Severity.INFO and not unit.on_expired_plan(f)
        ]
        for remark in remarks:
            found[remark.code] += remark.count
            rank[remark.code] = min(rank.get(remark.code, 9), order.index(remark.severity))
        units.update({f.code for f in remarks})
    for unread in review.not_reviewed:
        found.update(dict(unread.codes))
        units.update(code for code, _n in unread.codes)
        rank.update({code: order.index(Severity.ERROR) for code, _n in unread.codes})
    chosen = sorted(units, key=lambda code: (rank[code], -units[code], code))[:limit]
    return [CodeCount(c, codes.code(c).title, units[c], found[c], order[rank[c]]) for c in chosen]


DRAFT_NOTE = (
    "Utkastet är inte beslutat och publiceras inte; anmärkningarna är underlag inför "
    "beslutet och räknas inte i enhetens resultat ovan."
)


def draft_title(unit: UnitReview) -> str:
    """The heading of what was found in the unit's utkast: "Anmärkningar i utkastet för
    läsåret 2026/27"."""
    covers = f" för {unit.draft_next}" if unit.draft_next else ""
    return f"Anmärkningar i utkastet{covers}"
