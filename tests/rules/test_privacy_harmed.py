"""TP404 on a sentence that says what one pupil suffered or did and gives their class
anywhere in it, not beside the name (`rules.harmed`): the name is found, known or not,
and the sentences a plan writes about harm in general, about staff and about stories
name no one."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree

from generator.rules.mentions import pupil_mentions

HARMED = [
    # The class early in the sentence, the name and the harm after it
    ("Lärarna i 6A har märkt att Saga blir utfryst.", "Saga"),
    ("I klass 4B har Omar blivit retad flera gånger.", "Omar"),
    ("I klass 4B har Zelda blivit retad flera gånger.", "Zelda"),
    ("Mentorn i 5A berättar att Alvina har blivit hotad på bussen.", "Alvina"),
    ("Trygghetsteamet i åk 5 vet att Tindra har blivit kränkt.", "Tindra"),
    ("Enligt mentorn i 7C har Morris ångest.", "Morris"),
    ("I sexan blir Zorro ofta retad.", "Zorro"),
    ("I fjärde klass har Solveig blivit slagen två gånger.", "Solveig"),
    ("Under hösten blev Saga Lind utfryst i 6A.", "Saga Lind"),
    # The name first, the class after the harm
    ("Zelda blir utfryst av flera i 6A.", "Zelda"),
    ("Morris slog en kompis i 5A.", "Morris"),
    ("Zoran blev slagen i 6A.", "Zoran"),
    ("Milena har blivit retad i 6A.", "Milena"),
    ("Omar, som går i 6B, har blivit hotad flera gånger.", "Omar"),
    ("Zorro i klassen har blivit retad, skriver mentorn för 7C.", "Zorro"),
    ("Zelda blev i 6A utfryst av flera.", "Zelda"),
    # An adverb first, the verb second and the name after it
    ("Nu har Zelda blivit utfryst i 6A.", "Zelda"),
    ("Förra veckan blev Zelda utfryst i 6A.", "Zelda"),
    ("Vi har märkt att Noah i klassen blir utfryst, han går i 3B.", "Noah"),
    # The name after a verb for the harm: its object, its subject or its agent
    ("I 5A slog Morris en kompis på rasten.", "Morris"),
    ("Två elever i 6B retade Alvina på bussen.", "Alvina"),
    ("I 4B blev en elev utfryst av Zelda.", "Zelda"),
    ("Flera i 4B har hotat Omar på nätet.", "Omar"),
    ("Två i 9A har frusit ut Zelda hela terminen.", "Zelda"),
    ("Eleverna i 5A har utsatt Nelly för kränkningar.", "Nelly"),
    # The agent after any form of a participle or a passive verb for the harm
    ("I 4B blev en elev biten av Zelda.", "Zelda"),
    ("I 4B blev en elev misshandlad av Zorro på rasten.", "Zorro"),
    ("I 6A blev två elever slagna av Morris.", "Morris"),
    ("I 6A har två elever blivit utfrysta av Alvina.", "Alvina"),
    ("En elev i 5A knuffades av Zorro i kön.", "Zorro"),
    ("En elev i 5A hotas av Zorro på nätet.", "Zorro"),
    ("En elev i 5A frystes ut av Zorro.", "Zorro"),
    # What one person has, and a name set off by commas or after "att"
    ("I 4B har Elvira fått en diagnos.", "Elvira"),
    ("I 6A finns en elev, Zelda, som blir utfryst.", "Zelda"),
    ("Föräldrar i 3C har hört av sig om att Alvina blivit knuffad.", "Alvina"),
    # Over a line break inside a paragraph, and in a list's item
    ("Lärarna i 6A har märkt att\nSaga blir utfryst på rasterna.", "Saga"),
    ("- I 9C har Alvina haft ångest sedan i våras", "Alvina"),
    # After a title a pupil has for a week in class: no staff
    ("Klassens vaktmästare Kalle i 2B blev retad när han samlade in stolarna.", "Kalle"),
    ("Veckans bibliotekarie Saga i 2B blev utfryst.", "Saga"),
    ("Veckans IT-tekniker Omar i 6B blev knuffad i korridoren.", "Omar"),
    ("Dagens måltidsbiträde Lisa i 2A blev utfryst vid maten.", "Lisa"),
]


@pytest.mark.parametrize(("text", "name"), HARMED)
def test_a_pupil_in_a_sentence_about_harm_with_a_class_in_it(text: str, name: str) -> None:
    assert [found for _index, found in pupil_mentions(text)] == [name]


NOT_HARMED = [
    # Harm and a class, but no one named
    "Om två elever bråkar i 4B pratar mentorn med dem.",
    "Om en elev i 4B blir utsatt kontaktar mentorn vårdnadshavare samma dag.",
    "Tyvärr blir någon i 6A utfryst varje vecka.",
    "Man blir lätt utfryst i 6A om man inte har mobil.",
    "I åk 4–6 har ingen blivit mobbad i år.",
    "Enligt Skolverket blir var tionde elev i åk 9 utsatt.",
    "Under Vänskapsveckan i 4B blev ingen utsatt.",
    "I 4B spelar vi Minecraft och ingen blev retad.",
    "Två i 9A blev retade på rasten.",
    "Vi stängde dörren i 4B när Anna kom.",
    # Someone named, but the harm is someone else's or a condition
    "Kontakta Anna om någon blir utsatt i 4B.",
    "Om ditt barn har blivit kränkt i 4B, kontakta Anna eller Per.",
    "Ansvarig: Maja Ek. Om någon blir utsatt i 4B ska hon kontaktas.",
    "Kurator Lisa Ek träffar den som har blivit utsatt i 4B.",
    "Kontakta Anna om en elev blir utsatt i 4B.",
    "Anna och en kollega i 4B har blivit hotade.",
    # Staff, titled by their role, and nouns and groups as subjects
    "Rektor Anna Berg blev hotad av en förälder i 6A.",
    "Mentorn Anna i 4B blev hotad av en vårdnadshavare.",
    "Vikarien blev hotad i 6A.",
    "Fönstret blev sparkat i 6A.",
    "Mötena blev inställda i 6A, och ingen blev retad.",
    "Anna i personalen har blivit hotad i 6A.",
    "Fastighetsskötaren Bengt blev hotad av en elev i 6A.",
    "Skolsekreteraren Maria i 6A blev utskälld av en förälder.",
    "Nu har hon blivit utfryst i 6A.",
    "Då blev det bråk i 5A och någon blev knuffad.",
    "Polisen blev kallad när fönstret i 6A blev sparkat.",
    "Ekbackens skola blev utsatt för inbrott i 4B.",
    # A story's characters
    "I 4B läser vi en bok där Birk blir utfryst.",
    "I 5A handlar filmen om hur Tjorven blir retad.",
]


@pytest.mark.parametrize("text", NOT_HARMED)
def test_a_sentence_about_harm_that_names_no_pupil(text: str) -> None:
    assert list(pupil_mentions(text)) == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Lärarna i 6A har märkt att Saga blir utfryst.", "Saga"),
        ("I klass 4B har Zelda blivit retad flera gånger.", "Zelda"),
    ],
)
def test_a_pupil_harmed_in_a_page_is_an_error_at_the_name(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PAGE, name)


def test_a_pupil_harmed_in_a_plan_s_text_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    written = "I 6A har Alvina blivit hotad på bussen."
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", f"text: {written}")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Alvina")


@pytest.mark.parametrize(
    "written",
    [
        "Vi har Anna i åk 7–9 som mentor.",
        "I åk 4–6 blev Zelda retad på rasten.",
        "Tindra–5A fick hjälp av kuratorn.",
        "Schemat för åk 7–9 finns på sidan Rutiner.",
    ],
)
def test_an_em_dash_reads_as_an_en_dash(tmp_path: Path, written: str) -> None:
    """ "åk 7—9" is the span "åk 7–9" as a reader sees it: the same findings either way."""
    found = []
    for dash in ("–", "—"):
        tree = Tree(tmp_path / ("en" if dash == "–" else "em"))
        tree.append(PAGE, f"\n{written.replace('–', dash)}\n")
        found.append([p.message for p in tree.problems("TP404")])
    assert found[0] == found[1]


@pytest.mark.parametrize(
    "written",
    [
        "Vikarien i 4B har blivit hotad av en elev.",
        "Slöjdläraren i 6B har blivit hotad.",
        "Resursen i 4B blev slagen av en elev.",
        "Nyanlända i 4C blir retade för sitt språk.",
        "Niorna i 9A har blivit retade på bussen.",
    ],
)
def test_a_word_for_staff_or_a_group_names_no_pupil(written: str) -> None:
    """A word holding a staff role's stem, or a word for a group of pupils, is no name."""
    assert list(pupil_mentions(written)) == []
