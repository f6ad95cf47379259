"""TP404 on a sentence that tells of an incident, with or without a class beside the name
(`rules.incidentnames`): every name in it is found, the first of a pair too, and what
plans write about staff, authors, places, books and routines names no pupil."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, triggers

from generator.rules.incidentnames import incident_pupils

IN_INCIDENT = "i en mening om en händelse eller kränkning"
WITH_A_CLASS = "med klass, årskurs eller som elev"
JOINED = "tillsammans med en annan elevs namn"


@triggers("TP404")
@pytest.mark.parametrize(
    ("written", "named"),
    [
        (
            "Noah Karlsson och en annan elev i klass 4B har slagit andra elever på rasten "
            "flera gånger.",
            [("Noah Karlsson", IN_INCIDENT)],
        ),
        (
            "Efter incidenten med Noah Karlsson på idrotten i september känner sig flera "
            "i åk 4 otrygga.",
            [("Noah Karlsson", IN_INCIDENT)],
        ),
        (
            "Vid en kränkning mot Ebba på fritids i mars agerade personalen för sent.",
            [("Ebba", IN_INCIDENT)],
        ),
        (
            "I oktober blev Elias i 4B utfryst, och Wilma skickade skärmdumpar till hela klassen.",
            [("Elias", WITH_A_CLASS), ("Wilma", IN_INCIDENT)],
        ),
        (
            "Noah Karlsson och Liam Berg i klass 4B har bråkat på rasten.",
            [("Noah Karlsson", IN_INCIDENT), ("Liam Berg", WITH_A_CLASS)],
        ),
        (
            "Noah Karlsson och Liam Berg i klass 4B vill vara med i elevrådet.",
            [("Noah Karlsson", JOINED), ("Liam Berg", WITH_A_CLASS)],
        ),
        (  # folded over lines, as a block scalar is
            ">-\n      Efter incidenten med Noah\n      Karlsson på idrotten i september\n"
            "      och kränkningen mot\n      Ebba i mars.",
            [("Noah Karlsson", IN_INCIDENT), ("Ebba", IN_INCIDENT)],
        ),
    ],
)
def test_every_pupil_in_an_incident_in_a_plan_s_text_is_an_error(
    tmp_path: Path, written: str, named: list[tuple[str, str]]
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", f"text: {written}")
    problems = tree.problems("TP404")
    assert [str(p.location) for p in problems] == [
        tree.at(PLAN, name.split()[0]) for name, _ in named
    ]
    for problem, (name, why) in zip(problems, named, strict=True):
        assert problem.message.startswith(f"'{name}' ser ut att vara en elev")
        assert why in problem.message


PUPILS = [
    # Right after an incident's noun: who it was with, against or between
    ("Efter bråket med Wilma Ek på rasten i oktober pratade mentorn med klassen.", ["Wilma Ek"]),
    ("Efter konflikten mellan Ebba och Maja i åk 5 har vi fler rastvakter.", ["Ebba", "Maja"]),
    ("Vid mobbningen av Ella i höstas agerade skolan för sent.", ["Ella"]),
    ("Hotet mot Omar på bussen i maj polisanmäldes.", ["Omar"]),
    ("Efter kränkningen mot Zelda på fritids ändrade vi rutinerna.", ["Zelda"]),
    ("Skärmdumparna från Wilma spreds i hela åk 6.", ["Wilma"]),
    ("Efter en konflikt med Ebba Strand på rasten fick hon gå hem.", ["Ebba Strand"]),
    ("Konflikten mellan Zorro och Hugo har pågått sedan i höstas.", ["Zorro", "Hugo"]),
    # Harmed or harming, with no class in the sentence
    ("I september blev Ebba utfryst av Maja och Saga.", ["Ebba", "Maja", "Saga"]),
    ("Ebba slog Maja på rasten förra veckan.", ["Ebba", "Maja"]),
    ("Tyra och Alice har under hösten frusit ut Wilma.", ["Tyra", "Alice", "Wilma"]),
    ("Alice, Maja och Ebba blev utfrysta av en grupp i klassen.", ["Alice", "Maja", "Ebba"]),
    ("Noah Karlsson har vid flera tillfällen slagit andra elever.", ["Noah Karlsson"]),
    # What one did in it, and a pupil beside a name
    ("Wilma spred rykten om Elias i hela klassen.", ["Wilma", "Elias"]),
    ("I oktober startade Sixten bråket i korridoren.", ["Sixten"]),
    ("Noah och Liam bråkade på fotbollsplanen i mars.", ["Noah", "Liam"]),
    ("Elias blev knuffad i trappan, och Wilma filmade det.", ["Elias", "Wilma"]),
    ("Hugo Ek och en klasskamrat i 6B har knuffat yngre elever i kön.", ["Hugo Ek"]),
    ("Noah (trivselledare) slog en elev i mars.", ["Noah"]),  # a pupil's duty
    ("I mars mobbades Ebba av Maja Holm.", ["Ebba", "Maja Holm"]),
    # Harm in the passive's supine ("har retats", "har kränkts")
    ("Ebba och en annan elev har retats.", ["Ebba"]),
    ("Noah har kränkts av andra i klassen.", ["Noah"]),
    ("Wilma har utsatts för hot i chatten.", ["Wilma"]),
    # A name no list knows, where it says what the person did or suffered
    ("I november blev Saga utfryst, och Alma delade bilder i gruppchatten.", ["Saga", "Alma"]),
    ("Alma delade skärmdumpar på Saga i hela klassen.", ["Alma", "Saga"]),
    ("Alvina blev utfryst av flera i klassen.", ["Alvina"]),
    # Names that end in "s" are no owners
    ("Jonas blev slagen på rasten i mars.", ["Jonas"]),
    ("Vid kränkningen mot Agnes i april agerade ingen.", ["Agnes"]),
    # In a sentence that says when it happened, every name but staff's
    ("Vid utfrysningen i mars var det Maja som höll i gruppchatten.", ["Maja"]),
    ("Det blev bråk när Noah tog bollen från Liam.", ["Noah", "Liam"]),
    ("Efter incidenten med Noah pratade kurator Ebba Lind med klassen.", ["Noah"]),
]


@pytest.mark.parametrize(("text", "names"), PUPILS)
def test_the_names_in_an_incident_are_pupils(text: str, names: list[str]) -> None:
    assert [name for _i, name, _why in incident_pupils(text, _none, frozenset())] == names


NOT_PUPILS = [
    # Staff by their role, beside a colleague, in staff's group, doing staff's work
    "Vid en kränkning kontaktar du kurator Ebba Lind samma dag.",
    "Efter incidenten i september ringde kurator Ebba Lind hem till vårdnadshavarna.",
    "Mentorn Anna i 4B blev hotad av en vårdnadshavare.",
    "Anna i personalen har blivit hotad i 6A.",
    "Anna och en kollega i 4B har blivit hotade.",
    "Klassläraren är Maria Holm och i mars blev två elever slagna.",
    "Skolans förstelärare Anna Berg höll i utbildningen om kränkningar i mars.",
    "Under hösten har Tomas Åberg och Helena Sund utrett kränkningarna.",
    "I mars anmälde Tomas Åberg kränkningen till huvudmannen.",
    "Efter kränkningarna i våras anställde vi Ebba Lind som kurator.",
    "Maria Holm, kurator, pratade med klassen efter bråket i mars.",
    "Efter bråket i mars pratade Anna (mentor) med klassen.",
    # Authors, decisions, speakers, contacts, routines
    "Planen mot kränkningar beslutades av Tomas Åberg i augusti.",
    "Enligt Anna Berg minskade kränkningarna under våren.",
    "Vid kränkningar gäller rutinen som Anna Berg skrev i augusti.",
    "Föreläsning av Anna Berg om nätkränkningar i oktober.",
    "Arbetet mot kränkningar leds av Anna Berg.",
    "Utredningen av kränkningen i mars gjordes av Nadia Karlsson.",
    "Samtalen efter bråket i mars leddes av Per Holm.",
    "Efter bråket i mars pratade rektor Anna Berg och Per Ek med eleverna.",
    "Kränkningar på nätet hanteras av Helena Sund och Ali Hassan.",
    "Vi arbetar mot mobbning med Friends och Anna Berg som samordnare.",
    # Places, books, stories, months, days and words that start a sentence
    "I mars läste vi Bröderna Lejonhjärta och pratade om mobbning.",
    "I mars läste klassen boken Harry Potter och pratade om mobbning.",
    "I boken blir Ronja utfryst av de andra.",
    "Efter bråket i Karlsson-salen i mars pratade vi med klassen.",
    "Efter händelsen i Noah Karlsson-salen i mars flyttade vi lektionen.",
    "Efter bråket på Ebba Brahe-skolan i mars samarbetar vi med dem.",
    "Efter bråket vid Astrid Lindgrens skola i maj har vi fler rastvakter.",
    "Efter händelsen vid Stora Torget i maj har vi fler rastvakter.",
    "Måndag: konflikt på rasten, mentorn pratade med eleverna.",
    "Nog har kränkningarna minskat sedan i höstas.",
    "Max tre incidenter rapporterades under hösten.",
    "Efter Friends-enkäten i oktober såg vi att utfrysning ökade.",
    "Under Vänskapsveckan i mars pratade vi om konflikter.",
    "Efter incidenten med bussen i mars har vi fler vuxna vid hållplatsen.",
    "Efter konflikten med Bergsskolan i mars har vi gemensamma rastvakter.",
    "Efter bråket med Hagaskolans elever i maj träffades rektorerna.",
    "I oktober höll Polisen en lektion om näthat och kränkningar.",
    "Vikarien blev hotad av en förälder i mars.",
    "Två av tre elever i Solrosen har blivit kränkta.",
    'N["Uppföljning med utsatt och vårdnadshavare"]',
    "Efter bråket i mars vilade vi på Lövången och ingen blev utsatt.",
    "Stämningen blev sämre efter bråket i mars.",
    # A pupil's name and no incident, nor anyone joined to a found pupil
    "Vi arbetar med trygghet, och Noah Karlsson läser gärna i biblioteket.",
]


@pytest.mark.parametrize("text", NOT_PUPILS)
def test_what_plans_write_around_incidents_names_no_pupil(text: str) -> None:
    assert list(incident_pupils(text, _none, frozenset())) == []


@pytest.mark.parametrize(
    ("written", "found"),
    [
        # Johan Ek is the fixture's kurator: declared in full, and by his first name in
        # a sentence that only says when it happened
        ("Efter bråket i mars pratade Johan Ek med klassen.", []),
        ("Efter bråket i mars pratade Johan med klassen.", []),
        ("Efter bråket i mars pratade Per Holm med klassen.", ["Per Holm"]),
        # His name counts where the incident is said to be with him
        ("Efter bråket med Johan i mars pratade vi med klassen.", ["Johan"]),
    ],
)
def test_declared_staff_are_no_pupils(tmp_path: Path, written: str, found: list[str]) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert [str(p.location) for p in tree.problems("TP404")] == [
        tree.at(PAGE, name) for name in found
    ]


def _none(_index: int) -> bool:
    return False


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title
        "I mars pratade vi om «Harry Potter» och mobbningen i 4B.",
        "Efter bråket i mars pratade vi om «Emil i Lönneberga».",
        "Efter bråket i mars läste vi ”Harry Potter” högt.",
        'Efter bråket i mars såg vi filmen "Harry Potter" i aulan.',
    ],
)
def test_a_story_or_a_topic_names_no_pupil(text: str) -> None:
    assert list(incident_pupils(text, _none, frozenset())) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # one incident, told so: a name in it counts, and right after its noun in quotes too
        ("I mars pratade vi om mobbningen av Noah Karlsson.", ["Noah Karlsson"]),
        ("Det blev bråk när Noah tog bollen från Liam.", ["Noah", "Liam"]),
        ("I mars pratade vi om bråket och Harry Potter.", ["Harry Potter"]),
        # incidents as a topic beside a name: the name may be a pupil's ("pratade om Noah
        # Karlsson och mobbning" has the same shape), so it is told, with how to write a
        # title («Harry Potter») that is none
        ("I mars pratade vi om Harry Potter och mobbning.", ["Harry Potter"]),
        ("I mars pratade vi om Noah Karlsson och mobbning.", ["Noah Karlsson"]),
        ("Efter kränkningen mot «Ebba» i mars agerade ingen.", ["Ebba"]),
        ("I mars blev «Ebba» slagen på rasten.", ["Ebba"]),
    ],
)
def test_one_incident_told_still_names_its_pupils(text: str, names: list[str]) -> None:
    assert [name for _i, name, _why in incident_pupils(text, _none, frozenset())] == names


@triggers("TP404")
def test_a_name_in_an_incident_tells_how_to_write_a_story_s_name(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nEfter bråket i mars pratade vi om Harry Potter.\n")
    [problem] = tree.problems("TP404")
    assert problem.message.startswith("'Harry Potter'")
    assert "«Emil i Lönneberga»" in problem.hint
    tree.append(PAGE, "\nEfter bråket i mars pratade vi om «Harry Potter».\n")
    assert len(tree.problems("TP404")) == 1
