"""LIX against values computed by hand (the arithmetic is in each case's comment)."""

from __future__ import annotations

import pytest

from generator.render.student.lix import Lix, lix, page_lix, text_lix, visible_text

CASES = [
    # Jag gillar skolan | Vi leker på rasten: 7 words, 2 sentences, no word over
    # 6 letters ("gillar", "skolan", "rasten" have exactly 6).
    # LIX = 7/2 + 100·0/7 = 3.5
    ("Jag gillar skolan. Vi leker på rasten!", Lix(7, 2, 0), 3.5),
    # Trygghetsteamet träffas varje vecka | Alla elever får vara med | ingen lämnas
    # utanför: 12 words, 3 sentences (":" ends one), long: Trygghetsteamet (15),
    # träffas (7), utanför (7).  LIX = 12/3 + 100·3/12 = 4 + 25 = 29
    (
        "Trygghetsteamet träffas varje vecka. Alla elever får vara med: ingen lämnas utanför.",
        Lix(12, 3, 3),
        29.0,
    ),
    # Dashes split words and numbers are words: F, 3, och, åk, 4, 6 = 6 words,
    # 1 sentence, no long word.  LIX = 6/1 + 0 = 6
    ("F–3 och åk 4–6.", Lix(6, 1, 0), 6.0),
    # Every line is a block: "Hej" and "Du är bra" are 2 sentences, 4 words.
    # LIX = 4/2 + 0 = 2
    ("Hej\nDu är bra", Lix(4, 2, 0), 2.0),
    # A decimal point or a time is no sentence end (no space after it); "..." alone
    # is no sentence.  Klockan (7) 8 30 kommer (6) alla: 5 words, 1 sentence,
    # 1 long.  LIX = 5/1 + 100·1/5 = 25
    ("Klockan 8.30 kommer alla. ...", Lix(5, 1, 1), 25.0),
    ("", Lix(0, 0, 0), 0.0),
]


@pytest.mark.parametrize(("text", "counts", "value"), CASES)
def test_lix_by_hand(text: str, counts: Lix, value: float) -> None:
    assert lix(text) == counts
    assert lix(text).value == pytest.approx(value)


def test_a_student_text_is_one_paragraph() -> None:
    # En mening som fortsätter: the line break is a soft wrap, so 1 sentence,
    # 4 words, 1 long (fortsätter, 10).  LIX = 4/1 + 100·1/4 = 29
    result = text_lix("En mening\nsom fortsätter.")
    assert result == Lix(4, 1, 1)
    assert result.value == pytest.approx(29.0)


def test_rounding_is_half_up() -> None:
    # 3 words, 2 sentences, 0 long: 1.5 -> 2; 5 words in 2 sentences: 2.5 -> 3
    assert Lix(3, 2, 0).rounded == 2
    assert Lix(5, 2, 0).rounded == 3


PAGE = """\
---
title: Ignoreras helt
---

<div class="trygg-poster" markdown>

# <svg role="img" aria-label="Bild"><title>Dold titel</title><path d="M0 0"/></svg>Rubrik

- Första **punkten**
- Andra

</div>
"""


def test_page_counts_only_visible_text() -> None:
    # Visible: "Rubrik" / "Första punkten" / "Andra": 4 words, 3 blocks = 3 sentences,
    # long: punkten (7).  LIX = 4/3 + 100·1/4 = 1.33 + 25 = 26.33
    assert visible_text(PAGE) == "Rubrik\nFörsta punkten\nAndra"
    assert page_lix(PAGE) == Lix(4, 3, 1)
    assert page_lix(PAGE).value == pytest.approx(4 / 3 + 25)
