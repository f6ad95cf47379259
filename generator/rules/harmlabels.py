"""Pupils named by the words that say who was harmed or in an incident, where no verb for
the harm stands beside the name (TP404, through `rules.incidentnames`): a label ("Utsatt:
Hugo", "Den utsatte: Hugo", "Kränkningsanmälan: Hugo", "Ärende 3: Hugo, kränkning på
rasten"), a copula or a verb that names whom a report is about ("Offret var Hugo",
"Anmälan gällde Hugo", "Eleven som blev slagen på rasten heter Jonte"), a name with
its part in brackets ("Hugo (utsatt)"), a name in apposition to a pupil word ("en elev
med adhd, Hugo, som …"), a class, a name and harm in a row ("4B – Hugo – slagen på
rasten"), and a heading that is a name alone over what a pronoun suffered ("### Hugo",
then "Han blev slagen på rasten").

A known first name counts; another capitalised word where it stands alone, as a label's
value or in apposition: not before a small word ("Händelse: Bråk på rasten"), nor a
noun's, a place's or a thing's (`rules.names`, `nameshape`). A staff role right after
the name makes it staff's ("Anmälare: Anna Berg, rektor").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CLASS_END, class_code
from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.harm import HARM_WORD, harm_of_the_named
from generator.rules.incidents import INCIDENT_NOUN
from generator.rules.listed import ROLE_AFTER
from generator.rules.names import LOWER, UPPER, not_a_name
from generator.rules.nameshape import a_noun

_NAME = rf"(?P<name>[{UPPER}][{LOWER}]{{1,20}})(?![\wåäö-])"
# Who was harmed or harmed: "den utsatte", "offret", "drabbad", "förövaren".
_WHO = (
    r"(?:(?:den|de|det)[ \t]+)?(?:utsatt[aes]?|drabbad[e]?|offr?et|offren|offer"
    r"|förövar(?:e|en|na)|vittne(?:t|n|na)?|anmälare(?:n)?"
    r"|gärningsperson(?:en)?|angripar(?:e|en)|inblandad[e]?|berörd[a]?[ \t]+elev(?:en|er)?"
    r"|kränkt[a]?[ \t]+elev(?:en|er)?)(?:[ \t]+elev(?:en|er|erna)?)?"
)
# A report or a case: "anmälan", "kränkningsanmälan", "ärende 3", "utredningen".
_REPORT = (
    r"[\wåäö]*(?:anmälan|anmälningen|ärende(?:t|n)?|rapport(?:en)?|utredning(?:en)?)"
    r"(?:[ \t]+(?:nr\.?[ \t]*)?\d+)?"
)
_NOUN = rf"(?:{INCIDENT_NOUN.pattern})(?:[ \t]+\d+)?"
_LINE_START = r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?:[-*+>][ \t]+|\|[ \t]*)?[\"'»”]?"
# "Utsatt: Hugo", "Ärende 3: Hugo", "Händelse – Hugo"
LABEL = re.compile(
    rf"{_LINE_START}(?i:{_WHO}|{_REPORT}|{_NOUN})[ \t]*(?:[:–—]|[ \t]-)[ \t]*{_NAME}",
    re.MULTILINE,
)
# "Offret var Hugo", "Den utsatte är Hugo", "Anmälan gällde Hugo", "Ärendet rör Hugo"
NAMED_AS = re.compile(
    rf"(?<![\wåäö])(?i:{_WHO}[ \t]+(?:var|är|blev|heter|hette)"
    rf"|(?:{_REPORT}|{_NOUN})[ \t]+(?:gällde|gäller|avsåg|avser|rörde|rör|handlade[ \t]+om"
    rf"|handlar[ \t]+om))[ \t]+{_NAME}"
)
# "Eleven som blev slagen på rasten heter Jonte": a pupil word, harm, the name.
_PUPIL = r"(?:elev(?:en)?|barnet|flickan|pojken|killen|tjejen|kompisen)"
CALLED = re.compile(
    rf"(?<![\wåäö])(?i:{_PUPIL})[ \t]+som[ \t]+(?P<said>[^.!?\n]{{3,80}}?)[ \t]+"
    rf"(?:heter|hette|kallas|kallades|var|är)[ \t]+{_NAME}"
)
# "en elev med adhd, Hugo, som …", "eleven i 4B, Hugo, har …"
APPOSITION = re.compile(
    rf"(?<![\wåäö])(?i:{_PUPIL}|elever(?:na)?|barn)(?:[ \t]+[\wåäö–-]+){{0,5}}?[ \t]*,[ \t]*"
    rf"{_NAME}(?=(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t]*(?:,|som[ \t]|och[ \t]))"
)
# "4B – Hugo – slagen på rasten", "4B: Hugo, slagen"
IN_A_ROW = re.compile(
    rf"(?<![\wåäö]){class_code()}{CLASS_END}[ \t]*(?:[:–—/]|[ \t]-)[ \t]*{_NAME}"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t]*(?:[–—,/:]|[ \t]-)[ \t]*"
    rf"(?:[\wåäö]+[ \t]+){{0,2}}?(?={HARM_WORD.pattern})"
)
# A heading or a line that is a name alone ("### Hugo", "**Hugo Berg:**"), and then, in
# the lines up to the next heading, a pronoun or a pupil word that harm is said of ("Han
# blev slagen på rasten").
HEADED = re.compile(
    rf"^[ \t#]*{_NAME}(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t:]*$(?P<section>(?:\n(?![ \t]*#).*)*)",
    re.MULTILINE,
)
SAID_OF_HIM = re.compile(
    r"(?<![\wåäö])(?:[Hh]an|[Hh]on|[Hh]en|[Ee]leven|[Pp]ojken|[Ff]lickan)(?![\wåäö])"
)
# A name with its part in brackets: "Hugo (utsatt)", "Zorro (förövare)".
BRACKETED = re.compile(rf"(?<![\wåäö]){_NAME}[ \t]*\([ \t]*(?i:{_WHO})[ \t]*\)")
SURNAME_AFTER = re.compile(rf"(?:[ \t]+[{UPPER}][{LOWER}]+)?")
# After a name as a label's value alone: the line's or a sentence's end, a comma, a
# bracket, a dash, another capitalised word (a surname).
ALONE = re.compile(rf"[ \t]*(?:[,;.!?)|(–—\n]|[ \t]-|\Z|[{UPPER}])")


# What a text must hold for each pattern to match, found quicker than the pattern (whose
# words may start anywhere in a word): most texts hold it for none or a few.
PATTERNS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (LABEL, re.compile(r"[:–—-]")),
    (NAMED_AS, re.compile(rf"(?i:var|är|blev|heter|hette|gäll\w*|av\w*|rör\w*|om)[ \t]+[{UPPER}]")),
    (CALLED, re.compile("som")),
    (APPOSITION, re.compile(",")),
    (IN_A_ROW, None),
    (HEADED, re.compile("\n")),
    (BRACKETED, re.compile(r"\(")),
)


def labelled_pupils(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each pupil named by a label, a copula, an apposition or a row of
    a class, a name and harm in `text`."""
    done: set[int] = set()
    for pattern, needs in PATTERNS:
        if needs is not None and needs.search(text) is None:
            continue
        for match in pattern.finditer(text):
            at = match.start("name")
            if at not in done and _a_pupil(text, match):
                done.add(at)
                yield at, match["name"]


