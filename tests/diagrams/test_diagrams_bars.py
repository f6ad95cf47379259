"""Survey bar charts as SVG: golden file, contrast of bars, labels and a goal's mark, what
the chart names, and that every figure stands inside a chart narrow enough for a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_support import assert_golden
from svg_inspect import NS, parse, placed_texts

from generator.colours import contrast_ratio
from generator.diagrams import theme
from generator.diagrams.bargoals import Target
from generator.diagrams.bars import Bar, BarSection, bar_colour, render_bars
from generator.diagrams.textmetrics import text_width

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"

SECTIONS = (
    BarSection(
        "Känner sig trygg i skolan",
        (
            Bar("Åk 7", 89, "89 %"),
            Bar("Åk 9", 85, "85 %"),
            Bar("Elever i anpassad grundskola och särskild undervisningsgrupp", 71.5, "71,5 %"),
            Bar("Åk 8", 100, "100 %"),
        ),
        (Target(90, "90 %"),),
    ),
    BarSection(
        "Utsatt för sexuella trakasserier", (Bar("Flickor", 17, "17 %"), Bar("Pojkar", 6, "6 %"))
    ),
)
# A school's colour of each kind: dark, too light for bars, and mid-dark, where neither
# white nor near-black text reaches 4.5:1 on the bar.
COLOURS = ["#1f5f8b", "#f5c400", "#ffb3c7", "#2e7d32", "#c0392b", "#7f7f7f"]


# A trend: short names (periods), two goals' aims.
TREND = (
    BarSection(
        "Känner sig trygg i skolan, Åk 7 (mål: minst 90 %)",
        (Bar("november 2024", 85, "85 %"), Bar("september 2025", 89, "89 %")),
        (Target(90, "90 %"),),
    ),
    BarSection(
        "Utsatt för sexuella trakasserier, Flickor (mål: högst 7 %)",
        (Bar("november 2024", 21, "21 %"), Bar("september 2025", 17, "17 %")),
        (Target(7, "7 %"),),
    ),
)


def chart(colour: str = "#1f5f8b", sections: tuple[BarSection, ...] = SECTIONS) -> str:
    return render_bars(sections, "diagram-k1", "Resultat per grupp", colour=colour, table_id="t-k1")


def test_matches_golden_file() -> None:
    assert_golden(GOLDEN / "stapeldiagram.svg", chart())


def test_a_trend_matches_its_golden_file() -> None:
    assert_golden(GOLDEN / "stapeldiagram-trend.svg", chart(sections=TREND))


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize("sections", [SECTIONS, TREND], ids=["names-above", "names-beside"])
def test_bars_reach_3_to_1_and_every_label_4_5_to_1(
    colour: str, sections: tuple[BarSection, ...]
) -> None:
    svg = chart(colour, sections)
    bars = {r.get("fill") for r in parse(svg).iter(f"{NS}rect")} - {theme.CARD}
    assert bars == {bar_colour(colour)}
    assert contrast_ratio(bar_colour(colour), theme.CARD) >= 3
    for text in placed_texts(svg):
        assert text.background is not None, text.text
        assert contrast_ratio(text.fill, text.background) >= 4.5, (colour, text)


def test_the_chart_names_its_table_and_says_every_bar_in_words() -> None:
    root = parse(chart())
    assert root.get("role") == "img"
    assert root.get("aria-describedby") == "diagram-k1-desc t-k1"
    desc = root.find(f"{NS}desc")
    assert desc is not None and desc.text is not None
    assert "Känner sig trygg i skolan: Åk 7 89 %, Åk 9 85 %" in desc.text
    assert "Pojkar 6 %" in desc.text


def test_the_same_input_gives_the_same_bytes() -> None:
    assert chart() == chart()


def test_a_long_group_name_wraps_inside_the_card() -> None:
    width = float(parse(chart()).get("viewBox", "").split()[2])
    for text in placed_texts(chart()):
        assert 0 < text.point[0] < width, text.text


PHONE_CONTENT = 288  # CSS px a page's content has at 320 px (Material's margins)
LEAST_TEXT_PX = 12


@pytest.mark.parametrize("sections", [SECTIONS, TREND], ids=["names-above", "names-beside"])
def test_every_figure_stands_inside_a_chart_a_phone_shows_at_a_readable_size(
    sections: tuple[BarSection, ...],
) -> None:
    root = parse(chart(sections=sections))
    width = float(root.get("viewBox", "").split()[2])
    smallest = min(float(t.get("font-size", "0")) for t in root.iter(f"{NS}text"))
    assert smallest * min(1.0, PHONE_CONTENT / width) >= LEAST_TEXT_PX, (width, smallest)
    for text in placed_texts(chart(sections=sections)):
        half = text_width(text.text, text.size, bold=text.bold) / 2
        assert half < text.point[0] < width - half, text.text


def _goal_marks(svg: str) -> list[tuple[str, float]]:
    """(stroke, x) of every line but the scale's faint ones."""
    lines = parse(svg).iter(f"{NS}line")
    return [
        (m.get("stroke", ""), float(m.get("x1", "0")))
        for m in lines
        if m.get("stroke") != theme.CARD_BORDER
    ]


