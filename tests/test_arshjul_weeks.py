"""An årshjul's weeks are checked in the periods it is shown for (TP048): the plan the
site shows on the day, and later periods with a plan; never the archived ones. A week
that runs into another month is told alike on the page and in the calendar."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import icalendar
import pytest

from generator.check.run import check_content
from generator.model.status import on_day
from generator.problems import Problem, Severity
from generator.render.pages.cycle import calendar, render_cycle

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = "skolor/strandskolan"
IN_FORCE_2026_27 = dt.date(2026, 11, 25)
IN_FORCE_2025_26 = dt.date(2026, 3, 1)
# Week 36 of 2026 starts on Monday 31 August: in augusti for 2026-27. Week 36 of 2025
# starts on 1 September and week 36 of 2027 on 6 September.
WEEK_36_IN_AUGUST = ("    månad: augusti\n    vecka: 35", "    månad: augusti\n    vecka: 36")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    _edit(copy / SCHOOL / "arshjul.yml", *WEEK_36_IN_AUGUST)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _next_period(content: Path, first_line: str) -> None:
    """A plan for 2027-28, from 2026-27's, that starts with `first_line` (beslut or status)."""
    plans = content / SCHOOL / "trygghetsplan"
    text = (plans / "2026-27.yml").read_text(encoding="utf-8")
    text = text.replace("beslut: {datum: 2026-08-17, rektor: Tomas Åberg}", first_line)
    days = ("{från: 2026-08-17, till: 2027-08-15}", "{från: 2027-08-16, till: 2028-08-13}")
    text = text.replace(*days)
    (plans / "2027-28.yml").write_text(text, encoding="utf-8")


def _weeks(content: Path, today: dt.date) -> list[Problem]:
    checked = check_content(content, only=("strandskolan",), today=today)
    return [p for p in checked.report if p.code == "TP048"]


def test_a_week_right_for_the_shown_period_is_not_checked_against_an_archived_one(
    content: Path,
) -> None:
    assert _weeks(content, IN_FORCE_2026_27) == []


def test_a_week_wrong_for_the_shown_period_is_an_error_that_names_it(content: Path) -> None:
    [problem] = _weeks(content, IN_FORCE_2025_26)
    assert problem.severity is Severity.ERROR
    assert problem.location.line == 17
    assert problem.message == (
        "vecka 36 ligger inte i augusti 2025 (årshjulet visas för läsåret 2025/26)"
    )


def test_a_week_wrong_for_an_utkast_period_is_a_warning_marked_utkast(content: Path) -> None:
    _next_period(content, "status: utkast")
    [problem] = _weeks(content, IN_FORCE_2026_27)
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "(utkast) vecka 36 ligger inte i augusti 2027, i årshjulet för den kommande perioden "
        "läsåret 2027/28"
    )
    assert problem.message.count("utkast") == 1
    assert "årshjulet visas för läsåret 2027/28 när perioden börjar" in problem.hint


def test_a_week_wrong_for_a_coming_period_is_a_warning(content: Path) -> None:
    _next_period(content, "beslut: {datum: 2026-11-02, rektor: Tomas Åberg}")
    [problem] = _weeks(content, IN_FORCE_2026_27)
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "vecka 36 ligger inte i augusti 2027, i årshjulet för den kommande perioden läsåret 2027/28"
    )


def test_a_week_starting_in_the_month_before_is_told_alike_on_the_page_and_in_the_calendar() -> (
    None
):
    """Trygghetssamtal are in september, week 36, which in 2026 starts on 31 August: the
    calendar has the whole week, and both the page and the event say which days and why."""
    checked = check_content(ROOT / "content", only=("strandskolan",), today=IN_FORCE_2026_27)
    model = checked.school("strandskolan")
    assert model is not None
    school = on_day(model, IN_FORCE_2026_27)
    page, ics = render_cycle(school), calendar(school)
    assert ics is not None
    event = _events(ics)["trygghetssamtal-ak7-2026-27@strandskolan.trygg"]
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (dt.date(2026, 8, 31), dt.date(2026, 9, 7))
    told = "vecka 36: 31 augusti–6 september"
    assert f"I årshjulet: september, {told}" in str(event["DESCRIPTION"])
    assert f"| September ({told}) | **3. Trygghetssamtal med alla elever i åk 7**" in page
    assert "står under den månad som skolan har valt" in page
    inside = _events(ics)["planen-for-elever-2026-27@strandskolan.trygg"]  # week 37: 7–13 sep
    assert "I årshjulet" not in str(inside["DESCRIPTION"])
    assert "| September (vecka 37) |" in page


def _events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}
