"""A page diagram as a figure: the SVG with its text alternative, ready for the page.

`figure` draws a diagram that `trygg check` has read, validated and modelled (a free
page's ```arshjul or ```flode fence, `model.PageDiagram`); it never reads YAML.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from generator.diagrams.flowchart import flow_as_list, render_flow
from generator.diagrams.svg import escape
from generator.diagrams.wheel import render_wheel
from generator.diagrams.wheellayout import ordered_activities
from generator.diagrams.wheellegend import wheel_key, when
from generator.load.fencegrammar import fence_at
from generator.load.fences import fence_key
from generator.model import AnnualCycle, PageDiagram
from generator.vocabulary import CYCLE_STEP_LABELS, NOT_GIVEN

WHEEL_TITLE = "Årshjul"
TABLE_CAPTION = "Årshjulets aktiviteter månad för månad, numrerade som i hjulet"


def id_prefix(source: str, number: int) -> str:
    """A prefix for the SVG's ids: the fence's hash plus its number on the page, so the
    same fence twice on a page gets two prefixes and a build stays byte-identical."""
    digest = hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return f"f{digest}-{number}"


def figure(diagram: PageDiagram, css_class: str, prefix: str) -> str:
    """The diagram's `<figure>`: its SVG and, as text, the wheel's table or the flow's list."""
    if diagram.cycle is not None:
        svg = render_wheel(diagram.cycle, prefix, WHEEL_TITLE)
        key = wheel_key(diagram.cycle)
        return _figure(css_class, WHEEL_TITLE, svg, f"{key}\n{cycle_table(diagram.cycle)}")
    assert diagram.flow is not None
    svg = render_flow(diagram.flow, prefix)
    return _figure(css_class, diagram.flow.title, svg, flow_as_list(diagram.flow))


def unknown(kind: str) -> str:
    """What a fence that `trygg check` has not read shows instead of a diagram."""
    return (
        '<div class="admonition failure">\n'
        '<p class="admonition-title">Fel i diagrammet</p>\n'
        f"<p>Diagrammet {escape('```' + kind)} kan inte ritas: det har inte kontrollerats. "
        "Kör trygg check och rätta felen.</p>\n"
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
        f"<td>{escape(activity.responsible or NOT_GIVEN)}</td>"
        f"<td>{escape(activity.audience or NOT_GIVEN)}</td>"
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


def inline_diagrams(markdown: str, diagrams: Mapping[str, PageDiagram]) -> str:
    """The page's diagram fences replaced by their figures, as raw HTML: for engines that
    run no trygg code (`trygg export`). Other fences and text stay as they are."""
    lines = markdown.split("\n")
    out: list[str] = []
    index, number = 0, 0
    while index < len(lines):
        block = fence_at(lines, index)
        diagram = None
        if block is not None and block.kind and block.end is not None:
            diagram = diagrams.get(fence_key("\n".join(block.body(lines))))
        if block is None or block.end is None or diagram is None:
            out.append(lines[index])
            index += 1
            continue
        number += 1
        source = "\n".join(block.body(lines))
        html = figure(diagram, block.kind, id_prefix(source, number))
        out += ["", *(block.prefix + line for line in html.split("\n")), ""]
        index = block.end + 1
    return "\n".join(out)
