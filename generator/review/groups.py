"""What the portal's granskning and `trygg granska`'s document group and count alike:
each unit's phase (also of a unit not reviewed, when its files tell it), the units by name
and by initial, findings by category, the åtgärder against last period's, each ground's
coverage in words, and the codes found in the most units. Plain data and text; no markup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator import codes
from generator.model.summary import GroundCoverage, MeasureChanges
from generator.problems import Severity
from generator.review.findings import CATEGORIES, FindingRef
from generator.review.held import IN_FILES, IN_PLAN, REFUSED, Held
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.phases import (
    NOT_PUBLISHED_COLOUR,
    NOT_REVIEWED_COLOUR,
    PHASE_COLOURS,
    PHASE_TEXT,
    PHASES,
)
from generator.text import swedish_order

MOST_COMMON = 10  # codes in the problems chart and the document's summary
MOST_COMMON_TITLE = "Vanligaste anmärkningarna"  # over them, counted in units
NOT_REVIEWED = "Inte granskad: enhetens filer kunde inte läsas"  # the last row of the status
# A unit reviewed but withheld (`review.held`), by where its errors are: rows of the status
# after the phases, and what its status says.
HELD_TEXT = {
    IN_PLAN: "Inte publicerad: fel i planen",
    IN_FILES: "Inte publicerad: fel i enhetens filer",
    REFUSED: "Inte publicerad: stoppades när webbplatsen byggdes",
}
HELD_ANCHOR = "inte-publicerad"
OLD_SITE = "webbplatsen visar den senast publicerade versionen"
NOT_REVIEWED_TITLE = "Enheter som inte granskades"  # the section that lists them
NOT_REVIEWED_ANCHOR = "inte-granskade"
NO_PREVIOUS = "Ingen tidigare plan att jämföra åtgärderna med."
# The headings and column heads the document and the portal share: a handläggare who reads
# one and opens the other finds each section under the same name.
NEED_TITLE = "Översikt efter behov"
UNITS_TITLE = "Enheter A–Ö"
COMMON_TITLE = "Gemensamt för alla enheter"
FINDINGS_TITLE = "Anmärkningar"
GROUNDS_TITLE = "Diskrimineringsgrunder"
CHANGES_TITLE = "Åtgärder jämfört med förra perioden"
OVERVIEW_COLUMNS = ("Enhet", "Status", "Period", "Fel", "Varningar", "Grunder täckta")
GROUND_COLUMNS = ("Grund", "Kartläggning", "Mål och åtgärder")


def phase(unit: UnitReview) -> str:
    """Where the unit's planning is: one of `PHASES`, each unit in exactly one."""
    return unit.phase


def phase_text(unit: UnitReview) -> str:
    return PHASE_TEXT[phase(unit)]


def status_text(unit: UnitReview) -> str:
    """The unit's phase, and why its plan is not published when it is not."""
    if unit.held is None:
        return phase_text(unit)
    return f"{phase_text(unit)}. {held_text(unit.held)}"


def unread_text(unit: NotReviewed) -> str:
    """A unit not reviewed, as its status: "Inte granskad: … (TP003)"."""
    found = f" ({codes_text(unit.codes)})" if unit.codes else ""
    old = f"; {OLD_SITE}" if unit.published else ""
    return f"{NOT_REVIEWED}{found}{old}"


def held_text(held: Held) -> str:
    """Why the unit is not published, and its codes: "Inte publicerad: fel i planen (TP108)"."""
    found = f" ({codes_text(held.codes)})" if held.codes else ""
    old = f"; {OLD_SITE}" if held.published else ""
    return f"{HELD_TEXT[held.where]}{found}{old}"


def codes_text(counted: tuple[tuple[str, int], ...]) -> str:
    """Codes with their counts: "TP045, TP108 ×2"."""
    return ", ".join(code if n == 1 else f"{code} ×{n}" for code, n in counted)


def unread_phase(unit: NotReviewed) -> str:
    """The phase of a unit not reviewed, when its plan files tell it: "saknas" without any,
    "utkast" with only utkast; "" when it has a plan (its status needs the plan read) or
    its plan files are not known."""
    files = unit.plan_files
    if files is None or files.decided:
        return ""
    return "utkast" if files.drafts else "saknas"


