"""`trygg granska`'s document: the granskning as plain Markdown, no HTML, for the central
unit to send on and file (diarieföra). A summary, then per unit its status with dates, its
findings with codes and sources, its grounds and its åtgärder over the years. It reads the
portal's model and groupings (`review.groups`); author text goes through `review.plaintext`.
Headings have fixed anchors (`{#enhet-<id>}`), as Python-Markdown (attr_list) and pandoc read.
"""

from __future__ import annotations

from collections import Counter

from generator import codes
from generator.review import groups
from generator.review.model import FindingRef, NotReviewed, Review, UnitReview
from generator.review.plaintext import md_code, md_table, md_text
from generator.review.units import SEVERITY_TEXT, plural, unit_anchor
from generator.text import capitalised
from generator.vocabulary import OUTCOME_STATUS, term

TITLE = "Granskning av trygghetsplaner"


def render_review_document(review: Review) -> str:
    """The whole document, as Markdown without HTML."""
    parts = [f"# {TITLE}", _facts(review), *_summary(review), *_overview(review)]
    parts += ["## Enheter A–Ö {#enheter}"]
    for unit in groups.by_name(review.units):
        parts += unit_section(unit)
    parts += _not_reviewed(review.not_reviewed)
    parts += ["## Gemensamt för alla enheter {#gemensamt}", _findings(review.common)]
    return "\n\n".join(p for p in parts if p) + "\n"


def _facts(review: Review) -> str:
    return "\n".join(
        (
            f"- Huvudman: {md_text(review.organiser)}",
            f"- Avser läget den: {review.today.isoformat()}",
            f"- Granskade enheter: {len(review.units)}{_unread(review)}",
            "- Underlag: enheternas planfiler, kontrollerade med trygg check mot reglerna "
            "för trygghetsplaner (skollagen 6 kap. och diskrimineringslagen 3 kap.)",
        )
    )


def _summary(review: Review) -> list[str]:
    units = review.units
    counts = Counter(groups.phase(u) for u in units)
    rows = [(label, str(counts[key])) for key, label in groups.PHASES]
    if review.not_reviewed:
        rows.append(("Inte granskad, fel i enhetens filer", str(len(review.not_reviewed))))
    errors = sum(1 for u in units if u.errors)
    warnings = sum(1 for u in units if u.warnings and not u.errors)
    parts = [
        "## Sammanfattning {#sammanfattning}",
        f"{plural(len(units), 'enhet', 'enheter')} granskades. {errors} av dem har fel "
        f"och {warnings} har bara varningar.{_unread(review, sentence=True)}",
        md_table(("Status", "Enheter"), rows),
    ]
    common = groups.most_common(review)
    if common:
        parts += [
            "De vanligaste anmärkningarna, efter antal enheter:",
            md_table(
                ("Kod", "Regel", "Enheter", "Förekomster", "Källa"),
                [
                    (c.code, md_text(c.title), str(c.units), str(c.found), _source(c.code))
                    for c in common
                ],
            ),
        ]
    return parts


def _unread(review: Review, *, sentence: bool = False) -> str:
    """The units not reviewed, which the counts leave out: said beside them."""
    if not (count := len(review.not_reviewed)):
        return ""
    units = plural(count, "enhet", "enheter")
    if sentence:
        return f" {units} till har fel i sina filer och kunde inte granskas (se nedan)."
    return f" (och {units} med fel i sina filer, som inte kunde granskas)"


def _source(code: str) -> str:
    """The law or guidance the code rests on, from the code registry."""
    return md_text(codes.code(code).source) or "–"


def _overview(review: Review) -> list[str]:
    rows = [
        (
            f"[{md_text(u.name)}](#{unit_anchor(u)})",
            groups.phase_text(u),
            md_text(u.period) or "–",
            str(u.errors),
            str(u.warnings),
            f"{u.grounds_covered} av 7" if u.grounds else "–",
        )
        for u in review.units
    ]
    head = ("Enhet", "Status", "Period", "Fel", "Varningar", "Grunder")
    return [
        "## Översikt {#oversikt}",
        "Enheterna som behöver åtgärdas först står överst: flest fel, sedan status och "
        "varningar. Grunder är hur många av de sju diskrimineringsgrunderna som planens "
        "kartläggning tar upp.",
        md_table(head, rows) if rows else "Inga enheter granskades.",
    ]


def unit_section(unit: UnitReview) -> list[str]:
    """One unit: its status, findings, grounds and åtgärder, under a heading of its own."""
    return [
        f"### {md_text(unit.name)} {{#{unit_anchor(unit)}}}",
        _status(unit),
        "#### Anmärkningar",
        _findings(unit.findings),
        *_grounds(unit),
        "#### Åtgärder över åren",
        *_changes(unit),
    ]


def _status(unit: UnitReview) -> str:
    lines = [f"- Status: {groups.phase_text(unit)}"]
    if unit.period:
        lines.append(f"- Period: {md_text(unit.period)}")
        lines.append(f"- Giltighetstid: {unit.valid_from} – {unit.valid_to}")
        lines.append(f"- Planfil: {md_code(unit.plan_source)}")
    if unit.drafting and groups.phase(unit) != "utkast":
        lines.append("- Ett utkast till en ny plan finns (utkast granskas inte).")
    lines.append(f"- Resultat: {plural(unit.errors, 'fel', 'fel')}, "
                 f"{plural(unit.warnings, 'varning', 'varningar')}")  # fmt: skip
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
    rule = f" {_sentence(md_text(finding.title))}" if finding.title else ""
    lines = [f"- **{SEVERITY_TEXT[finding.severity]}** {finding.code}:{rule}"]
    lines.append(f"  {_sentence(md_text(finding.detail))}")
    if finding.source:
        lines.append(f"  Källa: {_sentence(md_text(finding.source))}")
    lines.append(f"  Plats: {md_code(finding.location)}")
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
            md_text(", ".join(g.work)) or "–",
        )
        for g in unit.grounds
    ]
    return [
        "#### Diskrimineringsgrunder",
        f"Kartläggningen tar upp {unit.grounds_covered} av 7 grunder.",
        md_table(("Grund", "Kartläggning", "Mål och åtgärder"), rows),
    ]


def _changes(unit: UnitReview) -> list[str]:
    changes = unit.changes
    if not changes.has_previous:
        return [groups.NO_PREVIOUS]
    parts = ["Planens åtgärder jämförda med förra periodens:"]
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
        (md_text(u.id), "; ".join(_error_count(c, n) for c, n in u.codes) or "–") for u in units
    ]
    return [
        "## Enheter som inte granskades {#inte-granskade}",
        "Filerna för de här enheterna har fel, så de kan inte läsas och granskas förrän "
        "felen är rättade. Bara felkoderna står här; trygg check visar var felen finns.",
        md_table(("Enhet (mapp)", "Fel"), rows),
    ]
