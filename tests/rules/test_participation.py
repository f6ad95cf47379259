"""Pupils' participation (TP115 kartläggning, TP204 analysis) and how pupils learn of the
åtgärder (TP206): structure first, and for text the clause's actor, not a word list."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree, model_problems, plan, triggers, with_plan

from generator.model import Anchoring
from generator.model.participation import contributed, pupils_acted
from generator.problems import Severity

ANALYSIS_TEXT = (
    "  elevmedverkan: >-\n"
    "    Elevrådet diskuterade orsakerna med kuratorn i mars 2026, och klassråden i\n"
    "    åk 2–6 fick samma frågor veckan efter. Fritidsrådet förklarade varför\n"
    "    eftermiddagarna känns otrygga och ritade hur kapprummet kunde möbleras om.\n"
)
SURVEY_TEXT = (
    "  elevmedverkan: >-\n"
    "    Elevrådet gick trygghetsvandringen och fritidsrådet gjorde en egen enkät med\n"
    "    bilder. Eleverna i F–1 deltog i klassrådssamtal med bildstöd.\n"
)

# Staff act, whatever their title; pupils are at most the object. Several of these
# titles and verbs are in no list in the code.
STAFF_ONLY = [
    "Trygghetsteamet och rektor analyserade resultaten.",
    "Trygghetsteamet och rektor analyserade elevernas svar.",
    "Mentorerna gick igenom svaren.",
    "Vi i arbetslaget tolkade enkäten.",
    "I mars analyserade elevhälsoteamet enkätsvaren från eleverna.",
    "Specialpedagogen och skolsköterskan sammanställde vad barnen hade sagt.",
    "Klasslärarna drog slutsatser av elevernas teckningar.",
    "Fritidspedagogerna gick igenom barnens svar på sin planeringsdag.",
    "Elevernas svar analyserades av ledningsgruppen.",
    "Resultaten diskuterades på APT.",
    "Barnskötarna observerade barnen under leken.",
    "Trygghetsteamet analyserar enkäten varje vår.",
    "Varje höst går personalen igenom elevernas svar.",
]
# Pupils act: as the subject first, after a fronted adverbial, or together with staff.
PUPILS_ACT = [
    "Klassråden i åk 4–6 diskuterade varför rasterna känns otrygga och föreslog fler rastvärdar.",
    "Elevrådet diskuterade orsakerna med kuratorn i vecka 47.",
    "I vecka 12 tolkade elevrådet resultatet tillsammans med kuratorn.",
    "Kuratorn gick igenom resultaten tillsammans med elevrådet.",
    "Vi i elevrådet tolkade enkäten.",
    "Flickor och pojkar i åk 8–9 samtalade först var för sig.",
    "Tjejerna i nian pekade ut trapphuset som den otryggaste platsen.",
    "Elever i åk 5 intervjuade varandra om rasterna.",
    "Pedagogerna visade bilderna på samlingen. Barnen föreslog att en vuxen ska stå vid förrådet.",
    "Barnen fick se sina bilder på samlingen och berätta vad som känns läskigt.",
    "Varje vår analyserar elevrådet enkäten tillsammans med kuratorn.",
    "Klassråden diskuterar resultaten varje höst.",
    "Eleverna fick resultatet i januari och diskuterade orsakerna i mentorsgrupperna.",
]
# Pupils are named but contribute nothing: they only receive, or did not take part.
NOTHING_CONTRIBUTED = [
    "Eleverna fick information om resultatet.",
    "Elevrådet informerades om enkätens resultat i mars.",
    "Klassråden fick ta del av analysen.",
    "Eleverna fick information om resultatet och bilderna från vandringen.",
    "Eleverna har inte varit delaktiga i år.",
    "Elevrådet deltog inte.",
]


@pytest.mark.parametrize("text", STAFF_ONLY + NOTHING_CONTRIBUTED)
def test_texts_where_pupils_do_not_act(text: str) -> None:
    assert not pupils_acted(text)


@pytest.mark.parametrize("text", PUPILS_ACT)
def test_texts_where_pupils_act(text: str) -> None:
    assert pupils_acted(text)


@pytest.mark.parametrize(
    "bidrag", ["-", "Inga.", "Trygghetsteamet tolkade svaren.", "Eleverna fick information."]
)
def test_an_empty_or_staff_only_contribution(bidrag: str) -> None:
    assert not contributed(bidrag)


@pytest.mark.parametrize(
    "bidrag",
    ["Föreslog fler rastvärdar vid fotbollsplanen.", "Förslag om kojregler.", PUPILS_ACT[0]],
)
def test_a_contribution_without_an_actor_is_the_forums_own(bidrag: str) -> None:
    assert contributed(bidrag)


@triggers("TP204")
@pytest.mark.parametrize("text", ["Trygghetsteamet och rektor analyserade elevernas svar.", "-"])
def test_a_staff_only_analysis(tmp_path: Path, text: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, ANALYSIS_TEXT, f"  elevmedverkan: '{text}'\n")
    [problem] = tree.problems("TP204")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, f"'{text}'")
    assert problem.message.startswith("det framgår inte att eleverna själva deltog i analysen")
    assert "forum, när och bidrag" in problem.hint
    assert problem.source == (
        "Örebro kommuns enhet för systematiskt kvalitetsarbete, ESKA: vanliga misstag i "
        "planerna; SL 4 kap. 4 §"
    )


def test_a_staff_only_text_in_samverkan(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, ANALYSIS_TEXT, "")
    old = "elever: Elevrådet, klassråden och fritidsrådet diskuterade orsakerna till resultaten."
    tree.edit(PLAN, old, "elever: Mentorerna gick igenom elevernas svar.")
    [problem] = tree.problems("TP204")
    assert str(problem.location) == tree.at(PLAN, "Mentorerna gick igenom")
    assert problem.field == "samverkan.analys.elever"
    assert problem.message == (
        "det framgår inte att eleverna själva deltog i analysen; "
        "i texten är det inte eleverna som gör något"
    )


FORUMS = """  elevmedverkan:
    - forum: elevrådet
      när: 2026-03
      bidrag: Elevrådet förklarade att de äldre tar över lekarna när grupperna slås ihop.
    - forum: {forum}
      bidrag: {bidrag}
