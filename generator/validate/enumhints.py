"""Which allowed value an author meant by a value the schema refuses, for "menade du …?".

The words of what was written come first: "delvis genomförd" names `delvis`, whose words
are all among its own, where the closest spelling would be `ej_genomförd`. Of several
such values the one with the most words wins ("sexuella trakasserier på nätet"), then the
one whose words the fewest allowed values share: in "delvis genomförd", "genomförd" is
in two values (`genomförd`, `ej_genomförd`) and tells less than "delvis". A school's own word
for a value ("föräldrar" for `vårdnadshavare`, `validate.enumwords`) goes before all. Only
when no value is made of the author's words does the spelling decide
(`vocabulary.terms.meant`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.validate.enumwords import school_word
from generator.vocabulary.terms import meant

_SEPARATORS = re.compile(r"[\s_\-]+")
# Words that make "genomförd" partly done: "nästan genomförd", "inte helt genomförd",
# "till stor del genomförd". Read by their words, such a value would name its opposite
# (`ej_genomförd`) or the whole (`genomförd`); it means `delvis` where that is allowed.
_PARTLY = frozenset({"nästan", "halvt", "halvvägs", "mestadels", "delvis", "påbörjad"})
_NOT = frozenset({"inte", "ej", "icke"})


def _words(text: str) -> list[str]:
    return [w for w in _SEPARATORS.split(text.casefold()) if w]


def meant_value(written: str, as_value: str, allowed: Sequence[str]) -> str | None:
    """The allowed value `written` most likely means (`as_value`: it spelt as a value,
    "inte genomförd" → "ej_genomförd"), or None."""
    if (word := school_word(written, allowed)) is not None:  # "föräldrar": vårdnadshavare
        return word
    own = set(_words(written)) | set(_words(as_value))
    if _partly(own):
        return "delvis" if "delvis" in allowed else None
    shared = Counter(w for value in allowed for w in set(_words(value)))
    named = [v for v in allowed if _words(v) and set(_words(v)) <= own]
    if named:
        return max(named, key=lambda v: (len(_words(v)), -max(shared[w] for w in _words(v))))
    return meant(as_value, allowed)


def _partly(words: set[str]) -> bool:
    return (
        bool(words & _PARTLY)
        or (bool(words & _NOT) and "helt" in words)
        or ("stor" in words and bool(words & {"del", "delen"}))
    )
