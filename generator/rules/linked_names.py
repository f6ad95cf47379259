"""Pupils named in a link's title or address (TP404): what `names_seen.as_read` leaves
out when it reads a link as its text.

A title is a tooltip and is published as title="…": it reads as text does
(`[rutinerna](../rutiner/ "Kalle Nilsson i 8A blev slagen")`). An address is read as
its words (`personal_data.link_parts`), small letters as an id's (`names.name_as_words`:
"saga-lind-i-9b" is Saga Lind i 9B), and is a weaker sign: a part counts only where it
gives a class or a grade, or says what one person suffered or did ("?elev=Omar+Ali+i+7C",
"#saga-lind-i-9b", "mailto:…?subject=Saga%20Lind%20i%209B%20blev%20slagen"); a page's
slug with no name ("/elevhalsa-4-6/", "?klass=4b") names no one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from generator.personal_data.link_parts import link_parts
from generator.personal_data.names_seen import as_read
from generator.rules.addressed import address_pupil
from generator.rules.harm import HARM_WORD
from generator.rules.harmed import CLASS_IN
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words


def names_in_links(text: str, found: Collection[int] = ()) -> Iterator[tuple[int, str]]:
    """(index in `text` as written, name) of each pupil named in a link's title or
    address, but in a part where a name was `found` already (the text's own reading)."""
    for part in link_parts(text):
        if any(part.start <= index < part.end for index in found):
            continue
        if not part.address:
            seen = as_read(part.text)
            for index, name in pupil_mentions(seen.text):
                yield part.start + seen.where[index], name
            continue
        if CLASS_IN.search(part.text) is None and HARM_WORD.search(part.text) is None:
            continue
        words = name_as_words(part.text)
        for _index, name in pupil_mentions(words, as_id=True):
            yield part.start, name  # decoded: at the address
            break
        else:
            lowered = address_pupil(text[part.start : part.end], part.text)
            if lowered:
                yield part.start, lowered


def names_in_address(written: str) -> Iterator[tuple[int, str]]:
    """(index in `written`, name) of each pupil named in a field's web address
    (`nameless.address_keys`), as it is written in the file: in quotes or not (a quote
    is no part of the address: '"https://…/elever/saga-berg-4b"' is read as a link)."""
    value = written.strip()
    start = len(written) - len(written.lstrip())
    if len(value) > 1 and value[0] in "\"'" and value[-1] == value[0]:
        value, start = value[1:-1], start + 1
    else:
        value, start = written, 0
    for index, name in names_in_links(value):
        yield start + index, name
