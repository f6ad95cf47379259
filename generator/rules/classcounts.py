"""A few pupils counted out of a class (TP406, beside `rules.counts`).

"2 av 26 i 6A känner sig otrygga" points at the two as much as "2 elever" would: a
count under the threshold, out of a class's total ("av 26", "/26") and placed in a class
("i 6A", "i klassen"), with no word for pupils, in a sentence about harm or about how
they feel (`rules.felt`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CLASS_END, class_code
from generator.rules.counts import BEFORE, sensitive
from generator.rules.pupilcounts import NUMBER_WORDS

_NUMBER = r"\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
_CLASS = class_code(r"\s?")  # "6A", "6 A", "6a", "TE22A"
# "2 av 26 i 6A", "två av 26 elever i klass 6A", "2/26 i klassen"
CLASS_COUNT = re.compile(
    rf"(?<![\w,.\-–/:])(?P<count>{_NUMBER})(?:\s*/\s*|\s+av\s+(?:de\s+)?)(?:{_NUMBER})"
    r"(?:\s+(?:elever(?:na)?|barn(?:en)?))?\s+(?:i|på|från)\s+"
    rf"(?:(?:klass\s+)?{_CLASS}{CLASS_END}"
    r"|(?:min|vår|hela)?\s*klass(?:en)?(?![\wåäö]))",
    re.IGNORECASE,
)


# "I 6A känner sig 2 av 26 otrygga": out of a class's size (not "3 av 10", a share),
# where the sentence names a class
OUT_OF = re.compile(
    rf"(?<![\w,.\-–/:])(?P<count>{_NUMBER})(?:\s*/\s*|\s+av\s+)(?P<total>[1-9]\d)(?![\w%])",
    re.IGNORECASE,
)
CLASS_NAMED = re.compile(r"(?<![\wåäö])(?:[Kk]lass(?:en)?(?![\wåäö])|[1-9][A-ZÅÄÖ](?![\wåäöÅÄÖ]))")


def class_counts(text: str, least: int) -> Iterator[tuple[int, str]]:
    """(index, words) of each count under `least` out of a class's total, in a class or
    in a sentence that names one, about harm or how pupils feel."""
    found: dict[int, str] = {}
    for match in (*CLASS_COUNT.finditer(text), *OUT_OF.finditer(text)):
        count = match["count"].casefold()
        value = NUMBER_WORDS[count] if count in NUMBER_WORDS else int(count)
        if not 0 < value < least or BEFORE.search(text, max(0, match.start() - 14), match.start()):
            continue
        sentence = _sentence(text, match.start(), match.end())
        if match.re is OUT_OF and not _out_of_a_class(match, sentence):
            continue
        if sensitive(sentence):
            found.setdefault(match.start(), " ".join(match.group().split()))
    yield from sorted(found.items())


def _out_of_a_class(match: re.Match[str], sentence: str) -> bool:
    """Whether "2 av 26" counts out of a class the sentence names: not "3 av 10" (a share)
    nor a day and month ("Den 3/12")."""
    total = int(match["total"])
    day = "/" in match[0] and total <= 12
    return total != 10 and not day and CLASS_NAMED.search(sentence) is not None


def _sentence(text: str, start: int, end: int) -> str:
    stops = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    first = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    return text[first : min(stops, default=len(text))]
