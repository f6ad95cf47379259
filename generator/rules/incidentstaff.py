"""Whether a name in a sentence that tells of an incident is staff's, an author's, a
contact's or a thing's, and no pupil's (`rules.incidentnames`, TP404): a word for a thing
before it (`names.THING_BEFORE`), "beslutad av", "enligt", "kontakta", a staff role as
its title or after it ("kurator Ebba Lind", "Ebba Lind, kurator,"), staff's work after it
("Anna Berg utredde"), a colleague beside it, a declared member of staff
(`rules.declaredstaff`), and the signs of staff `rules.stafflists` reads; and whether it
stands in a quoted title (`in_a_title`). The words for these are here.
"""

from __future__ import annotations

import re

from generator.rules import textindex
from generator.rules.declaredstaff import names_declared_staff
from generator.rules.harm import harm_follows
from generator.rules.incidentpersons import Person
from generator.rules.names import GROUP_BEFORE, LOWER, STAFF_IN_A_WORD, THING_BEFORE, UPPER
from generator.rules.staff import LIST_ITEM, PHONE_REACH, STAFF_WORD, titled_by_a_role
from generator.rules.stafflists import staff_named
from generator.text import words

# What makes the name after it an author's, a decision's, a contact's or a speaker's:
# "av" after a verb for writing, deciding or leading ("gjordes av", "leddes av"; not
# after harm: "mobbades av"), "enligt", a verb for reaching someone, a lecture's "av".
NOT_IN_IT_BEFORE = re.compile(
    r"(?<![\wåäö])(?:(?:beslut\w*|skriv\w*|författ\w*|undertecknad\w*|godkän\w*|fastställ\w*"
    r"|antag\w*|upprätta\w*|uppdatera\w*|sammanställ\w*|gjord|gjort|utredd|utrett|ledd|lett"
    r"|hållen|hållet|gjordes|hölls|skrevs|leddes|utreddes|beslutades|fastställdes"
    r"|sammanställdes|anmäldes|genomfördes|planerades)\s+av"
    r"|enligt|kontakta|ring|ringa|mejla|maila|vänd\s+dig\s+till"
    r"|hör\s+av\s+dig\s+till|boka"
    r"|(?:föreläsning|föredrag|utbildning|workshop)\w*\s+(?:av|med|från))\s+\Z",
    re.IGNORECASE,
)
# What staff do about an incident, or did in writing: said of the name before it ("Anna
# Berg utredde kränkningen", "rutinen som Anna Berg skrev"), maybe with others joined to
# it, or right before it ("I mars anmälde Tomas Åberg kränkningen"); or a staff role or
# staff's group after the name ("Anna i personalen").
_STAFF_VERBS = (
    r"(?:(?:har|hade)\s+)?(?:skrev|skrivit|beslutade|beslutat|fastställde|fastställt"
    r"|undertecknade|sammanställde|sammanställt|tog\s+fram|tagit\s+fram|ansvarar|ansvarade"
    r"|leder|ledde|lett|utredde|utrett|utreder|samordnar|samordnade|anmälde|anmält)(?![\wåäö])"
)
_OTHERS = rf"(?:\s*(?:,|\soch)\s+[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?){{0,4}}"
STAFF_AFTER = re.compile(
    rf"{_OTHERS}\s+{_STAFF_VERBS}"
    # A role after the name: "Ebba Lind, kurator,", "Anna (mentor)", "Ebba Lind som kurator"
    r"|\s*(?:,|\(|\ssom)\s*(?:(?:vår|ny|skolans|biträdande)\s+)?"
    rf"(?:{STAFF_WORD.pattern})"
    r"|\s+(?:i|från|på)\s+(?:personal|arbetslag|ledning|elevhäls|trygghetsteam|kök)",
    re.IGNORECASE,
)
STAFF_VERB_BEFORE = re.compile(rf"(?<![\wåäö]){_STAFF_VERBS}\s+\Z", re.IGNORECASE)
# The words one of which stands before a name that `NOT_IN_IT_BEFORE`, `STAFF_VERB_BEFORE`,
# `ROLE_BEFORE` or `names.THING_BEFORE` excuses (in small letters): where none does, the
# patterns are not tried (each is tried from every place before the name).
EXCUSING_WORDS = words(
    """
    använd läs spela utflykt resa åker åkte åka reser cyklar studiebesök app programmet
    plattformen verktyget bok böckerna romanen film serien spelet tema projekt
    arbetsområdet läromedlet kanalen museet fira lilla stora gröna röda rädda norra
    södra östra västra nya gamla av enligt kontakta ring mejla maila vänd hör boka
    föreläsning föredrag utbildning workshop mentor lärare pedagog rektor kurator
    assistent sköterska personal handledare vaktmästare skolvärd psykolog vikarie
    fritidsledare skrev skrivit beslut fastställ undertecknade sammanställ tog tagit
    ansvar leder ledde lett utred samordna anmäl
    """
)
# A staff role and a copula before the name ("Klassläraren är Maria Holm"), or a role in
# its bare form right before it, a title after any word ("ringde kurator Ebba Lind").
ROLE_BEFORE = re.compile(
    r"(?<![\wåäö])[\wåäö]*(?:mentor|lärare|pedagog|rektor|kurator|assistent|sköterska"
    r"|personal|handledare|vaktmästare|skolvärd|psykolog|specialpedagog|vikarie|fritidsledare)"
    r"(?:(?:n|en|erna|na)?\s+(?:är|var|heter|hette|blir|blev))?\s+\Z",
    re.IGNORECASE,
)
# A colleague joined to a name: "Anna och en kollega", "Per och en lärare" (not "Noah
# och hans mentor": a pupil's).
STAFF_PARTNER = re.compile(
    r"\s*,?\s+(?:och|samt)\s+(?:(?:en|ett|två|några)\s+)?"
    r"(?:annan\s+|andra\s+)?[\wåäö]*(?:kolleg|mentor|lärar|pedagog|rektor|kurator"
    r"|assistent|skötersk|personal|vikarie|vaktmästar|psykolog)",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
# What before a name makes it a thing's, an author's, a contact's or staff's, in one.
EXCUSED_BEFORE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (THING_BEFORE, NOT_IN_IT_BEFORE, ROLE_BEFORE, STAFF_VERB_BEFORE)
    ),
    re.IGNORECASE,
)


