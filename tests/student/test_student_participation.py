"""The student pages' "Så har elever varit med": only what the plan records pupils doing."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model import Plan, Project, PupilForum, School
from generator.model.participation import pupils_acted
from generator.render.student.bands import bands_for
from generator.render.student.pages import render_student_page, render_student_pages

HEADING = "varit med\n"


def _claims(page: str) -> list[str]:
    """The lines under the participation heading of a page (without the list marker)."""
    if HEADING not in page:
        return []
    section = page.split(HEADING, 1)[1].strip().split("\n\n", 1)[0]
    return [line.removeprefix("- ") for line in section.splitlines()]


def _sources(plan: Plan) -> list[str]:
    steps = (plan.survey, plan.analysis)
    texts = [s.pupil_participation for s in steps]
    texts += [f.contribution for s in steps for f in s.pupil_forums]
    texts += [f.student_text for s in steps for f in s.pupil_forums]
    return [" ".join(t.split()) for t in texts]


def test_every_claim_on_the_example_pages_is_in_the_plan(example: Project) -> None:
    """Each line says what pupils did, as the plan it came from records it."""
    checked = 0
    for school in example.schools:
        plan = school.current_plan
        if plan is None:
            continue
        for file in render_student_pages(example, school, plan, preview=False):
            for claim in _claims(str(file.content)):
                sentence = claim.split(": ", 1)[-1] if ": " in claim else claim
                if _by_trygg(sentence):  # the younger pages: trygg's sentence
                    continue
                assert any(sentence in source for source in _sources(plan)), claim
                assert pupils_acted(sentence) or plan.survey.pupil_forums, claim
                checked += 1
    assert checked >= 2


def _with(school: School, **changes: object) -> School:
    plan = school.current_plan
    assert plan is not None
    survey = dataclasses.replace(plan.survey, **changes)
    analysis = dataclasses.replace(plan.analysis, **changes)
    changed = dataclasses.replace(plan, survey=survey, analysis=analysis)
    return dataclasses.replace(school, plans=(*school.plans[:-1], changed))


@pytest.mark.parametrize(
    "staff_only",
    [
        "Trygghetsteamet och rektor analyserade elevernas svar.",
        "Mentorerna gick igenom svaren. Vi i arbetslaget tolkade enkäten.",
    ],
)
def test_no_participation_line_without_a_pupil_forum(example: Project, staff_only: str) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    changed = _with(school, pupil_participation=staff_only, pupil_forums=())
    assert changed.current_plan is not None
    for band in bands_for(changed):
        page = render_student_page(example, changed, changed.current_plan, band)
        assert HEADING not in page
        assert "Mentorerna" not in page and "Trygghetsteamet och rektor" not in page
        assert "Det här kommer från trygghetsplanen" in page


def _by_trygg(sentence: str) -> bool:
    return sentence.endswith(DONE)


DONE = (
    "har berättat hur de har det i skolan.",
    "har berättat hur de har det på förskolan.",
    "har hjälpt de vuxna att förstå vad som behöver bli bättre.",
)
FORUMS = (
    PupilForum("trygghetsteamet", None, "Trygghetsteamet tolkade svaren."),
    PupilForum("klassråden", None, "Föreslog fler rastvärdar. Och mer."),
)


def _page(example: Project, school_id: str, band_key: str, *forums: PupilForum) -> str:
    school = example.school(school_id)
    assert school is not None
    changed = _with(school, pupil_participation="", pupil_forums=forums)
    assert changed.current_plan is not None
    [band] = [band for band in bands_for(changed) if band.key == band_key]
    return render_student_page(example, changed, changed.current_plan, band)


def test_an_older_band_reads_what_pupils_did_as_the_plan_writes_it(example: Project) -> None:
    page = _page(example, "strandskolan", "högstadiet", *FORUMS)
    assert _claims(page) == ["Klassråden: Föreslog fler rastvärdar."] * 2
    assert "tolkade svaren" not in page


@pytest.mark.parametrize("band_key", ["lågstadiet", "mellanstadiet"])
def test_a_younger_band_reads_trygg_s_sentence_not_the_adults_bidrag(
    example: Project, band_key: str
) -> None:
    """The F–3 page (7–10-year-olds) never shows the adults' bidrag: trygg names the
    pupils' fora and says what taking part in the step means, and names no staff forum."""
    adults = PupilForum(
        "elevrådet", None, "Elevrådet diskuterade orsakerna med kuratorn och förklarade att "
        "de äldre tar över lekarna när grupperna slås ihop.",
    )  # fmt: skip
    page = _page(example, "ekbackens-skola", band_key, *FORUMS, adults)
    assert _claims(page) == [
        "Klassråden och elevrådet har berättat hur de har det i skolan.",
        "Klassråden och elevrådet har hjälpt de vuxna att förstå vad som behöver bli bättre.",
    ]
    assert "kuratorn" not in page and "rastvärdar" not in page and "trygghetsteamet" not in page


def test_a_method_is_told_as_the_way_pupils_took_part(example: Project) -> None:
    survey = PupilForum("trygghetsenkäten", None, "Eleverna svarade på enkäten.")
    page = _page(example, "ekbackens-skola", "lågstadiet", survey)
    assert _claims(page)[0] == "Elever har berättat hur de har det i skolan genom trygghetsenkäten."


def test_an_elevtext_on_a_forum_is_shown_to_every_band(example: Project) -> None:
    forum = dataclasses.replace(FORUMS[1], student_text="Klassråden ville ha fler vuxna ute.")
    for school_id, band_key in (("ekbackens-skola", "lågstadiet"), ("strandskolan", "högstadiet")):
        page = _page(example, school_id, band_key, forum)
        assert _claims(page) == ["Klassråden ville ha fler vuxna ute."] * 2


def test_a_forum_of_some_grades_is_told_only_on_their_pages(example: Project) -> None:
    """The åk 4–6 page named "klassråden i förskoleklass och ettan" among those who took
    part: a forum whose name names grades is told on the pages of those grades only."""
    youngest = PupilForum("klassråden i förskoleklass och ettan", None, "Klassråden ritade.")
    older = PupilForum("klassråden i åk 5–6", None, "Klassråden gick en trygghetsvandring.")
    young = _claims(_page(example, "ekbackens-skola", "lågstadiet", youngest, older))
    middle = _claims(_page(example, "ekbackens-skola", "mellanstadiet", youngest, older))
    assert young[0] == "Klassråden i förskoleklass och ettan har berättat hur de har det i skolan."
    assert middle[0] == "Klassråden i åk 5–6 har berättat hur de har det i skolan."


def test_the_example_s_middle_page_names_no_forum_of_the_youngest(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    [band] = [band for band in bands_for(school) if band.key == "mellanstadiet"]
    claims = _claims(render_student_page(example, school, school.current_plan, band))
    assert claims[0] == "Elevrådet och fritidsrådet har berättat hur de har det i skolan."
    assert not any("förskoleklass" in claim or "ettan" in claim for claim in claims)
