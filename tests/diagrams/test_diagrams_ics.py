"""The årshjul as iCalendar: read back with the icalendar package."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from diagram_samples import calendar_year, fourteen_activity_wheel, school_year

from generator.diagrams.activitydays import event_dates
from generator.diagrams.ics import escape_text, fold, render_ics
from generator.model import Activity, AnnualCycle, Period


def events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def dates(event: icalendar.Event) -> tuple[dt.date, dt.date]:
    return event["DTSTART"].dt, event["DTEND"].dt


@pytest.fixture(name="school_year_ics")
def _school_year_ics() -> str:
    return render_ics(fourteen_activity_wheel(), school_year(), "ekbacken", "Ekbackens skola")


def test_calendar_header(school_year_ics: str) -> None:
    calendar = icalendar.Calendar.from_ical(school_year_ics)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == "-//trygg//trygg//SV"
    assert str(calendar["X-WR-CALNAME"]) == "Årshjul läsåret 2025/26 – Ekbackens skola"


def test_one_event_per_activity_with_stable_unique_uids(school_year_ics: str) -> None:
    found = events(school_year_ics)
    assert len(found) == 14
    assert "enkat-2025-26@ekbacken.trygg" in found
    again = render_ics(fourteen_activity_wheel(), school_year(), "ekbacken", "Ekbackens skola")
    assert again == school_year_ics


def test_events_describe_the_activity(school_year_ics: str) -> None:
    event = events(school_year_ics)["enkat-2025-26@ekbacken.trygg"]
    assert str(event["SUMMARY"]) == "Trygghetsenkät"
    assert (
        str(event["DESCRIPTION"])
        == "Ansvarig: Trygghetsteamet\nMålgrupp: Elever i åk 2–6\nSteg: Kartläggning"
    )
    assert event["CATEGORIES"].cats == ["Kartläggning"]
    assert event["DTSTAMP"].dt == dt.datetime(2025, 8, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("uid", "start", "end"),
    [
        ("klassrad", dt.date(2025, 9, 1), dt.date(2025, 10, 1)),  # month, autumn: the start year
        ("enkat", dt.date(2025, 10, 13), dt.date(2025, 10, 20)),  # week 42 of 2025
        ("atgarder", dt.date(2025, 12, 1), dt.date(2025, 12, 8)),  # week 49
        ("mitt", dt.date(2026, 1, 12), dt.date(2026, 1, 19)),  # week 3, spring: the next year
        ("rapport", dt.date(2026, 6, 1), dt.date(2026, 7, 1)),
    ],
)
def test_dates_in_a_school_year(
    school_year_ics: str, uid: str, start: dt.date, end: dt.date
) -> None:
    event = events(school_year_ics)[f"{uid}-2025-26@ekbacken.trygg"]
    assert dates(event) == (start, end)
    assert isinstance(start, dt.date) and not isinstance(event["DTSTART"].dt, dt.datetime)


@pytest.mark.parametrize(
    ("uid", "start", "end"),
    [
        ("revidera", dt.date(2026, 8, 10), dt.date(2026, 8, 17)),  # week 33 of 2026
        ("vandring", dt.date(2026, 10, 1), dt.date(2026, 11, 1)),
        ("intervjuer", dt.date(2026, 3, 9), dt.date(2026, 3, 16)),
    ],
)
def test_dates_in_a_calendar_year(uid: str, start: dt.date, end: dt.date) -> None:
    text = render_ics(fourteen_activity_wheel(), calendar_year(), "ekbacken", "Ekbackens skola")
    assert dates(events(text)[f"{uid}-2026@ekbacken.trygg"]) == (start, end)


def test_december_ends_on_new_year_and_week_one_may_start_in_december() -> None:
    period = school_year()
    december = Activity("jul", "Julavslutning", "december", None, "förankring", "R", "M")
    assert event_dates(december, period) == (dt.date(2025, 12, 1), dt.date(2026, 1, 1))
    week_one = Activity("v1", "Vecka 1", "december", 1, "analys", "R", "M")
    assert event_dates(week_one, period) == (dt.date(2025, 12, 29), dt.date(2026, 1, 5))
    week_53 = Activity("v53", "Vecka 53", "januari", 53, "analys", "R", "M")
    autumn_2020 = Period("2020-21", period.kind, dt.date(2020, 8, 1), dt.date(2021, 7, 31))
    assert event_dates(week_53, autumn_2020) == (dt.date(2020, 12, 28), dt.date(2021, 1, 4))


def test_lines_end_in_crlf_and_never_exceed_75_octets() -> None:
    long_name = "Trygghetsvandring på skolgården, i matsalen och i omklädningsrummen; åk 4–6 " * 3
    cycle = AnnualCycle(
        "augusti", (Activity("lang", long_name, "maj", None, "kartläggning", "Rektor", "Alla"),)
    )
    text = render_ics(cycle, school_year(), "ekbacken", "Ekbackens skola")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert str(events(text)["lang-2025-26@ekbacken.trygg"]["SUMMARY"]) == long_name


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "åäö" * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert fold("KORT:rad") == "KORT:rad"


def test_fold_counts_octets_not_characters_at_the_limit() -> None:
    fits = "X:" + "a" * 71 + "å"  # 75 octets in 74 characters
    assert fold(fits) == fits
    over = "X:" + "a" * 72 + "å"  # 76 octets: the "å" moves to a continuation line
    assert fold(over) == "X:" + "a" * 72 + "\r\n å"


def test_text_escaping_round_trips() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    name = "Möte; planering, uppföljning \\ mer\nny rad"
    cycle = AnnualCycle("augusti", (Activity("x", name, "maj", None, "analys", "R, S", "M; N"),))
    event = events(render_ics(cycle, school_year(), "s", "Skolan, Norra"))["x-2025-26@s.trygg"]
    assert str(event["SUMMARY"]) == name
    assert "Ansvarig: R, S\nMålgrupp: M; N" in str(event["DESCRIPTION"])
