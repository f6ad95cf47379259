"""`trygg granska`'s document: the granskning as plain Markdown, no HTML, for the central
unit to send on and file (diarieföra). Its head and summary (`review.opening`), the
nyckeltal as a table (`review.keytable`), then per unit its status with dates, in words
like the sites' (and the plan's decision with its rektor), its findings with codes and
sources, its grounds and its åtgärder against last period's; at the end, lines to date
and sign. It reads the portal's model and groupings (`review.groups`); author text goes
through `review.plaintext`. Headings have fixed anchors (`{#enhet-<id>}`), as
Python-Markdown (attr_list) and pandoc read.
"""

from __future__ import annotations

import datetime as dt

from generator import codes
from generator.load.layout import draft_marked
from generator.problems import WORDS, Severity
from generator.review import groups, late, statuses
from generator.review.findings import FIELD_LABEL, FindingRef
from generator.review.groups import plural
from generator.review.keytable import key_table
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.opening import (
    TITLE,
    UNFILED,
    Filing,
    head,
    overview,
    signature,
    summary,
)
from generator.review.phases import PHASE_TEXT
from generator.review.plaintext import md_code, md_table, md_text
from generator.review.units import (
    HELD_INTERNAL,
    HELD_NOTICE,
    counts_text,
    decision_text,
    period_text,
    unit_anchor,
    validity_text,
)
from generator.text import capitalised
from generator.vocabulary import OUTCOME_STATUS
from generator.vocabulary.terms import term

__all__ = ["TITLE", "UNFILED", "Filing", "render_review_document", "unit_section"]


def render_review_document(
    review: Review, filing: Filing = UNFILED, *, headed: bool = False
) -> str:
    """The whole document, as Markdown without HTML; its head names `filing`'s fields
    (unless `headed`: a print page's head block names them, `opening.head`)."""
    parts = [f"# {TITLE}", head(review, filing, headed=headed), *summary(review)]
    parts += [*key_table(review), *overview(review)]
    parts += [f"## {groups.UNITS_TITLE} {{#enheter}}"]
    named = groups.by_name(review.units)
    for unit in (u for u in named if not groups.quiet(u)):
        parts += unit_section(unit, review.today)
    parts += _quiet([u for u in named if groups.quiet(u)])
    parts += _not_reviewed(review.not_reviewed)
    parts += [f"## {groups.COMMON_TITLE} {{#gemensamt}}", _findings(review.common)]
    parts += signature(filing)
    return "\n\n".join(p for p in parts if p) + "\n"


def unit_section(unit: UnitReview, today: dt.date) -> list[str]:
    """One unit: its status, findings, grounds and åtgärder, under a heading of its own;
    of an expired plan, the advice on it apart (`late.split`)."""
    current, old = late.split(unit)
    expired = [f"**{late.EXPIRED_TITLE}.** {late.EXPIRED_NOTE}", _findings(old)] if old else []
    return [
        f"### {md_text(unit.name)} {{#{unit_anchor(unit)}}}",
        _status(unit, today),
        f"#### {groups.FINDINGS_TITLE}",
        _findings(current) if current or not old else "",
        *expired,
        *_drafted(unit),
        *_grounds(unit),
        f"#### {groups.CHANGES_TITLE}",
        *_changes(unit),
    ]


def _drafted(unit: UnitReview) -> list[str]:
    """What was found in the unit's utkast, apart (`UnitReview.draft_findings`)."""
    if not unit.draft_findings:
        return []
    head = f"#### {md_text(groups.draft_title(unit))}"
    return [head, groups.DRAFT_NOTE, _findings(unit.draft_findings)]


def _quiet(units: list[UnitReview]) -> list[str]:
    """The units with nothing to note (`groups.quiet`) in one table, not a section each:
    their grounds and åtgärder are in their plans and the portal's granskning."""
    if not units:
        return []
    rows = [
        (
            md_text(u.name),
            md_text(period_text(u)),
            md_text(decision_text(u)),
            f"{u.grounds_covered} av 7" if u.grounds else "–",
            str(u.count(Severity.INFO)),
        )
        for u in units
    ]
    return [
        f"### {groups.QUIET_TITLE} {{#{groups.QUIET_ANCHOR}}}",
        f"{plural(len(units), 'enhet', 'enheter')} har en beslutad plan utan fel och "
        "varningar. Kartläggningen och åtgärderna står i planerna och i portalens granskning.",
        md_table(groups.QUIET_COLUMNS, rows),
    ]


