"""TP3xx: quality of goals, measures, references and the rule profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from ruletools import (
    CYCLE,
    ORGANISER,
    PAGE,
    PLAN,
    PREVIOUS,
    SCHOOL,
    Tree,
    locations,
    model_problems,
    plan,
    triggers,
    with_plan,
)

from generator import codes
from generator.load.dates import exact
from generator.problems import Severity
from generator.rules import staleness
from generator.text import PAGE_NOTE, TEMPLATE_NOTE


@triggers("TP300")
def test_an_unknown_code_in_the_rule_profile(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    profile = "regelprofil:\n  regler: {TP299: av, TP206: info, TP501: av}\n"
    tree.edit(ORGANISER, "regelprofil:\n", profile)
    [problem] = tree.problems("TP300")
    assert str(problem.location) == tree.at(ORGANISER, "av,")
    assert problem.message == "regeln TP299 finns inte, så inställningen gör ingenting"
    # TP501 belongs to the student pages' checks, so it is not reported here.


def test_a_code_of_no_series_in_the_rule_profile(tmp_path: Path) -> None:
    """TP999 (a typo for TP299?) is no code at all: said, not silently ignored."""
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "regelprofil:\n", "regelprofil:\n  regler: {TP999: av, TP503: av}\n")
    [problem] = tree.problems("TP300")
    assert str(problem.location) == tree.at(ORGANISER, "av,")
    assert problem.message == "regeln TP999 finns inte, så inställningen gör ingenting"


@triggers("TP301")
def test_a_target_level_that_cannot_be_measured(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "målnivå: Minst 90 % (februari 2026 – 88 %)", "målnivå: Ökad trygghet")
    [problem] = tree.problems("TP301")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "Ökad trygghet")
    assert problem.message == "målnivån 'Ökad trygghet' för M1 går inte att mäta"
    assert problem.hint == "ange en mätbar målnivå, t.ex. Minst 90 %"
    assert "TÖFT" in problem.source


def test_a_goal_due_after_the_plan() -> None:
    late = exact(dt.date(2028, 6, 1))
    goals = (dataclasses.replace(plan().goals[0], due=late), *plan().goals[1:])
    [problem] = model_problems("TP301", with_plan(goals=goals))
    assert problem.message == "målet M1 ska nås 2028-06-01, utanför planens giltighet"
    assert problem.field == "mål (id: M1).datum"
    assert problem.hint.startswith("välj ett datum mellan") and "målnivå" not in problem.hint


@triggers("TP302")
def test_a_follow_up_before_the_measure_starts(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "uppföljning: {när: 2026-11-13", "uppföljning: {när: 2026-08-01")
    [problem] = tree.problems("TP302")
    assert str(problem.location) == tree.at(PLAN, "2026-08-01")
    assert problem.message == "åtgärden A3 följs upp (2026-08-01) innan den startar (2026-08-24)"
    assert problem.hint == "sätt uppföljning.när till en tid efter starten, 2026-08-24"


def test_a_measure_without_a_responsible_role_or_outside_the_period() -> None:
    measures = list(plan().measures)
    measures[0] = dataclasses.replace(measures[0], responsible="—")
    measures[1] = dataclasses.replace(
        measures[1], start=exact(dt.date(2028, 1, 1)), done_by=exact(dt.date(2028, 2, 1)),
        follow_up_when=exact(dt.date(2028, 2, 1)),
    )  # fmt: skip
    found = model_problems("TP302", with_plan(measures=tuple(measures)))
    assert [(p.message, p.hint) for p in found] == [
        (
            "åtgärden A1 har ingen ansvarig",
            "skriv den roll som ansvarar för åtgärden, t.ex. ansvarig: Kurator",
        ),
        (
            "åtgärden A4 ligger helt utanför planens giltighet",
            "flytta start och klart in i planens giltighet, 2026-08-17–2027-08-15",
        ),
    ]


@triggers("TP303")
def test_repealed_references_in_a_page(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(
        PAGE,
        "\nEnligt SKOLFS 2012:10 ska förskolechefen se till att skolan enligt lag har en "
        "likabehandlingsplan.\n",
    )
    problems = tree.problems("TP303")
    assert locations(problems) == [
        tree.at(PAGE, "SKOLFS"),
        tree.at(PAGE, "förskolechefen"),
        tree.at(PAGE, "likabehandlingsplan."),
    ]
    assert [p.message for p in problems] == [
        "Skolverkets allmänna råd SKOLFS 2012:10 upphörde att gälla 2017",
        "titeln förskolechef finns inte längre; förskolan leds av en rektor",
        "likabehandlingsplan beskrivs som ett lagkrav, men kravet togs bort 2017",
    ]


def test_a_repealed_ordinance_in_the_plan_and_history_is_fine(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN, "vision: >-\n", "vision: >-\n  Enligt förordning (2006:1083) ska eleverna delta.\n"
    )
    [problem] = tree.problems("TP303")
    assert str(problem.location) == tree.at(PLAN, "2006:1083")
    # The page says "Kravet på en likabehandlingsplan togs bort 2017": history, not a claim.
    assert "likabehandlingsplan" in tree.text(PAGE)


@triggers("TP304")
def test_a_line_marked_to_fill_in(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "namn: Föräldramöten", "namn: Föräldramöten  # FYLL I: aktivitetens namn")
    [problem] = tree.problems("TP304")
    assert str(problem.location) == tree.at(CYCLE, "FYLL I")
    assert problem.message == "inte ifyllt ännu (namn): aktivitetens namn"


def test_a_mark_whose_words_begin_like_its_field_keeps_them(tmp_path: Path) -> None:
    """Only the field's whole word is said once: "FYLL I: namnet på …" in the field namn
    keeps "namnet" (it was cut to "et på …")."""
    tree = Tree(tmp_path)
    mark = "namn: Föräldramöten  # FYLL I: namnet på aktiviteten"
    tree.edit(CYCLE, "namn: Föräldramöten", mark)
    [problem] = tree.problems("TP304")
    assert problem.message == "inte ifyllt ännu (namn): namnet på aktiviteten"
    assert problem.severity is Severity.WARNING


def test_a_mark_that_names_its_field_again_says_it_once(tmp_path: Path) -> None:
    """`trygg ny-period` writes "status: ej_genomförd  # FYLL I: status – genomförd, …":
    the message said "(status): status – genomförd", as if "(status)" were a place."""
    tree = Tree(tmp_path)
    mark = "namn: Föräldramöten  # FYLL I: namn – aktivitetens namn"
    tree.edit(CYCLE, "namn: Föräldramöten", mark)
    [problem] = tree.problems("TP304")
    assert problem.message == "inte ifyllt ännu (namn): aktivitetens namn"


def test_a_mark_that_says_only_its_field_says_it_once(tmp_path: Path) -> None:
    """ "FYLL I: namn" on the field namn read "inte ifyllt ännu (namn): namn"."""
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "namn: Föräldramöten", "namn: Föräldramöten  # FYLL I: namn")
    [problem] = tree.problems("TP304")
    assert problem.message == "inte ifyllt ännu (namn)"


def test_a_comment_that_only_mentions_the_mark_is_no_mark(tmp_path: Path) -> None:
    """The utkast's opening comment tells where to write ("där det står FYLL I"): an
    instruction, which would otherwise keep a decided plan from being published."""
    tree = Tree(tmp_path)
    said = "# Skriv först in er egen kartläggning där det står FYLL I.\n"
    tree.edit(PLAN, "beslut: {", f"{said}beslut: {{")
    assert not [p for p in tree.check().report if p.code in {"TP304", "TP127"}]


def test_a_marked_line_in_skola_yml_keeps_the_school_back(tmp_path: Path) -> None:
    """Without the first line, skola.yml's marks still say a contact is the example's
    staff, whom a guardian could write to: an error (TP311), told once for the file, with
    each other mark a warning (TP304)."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "namn: Maria Lindqvist", "namn: Maria Lindqvist  # FYLL I")
    tree.edit(SCHOOL, "namn: Johan Ek", "namn: Johan Ek  # FYLL I")
    [problem] = tree.problems("TP311")
    assert str(problem.location) == tree.at(SCHOOL, "FYLL I")
    assert problem.severity is Severity.ERROR
    assert problem.message.startswith(
        "skola.yml har kvar exemplets uppgifter på 2 ställen markerade FYLL I "
        "(det första här: namn)"
    )
    # each other mark a warning; the first is TP311's place, told once (`check.sameplace`)
    assert len(tree.problems("TP304")) == 1


