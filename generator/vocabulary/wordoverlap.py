"""How much two short texts share by meaning: a measure's name and the goal it serves, a
goal's aim in one period and the next (`validate.identity`, `rules.aims`). Swedish
words, lightly stemmed, compounds related by their parts."""

from __future__ import annotations

from generator.text import normalised, words

# Words that carry no meaning of their own in a title or a goal ("Fler rastvärdar på
# skolgården" names the same thing as "Rastvärdar på skolgården").
_FUNCTION_WORDS = words(
    "och i på om för med till av en ett den det de som att vid från där när hur så ut in "
    "upp under över efter inför mot hos utan samt eller men än är blir får ska kan vara "
    "sig alla allt allas varje mer fler flera nya ny nytt vår våra vårt sin sina sitt vi"
)
# Endings of Swedish inflection (definite, plural, genitive), longest first.
_ENDINGS = (
    "arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ens", "ets", "ans",
    "ars", "ers", "ors", "en", "et", "an", "ar", "er", "or", "na", "a", "e",
)  # fmt: skip
_STEM = 3  # the shortest stem an ending leaves
_PART = 4  # the shortest word that counts as a part of a compound ("chatt" in "gruppchatt")
_SHARED_START = 7  # compounds with a first part this long are related ("lektionsbyte")


def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, lightly stemmed: "Rastvärdarna på skolgården" →
    {"rastvärd", "skolgård"}. Numbers and function words are left out."""
    found = set()
    for word in normalised(text).split():
        if word in _FUNCTION_WORDS or len(word) < 2 or word.isdigit():
            continue
        ending = next((e for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= _STEM), "")
        found.add(word[: len(word) - len(ending)])
    return frozenset(found)


def _related(one: str, other: str) -> bool:
    """The same word, or a part of the other's compound: "chatt" and "gruppchatt", or
    "lektionsslut" and "lektionsbyt" (a long first part in common)."""
    short, long_ = sorted((one, other), key=len)
    if long_[:_SHARED_START] == short[:_SHARED_START] and len(short) >= _SHARED_START:
        return True
    if short == long_:
        return True
    return len(short) >= _PART and (long_.startswith(short) or long_.endswith(short))


def word_overlap(one: str, other: str) -> float:
    """How much two short texts share by meaning, 0–1: the share of the shorter text's
    content words that the other has too, as the same word or a part of a compound
    ("chattar" and "gruppchattar"). 0 when either has no content words."""
    first, second = sorted((content_words(one), content_words(other)), key=len)
    if not first:
        return 0.0
    return sum(any(_related(w, v) for v in second) for w in first) / len(first)
