"""What a plan's chart shows, in one sentence: its text alternative (`<desc>`). Every
figure stands in the table the chart names (`aria-describedby`), right after it: a
description that read every bar again was heard twice, 700 characters of numbers before
the table. The sentence names only figures the table shows, written as the table writes
them (the bars' texts)."""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagrams.bars import Bar, BarSection
from generator.text import listing


def by_group(sections: Sequence[BarSection]) -> str:
    """The groups' chart: per measure, the group with the highest share and the lowest
    ("Känner sig trygg i skolan: högst Åk 2 (94 %), lägst Åk 6 (83 %)")."""
    parts = [_extremes(s.title, s.bars) for s in sections if s.bars]
    return "; ".join(parts) + "." if parts else ""


def _extremes(title: str, bars: Sequence[Bar]) -> str:
    if len(bars) == 1:
        return f"{title}: {bars[0].label} {bars[0].text}"
    high = max(bars, key=lambda b: b.value)
    low = min(bars, key=lambda b: b.value)
    if high.text == low.text:
        return f"{title}: {high.text} i alla grupper"
    return f"{title}: högst {_all_at(bars, high)}, lägst {_all_at(bars, low)}"


def _all_at(bars: Sequence[Bar], found: Bar) -> str:
    """ "Åk 5 och Åk 6 (86 %)": every group the table shows at `found`'s figure."""
    return f"{listing([b.label for b in bars if b.text == found.text])} ({found.text})"


def over_time(sections: Sequence[BarSection]) -> str:
    """The year-by-year chart: for how many of its series the latest share is higher than
    the one before it, lower, or the same (as the table writes them)."""
    compared = [s.bars[-2:] for s in sections if len(s.bars) >= 2]
    if not compared:
        return f"Diagrammet visar {len(sections)} resultat med ett värde var."
    up = sum(1 for before, now in compared if now.text != before.text and now.value > before.value)
    down = sum(
        1 for before, now in compared if now.text != before.text and now.value < before.value
    )
    same = len(compared) - up - down
    counts = {"högre": up, "lägre": down, "lika": same}
    told = [f"{word} i {n}" for word, n in counts.items() if n]
    if len(told) == 1:
        told = [f"{word} i alla {n}" for word, n in counts.items() if n]
        return f"Jämfört med mätningen före var andelen {told[0]} resultat."
    return f"Jämfört med mätningen före var andelen {listing(told)} av {len(compared)} resultat."
