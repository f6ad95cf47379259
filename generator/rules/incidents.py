"""The words of a sentence that tells of an incident (`rules.incidentnames`, TP404): the
nouns for one ("incidenten", "en kränkning", "bråket", "skärmdumpar"), what a person did
in one ("bråkade", "skickade skärmdumpar"), the words that say it happened once, at a
time ("i mars", "agerade", "har slagit"), and the words that make a name no person's
(months, owners, compounds). What makes a name staff's, an author's or a thing's there
is `rules.incidentstaff`'s.

Harm to one person ("blev slagen", "retade") is `rules.harm`'s.
"""

from __future__ import annotations

import re

from generator.rules.harm import HARM_WORD, VERB_STEMS
from generator.rules.names import LOWER, UPPER

# The nouns for an incident, in any inflection, alone or ending a compound
# ("nätkränkningen", "rastbråket"); "hot" and "våld" alone only (not "Biohot").
_NOUN = (
    r"[\wåäö]*?(?:incident|händelse|kränkning|bråk|konflikt|mobbning|utfrysning|skärmdump"
    r"|slagsmål|trakasseri|misshandel|ryktesspridning|knuff|nätmobbning)"
    r"(?:en|et|er|ar|erna|arna|na|n|r)?|hot(?:et|en)?|våld(?:et)?"
)
INCIDENT_NOUN = re.compile(rf"(?<![\wåäö-])(?:{_NOUN})(?![\wåäö-])", re.IGNORECASE)
# The forms of a noun for one incident, known or counted ("incidenten", "en konflikt"):
# after them "med" names who was in it; after a general noun it names a way of working
# ("arbetet mot mobbning med Friends").
ONE_INCIDENT = re.compile(
    r"(?:(?:en|ett|den|det|samma)\s+(?:[a-zåäö]+\s+)?[\wåäö]+"
    r"|[\wåäö]*(?:incidenten|händelsen|kränkningen|bråket|konflikten|mobbningen|utfrysningen"
    r"|slagsmålet|misshandeln|hotet|våldet))\Z",
    re.IGNORECASE,
)
# What a person did in an incident, as its subject: a verb for it ("bråkade", "slogs"),
# or a verb whose object, a few words on, is a noun for one ("skickade skärmdumpar",
# "startade bråket", "spred rykten").
DID = re.compile(
    r"(?<![\wåäö])(?:bråka(?:de|t|r)|slogs|putta(?:de|t)|spotta(?:de|t)|nöp|nypt|kasta(?:de|t)"
    r"\s+(?:sten|saker|mat)|filma(?:de|t)|fota(?:de|t)|spred|spridit|spritt)(?![\wåäö])",
    re.IGNORECASE,
)
ACT = re.compile(
    r"(?:skicka(?:de|t)|dela(?:de|t)|la(?:de)?\s+ut|lagt\s+ut|posta(?:de|t)"
    r"|starta(?:de|t)|började|börjat|skrev|skrivit|spred|spridit)"
    r"(?:\s+[\wåäö]+){0,2}?\s+(?:skärmdump\w*|rykte\w*|bilder(?:na)?|bilden|film(?:en|er)?"
    rf"|video\w*|meddelanden\w*|hot\w*|{_NOUN})(?![\wåäö])",
    re.IGNORECASE,
)
# Harm to several ("blev utfrysta", "har blivit retade"), said of the last of the names
# before it ("Alice, Maja och Ebba blev utfrysta").
_MANY = (
    r"utsatta|kränkta|mobbade|hotade|slagna|knuffade|retade|utfrysta|sparkade|bitna"
    r"|trakasserade|utestängda|misshandlade|hånade"
)
HARMED_MANY = re.compile(rf"(?<![\wåäö])(?:{_MANY})(?![\wåäö])", re.IGNORECASE)
MANY_AFTER = re.compile(
    r"\s+(?:blev|blir|har\s+blivit|hade\s+blivit|har|hade|var|är)\s+"
    rf"(?:[a-zåäö]+\s+)?(?:{_MANY})(?![\wåäö])",
    re.IGNORECASE,
)
# What makes a sentence tell of an incident: a noun for one, harm to one person or to
# several, a verb for what one did.
TOLD = (INCIDENT_NOUN, HARM_WORD, HARMED_MANY, DID)
# What says an incident happened once, at a time: a month, a season or a day gone by, a
# verb in the past ("agerade", "blev", "har slagit").
_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
_DAYS = "måndag tisdag onsdag torsdag fredag lördag söndag"
ONCE = re.compile(
    rf"(?<![\wåäö])(?:i\s+(?:{'|'.join(_MONTHS.split())}|höstas|våras|vintras|somras"
    rf"|{'|'.join(day + 's' for day in _DAYS.split())})|förra\s+(?:veckan|månaden|terminen"
    r"|året|läsåret)|i\s*går|häromdagen|[a-zåäö]{2,}(?:ade|dde)|var|blev|hade|gjorde|sa"
    r"|sade|tog|gick|kom|fick|slog|bet|sprang|såg|hände|skedde|kände|hörde|följde|mötte"
    r"|skrev|spred|drog|sköt|har\s+(?:[a-zåäö]+\s+)?[a-zåäö]+(?:at|it|tt)"
    rf"|(?:{'|'.join(VERB_STEMS)})(?:ade|ades|at|te|tes)|slagit|bitit|frusit|stängt"
    r"|utsattes|utfrystes)(?![\wåäö])",
    re.IGNORECASE,
)
# Capitalised words that are no person in such a sentence: months and weekdays at a
# sentence's start, and words that start one.
NOT_PERSONS = frozenset(
    (*(w.capitalize() for w in (*_MONTHS.split(), *_DAYS.split())), "Nog", "Noga", "Nu")
)
# A person's name: a first name (maybe two joined by a hyphen, "Anna-Karin"), maybe with
# a second capitalised word right after it. Not part of a word joined by a hyphen
# ("Karlsson-salen").
WORD = re.compile(
    rf"(?<![\wåäö-])[{UPPER}][{LOWER}]{{1,20}}(?:-[{UPPER}][{LOWER}]{{1,20}})?(?![\wåäö-])"
)
# Who else was in it, joined to a name by "och": a pupil's word ("Noah och en annan elev")
PUPIL_PARTNER = re.compile(
    r"\s*,?\s+(?:och|samt)\s+(?:(?:en|ett|två|tre|några|flera|hans|hennes|sin|sina)"
    r"\s+)?(?:(?:annan|andra|ny|nya|äldre|yngre)\s+)?(?:elev|kompis|klasskamrat"
    r"|klasskompis|kamrat|vän|vänner|flicka|flickor|pojke|pojkar|kille|killar|tjej|tjejer"
    r"|barn)\w*",
    re.IGNORECASE,
)
# A name's partner in the same incident: "X och Y", "X, Y och Z", "X eller Y".
JOINS = re.compile(r"\s*(?:,\s*(?:och\s+)?|\s+(?:och|eller|samt)\s+)")
# Who an incident was with, right after its noun: "incidenten med", "kränkning mot",
# "bråket mellan", "utfrysningen av", "skärmdumpar från" (maybe with where it was between:
# "bråket på rasten mellan").
AFTER_NOUN = re.compile(
    r"\s+(?:(?:på|i|under|vid)\s+[a-zåäö]+\s+)?(?P<by>mot|med|mellan|av|från|kring)"
    r"\s+\Z",
    re.IGNORECASE,
)
# The subject of what one did: "Noah bråkade", "Wilma har skickat skärmdumpar".
ACTOR = re.compile(
    r"(?:\s+(?:har|hade|också|även|sedan|då))*\s+(?:" + DID.pattern + "|" + ACT.pattern + ")",
    re.IGNORECASE,
)
NOUN_BEFORE = re.compile(rf"(?:{INCIDENT_NOUN.pattern})\Z", re.IGNORECASE)
# After a name, what makes it a place's or a thing's: a compound's dash
# ("Karlsson-salen"), a number ("Max 25"), a word for a court, an authority or a place
# ("Svea hovrätt", "Vega förskola", "Luna park"); after a word that is no known first
# name, an owner's "s" before a noun ("Ekbackens skola"; not "Elias blev").
_INSTITUTION = (
    "hovrätt|tingsrätt|kammarrätt|kommun|region|skola|skolan|förskola|förskolan|gymnasiet"
    "|kyrka|kyrkan|park|parken|torg|torget|gata|gatan|vägen|hallen|biblioteket|centrum"
    "|teatern|museet|gården|badet"
)
PLACE_AFTER = re.compile(rf"\s*-|\s+[A-ZÅÄÖ][\wåäö]*-|\s+\d|\s+(?:{_INSTITUTION})(?![\wåäö])")
OWNER_AFTER = re.compile(r"(?<=s)\s+[a-zåäö]")

