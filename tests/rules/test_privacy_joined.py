"""TP404 and TP406 on the ways a hostile review published pupils, and on the sentences a
trygghetsplan writes about classes, grades, counts and staff in the same ways.

A name joined to a class by a dash, a slash or a colon, a class before its
representative, a Namn/Klass table, a definition list, an ordinal grade, an id with
the class first; a count of answers ("n=3", "3 svar") or one pupil in a small group
beside something sensitive. Each is found, and none of the plan's own sentences is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, SCHOOL, SCHOOL_DIR, Tree

from generator.rules.counts import small_counts
from generator.rules.mentions import pupil_mentions

PUPILS = [
    # Joined to the class by a dash, a slash or a colon
    ("Ronja – 7F", "Ronja"),
    ("Ester/9G", "Ester"),
    ("Saga: 4B", "Saga"),
    ("Zelda – 7F blev retad på rasten.", "Zelda"),
    ("- Ronja — 7F", "Ronja"),
    # Any name glued to the class by a dash, or joined inside a sentence
    ("Zorro–4B", "Zorro"),
    ("Tindra-5A", "Tindra"),
    ("- Zelda—7F", "Zelda"),
    ("Morris-6C har fått en ny plats i matsalen.", "Morris"),
    ("Samtal med Alvina-9A om rasten.", "Alvina"),
    ("Vi pratade med Alvina – 9A om rasten.", "Alvina"),
    ("Ansvariga i veckan: Solveig-3b.", "Solveig"),
    # A name that ends like a noun: by a name's ending, or by what is said after it
    ("Stefan-4B", "Stefan"),
    ("- Kristian-5A", "Kristian"),
    ("Helena–3B", "Helena"),
    ("Rosanna–2A", "Rosanna"),
    ("Kasimir-6C", "Kasimir"),
    ("- Halvar–4B", "Halvar"),
    ("Halvar-4B har slutat.", "Halvar"),
    ("Peter–4B blev retad på rasten.", "Peter"),
    ("Dragan-7B mår dåligt.", "Dragan"),
    ("Jasper-6C är ny i klassen.", "Jasper"),
    # ... and by being no common noun (`nameshape`)
    ("Zoran-4B", "Zoran"),
    ("- Kristian–4B", "Kristian"),
    ("Goran-7C", "Goran"),
    ("- Ragnar–6A", "Ragnar"),
    ("Edgar-7B", "Edgar"),
    ("Elmar–4B", "Elmar"),
    ("Murad-9A", "Murad"),
    # The class first, then its representative
    ("Klassrepresentant 8G: Iris.", "Iris"),
    ("Representant för 4B: Saga.", "Saga"),
    ("4B representeras av Saga.", "Saga"),
    ("4B:s representant är Saga.", "Saga"),
    # A class in small letters with no "i"
    ("Elevrådet: Nora 7h, Noor 8h.", "Nora"),
    ("Noor 8h.", "Noor"),
    # An ordinal grade
    ("Leah som går i fjärde klass", "Leah"),
    ("Vi pratade med Kalle i sjätte klassen.", "Kalle"),
    ("Det var Zelda som går i fjärde klass.", "Zelda"),
    # A definition list
    ("Molly\n:   8K", "Molly"),
    # A table whose header says who and which class
    ("| Namn | Klass |\n|---|---|\n| Tilde | 7E |", "Tilde"),
    ("| Elev | Klass |\n| --- | --- |\n| Zelda | 7E |", "Zelda"),
    ("Namn | Åk\n--- | ---\nTilde Berg | 7", "Tilde Berg"),
]
# Two pupils in one text
PAIRS = [
    ("Elevrådet: Nora 7h, Noor 8h.", ["Nora", "Noor"]),
    ("Faddrar i år: Zorro-4B och Zelda-5A.", ["Zorro", "Zelda"]),
    ("| Namn | Klass |\n|:--|:--|\n| Tilde | 7E |\n| Zelda | 8A |", ["Tilde", "Zelda"]),
]


@pytest.mark.parametrize(("text", "name"), PUPILS)
def test_a_pupil_joined_to_a_class_is_found(text: str, name: str) -> None:
    assert [found for _index, found in pupil_mentions(text)][:1] == [name]


@pytest.mark.parametrize(("text", "names"), PAIRS)
def test_every_pupil_of_a_list_or_a_table_is_found(text: str, names: list[str]) -> None:
    assert [found for _index, found in pupil_mentions(text)] == names


@pytest.mark.parametrize(
    ("written", "name"),
    [("samtal-8a-tyra", "Tyra"), ("8b-ebba", "Ebba"), ("samtal-ak4-alva", "Alva"),
     ("samtal-åk4-alva", "Alva"), ("klass-8a-tyra-berg", "Tyra")],
)  # fmt: skip
def test_an_id_with_the_class_first_names_a_pupil(written: str, name: str) -> None:
    from generator.rules.names import name_as_words

    found = [n for _index, n in pupil_mentions(name_as_words(written), as_id=True)]
    assert found == [name]


COUNTS = [
    ("- 67 % (n=3) i anpassad grundskola har utsatts för trakasserier.", "n=3"),
    ("Av de svarande (n = 4) har 50 % blivit kränkta.", "n = 4"),
    ("- I anpassad grundskola (3 svar) svarade 67 % att de utsatts för trakasserier.", "3 svar"),
    ("Enkäten i fritidsgruppen fick 2 svar, och båda handlade om mobbning.", "2 svar"),
    (
        "- En elev i anpassad grundskola har en diagnos och blir retad.",
        "En elev i anpassad grundskola",
    ),
    (
        "Ett barn i förberedelseklassen har blivit utsatt för rasism.",
        "Ett barn i förberedelseklassen",
    ),
]


@pytest.mark.parametrize(("text", "found"), COUNTS)
def test_a_count_of_answers_or_of_one_beside_something_sensitive(text: str, found: str) -> None:
    assert [words for _index, words in small_counts(text, 5)] == [found]


# What a trygghetsplan writes about classes, grades, counts and staff: none of it names
# a pupil or a small count.
PLAN_SENTENCES = [
    # Staff with their roles and classes
    "Mentor: Anna Berg, 7A",
    "Mentor – Anna Berg, 7A",
    "Rektor – Anna Berg",
    "Rektor: Anna Berg",
    "Kurator: Lisa Ek, 070-123 45 67",
    "Mentor 4B: Anna Berg",
    "Mentor för 4B: Anna Berg",
    "Mentorer 7A: Anna Berg och Per Ek.",
    "Klassföreståndare 4B: Anna Berg.",
    "Ansvarig lärare 9C: Per Holm.",
    "## Mentorer\n\n- Anna Berg – 7A\n- Per Ek – 7B",
    "## Mentorer\n\n- Anna Berg/7A\n- Per Ek/7B",
    "Mentorer:\n\n- Anna Berg: 7A\n- Per Ek: 7B",
    "| Mentor | Klass |\n|---|---|\n| Anna Berg | 7A |",
    "| Namn | Roll | Klass |\n|---|---|---|\n| Anna Berg | Mentor | 7A |",
    "## Mentorer\n\n| Namn | Klass | Telefon |\n|---|---|---|\n| Anna Berg | 7A | 070-123 45 67 |",
    "| Namn | Klass |\n|---|---|\n| Elevrådet | 7A |",
    "| Tid | Klass |\n|---|---|\n| Måndag | 7A |",
    "Kurator träffar 4 elever i veckan.",
    # Classes, grades and what happens in them
    "Klass 4B: 23 elever",
    "4B: 23 elever",
    "Åk 7–9: 3 lektioner",
    "Åk 4: Friends-lektioner varje vecka.",
    "4B: Trygghetsvandring vecka 38.",
    "Vecka 38 – 4B",
    "Måndag – 4B, tisdag – 5A",
    "Tisdag: 4B har idrott.",
    "Schema – 7F",
    "Idrott/4B",
    "Max 3h skärmtid per dag.",
    "Max 2h per vecka.",
    "Tema Rymden – 4B",
    "Grupp Röd: 4B",
    "Hus Eken – 4B",
    "Vi delar in eleverna i Lag Blå – 4B och Lag Gul – 5A.",
    "4B: Max 25 elever per grupp.",
    "4B: Love-veckan",
    "4B: Anna Berg (mentor)",
    "## Mentorer\n\n7A: Johan Lind\n7B: Per Ek",
    "Max 2h.",
    "Fjärde klass har simundervisning på Gröna badet.",
    "I fjärde klass läser vi Bröderna Lejonhjärta.",
    "Eleverna i fjärde klass har mentorstid på måndagar.",
    "Mentor Anna i fjärde klass har rastvakt.",
    "Elevrådet: två elever per klass",
    "Varje klass väljer 2 elever till elevrådet",
    "Klassrepresentanter: två elever från varje klass.",
    "Representant för 4B: en elev som klassen väljer.",
    "4B representeras av två elever i elevrådet.",
    "Trygghetsteamet: Anna Berg (rektor), Lisa Ek (kurator).",
    # A grade, a span, a group's, a thing's or a day's name, a subject or a term, or a
    # heading's noun, glued to a class by a dash; staff so listed
    "F-6",
    "Åk-4",
    "Klass-4B",
    "Åk 4–6",
    "Skolan är en F–6-skola.",
    "Läxor–4B",
    "Rutinen–5A",
    "Veckan–5A",
    "Läxorna–4B",
    "Regler–4B",
    "Övningar-3B",
    "Kartor–6B",
    "Grupper-5C",
    "Aktiviteter–4B",
    "Sagan–2B",
    "Uppgifter–4B: läs sidan 12.",
    "Läxor–4B har flyttats till fredag.",
    "Lektionen-6A är inställd.",
    "Mötena–4B",
    "Schemana–4B",
    "Bilderna–4B",
    "Planeringen–5A",
    "Resultaten–4B",
    "Målen-3A",
    "- Skolresan–9C",
    "Tiderna-2B",
    "Meddelandena–6B",
    "Bokcirkeln–5A",
    "Passen–7B",
    "Hus Eken–4B",
    "Måndag–4B",
    "Ht-4B",
    "Eng-7A",
    "Sfi-3A",
    "Mentorer: Anna-7A, Per-7B.",
    "## Mentorer\n\n- Anna-7A\n- Per-7B",
    "Mentor Anna-7A har rastvakt.",
    # A heading names a topic or an event, not an unknown pupil
    "## Lucia–3A",
    "- Lucia i 3A",
    "- Luciatåg i 3A",
    "- Halloween i 4B",
    "## Fotboll–4B\n\nTräning på tisdagar.",
    "### Skolresa-9C",
    "## Schema–7F",
    "## Stefan-4B",
    # Counts of answers, and "en elev" as routines speak of anyone
    "Enkäten fick 312 svar (n=312).",
    "Svarsfrekvens 87 % (n = 240).",
    "I åk 4 (48 svar) känner sig 92 % trygga.",
    "Vi fick 3 svar på frågan om önskemål till skolavslutningen.",
    "Om en elev i anpassad grundskola blir kränkt kontaktar mentorn vårdnadshavaren.",
    "När en elev i förberedelseklassen har blivit utsatt följer vi samma rutin.",
    "En elev som blir kränkt ska alltid prata med en vuxen.",
    "En elev i taget går till kuratorn.",
    "En elev i anpassad grundskola har rätt till stöd i alla ämnen.",
    "Ett barn i förskoleklass som blir retat ska få stöd direkt.",
    "Om en elev har en diagnos får eleven anpassningar.",
    "En elev i särskild undervisningsgrupp har rätt till anpassningar vid frånvaro.",
    "Stöd till en elev i anpassad grundskola med diagnos ges av elevhälsan.",
    "Klass 4B har 23 elever, och ingen har blivit kränkt enligt enkäten.",
    # Ids and file names with a class first and words after it
    "samtal 8A klassrad",
]


@pytest.mark.parametrize("text", PLAN_SENTENCES)
def test_a_plan_s_sentences_name_no_pupil_and_no_small_count(text: str) -> None:
    assert list(pupil_mentions(text)) == []
    assert list(small_counts(text, 5)) == []


@pytest.mark.parametrize(
    "written", ["a2-4b-rastaktiviteter", "samtal-8a-klassrad", "k4-ak5-enkat", "m1-4b-ht25"]
)
def test_an_id_with_the_class_first_and_words_after_it(written: str) -> None:
    from generator.rules.names import name_as_words

    assert list(pupil_mentions(name_as_words(written), as_id=True)) == []


def test_a_namn_klass_table_in_a_page_is_an_error_at_the_name(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\n| Namn | Klass |\n|------|-------|\n| Tilde | 7E |\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PAGE, "Tilde")
    assert problem.message.startswith("'Tilde' ser ut att vara en elev")


def test_a_name_glued_to_a_class_in_a_page_is_an_error_at_the_name(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nFaddrar i år:\n\n- Zorro–4B\n- Tindra-5A\n")
    found = tree.problems("TP404")
    assert [str(p.location) for p in found] == [
        tree.at(PAGE, "Zorro"),
        tree.at(PAGE, "Tindra"),
    ]


def test_an_id_with_the_class_first_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - id: A2\n", "    - id: samtal-8a-tyra\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "tyra")


def test_a_file_name_with_the_class_first_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    pages = tree.path(SCHOOL).parent / "sidor"
    (pages / "8b-ebba.md").write_text(tree.text(PAGE), encoding="utf-8")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == f"{SCHOOL_DIR}/sidor/8b-ebba.md"
    assert "'Ebba'" in problem.message


def test_a_count_of_answers_in_a_page_is_an_error_at_the_count(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\n- 67 % (n=3) i anpassad grundskola har utsatts för trakasserier.\n")
    [problem] = tree.problems("TP406")
    assert str(problem.location) == tree.at(PAGE, "n=3")


def test_no_first_name_reads_as_a_common_noun() -> None:
    """Names that end as nouns do (`nameshape.a_noun`) are no nouns, nor any listed name."""
    from generator.personal_data.firstnames import FIRST_NAMES
    from generator.rules.nameshape import a_noun

    others = (
        "Milan Kristian Stefan Johan Dragan Goran Ruben Karen Helen Kristen Gunnar Ragnar "
        "Oskar Omar Vidar Peter Jesper Leander Elena Helena Diana Svetlana Teresa Lovisa "
        "Kristoffer Torsten Dagmar Konrad Gustav Henning Dag Mats Klas Lars Hans Murat Ahmet"
    )
    assert [name for name in (*FIRST_NAMES, *others.split()) if a_noun(name)] == []
