"""generator.diagrams.textmetrics: DejaVu Sans widths and wrapping."""

from __future__ import annotations

import itertools

import pytest

from generator.diagrams._dejavu_widths import BOLD, REGULAR, UNITS_PER_EM
from generator.diagrams.textmetrics import text_width, wrap, wrap_details

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
