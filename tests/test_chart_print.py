"""Long charts on A4 paper (issue 18): the heat map of units × grounds and a school's
results year by year print in parts that each fit a page, at the scale of every other
chart, instead of one drawing squeezed to a page's height; the screen shows what it did."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from generator.diagrams import barprint, heatprint
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.heatmap import HeatRow
from generator.diagrams.heatwide import GAP, render_wide_heatmap
from generator.review.charts import GROUND_STATES

CSS = Path(__file__).resolve().parents[1] / "theme" / "overrides" / "assets" / "trygg.css"
COLUMNS = [f"Grund {n}" for n in range(1, 8)]
STATES = ("fynd", "utan", "saknas")


def _rows(count: int) -> list[HeatRow]:
    return [
        HeatRow(f"Enhet {n:03d}", tuple(STATES[(n + c) % 3] for c in range(7)))
        for n in range(count)
    ]


def _height(svg: str) -> float:
    return barprint.height(svg)


def _parts(count: int) -> list[str]:
    return heatprint.render_print_parts(
        _rows(count), COLUMNS, wide_prefix="w", id_prefix="k", title="Karta", table_id="t"
    )


def _windows(parts: list[str]) -> list[tuple[float, float]]:
    """Each part's window onto the wide map's rows: where it starts in the map, and its
    height."""
    found = []
    for part in parts:
        shift = re.search(r'<use href="#w-rader" transform="translate\(0 (-?[0-9.]+)\)"/>', part)
        clip = re.search(
            r'<clipPath id="[^"]+"><rect x="0" y="([0-9.]+)" width="680" '
            r'height="([0-9.]+)"/>',
            part,
        )
        assert shift is not None and clip is not None
        found.append((float(clip[1]) - float(shift[1]), float(clip[2])))
    return found


def _starts_a_row(y: float, ends: list[float]) -> bool:
    return any(abs(y - end) < 0.1 for end in ends)  # as drawn: to a tenth


def test_a_heat_map_that_fits_a_page_has_no_parts() -> None:
    assert _parts(10) == []


def test_a_long_heat_map_prints_every_unit_once_in_parts_of_a_page_each() -> None:
    for count in (100, 300):
        parts = _parts(count)
        assert len(parts) >= count // 30
        assert _height(parts[0]) <= heatprint.FIRST  # under the page's heading
        assert all(_height(part) <= heatprint.PAGE for part in parts)
        # each shows the wide map's head, and a window onto its rows, the next one's
        # starting where the one before ends: every row once, none cut
        assert all('<use href="#w-huvud"/>' in part for part in parts)
        windows = _windows(parts)
        top = heatprint.rows_top(COLUMNS)
        heights = [heatprint.row_height(row) for row in _rows(count)]
        ends = [top + sum(heights[:n]) for n in range(count + 1)]

        assert abs(windows[0][0] - top) < 0.1
        for (start, height), (after, _h) in itertools.pairwise(windows):
            assert _starts_a_row(start, ends) and _starts_a_row(after, ends)
            assert after - GAP <= start + height < after  # not the next row's edge
        # drawn as wide as the wide map: its text the same size on every page
        assert all('viewBox="0 0 680 ' in part for part in parts)
        # a few hundred bytes each, not a second map
        assert sum(map(len, parts)) < 1_000 * len(parts)


def test_the_wide_map_groups_its_head_and_its_rows_for_the_parts() -> None:
    drawn = render_wide_heatmap(_rows(3), COLUMNS, GROUND_STATES, id_prefix="w", title="K")
    assert '<g id="w-huvud">' in drawn and '<g id="w-rader">' in drawn
    assert drawn.index('<g id="w-huvud">') < drawn.index('<g id="w-rader">')


def test_each_part_is_a_named_and_described_image_of_its_own() -> None:
    parts = _parts(100)
    for number, part in enumerate(parts, start=1):
        prefix = f"k-del-{number}"
        assert 'role="img"' in part
        assert f'aria-labelledby="{prefix}-title"' in part
        assert f'aria-describedby="{prefix}-desc t"' in part
        title = re.search(r"<title[^>]*>(.*?)</title>", part)
        assert title is not None
        assert title[1].startswith(f"Karta, del {number} av {len(parts)}: Enhet ")
        desc = rf'<desc id="{prefix}-desc">\d+ av 100 enheter: Enhet \d+ – Enhet \d+\.</desc>'
        assert re.search(desc, part)


def test_the_portal_heat_map_is_described_by_its_summary_not_by_its_table() -> None:
    """The table is the map's alternative, linked from the caption: as a description a
    screen reader would read all of its rows."""
    rows = _rows(3)
    wide = render_wide_heatmap(rows, COLUMNS, GROUND_STATES, id_prefix="w", title="K")
    assert 'aria-describedby="w-desc"' in wide


def _sections(count: int) -> list[BarSection]:
    bars = (Bar("februari 2025", 80.0, "80 %"), Bar("februari 2026", 85.0, "85 %"))
    return [BarSection(f"Trygg, Åk {n}", bars) for n in range(count)]


def _trend_parts(count: int) -> list[str]:
    return barprint.render_print_parts(
        _sections(count),
        "trend-1",
        "Resultat år för år",
        colour="#1f5f8b",
        table_id="trend-metod-1",
        summary=lambda part: f"{len(part)} resultat.",
    )


def test_a_short_trend_prints_whole_and_a_long_one_in_parts_of_whole_sections() -> None:
    assert _trend_parts(2) == []
    parts = _trend_parts(12)
    assert len(parts) >= 2
    assert all(_height(part) <= barprint.PART for part in parts)
    titles = [t for part in parts for t in re.findall(r">(Trygg, Åk \d+)", part)]
    assert titles == [f"Trygg, Åk {n}" for n in range(12)]  # every section once, in order
    for number, part in enumerate(parts, start=1):
        assert f'aria-describedby="trend-1-del-{number}-desc trend-metod-1"' in part
        assert f"Resultat år för år, del {number} av {len(parts)}" in part
    whole = render_bars(_sections(12), "trend-1", "R", colour="#1f5f8b", table_id="trend-metod-1")
    assert _height(whole) > barprint.PART  # what was squeezed onto one page


def _print_css() -> str:
    css = CSS.read_text(encoding="utf-8")
    return css[css.index("@media print {") :]


def test_the_parts_show_only_on_paper_and_replace_the_chart_there() -> None:
    css = CSS.read_text(encoding="utf-8")
    screen = css[: css.index("@media print {")]
    assert re.search(r"\.trygg-chart--utskrift \{\s*display: none;", screen)
    printed = _print_css()
    hide = (
        ".trygg-figure:has(> .trygg-chart--utskrift) > "
        ".trygg-chart:not(.trygg-chart--utskrift) {\n    display: none;"
    )
    assert hide in printed
    assert re.search(r"\.trygg-figure > \.trygg-chart--utskrift \{\s*display: block;", printed)
    # a chart (a part) never breaks; a figure in parts breaks between them
    assert re.search(r"\.trygg-chart \{\s*break-inside: avoid;", printed)
    assert ":not(:has(table, .trygg-chart--utskrift)) {\n    break-inside: avoid;" in printed


def test_the_heat_map_prints_its_wide_drawing_across_the_page() -> None:
    printed = _print_css()
    assert re.search(r"\.trygg-heatmap > \.trygg-chart--smal \{\s*display: none;", printed)
    assert re.search(r"\.trygg-heatmap > \.trygg-chart--bred \{\s*display: block;", printed)
    assert re.search(
        r"\.trygg-heatmap > \.trygg-chart > svg\.trygg-diagram \{\s*max-width: 180mm", printed
    )


def test_a_portal_figure_is_kept_with_nothing_after_it() -> None:
    """A figure with its table in it (the portal) is not kept with what follows: kept, the
    granskning's "I diagram" moved to a page of its own and left the first page empty."""
    printed = _print_css()
    assert ".trygg-figure:has(> .trygg-chart):not(:has(table)),\n" in printed
    assert re.search(r"\.trygg-figure > figcaption:first-child \{\s*break-after: avoid;", printed)
    # a grid broke between its items wherever it had to: the caption left behind
    assert re.search(r"html \.md-typeset \.trygg-figure \{\s*display: block;", printed)
    assert not re.search(r"\.trygg-figure:has\(> \.trygg-chart\),\n", printed)
