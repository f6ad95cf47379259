"""A pupil's e-mail address by its name before @: a class or a grade with a name, as
schools and pupils make them ("omar.lind.9d", "saga9d", "saga.ak7", "ali.te22a"), on
any domain (`emails.pupil_emails`, TP405 and TP050). A name is a known first name, or
two words or more that are no role's, group's or function's ("omar.lind"), or on a
private mail service any such word ("zelda9d@hotmail.com": no school has its mailboxes
there). A class with one other word at a school names a mailbox, a subject or an errand,
not a pupil ("mentor.4b", "klass4b", "svenska.4a", "franvaro.7b", "studieresa.9c").
Addresses are mostly written without å, ä and ö, so the words are read so too
("larare" is lärare)."""

from __future__ import annotations

import re

from generator.personal_data.classes import CLASS_IN_AN_ADDRESS
from generator.personal_data.firstnames import FIRST_NAMES
from generator.personal_data.roles import PUPIL_DUTY_STEMS, STAFF_STEMS
from generator.text import words

LOCAL_CLASS = re.compile(CLASS_IN_AN_ADDRESS)
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


# Mail services where people have their own addresses, not organisations' mailboxes.
PRIVATE_MAIL = words(
    "gmail googlemail hotmail outlook live msn icloud me mac yahoo aol protonmail proton "
    "gmx telia spray bredband comhem tele2 passagen"
)


def private_mail(domain: str) -> bool:
    """Whether `domain` is a private mail service's ("hotmail.com", "gmail.se")."""
    parts = domain.casefold().split(".")
    return len(parts) >= 2 and parts[-2] in PRIVATE_MAIL


def classed(local: str, domain: str = "") -> bool:
    """Whether the name before an address's @ (on `domain`) gives a class or a grade and
    a person's name."""
    local = local.casefold().translate(_FOLD)
    if LOCAL_CLASS.search(local) is None:
        return False
    rest = LOCAL_CLASS.sub(" ", local)
    named = [word for word in (w.group() for w in WORD.finditer(rest)) if _a_name(word)]
    return (
        len(named) > 1
        or any(word in KNOWN for word in named)
        or (bool(named) and private_mail(domain))
    )


KNOWN = frozenset(name.casefold().translate(_FOLD) for name in FIRST_NAMES)


def _a_name(word: str) -> bool:
    return ROLE.search(word) is None and GROUP.match(word) is None
