"""A pupil's address at the school's own domain, by one word and a class before @
(TP405): "zelda9d@strandvik.se", "ismail.5b@strandvik.se". On a school's own domain a
class with one word names a mailbox only where the word is a subject, an errand, a
school's name, a role's or a group's ("svenska.4a", "franvaro.7b", "ekbacken4a",
"mentor.4b"); any other word glued to a class there is a pupil's name. (On other
domains `personal_data.classed` asks for more: a known name or two words.)
"""

from __future__ import annotations

from generator.personal_data.classed import GROUP, LOCAL_CLASS, ROLE, WORD, classed
from generator.personal_data.emails import addresses, pupil_domain, within
from generator.text import words

# Subjects, errands and activities a school gives a class's mailbox, read without å, ä and ö: short
# ones as whole words ("ma", "bio"), longer ones as a word's start ("svenskan",
# "franvaroanmalan"); none is a first name's start.
SHORT_ERRANDS = words(
    """
    sv sva sfi eng ma no so nv sh ih idh bio geo hkk mat tra rel uf bild kemi tema prov
    brev fest foto info kiosk cafe resa sjuk prao lager lov lax sim bal ledig hist vh
    eht ehm dans kor lag bibl exp
    """
)
ERRANDS = words(
    """
    svensk engelsk matte matemat idrott gympa musik slojd textil hemkunskap biolog fysik
    teknik geografi histori religion samhall spansk tysk fransk modersmal sprak modern
    franvaro sjukanm ledighet anmal studie skolresa klassresa utflykt praktik frilufts
    lucia avslutning schema bibliotek kalender nyhet veckobrev inlamning projekt arbete
    lektion mentorstid elevhals trivsel kassa lunch disco laxor laxhjalp fotboll
    innebandy handboll basket friidrott schack orkester drama teater simning vikarie
    rastvakt matsedel mottagning
    """
)
_FOLD = str.maketrans("åäö", "aao")


def school_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of the schools' names and folders as an address writes them: "Ekbackens
    skola" gives "ekbackens" and "ekbacken"."""
    found: set[str] = set()
    for name in names:
        for word in WORD.findall(name.casefold().translate(_FOLD)):
            if len(word) > 3:
                found.update({word, word.removesuffix("s")})
    return frozenset(found)


def own_domain_pupils(
    text: str, own: tuple[str, ...], schools: frozenset[str], pupils: tuple[str, ...]
) -> list[tuple[int, str]]:
    """(index, domain) of each address at one of `own` domains (or under one) whose name
    before @ is one word, no mailbox's, and a class (`schools`: `school_words`); not
    those `emails.pupil_emails` finds already (on `pupils`, the pupil domains)."""
    return [
        (index, domain)
        for index, local, domain in addresses(text)
        if within(domain, own)
        and not (pupil_domain(domain, pupils) or classed(local, domain))
        and _pupil(local, schools)
    ]


def _pupil(local: str, schools: frozenset[str]) -> bool:
    local = local.casefold().translate(_FOLD)
    if LOCAL_CLASS.search(local) is None:
        return False
    named = WORD.findall(LOCAL_CLASS.sub(" ", local))
    return len(named) == 1 and _a_name(named[0], schools)


def _a_name(word: str, schools: frozenset[str]) -> bool:
    if ROLE.search(word) or GROUP.match(word) or word in SHORT_ERRANDS:
        return False
    if any(word.startswith(errand) for errand in ERRANDS):
        return False
    return not any(word.startswith(school) or school.startswith(word) for school in schools)
