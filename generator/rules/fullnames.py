"""A name as a TP404 message gives it (`rules.mentions`): a surname found with the
first name before it is given in full, where the first name starts ("Per Ek (4B)
blev slagen" names Per Ek, not Ek).
"""

from __future__ import annotations

import re

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.names import THING_BEFORE, not_a_name


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
    unless it is a known first name after a word ("Sedan Kalle i 4B", "Filmen Elsa") or
    that word is no name."""
    first, second = match["name"], match["second"]
    full = group == "second" and second not in FIRST_NAMES and not not_a_name(first)
    if full and not THING_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return match.start("name"), f"{first} {second}"
    return match.start(group), match[group]
