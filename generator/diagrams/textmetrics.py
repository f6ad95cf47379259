"""Text width and line wrapping for the diagrams, with DejaVu Sans advance widths.

SVG cannot wrap text itself, so every label is broken into lines here. The SVGs
declare `FONT_FAMILY`; DejaVu Sans comes first, and Verdana, the usual stand-in
where DejaVu is missing, has almost the same widths. Browsers that fall back to
`sans-serif` get a narrower font, so text only ever gets shorter than measured.
"""

from __future__ import annotations

import functools
import re
from itertools import repeat

from generator.diagrams._dejavu_widths import BOLD, REGULAR, UNITS_PER_EM

FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif"

# Unknown characters (emoji, other scripts) count as the widest glyph we know,
# so a label can come out too short but never overflows its box.
_FALLBACK = {False: max(REGULAR.values()), True: max(BOLD.values())}
# Only ordinary spaces break lines; no-break spaces (U+00A0, U+202F) keep "5 kap." together.
_BREAKABLE_SPACE = re.compile(r"[ \t\r\n\f\v]+")
# Where a long word may break, shown as a hyphen only there ("till\u00adhörighet").
SOFT_HYPHEN = "\u00ad"


def text_width(text: str, font_size: float, *, bold: bool = False) -> float:
    """Width in pixels of `text` set on one line at `font_size` pixels."""
    return _units(text, bold) * font_size / UNITS_PER_EM


@functools.lru_cache(maxsize=1 << 14)  # the words of a build's labels and posters recur
def _units(text: str, bold: bool) -> int:
    """Width of `text` in font units: whole numbers, so a line's is the sum of its words'
    and spaces' exactly (`wrap` adds them up instead of measuring each line anew)."""
    widths = BOLD if bold else REGULAR
    return sum(map(widths.get, map(ord, text), repeat(_FALLBACK[bold])))  # in C, not per character


def wrap(text: str, max_width_px: float, font_size: float, *, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `max_width_px`.

    Lines break at spaces; a word wider than a whole line is broken at its soft hyphens
    (`SOFT_HYPHEN`), else between characters. Runs of whitespace collapse to one space, as
    they do in SVG. Empty text gives no lines.
    """
    lines: list[str] = []
    current, current_units, space = "", 0, _units(" ", bold)
    for word in _BREAKABLE_SPACE.split(text.strip()):
        word_units = _units(word.replace(SOFT_HYPHEN, ""), bold)
        units = current_units + space + word_units if current else word_units
        if units * font_size / UNITS_PER_EM <= max_width_px:  # as `text_width` of the line
            current = f"{current} {word}" if current else word
            current_units = units
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, max_width_px, font_size, bold=bold)
        lines.extend(pieces[:-1])
        current = pieces[-1]
        current_units = _units(current.replace(SOFT_HYPHEN, ""), bold)
    if current:
        lines.append(current)
    return [line.replace(SOFT_HYPHEN, "") for line in lines]


def wrap_details(parts: list[str], max_width_px: float, font_size: float) -> list[str]:
    """Short details ("Vem: rektor", "När: direkt") on one line joined by a middle dot
    when they fit, else each detail on lines of its own, so none is split from its label."""
    joined = wrap(" · ".join(parts), max_width_px, font_size)
    if len(joined) <= 1:
        return joined
    return [line for part in parts for line in wrap(part, max_width_px, font_size)]


def _break_word(word: str, max_width_px: float, font_size: float, *, bold: bool) -> list[str]:
    """Split one word into pieces that each fit: at its soft hyphens when it has them,
    else keeping at least one character per piece."""
    if SOFT_HYPHEN in word:
        return _hyphenate(word.split(SOFT_HYPHEN), max_width_px, font_size, bold=bold)
    pieces: list[str] = []
    piece, piece_units = "", 0
    for char in word:
        units = piece_units + _units(char, bold)
        if piece and units * font_size / UNITS_PER_EM > max_width_px:  # as `text_width`
            pieces.append(piece)
            piece, units = "", _units(char, bold)
        piece += char
        piece_units = units
    return [*pieces, piece]


def _hyphenate(parts: list[str], max_width_px: float, font_size: float, *, bold: bool) -> list[str]:
    """A word's parts (between its soft hyphens) joined into as few lines as fit, each line
    but the last ending in a hyphen; a part too wide even alone is broken as a word is."""
    pieces: list[str] = []
    piece = parts[0]
    for part in parts[1:]:
        if text_width(f"{piece}{part}-", font_size, bold=bold) <= max_width_px:
            piece += part
            continue
        pieces.append(f"{piece}-")
        piece = part
    broken = [*pieces, piece]
    return [
        line for piece in broken for line in _break_word(piece, max_width_px, font_size, bold=bold)
    ]
