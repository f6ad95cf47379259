"""The patterns of a pupil's mention in text: a name beside a class, a grade or a pupil
word, in its many written forms (`rules.mentions` finds them and judges each). E-mail
addresses (`generator.personal_data`) are found by modules the validation uses too.
"""

from __future__ import annotations

import re

from generator.personal_data import foreign_emails, pupil_emails
from generator.personal_data.classes import (
    CHILD_WORDS,
    CLASS_END,
    CLASS_WORD,
    GRADE_NUMBER,
    GRADE_WORD,
    GRADE_WORDS,
    ORDINAL_GRADE,
    PROGRAMME_SHORT,
    SPOKEN_GRADE_OR_F,
    class_code,
    digit_class,
    either_case,
)
from generator.rules.names import (
    LOWER,
    UPPER,
)

__all__ = ["foreign_emails", "pupil_emails"]

DIGIT = re.compile(r"\d")


# A first name and, maybe, a second capitalised word: the surname, or the real first
# name after a capitalised word that starts the sentence ("Sedan Kalle i 4B").
# Or an initial for the surname ("Kalle S. i 4B").
# (A word of its own, not the "Va" of "KiVa": no letter or digit before its capital, but
# maybe Markdown's "_".)
_NAME = (
    rf"(?P<name>[{UPPER}](?<![^\W_][{UPPER}])[{LOWER}]{{1,15}})"
    rf"(?:\s+(?:(?P<second>[{UPPER}][{LOWER}]+)|[{UPPER}]\.(?=\s)))?"
)
# A class: 4B, 4 B, 4b (not "4 b": "2 i varje klass" reads so), and upper-secondary codes
# such as TE22A, NA21b, EE1A; one class, not a teacher's several ("7A, 8A", "7A och 8B").
_SPACED_CLASS = class_code(r"\s?")
_CLASS = (
    rf"{CLASS_WORD}(?:{_SPACED_CLASS}|{PROGRAMME_SHORT}){CLASS_END}"
    r"(?!\s*(?:,|och)\s*(?:klass\s*)?[1-9A-Z][A-Z0-9])"
)
# One grade or a class in it ("åk 4B"), not a span ("åk 7–9" is a teacher's or a team's).
_GRADE = rf"{GRADE_WORD}\s*(?:{digit_class()}|{GRADE_NUMBER})(?![\wåäö])(?!\s*[–-]\s*\d)"
# How pupils name a grade: "i fyran", "i 4:an", "i förskoleklassen".
_GRADE_WORD = rf"{SPOKEN_GRADE_OR_F}(?![\wåäö])"
_IN = r"\s*+(?:,\s*+)?(?:elev(?:en)?\s+|(?:som\s+)?går\s+)?(?:i|från|ur|på)\s+"
# A grade by its ordinal: "i fjärde klass", "i 4:e klass".
_ORDINAL = ORDINAL_GRADE + r"(?![\wåäö])"
# "Kalle i 4B", "Kalle, 4B", "Kalle (4B)", "Kalle (10 år, 4B)"; joined by a dash, a slash
# or a colon ("Kalle – 4B", "Kalle/4B", "Kalle: 4B"), or as a definition list's term and
# its definition ("Kalle" and on the next line ":   4B")
_LINK = rf"(?:{_IN}|\s*,\s*|\s*\(\s*(?:\d{{1,2}}\s*år\s*,\s*)?)"
_JOIN = r"(?:[ \t]*[–—/:][ \t]*|[ \t]+-[ \t]+|[ \t]*\n[ \t]*:[ \t]+)"
# A word that says the person is a pupil: "eleven Kalle", "eleverna Kalle och Sara".
# (The look-ahead for a first letter lets the regex engine pass other letters quickly.)
_ROLE_WORDS = ("elev", *CHILD_WORDS, "elevrådsordförande", "klasskompisen")
_PUPIL_ROLE = (
    rf"(?=[{''.join(sorted({w[0] + w[0].upper() for w in _ROLE_WORDS}))}])(?<![\wåäö])"
    rf"(?:[Ee]lev(?:en|erna)?|{'|'.join(map(either_case, CHILD_WORDS))}"
    r"|[Ee]levrådsordförande(?:n)?|[Kk]lasskompisen)"
    r"(?:(?:[ \t]++\n?|\n)[ \t]*+"  # within a paragraph: a heading's "… en elev" is not linked
    # "Elev 3 i 4B (Kalle)", "flickan i 7A (Lisen)": a pupil numbered or placed, then named
    rf"|(?:[ \t]+(?:\d{{1,2}}|[A-ZÅÄÖ])(?![\wåäö]))?(?:{_IN}(?:{_CLASS}|{_GRADE}))?\s*\(\s*)"
)
PUPIL_IN_CLASS = re.compile(_NAME + _LINK + _CLASS)
# A known name only: "Grupp Röd: 4B", "Hus Eken – 4B" name no one (or any name, where
# what follows says what one person suffered or did, as `PUPIL_IN_CLASS`)
PUPIL_JOINED = re.compile(_NAME + _JOIN + _CLASS)
# "Zorro–4B", "Tindra-5A": any capitalised word glued to a class by a dash, where no
# capitalised word but a known name comes before it ("Hus Eken–4B", "Tema Rymden – 2C"
# name a group and a theme), and with blanks around the dash only inside a sentence
# ("Schema – 7F" heads a schedule); nor a noun (`nameshape`). Not "F-6", "Åk-4", "Klass-4B".
PUPIL_DASHED = re.compile(
    _NAME
    + r"(?P<dash>[–—-]|[ \t]+[–—-][ \t]+)"
    + class_code()
    + CLASS_END
    + r"(?![ \t]*[–-][ \t]*[1-9])"
)
PUPIL_IN_GRADE = re.compile(_NAME + rf"(?:{_IN}|\s*\(\s*)" + _GRADE)
PUPIL_IN_GRADE_WORD = re.compile(_NAME + _IN + _GRADE_WORD)
# "Leah i fjärde klass": a known name only ("Vi besöker Skansen i fjärde klass"), but
# any name that "går i" one ("Zelda som går i fjärde klass")
PUPIL_IN_ORDINAL = re.compile(_NAME + _IN + _ORDINAL)
PUPIL_GOES_IN_ORDINAL = re.compile(_NAME + r"\s*+(?:,\s*+)?(?:som\s+)?går\s+i\s+" + _ORDINAL)
PUPIL_BY_ROLE = re.compile(_PUPIL_ROLE + _NAME)
# Names listed in one mention of a class, or a class each: "Saga och Liam i 4B och 5A",
# "Saga, Liam och Ebba i åk 4B"; known names only (`_listed`).
_WORD = rf"[{UPPER}][{LOWER}]{{1,15}}(?![\wåäö])"
WORD = re.compile(_WORD)
PUPILS_LISTED = re.compile(
    rf"(?<![\wåäö])(?P<name>{_WORD})(?P<more>(?:[ \t]*,[ \t]*{_WORD})*(?:[ \t]*+,)?[ \t]++och[ \t]+"
    rf"{_WORD}){_IN}(?:(?:klass|åk)\s*)?{_SPACED_CLASS}{CLASS_END}"
)

