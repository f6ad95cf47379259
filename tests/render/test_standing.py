"""What a school's site says on the day it is built: the plan in force, a kommande plan
beside it, and a notice on every page while no plan is in force (issue 16)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.model import Project, School
from generator.model.standing import PlanStatus, standing_of
from generator.model.status import on_day
from generator.render import uris
from generator.render.school import linked_pages, navigation, render_school

# Lindskolan's plans: 2025-08-18 – 2026-08-16 and 2026-08-17 – 2027-08-15.
BEFORE_THE_SECOND = dt.date(2026, 6, 20)  # the second is decided in June for August
AFTER_BOTH = dt.date(2027, 9, 1)


def _pages(project: Project, school: School) -> dict[str, str]:
    return {
        f.uri: f.content
        for f in render_school(project, school)
        if f.uri.endswith(".md") and isinstance(f.content, str)
    }


def test_a_decided_plan_that_starts_later_is_published_as_kommande(
    fixture_project: Project, lindskolan: School
) -> None:
    school = on_day(lindskolan, BEFORE_THE_SECOND)
    first, second = school.plans
    assert school.current_plan is first and school.upcoming_plans == (second,)
    pages = _pages(fixture_project, school)
    coming = uris.plan_page(school, second)
    assert coming == "trygghetsplan/2026-27/index.md"
    assert "Trygghetsplan för läsåret 2025/26" in pages[uris.PLAN]
    assert "En ny plan är beslutad" in pages[uris.PLAN] and "2026-27/index.md" in pages[uris.PLAN]
    assert "Kommande plan" in pages[coming] and "börjar gälla 17 augusti 2026" in pages[coming]
    assert "läsåret 2026/27 (kommande)" in pages[uris.ARCHIVE]
    assert "läsåret 2025/26 (gäller nu)" in pages[uris.ARCHIVE]
    assert {"Kommande trygghetsplan": coming} in navigation(school)
    assert not any("Planen gäller inte längre" in md for md in pages.values())


def test_an_expired_plan_has_a_notice_on_every_page(
    fixture_project: Project, lindskolan: School
) -> None:
    school = on_day(lindskolan, AFTER_BOTH)
    pages = _pages(fixture_project, school)
    for uri, md in pages.items():
        if uri.startswith("elev/"):
            assert "Den här planen gällde till 15 augusti 2027." in md, uri
        else:
            assert "Planen gäller inte längre" in md, uri
            assert "läsåret 2026/27 gällde till 15 augusti 2027" in md, uri
    assert "läsåret 2026/27 (har gått ut)" in pages[uris.ARCHIVE]
    # The notice links to the routines and the contacts from wherever it stands.
    assert "](../../rutiner/index.md)" in pages["trygghetsplan/2025-26/index.md"]
    assert "](../index.md#kontakt)" in pages[uris.ROUTINES]


@pytest.mark.parametrize(("ends", "coming"), [(dt.date(2028, 8, 13), True), (AFTER_BOTH, True)])
def test_an_expired_plan_with_an_utkast_says_a_new_plan_is_coming(
    fixture_project: Project, lindskolan: School, ends: dt.date, coming: bool
) -> None:
    """Until the last day the utkast would be in force (deciding it still gives a plan)."""
    draft = dataclasses.replace(lindskolan.plans[-1], draft=True, decided_on=None, valid_to=ends)
    school = on_day(dataclasses.replace(lindskolan, drafts=(draft,)), AFTER_BOTH)
    said = "Skolan arbetar med en ny plan." in _pages(fixture_project, school)[uris.START]
    assert said is coming


def test_an_utkast_whose_validity_has_ended_is_no_plan_on_its_way(
    fixture_project: Project, lindskolan: School
) -> None:
    """An utkast of the expired plan's own period: deciding it would not give a plan."""
    draft = dataclasses.replace(lindskolan.plans[-1], draft=True, decided_on=None)
    for school in (lindskolan, dataclasses.replace(lindskolan, plans=())):
        on_the_day = on_day(dataclasses.replace(school, drafts=(draft,)), AFTER_BOTH)
        pages = _pages(fixture_project, on_the_day)
        assert not any("arbetar med en" in md or "gör en ny plan" in md for md in pages.values())


def test_a_school_without_a_plan_is_published_with_a_notice(
    fixture_project: Project, lindskolan: School
) -> None:
    school = on_day(dataclasses.replace(lindskolan, plans=()), AFTER_BOTH)
    pages = _pages(fixture_project, school)
    assert uris.PLAN not in pages and uris.ROUTINES in pages and uris.START in pages
    assert all("Trygghetsplan saknas" in md for md in pages.values())
    assert not any("Trygghetsplan" in entry for entry in navigation(school))


def test_the_plan_in_force_is_the_newest_that_covers_the_day() -> None:
    @dataclasses.dataclass(frozen=True)
    class Days:
        valid_from: dt.date
        valid_to: dt.date

    first = Days(dt.date(2026, 8, 17), dt.date(2027, 8, 15))
    redecided = Days(dt.date(2027, 1, 20), dt.date(2027, 8, 15))
    later = Days(dt.date(2028, 8, 14), dt.date(2029, 8, 12))
    plans = [first, redecided, later]
    assert standing_of(plans, dt.date(2026, 12, 1)).shown == 0
    assert standing_of(plans, dt.date(2027, 2, 1)).shown == 1
    assert standing_of(plans, dt.date(2027, 9, 1)).status is PlanStatus.UPCOMING
    assert standing_of(plans, dt.date(2027, 9, 1)).shown == 2
    assert standing_of(plans, dt.date(2030, 1, 1)).status is PlanStatus.EXPIRED
    assert standing_of([], dt.date(2030, 1, 1)).status is PlanStatus.MISSING


@pytest.mark.parametrize("day", [BEFORE_THE_SECOND, AFTER_BOTH, None])
@pytest.mark.parametrize("has_plans", [True, False])
def test_the_pages_a_link_may_name_are_the_pages_written(
    fixture_project: Project, lindskolan: School, day: dt.date | None, has_plans: bool
) -> None:
    """`trygg check` follows a free page's links to trygg's pages by `linked_pages`: it
    must name each page the site has, and no other, whichever plan is shown that day."""
    school = lindskolan if has_plans else dataclasses.replace(lindskolan, plans=())
    school = school if day is None else on_day(school, day)
    pages = linked_pages(school)
    assert set(pages.values()) == set(_pages(fixture_project, school))
    current = school.current_plan
    if current is not None:  # its period's own address is no page: the plan page is
        assert pages[uris.period_page(current.key)] == uris.PLAN
        assert uris.period_page(current.key) not in _pages(fixture_project, school)
