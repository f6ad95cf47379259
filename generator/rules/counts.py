"""Small counts of pupils in free text, beside something sensitive (TP406).

"3 av 4 elever i gruppen uppger att de blivit kränkta" points at the pupils it is
about, as much as a table cell with three answers would. A count under the threshold
next to a word for pupils, in a sentence (or the next one) that names a ground,
health or harm, is flagged. Counts that only describe how work is organised ("två
elever per klass", "grupper om tre elever") are not, nor shares of a population ("tre
av fyra elever": `is_share`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CHILD_WORDS
from generator.rules.felt import felt

NUMBER_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
NUMBER_WORDS |= {"ett par": 2}  # not "båda": "pratar med båda eleverna" is how routines speak
_NUMBER = r"\d{1,2}|ett\s+par|" + "|".join(w for w in NUMBER_WORDS if " " not in w)
_PUPILS = (
    r"elev(?:er|erna)?|barn(?:en)?|flick(?:or|orna)|pojk(?:ar|arna)|kill(?:ar|arna)"
    r"|tjej(?:er|erna)?|personer|ungdomar(?:na)?|kompisar|svarande|som\s+svarade|svar"
    r"|st\.?(?!\s*[a-zåäö])"  # "3 st." of pupils, not "2 st trygghetsvandringar"
)
# A small school form or group, a pupil of which is one of a few: "anpassad grundskola",
# "förberedelseklassen", "särskild undervisningsgrupp".
_SMALL_SCHOOL = (
    r"anpassad(?:e)?\s+(?:grund|gymnasie)skola(?:n)?|särskol\w*|träningsskol\w*"
    r"|förberedelseklass\w*|introduktionsklass\w*|språkintro\w*|resursskol\w*"
    r"|(?:särskild\w*\s+)?undervisningsgrupp\w*|resursgrupp\w*|kommunikationsklass\w*"
)
# Every match starts with a digit, a number word or "en"/"ett", at the start of a word
# (no branch follows a letter or digit): the word boundary and the look-ahead for those
# first letters let the regex engine pass other letters without trying each branch.
SMALL_COUNT = re.compile(
    r"\b(?=[\dtfsåned])"
    rf"(?:(?<![\w,.\-–/:])(?P<count>{_NUMBER})"
    # "3 av 4", "två av de fem", "två av elevrådets tre"
    rf"(?:\s*/\s*(?P<over>\d{{1,2}})|\s+\(?av\s+(?P<among>de\s+|[a-zåäö]+s\s+)?(?P<base>{_NUMBER})\)?)?"
    rf"\s+(?:[a-zåäö]+\s+)?(?:{_PUPILS})(?![\wåäö])"
    # One pupil written as a digit ("1 elev"), or one in a named class ("en flicka i 8B");
    # "en elev" alone is how rules speak of anyone.
    r"|(?<![\w,.\-–/:])(?P<one>1)\s+(?:elev|flicka|pojke|kille|tjej|barn)(?![\wåäö])"
    # "två av elevrådets tre ledamöter": members, counted out of a small group
    rf"|(?<![\w,.\-–/:])(?P<part>{_NUMBER})\s+av\s+(?:de\s+|[a-zåäö]+s\s+)?(?P<whole>{_NUMBER})"
    r"\s+(?:ledamöter|medlemmar)(?:na)?(?![\wåäö])"
    # "den enda eleven i förberedelseklassen": one pupil, named by where they are
    rf"|(?<![\wåäö])(?P<only>(?:den\s+)?end[ae])\s+(?:elev(?:en)?|{'|'.join(CHILD_WORDS)})"
    r"(?![\wåäö])"
    r"|(?<![\wåäö])(?P<named>en|ett)\s+(?:elev|flicka|pojke|kille|tjej|barn)\s+(?:i|från|på)\s+"
    rf"(?:(?:klass\s+)?[1-9][A-ZÅÄÖa-zåäö](?![\wåäö])|(?P<group>{_SMALL_SCHOOL}))"
    # The count of answers a survey's share stands on: "67 % (n=3)"
    r"|(?<![\wåäö])n\s*=\s*(?P<answers>\d{1,2})(?!\d))",
    re.IGNORECASE,
)
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
    for match in SMALL_COUNT.finditer(text):
        if not _small(match, least) or _organising(text, match) or is_share(text, match):
            continue
        if match["group"] and _anyone(text, match):
            continue
        around = _sentences_around(text, match.start(), match.end())
        if SENSITIVE.search(around) or felt(around):
            yield match.start(), " ".join(match.group().split())


def _small(match: re.Match[str], least: int) -> bool:
    if match["one"] or match["named"] or match["only"]:
        return True
    written = [match[g] or "" for g in ("count", "over", "base", "part", "whole", "answers")]
    return any(0 < _value(c) < least for c in written if c)


def _value(written: str) -> int:
    """A count written in digits or words ("3", "tre", "ett par"; "en" is one)."""
    word = " ".join(written.casefold().split())
    return 1 if word in ("en", "ett") else NUMBER_WORDS.get(word) or int(word)


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
    sentence = _sentence_start(text, match.start(), ENDS + ":")
    after = text[match.end() : _sentence_end(text, match.end())]
    before = ANYONE_BEFORE.search(text, sentence, match.start()) is not None
    return before or bool(ANYONE_AFTER.match(after) or MAY_OR_MUST.search(after))


def _organising(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 14) : match.start()]
    if BEFORE.search(before) or ORGANISED.match(text, match.end()):
        return True
    return ROUTINE_START.match(text, _sentence_start(text, match.start())) is not None


def _sentences_around(text: str, start: int, end: int) -> str:
    """The sentence of the match and the next one ("Det gäller 3 elever. De har ...")."""
    first = _sentence_end(text, end)
    return text[_sentence_start(text, start) : _sentence_end(text, first + 1)]


# What ends a sentence (or a line, a list's item)
ENDS = ".!?\n"


def _sentence_start(text: str, index: int, ends: str = ENDS) -> int:
    """Where the sentence that `index` is in starts: after the last of `ends` before it."""
    return max(text.rfind(mark, 0, index) for mark in ends) + 1


def _sentence_end(text: str, index: int) -> int:
    """Where the sentence goes on to from `index` ends: its first end mark, or the text's."""
    stops = [i for i in (text.find(mark, index) for mark in ENDS) if i >= 0]
    return min(stops, default=len(text))


