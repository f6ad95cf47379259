"""A full date with four digits after it: a meeting's date and time, or a pupil's
personnummer ("2012-03-04 1239", "2012/03/04/1239")?

Told by the words before it in its sentence: after a word for a personal number ("pnr",
"född") it is a personnummer; after a word for a pupil, a child or a class ("Elev i
5A: 2012-03-04 1239") too, unless a word for a meeting or a clock stands between that
word and the number ("Klass 8B träffas 2024-09-17 1330", "Elev i 5A, möte 2026-03-04
1300"); else a time ("Möte 2026-03-04 1300 i aulan"), or a web address's folders
("…/2012/03/04/1239"). A meeting's time is written "kl. 13.00" or "13:00", which no
personnummer is; a date and four digits in a run is how a personnummer is written, so
when a pupil is named before it, a personnummer is what it is taken for.
"""

from __future__ import annotations

import re

from generator.personal_data.classes import digit_class
from generator.personal_data.worded import PERSON_WORD, SENTENCE_END, WORD_REACH, WORD_START

# A word for a pupil or a child, or a class ("8B"), before a grouped number; not the
# elevhälsa, whose staff's number follows it ("Elevhälsan 08 12 34 56 78").
PUPIL_WORD = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:elev(?!häls)|klass|årskurs|barn|pojk|flick|kille|tjej|son|dotter|åk(?![\wåäö])"
    rf"|{digit_class()}(?![\wåäöÅÄÖ]))",
    re.IGNORECASE,
)
# Words for a meeting, its time or its date: whole words ("kl." and "kl" alike).
# Also a meeting named by its pupils ("Elevrådet", "Klassrådsmöte"): looked for from
# the pupil's word's start.
MEETING_WORD = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:\w*(?:möte[nt]?|möts|råd(?:et|s\w*)?|träff\w*|samtal\w*)|kl|klockan"
    r"|tid|tiden|tidpunkt|datum|start\w*|börjar|slutar|schema\w*)(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)


def pupil_before(text: str, start: int) -> bool:
    """Whether a word for a personal number, or one for a pupil or a class with no word
    for a meeting or a clock after it, comes before `start` in its sentence (at most
    `WORD_REACH` characters before it)."""
    before = text[max(0, start - WORD_REACH) : start]
    sentence = SENTENCE_END.split(before)[-1]
    # (`WORD_START` first: many times quicker than `PERSON_WORD`, which ignores case.)
    if WORD_START.search(sentence.lower()) and PERSON_WORD.search(sentence):
        return True
    pupils = list(PUPIL_WORD.finditer(sentence))
    return bool(pupils) and MEETING_WORD.search(sentence, pupils[-1].start()) is None
