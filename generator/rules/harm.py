"""What is said of one person, harmed, harming or ill (`rules.pii`, `rules.staff`,
`rules.listed`, `rules.harmed`): a name it follows is a pupil's, and no sign of staff
excuses it."""

from __future__ import annotations

import re
from functools import lru_cache

# The words for what one person suffered or did: "utsatt", "retad", "slog", "har hotat",
# "frös ut", "har adhd". What one suffered, as a participle ("retad"); the stems of the
# weak verbs for it, each with its endings ("retade", "hotat"); other forms of verbs
# ("slog", "utsattes"); verbs with their particle ("frös ut", "stängde ute"); and what
# one has ("adhd", "ångest").
SUFFERED = (
    "utsatt", "kränkt", "mobbad", "hotad", "slagen", "knuffad", "retad", "utfryst", "sparkad",
    "biten", "trakasserad", "utestängd", "misshandlad", "hånad", "tafsad", "ofredad",
    "antastad", "våldtagen", "nerslagen", "nedslagen", "rånad", "bestulen", "utpressad",
    "groomad", "förföljd", "avstängd", "utvisad", "omhändertagen", "polisanmäld",
    "orosanmäld", "utnyttjad", "relegerad",
)  # fmt: skip
VERB_STEMS = (
    "kränk", "mobb", "hot", "knuff", "ret", "spark", "trakasser", "misshandl", "hån", "tafs",
    "ofred", "antast", "rån", "utpress", "groom", "utvis",
)  # fmt: skip
DID = (
    "utsattes", "utfrystes", "slog", "slogs", "slagit", "bet", "bets", "bitit", "våldtog",
    "våldtogs", "våldtagits", "stal", "stulit", "omhändertogs",
    "polisanmäldes", "polisanmälts", "orosanmäldes", "orosanmälts",
)  # fmt: skip
WITH_PARTICLE = (
    (("frös", "fryser", "frusit", "fryst"), "ut"),
    (("stängde", "stänger", "stängt"), "ute"),
    (("stängdes", "stängs", "stängts"), "av"),
)
# What one has, is or was called: a diagnosis or a disability ("adhd", "NPF-diagnos",
# "dyslexi"), self-harm, a placement by the social services, a slur ("n-ordet").
HAS = (
    "adhd", "add", r"autis\w*", r"asperger\w*", r"diagnos\w*", "npf", r"neuropsykiatrisk\w*",
    r"dyslexi\w*", r"dyskalkyli\w*", r"språkstörning\w*", r"funktionsnedsättning\w*",
    r"funktionsvariation\w*", r"utvecklingsstörning\w*", r"intellektuell\w*", "epilepsi",
    "diabetes", r"tourette\w*", "ocd", r"ätstörning\w*", r"anorexi\w*", "bulimi", "mutism",
    r"hörselnedsättning\w*", r"synnedsättning\w*", "ångest", "depression", r"självskad\w*",
    r"självmord\w*", r"suicid\w*", r"skad(?:ade|ar|at)\s+sig", r"(?:skar|skär|skurit)\s+sig",
    r"(?:tog|ta|tagit)\s+sitt\s+liv", r"våldtäkt\w*", r"övergrepp\w*", r"sexuell\w*",
    r"blotta(?:de|t|r)\s+sig", r"familjehem\w*", r"jourhem\w*", r"hvb\w*", "lvu",
    r"anmäl(?:d|da|des|ts)\s+till", r"stryk(?![ \t]+under)", r"n-ord\w*", "hora", r"bög\w*",
    r"neger\w*", "blatte", "svartskalle", "mongo", "efterbliven", "cp",
    r"(?:utredd|utredda|utreddes|utretts|misstänkt|misstänks|misstänktes|anklagad"
    r"|anklagades|anmäld|anmäldes|anmälts)\s+för",
    r"inblandad\w*\s+i\s+(?:\w+\s+)?(?:bråk|konflikt|kränkning|slagsmål|incident|händelse)\w*",
    r"avstängning\w*", r"utvisning\w*", r"öknamn\w*", r"glåpord\w*", r"skällsord\w*", r"fula\s+ord",
)  # fmt: skip
# The particles that make "slog" no blow: "slog fast" (decided), "slog upp" (looked up),
# "slog igen" (shut), "slog ihop" (merged), "slog sig ner", "slog in" (typed), "slogs om".
_NO_BLOW = (
    r"(?!(?:(?<=slog)|(?<=slogs)|(?<=slagit)|(?<=slås)|(?<=slår))[ \t]+"
    r"(?:fast|upp|igen|ihop|sig|in|om)(?![\wåäö]))"
)
_PARTICLED = "|".join(rf"(?:{'|'.join(verbs)})\s+{particle}" for verbs, particle in WITH_PARTICLE)


