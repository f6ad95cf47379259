"""TP401 and the last look on a full date with four digits after a word for a pupil: a
council only by name ("tråd", "området" are none), a meeting word before the pupil's
counts for a date a plan's meetings have (at most three years old), and a date later
than, or less than a year before, the build's day is no pupil's birth date (a time:
"Skolavslutning för åk 9 2027-06-11 1115")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruletools import PAGE, Tree, locations

from generator.build.scan import passed_digest
from generator.personal_data import has_personal_number, luhn, personal_numbers
from generator.personal_data.checks import youngest_birth
from generator.site.lastlook import scan_html

EPOCH = "1795608000"  # 2026-11-25: the first day that is no pupil's birth is 2025-12-01
assert luhn("1308221009") and luhn("2408221006")


@pytest.fixture(autouse=True)
def _day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def _page(body: str) -> str:
    return f'<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>{body}'


LEAKS = [
    "Eleven hängdes ut i en tråd 2013-08-22 1009.",
    "Eleven som bor i området 2013-08-22 1009 har fått stöd.",
    "Eleven hämtade det i förrådet 2013-08-22 1009.",
    "Elev i 5A: 2013-08-22 1009",
    "Elevens lillebror är inskriven, personnummer 2026-03-04 1100.",
    # a meeting word before the pupil's, with a date older than a plan's meetings
    "Elevrådet för åk 4: 2013-08-22 1009",
]


@pytest.mark.parametrize("text", LEAKS)
def test_a_pupils_old_date_and_four_digits_is_a_personal_number(text: str) -> None:
    start = text.index("20")
    assert list(personal_numbers(text)) == [start]
    assert list(scan_html(_page(f"<p>{text}</p>"), frozenset())) == ["ett personnummer"]


TIMES = [
    "Skolavslutning för åk 9 2027-06-11 1115 i kyrkan.",
    "Nationella prov i svenska för åk 9 2027-03-15 0900.",
    "Mentorstid 7B 2026-09-17 1000 i klassrummet.",
    "Föräldramöte för åk 7: 2026-09-17 1745 i aulan.",
    "Klass 8B åker på studiebesök 2026-10-05 0730.",
    "Lektionen om normer i 9A hålls 2026-11-20 1415.",
    "Elev i 5A: 2025-12-01 0915",  # the first day of the month eleven months before
    "Elevrådet för åk 4: 2024-08-22 1006",  # a meeting word before the pupil's
    "Klass 8B åker 2026 10 05 07 30.",
]


@pytest.mark.parametrize("text", TIMES)
def test_a_recent_or_future_date_or_a_meeting_is_a_time(text: str) -> None:
    assert not has_personal_number(text)
    assert list(scan_html(_page(f"<p>{text}</p>"), frozenset())) == []


def test_a_date_a_month_older_is_a_personal_number_again() -> None:
    assert youngest_birth() == dt.date(2025, 12, 1)
    assert has_personal_number("Elev i 5A: 2025-11-30 1000")


def test_the_check_reports_a_leak_and_not_a_time(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = "\n".join(["", *LEAKS[:2], "", *TIMES[:6], ""])
    tree.append(PAGE, text)
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(PAGE, "2013-08-22"), tree.at(PAGE, "2013-08-22", 2)]
    for problem in problems:
        assert not any(c.isdigit() for c in problem.message)
        assert "1009" not in problem.format()


def test_a_page_that_passed_the_look_is_looked_at_again_in_another_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page with a date just under a year old passes this month, and is a personnummer
    a month later: what the look remembers is keyed by the month."""
    page = _page("<p>Elev i 5A: 2025-12-01 0915</p>").encode()
    now = passed_digest(page)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 10 * 86400))  # 2026-12-05
    assert passed_digest(page) != now
    assert list(scan_html(page.decode(), frozenset())) == ["ett personnummer"]
