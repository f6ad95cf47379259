"""TP404 reads no pupil into the capitalised words a plan writes that are no one's name
(`rules.names.not_a_name`): the countries, regions, peoples and languages that findings
on ethnic origin give (DL 3 kap.), Swedish cities and landskap, shops, shows and games,
the adverbs and conjunctions a sentence starts with (its verb second), and staff named
with their role."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.rules.names import not_a_name


@pytest.mark.parametrize(
    "written",
    [
        # places, peoples and languages in findings on ethnic origin
        "Elever i åk 3–6 med familj i Syrien och Somalia blir retade för sitt språk.",
        "Flera elever som kommer från Afghanistan har blivit hånade.",
        "I årskurs 5 har elever från Polen blivit utfrysta.",
        "I 8C har elever med rötter i Eritrea och Etiopien blivit kallade fula ord.",
        "I åk 4 blev elever som pratar Tigrinja retade på rasten.",
        "Elever i 6A som flyttat från Göteborg och Skåne har blivit utfrysta.",
        # shops, shows and games
        "Elever i 7A har blivit retade på Ica Maxi.",
        "Elever i 6B har blivit hotade efter att ha sett Squid Game.",
        "I 5B har elever blivit kränkta i Fortnite och Brawl Stars.",
        # a sentence's first adverb or conjunction, the verb second
        "Tidigare slog elever i 6A varandra på rasten.",
        "Därefter hotade elever i 9B personalen.",
        "Dessutom blev elever i 4B retade i omklädningsrummet.",
        "Fortfarande hotar elever i 8A varandra i chatten.",
        "Plötsligt knuffade elever i 7C varandra i trappan.",
        # staff named with their role
        "Mentor Lina Berg i 4B slog fast att alla ska vara med.",
        "Vikarien Jenny blev hotad av en elev i 8B.",
        "Barnskötaren Mia blev knuffad av en elev i 1A.",
    ],
)
def test_words_that_are_no_one_s_name_are_no_error(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []


@pytest.mark.parametrize(
    "word",
    ["Somalia", "Afghanistan", "Polen", "Mellanöstern", "Somalier", "Skåne", "Rinkeby",
     "Ica", "Maxi", "Squid", "Game", "Tidigare", "Därefter", "Dessutom", "Plötsligt"],
)  # fmt: skip
def test_places_brands_and_adverbs_are_no_names(word: str) -> None:
    assert not_a_name(word)


@pytest.mark.parametrize("word", ["Samer", "Zelda", "Max", "Hugo"])
def test_a_known_first_name_stays_a_name(word: str) -> None:
    assert not not_a_name(word)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Tidigare slog Milton elever i 6A på rasten.", "Milton"),
        ("I Syrien blev Hugo i 4B slagen.", "Hugo"),
        ("Efter Squid Game har Zelda i 6B blivit hotad.", "Zelda"),
        ("Mentor Lina Berg i 4B slog fast att Saga i 4B blev slagen.", "Saga"),
    ],
)
def test_a_pupil_beside_such_words_is_still_an_error(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    problems = tree.problems("TP404")
    assert [str(p.location) for p in problems] == [tree.at(PAGE, name)]
