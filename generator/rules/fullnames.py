"""A name as a TP404 message gives it: a first name found with its surname after it, or
a surname with the first name before it, is one person, named in full where the first
name starts ("Per Ek (4B) blev slagen" and "Yousef Karimi från 9B." name Per Ek and
Yousef Karimi, once each). Each scan's names are widened so (`rules.mentions`,
`rules.phrased`, `rules.incidentnames`), so that scans that find the same person find
them at the same place.
"""

from __future__ import annotations

import re

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.names import LOWER, THING_BEFORE, UPPER, not_a_name
from generator.rules.nameshape import a_noun
from generator.text import words

# A surname by its shape: a short word ("Ek", "Holm", "Lind") or a common ending ("-son",
# "-berg", "-ström"), which a sentence about an incident reads as a person's after any
# capitalised word (`rules.incidentpersons`).
SURNAME = re.compile(
    r"[A-ZÅÄÖ][a-zåäöé]{1,3}|\w+(?:son|berg|ström|strom|gren|lund|qvist|kvist|holm|dahl|dal"
    r"|lin|ell|ius|ander|ek|lind|bäck|back|fors|sjö|hed|gård|vik|näs|stam|blom|borg|stedt"
    r"|stad|man|mann|ić|ic|ovic|ević|ski|sky|oglu|zadeh|pour|yan|ian)"
)


# Capitalised words that start a sentence before a name or a title, and are part of
# neither: verbs, greetings, prepositions and conjunctions ("Se Bilaga (4B)", "Välkommen
# Yousef från 9B!", "Men Zelda i 4B …"; others are `names.NOT_NAMES`).
SENTENCE_STARTS = words(
    """
    Se Läs Titta Kontakta Ring Mejla Skriv Fråga Gå Hämta Lämna Besök Träffa Möt Boka
    Anmäl Följ Öppna Klicka Ladda Använd Spela Lyssna Välkommen Välkomna Hej Hejsan Hallå
    Tack Grattis Kära Bästa Till Från Med För Åt Hos Mot Utan Men Och Eller Fast Så Att
    Som Medan Eftersom Även Inför Före Kring Genom Bland
    """
)
# A capitalised word right before a name, or right after it, across blanks or one line's
# break (a folded block scalar); not part of a compound ("Karlsson-salen").
_WORD = rf"[{UPPER}][{LOWER}]{{1,20}}"
_BETWEEN = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
WORD_BEFORE = re.compile(rf"(?<![\wåäö-])(?P<word>{_WORD}){_BETWEEN}\Z")
WORD_AFTER = re.compile(rf"{_BETWEEN}(?P<word>{_WORD})(?![\wåäö-])")


def widened(text: str, index: int, name: str) -> tuple[int, str]:
    """A name of one word found at `index` in `text` with the person's other name: the
    surname after it ("Sara Lind från 8C"), or the first name before a word that is no
    known first name ("Yousef Karimi från 9B"), where that word is no common noun and
    does not start the sentence before a name (`SENTENCE_STARTS`) or follow a word for
    a thing (`names.THING_BEFORE`)."""
    if " " in name or "\n" in name:
        return index, name
    after = WORD_AFTER.match(text, index + len(name))
    if after is not None and not (not_a_name(after["word"]) or after["word"] in SENTENCE_STARTS):
        return index, f"{name} {after['word']}"
    before = None if name in FIRST_NAMES else WORD_BEFORE.search(text, max(0, index - 30), index)
    if before is None:
        return index, name
    first, start = before["word"], before.start()
    if (
        first in SENTENCE_STARTS
        or a_noun(first)
        or THING_BEFORE.search(text, max(0, start - 30), start)
    ):
        return index, name
    return start, f"{first} {name}"


def whole(text: str, found: dict[int, str], *, as_id: bool = False) -> list[tuple[int, str]]:
    """The names found in `text`, each in full (`widened`; but in an id, whose words
    `names.name_as_words` capitalises, as found: "8b-ebba.md") and once: not a surname
    inside a name found in full ("Zelda Holm")."""
    widest: dict[int, str] = {}
    for index, name in found.items():
        start, full = (index, name) if as_id else widened(text, index, name)
        widest[start] = max(widest.get(start, ""), full, key=len)
    found = widest
    spans = [(start, start + len(name)) for start, name in found.items() if " " in name]
    return [
        (index, name)
        for index, name in sorted(found.items())
        if not any(start < index < end for start, end in spans)
    ]
