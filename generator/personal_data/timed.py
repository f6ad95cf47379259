"""A full date with four digits after it: a meeting's date and time, or a pupil's
personnummer ("2012-03-04 1239", "2012/03/04/1239")?

Told by the words before it in its sentence: after a word for a personal number ("pnr",
"född") it is a personnummer; after a word for a pupil, a child or a class ("Elev i 5A:
2012-03-04 1239") too, unless a word for a meeting or a clock stands in that sentence
and the date is one a plan's meetings have (at most `MEETING_YEARS` old: "Klass 8B
träffas 2024-09-17 1330", "Föräldramöte för åk 7: 2026-09-17 1745"; a word for a meeting
before a pupil's birth date is no excuse), or the date is no pupil's birth date: later
than, or less than a year before, the build's day (`clock.reference_date`; a child
starts förskola at about one, so "Skolavslutning för åk 9 2027-06-11 1115" is a time);
else a time ("Möte 2026-03-04 1300 i aulan"), or a web address's folders
("…/2012/03/04/1239"). A meeting's time is written "kl. 13.00" or "13:00", which no
personnummer is; a date and four digits in a run is how a personnummer is written, so
when a pupil is named before a date a pupil may be born on, a personnummer is what it is
taken for."""

from __future__ import annotations

import datetime as dt
import re

from generator.personal_data.checks import months_before, youngest_birth
from generator.personal_data.classes import digit_class
from generator.personal_data.phones import PHONE_WORD
from generator.personal_data.roles import STAFF_ROLE
from generator.personal_data.worded import (
    PERSON_WORD,
    PERSON_WORD_REACH,
    SENTENCE_END,
    WORD_REACH,
    WORD_START,
)

# One child's guardian: what follows is the child's ("Vårdnadshavare till: …",
# "Mamman till …", "Bonuspappa till …", "VH till …"); not "föräldrar till", which is
# every pupil's of a group. Not "för" ("Vårdnadshavare för frågor om schemat: 07…"), nor
# "god man" ("God man för ensamkommande: 08…"), nor a child's name before the word
# ("Omars mamma: 07…", "Hans pappa"): what follows those is a grown-up's phone number
# as often as anything of the child's.
GUARDIAN = (
    r"(?:vårdnadshavaren?|vh|målsman(?:nen)?|förmyndaren?|fadern|modern"
    r"|(?:bonus|styv|foster|extra|plast|familjehems|jourhems)?(?:föräldern?|mamman?|pappan?)"
    r"|(?:bonus|styv|foster)?mor|(?:bonus|styv|foster)(?:far|fadern))"
)
GUARDIAN_OF = rf"{GUARDIAN}\s+till(?![\wåäöÅÄÖ])"
# A child named by what it is, in both lists below.
CHILD = r"pojk|flick|kille|tjej|son|dotter"
# A word for a pupil or a child, or a class ("8B"), before a grouped number; not the
# elevhälsa, whose staff's number follows it ("Elevhälsan 08 12 34 56 78").
PUPIL_WORD = re.compile(
    rf"(?<![\wåäöÅÄÖ])(?:elev(?!häls)|klass|årskurs|barn|{CHILD}|åk(?![\wåäö])"
    rf"|{GUARDIAN_OF}|{digit_class()}(?![\wåäöÅÄÖ]))",
    re.IGNORECASE,
)
# Words for a meeting, its time or its date: whole words ("kl." and "kl" alike).
# Also a meeting named by its pupils ("Elevrådet", "Klassrådsmöte"); a council only by
# name (not "tråd", "förråd", "området").
MEETING_WORD = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:\w*(?:möte[nt]?|möts|träff\w*|samtal\w*)|(?:elev|klass|skol|fritids"
    r"|föräldra|trivsel|mat|kost|personal|lednings|samverkans|trygghets|likabehandlings)?"
    r"råd(?:et|ets|s\w*)?|kl|klockan"
    r"|tid|tiden|tidpunkt|datum|start\w*|börjar|slutar|schema\w*)(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)


def pupil_number(text: str, start: int, date: dt.date | None) -> bool:
    """Whether a date and four digits at `start` are a personnummer (`pupil_before`):
    unless after a word for a personal number, only with a `date` a pupil may be born on;
    and with a date older than any meeting a plan tells of (`MEETING_YEARS`), a word for a
    meeting beside the pupil's does not make it a time ("Elev i 5A (möte) 2012-03-04 1239")."""
    if date is not None and date >= youngest_birth():  # only right after such a word
        return said_before_number(text, start, WORD_REACH)
    if date is not None and date < oldest_meeting():
        return said_before_number(text, start) or _pupil_word(text, start)
    return pupil_before(text, start)


# How many years back a plan tells of meetings (last year's evaluation, the year before's
# trend); a date older than that beside a pupil is a birth date.
MEETING_YEARS = 3


def day_of(century: str, year: str, month: str, day: str) -> dt.date | None:
    """The day a number's date names, when it names one and its century is written."""
    try:
        return dt.date(int(century + year), int(month), int(day)) if century else None
    except ValueError:
        return None


def oldest_meeting() -> dt.date:
    """The first day of a meeting a plan may tell of (`MEETING_YEARS` before the build's
    month); an older date with four digits is a birth date."""
    return months_before(12 * MEETING_YEARS)


def said_before_number(text: str, start: int, reach: int = PERSON_WORD_REACH) -> bool:
    """Whether a word for a personal number comes before `start` in its sentence, at most
    `reach` characters before it."""
    sentence = _sentence(text, start, reach)
    return bool(WORD_START.search(sentence.lower()) and PERSON_WORD.search(sentence))


def _sentence(text: str, start: int, reach: int = WORD_REACH) -> str:
    return SENTENCE_END.split(text[max(0, start - reach) : start])[-1]


def pupil_before(text: str, start: int) -> bool:
    """Whether a word for a personal number, or one for a pupil or a class with no word
    for a meeting or a clock in the sentence, comes before `start` in its sentence (at
    most `WORD_REACH` characters before it)."""
    if said_before_number(text, start):
        return True
    sentence = _sentence(text, start)
    return PUPIL_WORD.search(sentence) is not None and MEETING_WORD.search(sentence) is None


def _pupil_word(text: str, start: int) -> bool:
    return PUPIL_WORD.search(_sentence(text, start)) is not None


# A word for a pupil or a child as a person (a förskolebarn, a student, in English too), not
# a class or a grade ("Mentor för 7B" is staff's), nor the barnombud or the elevhälsa.
PUPIL_PERSON = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:elev(?!häls|ombud)|(?:förskole|skol|foster)?barn(?!ombud|skötar)"
    rf"|{CHILD}|student|pupil|{GUARDIAN_OF})",
    re.IGNORECASE,
)
STAFF = re.compile(STAFF_ROLE, re.IGNORECASE)


def pupil_said_before(text: str, start: int) -> bool:
    """Whether a word for a pupil or a child comes before `start` in its sentence (at most
    `WORD_REACH` characters before it), with no word for a phone or a staff role in that
    sentence: ten digits from 0 in one run after it ("Elev i 7B: 0503171001") are a
    personnummer from 2000–2009; "Mentorn i 7B nås på 0701234569" and "Elevernas
    kontaktperson är Eva, 0701234569" are phone numbers."""
    if PUPIL_PERSON.search(_sentence(text, start)) is None:
        return False
    sentence = _sentence(text, start, 2 * WORD_REACH)
    return PHONE_WORD.search(sentence) is None and STAFF.search(sentence) is None
