"""HTML for one unit in the portal's granskning: its page's body (facts, results by
category, findings, grounds and changes) and the cells and items the overview shares.

Everything is plain HTML with escaped text, so the page renders the same in
MkDocs, on a git host and in a browser without JavaScript.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from generator.codes import rule_address
from generator.load.layout import draft_marked
from generator.model.summary import GroundCoverage
from generator.problems import WORDS, Severity
from generator.problems.severity import meaning
from generator.review import late
from generator.review.codelinks import linked_codes
from generator.review.findings import ALWAYS_SHOWN, CATEGORIES, FIELD_LABEL, FindingRef
from generator.review.groups import (
    CHANGES_TITLE,
    DRAFT_NOTE,
    FINDINGS_TITLE,
    GROUND_COLUMNS,
    GROUNDS_TITLE,
    NO_PREVIOUS,
    by_category,
    coverage_text,
    draft_title,
    measure_groups,
    work_text,
)
from generator.review.model import UnitReview
from generator.review.statuses import held_text, phase_text
from generator.review.units import (
    HELD_INTERNAL,
    HELD_NOTICE,
    GroundHref,
    category_anchor,
    decision_text,
    period_text,
    source_text,
    th_col,
)
from generator.text import capitalised
from generator.vocabulary import OUTCOME_STATUS
from generator.vocabulary.terms import term


def _late(unit: UnitReview, today: dt.date) -> str:
    said = late.lateness(unit, today)
    return f"<dd>{escape(said)}</dd>" if said else ""


def _category_table(unit: UnitReview) -> str:
    rows = []
    found = {f.category for f in unit.findings}
    for category in (c for c in CATEGORIES if c in ALWAYS_SHOWN or c in found):
        cells = "".join(f"<td>{unit.count(s, category)}</td>" for s in Severity)
        name = escape(category)
        if any(f.category == category for f in unit.findings):
            name = f'<a href="#{category_anchor(unit, category)}">{name}</a>'
        rows.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
    return (
        f"<table><caption>Regelresultat för {escape(unit.name)} per kategori</caption>"
        f"<thead><tr>{th_col('Kategori', *(WORDS[s].heading for s in Severity))}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def finding_item(finding: FindingRef, rules_link: str) -> str:
    """A finding as a list item: severity, code (linked to its rule) and rule, what was
    found with its source, and where (the file's place and field)."""
    code = escape(finding.code)
    if rules_link and finding.title:
        code = f'<a href="{escape(rules_link + rule_address(finding.code))}">{code}</a>'
    title = f" {escape(finding.heading)}:" if finding.heading else ""
    field = f", {FIELD_LABEL} <code>{escape(finding.field)}</code>" if finding.field else ""
    return (
        f"<li><strong>{WORDS[finding.severity].label}</strong> {code}{title} "
        f"{escape(finding.text)} <code>{escape(finding.location)}</code>{field}</li>"
    )


def _findings(unit: UnitReview, rules_link: str, level: int) -> str:
    """The findings under a heading of `level`, each category under one level below; of
    an expired plan, the advice on it under a heading of its own (`late.split`), its
    categories one level further down. A category's anchor is on its first heading."""
    head = f"<h{level}>{FINDINGS_TITLE}</h{level}>"
    if not unit.findings:
        return f"{head}<p>Inga anmärkningar.</p>"
    today, old = late.split(unit)
    anchored: set[str] = set()
    parts = [head, _by_category(unit, today, rules_link, level + 1, anchored)]
    if old:
        parts.append(f"<h{level + 1}>{late.EXPIRED_TITLE}</h{level + 1}><p>{late.EXPIRED_NOTE}</p>")
        parts.append(_by_category(unit, old, rules_link, level + 2, anchored))
    return "".join(parts)


def _drafted(unit: UnitReview, rules_link: str, level: int) -> str:
    """What was found in the unit's utkast, apart: only in a review built with them."""
    if not unit.draft_findings:
        return ""
    head = f"<h{level}>{escape(draft_title(unit))}</h{level}><p>{escape(DRAFT_NOTE)}</p>"
    items = "".join(finding_item(f, rules_link) for f in unit.draft_findings)
    return f"{head}<ul>{items}</ul>"


def _by_category(
    unit: UnitReview,
    findings: tuple[FindingRef, ...],
    rules_link: str,
    level: int,
    anchored: set[str],
) -> str:
    parts = []
    for category, chosen in by_category(findings):
        items = "".join(finding_item(f, rules_link) for f in chosen)
        anchor = "" if category in anchored else f' id="{category_anchor(unit, category)}"'
        anchored.add(category)
        parts.append(f"<h{level}{anchor}>{escape(category)}</h{level}><ul>{items}</ul>")
    return "".join(parts)


def ground_cell(coverage: GroundCoverage, *, titled: bool = True) -> str:
    text = escape(coverage_text(coverage, titled=titled))
    return text if coverage.covered else f"<strong>{text}</strong>"


def _grounds(unit: UnitReview, level: int, href: GroundHref | None) -> str:
    """The grounds' table; each ground's kartläggning linked to its row on the unit's plan
    page where `href` gives an address."""
    if not unit.grounds:
        return ""
    rows = "".join(
        f'<tr><th scope="row">{escape(capitalised(term(g.ground)))}</th>'
        f"<td>{_linked(ground_cell(g), href(unit, g.ground) if href else '')}</td>"
        f"<td>{escape(work_text(g))}</td></tr>"
        for g in unit.grounds
    )
    return (
        f"<h{level}>{GROUNDS_TITLE}</h{level}>"
        f"<table><caption>Diskrimineringsgrunder i kartläggningen, {unit.grounds_covered} av 7 "
        "täckta, och planens mål och åtgärder per grund</caption>"
        f"<thead><tr>{th_col(*GROUND_COLUMNS)}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _linked(shown: str, target: str) -> str:
    return f'<a href="{escape(target)}">{shown}</a>' if target else shown


def _changes(unit: UnitReview, level: int) -> str:
    """The plan's åtgärder against last period's, and how last period's were evaluated."""
    head = f"<h{level}>{CHANGES_TITLE}</h{level}>"
    changes = unit.changes
    if not changes.has_previous:
        return f"{head}<p>{NO_PREVIOUS}</p>"
    items = "".join(
        f"<li>{label} ({len(names)}): {escape(', '.join(names)) if names else 'inga'}</li>"
        for label, names in measure_groups(changes)
    )
    evaluated = ", ".join(f"{n}: {OUTCOME_STATUS.get(s, s)}" for n, s in changes.evaluated)
    items += (
        f"<li>Utvärdering av förra periodens åtgärder ({len(changes.evaluated)}): "
        f"{escape(evaluated) or 'ingen åtgärd är utvärderad'}</li>"
    )
    return f"{head}<ul>{items}</ul>"


def unit_body(
    unit: UnitReview,
    rules_link: str,
    today: dt.date,
    level: int = 2,
    ground_href: GroundHref | None = None,
) -> str:
    """What the granskning of `today` says of a unit: facts (with how late its plan is,
    `late.lateness`), results by category, findings, grounds and changes, under headings
    of `level` (the findings' categories one level below)."""
    source = f"<code>{escape(source_text(unit))}</code>" if source_text(unit) else "–"
    source = draft_marked(source, bool(unit.draft_source and not unit.plan_source))
    said = linked_codes(escape(held_text(unit.held)), rules_link) if unit.held else ""
    held = f"<dt>Publicering</dt><dd>{said}</dd>" if unit.held else ""
    facts = (
        f"<dl><dt>Status</dt><dd>{phase_text(unit)}</dd>{_late(unit, today)}{held}"
        f"<dt>Period</dt><dd>{escape(period_text(unit))}</dd>"
        f"<dt>Beslutad</dt><dd>{escape(decision_text(unit))}</dd>"
        f"<dt>Planfil</dt><dd>{source}</dd></dl>"
    )
    notice = HELD_NOTICE if unit.text_withheld else HELD_INTERNAL
    body = facts + (f"<p>{notice}</p>" if unit.held else "")
    body += _category_table(unit) + f"<p>{meaning()}</p>"
    body += _findings(unit, rules_link, level) + _drafted(unit, rules_link, level)
    return body + _grounds(unit, level, ground_href) + _changes(unit, level)