# A share of a population, as surveys write one in words: "två av tre", "tre av fyra",
# "fyra av fem" (numerator, denominator), or of ten in digits ("3 av 10 elever"). Small
# denominators in digits ("2 av 3 svarande") are how a count of answers is written.
SHARE_BASES = frozenset({"tre", "fyra", "fem", "10"})
# "En av tre elever": the count the pattern finds is the share's denominator.
ONE_OF = re.compile(r"(?<![\wåäö])(?:en|ett)\s+av\s+$", re.IGNORECASE)
# A place or group right after the pupils: a share of a population names a stage, a
# grade, the school or the survey; another (a group, a class, fritids) may be small.
# The place's head word decides, after a word such as "vår" or a genitive ("på
# Ekbackens skola", "i vår grupp").
AFTER = re.compile(
    r"\s*,?\s*(?:i|på|från|ur|inom|vid|bland)\s+(?:(?:vår|våra|hela|\w+s)\s+)?(?P<scope>\w+)",
    re.IGNORECASE,
)
POPULATION = re.compile(
    r"(?:åk|årskurs|skola|skolan|skolor|skolorna|hela|alla|enkäten|kartläggningen"
    r"|undersökningen|\w+stadiet|grundskolan|gymnasiet|kommunen|landet|sverige|\d+)",
    re.IGNORECASE,
)
# A small group named before the share in its sentence ("I förberedelseklassen svarade
# tre av fyra elever …"): then the share is a count of that group.
SMALL_GROUP = re.compile(
    r"(?<![\wåäö])(?:\w*grupp\w*|klass(?:en)?|\w*klassen|fritids\w*|anpassad\w*|särskol\w*"
    r"|elevråd\w*|klassråd\w*|laget)(?![\wåäö])",
    re.IGNORECASE,
)


def is_share(text: str, match: re.Match[str]) -> bool:
    """Whether a count is a share of a population ("tre av fyra elever känner sig
    trygga", "en av tre elever"), not of a group: no "de" or group before the
    denominator ("två av de tre eleverna", "två av elevrådets tre"), no brackets, a
    word for pupils rather than for answers, and no small group named before it in its
    sentence or in a place after it ("tre av fyra elever i gruppen")."""
    part, base = match["count"], match["base"]
    if base is None and ONE_OF.search(text, max(0, match.start() - 8), match.start()):
        part, base = "en", part  # "en av tre elever": "tre elever" is the match
    if not part or not base or base.casefold() not in SHARE_BASES or match["among"]:
        return False
    written = match.group()
    if "(" in written or written.split()[-1].casefold().rstrip(".") in ("svarande", "svar", "st"):
        return False
    if not (part.isdigit() if base == "10" else part.isalpha()) or _value(part) >= _value(base):
        return False
    sentence = _sentence_start(text, match.start())
    if SMALL_GROUP.search(text, sentence, match.start()):
        return False
    after = AFTER.match(text, match.end())
    return after is None or POPULATION.fullmatch(after["scope"]) is not None
