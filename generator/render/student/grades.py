"""The grades a text names ("åk 4", "F–1", "förskoleklassen", "klassråden i ettan"), and
whether a text is about a band's pupils: for a finding (which rights a young band's page
explains, `texts.harassment_keys`) and for a pupil forum (which fora a band's page says
took part, `participation`).
"""

from __future__ import annotations

import re

from generator.render.student.bands import Band, parse_grades

# "åk 4", "åk 3–6", "årskurs 2", "F–1".
GRADE_SPANS = re.compile(
    r"\b(?:åk|årskurs(?:erna)?)\s*(?P<span>[Ff0-9]{1,2}(?:\s*[–-]\s*[0-9]{1,2})?)(?![0-9])"
    r"|\b(?P<f>F\s*[–-]\s*[0-9])(?![0-9])",
    re.IGNORECASE,
)
# The school's parts and the grades as children say them: "lågstadiet", "ettan".
WORD_SPANS: dict[str, tuple[int, int]] = {
    "förskoleklass": (0, 0),
    "lågstadie": (1, 3),
    "mellanstadie": (4, 6),
    "högstadie": (7, 9),
    **{word: (n, n) for n, word in enumerate(("ettan", "tvåan", "trean", "fyran"), start=1)},
    **{word: (n, n) for n, word in enumerate(("femman", "sexan", "sjuan", "åttan"), start=5)},
    "nian": (9, 9),
}
GRADE_WORDS = re.compile(rf"\b({'|'.join(WORD_SPANS)})", re.IGNORECASE)


def named_grades(text: str) -> list[tuple[int, int]]:
    """The spans of grades `text` names (F = 0): spans first, then words."""
    spans = [parse_grades(m.group("span") or m.group("f")) for m in GRADE_SPANS.finditer(text)]
    spans += [WORD_SPANS[m.group(1).lower()] for m in GRADE_WORDS.finditer(text)]
    return [span for span in spans if span is not None]


def about_band(text: str, band: Band) -> bool:
    """Whether `text` is about the band's pupils: it names no grade, or one of the band's."""
    spans = named_grades(text)
    return not spans or any(first <= band.last and band.first <= last for first, last in spans)
