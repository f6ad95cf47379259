"""What a plan's chart shows, in one sentence: its text alternative (`<desc>`). Every
figure stands in the table the chart names (`aria-describedby`), right after it: a
description that read every bar again was heard twice, 700 characters of numbers before
the table. The sentence names only figures the table shows, written as the table writes
them (the bars' texts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.diagrams.bars import Bar, BarSection
from generator.render.plan.trend_gaps import PROTECTED
from generator.text import listing

MANY_GROUPS = 4  # more groups of a measure than this are counted, not named


def by_group(sections: Sequence[BarSection], left_out: int = 0) -> str:
    """The groups' chart: per measure, the group with the highest share and the lowest
    ("Känner sig trygg i skolan: högst Åk 2 (94 %), lägst Åk 6 (83 %)"), and how many
    groups it leaves out, withheld (the note under the chart and the table name them)."""
    parts = [_extremes(s.title, s.bars) for s in sections if s.bars]
    if parts and left_out:
        groups = "en grupp" if left_out == 1 else f"{left_out} grupper"
        parts.append(f"{groups} visas inte, {PROTECTED}")
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


def over_time(sections: Sequence[BarSection], about: str = "") -> str:
    """The year-by-year chart: what it follows (`about`, from `followed`), and for how
    many of its series the latest share is higher than the one before it, lower, or the
    same (as the table writes them)."""
    said = _changes(sections)
    return f"{about}: {said[:1].lower()}{said[1:]}" if about else said


def followed(
    series: Sequence[tuple[str, str]], aims: Mapping[str, str], made: Sequence[str]
) -> str:
    """What a chart year by year follows, as its table's columns name it: each measure with
    its groups (their number, when there are many) and its aim, and its first and last
    period ("Trygg (Åk 7, Åk 9; mål: minst 90 %), november 2024 och september 2025")."""
    groups: dict[str, list[str]] = {}
    for measure, group in series:
        groups.setdefault(measure, []).append(group)
    named = [
        f"{measure} ({_groups(found)}{f'; mål: {aims[measure]}' if aims.get(measure) else ''})"
        for measure, found in groups.items()
    ]
    when = f"{made[0]} och {made[-1]}" if len(made) == 2 else f"{made[0]} till {made[-1]}"
    return f"{listing(named)}, {when}"


def _groups(groups: Sequence[str]) -> str:
    return ", ".join(groups) if len(groups) <= MANY_GROUPS else f"{len(groups)} grupper"


def _changes(sections: Sequence[BarSection]) -> str:
    # the last two periods, each with a value (a gap is no change)
    last_two = [s.bars[-2:] for s in sections if len(s.bars) >= 2]
    compared = [bars for bars in last_two if not any(b.missing for b in bars)]
    if not compared:
        return f"Diagrammet visar {len(sections)} resultat med ett värde var."
    up = sum(1 for before, now in compared if now.text != before.text and now.value > before.value)
    down = sum(
        1 for before, now in compared if now.text != before.text and now.value < before.value
    )
    same = len(compared) - up - down
    counts = {"högre": up, "lägre": down, "lika": same}
    told = [f"{word} i {n}" for word, n in counts.items() if n]
    if len(told) == 1 and len(compared) == 1:
        word = next(word for word, n in counts.items() if n)
        return f"Jämfört med mätningen före var andelen {word}."
    if len(told) == 1:
        told = [f"{word} i alla {n}" for word, n in counts.items() if n]
        return f"Jämfört med mätningen före var andelen {told[0]} resultat."
    return f"Jämfört med mätningen före var andelen {listing(told)} av {len(compared)} resultat."
