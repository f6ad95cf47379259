"""TP404 on other ways of writing a pupil's name with a class (initials, an initial
without its dot, a bracket, an age, "i år 7", a class in the next sentence, a handle),
and TP407 on three capitals with a class alone."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from ruletools import ORGANISER, PAGE, PLAN, Tree, triggers

from generator.problems import Severity


def _problems(tmp_path: Path, written: str, *codes: str) -> list[tuple[str, str]]:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    checked = tree.check().report
    return [(p.code, p.message.split("'")[1]) for p in checked if p.code in codes]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # initials with what one person suffered, or a pupil word
        ("S.L. i 9B blev slagen på rasten.", "S.L."),
        ("SL i 9B blev slagen.", "SL"),
        ("Vi vet att K.N. i 8A har blivit hotad.", "K.N."),
        ("Vi pratade med eleven K.N. i 8A om rasten.", "K.N."),
        ("Samtal med eleven S. L. från 9B.", "S. L."),
        ("S.L. (9B) blev slagen.", "S.L."),
        ("S.L., 9B, blev slagen på rasten.", "S.L."),
        # a known name and the surname's initial without its dot
        ("Vi pratade med Saga L i 9B om rasten.", "Saga"),
        ("Vi pratade med Saga L, 9B om rasten.", "Saga"),
        ("E.S. i 7B har blivit utfryst.", "E.S."),
        # initials without dots, a blank between
        ("K N i 8A blev slagen på rasten.", "K N"),
        ("Vi pratade med eleven K N i 8A om rasten.", "K N"),
        # initials with a class alone, dotted, spaced or not, in brackets or after a comma
        ("KN i 8A", "KN"),
        ("K N (8A)", "K N"),
        ("K.N. i 8A", "K.N."),
        ("Vi pratade med K.N. i 8A om rasten.", "K.N."),
        ("Samtal med S. L. i 9B och vårdnadshavare.", "S. L."),
        ("Vi besökte A.B. från 7C.", "A.B."),
        ("Vi pratade med K N. i 8A om rasten.", "K N."),
        ("Vi pratade med K. N i 8A om rasten.", "K. N"),
        ("Vi pratade med K.N i 8A om rasten.", "K.N"),
        ("Samtal med JS, 7B, om rasten.", "JS"),
        ("Ö.L. i 6A har bytt plats i matsalen.", "Ö.L."),
        ("Ansvarig: A.B. (9B).", "A.B."),  # as "Ansvarig: Anna Berg (9B)" names a pupil
        # three capitals without dots, with a pupil word or a harm
        ("Vi pratade med eleven KLN i 8A.", "KLN"),
        ("KLN i 8A blev slagen.", "KLN"),
        # a bracket that calls them a pupil or gives an age
        ("Vi pratade med Saga (elev, 9B) om rasten.", "Saga"),
        ("Vi pratade med Zelda (eleven i 6A) om rasten.", "Zelda"),
        ("Vi pratade med Astrid Holm (13 år) i 7B om rasten.", "Astrid Holm"),
        ("Vi pratade med Zorro Lind (12 år) i 6A om rasten.", "Zorro Lind"),
        ("Vi pratade med Astrid Holm, 13 år, i 7B om rasten.", "Astrid Holm"),
        # "i år 7", "som är i", a class in the next sentence
        ("Vi pratade med Signe Ek i år 7 om rasten.", "Signe Ek"),
        ("Sara som är i klass 7B och blev mobbad behöver stöd.", "Sara"),
        ("Nils Ek. Han går i 7B och blev slagen.", "Nils Ek"),
        ("Vi träffade Ella Berg. Hon går i 8C.", "Ella Berg"),
        ("Vi träffade Ella Berg.\nHon går i 8C.", "Ella Berg"),
        # a handle with a class, an unknown name at a sentence's start "från 9B"
        ("Vi följer @saga_9b på Instagram.", "Saga"),
        ("Kontot @omar.lind.7c har fått hot.", "Omar"),
        ("Yousef från 9B har flyttat.", "Yousef"),
        ("Zinedine från 7A har slutat i skolan.", "Zinedine"),
        ("Yousef i 9B har flyttat.", "Yousef"),
        ("Yousef från 9B flyttade i maj.", "Yousef"),
        ("Yousef (9B) har flyttat.", "Yousef"),
        # how one person is, after "från", "ur" or "på" a class, or a bracket around it
        ("Yousef från 9B är ny.", "Yousef"),
        ("Yousef ur 9B är ny i skolan.", "Yousef"),
        ("Yousef (från 9B) är ny.", "Yousef"),
        ("Elif (i 7A) är sjukskriven.", "Elif"),
        ("Zorro på 6C mår dåligt.", "Zorro"),
        ("Kemal från 8A har varit borta länge.", "Kemal"),
        ("Yousef, 9B, är ny.", "Yousef"),
        ("Nyheter: Yousef från 9B är ny.", "Yousef"),
        ("Yousef från 9B vann tävlingen.", "Yousef"),
        ("Yousef som går i 9B är ny.", "Yousef"),
        ("Ny elev: Yousef från 9B.", "Yousef"),
        ("Ny elev: Yousef, 9B.", "Yousef"),
        # a first name and a surname at a sentence's start: named in full, where it starts
        ("Per Ek (4B) blev slagen på rasten.", "Per Ek"),
        ("Zelda Holm i 4B blev slagen.", "Zelda Holm"),
        ("Välkommen Yousef från 9B!", "Yousef"),
        ("Välkommen Ali i 9B!", "Ali"),
        # a name that ends like a noun's definite form
        ("Stefan från 9B är ny.", "Stefan"),
        ("Kristian ur 9B har slutat.", "Kristian"),
        ("Zoran från 9B har slutat.", "Zoran"),
        # alone with its class: a sentence, a list's item, a value
        ("Yousef ur 9B.", "Yousef"),
        ("- Yousef från 9B", "Yousef"),
        ("Nya elever:\n\n- Zinedine (7A)\n- Brännboll i 4B", "Zinedine"),
        ("* Kemal – 8A", "Kemal"),
        ("Yousef, 9B. Välkommen!", "Yousef"),
        ("Dragan på 6C.", "Dragan"),
        ("1) Yousef från 9B", "Yousef"),
        ("- Yousef från 9B har flyttat.", "Yousef"),
    ],
)
def test_other_phrasings_of_a_pupil_are_errors(tmp_path: Path, written: str, name: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    found = tree.problems("TP404")
    assert [p.message.split("'")[1] for p in found] == [name]
    handles = [word for word in written.split() if word.startswith("@")]
    assert str(found[0].location) == tree.at(PAGE, handles[0] if handles else name)
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    "written",
    [
        "Mentor A.B. i 9B ansvarar.",
        "Mentor K N i 9B ansvarar.",
        "Mentorer: A B i 9B, C D i 8A.",
        "Mentorer: A.B. i 9B, C.D. i 8A.",
        "## Mentorer\n\n- A.B. i 9B\n- C.D. i 8A",
        "Vi använder NO i 9B och SO i 8A som temaämnen.",
        "IT i 9B fungerar dåligt.",
        "Rektor Anna Holm (52 år) i 7B?",
        "Vi firar i år 7 dagar i rad.",
        "Schemat från 9B har ändrats.",
        "Besök från 7A har ställts in.",
        "Besök från 9B (7 st) har ställts in.",
        "Bussen från 9B har varit sen.",
        "Schemat från 9B är nytt.",
        "Besök från 7A är inställt.",
        "Material från 9B saknas.",
        "Hälften i 9B mår dåligt.",
        "Föräldrar från 9B är välkomna.",
        "Lektionen från 9B har flyttat.",
        "Mentor: Zorro Berg i 9B har slutat.",
        "Bussen som går i 9B är sen.",
        "Laget från 9B vann turneringen.",
        "Eleven: Berättar för mentorn i 9B.",
        "Idrott (i 7A) är inställd.",
        "Vikarien i 9B har slutat.",
        "Ansvarig lärare: A.B. (9B) och C.D. (8A).",
        "EHT i 8A träffas varje vecka.",
        "NP i 9B genomförs vecka 12.",
        "Vi har SVA i 7B och NPF-anpassningar i 8A.",
        "Följ oss på @strandskolan och @elevradet_strand.",
        "Klassen har ett konto @klass9b_strandvik.",
        "Kontakta Anna Berg. Hon är mentor i 9B.",
        "Kalle Berg. Han är lärare i 7B.",
        # a noun alone with its class
        "Bussen från 9B.",
        "- Besök från 7A",
        "- Trygghetsvandring (5B)",
        "Aktiviteter:\n\n- Brännboll i 4B\n- Pingis, 5A\n- Schema – 7F",
        "- Mötena i 9B",
        "Schemat i 9B.",
        "- Bussen från 9B har varit sen.",
        "Läs Boken i 4B.",
        "## Mentorer\n\n- Berit Holm (4A)\n- Per Ek i 9A",
    ],
)
def test_staff_subjects_and_accounts_are_no_pupils(tmp_path: Path, written: str) -> None:
    assert _problems(tmp_path, written, "TP404", "TP407") == []


@triggers("TP407")
def test_three_capitals_with_a_class_alone_are_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nVi pratade med KLN i 8A om rasten.\n")
    [problem] = tree.problems("TP407")
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith("'KLN' står med en klass")
    assert str(problem.location) == tree.at(PAGE, "KLN")
    assert tree.problems("TP404") == []


@pytest.mark.parametrize(
    "written",
    [
        "Samtal med KLN i 9B och vårdnadshavare.",
        "Vi besökte ABC från 7C.",
        "Vi pratade med KLN (8A) om rasten.",
    ],
)
def test_more_three_capitals_alone_are_warnings(tmp_path: Path, written: str) -> None:
    assert [code for code, _name in _problems(tmp_path, written, "TP404", "TP407")] == ["TP407"]


@pytest.mark.parametrize("setting", ["av", "info"])
def test_no_profile_silences_initials_with_a_class(tmp_path: Path, setting: str) -> None:
    tree = Tree(tmp_path)
    profile = f"  regler: {{TP407: {setting}}}\n  min_antal_svar: 5"
    tree.edit(ORGANISER, "  min_antal_svar: 5", profile)
    tree.append(PAGE, "\nVi pratade med KLN i 8A om rasten.\n")
    [problem] = tree.problems("TP407")
    assert problem.severity is Severity.WARNING


def test_a_yaml_list_s_value_alone_with_a_class_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    written = "    - All personal ingriper direkt och anmäler till rektor samma dag."
    tree.edit(PLAN, written, "    - Yousef från 9B")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Yousef")
    assert problem.message.startswith("'Yousef' ser ut att vara en elev")


def test_names_each_with_a_class_in_a_list_are_all_errors(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nYousef från 9B, Zelda från 8C och Kemal från 7A.\n")
    found = [p.message.split("'")[1] for p in tree.problems("TP404")]
    assert found == ["Yousef", "Zelda", "Kemal"]


def test_a_text_without_a_class_skips_only_phrasings_that_need_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`phrased_pupils` and `initials_alone` read a text without a class or a grade for
    handles alone: what they then leave out finds nothing there (also with other scripts'
    digits), and the same is found as when every text is read."""
    from generator.rules import phrased

    names = ["Saga", "Omar Holm", "S.L.", "SL", "KLN", "K N", "K.N.", "Saga L", "Elev: Zelda"]
    names.append("Nils Ek")
    between = [" i ", " från ", ", ", " (", " som går i ", " (13 år) i ", " (elev, "]
    between.append(". Han går i ")
    classes = ["9B", "TE22A", "TE٢٢A", "7b", "7 B", "klass 7B", "år 7", "٩B", "nian", "B", "Bb"]
    after = [" blev slagen på rasten.", " har flyttat.", ")", ", är ny.", "", " @saga_9b"]
    rng = random.Random(404)
    texts = []
    for _ in range(4000):
        parts = [rng.choice(names), rng.choice(between), rng.choice(classes), rng.choice(after)]
        texts.append(rng.choice(["", "Vi vet att ", "eleven ", "\n"]) + "".join(parts))
    quick = [(list(phrased.phrased_pupils(t)), list(phrased.initials_alone(t))) for t in texts]
    skipped = [t for t in texts if phrased.NEEDED.search(t) is None and re.search(r"\d", t)]
    monkeypatch.setattr(phrased, "NEEDED", re.compile(""))  # every text read
    assert quick == [
        (list(phrased.phrased_pupils(t)), list(phrased.initials_alone(t))) for t in texts
    ]
    assert sum(bool(named) for named, _alone in quick) > 500
    assert sum(bool(alone) for _named, alone in quick) > 30  # "KLN" alone is TP407's
    assert len(skipped) > 300  # texts with a digit, but no class or grade
