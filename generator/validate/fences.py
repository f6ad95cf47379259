"""Diagrams in hand-written pages: the ```arshjul and ```flode fences.

An author can put a diagram in `content/skolor/<id>/sidor/*.md` with a fenced
block whose content is YAML in the same shape as the data files:

- ```` ```arshjul ````: a whole `arshjul.yml` (`start_månad`, `aktiviteter`);
- ```` ```flode ````: one ärendegång, `rutiner.schema.json#/definitions/flöde`
  (`rubrik`, `steg`).

Two halves use the same loading and validation (`load_fence`):

- `fence_problems` runs in `trygg check` (stage 2) and reports problems at their
  line and column in the .md file, so the build stops before any page is made;
- `arshjul_fence` and `flode_fence` are `pymdownx.superfences` formatters that draw
  the SVG with its text alternative. If a fence is broken anyway (an unchecked
  preview), they show a Swedish error box instead of failing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from generator import codes
from generator.diagrams import flow_as_list, render_flow, render_wheel
from generator.diagrams.svg import escape
from generator.diagrams.wheellayout import ordered_activities
from generator.diagrams.wheellegend import when
from generator.load.fencegrammar import fence_at
from generator.load.sources import PageSource, Sources
from generator.load.yamlstrict import Document, LoadError, parse_yaml
from generator.model import AnnualCycle
from generator.model.build import annual_cycle
from generator.model.build_plan import flow_from_data
from generator.model.vocabulary import CYCLE_STEP_LABELS
from generator.problems import Location, Problem
from generator.validate.crosscheck import flow_problems, unique_ids
from generator.validate.documents import schema_problems

__all__ = [
    "SCHEMAS",
    "Fence",
    "arshjul_fence",
    "cycle_table",
    "fence_problems",
    "flode_fence",
    "iter_fences",
    "load_fence",
]

# Fence language -> the schema its YAML follows.
SCHEMAS: dict[str, str] = {
    "arshjul": "arshjul",
    "flode": "rutiner.schema.json#/definitions/flöde",
}
WHEEL_TITLE = "Årshjul"
TABLE_CAPTION = "Årshjulets aktiviteter månad för månad, numrerade som i hjulet"
UNCLOSED = "TP044"


@dataclass(frozen=True)
class Fence:
    """One diagram fence in a page's Markdown body."""

    kind: str  # "arshjul" or "flode"
    source: str  # the YAML; indentation and `>` before it become spaces, so columns match
    line: int  # 1-based line in the .md file of the first YAML line
    opening_line: int  # 1-based line of the ``` line
    column: int  # 1-based column of the ``` on that line
    fence: str  # the fence characters, e.g. "```" or "~~~~"
    closed: bool  # False when no closing fence follows (Markdown then shows it as text)


def _yaml_line(line: str, prefix: str) -> str:
    if line.startswith(prefix):
        return " " * len(prefix) + line[len(prefix) :]
    return ""  # a blank line (maybe a bare `>` in a blockquote)


def iter_fences(page: PageSource) -> Iterator[Fence]:
    """Every ```arshjul / ```flode (or ~~~) block in the page body, in order.

    Fences are read with `generator.load.fencegrammar.fence_at`, the grammar the page
    renderer uses too. Other fenced blocks are skipped whole, so an example inside
    ```markdown is not taken for a diagram.
    """
    lines = page.body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        block = fence_at(lines, index)
        if block is None:
            index += 1
            continue
        if block.kind:
            stop = len(lines) if block.end is None else block.end
            yield Fence(
                kind=block.kind,
                source="\n".join(
                    _yaml_line(line, block.prefix) for line in lines[index + 1 : stop]
                ),
                line=page.body_line + index + 1,
                opening_line=page.body_line + index,
                column=len(block.prefix) + 1,
                fence=block.fence,
                closed=block.end is not None,
            )
        index = index + 1 if block.end is None else block.end + 1


def _cross_problems(kind: str, document: Document) -> list[Problem]:
    if kind == "flode":
        return list(flow_problems(document, (), document.data))
    return list(unique_ids(document, ("aktiviteter",), document.data["aktiviteter"]))


def load_fence(
    kind: str, source: str, path: Path, display: str, line_offset: int = 0
) -> tuple[Document | None, list[Problem]]:
    """Strictly load and validate a fence's YAML; the document only comes back usable
    when the problem list is empty.

    `line_offset` is the number of .md lines before the first YAML line, so problems
    point into the .md file.
    """
    try:
        document = parse_yaml(source, path, display, line_offset)
    except LoadError as error:
        if error.code == "TP006":
            error = LoadError(
                "TP006",
                f"diagrammet ```{kind} är tomt",
                "skriv diagrammets YAML mellan raderna med ```",
                error.line,
                error.column,
            )
        return None, [error.problem(display)]
    problems = list(schema_problems(document, SCHEMAS[kind]))
    if not problems:
        problems = _cross_problems(kind, document)
    return document, problems


