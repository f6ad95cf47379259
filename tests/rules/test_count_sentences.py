"""Where a count's sentence starts and ends (TP406, `rules.countsentences`): looked up
by bisection in the end marks found once a text, the same as reading back and on from
the count each time (random texts)."""

from __future__ import annotations

import random

from generator.rules.countsentences import ENDS, sentence_end, sentence_start


def _plain_start(text: str, index: int, ends: str = ENDS) -> int:
    return max(text.rfind(mark, 0, index) for mark in ends) + 1


def _plain_end(text: str, index: int) -> int:
    stops = [i for i in (text.find(mark, index) for mark in ENDS) if i >= 0]
    return min(stops, default=len(text))


def test_sentences_are_found_as_reading_back_and_on_finds_them() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ab .!?\n:") for _ in range(rng.randint(0, 30)))
        for index in range(len(text) + 1):
            assert sentence_start(text, index) == _plain_start(text, index)
            assert sentence_start(text, index, ENDS + ":") == _plain_start(text, index, ENDS + ":")
            assert sentence_end(text, index) == _plain_end(text, index)
