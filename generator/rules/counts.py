"""Small counts of pupils in free text, beside something sensitive (TP406).

"3 av 4 elever i gruppen uppger att de blivit kränkta" points at the pupils it is
about, as much as a table cell with three answers would. A count under the threshold
next to a word for pupils, in a sentence (or the next one) that names a ground,
health or harm, is flagged. Counts that only describe how work is organised ("två
elever per klass", "grupper om tre elever") are not, nor shares of a population ("tre
av fyra elever": `rules.shares`). How a count is written: `rules.pupilcounts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.rules.countsentences import ENDS, sentence_end, sentence_start
from generator.rules.felt import felt
from generator.rules.harm import HARM_WORD
from generator.rules.pupilcounts import SMALL_COUNT, count_value
from generator.rules.shares import is_share

# Words for what makes a small count sensitive: the grounds, health, and harm done.
SENSITIVE = re.compile(
    r"(?<![\wåäö])(?:kränk|mobb|trakasser|hot(?:ad|at|ade|et|en|s)?(?![\wåäö])|våld|slag(?:en|its)"
    r"|slagna|utsatt(?!\s+tid)|utsatta|rasis|diskrimin|övergrepp|sexuell|homo|bisexuell|hbtq"
    r"|trans(?![\wåäö])|transperson|transsexuell"
    r"|kön(?:s|et)?(?![\wåäö])|etnisk|religi|tro(?![\wåäö])|trosuppfattning|hudfärg"
    r"|funktionsnedsättning|funktionsvariation|diagnos|adhd|autism|npf|sjuk(?!anmäl)|ohälsa"
    r"|psykisk"
    r"|ångest|depression|självskad|skadat\s+sig|skadar\s+sig|ätstörning|bitna|biten|bets"
    r"|sparka|knuffa|retad|retade|utfryst|utestängd|orosanmäl|socialtjänst|polisanmäl|frånvaro)",
    re.IGNORECASE,
)
# A word before the count that makes it a grade, a week or a page, not pupils: a whole
# word ("kränkt av tre elever" is pupils: "av" ends in "v" but is no "v." for vecka).
BEFORE = re.compile(
    r"(?<![\wåäö])(?:åk|årskurs|klass|kl|vecka|v|sidan|kapitel|steg|grupper\s+om"
    r"|grupp\s+om|består\s+av|bestod\s+av|bestående\s+av)\.?\s*$",
    re.IGNORECASE,
)
# How work is organised, not who something happened to: "två elever per klass", "de två
# eleverna var för sig".
ORGANISED = re.compile(
    r"\s*(?:per|från\s+varje|i\s+varje|åt\s+gången|i\s+taget|var\s+för\s+sig)\b", re.I
)
# A sentence that says what is done if something happens ("Om två elever bråkar …",
# "Vid kränkningar samtalar mentorn med …"): a routine, about no one in particular. (Not
# "Vid rasten blev två elever slagna": that one happened.)
ROUTINE_START = re.compile(
    r"\s*(?:om|ifall|vid\s+(?:kränkning|konflikt|bråk|misstanke|behov|incident|händelse)\w*)\s",
    re.IGNORECASE,
)


def small_counts(text: str, least: int) -> Iterator[tuple[int, str]]:
    """(index, words) of each count of pupils under `least` in the sentence (or the one
    after it) that names something sensitive: such a count can point out the pupils."""
    said: dict[tuple[int, int], bool] = {}
    for match in SMALL_COUNT.finditer(text):
        if not _small(match, least) or _organising(text, match) or is_share(text, match):
            continue
        if match["group"] and _anyone(text, match):
            continue
        around = _sentences_around(text, match.start(), match.end())
        if around not in said:  # once a sentence: a long one holds many counts
            said[around] = sensitive(text[around[0] : around[1]])
        if said[around]:
            yield match.start(), " ".join(match.group().split())


# A set time, which is no harm ("vid utsatt tid").
SET_TIME = re.compile(r"(?i)(?<![\wåäö])utsatt\s+tid")


def sensitive(sentences: str) -> bool:
    """Whether sentences name a ground, health or harm (`SENSITIVE`), say what one
    person suffered or did (`harm.HARM_WORD`: "blivit tafsad på") or how pupils feel."""
    if SENSITIVE.search(sentences) or felt(sentences):
        return True
    return HARM_WORD.search(SET_TIME.sub("", sentences)) is not None


def _small(match: re.Match[str], least: int) -> bool:
    if match["one"] or match["named"] or match["only"]:
        return True
    written = [match[g] or "" for g in ("count", "over", "base", "part", "whole", "answers")]
    return any(0 < count_value(c) < least for c in written if c)


# How rules speak of anyone in a group: "Om en elev i anpassad grundskola blir kränkt",
# "När ett barn i förberedelseklassen …", "stöd till en elev i …", "en elev i … som …",
# "En elev i … har rätt till …", "… ska …".
ANYONE_BEFORE = re.compile(
    r"(?<![\wåäö])(?:om|när|ifall|då|varje|alla|vilken|innan|till|för|med|åt|av|hos|mot)\s",
    re.IGNORECASE,
)
ANYONE_AFTER = re.compile(r"\s+som(?![\wåäö])", re.IGNORECASE)
MAY_OR_MUST = re.compile(
    r"(?<![\wåäö])(?:ska|skall|kan|får|bör|måste|behöver|rätt\s+till)(?![\wåäö])", re.I
)


def _anyone(text: str, match: re.Match[str]) -> bool:
    """Whether "en elev" in a small group is anyone there, as a rule speaks, not one."""
    sentence = sentence_start(text, match.start(), ENDS + ":")
    after = text[match.end() : sentence_end(text, match.end())]
    before = ANYONE_BEFORE.search(text, sentence, match.start()) is not None
    return before or bool(ANYONE_AFTER.match(after) or MAY_OR_MUST.search(after))


def _organising(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 14) : match.start()]
    if BEFORE.search(before) or ORGANISED.match(text, match.end()):
        return True
    return ROUTINE_START.match(text, sentence_start(text, match.start())) is not None


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of the match and the next one ("Det gäller 3 elever. De har
    ...") start and end."""
    first = sentence_end(text, end)
    return sentence_start(text, start), sentence_end(text, first + 1)