def _unclosed(fence: Fence, display: str) -> Problem:
    opening = f"{fence.fence}{fence.kind}"
    return codes.problem(
        UNCLOSED,
        Location(display, fence.opening_line, fence.column),
        f"diagrammet {opening} avslutas inte, så det visas som vanlig text",
        hint=f"avsluta diagrammet med en rad med bara {fence.fence}, indragen som {opening}",
    )


def fence_problems(sources: Sources) -> list[Problem]:
    """Problems in the diagram fences of every free page, located in the .md file."""
    problems: list[Problem] = []
    for school in sources.schools:
        for page in school.pages:
            display = page.front.display
            for fence in iter_fences(page):
                if not fence.closed:
                    problems.append(_unclosed(fence, display))
                    continue
                _document, found = load_fence(
                    fence.kind, fence.source, page.front.path, display, fence.line - 1
                )
                problems += found
    return problems


# --------------------------------------------------------------- formatters ---


class _Standalone:
    """Stands in for the Markdown instance when a formatter is called without one."""


_STANDALONE = _Standalone()
_COUNTS: WeakKeyDictionary[Any, int] = WeakKeyDictionary()


def _id_prefix(source: str, md: Any) -> str:
    """A prefix for the SVG's ids: the fence's hash plus its number on the page.

    MkDocs renders every page with a new Markdown instance, so the numbers start
    again per page and a build stays byte-identical; the same fence twice on a
    page still gets two prefixes.
    """
    key = _STANDALONE if md is None else md
    count = _COUNTS.get(key, 0) + 1
    _COUNTS[key] = count
    digest = hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"f{digest}-{count}"


def _error_box(kind: str, problems: list[Problem]) -> str:
    items = []
    for problem in problems:
        where = problem.location
        place = f"Rad {where.line}, kolumn {where.column or 1}: " if where.line else ""
        field = f"{problem.field}: " if problem.field else ""
        hint = f" – {problem.hint}" if problem.hint else ""
        text = f"{place}{field}{problem.message}{hint} ({problem.code})"
        items.append(f"<li>{escape(text)}</li>")
    return (
        '<div class="admonition failure">\n'
        '<p class="admonition-title">Fel i diagrammet</p>\n'
        f"<p>Diagrammet {escape('```' + kind)} kan inte ritas. "
        "Raderna räknas från första raden efter ```.</p>\n"
        f"<ul>\n{chr(10).join(items)}\n</ul>\n"
        "</div>"
    )


def _figure(css_class: str, caption: str, svg: str, alternative: str) -> str:
    classes = f"trygg-figure {css_class}".strip()
    return (
        f'<figure class="{escape(classes)}">\n'
        f"<figcaption>{escape(caption)}</figcaption>\n"
        f"{svg}\n{alternative}\n"
        "</figure>"
    )


def cycle_table(cycle: AnnualCycle) -> str:
    """The årshjul as a `<table>`, in wheel order and numbered like the wheel's markers."""
    rows = [
        "<tr>"
        f"<td>{number}</td>"
        f"<td>{escape(when(activity))}</td>"
        f'<th scope="row">{escape(activity.name)}</th>'
        f"<td>{escape(CYCLE_STEP_LABELS.get(activity.step, activity.step))}</td>"
        f"<td>{escape(activity.responsible)}</td>"
        f"<td>{escape(activity.audience)}</td>"
        "</tr>"
        for number, activity in enumerate(ordered_activities(cycle), start=1)
    ]
    head = "".join(
        f'<th scope="col">{name}</th>'
        for name in ("Nr", "Månad", "Aktivitet", "Steg", "Ansvarig", "Målgrupp")
    )
    return "\n".join(
        [
            '<table class="trygg-cycle-table">',
            f"<caption>{escape(TABLE_CAPTION)}</caption>",
            f"<thead><tr>{head}</tr></thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
        ]
    )


def _load_for_page(kind: str, source: str) -> tuple[Document | None, list[Problem]]:
    return load_fence(kind, source, Path(f"<{kind}>"), "diagrammet")


def arshjul_fence(
    source: str, language: str, css_class: str, options: Any, md: Any, **kwargs: Any
) -> str:
    """superfences formatter for ```arshjul: the wheel and its month table."""
    document, problems = _load_for_page("arshjul", source)
    if document is None or problems:
        return _error_box("arshjul", problems)
    cycle = annual_cycle(document)
    svg = render_wheel(cycle, _id_prefix(source, md), WHEEL_TITLE)
    return _figure(css_class, WHEEL_TITLE, svg, cycle_table(cycle))


def flode_fence(
    source: str, language: str, css_class: str, options: Any, md: Any, **kwargs: Any
) -> str:
    """superfences formatter for ```flode: the flowchart and its numbered list."""
    document, problems = _load_for_page("flode", source)
    if document is None or problems:
        return _error_box("flode", problems)
    flow = flow_from_data(document.data, document)
    svg = render_flow(flow, _id_prefix(source, md))
    return _figure(css_class, flow.title, svg, flow_as_list(flow))
