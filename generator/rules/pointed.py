"""What else points a pupil out in a published text (TP404), besides the names
`rules.pii` finds: names in a link's title or address (`rules.linked_names`), names in
other phrasings (`rules.phrased`), names in a sentence that tells of an incident
(`rules.incidentnames`) and a pupil described by a class and a sensitive characteristic
(`rules.described`)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from generator.personal_data.names_seen import Seen
from generator.rules.described import described_pupils
from generator.rules.incidentnames import incident_pupils
from generator.rules.linked_names import names_in_links
from generator.rules.phrased import phrased_pupils

NEAR = 40  # characters after a name within which a description is of the one named


@dataclass(frozen=True)
class Pointed:
    """Where in the written text a pupil is pointed out, and by what: a name, or the words
    that describe them (always with the `incident` that tells why)."""

    index: int
    words: str
    # Why a name is a pupil's where `rules.incidentnames` finds it, or why words point
    # one out (`rules.described`); "" elsewhere
    incident: str = ""


def also_pointed(
    written: str,
    seen: Seen,
    found: Collection[int],
    *,
    staff: bool,
    declared: frozenset[str] = frozenset(),
) -> Iterator[Pointed]:
    """Each pupil pointed out in `written` (read as `seen`) at an index not in `found`
    (where the main scan found a name). A text that names staff by what it is (`staff`)
    is read for links only: its initials and pronouns are staff's. The staff the unit
    `declared` by name are no pupils in a sentence about an incident."""
    taken = set(found)
    for index, name in names_in_links(written, taken):
        if index not in taken:
            taken.add(index)
            yield Pointed(index, name)
    if staff:
        return
    for index, name in phrased_pupils(seen.text):
        if not _taken(seen, index, name, taken):
            taken.add(seen.where[index])
            yield Pointed(seen.where[index], name)
    for index, name, why in incident_pupils(seen.text, lambda i: seen.where[i] in taken, declared):
        if not _taken(seen, index, name, taken):
            taken.add(seen.where[index])
            yield Pointed(seen.where[index], name, incident=why)
    for index, words, why in described_pupils(seen.text):
        # once where a name is found right before ("Nils Ek. Han går i 7B …")
        if not any(seen.where[index] - near in taken for near in range(NEAR)):  # not each taken
            taken.add(seen.where[index])
            yield Pointed(seen.where[index], words, incident=why)


def _taken(seen: Seen, index: int, name: str, taken: set[int]) -> bool:
    """Whether a name found at `index` of the text as seen, or a part of it, is found
    already (a person is one problem: "Yousef Karimi", not Yousef and Karimi)."""
    if " " not in name:  # (only a name of more words holds another's start)
        return seen.where[index] in taken
    end = min(index + len(name), len(seen.where))
    return any(seen.where[at] in taken for at in range(index, end))