def status_counts(review: Review) -> list[tuple[str, str, int]]:
    """(key, label, units) per phase, then the units not reviewed ("inte-granskade"), when
    there are any. A unit not reviewed is counted under its phase too when its files tell
    it (`unread_phase`): a unit without a plan is under "Plan saknas", whatever else is
    wrong in its files."""
    counts = Counter(phase(u) for u in review.units)
    counts.update(p for u in review.not_reviewed if (p := unread_phase(u)))
    rows = [(key, label, counts[key]) for key, label in PHASES]
    held = Counter(u.held.where for u in review.units if u.held)
    rows += [(f"{HELD_ANCHOR}-{k}", text, held[k]) for k, text in HELD_TEXT.items() if held[k]]
    if review.not_reviewed:
        rows.append((NOT_REVIEWED_ANCHOR, NOT_REVIEWED, len(review.not_reviewed)))
    return rows


def status_colour(key: str) -> str:
    """The colour of a row of `status_counts` in the status chart, by its key."""
    if key == NOT_REVIEWED_ANCHOR:
        return NOT_REVIEWED_COLOUR
    return PHASE_COLOURS.get(key, NOT_PUBLISHED_COLOUR)  # the rest: f"{HELD_ANCHOR}-…"


def counted_twice(review: Review) -> str:
    """Why `status_counts` add up to more than the units, when they do; "" otherwise."""
    held = sum(1 for u in review.units if u.held)
    twice = [u for u in review.not_reviewed if unread_phase(u)]
    if not (held or twice):
        return ""
    parts = []
    if held:
        parts.append(
            f"{plural(held, 'enhet', 'enheter')} som inte publiceras räknas också under sin "
            "status: planen granskas, men publiceras inte förrän felen är rättade."
        )
    if twice:
        where = " och ".join(dict.fromkeys(f"”{PHASE_TEXT[unread_phase(u)]}”" for u in twice))
        they = "den" if len(twice) == 1 else "de"
        parts.append(
            f"{plural(len(twice), 'enhet', 'enheter')} som inte kunde granskas räknas också "
            f"under {where}: {they} har ingen beslutad plan i sin mapp."
        )
    return " ".join(parts) + " Därför är summan av raderna större än antalet enheter."


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def by_name(units: Iterable[UnitReview]) -> list[UnitReview]:
    """The units in alphabetical order, as a reader looks one up."""
    return sorted(units, key=lambda u: (swedish_order(u.name), u.id))


def initials(names: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each (name, item) under its name's initial, in the order given."""
    letters: dict[str, list[str]] = {}
    for name, item in names:
        letters.setdefault(name[:1].upper(), []).append(item)
    return letters


def by_category(findings: Iterable[FindingRef]) -> list[tuple[str, list[FindingRef]]]:
    """The findings under their categories, in the order of `CATEGORIES`; none empty."""
    found = list(findings)
    grouped = [(c, [f for f in found if f.category == c]) for c in CATEGORIES]
    return [(category, chosen) for category, chosen in grouped if chosen]


def measure_groups(changes: MeasureChanges) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The plan's åtgärder against last period's: those that continue, new and ended ones."""
    return (
        ("Fortsätter", changes.carried_over),
        ("Nya", changes.added),
        ("Avslutade", changes.removed),
    )


def coverage_text(coverage: GroundCoverage) -> str:
    """How the plan's kartläggning covers one ground."""
    if coverage.findings:
        return "Fynd: " + ", ".join(coverage.findings)
    return "Undersökt utan fynd" if coverage.examined else "Saknas"


@dataclass(frozen=True)
class CodeCount:
    """One code across the units: in how many units, and how many times in all."""

    code: str
    title: str
    units: int
    found: int


def most_common(review: Review, limit: int = MOST_COMMON) -> list[CodeCount]:
    """The codes of errors and warnings found in the most units (then by code), at most
    `limit` of them, across every unit: those withheld, and those not reviewed by the
    codes of their errors. Information (TP403: a small group withheld, as it should be) is
    no anmärkning."""
    units: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for unit in review.units:
        remarks = [f for f in unit.findings if f.severity is not Severity.INFO]
        for remark in remarks:
            found[remark.code] += remark.count
        units.update({f.code for f in remarks})
    for unread in review.not_reviewed:
        found.update(dict(unread.codes))
        units.update(code for code, _n in unread.codes)
    chosen = sorted(units, key=lambda code: (-units[code], code))[:limit]
    return [CodeCount(c, codes.code(c).title, units[c], found[c]) for c in chosen]