def excused(text: str, person: Person, declared: frozenset[str]) -> bool:
    """Whether a name is staff's, an author's, a contact's or a thing's."""
    at = person.start
    window = text[max(0, at - 40) : at].lower()
    if any(word in window for word in EXCUSING_WORDS) and EXCUSED_BEFORE.search(
        text, max(0, at - 40), at
    ):
        return True
    if _a_group(text, person) or names_declared_staff(declared, text, at):
        return True
    if any(p.match(text, person.end) for p in (STAFF_PARTNER, STAFF_AFTER)):
        return True
    if not _staff_near(text, person):
        return False
    if harm_follows(text, person.end):  # (no sign but a role's title excuses harm)
        return titled_by_a_role(text, at, person.end, reach=40)
    named = re.compile(rf"(?P<name>{re.escape(text[at : person.end])})").match(text, at)
    return named is not None and staff_named(text, named)


def _a_group(text: str, person: Person) -> bool:
    """Whether the name is an avdelning's ("på avdelning Ekorren"): right after the word,
    and one word. A förskola names its groups after children's names too ("avdelning
    Vega", "avdelningen Saga"), but a first and a last name is a person's ("Avdelning Saga
    Berg blev slagen"), and so is a name after "avdelningen:" (`GROUP_BEFORE`)."""
    before = GROUP_BEFORE.search(text, max(0, person.start - 20), person.start)
    if before is None:
        return False
    return not person.sure or (" " not in person.name and not before.group().rstrip().endswith(":"))


def _staff_near(text: str, person: Person) -> bool:
    """Whether a sign of staff (`rules.stafflists`) can stand by a name at all: a staff
    role's word on its line or right before it (a title, a label, "är mentor" after it),
    a number after it (a phone's), or a list's item (under a heading of staff)."""
    line = textindex.line_start(text, person.start)
    role = textindex.next_start(STAFF_IN_A_WORD, text, min(line, max(0, person.start - 40)))
    line_end = textindex.line_end(text, person.end)
    if 0 <= role < line_end or LIST_ITEM.match(text, line):
        return True
    return DIGIT.search(text, person.end, person.end + PHONE_REACH) is not None


# A quoted title's marks (Swedish writes ” on both sides); the opening one inside a
# sentence, after a word ("pratade om «Harry Potter»"), not a value's quotes.
OPENING = re.compile(r"[\wåäö,:][ \t]+[«”“\"]")
QUOTES = '”“"'
QUOTE_MARK = re.compile('[«”“"]')
TITLE_REACH = 80  # characters a title is read back and on from a name in it


def in_a_title(text: str, person: Person) -> bool:
    """Whether a name stands in a quoted title of more than one word on its line, near
    it ("«Emil i Lönneberga»", "”Harry Potter”"): a book's, a film's or a story's, and
    no pupil's by the time an incident is told at (`incidentnames`). A name alone in
    quotes may be a pupil's ("«Ebba»")."""
    near = max(0, person.start - TITLE_REACH)
    if QUOTE_MARK.search(text, near, person.start) is None:
        return False  # (most names: found quicker than the line is read)
    before = text[near : person.start].rpartition("\n")[2]
    after = text[person.end : person.end + TITLE_REACH].partition("\n")[0]
    if before.count("«") > before.count("»") and "»" in after:
        mark, closing = before.rfind("«"), after.find("»")
    elif sum(map(before.count, QUOTES)) % 2 == 1 and any(q in after for q in QUOTES):
        mark = max(map(before.rfind, QUOTES))
        closing = min(at for at in map(after.find, QUOTES) if at >= 0)
    else:
        return False
    title = f"{before[mark + 1 :]}{person.name}{after[:closing]}".strip()
    return " " in title and mark >= 2 and OPENING.match(before, mark - 2) is not None
