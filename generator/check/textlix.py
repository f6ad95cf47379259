"""TP501: which student texts are told as too hard to read, and what the message says
the value was measured on (`check.student` measures them)."""

from __future__ import annotations

from generator.render.student.lix import LONG_WORD, Lix

DataPath = tuple[str | int, ...]


def over_limit(value: Lix, limit: int) -> bool:
    """Whether a text's LIX is over `limit` even with one of its long words a short one.
    In a text of a few words one word moves LIX by 100/words points: "Elevrådet gick
    trygghetsvandringen." has LIX 70 by its two long words, which says nothing of how
    hard it is to read. A text of 20 words or more moves at most 5, the step between two
    age groups' limits; each text also counts in its page's LIX (TP502)."""
    lenient = Lix(value.words, value.sentences, max(value.long_words - 1, 0))
    return lenient.rounded > limit


def too_hard(path: DataPath, band: str, value: Lix, limit: int) -> tuple[str, str]:
    """TP501's message and hint for the text at `path` with LIX `value` on `band`'s page:
    with what the value was measured on, the text's words, sentences and long words."""
    counts = measured_on(value)
    if path[-1] == "bidrag":  # the adults' text, shown on an older band's page for want of one
        message = (
            f"bidraget visas på elevsidan för {band} och har LIX {value.rounded}, över "
            f"gränsen {limit}: {counts}"
        )
        return message, "skriv en elevtext: med korta meningar till eleverna bredvid bidrag:"
    field = path[-1] if isinstance(path[-1], str) else "elevtext"  # ungdomstext from åk 7
    message = f"{field}en har LIX {value.rounded}, över gränsen {limit} för {band}: {counts}"
    return message, "skriv kortare meningar och byt långa ord mot kortare"


def measured_on(value: Lix) -> str:
    """ "12 ord i 1 mening, varav 8 långa (7 bokstäver eller fler)": what LIX was counted
    on, the text alone."""
    sentences = "1 mening" if value.sentences == 1 else f"{value.sentences} meningar"
    letters = f"{LONG_WORD + 1} bokstäver eller fler"
    return f"{value.words} ord i {sentences}, varav {value.long_words} långa ({letters})"