def _status(unit: UnitReview, today: dt.date) -> str:
    lines = [f"- Status: {statuses.phase_text(unit)}"]
    if said := late.lateness(unit, today):
        lines.append(f"- Läge: {md_text(said)}")
    if unit.held:
        notice = HELD_NOTICE if unit.text_withheld else HELD_INTERNAL
        lines.append(f"- Publicering: {statuses.held_text(unit.held)}. {notice}")
    if unit.period:
        lines.append(f"- Period: {md_text(unit.period)}")
        lines.append(f"- Giltighetstid: {validity_text(unit)}")
    elif unit.draft_period:
        lines.append(f"- Period: {md_text(period_text(unit))}")
    lines.append(f"- Beslutad: {md_text(decision_text(unit))}")
    if unit.period:
        lines.append(f"- Planfil: {md_code(unit.plan_source)}")
    elif unit.draft_source:
        lines.append(f"- Planfil: {draft_marked(md_code(unit.draft_source))}")
    if unit.drafting and statuses.phase(unit) != "utkast":
        lines.append("- Ett utkast till en ny plan finns.")
    lines.append(f"- Resultat: {counts_text(unit)}")
    return "\n".join(lines)


def _findings(findings: tuple[FindingRef, ...]) -> str:
    if not findings:
        return "Inga anmärkningar."
    return "\n\n".join(
        f"{category}:\n\n" + "\n".join(_finding(f) for f in chosen)
        for category, chosen in groups.by_category(findings)
    )


def _finding(finding: FindingRef) -> str:
    """A finding as a list item whose lines (kept together by their indent) are: severity,
    code and rule; what was found and how to fix it; the source; where."""
    rule = f" {_sentence(md_text(finding.heading))}" if finding.heading else ""
    lines = [f"- **{WORDS[finding.severity].label}** {finding.code}:{rule}"]
    lines.append(f"  {_sentence(md_text(finding.detail))}")
    if finding.source:
        lines.append(f"  Källa: {_sentence(md_text(finding.source))}")
    field = f", {FIELD_LABEL} {md_code(finding.field)}" if finding.field else ""
    lines.append(f"  Plats: {md_code(finding.location)}{field}")
    return "\n".join(lines)


def _sentence(text: str) -> str:
    return text if not text or text.endswith((".", "!", "?")) else f"{text}."


def _grounds(unit: UnitReview) -> list[str]:
    if not unit.grounds:
        return []
    rows = [
        (
            capitalised(term(g.ground)),
            md_text(groups.coverage_text(g)),
            md_text(groups.work_text(g)),
        )
        for g in unit.grounds
    ]
    return [
        f"#### {groups.GROUNDS_TITLE}",
        f"Kartläggningen tar upp {unit.grounds_covered} av 7 grunder.",
        md_table(groups.GROUND_COLUMNS, rows),
    ]


def _changes(unit: UnitReview) -> list[str]:
    changes = unit.changes
    if not changes.has_previous:
        return [groups.NO_PREVIOUS]
    parts = []
    for label, names in groups.measure_groups(changes):
        parts.append(f"{label} ({len(names)}):")
        parts.append("\n".join(f"- {md_text(n)}" for n in names) or "- Inga.")
    evaluated = [f"- {md_text(n)}: {OUTCOME_STATUS.get(s, s)}" for n, s in changes.evaluated]
    parts += [f"Utvärdering av förra periodens åtgärder ({len(evaluated)}):"]
    parts.append("\n".join(evaluated) or "- Ingen åtgärd är utvärderad.")
    return parts


def _error_count(code: str, count: int) -> str:
    times = f" ({count} gånger)" if count > 1 else ""
    return f"{code} {md_text(codes.code(code).title)}{times}"


def _not_reviewed(units: tuple[NotReviewed, ...]) -> list[str]:
    if not units:
        return []
    rows = [
        (md_text(u.named), _plan(u), "; ".join(_error_count(c, n) for c, n in u.codes) or "–")
        for u in units
    ]
    return [
        f"## {groups.NOT_REVIEWED_TITLE} {{#{statuses.NOT_REVIEWED_ANCHOR}}}",
        "Filerna för de här enheterna har fel, så de kan inte granskas förrän felen är "
        "rättade, och enhetens nya plan publiceras inte förrän dess. Bara felkoderna står "
        "här; portalens granskning visar var felen finns, och enheten ser dem när den "
        "kontrollerar sina filer.",
        md_table(("Enhet (mapp)", "Plan", "Fel"), rows),
    ]


def _plan(unit: NotReviewed) -> str:
    """What the unit's folder tells of its plan without reading it (`statuses.unread_phase`)."""
    known = statuses.unread_phase(unit)
    return PHASE_TEXT[known] if known else "Planfil finns, läget syns när felen är rättade"