# "Elev: Kalle", as a form or a note labels a pupil; a known name only ("Eleven: Berättar
# för mentorn" is a step in a routine).
# (It starts with "lev", which the regex engine finds quickly, and looks behind for the rest.)
PUPIL_LABELLED = re.compile(r"lev(?<![\wåäö][Ee]lev)(?<=[Ee]lev)(?:en|er|erna)?\s*:\s*" + _NAME)
# "Ella 5B", and "Nora 7h" in small letters where a list's item or a sentence ends after
# it ("Elevrådet: Nora 7h, Noor 8h."), not "Max 3h per dag"
PUPIL_BY_CLASS_CODE = re.compile(
    _NAME
    + r"(?<!Max)(?<!Tim)\s+[1-9](?:[A-ZÅÄÖ]|[a-zåäö](?=[ \t]*(?:[,.;)]|och\s|\n|\Z)))(?![\wåäöÅÄÖ])"
)
# "4B:s Kalle"; a class and then its representative: "Klassrepresentant 8G: Iris",
# "4B representeras av Saga", "4B:s representant är Saga"
PUPIL_AFTER_CLASS = re.compile(
    r"(?<![\wåäö])"
    + class_code()
    + r"(?::s\s+(?:\w*representant(?:er(?:na)?|en)?(?:[ \t]*:|\s+är)\s*)?|[ \t]*:[ \t]*"
    r"|\s+(?:representeras|företräds)\s+av\s+)"
    + _NAME
    # not an amount or a compound: "4B: Max 25 elever", "4B: Love-veckan"
    + r"(?![ \t]*\d|-[\wåäö])"
)
# In an id or a file name (`names.name_as_words`), a known name right before a class or a
# grade, with no word between: "ali-5b", "ali5b", "samtal-ali-åk5".
# (An id's words have no dots: `names.name_as_words` reads "." as a blank.)
_ID_CLASS = rf"(?:{GRADE_WORD}[ \t]*[1-9F]|[1-9][A-ZÅÄÖ]){CLASS_END}"
PUPIL_IN_ID = re.compile(_NAME + r"[ \t]*" + _ID_CLASS)
# ... or right after one: "samtal-8a-tyra", "8b-ebba.md", "samtal-ak4-alva"
PUPIL_AFTER_ID_CLASS = re.compile(r"(?<![\wåäö])" + _ID_CLASS + r"[ \t]+" + _NAME)
# `_CLASS` without the words before it, in two: a class that starts with a digit (4B, 7a),
# and one that starts with two capitals before a digit (AB12, the latter a look-behind:
# the regex engine then looks only at digits).
CLASS_DIGIT_FIRST = re.compile(digit_class(r"\s?") + CLASS_END)
CLASS_LETTERS_FIRST = re.compile(r"\d(?<=[A-Z]{2}\d)")
# (pattern, strict, the parts one of which every match holds; None: a class)
PATTERNS: tuple[tuple[re.Pattern[str], bool, tuple[str, ...] | None], ...] = (
    (PUPIL_IN_CLASS, False, None),
    (PUPIL_JOINED, True, None),
    (PUPIL_DASHED, False, None),
    (PUPIL_IN_GRADE_WORD, False, (*GRADE_WORDS, ":an", "förskoleklass", "f-klass")),
    (PUPIL_GOES_IN_ORDINAL, False, ("går",)),
    (PUPIL_IN_ORDINAL, True, ("klass", "årskurs")),
    (PUPIL_BY_ROLE, False, tuple(word[1:] for word in _ROLE_WORDS)),
    (PUPIL_LABELLED, True, ("lev",)),
    (PUPIL_IN_GRADE, True, ("lass", "åk", "Åk", "ak", "Ak", "rskurs")),
    (PUPIL_BY_CLASS_CODE, True, None),
    (PUPIL_AFTER_CLASS, True, None),  # "6A:s Teams-kanal": a known name only
)


def possible_patterns(text: str) -> list[tuple[re.Pattern[str], bool]]:
    """The patterns (in their order, each with whether it is strict) that can match in
    `text` at all. Each match holds a class (`CLASS_DIGIT_FIRST`, `CLASS_LETTERS_FIRST`) or
    one of its pattern's parts as written, found much quicker than the regex engine tries
    the whole pattern at every capital letter."""
    digit = DIGIT.search(text) is not None
    has_class = digit and bool(CLASS_DIGIT_FIRST.search(text) or CLASS_LETTERS_FIRST.search(text))
    return [
        (pattern, strict)
        for pattern, strict, parts in PATTERNS
        if (has_class if parts is None else any(part in text for part in parts))
    ]
