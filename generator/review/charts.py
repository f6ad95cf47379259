"""The huvudman's overview in charts, each beside the table it summarises: where the units'
plans stand, which problems are most common, and the grounds each unit has examined.

Drawn at build time as inline SVG (`diagrams.bars`, `diagrams.heatmap`), so they work
without JavaScript; each table is the text alternative, and its chart names it by id.
"""

from __future__ import annotations

from html import escape

from generator.codes import rule_address
from generator.colours import DEFAULT_BRAND
from generator.diagrams.bars import WIDE, Bar, BarSection, render_bars
from generator.diagrams.heatmap import CellState, HeatRow, render_heatmap
from generator.diagrams.heatprint import render_print_parts
from generator.diagrams.heatwide import render_wide_heatmap
from generator.diagrams.spread import Spread, render_spread
from generator.diagrams.svg import SAME_NUMBERS, chart_box, printed_boxes
from generator.model.summary import GroundCoverage
from generator.problems import WORDS
from generator.review import groups, statuses
from generator.review.groups import most_common, plural
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.units import th_col
from generator.text import capitalised
from generator.vocabulary.terms import GROUNDS, term

GROUND_STATES = (
    CellState("fynd", groups.WITH_FINDINGS, "#1f5f8b", "solid"),
    CellState("utan", groups.WITHOUT_FINDINGS, "#dfe9f2", "dots"),
    CellState("saknas", groups.NOT_EXAMINED, "#fff4dc", "stripes"),
)


def status_chart(review: Review) -> str:
    """Units per phase, and those not reviewed: a bar chart and its table, each bar a share
    of all units (`statuses.status_counts`) in its status's colour (`statuses.status_colour`)."""
    total = len(review.units) + len(review.not_reviewed)
    counted = statuses.status_counts(review)
    bars = tuple(
        Bar(label, 100 * n / (total or 1), _of(n, total), statuses.status_colour(key))
        for key, label, n in counted
    )
    table_id = "diagram-status-tabell"
    title = "Enheternas planer"
    svg = _drawn((BarSection(title, bars),), "diagram-status", title, table_id)
    rows = "".join(
        f'<tr><th scope="row">{escape(label)}</th><td>{n}</td></tr>' for _k, label, n in counted
    )
    table = chart_table(table_id, f"{title}, antal enheter", th_col("Status", "Enheter"), rows)
    twice = statuses.counted_twice(review)
    return chart_figure(svg, table, title) + (f"<p>{escape(twice)}</p>" if twice else "")


def problems_chart(review: Review, rules_link: str) -> str:
    """The codes found in the most units: a bar chart and its table, linked to the rules."""
    common = most_common(review)
    if not common:
        return "<p>Inga anmärkningar i någon enhet.</p>"
    total = len(review.units) + len(review.not_reviewed)
    bars = tuple(
        Bar(f"{c.code} {c.title}".strip(), 100 * c.units / total, _of(c.units, total))
        for c in common
    )
    table_id = "diagram-problem-tabell"
    # Each bar is the units with the code ("3 av 12"); the table adds how often it is found.
    title = f"{groups.MOST_COMMON_TITLE}, antal enheter"
    svg = _drawn((BarSection(title, bars),), "diagram-problem", title, table_id)
    rows = "".join(
        f'<tr><th scope="row"><a href="{escape(rules_link + rule_address(c.code))}">'
        f"{escape(c.code)}</a></th>"
        f"<td>{escape(c.title)}</td><td>{WORDS[c.severity].label}</td>"
        f"<td>{c.units}</td><td>{c.found}</td></tr>"
        for c in common
    )
    head = th_col("Kod", "Regel", "Nivå", "Enheter", "Förekomster")
    caption = f"{groups.MOST_COMMON_TITLE}: antal enheter och förekomster"
    figure = chart_figure(svg, chart_table(table_id, caption, head, rows), title)
    note = f"<p>{escape(groups.MOST_COMMON_NOTE)}</p>"
    counted = ("bara dess fel räknas", "bara deras fel räknas")
    return figure + note + unread_note(review.not_reviewed, counted)


def unread_note(unread: tuple[NotReviewed, ...], how: tuple[str, str]) -> str:
    """What a chart says of the units whose files could not be read: how many, and `how`
    they are counted, of one and of more ("den är inte med", "de är inte med")."""
    if not unread:
        return ""
    units = plural(len(unread), "enhet", "enheter")
    said = how[0] if len(unread) == 1 else how[1]
    return f"<p>{units} kunde inte granskas, eftersom filerna inte kunde läsas: {said}.</p>"


