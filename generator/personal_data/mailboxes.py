"""A pupil's address at the school's own domain, by one word and a class before @
(TP405): "zelda9d@strandvik.se", "ismail.5b@strandvik.se". On a school's own domain a
class with one word names a mailbox only where the word is a subject, an errand, a
school's name, a role's or a group's ("svenska.4a", "franvaro.7b", "ekbacken4a",
"mentor.4b"), or a declared member of staff's surname ("berg4b", "elin.berg.4b": Elin
Berg in the school's kontakter or trygghetsteam); any other word glued to a class there
is a pupil's name. (On other domains `personal_data.classed` asks for more: a known name
or two words.) Each address of a text is sorted once (`pupil_addresses`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

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


class Why(Enum):
    """Why an address is a pupil's."""

    ON_A_PUPIL_DOMAIN = "the school's elevdomän, or a domain with a part such as 'elev'"
    CLASSED = "a class and a name before @ (`classed`), on any domain"
    ON_OWN_DOMAIN = "one word, no mailbox's, and a class before @, on an own domain"


@dataclass(frozen=True)
class Domains:
    """What the addresses of a school's texts are sorted by: its pupil domains, its own
    domains, the words of the schools' names (`school_words`) and its declared staff's
    names (`staff_names`)."""

    pupils: tuple[str, ...]
    own: tuple[str, ...]
    schools: frozenset[str]
    staff: frozenset[tuple[str, ...]] = frozenset()


def pupil_addresses(text: str, domains: Domains) -> Iterator[tuple[int, str, Why]]:
    """(index, domain, why) of each pupil's address in `text`, each address read once: on
    a pupil domain; else, on an own domain, no declared staff's; else with a class and
    a name before @ (`classed`), or on an own domain one word and a class (`_pupil`)."""
    for index, local, domain in addresses(text):
        if pupil_domain(domain, domains.pupils):
            yield index, domain, Why.ON_A_PUPIL_DOMAIN
            continue
        own = within(domain, domains.own)
        if own and _staff(local, domains.staff):
            continue
        if classed(local, domain):
            yield index, domain, Why.CLASSED
        elif own and _pupil(local, domains.schools):
            yield index, domain, Why.ON_OWN_DOMAIN


def staff_names(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The words of each declared staff's full name as an address writes them: "Elin
    Berg" gives ("elin", "berg")."""
    return frozenset(tuple(WORD.findall(name.casefold().translate(_FOLD))) for name in names)


def _staff(local: str, staff: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words before @ beside a class are a declared staff member's, their
    surname among them ("berg4b", "elin.berg.4b"; not "elin4b", a pupil's first name)."""
    local = local.casefold().translate(_FOLD)
    if not staff or LOCAL_CLASS.search(local) is None:
        return False
    named = set(WORD.findall(LOCAL_CLASS.sub(" ", local)))
    return any(named <= set(name) and named & set(name[1:]) for name in staff)


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
