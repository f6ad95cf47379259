"""generator.diagrams.textmetrics: DejaVu Sans widths and wrapping."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from generator.diagrams._dejavu_widths import BOLD, REGULAR, UNITS_PER_EM
from generator.diagrams.textmetrics import SOFT_HYPHEN, text_width, wrap, wrap_details

SWEDISH = (
    "Åtgärdsansvarig förstelärare återkopplar skyndsamt till vårdnadshavare och elevhälsoteamet"
)


def test_table_covers_swedish_letters_quotes_dashes_and_arrows() -> None:
    for char in "åäöÅÄÖéüÉÜ–—‘’“”„…→←↑↓§\u00a0\u202f":
        assert ord(char) in REGULAR, char
        assert ord(char) in BOLD, char


def test_widths_are_dejavu_sans_advances() -> None:
    assert UNITS_PER_EM == 2048
    assert text_width("a", 2048) == 1255
    assert text_width("W", 2048) == 2025
    assert text_width(" ", 2048) == 651
    assert text_width("W", 2048, bold=True) > text_width("W", 2048)


def test_width_scales_with_font_size_and_adds_up() -> None:
    assert text_width("", 15) == 0
    assert text_width("åäö", 30) == pytest.approx(2 * text_width("åäö", 15))
    assert text_width("ab", 15) == pytest.approx(text_width("a", 15) + text_width("b", 15))


def test_unknown_characters_count_as_the_widest_glyph() -> None:
    widest = max(text_width(chr(code), 15) for code in REGULAR)
    assert text_width("字", 15) == widest
    assert text_width("🙂", 15) >= text_width("W", 15)


@pytest.mark.parametrize("max_width", [60, 120, 200, 400])
def test_wrap_keeps_every_word_and_every_line_fits(max_width: float) -> None:
    lines = wrap(SWEDISH, max_width, 15)
    assert "".join(lines).replace(" ", "") == SWEDISH.replace(" ", "")
    if max_width >= max(text_width(word, 15) for word in SWEDISH.split()):
        assert " ".join(lines) == SWEDISH  # no word was broken
    assert all(text_width(line, 15) <= max_width for line in lines)


def test_wrap_fills_lines_greedily() -> None:
    lines = wrap(SWEDISH, 200, 15)
    for line, following in itertools.pairwise(lines):
        first_word = following.split(" ")[0]
        assert text_width(f"{line} {first_word}", 15) > 200


def test_wrap_breaks_an_overlong_word_between_characters() -> None:
    word = "Förstelärarsamordningsgruppsmötesprotokoll"
    lines = wrap(f"{word} följer", 100, 15)
    assert "".join(lines[:-1]) + lines[-1].split(" ")[0] == word
    assert all(text_width(line, 15) <= 100 for line in lines)


def test_wrap_even_a_single_character_wider_than_the_line_gets_a_line() -> None:
    assert wrap("WW", 5, 15) == ["W", "W"]


def test_wrap_collapses_whitespace_and_keeps_no_break_spaces() -> None:
    assert wrap("  SL\u00a05\u00a0kap.\n\n6 §  ", 1000, 15) == ["SL\u00a05\u00a0kap. 6 §"]
    assert wrap("SL\u00a05\u00a0kap.", 40, 15) == ["SL\u00a05\u00a0", "kap."]


def test_wrap_of_nothing_is_no_lines() -> None:
    assert wrap("", 100, 15) == []
    assert wrap("   ", 100, 15) == []


def test_wrap_details_joins_when_they_fit_and_never_splits_a_label_from_its_value() -> None:
    assert wrap_details(["Vem: rektor", "När: direkt"], 300, 13) == ["Vem: rektor · När: direkt"]
    assert wrap_details(["Vem: den som såg det", "När: samma dag"], 180, 13) == [
        "Vem: den som såg det",
        "När: samma dag",
    ]
    assert wrap_details([], 100, 13) == []


def test_a_long_word_breaks_at_its_soft_hyphens_with_a_hyphen_shown_only_there() -> None:
    name = "Köns\u00adöver\u00adskridande identitet eller uttryck"
    lines = wrap(name, 82, 11, bold=True)
    assert lines == ["Könsöver-", "skridande", "identitet", "eller uttryck"]
    assert wrap("Etnisk till\u00adhörighet", 300, 11) == ["Etnisk tillhörighet"]
    assert all("\u00ad" not in line for line in lines)


def _measured_wrap(text: str, max_width_px: float, font_size: float, *, bold: bool) -> list[str]:
    """`wrap` as it was written first: every candidate line measured whole."""

    def pieces_of(word: str) -> list[str]:
        if SOFT_HYPHEN in word:
            parts, done = word.split(SOFT_HYPHEN), []
            piece = parts[0]
            for part in parts[1:]:
                if text_width(f"{piece}{part}-", font_size, bold=bold) <= max_width_px:
                    piece += part
                    continue
                done.append(f"{piece}-")
                piece = part
            return [line for p in [*done, piece] for line in characters(p)]
        return characters(word)

    def characters(word: str) -> list[str]:
        found, piece = [], ""
        for char in word:
            if piece and text_width(piece + char, font_size, bold=bold) > max_width_px:
                found.append(piece)
                piece = ""
            piece += char
        return [*found, piece]

    lines: list[str] = []
    current = ""
    for word in re.split(r"[ \t\r\n\f\v]+", text.strip()):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate.replace(SOFT_HYPHEN, ""), font_size, bold=bold) <= max_width_px:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = pieces_of(word)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        lines.append(current)
    return [line.replace(SOFT_HYPHEN, "") for line in lines]


def test_wrap_adds_widths_up_as_measuring_each_line_would() -> None:
    """Lines are measured by adding up their words' widths: the same lines as measuring
    each candidate line whole, also at widths where a line just fits (seeded texts)."""
    rng = random.Random(11)
    words = [*SWEDISH.split(), "till\u00adhörighet", "W", "😀", "5\u00a0kap.", "x" * 40, "", "–"]
    for _round in range(3000):
        text = rng.choice([" ", "  ", "\n", "\t"]).join(rng.choices(words, k=rng.randint(0, 9)))
        size, bold = rng.choice([8, 10.5, 12, 13.333, 16]), rng.random() < 0.3
        exact = text_width(rng.choice(text.split() or ["a"]).replace(SOFT_HYPHEN, ""), size)
        width = rng.choice([exact, exact * 2.5, rng.uniform(-5, 400), 0.0])
        assert wrap(text, width, size, bold=bold) == _measured_wrap(text, width, size, bold=bold)
