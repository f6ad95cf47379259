"""A name as a TP404 message gives it (`rules.mentions`): a surname found with the
first name before it is given in full, where the first name starts ("Per Ek (4B)
blev slagen" names Per Ek, not Ek).
"""

from __future__ import annotations

import re

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.names import THING_BEFORE, not_a_name

# A surname by its shape: a short word ("Ek", "Holm", "Lind") or a common ending ("-son",
# "-berg", "-ström"), not a first name after a greeting ("Välkommen Yousef", "Grattis
# Zelda"), which is named alone.
SURNAME = re.compile(
    r"[A-ZÅÄÖ][a-zåäöé]{1,3}|\w+(?:son|berg|ström|strom|gren|lund|qvist|kvist|holm|dahl|dal"
    r"|lin|ell|ius|ander|ek|lind|bäck|back|fors|sjö|hed|gård|vik|näs|stam|blom|borg|stedt"
    r"|stad|man|mann|ić|ic|ovic|ević|ski|sky|oglu|zadeh|pour|yan|ian)"
)


def whole(found: dict[int, str]) -> list[tuple[int, str]]:
    """The names found, but a surname inside a name found in full ("Zelda Holm")."""
    spans = [(start, start + len(name)) for start, name in found.items() if " " in name]
    return [
        (index, name)
        for index, name in sorted(found.items())
        if not any(start < index < end for start, end in spans)
    ]


def in_full(text: str, match: re.Match[str], group: str) -> tuple[int, str]:
    """Where a name found starts, and the name as the message gives it: a surname with
    the first name before it ("Per Ek (4B)" at a sentence's start is Per Ek, not Ek),
    where the second word has a surname's shape (`SURNAME`) and the first is a name."""
    first, second = match["name"], match["second"]
    surname = SURNAME.fullmatch(second or "") is not None and second not in FIRST_NAMES
    full = group == "second" and surname and not not_a_name(first)
    if full and not THING_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return match.start("name"), f"{first} {second}"
    return match.start(group), match[group]
