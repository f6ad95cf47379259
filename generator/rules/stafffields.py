"""Pupils in the fields that name staff (TP404, through `rules.privacy_names`): who is
responsible (`ansvarig`, `vem`) and a team member's `namn` beside a staff role.

Such a field names staff with the class they have ("Mentor Anna Berg (8A)", "Karin Ek –
2A", `{roll: Lärare i åk 2, namn: Emma Strand (2A)}`), so a name with a class in it is
no pupil's by itself. But not every person it names is staff; a name with a class is a
pupil's where
- a word for a pupil or a pupil's duty stands with it ("Elevrådets ordförande Saga Lind
  i 9B", "Hugo Björk, elev i 8A", "Elevskyddsombudet Omar Ali, 7C");
- it is listed beside a word for pupils ("Elevrådet och Saga Lind (9B)"), or, without a
  staff role of its own, beside a staff role that is someone else's: the role stands
  alone or titles another name ("Kurator och Kalle Nilsson (8A)", "Rektor, Saga (9B)"),
  but for a role in the plural that titles the list ("Mentorerna Anna Berg (8A) och Per
  Ek (8B)");
- it is a team member's name joined to a class by "i" (or "på", "från", "ur"), which is
  how a pupil is said to be in a class ("Saga Lind i 9B"); staff give theirs in the role
  or in brackets ("Mentor 9B", "Anna Berg (9B)");
- or what one person suffered or did follows it (`rules.pii`).
The same holds for a name with a class in the ways the name rule reads only known names
in, or none ("Elevskyddsombud Zelda Holm – 8A", "Saga Lind (elev i 9B)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import GRADE_WORD_ANY_CASE
from generator.personal_data.firstnames import FIRST_NAMES
from generator.personal_data.roles import PUPIL_DUTY
from generator.rules.fullnames import widened
from generator.rules.listed import staff_role
from generator.rules.mentions import with_harm_after
from generator.rules.names import not_a_name
from generator.rules.pii import (
    CLASS_DIGIT_FIRST,
    PUPIL_BY_ROLE,
    PUPIL_IN_CLASS,
    PUPIL_IN_GRADE,
    PUPIL_IN_GRADE_WORD,
    PUPIL_IN_ORDINAL,
    WORD,
)
from generator.rules.staff import STAFF_WORD, titled_by_a_role

# A word for a pupil, or a pupil's duty, in the words of one person ("elev i 8A",
# "Elevrådets ordförande", "elevskyddsombudet"), not staff's duty for it
# ("Elevrådsansvarig"), nor the pupils' ("Elevernas kontaktperson"); the words before
# a name ("eleven Saga", "pojken Ali") are `pii.PUPIL_BY_ROLE`'s.
PUPIL_WORD = re.compile(
    rf"(?<![\wåäö])(?:elev(?:en|ens|er|erna)?(?![\wåäö])"
    rf"|[\wåäö]*?{PUPIL_DUTY}(?![\wåäö]*ansvarig))",
    re.IGNORECASE,
)
# A capitalised word as a word of its own, and the capitalised word after it.
NAME = re.compile(rf"(?<![\wåäö]){WORD.pattern}")
SURNAME = re.compile(rf"[ \t]+({WORD.pattern})")
# A grade, one (not "åk 4–9"), beside a class (`pii.CLASS_DIGIT_FIRST`).
GRADE = re.compile(
    rf"(?<![\wåäö]){GRADE_WORD_ANY_CASE}[ \t]*[1-9F](?![\wåäö]|[ \t]*[–-])", re.IGNORECASE
)
# What separates the people a field lists: "Kurator och Kalle", "Rektor, Saga", "Rektor/Saga".
SEPARATOR = re.compile(
    r"[ \t]*(?:[,;&+/]|(?<![\wåäö])(?:och|samt|eller|respektive)(?![\wåäö]))[ \t]*", re.IGNORECASE
)
# A part that belongs to the person before it: their class ("Omar Ali, 7C", "åk 7 och
# 8"), or a word for them after a comma ("Hugo Björk, elev i 8A").
CLASS_FIRST = re.compile(
    rf"[ \t(]*(?:(?:kl\.?|{GRADE_WORD_ANY_CASE})[ \t]*)?(?:[1-9]|F(?![\wåäö]))", re.IGNORECASE
)
# A role in the plural that titles the first name of a list titles each name in it.
PLURAL = re.compile(r"(?:er|erna|arna|orna)\Z", re.IGNORECASE)
# A name joined to its class by "i" (`pii`'s mentions that may say so).
IN_A_CLASS = (PUPIL_IN_CLASS, PUPIL_IN_GRADE, PUPIL_IN_GRADE_WORD, PUPIL_IN_ORDINAL)
JOINED_BY_IN = re.compile(r"\s(?:i|på|från|ur)\s", re.IGNORECASE)

# How to fix it, by why the name is a pupil's: a pupil's word with it (in a field for who
# is responsible, or in a list of staff: a team, the contacts), a role that is someone
# else's, a team member's name "i" a class.
PUPIL_HINT = (
    "vid namnet står ett ord för en elev eller ett elevuppdrag (elev, elevrådets "
    "ordförande, elevskyddsombud …): skriv uppdraget utan elevens namn och klass, "
    "t.ex. 'Elevrådet'"
)
LISTED_HINT = (
    "i en uppräkning räknas bara den som har en personalroll vid sitt namn som personal: "
    "skriv rollen före namnet, t.ex. 'Kurator och mentor Anna Berg (8A)', eller ta bort "
    "elevens namn och klass"
)
TEAM_HINT = (
    "här listas bara personal: ta bort eleven med namn och klass, och beskriv elevernas "
    "deltagande utan namn (t.ex. i texten om trygghetsteamet)"
)
IN_CLASS_HINT = (
    "'namn i klass' är hur en elev nämns: skriv personalens klass i rollen ('Mentor 9B') "
    "eller inom parentes ('Anna Berg (9B)'); en elevs namn och klass ska inte stå här"
)


def staff_field_pupils(text: str, *, team_member: bool) -> Iterator[tuple[int, str, str]]:
    """(index, name, hint) of each pupil named in a field that names staff: a team
    member's `namn` (`team_member`) or who is responsible."""
    every, harmed = with_harm_after(text)
    found = {index: (name, "") for index, name in harmed}
    items = _items(text)
    # (not a pupil's word that the name rule takes for a name: "Hugo Björk, Elev i 8A")
    mentioned = {index: name for index, name in every if _a_name(name)}
    for start, end in items:
        if not any(start <= index < end for index in mentioned):
            mentioned.update(_named_with_a_class(text, start, end))
    for index, name in mentioned.items():
        if index not in found and (hint := _pupil_why(text, items, index, team_member)):
            found[index] = (name, hint)
    for index, (name, hint) in sorted(found.items()):
        yield index, name, TEAM_HINT if team_member and hint == PUPIL_HINT else hint


