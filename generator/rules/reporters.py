"""Pupils named as who reported or told of what happened, or as whose guardians are
spoken of (TP404, through `rules.incidentnames`): "hanterade anmälan från Moa",
"klagomålet från Tyra Holm", "Alva berättade för mentorn", "Noahs vårdnadshavare
kontaktade skolan", "Idas mamma ringde".

A report is about a pupil, and so is a pupil's guardian: the name is a pupil's where
no staff role titles it, the unit does not declare it as staff
(`rules.incidentstaff.excused`) and no quoted title holds it ("”Emils mamma”"). After
a report's noun and "från" any name counts (a known first name, a first and a last
name, or another capitalised word alone; not an organisation's name of more words,
"anmälan från Region Skåne"); as the one who told a member of staff or of themself,
and before a word for a guardian, a known first name only (staff are told of by their
role; "Anna anmälde" is how staff report, and is left out, as "enligt Anna" is a
source's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.fullnames import SURNAME, widened
from generator.rules.harm import HARM_WORD
from generator.rules.incidentpersons import Person
from generator.rules.incidents import INCIDENT_NOUN
from generator.rules.incidentstaff import excused, in_a_title
from generator.rules.names import LOWER, UPPER, not_a_name
from generator.rules.nameshape import a_noun

_NAME = rf"(?P<name>[{UPPER}][{LOWER}]{{1,20}})(?![\wåäö-])"
# "anmälan från Moa", "anmälningen från Moa", "orosanmälan från", "klagomålet från",
# "tipset från", "berättelsen från"
FROM_REPORT = re.compile(
    r"(?<![\wåäö])(?i:(?:oros)?anmälan|anmälningen|anmälningarna|klagomål(?:et|en)?"
    r"|tips(?:et)?|berättelsen|uppgifterna|signalerna|larmet)[ \t]+(?i:från)[ \t]+" + _NAME
)
# "Alva berättade för mentorn", "Liam har berättat för kuratorn", "Moa sa till
# rektorn": a pupil tells a member of staff or another grown-up; "Liam har berättat att
# han …": a pupil tells of themself.
TOLD_STAFF = re.compile(
    rf"(?<![\wåäö-]){_NAME}(?:[ \t]+(?:har|hade))?[ \t]+(?:berättade|berättat|berättar"
    r"|sa|sade|sagt|säger|anförtrodde|anförtrott)[ \t]+(?:(?:det[ \t]+)?(?:för|till)[ \t]+"
    r"(?:sin[ \t]+|sina[ \t]+|en[ \t]+|någon[ \t]+)?(?i:[\wåäö]{0,20}(?:mentor|lärar|pedagog"
    r"|rektor|kurator|personal|skötersk|vuxen|vuxna|fritids|rastvakt|rastvärd|elevhäls"
    r"|trygghetsteam))|att[ \t]+(?:han|hon|hen)(?![\wåäö]))"
)
# "Noahs vårdnadshavare", "Idas mamma", "Elias föräldrar", "Moa:s pappa"
GUARDIANS = re.compile(
    rf"(?<![\wåäö-])(?P<name>[{UPPER}][{LOWER}]{{1,20}}?)(?::?s)?[ \t]+"
    r"(?:vårdnadshavare|föräldrar|förälder|mamma|pappa|familj|styvmamma|styvpappa"
    r"|mamman|pappan|föräldrarna|vårdnadshavaren|vårdnadshavarna)(?![\wåäö])"
)
PATTERNS = (FROM_REPORT, TOLD_STAFF, GUARDIANS)
# A capitalised word after the name: an organisation's or a place's name of more words.
MORE_WORDS = re.compile(rf"[ \t]+[{UPPER}][{LOWER}]")


def reporting_pupils(text: str, declared: frozenset[str]) -> Iterator[tuple[int, str]]:
    """(index, name) of each pupil named as who reported or told, or by their guardians,
    in `text`, once each; not the staff the unit `declared`."""
    done: set[int] = set()
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            name = _name(text, match)
            if name is None or match.start("name") in done:
                continue
            start, full = widened(text, match.start("name"), name)
            person = Person(start, start + len(full), full, True)
            if not (excused(text, person, declared) or in_a_title(text, person)):
                done.add(match.start("name"))
                yield start, full


def _nicknamed(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised word no first name known, in its genitive before a word for
    a guardian, is a pupil's name, a nickname maybe ("Jontes mamma anmälde att han
    blivit slagen"): no noun's nor a place's ("Skolans föräldrar"), in a sentence that
    tells of harm or an incident."""
    name = match["name"]
    if not text.startswith("s", match.end("name")) or not_a_name(name) or a_noun(name):
        return False
    start = max(
        0, text.rfind("\n", 0, match.start()), *(text.rfind(s, 0, match.start()) for s in ".!?")
    )
    end = min(
        (i for i in (text.find(s, match.end()) for s in ".!?\n") if i >= 0), default=len(text)
    )
    return any(told.search(text, start, end) for told in (HARM_WORD, INCIDENT_NOUN))


def _guardians_pupil(text: str, match: re.Match[str]) -> str | None:
    """The name before a word for a guardian: a known first name with or without its "s"
    ("Idas", "Elias"), or a nickname (`_nicknamed`)."""
    name = match["name"]
    if name not in FIRST_NAMES and text.startswith("s", match.end("name")):
        name += "s"
    if name in FIRST_NAMES:
        return name
    return match["name"] if _nicknamed(text, match) else None


def _name(text: str, match: re.Match[str]) -> str | None:
    """The pupil's name a match holds, or None where it holds none."""
    name = match["name"]
    if match.re is GUARDIANS:
        return _guardians_pupil(text, match)
    if name in FIRST_NAMES:
        return name
    if name[:-1] in FIRST_NAMES and name.endswith("s"):
        return name[:-1]  # "anmälan från Omars vårdnadshavare"
    if match.re is not FROM_REPORT or not_a_name(name) or a_noun(name):
        return None
    after = MORE_WORDS.match(text, match.end())
    if after is None:
        return name
    surname = re.match(rf"[ \t]+([{UPPER}][{LOWER}]+)", text[match.end() :])
    return name if surname and SURNAME.fullmatch(surname[1]) else None
