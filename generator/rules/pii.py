"""Detectors for personal data in text: e-mail addresses and pupil names.

Pure functions over strings, each yielding the index where a match starts, so the
privacy rules can point at file:line:column. Personnummer (`generator.personal_data`)
and e-mail addresses (`generator.personal_data`) are found by modules the validation uses too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from generator.personal_data import foreign_emails, pupil_emails
from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.harm import harm_follows, harm_of_the_named
from generator.rules.harmed import harmed_named
from generator.rules.listed import staff_joined, table_pupils
from generator.rules.names import (
    LOWER,
    THING_BEFORE,
    UPPER,
    names_as_shown,
    not_a_name,
    starts_a_sentence,
)
from generator.rules.staff import titled_by_a_role
from generator.rules.stafflists import staff_named

__all__ = ["foreign_emails", "pupil_emails", "pupil_mentions"]

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
_CLASS = (
    r"(?:(?:klass|kl\.?)\s*)?(?:[1-9]\s?[A-ZÅÄÖ]|[1-9][a-zåäö]|[A-Z]{2}\d{2}[A-Za-z]?"
    r"|[A-Z]{2}\d[A-Z])(?![\wåäöÅÄÖ])(?!\s*(?:,|och)\s*(?:klass\s*)?[1-9A-Z][A-Z0-9])"
)
_NUMBER = r"(?:[1-9F]|ett|två|tre|fyra|fem|sex|sju|åtta|nio)"
# One grade or a class in it ("åk 4B"), not a span ("åk 7–9" is a teacher's or a team's).
_GRADE = (
    rf"(?:[Kk]lass|[ÅåAa]k\.?|[Åå]rskurs)\s*(?:[1-9][A-ZÅÄÖa-zåäö]|{_NUMBER})(?![\wåäö])"
    r"(?!\s*[–-]\s*\d)"
)
# How pupils name a grade: "i fyran", "i 4:an", "i förskoleklassen".
_GRADE_WORDS = ("ettan", "tvåan", "trean", "fyran", "femman", "sexan", "sjuan", "åttan", "nian")
_GRADE_WORD = (
    rf"(?:{'|'.join(_GRADE_WORDS)}|[1-9]:an"
    r"|förskoleklass(?:en)?|f-klass(?:en)?)(?![\wåäö])"
)
_IN = r"\s*+(?:,\s*+)?(?:elev(?:en)?\s+|(?:som\s+)?går\s+)?(?:i|från|ur|på)\s+"
# A grade by its ordinal: "i fjärde klass", "i sjätte klassen", "i nionde årskursen", "i 4:e
# klass", "i 2:a klass".
_ORDINAL = (
    r"(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|[1-9]:[ae])[ \t]*"
    r"(?:klass|årskurs)(?:en)?(?![\wåäö])"
)
# "Kalle i 4B", "Kalle, 4B", "Kalle (4B)", "Kalle (10 år, 4B)"; joined by a dash, a slash
# or a colon ("Kalle – 4B", "Kalle/4B", "Kalle: 4B"), or as a definition list's term and
# its definition ("Kalle" and on the next line ":   4B")
_LINK = rf"(?:{_IN}|\s*,\s*|\s*\(\s*(?:\d{{1,2}}\s*år\s*,\s*)?)"
_JOIN = r"(?:[ \t]*[–—/:][ \t]*|[ \t]+-[ \t]+|[ \t]*\n[ \t]*:[ \t]+)"
# A word that says the person is a pupil: "eleven Kalle", "eleverna Kalle och Sara".
# (The look-ahead for a first letter lets the regex engine pass other letters quickly.)
_PUPIL_ROLE = (
    r"(?=[EeBbPpFfKkTt])(?<![\wåäö])"
    r"(?:[Ee]lev(?:en|erna)?|[Bb]arnet|[Pp]ojken|[Ff]lickan|[Kk]illen|[Tt]jejen"
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
# ("Schema – 7F" heads a schedule); `NOUN_ENDING`. Not "F-6", "Åk-4", "Klass-4B".
PUPIL_DASHED = re.compile(
    _NAME
    + r"(?P<dash>[–—-]|[ \t]+[–—-][ \t]+)(?:[1-9][A-ZÅÄÖ]|[1-9][a-zåäö]|[A-Z]{2}\d{2}[A-Za-z]?)"
    r"(?![\wåäöÅÄÖ])(?![ \t]*[–-][ \t]*[1-9])"
)
# The endings of Swedish nouns' plurals, definite and abstract forms, which a line's
# first word glued to a class by a dash has as a heading's noun ("Läxor–4B", "Rutinen–5A")
NOUN_ENDING = re.compile(r"\w+(?:er|ar|or|en|et|an|na|ing|het|skap|else|tion|ande|ende|ism)")
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
    rf"{_WORD}){_IN}(?:(?:klass|åk)\s*)?(?:[1-9]\s?[A-ZÅÄÖ]|[1-9][a-zåäö]|[A-Z]{{2}}\d{{2}}[A-Za-z]?)"
    r"(?![\wåäöÅÄÖ])"
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
    r"(?<![\wåäö])(?:[1-9][A-ZÅÄÖa-zåäö]|[A-Z]{2}\d{2}[A-Za-z]?)"
    r"(?::s\s+(?:\w*representant(?:er(?:na)?|en)?(?:[ \t]*:|\s+är)\s*)?|[ \t]*:[ \t]*"
    r"|\s+(?:representeras|företräds)\s+av\s+)"
    + _NAME
    # not an amount or a compound: "4B: Max 25 elever", "4B: Love-veckan"
    + r"(?![ \t]*\d|-[\wåäö])"
)
# In an id or a file name (`names.name_as_words`), a known name right before a class or a
# grade, with no word between: "ali-5b", "ali5b", "samtal-ali-åk5".
_ID_CLASS = r"(?:(?:[ÅåAa]k|[Åå]rskurs|[Kk]lass)[ \t]*[1-9F]|[1-9][A-ZÅÄÖ])(?![\wåäöÅÄÖ])"
PUPIL_IN_ID = re.compile(_NAME + r"[ \t]*" + _ID_CLASS)
# ... or right after one: "samtal-8a-tyra", "8b-ebba.md", "samtal-ak4-alva"
PUPIL_AFTER_ID_CLASS = re.compile(r"(?<![\wåäö])" + _ID_CLASS + r"[ \t]+" + _NAME)
# `_CLASS` without the words before it, in two: a class that starts with a digit (4B, 7a),
# and one that starts with two capitals before a digit (AB12, the latter a look-behind:
# the regex engine then looks only at digits).
CLASS_DIGIT_FIRST = re.compile(r"[1-9](?:\s?[A-ZÅÄÖ]|[a-zåäö])(?![\wåäöÅÄÖ])")
CLASS_LETTERS_FIRST = re.compile(r"\d(?<=[A-Z]{2}\d)")
# (pattern, strict, the parts one of which every match holds; None: a class)
_PATTERNS: tuple[tuple[re.Pattern[str], bool, tuple[str, ...] | None], ...] = (
    (PUPIL_IN_CLASS, False, None),
    (PUPIL_JOINED, True, None),
    (PUPIL_DASHED, False, None),
    (PUPIL_IN_GRADE_WORD, False, (*_GRADE_WORDS, ":an", "förskoleklass", "f-klass")),
    (PUPIL_GOES_IN_ORDINAL, False, ("går",)),
    (PUPIL_IN_ORDINAL, True, ("klass", "årskurs")),
    (PUPIL_BY_ROLE, False, ("lev", "arnet", "ojken", "lickan", "illen", "jejen", "lasskompisen")),
    (PUPIL_LABELLED, True, ("lev",)),
    (PUPIL_IN_GRADE, True, ("lass", "åk", "Åk", "ak", "Ak", "rskurs")),
    (PUPIL_BY_CLASS_CODE, True, None),
    (PUPIL_AFTER_CLASS, True, None),  # "6A:s Teams-kanal": a known name only
)


def pupil_mentions(
    text: str,
    *,
    as_id: bool = False,
    staff: bool = False,
    linked: Callable[[int], bool] | None = None,
) -> Iterator[tuple[int, str]]:
    """(index, name) of each mention of a pupil by name together with what makes them one.

    "Kalle i 4B", "Maja (7a)", "Lisa från åk 5", "Omar i fyran", "eleven Sara", "Ella 5B",
    "Kalle S. i 4B". A class (4B, 7a), a grade word (fyran) or a pupil word (eleven)
    counts with a known first name anywhere, or with any capitalised word inside a
    sentence (where only names are capitalised; not a heading's first word, nor the name
    of an app, a book, a place or a theme: `rules.names`). A grade such as "åk 4" or a
    label such as "Elev:" counts only with a known first name. Any capitalised word counts
    at a sentence's start too, with a class, when what follows says what one person
    suffered or did ("Lisen i 4B blev utsatt"), and in brackets after a pupil word
    ("Elev 3 i 4B (Kalle)"). Staff ("mentor Anna i 4B")
    do not count. A known name in capitals ("KALLE i 4B") is read as written with a
    capital first.

    In an id or a file name (`as_id`, read by `names.name_as_words`) no role excuses a
    name: an id has no reason to give a staff member's class ("samtal-med-kurator-ali-5b",
    "mentorn-kalle-i-4b"); and a known name counts glued to a class or a grade too
    ("ali5b", "samtal-ali-åk5").

    A text that names staff by what it is (`staff`: a field for who is responsible, a
    name beside a staff role) counts a name only where what one person suffered or did
    follows it.

    A link's text (`linked`: whether the text at an index is one) names the page or the
    document it leads to: any capitalised word counts there only where what one person
    suffered or did follows it, or after a pupil word ("[Zelda](…) i 4B blev slagen").
    """
    text = names_as_shown(text)
    in_link = linked or _nowhere
    found: dict[int, str] = {}
    ids = [(PUPIL_IN_ID, True), (PUPIL_AFTER_ID_CLASS, True)] if as_id else []
    for pattern, strict in _possible(text) + ids:
        for match in pattern.finditer(text):
            # Any capitalised word counts after a pupil word, or alone at the start of a
            # sentence about what one person suffered or did (a surname after it counts
            # anyway, inside the sentence).
            harmed = harm_follows(text, match.end())
            after_role = pattern is PUPIL_BY_ROLE or (
                pattern in (PUPIL_IN_CLASS, PUPIL_JOINED) and not match["second"] and harmed
            )
            if (staff and not harmed) or _other_before_a_dash(match, pattern):
                continue
            roles_excuse = not as_id and pattern not in (PUPIL_BY_ROLE, PUPIL_LABELLED)
            if roles_excuse and (staff_named(text, match) or staff_joined(text, match)):
                continue
            # After a word for a thing, both words are its name but for a known name; and
            # a line's first word after a line ending in "eleven" may start a step of a list.
            start = match.start("name")
            linked_pupil = pattern is PUPIL_BY_ROLE or harm_of_the_named(text, match.end())
            known_only = (
                (strict and not after_role)
                or _names_a_thing(text, start)
                or "\n" in text[match.start() : start]
            )
            for group in ("name", "second"):
                name, start = match[group], match.start(group)
                role = group == "name" and (after_role or _glued(match, pattern))
                titled = known_only or (in_link(start) and not linked_pupil)
                if name and _looks_like_a_name(
                    text, name, (start, match.end()), strict=titled, role=role, as_id=as_id
                ):
                    # The whole word, where a class's "i" ends a name ("Ali 5B": "Al" i 5B)
                    found[start] = max(found.get(start, ""), name, key=len)
                    break
    if not as_id:
        for index, name in harmed_named(text):
            found.setdefault(index, name)
    if " och " in text and not as_id:
        found.update(_listed(text, staff=staff))
    if "|" in text and not as_id and not staff:
        found.update(table_pupils(text))
    yield from sorted(found.items())


def _nowhere(_index: int) -> bool:
    return False


def _other_before_a_dash(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether a word joined to a class by a dash follows a capitalised word that is no
    known first name: a group's or a thing's name ("Hus Eken–4B")."""
    return pattern is PUPIL_DASHED and bool(match["second"]) and match["name"] not in FIRST_NAMES


