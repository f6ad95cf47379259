"""The signs that a name in a text is staff's, not a pupil's (`rules.pii`): a role right
before it ("mentor Anna i 4B"), "… är mentorer" after it, a contact list's phone number
right after it, or a list under a heading or a line that names a role ("## Mentorer",
"Mentorer i åk 7:"). A heading right before a sentence about what happened is no sign:
"## Mentorer" and then "Maria i 8B blev slagen" names a pupil. Nor is a role right before
the name where a verb or an adverb stands before the role: the role is then the subject
or the object, and the name the next part of the sentence ("I korridoren stoppade
rektorn Omar i 6B", "Efter rasten hittade lärarna Kalle i 4B").
"""

from __future__ import annotations

import functools
import re

from generator.personal_data.classes import GRADE_WORD_ANY_CASE, PROGRAMME
from generator.personal_data.roles import NOT_STAFF_BESIDE_A_NAME
from generator.rules import textindex
from generator.rules.harm import harm_follows
from generator.text import words

# The roles whose word beside a name makes it staff's. Fewer than a contact's staff roles
# (`personal_data.roles`): a word that may also stand beside a pupil's name or a list of
# pupils ("ansvarig för rastlådan", "## Psykisk hälsa", "Remitterade till psykolog:")
# would let a pupil's name be published, and so would a title pupils have for a week in
# class ("Veckans vaktmästare Kalle", "Klassens IT-tekniker Omar", "Dagens måltidsbiträde
# Lisa"). A pupil's duty is never staff's, though its word holds one ("Trivselledaren
# Noor i 5A"). The role's word
# ends the word, but for its inflections: a compound that goes on after it names a pupil
# ("Mentorseleven Ella", "Resurseleven Omar"); one that ends in it is staff
# ("skolsköterskan", "fritidspedagogerna").
_STAFF = (
    rf"(?<![\wåäö])(?!\w*?{NOT_STAFF_BESIDE_A_NAME})\w*?"
    r"(?:mentor|lärare?|pedagog|rektor|kurator|resurs(?:person)?|assistent|sköterska|personal"
    r"|klassföreståndare|handledare|coach|ledare|kontakt(?:person)?|trygghetsteam"
    r"|elevhälsoteam|vikarie|barnskötare|kock|lokalvårdare|chaufför|fastighetsskötare?"
    r"|skolsekreterare?)"
    r"(?:n|en|et|er|erna|na|r|rna)?"
)
_WORD_END = r"(?![\wåäö])"
# A role's word with its genitive, which a heading or a list's line may give ("Mentorernas
# telefontider:"), but not the word before a name: "Mentorns Anna" is no mentor
_STAFF_OR_GENITIVE = _STAFF + "s?" + _WORD_END
# The one class or group a role may name before the name ("Mentor i 4B, Anna Berg",
# "Mentor för åk 4: Anna", "Lärare i förskoleklass Anna"): one token, never a few words of
# the sentence ("Läraren i 3A knuffade Adam i 3A": the verb is no part of the role).
_GROUP = (
    rf"(?:{GRADE_WORD_ANY_CASE}[ \t]*[1-9]|[1-9][ \t]?[A-ZÅÄÖa-zåäö]?(?![\wåäö])"
    rf"|förskoleklass(?:en)?|{PROGRAMME})"
)
# A role right before the name ("mentor Anna", "Mentorer i åk 4: Anna", "Mentor – Anna"),
# "… är mentorer"
# after it in the sentence, a line that lists staff ("Mentorer i åk 4: …").
STAFF_BEFORE = re.compile(
    _STAFF + _WORD_END + rf"(?:[ \t]+(?:i|för)[ \t]+{_GROUP})?[ \t]*[:,–—]?[ \t]*\n?[ \t]*\Z",
    re.IGNORECASE,
)  # within a paragraph: "## Mentorer", a blank line and a sentence is no role before it
# (Where each "… är mentorer" starts: `stafflists` looks for the first after a name, and
# whether its sentence ends before it.)
STAFF_AFTER = re.compile(
    r"(?=\b(?:är|var|blir)\s+(?:vår|våra|ny|nya|deras|hennes|hans)?\s*" + _STAFF + _WORD_END + ")",
    re.IGNORECASE,
)
STAFF_LIST = re.compile(
    _STAFF_OR_GENITIVE + r"[^:\n.]{0,20}:", re.IGNORECASE
)  # "Mentorer i åk 4: …"
PHONE = re.compile(r"(?<![\d-])0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2,3}(?![\d-])")
PHONE_REACH = 30  # characters after a name within which a contact list gives its number


LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
STAFF_WORD = re.compile(_STAFF_OR_GENITIVE, re.IGNORECASE)
GROUP = re.compile(rf"(?:(?:i|för)[ \t]+)?{_GROUP}", re.IGNORECASE)
# The words a heading, a list's intro or a label may hold beside staff roles and their
# groups, and still name staff and nothing else: "## Våra mentorer", "Mentorernas
# kontaktuppgifter:", "Skolans kurator och skolsköterska:". Any other word ("## Mentorernas
# rapport", "Kuratorn har träffat:", "Samtal med kurator:", "## Elevrådet med mentorer")
# says what staff did or whom the list is of, and excuses no name.
LIST_NOUNS = words(
    "och samt kontaktuppgifter kontakter kontakt telefontider telefonnummer telefon namn "
    "lista e-post epost mejl mejladresser"
)
LABEL_TOKEN = re.compile(r"[^\s,/&]+")
# The period a list is for ("## Mentorer läsåret 2026/27", "Mentorer ht 2026:").
PERIOD = re.compile(
    r"(?:\b(?:för|under)\s+)?(?:\b(?:läsåret|läsår|hösten|våren|ht|vt|år)\s+)?"
    r"\b\d{4}(?:\s*[/–-]\s*\d{2,4})?\b",
    re.IGNORECASE,
)


def names_staff_only(label: str) -> bool:
    """Whether a heading, a list's intro line or a label before a colon names staff roles
    (with their groups) and nothing else."""
    body = PERIOD.sub(" ", label.strip().lstrip("#*+-> \t").rstrip(":*_ \t"))
    body = GROUP.sub(" ", body)
    staff = False
    for token in LABEL_TOKEN.findall(body):
        word = token.strip("*_()").lower()
        if STAFF_WORD.fullmatch(word):
            staff = True
        elif not (word in IN_A_TITLE or word in LIST_NOUNS or _GENITIVE_OWNER.fullmatch(word)):
            return False
    return staff


# The words after which a staff role and the name right after it are one person, the role
# the name's title: a preposition or a conjunction ("med mentor Anna i 4B", "och rektor
# Anna Berg"), a copula, an auxiliary (the subject after it is followed by the main verb,
# not by an object), and a verb whose object is whom one turns to ("Kontakta kuratorn Lisa
# Ek"). After any other word, a verb or an adverb above all, the role may be the subject
# of an inverted clause or an object, and the name the next part of the sentence.
TITLE_AFTER = words(
    """
    med hos till av för från på i vid enligt via genom åt mot om utan bland inklusive
    och eller samt men respektive som att när då där medan eftersom innan tills
    är var blir blev vara varit bli blivit heter hette
    har hade kan kunde ska skall skulle vill ville måste bör borde kommer brukar
    kontakta ring ringa mejla maila fråga prata tala vänd vända träffa boka meddela informera
    """
)
# Words that may stand between such a word and the role ("med vår kurator Lisa", "till
# biträdande rektor Per Holm", "skolans kurator"): looked past, to the word before them.
POSSESSIVES = words("vår våra er ert era din dina min mina deras hans hennes dess")
IN_A_TITLE = POSSESSIVES | words(
    "den det de en ett ny nya biträdande tillförordnad ansvarig ansvariga"
)
GENITIVE = re.compile(r"\w{2,}s|\w+:s", re.IGNORECASE)  # "skolans", "4B:s"
# A genitive that may own a staff list: the school's, a class's ("skolans", "4B:s").
_GENITIVE_OWNER = re.compile(r"skolans|enhetens|\w+:s", re.IGNORECASE)
TOKEN_BEFORE = re.compile(r"(\S+)(\s*)\Z")
TITLE_REACH = 3  # the words looked at before a role: "med vår nya kurator"


# A name set off by a comma after a role is the role's only where the sentence (or a
# cell) ends right after it ("… besvaras av mentorn, Anna i 4B."), or where a comma
# closes it and the role is someone's ("Kontakta vår kurator, Lisa Ek i 4B, på
# tisdagar", "skolans kurator, …"). Otherwise the commas separate a list's parts
# ("Närvarande: rektorn, Maja i 7A, hennes mamma", "med läraren, Adam i 3A, och rektorn").
SENTENCE_ENDS = re.compile(r"[ \t]*(?:[.!?|\n]|\Z)")
APPOSITION_CLOSED = re.compile(r"[ \t]*[,;:)]")


