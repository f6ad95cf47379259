"""One pupil pointed out by what they are, with no name (TP404): "Eleven i 7B som bytte
kön i våras har blivit trakasserad", "Pojken i 8A med diabetes blir retad", "Flickan i
7A som bär slöja", "Hen som är rullstolsburen i 9B".

A singular definite word for a pupil ("eleven", "pojken", "flickan", "killen",
"tjejen", "barnet", "hen", "han", "hon") with a class or a grade close after it, in a
sentence that gives a sensitive characteristic (a ground of discrimination: gender
identity, ethnicity, religion, a disability or a diagnosis, sexual orientation; or
health) or says what one person suffered: the class knows who it is. A plural or a
general statement points at no one ("Elever i 7B med funktionsnedsättning …", "Flickor
i åk 8 upplever …", "Om en elev i 7B blir kränkt …", "Om eleven i 7B blir kränkt …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CHILD_WORDS, either_case
from generator.rules.harm import HARM_WORD
from generator.rules.harmed import CLASS_IN, SENTENCE_END

# The word for one pupil, not after a word that makes the sentence a condition or a
# rule ("om eleven"); or (`some`) an indefinite one ("en elev", "ett barn").
ONE_PUPIL = re.compile(
    r"(?<![\wåäö])(?<![Oo]m )(?<![Ii]fall )(?<![Nn]är )"
    rf"(?:[Ee]leven|{'|'.join(map(either_case, CHILD_WORDS))}|[Hh]en|[Hh]an|[Hh]on"
    r"|(?P<some>[Ee]n[ \t]+(?:elev|pojke|flicka|kille|tjej)|[Ee]tt[ \t]+barn))"
    r"(?![\wåäö])"
)
# An indefinite pupil is one person where the sentence tells what happened ("En elev i
# 7B som bär slöja har blivit hånad"), not a rule or a condition ("Om en elev i 7B blir
# kränkt", "En elev i 7B med funktionsnedsättning kan få stöd").
HAPPENED = re.compile(r"(?i)(?<![\wåäö])(?:har|hade|blev|bytte|fick|var)(?![\wåäö])")
GENERAL = re.compile(
    r"(?i)(?<![\wåäö])(?:om|ifall|när|varje|alla|kan|ska|bör|måste|kunna|skulle|t\.ex)"
    r"(?![\wåäö])"
)
# Its class right after it ("Pojken i 8A", "Eleven (7B)"), at the end of a clause about
# them ("Hen som är rullstolsburen i 9B", "Pojken med diabetes i 8A"), or where they go
# ("Han går i 7B"); one class, not a teacher's several ("i 7B och 8A").
PLACED = re.compile(
    r"(?:[ \t]+(?:som|med)[ \t]+[^.!?\n]{0,40}?|[ \t]+(?:går|gick))?"
    r"(?:[ \t]+(?:i|från|på)[ \t]+|[ \t]*\([ \t]*)(?:klass[ \t]+)?"
    rf"(?:{CLASS_IN.pattern})(?![ \t]*(?:,|och|&)[ \t]*(?:klass[ \t]*)?[1-9])"
)
# Words that make the one placed in a class its staff ("Hen som undervisar i 9B").
STAFF_WORK = re.compile(
    r"(?i)undervis|mentor|lärar|pedagog|arbetar|jobbar|ansvar|rektor|kurator|personal"
)
# What the law protects from discrimination, and health, as said of one person.
CHARACTERISTIC = re.compile(
    r"(?i)(?<![\wåäö])(?:"
    r"(?:bytt|bytte|byter|byta)[ \t]+kön|kön(?:s)?(?:identitet|uttryck|byte|överskridande)\w*"
    r"|trans(?:person|kille|tjej)?|icke-binär\w*|intersex\w*"
    r"|etnisk\w*|hudfärg\w*|nyanländ\w*|romsk\w*|samisk\w*|judisk\w*|jude|muslim\w*"
    r"|slöja\w*|hijab\w*|kippa\w*|turban\w*|religiös\w*|kristen|katolik\w*|buddhist\w*"
    r"|hindu\w*|sikh\w*|ateist\w*|mörkhy\w*|utländsk[ \t]+bakgrund|transsexuell\w*"
    r"|dyslekt\w*|blind|döv\w*|synskadad\w*|hörselskadad\w*|npf|(?:är|var)[ \t]+\d{1,2}[ \t]+år"
    r"|funktionsnedsättning\w*|funktionsvariation\w*|diagnos\w*|rullstol\w*|diabetes"
    r"|insulin\w*|adhd|add|autism\w*|asperger\w*|epilepsi\w*|dyslexi\w*|hörapparat\w*"
    r"|synnedsättning\w*|hörselnedsättning\w*|tourette\w*|downs[ \t]+syndrom|cp-skad\w*"
    r"|homosexuell\w*|bisexuell\w*|lesbisk\w*|gay|hbtq\w*|queer|sexuell[ \t]+läggning"
    r"|ångest|depression\w*|självskad\w*|ätstörning\w*|cancer|sjukdom\w*"
    r")(?![\wåäö])"
)


def described_pupils(text: str) -> Iterator[tuple[int, str]]:
    """(index, the words that point a pupil out) of each pupil described so."""
    end = -1  # where the sentence last read ends: the next ones in it end there too
    found = _Found(text)
    for match in ONE_PUPIL.finditer(text):
        if match.end() > end:  # else its sentence is read: once a sentence, not once a word
            end = _sentence_end(text, match.end())
        near = PLACED.match(text, match.end(), end)
        if near is None or STAFF_WORK.search(text, match.end(), near.end()):
            continue
        start = _sentence_start(text, match.start())
        if _one_described(found, (start, end), some=match["some"] is not None):
            words = text[match.start() : near.end()]
            yield match.start(), words + ")" if "(" in words else words


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
