"""Plan dates as plans write them: a day, a month, an ISO week or a term."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from generator.load.dates import SHAPE, DateForm, impossible, parse
from generator.load.resources import schema_dir
from generator.load.schoolyears import shifted
from generator.model import codec
from generator.render import words

D = dt.date


@pytest.mark.parametrize(
    ("text", "form", "first", "last"),
    [
        ("2026-01-15", DateForm.DAY, D(2026, 1, 15), D(2026, 1, 15)),
        ("2024-02-29", DateForm.DAY, D(2024, 2, 29), D(2024, 2, 29)),  # a leap day
        ("2025-10", DateForm.MONTH, D(2025, 10, 1), D(2025, 10, 31)),
        ("2025-12", DateForm.MONTH, D(2025, 12, 1), D(2025, 12, 31)),
        ("2024-02", DateForm.MONTH, D(2024, 2, 1), D(2024, 2, 29)),  # leap year
        ("2026-02", DateForm.MONTH, D(2026, 2, 1), D(2026, 2, 28)),
        ("2026-W10", DateForm.WEEK, D(2026, 3, 2), D(2026, 3, 8)),
        ("2026-W01", DateForm.WEEK, D(2025, 12, 29), D(2026, 1, 4)),  # starts in December
        ("2026-W5", DateForm.WEEK, D(2026, 1, 26), D(2026, 2, 1)),  # as "vecka 5" is written
        ("2026-W53", DateForm.WEEK, D(2026, 12, 28), D(2027, 1, 3)),  # 2026 has 53 weeks
        ("2020-W53", DateForm.WEEK, D(2020, 12, 28), D(2021, 1, 3)),
        ("ht 2026", DateForm.TERM, D(2026, 7, 1), D(2026, 12, 31)),
        ("vt 2027", DateForm.TERM, D(2027, 1, 1), D(2027, 6, 30)),
        ("HT 2026", DateForm.TERM, D(2026, 7, 1), D(2026, 12, 31)),
        ("VT 2027", DateForm.TERM, D(2027, 1, 1), D(2027, 6, 30)),
    ],
)
def test_each_form_is_the_interval_it_names(
    text: str, form: DateForm, first: dt.date, last: dt.date
) -> None:
    found = parse(text)
    assert found is not None
    assert (found.form, found.first, found.last, found.text) == (form, first, last, text)


@pytest.mark.parametrize(
    "text",
    ["2026-13", "2026-00", "2026-02-30", "2025-02-29", "2025-W53", "2027-W53", "2026-W54",
     "2026-W00", "ht2026", "ht2026x", "Ht 2026", "hösten 2026", "ht  2026", "2026-1",
     "26-10", "2026-10\n", "2026-W0", "2026-W123", ""],
)  # fmt: skip
def test_other_text_is_no_plan_date(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2026-01-15", "15 januari 2026"),
        ("2025-10", "oktober 2025"),
        ("2026-W10", "vecka 10, 2026"),
        ("2026-W01", "vecka 1, 2026"),  # the ISO year, although the week starts in 2025
        ("ht 2026", "hösten 2026"),
        ("VT 2027", "våren 2027"),
    ],
)
def test_dates_in_swedish(text: str, shown: str) -> None:
    found = parse(text)
    assert found is not None
    assert words.date(found) == shown


def test_a_range_shows_both_ends_and_a_single_date_once() -> None:
    start, end = parse("ht 2026"), parse("2027-06-11")
    assert start is not None and end is not None
    assert words.date_range(start, end) == "hösten 2026 – 11 juni 2027"
    assert words.date_range(start, start) == "hösten 2026"


def test_dates_sort_by_first_day_then_last() -> None:
    written = ["2026-09-15", "ht 2026", "2026-09", "2026-W36", "2026-08-31", "vt 2027"]
    found = [parse(text) for text in written]
    assert all(f is not None for f in found)
    ordered = [d.text for d in sorted(d for d in found if d is not None)]
    # ht starts 1 July; 2026-W36 is 31 August to 6 September, so it follows that day.
    assert ordered == ["ht 2026", "2026-08-31", "2026-W36", "2026-09", "2026-09-15", "vt 2027"]


def test_impossible_dates_say_why() -> None:
    assert (
        impossible("2025-W53") == "2025 har veckorna 1–52; skriv en vecka som finns, t.ex. 2025-W10"
    )
    assert impossible("2026-02-30") == "februari 2026 har 28 dagar; skriv en dag som finns"
    assert impossible("2024-02-30") == "februari 2024 har 29 dagar; skriv en dag som finns"


def test_the_schema_pattern_is_the_parsers() -> None:
    schema = json.loads((schema_dir() / "trygghetsplan.schema.json").read_text(encoding="utf-8"))
    definition = schema["definitions"]["tidpunkt"]
    assert definition["pattern"] == SHAPE.pattern
    assert definition["format"] == "tidpunkt"
    assert all(parse(example) is not None for example in definition["examples"])


def test_a_plan_date_survives_the_codec() -> None:
    for text in ("2026-01-15", "2025-10", "2026-W10", "ht 2026"):
        found = parse(text)
        assert found is not None
        assert codec.loads(type(found), codec.dumps(found)) == found


def test_init_moves_the_year_of_a_month_week_and_term_but_never_the_month() -> None:
    text = "datum: 2025-10\nnär: 2026-W10\nstart: ht 2026\nklart: 2026-05-29\nperiod: 2026-27"
    assert shifted(text, 2) == (
        "datum: 2027-10\nnär: 2028-W10\nstart: ht 2028\nklart: 2028-05-29\nperiod: 2028-29"
    )
