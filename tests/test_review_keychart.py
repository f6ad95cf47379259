"""The nyckeltal in the granskning's overview, as a handläggare reads it: each survey named
by when it was made, as the schools' own trend charts name it; how many units are counted
and why the others are not; and which units are lowest and highest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.check.run import check_content
from generator.load.dates import parse
from generator.model import GroupResult, KeyIndicator, Plan
from generator.model.disclosure import release
from generator.model.summary import NO_METHOD, NOT_GIVEN, NOT_RELEASED, SchoolSummary, key_reading
from generator.model.suppression import Figures
from generator.review.keychart import key_chart
from generator.review.keyperiods import key_periods
from generator.review.keytable import key_table
from tests.diagrams.svg_inspect import placed_texts
from tests.test_review import TODAY
from tests.test_review_charts import EXAMPLE, _review, _summaries

NOVEMBER = parse("2025-11-12")


def _unit(n: int, name: str, value: float | None, missing: str = "", **kw: object) -> SchoolSummary:
    base = _summaries()[0]
    made = NOVEMBER if missing != NO_METHOD else None
    plans = tuple(
        dataclasses.replace(p, key_value=value, key_survey=made, key_missing=missing)
        for p in base.plans[-1:]
    )
    unit = dataclasses.replace(base, id=f"s{n}", name=name, plans=plans)
    return dataclasses.replace(unit, **kw)  # type: ignore[arg-type]


def _chart(units: list[SchoolSummary]) -> str:
    review = dataclasses.replace(
        _review(),
        key_indicator="Andel trygga",
        key_method="Trygghetsenkät",
        key_periods=key_periods(units),
    )
    return key_chart(review)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


UNITS = [
    _unit(0, "Albyskolan", 80.0),
    _unit(1, "Björkskolan", 90.0),
    _unit(2, "Ekbackens skola", 85.0),
    _unit(3, "Förskolan Solrosen", None, NO_METHOD, school_forms=("förskola",)),
    _unit(4, "Förskolan Vallmon", None, NO_METHOD, school_forms=("förskola",)),
    _unit(5, "Granskolan", None, NOT_RELEASED),
    _unit(6, "Hamnskolan", None, plans=()),
]


def test_a_survey_is_named_by_when_it_was_made_as_on_the_schools_pages() -> None:
    chart = _chart(UNITS)
    period = _summaries()[0].plans[-1].period  # "läsåret 2026/27"
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", chart)
    assert desc is not None
    assert desc.group(1).startswith("november 2025 (3 enheter): lägst 80 %, median 85 %")
    head = f'<th scope="row">november 2025<br>(planerna för {period}, 3 enheter)</th>'
    assert f"{head}<td>80\u00a0%</td><td>85\u00a0%</td><td>90\u00a0%</td>" in chart


def test_it_says_who_is_counted_who_is_not_and_why() -> None:
    text = _text(_chart(UNITS))
    period = _summaries()[0].plans[-1].period
    assert f"november 2025, planerna för {period}: 3 av 7 enheter räknas." in text
    assert (
        "Inte med: 1 enhet utan en plan med en enkät från läsåret 2025/26; "
        "2 enheter vars plan inte har metoden Trygghetsenkät (alla förskolor); "
        "1 enhet vars resultat för alla som svarade inte får visas, "
        "för att ingen elev ska kunna pekas ut."
    ) in text


def test_it_names_the_lowest_and_highest_units() -> None:
    text = _text(_chart(UNITS))
    assert "Lägst 80 %: Albyskolan. Högst 90 %: Björkskolan." in text
    tied = [_unit(n, f"Skola {n}", 80.0) for n in range(5)]
    # every unit that shares the value is named: "och 2 enheter till" named no one
    assert "Lägst och högst 80 %: Skola 0, Skola 1, Skola 2, Skola 3 och Skola 4." in _text(
        _chart(tied)
    )


def test_every_counted_unit_has_its_value_in_a_table_lowest_first() -> None:
    many = [_unit(n + 10, f"Skola {n:02}", 70.0 + n) for n in range(12)]
    chart = _chart([*many, *UNITS[3:]])
    folded = chart[chart.index("<details><summary>Värde per enhet (12 enheter") :]
    row = r'<tr><th scope="row"><a href="enheter/([^"]+)/">([^<]+)</a></th><td>([^<]+)</td></tr>'
    rows = re.findall(row, folded)  # each unit linked to its own page
    first, last = ("s10", "Skola 00", "70,0\u00a0%"), ("s21", "Skola 11", "81,0\u00a0%")
    assert rows[0] == first and rows[-1] == last
    assert len(rows) == 12 and "Förskolan Solrosen" not in folded  # the counted only
    review = dataclasses.replace(
        _review(), key_indicator="Andel trygga", key_periods=key_periods(UNITS)
    )
    document = "\n".join(key_table(review))
    assert (
        "| Albyskolan | 80\u00a0% |\n| Ekbackens skola | 85\u00a0% |\n| Björkskolan |" in document
    )
    assert "Räknas är" not in document  # "Kolumnen Räknas visar hur många …"
    assert "räknas med men syns inte" in document and "räknas med men syns inte" in chart


def test_a_unit_decided_anew_in_a_period_is_counted_once() -> None:
    twice = dataclasses.replace(UNITS[0], plans=UNITS[0].plans * 2)
    [period] = key_periods([twice, UNITS[1]])
    assert period.values == (80.0, 90.0)


def test_without_a_value_in_any_period_there_is_no_chart() -> None:
    assert _chart(UNITS[3:]) == ""
    assert "Delresultat som inte visas" in _chart(UNITS)  # why it can differ from the school's


def test_a_plans_reading_says_when_its_survey_was_made_or_why_it_has_no_value() -> None:
    project = check_content(EXAMPLE, today=TODAY).project
    assert project is not None and project.organiser.key_indicator is not None
    key = project.organiser.key_indicator
    school = project.school("strandskolan")
    assert school is not None
    plan = school.plans[-1]
    value, made, missing = key_reading(plan, key)
    [method] = [m for m in plan.survey.methods if m.method == key.method]
    assert value is not None and made == method.date and missing == ""
    other_measure = dataclasses.replace(key, measure="Ett mått som ingen enkät har")
    assert key_reading(plan, other_measure) == (None, method.date, NOT_GIVEN)
    other_method = dataclasses.replace(key, method="En metod som ingen plan har")
    assert key_reading(plan, other_method) == (None, None, NO_METHOD)


def _over_years(n: int, name: str, values: tuple[float | None, ...]) -> SchoolSummary:
    """A unit with a plan a year, from läsåret 2024/25, each with its value or none (the
    survey given without the measure)."""
    unit = _unit(n, name, None)
    first = unit.plans[0]
    plans = tuple(
        dataclasses.replace(
            first,
            period=f"läsåret {2024 + i}/{25 + i}",
            valid_from=first.valid_from.replace(year=2024 + i),
            key_value=value,
            key_survey=parse(f"{2023 + i}-11-12"),
            key_missing="" if value is not None else NOT_GIVEN,
        )
        for i, value in enumerate(values)
    )
    return dataclasses.replace(unit, plans=plans)


def test_a_period_in_which_no_unit_has_a_value_shows_the_gap_and_why() -> None:
    units = [_over_years(0, "Albyskolan", (None, 80.0, None, 84.0)),
             _over_years(1, "Björkskolan", (None, 90.0, None, None))]  # fmt: skip
    chart = _chart(units)
    text = _text(chart)
    # läsåret 2024/25 is before any value: the chart starts at the first
    assert "2024/25" not in text
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", chart)
    assert desc is not None
    assert desc.group(1) == (
        "november 2024 (2 enheter): lägst 80 %, median 85 %, högst 90 %. "
        "november 2025 (0 enheter): Ingen enhet har ett värde (varför står i tabellen). "
        "november 2026 (1 enhet): 84 %. Skalan går från 80 till 90 %."
    )
    assert (
        '<tr><th scope="row">november 2025<br>(planerna för läsåret 2026/27, 0 enheter)</th>'
        '<td colspan="3">Ingen enhet har ett värde: 2 enheter vars metod Trygghetsenkät inte '
        "har delresultat för "
        "måttet.</td></tr>"
    ) in chart
    assert (
        "november 2025, planerna för läsåret 2026/27: 0 av 2 enheter räknas. Ingen enhet har "
        "ett värde. Inte med: "
        "2 enheter vars metod Trygghetsenkät inte har delresultat för måttet."
    ) in text
    drawn = placed_texts(chart[chart.index("<svg") : chart.index("</svg>") + 6])
    assert "Ingen enhet har ett värde (varför står i tabellen)" in " ".join(t.text for t in drawn)


def test_every_share_of_the_chart_has_the_same_precision() -> None:
    """Before: "87 %" beside "87,5 %" and "88,1 %" in one row, and "Lägst 87 %" under it."""
    units = [_unit(0, "Albyskolan", 87.0), _unit(1, "Björkskolan", 88.1)]
    chart = _chart(units)
    row = chart[chart.index('<th scope="row">november 2025') :]
    assert "</th><td>87,0\u00a0%</td><td>87,5\u00a0%</td><td>88,1\u00a0%</td>" in row
    assert "Lägst 87,0 %: Albyskolan. Högst 88,1 %: Björkskolan." in _text(chart)
    svg = chart[: chart.index("<table")]
    assert "lägst 87,0 %, median 87,5 %, högst 88,1 %" in svg
    whole = _chart([_unit(0, "Albyskolan", 80.0), _unit(1, "Björkskolan", 90.0)])
    assert "<td>80\u00a0%</td><td>85\u00a0%</td><td>90\u00a0%</td>" in whole  # all whole


def _with_groups(rows: list[tuple[str, int, float]], total: int) -> tuple[Plan, KeyIndicator]:
    """Strandskolan's plan with its survey's key measure given as `rows`."""
    project = check_content(EXAMPLE, today=TODAY).project
    assert project is not None and project.organiser.key_indicator is not None
    key = project.organiser.key_indicator
    school = project.school("strandskolan")
    assert school is not None
    plan = school.plans[-1]
    [method] = [m for m in plan.survey.methods if m.method == key.method]
    cells = tuple((g, key.measure, n, p) for g, n, p in rows)
    figures = Figures(method.id, method.participants, total, None, cells)
    survey = dataclasses.replace(
        method,
        responses=total,
        group_results=tuple(GroupResult(*cell) for cell in cells),
        released=release([figures], 5)[method.id],
    )
    methods = tuple(survey if m is method else m for m in plan.survey.methods)
    return dataclasses.replace(plan, survey=dataclasses.replace(plan.survey, methods=methods)), key


def test_a_units_value_is_its_own_whole_school_row_where_one_is_shown() -> None:
    plan, key = _with_groups(
        [("Åk 7", 40, 90), ("Åk 8", 3, 0), ("Åk 9", 30, 60), ("Hela skolan", 73, 75)], 73
    )
    assert key_reading(plan, key)[0] == 75.0  # not (40·90 + 30·60) / 70 of the groups shown


def test_hidden_groups_count_when_the_total_is_shown_and_none_when_it_is_not() -> None:
    plan, key = _with_groups([("Åk 7", 40, 90), ("Åk 8", 30, 60), ("Anpassad", 3, 0)], 73)
    assert key_reading(plan, key)[0] == 74.0  # (40·90 + 30·60 + 3·0) / 73, not 90,0
    plan, key = _with_groups([("Anpassad", 2, 50), ("Alla elever", 90, 80)], 90)
    assert key_reading(plan, key)[0] is None and key_reading(plan, key)[2] == NOT_RELEASED


def _plan_unit(n: int, name: str, key: str, value: float | None, made: str | None) -> SchoolSummary:
    """A unit with one plan for `key` ("2026" a kalenderår, "2025-26" a läsår), its
    survey made on `made` (none: the plan has no survey of the method)."""
    unit = _unit(n, name, value, "" if made else NO_METHOD)
    year = int(key[:4])
    calendar = len(key) == 4
    plan = dataclasses.replace(
        unit.plans[-1],
        key=key,
        period=f"år {year}" if calendar else f"läsåret {year}/{(year + 1) % 100:02d}",
        valid_from=dt.date(year, 1, 19) if calendar else dt.date(year, 8, 18),
        key_survey=parse(made) if made else None,
    )
    return dataclasses.replace(unit, plans=(plan,))


def test_a_calendar_year_plan_is_counted_in_the_school_year_its_survey_was_made() -> None:
    """Before: "vecka 11, 2025 (planerna för år 2026, 1 enhet)" was a period of its own
    beside the läsår it was measured in."""
    units = [
        _plan_unit(0, "Albyskolan", "2025-26", 80.0, "2024-11-13"),
        _plan_unit(1, "Björkskolan", "2025-26", 84.0, "2025-02-11"),
        _plan_unit(2, "Lövängens skola", "2026", 87.0, "2025-W11"),
    ]
    [period] = key_periods(units)
    assert period.period == "läsåret 2024/25" and period.values == (80.0, 84.0, 87.0)
    chart = _chart(units)
    assert (
        '<th scope="row">november 2024 – mars 2025<br>(planerna för läsåret 2025/26 och '
        "år 2026, 3 enheter, varav Lövängens skola med plan för år 2026)</th>"
    ) in chart
    assert "3 av 3 enheter räknas, varav Lövängens skola med plan för år 2026." in _text(chart)
    # where every plan runs by kalenderår, there is nothing to tell apart
    only = [_plan_unit(n, f"Skola {n}", "2026", 80.0 + n, "2025-10-08") for n in range(2)]
    assert "varav" not in _chart(only) and "planerna för år 2026, 2 enheter" in _chart(only)


def test_a_survey_in_june_counts_to_the_school_year_ending_and_one_in_july_to_the_next() -> None:
    units = [
        _plan_unit(0, "Albyskolan", "2026", 80.0, "2025-06-30"),
        _plan_unit(1, "Björkskolan", "2026", 90.0, "2025-07-01"),
    ]
    assert [(p.period, p.values) for p in key_periods(units)] == [
        ("läsåret 2024/25", (80.0,)),
        ("läsåret 2025/26", (90.0,)),
    ]


def test_a_plan_without_a_survey_date_is_counted_where_its_periods_plans_are() -> None:
    units = [
        _plan_unit(0, "Albyskolan", "2026-27", 80.0, "2026-09-15"),  # made in the plan's läsår
        _plan_unit(1, "Förskolan Solrosen", "2026-27", None, None),
        _plan_unit(2, "Lövängens skola", "2029", None, None),  # no plan of år 2029 has a date
    ]
    by_year = {p.period: p for p in key_periods(units)}
    assert by_year["läsåret 2026/27"].left_out == (("ingen-plan", 1), (NO_METHOD, 1))
    # without a date of its period, the läsår before the one its period starts in
    assert by_year["läsåret 2027/28"].left_out == (("ingen-plan", 2), (NO_METHOD, 1))


def test_a_school_year_with_one_unit_shows_its_value_once() -> None:
    """Before: "87,2 % | 87,2 % | 87,2 %" as lowest, median and highest of one unit."""
    units = [_plan_unit(0, "Lövängens skola", "2026", 86.0, "2025-W11")]
    chart = _chart(units)
    assert '(planerna för år 2026, 1 enhet)</th><td colspan="3">1 enhet: 86\u00a0%</td>' in chart
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", chart)
    assert desc is not None and desc.group(1).startswith("vecka 11, 2025 (1 enhet): 86 %.")
    assert "1 av 1 enheter räknas. Lövängens skola: 86 %." in _text(chart)
    assert "Lägst" not in _text(chart[chart.index("<ul>") :])


def test_the_documents_table_says_the_same_of_one_unit_and_of_calendar_year_plans() -> None:
    units = [_plan_unit(0, "Lövängens skola", "2026", 86.0, "2025-W11")]
    units.append(_plan_unit(1, "Albyskolan", "2025-26", 80.0, "2024-11-13"))
    review = dataclasses.replace(
        _review(), key_indicator="Andel trygga", key_method="Trygghetsenkät",
        key_periods=key_periods(units[:1]),
    )  # fmt: skip
    [row] = [line for line in "\n".join(key_table(review)).splitlines() if "planerna" in line]
    assert "| 1 av 1 | – | 1 enhet: 86\u00a0% | – |" in row
    both = dataclasses.replace(review, key_periods=key_periods(units))
    [row] = [line for line in "\n".join(key_table(both)).splitlines() if "planerna" in line]
    assert "| 2 av 2, varav Lövängens skola med plan för år 2026 |" in row


def test_units_that_share_a_name_each_keep_their_own_value() -> None:
    """Copies of one school keep its name (TP066 warns): each is its own row with its own
    value and link; a value was once kept by name, and the table showed one unit."""
    twins = [_unit(n, "Strandskolan", 70.0 + n) for n in (2, 10, 1)]
    chart = _chart(twins)
    row = r'<tr><th scope="row"><a href="enheter/([^"]+)/">Strandskolan</a></th><td>([^<]+)</td>'
    assert re.findall(row, chart) == [
        ("s1", "71\u00a0%"),
        ("s2", "72\u00a0%"),
        ("s10", "80\u00a0%"),
    ]
    assert "Värde per enhet (3 enheter" in chart
    # their lowest and highest told apart by value, not by name
    assert "Lägst 71 %: Strandskolan. Högst 80 %: Strandskolan." in _text(chart)
