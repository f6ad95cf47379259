"""Swedish for the prose rules: words, rough stems, past tense and main clauses.

Enough grammar to tell what a text is about and when, by the shape of its words: no
dictionary, so a rare word can be misread; the callers err towards saying nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from generator.text import normalised, words

# Grammar words: they carry no content of their own when texts are compared.
FUNCTION = words(
    "och eller men samt att som i på av för till från med om under över efter inför vid hos "
    "en ett den det de dem detta denna dessa vi ni man sig sin sitt sina vår vårt våra "
    "är var vara blir blev har hade ha kan kunde ska skall kommer vill måste så också även "
    "inte ej alla alltid mer mycket nu då där här när hur vad vilka vilket vilken än ännu "
    "ut upp in fram bara redan bland mellan mot genom utan kring runt enligt sedan trots inom "
    "många flera några vissa ofta ibland förra"
)
# Strong and irregular past tense forms; regular ones are recognised by their ending.
STRONG_PAST = words(
    "var blev gick kom fick såg gav tog satt låg stod drog höll fanns sa sade hade steg "
    "sjönk skrev bjöd bar drev lät förekom uppstod försvann sågs hölls gavs togs hann "
    "bröt slog vann fann bad sprang förstod"
)
NOT_PAST = words("inte måste syfte värde borde förste siste andre")
_PAST_ENDING = re.compile(r"\w{2,}(?:ade|ades|dde|ddes)$|\w+[b-df-hj-np-tv-zß](?:des?|tes?)$")
_PRESENT_PARTICIPLE = re.compile(r"(?:ande|ende)s?$")
_SUPINE = re.compile(r"\w{3,}ts?$")  # after har/hade: "har ökat", "hade genomförts"
# Clause boundaries: punctuation and coordinating words start a new main clause;
# subordinating words start a clause that says no more than the main clause allows.
_COORDINATE = re.compile(r"[.!?;:,()\n–—]+|\s-\s|\b(och|men|samt|eller|eftersom|fast)\b")
# "… i juni och redovisas för elevrådet": a passive verb after och shares the clause before.
_SHARED_SUBJECT = re.compile(r"\w{3,}[^aeiouyåäö]?s$")
_SUBORDINATE = words("att som om ifall huruvida hur vad vart vilka vilket vilken när tills innan")
_SUFFIXES = (
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "heten", "heter", "het", "ade",
    "are", "aste", "ast", "na", "en", "et", "er", "ar", "or", "ad", "at", "a", "e", "n", "t", "s",
)  # fmt: skip


def tokens(text: str) -> list[str]:
    return normalised(text).replace("kommer att", "kommer_att").split()


_DOUBLED = re.compile(r"(\w)\1$")


@functools.lru_cache(maxsize=1 << 16)  # a run meets the same words again and again
def stem(word: str) -> str:
    """A rough Swedish stem: "omklädningsrummen" and "omklädningsrummet" both give
    "omklädningsrum"; enough to compare texts, not to analyse them."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return _DOUBLED.sub(r"\1", word)


def stems(text: str) -> set[str]:
    """The stems of the text's content words (no grammar words, no numbers)."""
    return {stem(t) for t in tokens(text) if t not in FUNCTION and not t.isdigit()}


def same(a: str, b: str) -> bool:
    """The same word: equal stems, a compound on the same word, or its opposite ("otrygg")."""
    a, b = a.removeprefix("o"), b.removeprefix("o")
    return a == b or (min(len(a), len(b)) >= _COMPOUND and (a.startswith(b) or b.startswith(a)))


_COMPOUND = 5  # the shortest word that a longer one can be a compound on (`same`)


def same_as_any(known: Iterable[str]) -> Callable[[str], bool]:
    """Whether a word is `same` as any of `known`: by set lookups of the words and
    their beginnings, not by comparing it with each."""
    words_ = {k.removeprefix("o") for k in known}
    longer = {w for w in words_ if len(w) >= _COMPOUND}
    beginnings = {w[:end] for w in longer for end in range(_COMPOUND, len(w) + 1)}

    def test(word: str) -> bool:
        a = word.removeprefix("o")
        if a in words_ or a in beginnings:  # equal, or a beginning of a known word
            return True
        return any(a[:end] in longer for end in range(_COMPOUND, len(a)))  # a known start

    return test


def is_past(tokens: list[str]) -> bool:
    for index, token in enumerate(tokens):
        if token in STRONG_PAST:
            return True
        regular = token not in NOT_PAST and not _PRESENT_PARTICIPLE.search(token)
        if regular and _PAST_ENDING.match(token):
            return True
        after = tokens[index + 1 : index + 4]
        if token in ("har", "hade") and any(_SUPINE.match(t) for t in after if t not in FUNCTION):
            return True
    return False


def clauses(text: str) -> list[str]:
    """The text cut at punctuation and coordinating words, lower case."""
    return _COORDINATE.split(text.casefold())[::2]


def main_clauses(text: str) -> list[list[str]]:
    """The tokens of the text's main clauses, without the clauses that hang on them."""
    clauses: list[list[str]] = []
    parts = _COORDINATE.split(text.casefold())  # text, och, text, None, text ...
    for index in range(0, len(parts), 2):
        found = tokens(parts[index])
        if not found or found[0] in _SUBORDINATE:
            continue
        cut = next((i for i, t in enumerate(found) if t in _SUBORDINATE), len(found))
        shared = index and parts[index - 1] in ("och", "samt") and _SHARED_SUBJECT.match(found[0])
        if shared and clauses:
            clauses[-1].extend(found[:cut])
        elif re.search(r"[^\W\d_]", " ".join(found[:cut])):
            clauses.append(found[:cut])
    return clauses
