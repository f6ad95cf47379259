"""One pupil pointed out by what they are, with no name (TP404): "Eleven i 7B som bytte
kön i våras har blivit trakasserad", "Pojken i 8A med diabetes blir retad", "Flickan i
7A som bär slöja", "Hen som är rullstolsburen i 9B".

A singular definite word for a pupil ("eleven", "pojken", "flickan", "killen",
"tjejen", "barnet", "hen", "han", "hon") with a class or a grade close after it, in a
sentence that gives a sensitive characteristic (a ground of discrimination: gender
identity, ethnicity, religion, a disability or a diagnosis, sexual orientation; or
health) or says what one person suffered: the class knows who it is. The class, a
grade or a small group may stand before the word in its sentence too ("I en
undervisningsgrupp i åk 8 har en elev med autism blivit utfryst", "I 5A blev en pojke
knuffad"). With no place at all, a pupil's noun with a ground or health said of them
("en elev med adhd", "barnet som har diabetes") in a sentence that tells what happened
still points one out: it is health data about one pupil (GDPR art. 9). A plural or a
general statement points at no one ("Elever i 7B med funktionsnedsättning …", "Flickor
i åk 8 upplever …", "Om en elev i 7B blir kränkt …", "Om eleven i 7B blir kränkt …",
"En elev med dyslexi har rätt till anpassningar").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CHILD_WORDS, either_case
from generator.rules.characteristics import CHARACTERISTIC, SAID_OF
from generator.rules.harm import HARM_WORD
from generator.rules.harmed import CLASS_IN, SENTENCE_END
from generator.rules.incidents import ALONE, IN_A_PLACE
from generator.rules.pupilcounts import SMALL_SCHOOL

# The word for one pupil, not after a word that makes the sentence a condition or a
# rule ("om eleven"); or (`some`) an indefinite one ("en elev", "ett barn").
ONE_PUPIL = re.compile(
    r"(?<![\wåäö])(?<![Oo]m )(?<![Ii]fall )(?<![Nn]är )"
    rf"(?:[Ee]leven|{'|'.join(map(either_case, CHILD_WORDS))}|(?P<pronoun>[Hh]en|[Hh]an|[Hh]on)"
    r"|(?P<some>[Ee]n[ \t]+(?:elev|pojke|flicka|kille|tjej)|[Ee]tt[ \t]+barn))"
    r"(?![\wåäö])"
)
# An indefinite pupil is one person where the sentence tells what happened ("En elev i
# 7B som bär slöja har blivit hånad"), not a rule or a condition ("Om en elev i 7B blir
# kränkt", "En elev i 7B med funktionsnedsättning kan få stöd").
HAPPENED = re.compile(r"(?i)(?<![\wåäö])(?:har|hade|blev|bytte|fick|var)(?![\wåäö])")
GENERAL = re.compile(
    r"(?i)(?<![\wåäö])(?:om|ifall|när|varje|alla|kan|ska|bör|måste|kunna|skulle|t\.ex"
    r"|rätt|ofta|oftast|ibland|brukar|behöver|vanligen|vanligtvis)(?![\wåäö])"
)
# Its class right after it ("Pojken i 8A", "Eleven (7B)"), at the end of a clause about
# them ("Hen som är rullstolsburen i 9B", "Pojken med diabetes i 8A"), or where they go
# ("Han går i 7B"); one class, not a teacher's several ("i 7B och 8A").
PLACED = re.compile(
    r"(?:[ \t]+(?:som|med)[ \t]+[^.!?\n]{0,40}?|[ \t]+(?:går|gick))?"
    r"(?:[ \t]+(?:i|från|på)[ \t]+|[ \t]*\([ \t]*)(?:klass[ \t]+)?"
    rf"(?:{CLASS_IN.pattern})(?![ \t]*(?:,|och|&)[ \t]*(?:klass[ \t]*)?[1-9])"
)
# Its class, grade or small group before it in its sentence: "I 7B har en elev …", "I en
# undervisningsgrupp i åk 8 har en elev med autism …".
PLACED_BEFORE = re.compile(
    r"(?<![\wåäö])(?:[Ii]|[Ff]rån|[Pp]å)[ \t]+(?:klass[ \t]+)?"
    rf"(?:{CLASS_IN.pattern})(?![ \t]*(?:,|och|&)[ \t]*(?:klass[ \t]*)?[1-9])"
    rf"|(?i:{SMALL_SCHOOL})"
)
# A class's code or a small group, not a grade ("7B", "undervisningsgruppen"; not "åk 8").
PINPOINTED = re.compile(rf"[1-9][A-ZÅÄÖa-zåäö](?![\wåäö])|(?i:{SMALL_SCHOOL})")
# Words that make the one placed in a class its staff ("Hen som undervisar i 9B").
STAFF_WORK = re.compile(
    r"(?i)undervis|mentor|lärar|pedagog|arbetar|jobbar|ansvar|rektor|kurator|personal"
)


def described_pupils(text: str) -> Iterator[tuple[int, str, str]]:
    """(index, the words that point a pupil out, why: `IN_A_PLACE` or `ALONE`) of each pupil
    described so: placed by a class, a grade or a small group after the word for them
    or before it in the sentence; or (`ALONE`) a pupil's noun with a ground or health
    said of them ("en elev med autism") in a sentence that tells what happened."""
    end = -1  # where the sentence last read ends: the next ones in it end there too
    found = _Found(text)
    for match in ONE_PUPIL.finditer(text):
        if match.end() > end:  # else its sentence is read: once a sentence, not once a word
            end = _sentence_end(text, match.end())
        near = PLACED.match(text, match.end(), end)
        if near is None:
            if not match["pronoun"]:
                yield from _unplaced(text, found, match, end)
            continue
        if STAFF_WORK.search(text, match.end(), near.end()):
            continue
        start = _sentence_start(text, match.start())
        if _one_described(found, (start, end), some=match["some"] is not None):
            words = text[match.start() : near.end()]
            yield match.start(), words + ")" if "(" in words else words, IN_A_PLACE


def _unplaced(
    text: str, found: _Found, match: re.Match[str], end: int
) -> Iterator[tuple[int, str, str]]:
    """A pupil's noun with no class after it: placed before it in its sentence ("I 7B
    har en elev med diabetes blivit retad"), or with a ground or health said of them in
    a sentence that tells what happened ("En elev med autism har blivit utfryst")."""
    start = _sentence_start(text, match.start())
    said = SAID_OF.match(text, match.end(), end)
    pupil = text[match.start() : said.end() if said else match.end()]
    place = PLACED_BEFORE.search(text, start, match.start())
    if place is not None and not STAFF_WORK.search(text, place.end(), match.start()):
        some = match["some"] is not None
        # one in a class or a small group ("I 7B har en elev blivit slagen"), as TP406
        # reads "en elev i 7B"; in a grade, as one placed after it
        harmed = some and PINPOINTED.search(place.group()) and _harmed(found, (start, end))
        if harmed or _one_described(found, (start, end), some=some):
            yield match.start(), f"{' '.join(place.group().split())} … {pupil}", IN_A_PLACE
    elif said is not None and _happened(found, (start, end)):
        yield match.start(), pupil, ALONE


def _harmed(found: _Found, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells what one suffered or did, and that it happened."""
    return found.any(HARM_WORD, sentence) and _happened(found, sentence)


