"""Whether a capitalised word no list knows is a common noun or may be a name (TP404):
"Mötena–4B", "Schemana–4B", "Läxorna–4B" and "Bussen från 9B" name things, while
"Zoran-4B", "Kristian–4B" and "Dragan ur 9B." name pupils, though names end as nouns
do (Zoran, Stefan, Ragnar, Peter, Milena).

A noun is told by what it is, not by how it ends: a form of a noun a school's texts use
(`NOUNS`: "möte" gives "mötet", "möten", "mötena"), alone or as the end of a compound
("Rastaktiviteterna", "Bokcirkeln"), or a shape only nouns have ("-ningen", "-heten",
"-tionen", "-erna", "Bussen"), or a word `names.not_a_name` lists. A known first name
is never a noun. A noun glued to a class is still a name where what one person
suffered or did, or how one person is, follows it ("Sagan-4B blev slagen").
"""

from __future__ import annotations

import re

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.harm import harm_follows
from generator.rules.names import not_a_name
from generator.rules.phrasings import ONE_PERSON, ONE_PERSON_DID
from generator.text import words

# Nouns of school texts, in their base form, with å, ä and ö. None is a name, nor the
# end of a common name ("sten" of Torsten, "visa" of Lovisa, "offer" of Kristoffer and
# "drag" of Dragan are left out).
NOUNS = words(
    """
    skola klass grupp lag team rast lektion läxa regel rutin vecka dag månad termin möte
    samtal schema tema plan mål åtgärd insats enkät svar fråga resultat uppgift övning
    aktivitet lek spel karta bild film bok saga text sida lista tabell blankett rapport
    händelse ärende fall kränkning trakasseri konflikt bråk olycka risk orsak analys besök
    resa utflykt buss tåg cykel väg gård plats rum sal hall korridor trappa toalett matsal
    kök bibliotek aula entré skåp dörr fönster vägg bänk stol dator skärm mobil telefon
    chatt kanal app konto material papper penna häfte pärm låda boll rep redskap mat lunch
    frukost mellanmål fika kiosk fest disco dans musik kör sång teater drama konsert
    tävling turnering match cup serie träning idrott gympa simning bad skridsko pingis
    schack pyssel slöjd ämne kurs prov test betyg omdöme elev barn förälder familj syskon
    kompis kamrat vän ledare fadder värd vakt mentor lärare personal rektor kurator
    sköterska resurs assistent vikarie kollega chef ledning kommun stad område hus våning
    hiss lekplats fritids förskola avdelning enhet program kväll morgon lov höst vinter
    sommar period läsår nyhet brev meddelande inbjudan kallelse protokoll anteckning
    dokument fil mapp länk adress nummer tid datum klocka stund pass block modul kapitel
    avsnitt del steg punkt rad kolumn ruta fält bilaga exempel mall förslag idé tips råd
    stöd hjälp kontakt uppdrag ansvar roll policy riktlinje trivsel miljö klimat kultur
    norm krav behov kunskap arbete projekt fokus uppstart start slut genomgång samling
    intervju statistik siffra andel antal cirkel klubb elevråd klassråd teknik matte
    språk ord bokstav räkning sport gymnastik friluftsliv natur skog strand park sjö
    vatten snö bana tält läger lokal byggnad flygel paviljong tillfälle förhör
    matsedel meny ansökan beslut underlag uppföljning utvärdering information
    lucia jul påsk midsommar halloween advent allhelgona mårtensgås afton nyår pride
    """
)
# Shapes only nouns have (besides `names.NOUN_SHAPE`'s): "-ningen", "-eringen", "-heten",
# "-skapet", "-tionerna", "-elsen", "-iteten", "-ismen", "-eriet", "-andet", "-endena",
# and a definite form after a double consonant ("Bussen", "Rummet").
SHAPE = re.compile(
    r"\w{2,}(?:ning|ering|het|skap|tion|else|itet|ism|ium)(?:en|et|er|ar|na|erna|arna|n|t|r)?"
    r"|\w{2,}(?:ande|ende)(?:t|n|na)?|\w{2,}eri(?:et|er|erna)"
    r"|\w*(?P<twice>[bdfgklmnprstv])(?P=twice)(?:en|et)",
    re.IGNORECASE,
)
# Names with a noun's shape ("Henning" ends as "Övning" does; "Dag" is one).
NAMES_SHAPED_AS_NOUNS = words("Dag Henning Channing Manning")
# The endings a noun's forms add to it, longest first: "-orna" of "läxorna", "-na" of
# "mötena", "-n" of "veckan".
ENDINGS = ("arna", "erna", "orna", "ena", "ana", "en", "et", "ar", "er", "or", "na", "n", "t", "r")
_KNOWN = frozenset(name.casefold() for name in (*FIRST_NAMES, *NAMES_SHAPED_AS_NOUNS))
_SAID_OF_ONE = re.compile(
    rf"[ \t]*[,:]?[ \t]+(?:{ONE_PERSON_DID}|{ONE_PERSON})(?![\wåäö])", re.IGNORECASE
)


def a_noun(word: str) -> bool:
    """Whether a capitalised `word` is a common noun's form, alone or as the end of a
    compound, and no known first name."""
    if word.casefold() in _KNOWN:
        return False
    if not_a_name(word) or SHAPE.fullmatch(word) is not None:
        return True
    word = word.casefold()
    # The whole word, or an end of it of four letters or more after three or more
    # ("Skol-resan"; not "Te-resa")
    return any(_a_form(word[at:]) for at in (0, *range(3, len(word) - 3)))


def _a_form(word: str) -> bool:
    """Whether `word` is a form of one of `NOUNS`: itself, or with an ending after its
    stem ("läx-orna" of "läxa", "regl-er" of "regel", "pojk-ar" of "pojke")."""
    if word in NOUNS:
        return True
    for ending in ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 1:
            contracted = f"{stem[:-1]}e{stem[-1]}"  # "regl" of "regel"
            if any(s in NOUNS for s in (stem, stem + "a", stem + "e", contracted)):
                return True
    return False


# A word for when before a day's or an event's name ("Efter Lucia i 4B", "inför Advent").
WHEN_BEFORE = re.compile(r"(?<![\wåäö])(?:efter|inför|före|innan|under|sedan)[ \t]+\Z", re.I)


def an_event(text: str, start: int, word: str) -> bool:
    """Whether a capitalised `word` at `start` names a day or an event: a noun (`a_noun`;
    "Lucia", "Påsklovet", "Mårtensgås") after a word for when. Elsewhere a noun that is a
    name too may be one ("Vi pratade med Lucia i 4B")."""
    return WHEN_BEFORE.search(text, max(0, start - 10), start) is not None and a_noun(word)


def said_of_one(text: str, end: int) -> bool:
    """Whether what one person suffered or did, or how one person is, is said after the
    mention that ends at `end` in `text` ("Sagan-4B blev slagen", "… har flyttat", "…
    mår dåligt"), which is said of no heading's noun."""
    return harm_follows(text, end) or _SAID_OF_ONE.match(text, end) is not None
