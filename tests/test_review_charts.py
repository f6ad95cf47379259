"""The huvudman's overview in charts (issue 18): where the units' plans stand, the most
common problems, and the grounds, each chart beside the table it summarises."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from generator.check.run import check_content
from generator.colours import contrast_ratio
from generator.diagrams.theme import CARD
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.summary import SchoolSummary, key_value, summarise
from generator.problems import Severity
from generator.review.charts import problems_chart, status_chart
from generator.review.model import Review
from generator.review.pages import GROUNDS, review_pages
from generator.review.phases import NOT_PUBLISHED_COLOUR, NOT_REVIEWED_COLOUR, PHASE_COLOURS
from generator.review.statuses import phase, status_colour, status_counts
from tests.test_review import FIXTURE, TODAY, _problem, _three_units, build_review

EXAMPLE = Path(__file__).resolve().parents[1] / "content"


def _review(drafting: bool = False) -> Review:
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    three = _three_units(project)
    problems = [
        _problem("content/skolor/bjork/skola.yml", "TP101", Severity.ERROR),
        _problem("content/skolor/alby/arshjul.yml", "TP203", Severity.WARNING),
        _problem(
            "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml", "TP203", Severity.WARNING
        ),
        _problem(
            "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml", "TP203", Severity.WARNING
        ),
    ]
    review = build_review(three, problems, TODAY)
    if drafting:
        units = tuple(dataclasses.replace(u, drafting=u.id == "alby") for u in review.units)
        review = dataclasses.replace(review, units=units)
    return review


def _summaries() -> list[SchoolSummary]:
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    base = summarise(project.schools[0])
    return [dataclasses.replace(base, id=f"s{n}") for n in range(3)]


def _desc(html: str) -> str:
    found = re.search(r"<desc[^>]*>(.*?)</desc>", html)
    assert found is not None
    return found.group(1)


def test_each_unit_is_in_one_phase_and_an_utkast_counts_where_no_plan_applies() -> None:
    assert sorted(phase(u) for u in _review().units) == ["gallande", "saknas", "utgangen"]
    assert sorted(phase(u) for u in _review(drafting=True).units) == [
        "gallande",
        "saknas",
        "utkast",
    ]


def test_the_status_chart_says_each_phase_as_its_table_counts_it() -> None:
    chart = status_chart(_review(drafting=True))
    assert 'aria-describedby="diagram-status-desc diagram-status-tabell"' in chart
    assert '<table id="diagram-status-tabell">' in chart
    desc = _desc(chart)
    assert "Gällande plan 1 av 3" in desc and "Ingen gällande plan, utkast finns 1 av 3" in desc
    assert '<th scope="row">Plan saknas</th><td>1</td>' in chart


def test_a_desktop_gets_a_wide_drawing_that_says_what_the_phones_says() -> None:
    chart = status_chart(_review(drafting=True))
    # the search has its words once: the phone's drawing is in the index, the wide one not
    narrow, wide = chart.split('<div class="trygg-chart trygg-chart--bred" data-search-exclude>')
    assert 'class="trygg-chart trygg-chart--smal"' in narrow
    assert 'viewBox="0 0 320 ' in narrow and 'viewBox="0 0 680 ' in wide
    assert 'id="diagram-status-bred-desc"' in wide  # ids of its own
    desc = re.compile(r"<desc[^>]*>(.*?)</desc>")
    assert desc.findall(narrow) == desc.findall(wide)


def test_each_status_has_its_own_colour_that_reads_and_its_name_beside_it() -> None:
    review = _review(drafting=True)
    chart = status_chart(review)
    keys = [key for key, _label, _n in status_counts(review)]
    for drawing in chart.split("trygg-chart--bred"):  # for a phone, then for a desktop
        fills = re.findall(
            r'<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="24" rx="2" fill="(#\w+)"',
            drawing,
        )
        assert fills == [PHASE_COLOURS[k] for k in keys]  # gällande … saknas, in their order
    colours = [*PHASE_COLOURS.values(), NOT_PUBLISHED_COLOUR, NOT_REVIEWED_COLOUR]
    assert len(set(colours)) == len(colours)
    for colour in colours:  # a bar against the card, and a white label on the bar
        assert contrast_ratio(colour, CARD) >= 3 and contrast_ratio("#ffffff", colour) >= 4.5
    assert [status_colour(k) for k in ("inte-publicerad-plan", "inte-granskade")] == [
        NOT_PUBLISHED_COLOUR,
        NOT_REVIEWED_COLOUR,
    ]
    for _key, label, _n in status_counts(review):  # never colour alone: each bar is named
        assert f">{label}</tspan>" in chart


def test_the_problems_chart_ranks_codes_by_units_and_links_to_the_rules() -> None:
    chart = problems_chart(_review(), "../regler/")
    desc = _desc(chart)
    assert desc.index("TP101") < desc.index("TP203")  # the error first, in fewer units
    # Alby's TP203 is on its expired plan, for kännedom: not counted.
    assert "TP203 Elevernas upplevelse förenklas 1 av 3" in desc
    assert (
        '<a href="../regler/vanliga-misstag/#tp203">TP203</a></th>'
        "<td>Elevernas upplevelse förenklas</td>"
        "<td>Varning</td><td>1</td><td>2</td>" in chart
    )


def test_the_problems_charts_title_and_caption_say_what_they_count() -> None:
    """The bars count units ("2 av 3") and the table units and occurrences: no title says
    "andel" (a share) over counts."""
    chart = problems_chart(_review(), "../regler/")
    assert "andel" not in chart
    assert _desc(chart).startswith("Vanligaste anmärkningarna, antal enheter: ")
    caption = "<caption>Vanligaste anmärkningarna: antal enheter och förekomster</caption>"
    head = '<th scope="col">Enheter</th><th scope="col">Förekomster</th>'
    assert caption in chart and head in chart


def test_the_heat_map_is_described_briefly_and_its_caption_links_the_matrix() -> None:
    page = dict(review_pages(_review()))[GROUNDS]
    assert 'aria-describedby="diagram-grunder-desc"' in page  # the matrix is not read out
    assert 'id="grunder-tabell"' in page
    # two units fit a page: printed as the wide map, with no parts for paper (trygg.css)
    assert '<figure class="trygg-figure trygg-heatmap">' in page
    assert "trygg-chart--utskrift" not in page
    assert '<figcaption><a href="#grunder-tabell">Tabellen under diagrammet</a>' in page
    desc = _desc(page)
    assert desc.startswith("2 enheter. Kön: ")  # the two with a plan
    assert desc.endswith(
        "Diagrammet visar inte 1 enhet utan plan. Tabellen under diagrammet visar varje enhet."
    )
    assert "Albyskolan" not in desc and "Ekbackens" not in desc  # no unit, row by row


def test_the_key_indicator_counts_a_group_hidden_only_to_protect_a_small_one() -> None:
    """Strandskolan hides Åk 8 (118 answers, 84 %) to protect a group of 3: its value is
    still that of all 364 answers, as the plan's "86 % känner sig trygga", not the 87,0 %
    of the groups shown."""
    project = check_content(EXAMPLE, today=TODAY).project
    assert project is not None and project.organiser.key_indicator is not None
    key = project.organiser.key_indicator
    school = project.school("strandskolan")
    assert school is not None
    plan = school.plans[-1]
    [method] = [m for m in plan.survey.methods if m.method == key.method]
    hidden = {g.group: g.withheld for g in method.released.groups if g.withheld}
    assert hidden == {"Åk 8": COMPLEMENT, "Elever i anpassad grundskola": PRIMARY}
    assert method.released.responses == 364  # the total stays beside the hidden groups
    assert key_value(plan, key) == 85.9  # (124·89 + 118·84 + 119·85 + 3·67) / 364
    assert key_value(plan, None) is None