def _participle_forms(word: str) -> tuple[str, ...]:
    """A participle in `SUFFERED` in each of its forms: "hotad", "hotade", "hotat";
    "slagen", "slagna", "slaget"; "utsatt", "utsatta"; "utestängd", "utestängda",
    "utestängt"."""
    if word.endswith("ad"):
        return (word, word[:-1] + "de", word[:-1] + "t")
    if word.endswith("en"):
        return (word, word[:-2] + "na", word[:-2] + "et")
    if word.endswith("d"):
        return (word, word + "a", word[:-1] + "t")
    return (word, word + "a")


# What one or more suffered, as a participle in any form or a passive verb ("slagna",
# "hotas", "har retats", "frystes ut"), and so at someone's hands, the agent after it:
# "biten av", "misshandlad av", "slagna av", "knuffades av", "hotas av", "slogs av",
# "har kränkts av", "frystes ut av".
_PASSIVE = (
    rf"(?:{'|'.join(VERB_STEMS)})(?:ades|tes|ats|ts|as|s)|utsattes|utsätts|utsatts|utfrystes"
    r"|slogs|slås|slagits"
    r"|bets|bits|(?:frystes|fryses)\s+ut|(?:stängdes|stängs)\s+(?:ute|av)"
)
_PARTICIPLES = "|".join(form for word in SUFFERED for form in _participle_forms(word))
HARMED_BY = rf"(?:{_PARTICIPLES}|{_PASSIVE})[ \t]+av"
_HARM = (
    rf"(?:{_PARTICIPLES}|(?:{'|'.join(VERB_STEMS)})(?:ade|te|ades|tes|at)|{_PASSIVE}"
    rf"|{'|'.join(DID)}|{_PARTICLED}|{'|'.join(HAS)})(?![\wåäö]){_NO_BLOW}"
)
_STARTS = (
    *SUFFERED,
    *VERB_STEMS,
    *DID,
    *(verb for verbs, _ in WITH_PARTICLE for verb in verbs),
    *HAS,
)
# The letters the words start with, in either case: a look-ahead for one lets the regex
# engine pass other letters quickly.
_FIRST = "".join(sorted({word[0] + word[0].upper() for word in _STARTS}))
# What is said of one person within the few words after their class or the bracket
# around it ("Lisen i 4B blev utsatt på rasten", "Lisen (4B) blev utsatt", "… har blivit
# retad", "… slog en kompis", "… har adhd"): a name that starts such a sentence is a
# pupil's, though not a known one. (A group's word is no name: "Gruppen i 4B", "Någon i
# 4B blev utsatt".)
# The surname's initial right after a first name: "Hugo B. blev slagen". (A table's
# cells are one row's words: "| Hugo | slagen på rasten |".)
_INITIAL = r"(?-i:[ \t]+[A-ZÅÄÖ]\.(?=[ \t]))?"
HARM_OF_ONE = re.compile(_INITIAL + r"\)?(?:[\s,|]+[\wåäö]+){0,3}?[\s,|]+" + _HARM, re.IGNORECASE)
# The same, said of the person just named: no word between that brings in someone else
# or a condition ("Saga blir utfryst", "Omar har blivit retad"; not "Anna om någon blir
# utsatt", "Zelda såg att en elev blev slagen").
_OTHER = (
    r"(?:om|när|ifall|då|innan|eftersom|att|någon|något|man|de|dem|den|han|hon"
    r"|hen|vi|ni|du|jag|alla|ingen|flera|många|andra|elev\w*|barn\w*|kompis\w*)(?![\wåäö])"
)
HARM_OF_THE_NAMED = re.compile(
    rf"{_INITIAL}\)?(?:[\s,|]+(?!{_OTHER})[\wåäö]+){{0,3}}?[\s,|]+" + _HARM, re.IGNORECASE
)
# (The look-ahead for a first letter lets the regex engine pass other letters quickly.)
HARM_WORD = re.compile(rf"(?=[{_FIRST}])(?<![\wåäö])" + _HARM, re.IGNORECASE)


@lru_cache(maxsize=4096)
def harm_starts(text: str) -> tuple[int, ...]:
    """Where each word for harm starts in `text` (`HARM_WORD`), found once for the rules
    that read every text for them (`harmed`, `incidentnames`): the pattern's many words
    made the scan a tenth of a check."""
    return tuple(match.start() for match in HARM_WORD.finditer(text))


def harm_follows(text: str, end: int) -> bool:
    """Whether what one person suffered or did is said within a few words after `end`."""
    return HARM_OF_ONE.match(text, end) is not None


def harm_of_the_named(text: str, end: int) -> bool:
    """Whether what one person suffered or did is said of the one named right before
    `end`: within a few words after it, none of which brings in another person or a
    condition."""
    return HARM_OF_THE_NAMED.match(text, end) is not None