# Why a name is a pupil's: it stands in a sentence about an incident, or it is joined to
# a pupil's name in a sentence about anything else, or it tells who reported or told of
# one, or whose guardians (`rules.reporters`). Why words point a pupil out with no name
# (`rules.described`): placed in a class, a grade or a small group, or with no place and
# a ground or health said of them.
IN_INCIDENT = "händelse"
JOINED = "ihop"
REPORTED = "anmälde"
IN_A_PLACE = "placerad"
ALONE = "ensam"

_SAID = {
    IN_INCIDENT: "i en mening om en händelse eller kränkning",
    JOINED: "tillsammans med en annan elevs namn (med 'och', 'eller' eller komma)",
    REPORTED: "som den som anmäler eller berättar om något, eller vars vårdnadshavare nämns",
}
_NAMED_HINT = (
    'skriv om utan namn, t.ex. "en elev"; är det personal, skriv rollen före namnet '
    '("kurator Helena Sund") eller ange personen under kontakter eller trygghetsteam i '
    "skola.yml; är det en bok, en film eller en figur i en berättelse, skriv titeln inom "
    'citattecken ("«Emil i Lönneberga»") eller efter ordet boken eller filmen'
)


def incident_message(name: str, why: str) -> tuple[str, str]:
    """The message and the hint for a pupil named in a sentence about an incident,
    joined to a pupil's name, or as who reported or told (`why`); or for the words that
    point one out by a place (`IN_A_PLACE`) or by a ground or health (`ALONE`)."""
    if why == IN_A_PLACE:
        return (
            f"'{name}' pekar ut en enskild elev: en klass, en årskurs eller en liten grupp "
            "och en känslig uppgift eller en kränkning i samma mening",
            'skriv om utan klass och grupp, t.ex. "en elev har blivit utfryst", eller om '
            'flera: "några elever i åk 7–9 har blivit utfrysta"',
        )
    if why == ALONE:
        return (
            f"'{name}' pekar ut en enskild elev: en känslig uppgift (hälsa, diagnos, "
            "funktionsnedsättning, religion, ursprung, sexuell läggning eller kön) om en "
            "elev i en mening om vad som hänt (GDPR art. 9)",
            'skriv om utan uppgiften om eleven, t.ex. "en elev har blivit utfryst", eller om '
            'flera: "några elever med funktionsnedsättning i åk 7–9 upplever …"',
        )
    return f"'{name}' ser ut att vara en elev som nämns vid namn {_SAID[why]}", _NAMED_HINT