def _pupil_why(text: str, items: list[tuple[int, int]], index: int, team_member: bool) -> str:
    """The hint for a name with a class at `index` that is a pupil's, "" for staff's."""
    own = next((item for item in items if item[0] <= index < item[1]), (0, len(text)))
    words = text[own[0] : own[1]]
    if _for_a_pupil(words):
        return PUPIL_HINT
    if not staff_role(words):
        others = [text[start:end] for start, end in items if (start, end) != own]
        if any(map(_for_a_pupil, others)):
            return PUPIL_HINT  # "Elevrådet och Saga Lind (9B)", "Ordförande i elevrådet, Saga"
        if any(_role_of_another(other) for other in others):
            return LISTED_HINT
    if team_member and _joined_by_in(text, index):
        return IN_CLASS_HINT
    return ""


def _for_a_pupil(words: str) -> bool:
    return bool(PUPIL_WORD.search(words) or PUPIL_BY_ROLE.search(words))


def _named_with_a_class(text: str, start: int, end: int) -> dict[int, str]:
    """{index: name} of the first name (in full, `fullnames.widened`) in a person's words
    (from `start` to `end`) with a class after it, that the name rule reads no pupil in
    ("Zelda Holm – 8A", "Saga Lind (elev i 9B)"), and no staff role titles: a known first
    name, or a first name and a surname, not a thing's ("Elevrådet i åk 9 (Kiva)")."""
    for word in NAME.finditer(text, start, end):
        name = word.group()
        if not _a_name(name):
            continue
        surname = SURNAME.match(text, word.end(), end)
        if not (name in FIRST_NAMES or (surname and not not_a_name(surname[1]))):
            continue
        after = word.end() if surname is None else surname.end()
        klass = CLASS_DIGIT_FIRST.search(text, after, end) or GRADE.search(text, after, end)
        if klass is None or titled_by_a_role(text, word.start(), klass.end(), reach=40):
            return {}
        return dict([widened(text, word.start(), name)])
    return {}


def _items(text: str) -> list[tuple[int, int]]:
    """Where each person a field lists starts and ends: the text between separators, but
    a part joined to the one before where it gives that person's class ("Omar Ali, 7C",
    "åk 7 och 8") or, after a comma, words for them without a name ("Hugo Björk, elev i
    8A", "Hugo Björk, Elevrådets ordförande, 8A", "Anna Berg (8A), mentor")."""
    separators = list(SEPARATOR.finditer(text))
    items = [[0, len(text)]]
    for number, separator in enumerate(separators):
        rest = separator.end()
        end = separators[number + 1].start() if number + 1 < len(separators) else len(text)
        nameless = not any(_a_name(word.group()) for word in NAME.finditer(text, rest, end))
        if CLASS_FIRST.match(text, rest) or (separator.group().strip() == "," and nameless):
            continue
        items[-1][1] = separator.start()
        items.append([rest, len(text)])
    return [(start, max(end, start + 1)) for start, end in items]


def _a_name(word: str) -> bool:
    """Whether a capitalised word may be a name: not a word for a thing, a group, a pupil
    or a pupil's duty ("Elev", "Elevrådets"), nor a staff role ("Kurator")."""
    return not (not_a_name(word) or PUPIL_WORD.match(word) or STAFF_WORD.fullmatch(word))


def _role_of_another(words: str) -> bool:
    """Whether a part of a list gives a staff role (`listed.staff_role`: "Kurator",
    "Elevhälsan", "Mentor Anna Berg (8A)"), but for a role in the plural followed by a
    name, which titles each name in the list ("Mentorerna Anna Berg (8A) och Per Ek (8B)")."""
    titles = any(
        PLURAL.search(role.group()) and WORD.search(words, role.end())
        for role in STAFF_WORD.finditer(words)
    )
    return staff_role(words) and not titles


def _joined_by_in(text: str, index: int) -> bool:
    """Whether the name at `index` is joined to its class by "i" ("Saga Lind i 9B")."""
    for pattern in IN_A_CLASS:
        mention = pattern.match(text, index)
        if mention is not None and JOINED_BY_IN.search(mention.group()):
            return True
    return False
