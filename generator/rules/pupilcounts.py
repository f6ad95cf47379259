"""How a count of pupils is written in free text (TP406, `rules.counts`): the pattern that
finds one ("3 av 4 elever", "en flicka i 8B", "n=3") and the number it says."""

from __future__ import annotations

import re

from generator.personal_data.classes import CHILD_WORDS

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
SMALL_SCHOOL = (
    r"anpassad(?:e)?\s+(?:grund|gymnasie)skola(?:n)?|särskol\w*|träningsskol\w*"
    r"|förberedelseklass\w*|introduktionsklass\w*|språkintro\w*|resursskol\w*"
    r"|(?:särskild\w*\s+)?undervisningsgrupp\w*|resursgrupp\w*|kommunikationsklass\w*"
)
# A förskola's group by its name ("avdelning Ekorren"), as small as a class.
PRESCHOOL_GROUP = r"avdelning(?:en)?\s+(?-i:[A-ZÅÄÖ])[\wåäö]+"
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
    # "en flicka i 8B", "en av eleverna i 8B", "ett av barnen i 2A", "ett barn på avdelning
    # Ekorren": one pupil in a class or a small group
    r"|(?<![\wåäö])(?P<named>en|ett)\s+(?:elev|flicka|pojke|kille|tjej|barn"
    r"|av\s+(?:de\s+)?(?:eleverna|flickorna|pojkarna|killarna|tjejerna|barnen))\s+(?:i|från|på)\s+"
    rf"(?:(?:klass\s+)?[1-9][A-ZÅÄÖa-zåäö](?![\wåäö])|(?P<group>{SMALL_SCHOOL}|{PRESCHOOL_GROUP}))"
    # The count of answers a survey's share stands on: "67 % (n=3)"
    r"|(?<![\wåäö])n\s*=\s*(?P<answers>\d{1,2})(?!\d))",
    re.IGNORECASE,
)


def count_value(written: str) -> int:
    """A count written in digits or words ("3", "tre", "ett par"; "en" is one)."""
    word = " ".join(written.casefold().split())
    return 1 if word in ("en", "ett") else NUMBER_WORDS.get(word) or int(word)