def grounds_heatmap(units: list[UnitReview], table_id: str, unread: int = 0) -> str:
    """Units × the seven grounds, for the units with a plan. The map is described by its own
    short summary, not by the matrix (a screen reader would read all of its rows); the
    caption links the matrix, the map's alternative, and says which units it leaves out:
    those without a plan, and the `unread` ones."""
    with_plan = [u for u in units if u.grounds]
    if not with_plan:
        return ""
    rows = [HeatRow(u.name, tuple(_state(g) for g in u.grounds)) for u in with_plan]
    title = "Diskrimineringsgrunderna i enheternas kartläggning"
    left_out = _heatmap_left_out(len(units) - len(with_plan), unread)
    note = f"{left_out} Tabellen under diagrammet visar varje enhet.".strip()
    columns = [capitalised(term(g)) for g in GROUNDS]
    narrow = render_heatmap(
        rows, columns, GROUND_STATES, id_prefix="diagram-grunder", title=title, note=note
    )
    wide = render_wide_heatmap(
        rows, columns, GROUND_STATES, id_prefix="diagram-grunder-bred", title=title, note=note
    )
    printed = render_print_parts(
        rows,
        columns,
        wide_prefix="diagram-grunder-bred",
        id_prefix="diagram-grunder-utskrift",
        title=title,
        note=note,
    )
    table = f'<a href="#{table_id}">Tabellen under diagrammet</a>'
    caption = f"<figcaption>{table} visar enhet för enhet vad diagrammet visar. {left_out}"
    # one of the two is shown, by the screen's width, and on paper the parts (trygg.css)
    charts = chart_box(narrow, "trygg-chart--smal") + chart_box(wide, "trygg-chart--bred")
    charts += printed_boxes(printed)
    figure = '<figure class="trygg-figure trygg-heatmap">'
    return f"{figure}{charts}{caption.strip()}</figcaption></figure>"


def _heatmap_left_out(without_plan: int, unread: int) -> str:
    left_out = [
        *([f"{plural(without_plan, 'enhet', 'enheter')} utan plan"] if without_plan else []),
        *([f"{plural(unread, 'enhet', 'enheter')} vars filer inte kunde läsas"] if unread else []),
    ]
    return f"Diagrammet visar inte {' och '.join(left_out)}." if left_out else ""


def _state(coverage: GroundCoverage) -> str:
    if coverage.findings:
        return "fynd"
    return "utan" if coverage.examined else "saknas"


def _of(count: int, total: int) -> str:
    return f"{count} av {total}"


def chart_table(table_id: str, caption: str, head: str, rows: str) -> str:
    return (
        f'<table id="{table_id}"><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _drawn(sections: tuple[BarSection, ...], prefix: str, title: str, table_id: str) -> str:
    """The bar chart for a phone and for a desktop, each in its box; one is shown."""
    narrow = render_bars(sections, prefix, title, colour=DEFAULT_BRAND, table_id=table_id)
    wide = render_bars(
        sections, f"{prefix}-bred", title, colour=DEFAULT_BRAND, table_id=table_id, width=WIDE
    )
    return chart_box(narrow, "trygg-chart--smal") + chart_box(wide, "trygg-chart--bred")


def spread_boxes(rows: tuple[Spread, ...], prefix: str, title: str, table_id: str) -> str:
    """The median-and-spread chart (`diagrams.spread`) for a phone and for a desktop."""
    narrow = render_spread(rows, prefix, title, colour=DEFAULT_BRAND, table_id=table_id)
    wide = render_spread(
        rows, f"{prefix}-bred", title, colour=DEFAULT_BRAND, table_id=table_id, width=WIDE
    )
    return chart_box(narrow, "trygg-chart--smal") + chart_box(wide, "trygg-chart--bred")


def chart_figure(svg: str, table: str, title: str, *, shown: bool = False) -> str:
    """The chart and its table, with a caption above them (a figure's caption is its first
    or last child; first, "the table under it" is where it says); `shown`: the caption
    starts with the chart's title, for a chart whose sections name something else."""
    caption = f"<figcaption>{SAME_NUMBERS}</figcaption>"
    if shown:
        caption = f"<figcaption><strong>{escape(title)}.</strong> {SAME_NUMBERS}</figcaption>"
    box = svg if svg.startswith('<div class="trygg-chart') else chart_box(svg)  # or `_drawn`
    # apart by line breaks: with the box left out of the search, the caption's last word
    # and the table's first would otherwise be read as one ("det.Enheternas")
    return f'<figure class="trygg-figure">{caption}\n{box}\n{table}</figure>'