def _a_pupil(text: str, match: re.Match[str]) -> bool:
    """Whether the match's name is a pupil's: a known first name, or another
    capitalised word that stands alone (`ALONE`) and is no noun, place or thing. A
    pupil word's clause must tell of harm ("som blev slagen")."""
    name = match["name"]
    if match.re is HEADED and not _harmed_below(match):
        return False
    if match.re is CALLED and not _tells_of_harm(match["said"]):
        return False
    if not_a_name(name) or _staff_after(text, match.end("name")):
        return False
    if name in FIRST_NAMES:
        return True
    return not a_noun(name) and ALONE.match(text, match.end("name")) is not None


def _harmed_below(match: re.Match[str]) -> bool:
    """Whether the section under a heading that is a name says harm of "han", "hon",
    "hen" or "eleven"."""
    text, start, end = match.string, match.start("section"), match.end("section")
    return any(
        harm_of_the_named(text, said.end()) for said in SAID_OF_HIM.finditer(text, start, end)
    )


def _tells_of_harm(said: str) -> bool:
    """Whether words tell of harm or an incident ("som blev slagen", "som var med i
    bråket")."""
    return HARM_WORD.search(said) is not None or INCIDENT_NOUN.search(said) is not None


def _staff_after(text: str, end: int) -> bool:
    """Whether a staff role follows a name that ends at `end`, or its surname ("Anmälare:
    Anna Berg, rektor", "Utsatt: Anna (mentor)")."""
    surname = SURNAME_AFTER.match(text, end)
    return ROLE_AFTER.match(text, surname.end() if surname else end) is not None
