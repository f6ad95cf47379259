"""The patterns of the phrasings `rules.phrased` reads for a pupil's name (TP404): a
known first name and the surname's initial without its dot, a bracket that calls the
person a pupil or gives an age, "i år 7", "som är i klass 7B", a label, a class in the
next sentence, a social media handle, and a name that starts a sentence "från 9B" or
stands alone with its class. `rules.phrased` judges each match.
"""

from __future__ import annotations

import re

from generator.personal_data.classes import CLASS_END, CLASS_WORD, class_code
from generator.rules.names import LOWER, UPPER
from generator.rules.phrasings import ONE_PERSON, ONE_PERSON_DID

# One class: "9B", "klass 9B", "9b", "TE22A" (not a span: "4A–4C").
CLASS = CLASS_WORD + class_code(r"\s?") + CLASS_END + r"(?![ \t]*[–-][ \t]*\d)"
IN = r"[ \t]*,?[ \t]*(?:i|från|ur|på)[ \t]+"
NAME = rf"(?<![\wåäö])(?P<name>[{UPPER}][{LOWER}]{{1,15}})(?![\wåäö])"
SURNAME = rf"(?:[ \t]+(?P<second>[{UPPER}][{LOWER}]+))?"
# Patterns of a known first name (or, where `True`, any capitalised word inside a
# sentence or at its start) and a class said so.
KNOWN_INITIAL = re.compile(  # "Saga L i 9B", "Saga L, 9B": the surname's initial, no dot
    rf"{NAME}[ \t]+[{UPPER}](?![\wåäö.])(?:{IN}|[ \t]*,[ \t]*|[ \t]*\([ \t]*){CLASS}"
)
CALLED_A_PUPIL = re.compile(  # "Saga (elev, 9B)", "Saga (eleven i 9B)"
    rf"{NAME}{SURNAME}[ \t]*\([ \t]*elev(?:en)?[ \t]*(?:,|i|på)[ \t]*{CLASS}"
)
AGED = re.compile(  # "Astrid Holm (13 år) i 7B", "Astrid Holm, 13 år, i 7B"
    rf"{NAME}{SURNAME}[ \t]*(?:\([ \t]*\d{{1,2}}[ \t]*år[ \t]*\)|,[ \t]*\d{{1,2}}[ \t]*år)"
    rf"{IN}{CLASS}"
)
IN_YEAR = re.compile(  # "Signe Ek i år 7" (not "i år 7 dagar")
    rf"{NAME}{SURNAME}[ \t]+i[ \t]+år[ \t]+[1-9]"
    r"(?![\wåäö:.,]\d|\s*(?:[%–-]|\w*dag|veck|gång|st\b|elev|timm|minut))"
)
WHO_IS_IN = re.compile(  # "Sara som är i klass 7B", "Omar, som går i 9A,"
    rf"{NAME}{SURNAME}[ \t]*,?[ \t]+som[ \t]+(?P<verb>är|var|går|gick)[ \t]+(?:i|på)[ \t]+{CLASS}"
)
WHO_GOES_IN = re.compile(  # "Yousef som går i 9B är ny": any word that is no noun
    rf"{NAME}{SURNAME}[ \t]*,?[ \t]+som[ \t]+(?P<verb>går|gick)[ \t]+(?:i|på)[ \t]+{CLASS}"
)
LABELLED = re.compile(  # "Ny elev: Yousef från 9B", "Elev: Zelda Holm, 7C"
    rf"(?<![\wåäö])[Ee]lev(?:en)?[ \t]*:[ \t]*{NAME}{SURNAME}"
    rf"(?:{IN}|[ \t]*,[ \t]*|[ \t]*\([ \t]*){CLASS}"
)
NEXT_SENTENCE = re.compile(  # "Nils Ek. Han går i 7B"
    rf"{NAME}{SURNAME}[.!]\s{{1,3}}(?:Han|Hon|Hen)[ \t]+(?P<verb>går|är|var|gick)[ \t]+(?:i|på)"
    rf"[ \t]+{CLASS}"
)
# "@saga_9b", "@omar.7c": a handle, not an e-mail address's domain
HANDLE = re.compile(r"(?<![\w.@])@(?P<handle>[A-Za-z0-9_.åäö]{3,30}[A-Za-z0-9åäö])")
# Where a sentence, a line or a list's item starts ("- ", "* ", "1. ", "2) ").
STARTS = r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+)?"
# "Yousef från 9B har flyttat", "Yousef ur 9B slutade", "Yousef (från 9B) är ny",
# "Nyheter: Yousef, 9B, är ny", "- Yousef från 9B har slutat": any word at a sentence's
# start, where a verb for what a person did, or how one person is, follows
# (`rules.phrasings`).
FROM_CLASS = re.compile(
    rf"{STARTS}{NAME}{SURNAME}"
    rf"(?:[ \t]+(?:från|i|ur|på)[ \t]+{CLASS}|[ \t]*\([ \t]*(?:(?:från|i|ur|på)[ \t]+)?{CLASS}"
    rf"[ \t]*\)|[ \t]*,[ \t]*{CLASS}[ \t]*,)[ \t]+"
    rf"(?:{ONE_PERSON_DID}|{ONE_PERSON})(?![\wåäö])"
)
# "Yousef ur 9B.", "- Yousef från 9B", "- Yousef (9B)", "Yousef, 9B.", a YAML list's
# "Yousef – 9B", "Yousef från 9B och Zelda från 8C": any word that is no noun
# (`nameshape`), alone with its class in a sentence, a list's item or a value, or before
# the next name ("Bussen från 9B.", "- Besök från 7A", "- Trygghetsvandring (5B)" name no
# one). Not a heading's topic.
ALONE_WITH_A_CLASS = re.compile(
    rf"{STARTS}{NAME}{SURNAME}"
    rf"(?:{IN}|[ \t]*,[ \t]*|[ \t]+[–—-][ \t]+|[ \t]*\([ \t]*(?:(?:från|i|ur|på)[ \t]+)?)"
    rf"{CLASS}[ \t]*\)?[ \t]*(?:[.!](?=\s|\Z)|(?=\n|\Z)|(?:,|och)[ \t]+(?=[{UPPER}]))"
)


# The phrasings, each with whether any capitalised word counts as a name (else only a
# known first name). Each has a class (`CLASS`) or a grade ("i år 7"): a text without
# either has none of them, nor initials with a class (`phrased_pupils`).
PHRASINGS = (
    (KNOWN_INITIAL, False),
    (CALLED_A_PUPIL, True),
    (AGED, True),
    (IN_YEAR, False),
    (WHO_IS_IN, False),
    (WHO_GOES_IN, True),
    (LABELLED, True),
    (NEXT_SENTENCE, False),
    (FROM_CLASS, True),
    (ALONE_WITH_A_CLASS, True),
)