"""


@triggers("TP115")
def test_a_survey_forum_where_pupils_were_not(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    forums = FORUMS.format(forum="arbetslaget", bidrag="Arbetslaget gick igenom enkäten.")
    tree.edit(PLAN, SURVEY_TEXT, forums)
    [problem] = tree.problems("TP115")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "arbetslaget")
    assert problem.field == "kartläggning.elevmedverkan[2].forum"  # counted from 1
    assert problem.message == "arbetslaget är inget forum där elever var med i kartläggningen"
    assert problem.hint.startswith("skriv ett forum där elever var med")
    assert problem.hint.endswith("hör hemma under samverkan.kartläggning.personal")
    assert problem.source.startswith("SL 4 kap. 4 §; DL 3 kap., om samverkan med barn, elever")


@pytest.mark.parametrize(
    "bidrag",
    ["Trygghetsteamet analyserade svaren.", "Eleverna fick information om resultatet.", "'-'"],
)
def test_a_forum_whose_contribution_says_nothing_of_the_pupils(tmp_path: Path, bidrag: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, ANALYSIS_TEXT, FORUMS.format(forum="klassråden i åk 4–6", bidrag=bidrag))
    [problem] = tree.problems("TP204")
    assert str(problem.location) == tree.at(PLAN, bidrag)
    assert problem.message == (
        "bidraget från klassråden i åk 4–6 säger inte vad eleverna bidrog med i analysen"
    )


def test_structured_participation_passes(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    bidrag = "Klassråden diskuterade varför rasterna känns otrygga och föreslog fler rastvärdar."
    tree.edit(PLAN, ANALYSIS_TEXT, FORUMS.format(forum="klassråden i åk 4–6", bidrag=bidrag))
    answered = "Eleverna i åk 2–6 svarade på lektionstid."
    tree.edit(PLAN, SURVEY_TEXT, FORUMS.format(forum="trygghetsenkäten", bidrag=answered))
    checked = tree.check()
    assert [p.format() for p in checked.report if p.code in ("TP115", "TP204")] == []
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []


@triggers("TP206")
def test_a_plan_that_does_not_say_how_pupils_learn_of_the_measures(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    anchored = "  - {målgrupp: elever, hur: Elevversionen presenteras i klassråden och i elevrådet."
    tree.edit(PLAN, anchored, "  - {målgrupp: elever, hur: Planen publiceras på webbplatsen.")
    assert tree.problems("TP206") == []  # every åtgärd still says how pupils are told
    tree.edit(PLAN, "    kommunikation: Mentorerna förklarar", "    # Mentorerna förklarar")
    [problem] = tree.problems("TP206")
    assert str(problem.location) == tree.at(PLAN, "Planen publiceras på webbplatsen")
    assert problem.message == "planen säger inte hur eleverna får veta om åtgärderna"
    assert problem.hint.endswith("eller kommunikation: på A6")


def test_measures_without_communication_pass_when_the_plan_tells_pupils() -> None:
    measures = tuple(m.__class__(**{**m.__dict__, "communication": ""}) for m in plan().measures)
    assert model_problems("TP206", with_plan(measures=measures)) == []
    anchoring = tuple(a for a in plan().anchoring if a.audience != "elever")
    assert Anchoring("personal", "APT") not in anchoring
    [problem] = model_problems("TP206", with_plan(measures=measures, anchoring=anchoring))
    assert problem.message == "planen säger inte hur eleverna får veta om åtgärderna"


def test_a_forskola_is_told_of_the_children_not_the_pupils(tmp_path: Path) -> None:
    """A förskola's pages say "barnen"; so does what `trygg check` tells its rektor."""
    import shutil

    from generator.check.run import check_content

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    plan = content / "skolor/forskolan-solrosen/trygghetsplan/2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    written = (
        "    Barnen på de äldre avdelningarna ledde trygghetsvandringen och tog själva\n"
        "    bilderna. Barn från 3 år deltog i samtal i smågrupper, och de yngsta barnens\n"
        "    upplevelser fångades genom observationer.\n"
    )
    assert written in text
    plan.write_text(
        text.replace(written, "    Pedagogerna observerade barnen under leken.\n"), encoding="utf-8"
    )
    checked = check_content(content, only=("forskolan-solrosen",))
    [told] = [p for p in checked.report if p.code == "TP115" and "2026-27" in p.location.file]
    assert told.message == (
        "det framgår inte att barnen själva deltog i kartläggningen; i texten är det inte "
        "barnen som gör något"
    )
    assert told.hint.startswith("skriv vad barnen själva gjorde")
    assert "Barnen visade med bilder" in told.hint and "klassråden" not in told.hint
