"""The opening of `trygg granska`'s document: its head (the diarium's fields, the huvudman,
the day and what was reviewed), the summary of the counts and the overview table. Plain
Markdown like the rest of the document (`review.document`); author text goes through
`review.plaintext`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import codes
from generator.load.dates import day_in_words
from generator.problems import TODAY, WORDS
from generator.problems.severity import meaning
from generator.review import groups, statuses
from generator.review.groups import plural
from generator.review.model import Review
from generator.review.plaintext import md_table, md_text
from generator.review.units import period_named, unit_anchor

TITLE = "Granskning av trygghetsplaner"
SIGNATURE_TITLE = "Datum och underskrift"
SIGNATURE_ANCHOR = "underskrift"  # the print style draws its lines to write on
# The findings say "i dag" without the date (`findings.FindingRef.of`): the head says it once.
AS_OF_TODAY = f"”{TODAY}” i anmärkningarna"
# Where a print page's head names the date (`headed`): what "i dag" means, said plainly.
MEANS_TODAY = f"Där anmärkningarna säger ”{TODAY}” menas dokumentets datum."


@dataclass(frozen=True)
class Filing:
    """Where the central unit files the document in its diarium: the diarienummer ("BUN
    2026/123") and the handläggare, "" when not given (then the head leaves them out).
    Author text: the document escapes it like a unit's name."""

    case_number: str = ""
    officer: str = ""


UNFILED = Filing()  # a document not yet given a diarienummer


def head(review: Review, filing: Filing, *, headed: bool = False) -> str:
    """The document's head as a list: the diarium's fields first, as a registry reads them.
    `headed`: a print page's head block names them (`build.pdf.review`), so the list
    leaves them out and says only what "i dag" in the findings means."""
    filed = (("Diarienummer", filing.case_number), ("Handläggare", filing.officer))
    lines = [f"- {label}: {md_text(value)}" for label, value in filed if value]
    lines += [
        f"- Huvudman: {md_text(review.organiser)}",
        f"- Avser läget den: {day_in_words(review.today)}{_as_of_today(review)}",
    ]
    if headed:
        said = _as_of_today(review)
        lines = [f"- {MEANS_TODAY}"] if said else []
    lines += [f"- {label}: {md_text(value)}" for label, value in _parties(review) if value]
    lines += [
        f"- Granskade enheter: {len(review.units)}{_unread(review)}",
        "- Underlag: enheternas planfiler, kontrollerade mot reglerna för trygghetsplaner "
        "(skollagen 6 kap. och diskrimineringslagen 3 kap.) på samma sätt som innan en plan "
        "publiceras",
    ]
    return "\n".join(lines)


def _parties(review: Review) -> tuple[tuple[str, str], ...]:
    """Who the document is for and from: the nämnd and the central unit (huvudman.yml)."""
    return (("Till", review.board), ("Från", review.sender))


def _as_of_today(review: Review) -> str:
    """What "i dag" in the findings means, said once when a finding says it."""
    findings = [*review.common, *(f for u in review.units for f in u.findings)]
    said = any(re.search(rf"\b{TODAY}\b", f.detail, re.IGNORECASE) for f in findings)
    return f" ({AS_OF_TODAY})" if said else ""


def summary(review: Review) -> list[str]:
    """The counts: units with errors and warnings, units per status (`statuses.status_counts`,
    with why they add up to more than the units when they do), the most common remarks."""
    units = review.units
    rows = [(label, str(count)) for _key, label, count in statuses.status_counts(review)]
    held = sum(1 for u in units if u.held)
    withheld = f" {held} av dem publiceras inte förrän felen är rättade." if held else ""
    parts = [
        "## Sammanfattning {#sammanfattning}",
        f"{statuses.result_counts(review)}{withheld}{_unread(review, sentence=True)}",
        md_table(("Status", "Enheter"), rows),
        md_text(statuses.counted_twice(review)),
    ]
    common = groups.most_common(review)
    if common:
        parts += [
            f"{groups.MOST_COMMON_TITLE}. {groups.MOST_COMMON_NOTE}",
            md_table(
                ("Kod", "Regel", "Nivå", "Enheter", "Förekomster", "Källa"),
                [
                    (
                        c.code,
                        md_text(c.title),
                        WORDS[c.severity].label,
                        str(c.units),
                        str(c.found),
                        _source(c.code),
                    )
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


def overview(review: Review) -> list[str]:
    """Every unit, those that need attention first: as the portal's (`review.render`)."""
    rows = [
        (
            f"[{md_text(u.named)}](#{statuses.NOT_REVIEWED_ANCHOR})",
            md_text(statuses.unread_text(u)),
            "–",
            str(u.errors),
            "–",
            "–",
        )
        for u in review.not_reviewed
    ]
    rows += [
        (
            f"[{md_text(u.name)}](#{groups.QUIET_ANCHOR if groups.quiet(u) else unit_anchor(u)})",
            md_text(statuses.status_text(u)),
            md_text(period_named(u)) or "–",
            str(u.errors),
            str(u.warnings),
            f"{u.grounds_covered} av 7" if u.grounds else "–",
        )
        for u in review.units
    ]
    return [
        f"## {groups.NEED_TITLE} {{#oversikt}}",
        "Enheterna som behöver åtgärdas först står överst: de som inte kunde granskas eller "
        "inte publiceras, sedan flest fel, status och varningar. Grunder täckta är hur "
        "många av de sju diskrimineringsgrunderna som planens kartläggning tar upp. "
        f"{meaning()}",
        md_table(groups.OVERVIEW_COLUMNS, rows) if rows else "Inga enheter granskades.",
    ]


def signature(filing: Filing) -> list[str]:
    """The end of a tjänsteskrivelse: lines for place and date, the handläggare (named when
    given) and the signature, to fill in by hand on the filed copy."""
    lines = ("Ort och datum", "Handläggare", "Underskrift")
    given = {"Handläggare": md_text(filing.officer)}
    return [
        f"## {SIGNATURE_TITLE} {{#{SIGNATURE_ANCHOR}}}",
        "\n".join(f"- {label}: {given.get(label, '')}".rstrip() for label in lines),
    ]
