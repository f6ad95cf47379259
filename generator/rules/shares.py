"""Whether a count of pupils is a share of a population ("tre av fyra elever", "3 av 10
elever"), as surveys write one, rather than a count out of a small group (TP406,
`rules.counts`)."""

from __future__ import annotations

import re

from generator.rules.countsentences import sentence_start
from generator.rules.pupilcounts import count_value

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
    if not (part.isdigit() if base == "10" else part.isalpha()):
        return False
    if count_value(part) >= count_value(base):
        return False
    sentence = sentence_start(text, match.start())
    if SMALL_GROUP.search(text, sentence, match.start()):
        return False
    after = AFTER.match(text, match.end())
    return after is None or POPULATION.fullmatch(after["scope"]) is not None