OWN_GROUP = re.compile(r"\s(?:i|för)\s", re.IGNORECASE)  # "mentorn i 4B", "läraren för åk 4"


def titled_by_a_role(text: str, start: int, end: int, *, reach: int) -> bool:
    """Whether a staff role within `reach` characters before the mention of a name at
    `start` (to `end`) stands right before it as its title: after the start of a sentence,
    a line or a list, or after a word of `TITLE_AFTER` ("Mentor Anna i 4B", "Kontakta
    mentorn Anna i 4B"); set off by a comma, only as `SENTENCE_ENDS` and
    `APPOSITION_CLOSED` tell."""
    window = max(0, start - reach)
    role = STAFF_BEFORE.search(text[window:start])
    if role is None or OWN_GROUP.search(role.group()):
        # "Läraren i förskoleklassen Ali i 1A": a role that names its own group is no
        # title for a name with a class of its own (every mention here has one)
        return False
    role_start = window + role.start()
    while role_start > 0 and (text[role_start - 1].isalnum() or text[role_start - 1] == "_"):
        role_start -= 1  # a role's word that the window cut
    if "," in role.group() and not _apposition(text, role_start, end):
        return False
    if ":" in role.group():
        return labels_staff(text, window + role.start() + role.group().index(":"), start, end)
    return _starts_a_title(text, role_start)


# A first name joined to its class by "i" says which class a person is in, as a pupil is
# ("Ansvarig lärare: Saga i 4B"); a label of staff gives a full name or the class it has
# ("Mentor: Anna Berg, 7A", "Mentor 4B: Anna").
IN_A_CLASS = re.compile(r"\w+\s+i\s", re.IGNORECASE)


def labels_staff(text: str, colon: int, start: int, end: int) -> bool:
    """Whether the label before the colon at `colon` (from its line's start) names staff
    only, and the name it labels (the mention from `start` to `end`) is given as staff's:
    not a first name "i" a class, nor followed by what one person suffered or did."""
    if not _label_of_staff(text, textindex.line_start(text, colon), colon):
        return False
    return not harm_follows(text, end) and not IN_A_CLASS.match(text, start)


@functools.lru_cache(maxsize=256)  # a line's first label is asked for each name after it
def _label_of_staff(text: str, line_start: int, colon: int) -> bool:
    """`names_staff_only` of the label from `line_start` to `colon`: at once no where a
    colon that ends a word stands in it ("Mentor: Anna i 4B, mentor: Saga"; a token with a
    colon names staff only as a genitive, "4B:s"), as on a long line of labels."""
    if textindex.after_a_colon(text, line_start) < colon:
        return False
    return names_staff_only(text[line_start:colon])


def _apposition(text: str, role_start: int, end: int) -> bool:
    """Whether a name set off by a comma after a role is the role's (`SENTENCE_ENDS`)."""
    if SENTENCE_ENDS.match(text, end):
        return True
    return APPOSITION_CLOSED.match(text, end) is not None and _someones(text, role_start)


def _someones(text: str, end: int) -> bool:
    """Whether a possessive or a genitive ("vår", "skolans", "4B:s") stands before a role
    that starts at `end`, maybe with words of `IN_A_TITLE` between ("vår nya kurator")."""
    for _ in range(TITLE_REACH):
        token = TOKEN_BEFORE.search(text, max(0, end - 60), end)
        if token is None or not token[1][-1].isalnum():
            return False
        word = token[1].lstrip("([\"'»”").lower()
        if word in POSSESSIVES or (GENITIVE.fullmatch(word) and word not in TITLE_AFTER):
            return True  # ("hos" and "tills" are no genitives)
        if word not in IN_A_TITLE:
            return False
        end = token.start()
    return False


def _starts_a_title(text: str, end: int) -> bool:
    for _ in range(TITLE_REACH):
        token = TOKEN_BEFORE.search(text, max(0, end - 60), end)
        if token is None or token[2].count("\n") > 1 or not token[1][-1].isalnum():
            # The text or a paragraph starts with the role, or punctuation ends a
            # sentence or a clause, or marks a list or a cell, before it
            return True
        word = token[1].lstrip("([\"'»”").lower()
        if word in TITLE_AFTER:
            return True
        # A word with a digit tells nothing, but for a class's genitive ("4B:s mentor")
        if not (word in IN_A_TITLE or GENITIVE.fullmatch(word)):
            return False
        end = token.start()
    return False
