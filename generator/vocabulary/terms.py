"""The law's terms as the content format writes them: the seven diskrimineringsgrunder and
the definitions a plan explains (kränkande behandling, trakasserier, …), the everyday words
authors use for them, and how each is written in running text and in a column's head."""

from __future__ import annotations

from collections.abc import Iterable

from generator.text import capitalised, closest

GROUNDS: tuple[str, ...] = (
    "kön",
    "könsöverskridande_identitet_eller_uttryck",
    "etnisk_tillhörighet",
    "religion_eller_annan_trosuppfattning",
    "funktionsnedsättning",
    "sexuell_läggning",
    "ålder",
)
# The everyday words authors write for a ground (or a definition) -> the one the law, and
# so the content format, names; the suggestion "menade du …?" (`meant`) offers it, as a
# spelling's closest match would not ("etnicitet" is far from "etnisk_tillhörighet").
EVERYDAY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("etnicitet", "etniskt ursprung", "etnisk bakgrund", "ursprung", "hudfärg", "ras"),
        "etnisk_tillhörighet",
    ),
    **dict.fromkeys(("nationalitet", "nationellt ursprung"), "etnisk_tillhörighet"),
    **dict.fromkeys(
        ("religion", "tro", "trosuppfattning", "livsåskådning", "annan trosuppfattning"),
        "religion_eller_annan_trosuppfattning",
    ),
    **dict.fromkeys(
        ("funktionshinder", "funktionsvariation", "handikapp", "npf", "funktionsnedsättningar"),
        "funktionsnedsättning",
    ),
    **dict.fromkeys(
        ("könsidentitet", "könsuttryck", "transperson", "trans", "transpersoner"),
        "könsöverskridande_identitet_eller_uttryck",
    ),
    **dict.fromkeys(
        ("sexualitet", "läggning", "sexuell orientering", "hbtq", "hbtq+", "hbtqi", "hbtqi+"),
        "sexuell_läggning",
    ),
    **dict.fromkeys(("genus", "kön och genus"), "kön"),
    **dict.fromkeys(("ålderism", "åldersdiskriminering"), "ålder"),
    **dict.fromkeys(("kränkning", "kränkningar", "kränkande"), "kränkande_behandling"),
}
DEFINITIONS: tuple[str, ...] = (
    "kränkande_behandling",
    "trakasserier",
    "sexuella_trakasserier",
    "diskriminering",
    "repressalier",
    "mobbning",
)
# Definitions, grounds and finding tags in running text, lower case.
TERMS: dict[str, str] = {
    "kränkande_behandling": "kränkande behandling",
    "trakasserier": "trakasserier",
    "sexuella_trakasserier": "sexuella trakasserier",
    "diskriminering": "diskriminering",
    "repressalier": "repressalier",
    "mobbning": "mobbning",
    "nätkränkningar": "nätkränkningar",
    "kön": "kön",
    "könsöverskridande_identitet_eller_uttryck": "könsöverskridande identitet eller uttryck",
    "etnisk_tillhörighet": "etnisk tillhörighet",
    "religion_eller_annan_trosuppfattning": "religion eller annan trosuppfattning",
    "funktionsnedsättning": "funktionsnedsättning",
    "sexuell_läggning": "sexuell läggning",
    "ålder": "ålder",
}


def meant(written: str, choices: Iterable[str]) -> str | None:
    """The choice an author most likely meant by `written`, for "menade du …?": the ground
    an everyday word names (`EVERYDAY_WORDS`) where it is a choice, else the closest
    spelling; None when there is neither."""
    listed = list(choices)
    word = " ".join(written.casefold().replace("_", " ").split())
    if (ground := EVERYDAY_WORDS.get(word)) is not None:
        for choice in (ground, ground.replace("_", " ")):
            if choice in listed and choice != written:
                return choice
    return closest(written, listed)


def term(key: str) -> str:
    """A definition, ground or tag key in words, lower case: "sexuell läggning"."""
    return TERMS.get(key, key.replace("_", " "))


# Where the grounds' long words may break (a soft hyphen, seen only where a line breaks),
# so that a table or a chart can show all seven grounds' whole names side by side.
WORD_BREAKS: dict[str, str] = {
    "könsöverskridande": "köns\u00adöver\u00adskridande",
    "tillhörighet": "till\u00adhörighet",
    "trosuppfattning": "tros\u00aduppfattning",
    "funktionsnedsättning": "funktions\u00adnedsättning",
}


def column_head(key: str) -> str:
    """A ground (or other term) as a narrow column's head: its name from `TERMS` with a
    capital, its long words breakable ("Köns\u00adöver\u00adskridande identitet …")."""
    words = term(key).split(" ")
    return capitalised(" ".join(WORD_BREAKS.get(word, word) for word in words))