def _happened(found: _Found, sentence: tuple[int, int]) -> bool:
    """Whether the sentence says what happened, not a rule or a condition."""
    return not found.any(GENERAL, sentence) and found.any(HAPPENED, sentence)


def _one_described(found: _Found, sentence: tuple[int, int], *, some: bool) -> bool:
    """Whether the sentence gives a sensitive characteristic or (of a definite pupil)
    what they suffered, and (of an indefinite one) says what happened, not a rule."""
    if not some:
        return found.any(CHARACTERISTIC, sentence) or found.any(HARM_WORD, sentence)
    if not found.any(CHARACTERISTIC, sentence) or found.any(GENERAL, sentence):
        return False
    return found.any(HAPPENED, sentence)


class _Found:
    """Whether a pattern is found in a stretch of the text, each pattern's first match
    kept while the stretches start further on in one sentence: a long sentence with a
    word for a pupil in every line is read once, not once a word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.kept: dict[re.Pattern[str], tuple[int, int, int]] = {}  # start, end, found

    def any(self, pattern: re.Pattern[str], stretch: tuple[int, int]) -> bool:
        start, end = stretch
        kept = self.kept.get(pattern)
        if kept is not None and kept[1] == end and kept[0] <= start <= kept[2]:
            return kept[2] < end  # the first match from kept[0] is the first from start
        match = pattern.search(self.text, start, end)
        self.kept[pattern] = (start, end, end if match is None else match.start())
        return match is not None


def _sentence_end(text: str, index: int) -> int:
    stop = SENTENCE_END.search(text, index)
    return stop.start() if stop else len(text)


def _sentence_start(text: str, index: int) -> int:
    """Where the sentence holding `index` starts (its word for a pupil is near its start
    in most sentences; read back at most 200 characters)."""
    window = max(0, index - 200)
    last = window
    for stop in SENTENCE_END.finditer(text, window, index):
        last = stop.end()
    return last
