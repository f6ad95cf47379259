"""A bar's value as text: on the bar's end where it fits and reads (4.5:1 on the bar),
else after the bar, else on a card-coloured patch; never over a goal's mark (`bargoals`),
which it steps aside from."""

from __future__ import annotations

from generator.colours import best_text_colour, contrast_ratio
from generator.diagrams import theme
from generator.diagrams.bargoals import REACH, on_patch
from generator.diagrams.svg import TextLine
from generator.diagrams.textmetrics import text_width

VALUE_SIZE = 14.0
TEXT_CONTRAST = 4.5


def value_label(
    text: str, bar: tuple[float, float, float], baseline: float, fill: str, aims: tuple[float, ...]
) -> list[str]:
    """The value on the bar's end when it fits and reads there, else just after the bar
    when there is room, else on a card-coloured patch at the bar's end. On the bar and
    after it, the value steps aside from a goal's mark (`aims`) rather than hide it."""
    start, end, limit = bar  # the bar's ends, and how far right a text may reach
    width = text_width(text, VALUE_SIZE, bold=True)
    ink = best_text_colour(fill)
    right = _clear_of(end - 6 - width, width, aims, leftwards=True) + width
    if right - width >= start + 6 and contrast_ratio(ink, fill) >= TEXT_CONTRAST:
        on_bar = TextLine(text, right, baseline, VALUE_SIZE, ink, bold=True, anchor="end")
        return on_patch(on_bar, fill)
    left = _clear_of(end + 6, width, aims, leftwards=False)
    if left + width <= limit:
        after = TextLine(text, left, baseline, VALUE_SIZE, theme.INK, bold=True)
        return on_patch(after, theme.CARD)
    on_card = TextLine(text, end - 6, baseline, VALUE_SIZE, theme.INK, bold=True, anchor="end")
    return on_patch(on_card, theme.CARD, margin=4.0)


def _clear_of(left: float, width: float, aims: tuple[float, ...], *, leftwards: bool) -> float:
    """Where a text `width` wide that would start at `left` starts so that its patch (2
    units round it) keeps clear of every goal's mark: moved left of or right of a mark."""
    room = REACH + 2 + 1  # the mark's edges, the patch's margin, a unit between
    for at in sorted(aims, reverse=leftwards):
        if left - room < at < left + width + room:
            left = at - room - width if leftwards else at + room
    return left