@pytest.mark.parametrize("colour", COLOURS)
def test_the_goal_is_named_and_its_mark_shows_over_the_bars_and_on_the_card(colour: str) -> None:
    """Behind the bars, a mark vanished into every bar that passed the aim (issue 18's
    examiner saw stubs): it is drawn over them, its dark core on the card and its
    card-coloured edges on a bar each 3:1 or more, its name 4.5:1."""
    svg = chart(colour)
    assert "mål 90 %" in [t.text for t in placed_texts(svg)]
    strokes = {stroke for stroke, _x in _goal_marks(svg)}
    assert strokes == {theme.CARD, theme.INK}, strokes  # the mark and its edges
    assert len({x for _stroke, x in _goal_marks(svg)}) == 1  # one aim, one place
    assert contrast_ratio(theme.INK, theme.CARD) >= 4.5  # the core, and the name's ink
    assert contrast_ratio(theme.CARD, bar_colour(colour)) >= 3  # its edges on a bar
    assert len(_goal_marks(svg)) == 2 * 4  # at each of the section's four bars
    drawn = list(parse(chart(colour, SECTIONS[:1])).iter())  # the section with the goal
    marks = [i for i, el in enumerate(drawn) if el.get("stroke") == theme.INK]
    bars = [i for i, el in enumerate(drawn) if el.get("fill") == bar_colour(colour)
            and el.get("height") == "24"]  # fmt: skip
    assert min(marks) > max(bars), "the marks stand over the bars"


@pytest.mark.parametrize("sections", [SECTIONS, TREND], ids=["names-above", "names-beside"])
def test_the_scale_lines_stand_where_the_bars_are_not_through_a_title(
    sections: tuple[BarSection, ...],
) -> None:
    svg = chart(sections=sections)
    grid = [m for m in parse(svg).iter(f"{NS}line") if m.get("stroke") == theme.CARD_BORDER]
    assert grid
    for title in (t for t in placed_texts(svg) if t.size == 15):  # the measures' titles
        top, bottom = title.point[1] - title.size, title.point[1] + 4
        for mark in grid:
            y1, y2 = float(mark.get("y1", "0")), float(mark.get("y2", "0"))
            assert y2 < top or y1 > bottom, (title.text, y1, y2)


def test_short_names_stand_beside_their_bars_and_long_ones_above() -> None:
    def rows(svg: str) -> dict[str, float]:
        """The middle height of each group's name."""
        return {t.text: t.point[1] for t in placed_texts(svg)}

    def bar_middles(svg: str) -> list[float]:
        bars = [r for r in parse(svg).iter(f"{NS}rect") if r.get("fill") == bar_colour("#1f5f8b")]
        return [float(r.get("y", "0")) + float(r.get("height", "0")) / 2 for r in bars]

    beside, above = chart(sections=TREND), chart()
    assert all(any(abs(rows(beside)[n] - m) < 2 for m in bar_middles(beside))
               for n in ("november 2024", "september 2025"))  # fmt: skip
    assert not any(abs(rows(above)["Åk 7"] - m) < 2 for m in bar_middles(above))


@pytest.mark.parametrize(
    ("value", "aim"),
    [(90, 90), (100, 100), (93, 90), (91, 90), (7, 7), (8, 7)],
    ids=["at-the-aim", "at-100", "value-over-the-mark", "just-past", "short-bar", "short-past"],
)
def test_a_goal_mark_shows_whole_whatever_the_value(value: float, aim: float) -> None:
    """A bar that ends at the aim, or whose value would stand on the mark: the mark is
    still one line from above the bars to its name, and no value hides any of it."""
    bars = (Bar("november 2024", 85, "85 %"), Bar("november 2025", value, f"{value} %"))
    svg = chart(sections=(BarSection("Känner sig trygg", bars, (Target(aim, f"{aim} %"),)),))
    ink = [m for m in parse(svg).iter(f"{NS}line") if m.get("stroke") == theme.INK]
    assert len(ink) == 1, "one line through both bars, not a stub at each"
    at, top, bottom = (float(ink[0].get(k, "0")) for k in ("x1", "y1", "y2"))
    rows = [r for r in parse(svg).iter(f"{NS}rect") if r.get("fill") == bar_colour("#1f5f8b")]
    bar_tops = [float(r.get("y", "0")) for r in rows if float(r.get("height", "0")) == 24]
    assert top < min(bar_tops) and bottom > max(bar_tops) + 24
    name = next(t for t in placed_texts(svg) if t.text == f"mål {aim} %")
    assert bottom >= name.point[1] - name.size, "the mark reaches down to its name"
    for text in placed_texts(svg):
        if text.bold and text.text.endswith("%") and not text.text.startswith("mål"):  # a value
            half = text_width(text.text, text.size, bold=text.bold) / 2 + 2  # and its patch
            assert abs(text.point[0] - at) > half + 3, f"{text.text} hides the mark"
