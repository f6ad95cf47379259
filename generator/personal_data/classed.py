"""A pupil's e-mail address by its name before @: a class or a grade with a name, as
schools and pupils make them ("omar.lind.9d", "zelda9d", "saga.ak7", "ali.te22a"),
on any domain (`emails.pupil_emails`, TP405 and TP050). A class with only words for a
role, a group or a function names a mailbox, not a pupil ("mentor.4b", "klass4b",
"4b.foraldrar", "info.9a"). Addresses are mostly written without å, ä and ö, so the
words are read so too ("larare" is lärare)."""

from __future__ import annotations

import re

from generator.personal_data.roles import PUPIL_DUTY_STEMS, STAFF_STEMS

# A class or a grade as a word of its own or at a word's end: "9d", "lind9d", "ak7",
# "klass-4b", "te22a" (a program's letters, a year and a letter).
LOCAL_CLASS = re.compile(
    r"(?<![a-zåäö0-9])(?:åk|ak|årskurs|arskurs|klass|kl)[._-]?[1-9f][a-zåäö]?(?![a-zåäö0-9])"
    r"|(?<![0-9])[1-9][a-zåäö](?![a-zåäö0-9])"
    r"|(?<![a-zåäö0-9])[a-z]{2}\d{2}[a-z](?![a-zåäö0-9])"
)
WORD = re.compile(r"[a-zåäö]{2,}")
# Words that name a role, a group or a function, not a person, with å, ä and ö read as
# a, a and o: a role's stem anywhere in the word ("speciallarare"), a group's or a
# function's at its start ("foraldrarna", "infomail"; not the "mail" of "ismail").
_FOLD = str.maketrans("åäö", "aao")
ROLE = re.compile("|".join(stem.translate(_FOLD) for stem in (*STAFF_STEMS, *PUPIL_DUTY_STEMS)))
GROUP = re.compile(
    "klass|arskurs|elev|foraldr|vardnadshavar|info|kontakt|admin|test|user|noreply|reply"
    "|post|mail|expedition|kansli|skol|fritids|grupp|team|lag|kommun|support|hem|bokning"
    "|webb"
)


def classed(local: str) -> bool:
    """Whether the name before an address's @ gives a class or a grade and a word that
    may be a person's name."""
    local = local.casefold().translate(_FOLD)
    if LOCAL_CLASS.search(local) is None:
        return False
    rest = LOCAL_CLASS.sub(" ", local)
    return any(_a_name(word.group()) for word in WORD.finditer(rest))


def _a_name(word: str) -> bool:
    return ROLE.search(word) is None and GROUP.match(word) is None
