"""Months, weeks and terms in a plan: errors for wrong forms, rules that compare them,
and their all-day spans in the calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import icalendar
import pytest
from ruletools import PLAN, Tree, plan, project

from generator.diagrams.ics import render_ics
from generator.load.dates import parse

A3_FOLLOW_UP = "uppföljning: {när: 2026-11-13"
A3_DATES = "    start: 2026-08-24\n    klart: 2027-06-11\n    uppföljning: {när: 2026-11-13"


@pytest.mark.parametrize(
    ("written", "code", "message", "hint"),
    [
        (
            "2026-13",
            "TP015",
            "'2026-13' har en månad som inte finns",
            "månad 13 finns inte, månaderna är 01–12",
        ),
        ("ht2026x", "TP015", "'ht2026x' har fel form", "eller en termin (ht 2026 = 1 juli"),
        ("hösten 2026", "TP015", "'hösten 2026' har fel form", "skriv ht 2026"),
        ("2025-W53", "TP016", "'2025-W53' finns inte i kalendern", "2025 har veckorna 1–52"),
        ("2026-W54", "TP016", "'2026-W54' finns inte i kalendern", "2026 har veckorna 1–53"),
        ("2027-02-29", "TP016", "'2027-02-29' finns inte i kalendern", "februari 2027 har 28"),
    ],
)
def test_a_wrong_form_is_one_error_at_the_value(
    tmp_path: Path, written: str, code: str, message: str, hint: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, A3_FOLLOW_UP, "uppföljning: {när: " + written)
    found = [p for p in tree.check().report if p.severity.value == "fel"]
    assert [p.code for p in found] == [code]
    assert str(found[0].location) == tree.at(PLAN, written)
    assert found[0].field == "åtgärder (id: A3).uppföljning.när"
    assert found[0].message == message
    assert hint in found[0].hint


def test_months_weeks_and_terms_check_clean(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN, A3_DATES, "    start: ht 2026\n    klart: vt 2027\n    uppföljning: {när: 2026-W46"
    )
    tree.edit(PLAN, "    datum: 2027-02-26", "    datum: 2027-02")
    tree.edit(PLAN, "senast: 2027-06-11", "senast: 2027-06")
    assert [p for p in tree.check().report if p.severity.value != "info"] == []


def test_a_follow_up_in_the_start_week_is_not_before_the_start(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, A3_FOLLOW_UP, "uppföljning: {när: 2026-W35")  # 24 to 30 August
    assert tree.problems("TP302") == []
    tree.edit(PLAN, "start: 2026-08-24", "start: 2026-09")  # starts 1 September
    [problem] = tree.problems("TP302")
    assert problem.message == "åtgärden A3 följs upp (2026-W35) innan den startar (2026-09)"
    assert str(problem.location) == tree.at(PLAN, "2026-W35")


def test_a_deadline_month_ends_on_its_last_day(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "klart: 2027-06-11", "klart: 2026-08")  # ends 31 August, the day A1 starts
    assert tree.problems("TP042") == []
    tree.edit(PLAN, "klart: 2026-08", "klart: vt 2026")
    [problem] = tree.problems("TP042")
    assert problem.message == "klart (vt 2026) är före start (2026-08-31)"


def test_a_goal_due_in_a_term_counts_its_last_day(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    datum: 2027-02-26", "    datum: vt 2027")  # ends 30 June 2027
    assert tree.problems("TP301") == []
    tree.edit(PLAN, "    datum: vt 2027", "    datum: ht 2027")  # starts in the plan, ends after
    [problem] = tree.problems("TP301")
    assert problem.message == "målet M1 ska nås ht 2027, utanför planens giltighet"


def test_follow_ups_are_all_day_events_over_the_days_their_dates_name() -> None:
    week, term = parse("2027-W04"), parse("vt 2027")
    assert week is not None and term is not None
    measures = (dataclasses.replace(plan().measures[0], follow_up_when=week), *plan().measures[1:])
    follow_up = dataclasses.replace(plan().follow_up, by=term)
    changed = dataclasses.replace(plan(), measures=measures, follow_up=follow_up)
    school = project().schools[0]
    text = render_ics(school.annual_cycle, changed.period, "ekbacken", "Ekbacken", changed)
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    first = events["uppfoljning+A1-2026-27@ekbacken.trygg"]
    assert (first["DTSTART"].dt, first["DTEND"].dt) == (dt.date(2027, 1, 25), dt.date(2027, 2, 1))
    assert str(first["SUMMARY"]) == f"Uppföljning: {plan().measures[0].title}"  # not "A1"
    whole = events["uppfoljning+planen-2026-27@ekbacken.trygg"]
    assert (whole["DTSTART"].dt, whole["DTEND"].dt) == (dt.date(2027, 1, 1), dt.date(2027, 7, 1))
    assert "DTSTART;VALUE=DATE:20270101" in text
    day = events[f"uppfoljning+{plan().measures[1].id}-2026-27@ekbacken.trygg"]
    one = plan().measures[1].follow_up_when.first
    assert (day["DTSTART"].dt, day["DTEND"].dt) == (one, one + dt.timedelta(days=1))
