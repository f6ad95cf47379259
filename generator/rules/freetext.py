"""Which text the rules scan: the free text that gets published, per file (the YAML text
values but those under `NOT_FREE_TEXT` keys, and the bodies of pages and reports), and
every content file whole, comments included. Spans and their positions: `rules.text`."""

from __future__ import annotations

from collections.abc import Iterator

from yaml.nodes import MappingNode, Node

from generator.load.document import Document
from generator.load.reports import ReportSource
from generator.load.sources import Sources
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import read_text
from generator.rules.text import Span, scalar_span, scalars, setting_spans
from generator.text import words


def file_spans(sources: Sources) -> Iterator[Span]:
    """Every content file as a whole, comments included: for privacy scans."""
    seen: set[str] = set()
    for document in sources.documents():
        if document.display in seen:
            continue
        seen.add(document.display)
        try:
            yield Span(document.display, read_text(document.path))
        except LoadError:
            continue
    for report in report_sources(sources):
        if report.body and report.body_display not in seen:
            seen.add(report.body_display)
            yield Span(report.body_display, report.body)


def report_sources(sources: Sources) -> list[ReportSource]:
    """The huvudman's reports and the schools'."""
    return [*sources.reports, *(r for school in sources.schools for r in school.reports)]


def page_body_spans(sources: Sources) -> Iterator[Span]:
    """The Markdown bodies of the free pages and of the reports."""
    for school in sources.schools:
        for page in school.pages:
            yield Span(page.front.display, page.body, page.body_line, 1)
    for report in report_sources(sources):
        if report.body:
            yield Span(report.body_display, report.body, report.body_line, 1)


def value_spans(document: Document, skip: frozenset[str] = frozenset()) -> list[Span]:
    """Every string value in a YAML document as written in the file, except under `skip` keys."""
    unit_name = _unit_name(document)
    found = []
    for node, written_key, role in scalars(document):
        key = UNIT_NAME if node is unit_name else written_key
        if key not in skip:
            found.append(scalar_span(document, node, key, role))
    return found


# A unit's own name (skola.yml's or huvudman.yml's top `namn`), shown on every page it
# publishes: read as free text, which may tell what happened to a pupil ("Strandskolan,
# där en elev i 8B blev slagen"), not as a person's name, as other `namn` are.
UNIT_NAME = "enhetsnamn"
UNIT_FILES = ("skola.yml", "huvudman.yml")


def _unit_name(document: Document) -> Node | None:
    root = document.node
    if not isinstance(root, MappingNode) or not document.display.endswith(UNIT_FILES):
        return None
    return next((v for k, v in root.value if k.value == "namn"), None)


# Keys whose values are names, roles, ids, dates, enums or addresses, not free text.
NOT_FREE_TEXT = words(
    "id roll namn rektor epost telefon färg logotyp webbplats ordningsregler grupp mått "
    "ansvarig vem målgrupp deltagare kontaktpersoner skolformer årskurser taggar områden "
    "källor fynd adresserar mål typ status steg månad start_månad förenlighet datum från "
    "till start klart när senast ja nej tid lagrum vecka tillåtna_epostdomäner elevdomän "
    "grunder period fortsätter"
)


def free_text(sources: Sources, skip: frozenset[str] = NOT_FREE_TEXT) -> dict[str, list[Span]]:
    """The free text that gets published, per file: YAML text values, page bodies and
    mkdocs.yml's published strings."""
    found = {d.display: value_spans(d, skip) for d in sources.documents()}
    for span in (*page_body_spans(sources), *setting_spans(sources)):
        if span.key not in skip:
            found.setdefault(span.display, []).append(span)
    return found
