"""A personnummer soon after a word for one ("Elevens personnummer är 1203 04-12 39"):
grouped in any way, in the same sentence; not a phone number (after "ring", or from 0
without the shape of a date). The words are also what tells a personnummer from
2000–2009 from a phone number written in one run (`personal_data.written._is_phone`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import zip_longest

from generator.invisible import LOOK_ALIKES
from generator.personal_data.checks import is_date, luhn, youngest_birth
from generator.personal_data.phones import DATE_SHAPED, PHONE_WORD, excuses

# Soon after a word for a personal number, in the same sentence, ten or twelve digits
# however they are grouped (spaces, dots, dashes, slashes): "pnr: 1203 04-12 39".
# Any mark a hand may put between digits, brackets and quotes included ("120304:1239",
# "(120304)1239"), up to six of them ("120304 - - 1239"): more would read a table's
# padded cells after such a word as one number ("| Personnummer | 2025-12-12        2025-
# 08-14 |"); without such a word a number is read across fewer (`oddgrouped`).
MOST_MARKS = 6
BETWEEN = rf"[\s./+\-:,;=·•|'*~_()\[\]#\\]{{0,{MOST_MARKS}}}"
WORDED = (
    re.compile(rf"(?<!\d)\d(?:{BETWEEN}\d){{11}}(?!\d)"),
    re.compile(rf"(?<!\d)\d(?:{BETWEEN}\d){{9}}(?!\d)"),
)
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
# PERSON_WORD's starts, in lower case
WORD_START = re.compile(r"p(?:ers|[.-]?\s?n|n\b|r?s)|sam|f[öo]d|id|ssn|date|dob|bor|bir|b-?d")
WORD_REACH = 60  # how far after a word for a pupil or a class its number may start
# How far after a word for a personal number, in its sentence, its number may start: an
# author may say first where it came from ("Elevens personnummer, som vi fick av
# vårdnadshavaren vid inskrivningen i augusti förra året, är 1203 04-12 39").
PERSON_WORD_REACH = 200
NUMBER_PARTS = frozenset("0123456789 ./+-\t")
# At most how long a number is with its marks: a run of digits and marks read after a
# word is read that far past the reach, so a page of them is read in linear time.
NUMBER_LENGTH = 40
# Also as hands write them: misspelt ("personummer", "perssonnummer",
# "sammordningsnummer"), apart ("pers. nummer", "person-nummer", "person-" at a line's
# end and "nummer" on the next), shortened ("p.nr", "psnr", "prsnr", "samordningsnr",
# "födelsenr"), other names for it ("identitetsnummer", "personbeteckning", "personal
# identity number"), "Födelsedag" as a label ("Födelsedag: …", "Födelse-dag", "Born:",
# "Birthday:", "Bday:", "Birth date:"; not "födelsedagar" nor "födelsedagskalas" before a
# meeting's date and time, nor "F-dag", which is a friluftsdag as often, nor "f.", an
# initial as often), "född", "föddes" and "födda", "PN", "ID" and "DOB" in capitals,
# and "födelse…" and "född" typed without "ö".
# Not "pers": "Ansv. pers:" and "30 pers." are people.
PERSON_WORD = re.compile(
    r"pers{1,2}on(?:-\s?|\s)?n?um{1,2}(?:er|r)|personnr|\bpers\.?[\s-]?(?:nummer|nr)|personbeteckning"
    r"|\bpr?s[.-]?nr\b"
    r"|\bp[.-]?\s?nr\b|\bp-?nummer|sam{1,2}ordnings(?:-\s?|\s)?(?:num|nr)|\bsam\.\s?nr"
    r"|f[öo]delse(?:num|nr|dat)|f[öo]delse-?\s?dag(?:en)?(?=\s*[:=(]|\s*\d)|\bf[öo]dd(?:es|a)?\b"
    r"|date of birth|\b(?:born|birthday|b-?day|birth ?date)(?=\s*[:=(])|(?-i:\bDOB\b)"
    r"|\bid(?:entitets)?[\s-]?(?:nummer|nr)"
    r"|personal (?:identity )?number|(?-i:\bPN\b|\bID\b|\bSSN\b)",
    re.IGNORECASE,
)


# The words of a birthday, after which a date and time is an event's as often: a date
# that is no pupil's birth date (`_too_recent`) is no number after them. After the words
# for the number itself it is one (a younger sibling's: "Syskonets personnummer").
BIRTHDAY = re.compile(r"f[öo]delse-?\s?dag|born|birthday|b-?day|birth ?date", re.IGNORECASE)


LATIN = str.maketrans(LOOK_ALIKES)  # one letter for one: the indices stay


def _person_words(text: str) -> Iterator[re.Match[str]]:
    """`PERSON_WORD.finditer(text)`, tried only where one of its words can start (found in
    the lower-cased text by `WORD_START`, which the regex engine searches many times
    quicker than the words themselves, case-insensitive, at every character). A letter
    that looks Latin reads as its Latin one (a Cyrillic "е" in "pеrsonnummer")."""
    if not text.isascii():
        text = text.translate(LATIN)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lower-cases to two: the plain way
        yield from PERSON_WORD.finditer(text)
        return
    end = 0
    for start in WORD_START.finditer(lowered):
        if start.start() >= end and (word := PERSON_WORD.match(text, start.start())):
            end = word.end()
            yield word


def worded_numbers(readable: str) -> Iterator[int]:
    """Where a number grouped in any way starts, soon after a word for a personal number
    in its sentence ("Elevens personnummer är 1203 04-12 39"); not after a word for a
    phone, and a number from 0 only when it starts as a date (070-123 45 69 is a phone)
    or stands right after the word (`LABELLING`: "Elevens personnummer är 0904 1223 89")."""
    words = list(_person_words(readable))
    for word, following in zip_longest(words, words[1:]):
        after, event = _after(readable, word.end()), BIRTHDAY.match(word.group()) is not None
        end = _reach(readable, after)  # and what follows the next word is that word's
        end = end if following is None else min(end, max(after, following.start()))
        for pattern in WORDED:
            for match in pattern.finditer(readable, word.end(), end):
                if excuses(readable, word.end(), match.start(), match.group()):
                    continue
                labelled = LABELLING.fullmatch(readable, after, match.start()) is not None
                if _valid_worded(match.group(), labelled, event=event):
                    yield match.start()
        yield from _labelled_after(readable, word.start())


# What may stand between a number and the word after it that says what it is:
# "0904122389 (personnummer)", "0904122389 = pnr", "0904122389 är elevens personnummer".
LABELLED_AFTER = re.compile(
    r"[\s:=,(\[\-–—]*(?:(?:är|var)\s+)?(?:(?:elevens|barnets|hans|hennes|hens|dess)\s+)?",
    re.IGNORECASE,
)


def _labelled_after(readable: str, word_start: int) -> Iterator[int]:
    """Where a number that the word at `word_start` labels from after it starts: ten or
    twelve digits however grouped, a real date and a valid check digit, with only
    `LABELLED_AFTER` between it and the word."""
    window = max(0, word_start - NUMBER_LENGTH - 30)
    for pattern in WORDED:
        for match in pattern.finditer(readable, window, word_start):
            said = LABELLED_AFTER.fullmatch(readable, match.end(), word_start) is not None
            if said and _valid_worded(match.group(), labelled=True):
                yield match.start()


# What may stand between a word for a personal number and the number it labels: marks
# and a verb for being ("Personnummer: …", "Elevens pnr är …", "Personnumret var …").
LABELLING = re.compile(r"[\s:=.,(\[\-–]*(?:(?:är|var|blir|nr)\b[\s:=]*)?")


# The rest of a word for a personal number ("personnum|mer") and an abbreviation's dot
# ("Pnr.", "Pers.nr.", "Personnr."), which ends no sentence: what is read after it.
WORD_REST = re.compile(r"[\wåäö]*(?:(?<=[nN][rR])\.)?")
# Where what a word says ends, as `said_before` reads a sentence: its end, a mark and a
# new sentence's capital (not the dot of "pers.nr", "t.ex.", "bil. 2", "f.d." or "12.30",
# nor "?" or "." before the number itself), an HTML block's end ("…personnummer.</p><p>
# Expedition 070…"), or a separate JSON value ("personnummer","title":…).
SAID_END = re.compile(
    r"[.!?]\s*(?=[A-ZÅÄÖ])|</(?:p|li|td|th|h[1-6]|div|dd|dt|caption)>|\"\s*[,}\]]"
)


def said_before(text: str, start: int) -> bool:
    """Whether a word for a personal number comes before `start` on its line, in its
    sentence and at most `PERSON_WORD_REACH` before it, with no word for a phone after it:
    the only thing that tells a personnummer from 2000–2009 in one run ("Pnr 0501011233")
    from a phone number ("Expedition 0701234569")."""
    reach = max(0, start - PERSON_WORD_REACH)
    words = list(PERSON_WORD.finditer(text, text.rfind("\n", reach, start) + 1 or reach, start))
    if not words:
        return False
    between = text[_after(text, words[-1].end()) : start]
    return not SAID_END.search(between) and not PHONE_WORD.search(between)


def _after(text: str, word_end: int) -> int:
    rest = WORD_REST.match(text, word_end)
    return word_end if rest is None else rest.end()


def _reach(readable: str, start: int) -> int:
    """Where the number after a word must have ended: the sentence's end, or a little
    after the word (with the whole of a number that stands there). Only that far is
    searched for the sentence's end: a long paragraph with many such words is read in
    linear time."""
    end = min(len(readable), start + PERSON_WORD_REACH)
    whole = min(len(readable), end + NUMBER_LENGTH)  # a number's rest, not a run's
    while end < whole and readable[end] in NUMBER_PARTS:
        end += 1
    stop = SENTENCE_END.search(readable, start, end + 1)  # (with what follows a mark)
    return end if stop is None else min(end, stop.start())


def _valid_worded(written: str, labelled: bool, *, event: bool = False) -> bool:
    """After a word for a personal number, ten or twelve digits with a real date and a
    valid check digit, however grouped; from 0 in a phone number's groups only right
    after the word (`labelled`: "Elevens personnummer är 0904 1223 89"; "Personnummer
    skrivs inte: 070-123 45 69 är kuratorns" is a phone number). After a birthday's word
    (`event`), not with a date that is no pupil's birth date."""
    digits = re.sub(r"\D", "", written)
    century, date = (digits[:2], digits[2:8]) if len(digits) == 12 else (None, digits[:6])
    from_0 = century is None and digits.startswith("0")
    if from_0 and not labelled and not DATE_SHAPED.match(written):
        return False
    if century not in (None, "19", "20") or not is_date(date, century):
        return False
    return luhn(digits[-10:]) and not (event and century and _too_recent(century + date))


def _too_recent(yyyymmdd: str) -> bool:
    """Whether a date with its century written is no pupil's birth date, as an event's
    date and time after "Birthday:" is ("Birthday: 2027-02-23 15.45")."""
    year, month, day = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]) % 60 or 1
    return dt.date(year, month, day) >= youngest_birth()