@triggers("TP311")
def test_a_school_whose_file_is_still_the_example(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    first = "# yaml-language-server: $schema=../../../schemas/skola.schema.json"
    note = f"{TEMPLATE_NOTE} Skriv om dem så att de gäller er och ta sedan bort den här raden."
    tree.edit(SCHOOL, first, f"{note}\n{first}")
    [problem] = tree.problems("TP311")
    assert str(problem.location) == f"{SCHOOL}:1:1"
    assert problem.severity is Severity.ERROR
    assert "TP304" not in [p.code for p in tree.check().report if p.location.line == 1]


@triggers("TP313")
def test_an_own_page_still_the_example(tmp_path: Path) -> None:
    """The page `trygg init` copied, its first line left: published as it stands, a
    guardian would read FYLL I and the example's rules as the school's. An error, which
    keeps the school back; TP304 does not list the same line again."""
    tree = Tree(tmp_path)
    mark = f"{PAGE_NOTE} Skriv om den eller ta bort filen.\n\n"
    tree.edit(PAGE, "---\nOrdningsreglerna", f"---\n{mark}Ordningsreglerna")
    [problem] = tree.problems("TP313")
    assert str(problem.location) == tree.at(PAGE, "FYLL I")
    assert problem.severity is Severity.ERROR
    assert problem.message.startswith("sidan är fortfarande trygg:s exempel")
    assert problem.hint.startswith("skriv om sidan och ta bort raden FYLL I, eller ta bort filen")
    assert not [p for p in tree.check().report if p.code == "TP304" and p.location.file == PAGE]
    assert codes.withholds(problem)


def test_a_mark_of_the_schools_own_on_a_page_keeps_the_school_back(tmp_path: Path) -> None:
    """A FYLL I written into a page by someone at the school is shown just the same: an
    error for the page at its first mark, and each other mark a warning."""
    tree = Tree(tmp_path)
    tree.edit(PAGE, "Varje höst", "FYLL I: när reglerna gås igenom. Varje höst")
    [problem] = tree.problems("TP313")
    assert str(problem.location) == tree.at(PAGE, "FYLL I")
    assert problem.message.startswith("sidan har kvar 1 ställe markerat FYLL I")
    assert not tree.problems("TP304")  # its one mark is TP313's place, told once


@triggers("TP308")
def test_a_text_about_the_plans_work_that_names_a_year_before_last_period(
    tmp_path: Path,
) -> None:
    """The plan for läsåret 2026/27: "maj 2026" and "februari 2026" are last period's work,
    "maj 2025" and "läsåret 2024/25" are older, copied from an earlier plan."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "rutinen i maj 2026", "rutinen i maj 2025")
    tree.edit(PLAN, "(februari 2026 – 88 %)", "(läsåret 2024/25 – 88 %)")
    problems = tree.problems("TP308")
    assert [(p.field, p.severity) for p in problems] == [
        ("mål (id: M1).målnivå", Severity.WARNING),
        ("samverkan.riktlinjer_och_rutiner.elever", Severity.WARNING),
    ]
    assert problems[1].message == (
        "texten nämner maj 2025, före förra perioden (från 1 augusti 2025), så den berättar "
        "troligen om ett tidigare år än läsåret 2026/27"
    )
    assert problems[1].hint.startswith("skriv om texten för planens period")


def test_an_inledning_copied_from_an_older_plan_is_read_too(tmp_path: Path) -> None:
    """trygg ny-period copies the inledning as written: "under 2024" in the plan for
    läsåret 2026/27 is two plans old, while "december 2025" is last period's."""
    tree = Tree(tmp_path)
    intro = (
        "inledning: Planen bygger på det som eleverna berättade för oss under 2024, "
        "och den utvärderades i december 2025.\n\nvision: >-\n"
    )
    tree.edit(PLAN, "vision: >-\n", intro)
    tree.edit(
        PLAN, "ska alla barn känna sig trygga", "ska sedan hösten 2023 alla barn känna sig trygga"
    )
    problems = tree.problems("TP308")
    assert [(p.field, p.message.split(",")[0]) for p in problems] == [
        ("inledning", "texten nämner 2024"),
        ("vision", "texten nämner hösten 2023"),
    ]
    assert str(problems[0].location) == tree.at(PLAN, "Planen bygger")


def test_last_period_named_as_if_it_were_now_is_last_years_text(tmp_path: Path) -> None:
    """Before: "Skolan arbetar under läsåret 2025/26 med …" in the plan for 2026/27 was
    published without a word (only periods before last one were read)."""
    tree = Tree(tmp_path)
    intro = (
        "inledning: Vi har frågat eleverna. Ekbacken arbetar under 2025/26 med rastvärdar "
        "och trygga omklädningsrum.\n\nvision: >-\n"
    )
    tree.edit(PLAN, "vision: >-\n", intro)
    [problem] = tree.problems("TP308")
    assert problem.field == "inledning"
    assert problem.message == (
        "texten nämner 2025/26, förra perioden, som om arbetet pågår nu, så den är troligen "
        "kopierad från förra planen och handlar om ett tidigare år än läsåret 2026/27"
    )


def test_a_sentence_of_the_work_now_is_read_whatever_else_it_says(tmp_path: Path) -> None:
    """Before: "att" and "resultat" were read as verbs in the past tense, so almost every
    real sentence passed ("Vi arbetar under läsåret 2025/26 med att stärka …")."""
    tree = Tree(tmp_path)
    sentence = "Vi arbetar under läsåret 2025/26 med att stärka rastvärdarnas resultat."
    tree.edit(PLAN, "vision: >-\n", f"inledning: {sentence}\n\nvision: >-\n")
    assert [p.field for p in tree.problems("TP308")] == ["inledning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Under läsåret 2025/26 genomförde vi en trygghetsvandring.",
        "Eleverna var med i arbetet läsåret 2025-26.",
        "Läsåret 2025/26 har eleverna svarat på enkäten två gånger.",
        "Under läsåret 2025/26 har eleverna svarat på enkäten.",
        # last period named as what the text is about, not as the time of the work
        "Planen bygger på enkäten från läsåret 2025/26.",
        "Eleverna är med när planen för läsåret 2025/26 utvärderas i augusti.",
        "Vi följer upp läsåret 2025/26 i oktober.",
    ],
)
def test_last_period_told_in_the_past_is_no_problem(tmp_path: Path, sentence: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vision: >-\n", f"inledning: {sentence}\n\nvision: >-\n")
    assert tree.problems("TP308") == []


def test_tp308s_description_names_every_text_it_reads() -> None:
    """The rule's one list of fields (`staleness.TEXTS`) is what the code's description
    promises the reader: a field added there is named there."""
    checks = codes.code("TP308").checks
    assert [s for s in staleness.TEXTS if s not in checks] == []


@triggers("TP312")
def test_a_published_text_that_keeps_the_name_init_wrote(tmp_path: Path) -> None:
    """The school is called Ekbackens skola, but its decided plan's vision and a page still
    say "Min skola" (the name trygg init wrote): the site would name another school."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "På Ekbackens skola ska alla", "På Min skola ska alla")
    tree.edit(ORGANISER, "namn: Strandviks kommun", "namn: Strandviks kommun\n# Min kommun")
    tree.append(PAGE, "\nLäs mer om Min skolas arbete i Min kommuns plan.\n")
    problems = tree.problems("TP312")
    assert [str(p.location) for p in problems] == [
        tree.at(PAGE, "Min skolas"),
        tree.at(PAGE, "Min kommuns"),
        tree.at(PLAN, "Min skola ska"),
    ]
    assert all(p.severity is Severity.ERROR for p in problems)
    assert problems[2].message.startswith(
        "texten säger Min skola, namnet som trygg init skrev, men skolans namn är Ekbackens skola"
    )
    assert problems[1].hint == "skriv Strandviks kommun i stället för Min kommun"


def test_the_name_init_wrote_is_no_problem_while_it_is_the_schools_own(tmp_path: Path) -> None:
    """A school still called Min skola says so rightly; an utkast, never published, is told
    as a warning, before its rektor decides it."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "namn: Ekbackens skola", "namn: Min skola")
    tree.edit(PLAN, "På Ekbackens skola ska alla", "På Min skola ska alla")
    assert tree.problems("TP312") == []
    tree.edit(SCHOOL, "namn: Min skola", "namn: Ekbackens skola")
    tree.edit(PLAN, "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}", "status: utkast")
    [draft] = tree.problems("TP312")
    assert draft.severity is Severity.WARNING and draft.location.file == PLAN


def test_a_pupils_quoted_words_may_begin_min_skola(tmp_path: Path) -> None:
    """ "”Min skola är en plats där …”" quotes a pupil; the same words unquoted, where trygg
    init would have written them, still name the starter's school."""
    tree = Tree(tmp_path)
    tree.append(PAGE, "\n”Min skola är en plats där alla får vara med”, skriver en elev.\n")
    tree.append(PAGE, '\n"Min skola är bäst" – elevrådets motto.\n')
    assert tree.problems("TP312") == []
    tree.append(PAGE, "\nMin skola arbetar förebyggande mot kränkningar.\n")
    [found] = tree.problems("TP312")
    assert str(found.location) == tree.at(PAGE, "Min skola arbetar")


def test_new_school_at_a_sentences_start_is_words_of_its_own(tmp_path: Path) -> None:
    """ "Ny skola – nya kompisar" welcomes new pupils; "på Ny skola" is the name trygg
    ny-skola wrote."""
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nNy skola – nya kompisar! Vi tar emot nya elever i augusti.\n")
    assert tree.problems("TP312") == []
    tree.append(PAGE, "\nAlla ska vara trygga på Ny skola.\n")
    [found] = tree.problems("TP312")
    assert str(found.location) == tree.at(PAGE, "Ny skola.")


@triggers("TP314")
def test_two_measures_of_one_title_are_told_at_the_second(tmp_path: Path) -> None:
    """The page names åtgärder by their titles: two alike read as one."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "titel: Schyssta chattar", "titel: Värdegrundslektioner och faddergrupper.")
    [problem] = tree.problems("TP314")
    assert str(problem.location) == tree.at(PLAN, "Värdegrundslektioner och faddergrupper.")
    assert problem.severity is Severity.WARNING
    assert problem.message.endswith(
        "har samma titel som A1: 'Värdegrundslektioner och faddergrupper.'"
    )
    assert not Tree(tmp_path / "ren").problems("TP314")


@triggers("TP315")
def test_an_id_alone_in_a_text_is_told_with_what_it_is_this_year_and_last(
    tmp_path: Path,
) -> None:
    """The page shows no ids, and last year's A3 was another åtgärd than this year's: the
    hint says what each plan calls it. "(A6)" in a lärdom, which the page writes as the
    title, and an id neither plan has ("A9") are not told."""
    tree = Tree(tmp_path)
    tree.edit(PREVIOUS, "titel: Vuxen vid omklädning och samtal", "titel: Rastvärdar och samtal")
    tree.edit(PLAN, "I åk 4 saknades en vuxen", "Efter A3 saknades en vuxen")
    tree.edit(PLAN, "Chattreglerna hjälper", "Chattreglerna i A9 hjälper")
    [problem] = tree.problems("TP315")
    assert str(problem.location) == tree.at(PLAN, "A3 saknades")
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith("A3 står som en kod i texten")
    assert problem.hint == (
        "skriv med ord vad som menas i stället för koden: i den här planen är A3 åtgärden "
        "'En vuxen för varje idrottsgrupp vid omklädning', i förra planen var det åtgärden "
        "'Rastvärdar och samtal om kropp och gränser'"
    )
    assert "(A6)" in tree.text(PLAN)
    assert not Tree(tmp_path / "ren").problems("TP315")


def test_a_reference_the_page_writes_as_a_title_is_not_told_where_the_line_breaks(
    tmp_path: Path,
) -> None:
    """ "förra planens mål M1" names last year's goal on the page, also when the author's
    line breaks inside it: no TP315."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "(förra planens mål M1: 90 %)", "(förra planens mål\n        M1: 90 %)")
    assert not tree.problems("TP315")