def _glued(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether a word is glued to a class by a dash with no blanks, and is no
    abbreviation ("Ht-4B") and has no noun's ending: a name, also where it starts a line
    ("Zorro–4B", "Tindra-5A")."""
    if pattern is not PUPIL_DASHED or match["dash"].strip() != match["dash"]:
        return False
    if match.string.startswith("#", match.string.rfind("\n", 0, match.start()) + 1):
        return False  # a heading names a topic or an event ("## Lucia–3A", "## Fotboll–4B")
    return len(match["name"]) > 2 and NOUN_ENDING.fullmatch(match["name"]) is None


def _listed(text: str, *, staff: bool) -> Iterator[tuple[int, str]]:
    """(index, name) of each known name listed before a class (`PUPILS_LISTED`), where no
    staff role titles the list and no thing's name is meant ("läser Ronja och Emil")."""
    for match in PUPILS_LISTED.finditer(text):
        names = [(match.start("name"), match["name"])] + [
            (match.start("more") + word.start(), word[0]) for word in WORD.finditer(match["more"])
        ]
        if any(name not in FIRST_NAMES or not_a_name(name) for _, name in names):
            continue
        if staff and not harm_follows(text, match.end()):
            continue
        if staff_named(text, match) or _names_a_thing(text, match.start()):
            continue
        yield from names


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether a capitalised word at `start` stands where Swedish capitalises names: not
    where a sentence or heading starts, nor after a word for a thing."""
    return not starts_a_sentence(text, start) and not _names_a_thing(text, start)


def _names_a_thing(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` follow a word for a thing or a place
    ("använder Teams", "läser Bröderna Lejonhjärta", "Tema Rymden"): then they are its
    name, unless one is a known first name."""
    return THING_BEFORE.search(text, max(0, start - 30), start) is not None


def _possible(text: str) -> list[tuple[re.Pattern[str], bool]]:
    """The patterns (in their order, each with whether it is strict) that can match in
    `text` at all. Each match holds a class (`CLASS_DIGIT_FIRST`, `CLASS_LETTERS_FIRST`) or
    one of its pattern's parts as written, found much quicker than the regex engine tries
    the whole pattern at every capital letter."""
    digit = DIGIT.search(text) is not None
    has_class = digit and bool(CLASS_DIGIT_FIRST.search(text) or CLASS_LETTERS_FIRST.search(text))
    return [
        (pattern, strict)
        for pattern, strict, parts in _PATTERNS
        if (has_class if parts is None else any(part in text for part in parts))
    ]


def _looks_like_a_name(
    text: str, name: str, span: tuple[int, int], *, strict: bool, role: bool, as_id: bool
) -> bool:
    """A known first name, or (unless `strict`) a capitalised word inside a sentence or
    after a pupil word (`role`); never a word for a group or place, nor the name of a
    thing, never after a staff role. `span`: where the name and its mention start, and
    where the mention ends."""
    start, end = span
    if not_a_name(name):
        return False
    if name not in FIRST_NAMES and (strict or not (role or _inside_a_sentence(text, start))):
        return False
    return as_id or not titled_by_a_role(text, start, end, reach=30)
