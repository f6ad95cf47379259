"""TP015 for a plan date, and TP016 for a day, written the Word way say the form that
means the same."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.text import line_and_column
from generator.validate.datehints import suggested_form
from generator.validate.dayhints import missing_day, suggested_day

EXAMPLE = Path(__file__).resolve().parents[1] / "content"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("v. 38", "skriv vecka 38 med året, som ÅÅÅÅ-W38 (t.ex. 2026-W38)"),
        ("vecka 5", "skriv vecka 5 med året, som ÅÅÅÅ-W5 (t.ex. 2027-W5)"),
        ("Vecka 38, 2026", "skriv 2026-W38"),
        ("v38 2027", "skriv 2027-W38"),
        ("oktober 2026", "skriv 2026-10"),
        ("aug 2027", "skriv 2027-08"),
        ("Sept. 2027", "skriv 2027-09"),
        ("från dec", "skriv december med året, som ÅÅÅÅ-12 (t.ex. 2026-12)"),
        ("ju 2027", ""),  # juni or juli
        ("från januari", "skriv januari med året, som ÅÅÅÅ-01 (t.ex. 2027-01)"),
        ("hösten 2026", "skriv ht 2026"),
        ("VT27", "skriv vt 2027"),
        ("våren", "skriv terminen med året, som vt ÅÅÅÅ (t.ex. vt 2027)"),
        ("efter jul", ""),
        ("2026-13", ""),
    ],
)
def test_the_word_way_gets_the_same_date_in_trygg_form(written: str, hint: str) -> None:
    assert suggested_form(written) == hint


def test_check_gives_the_hint_at_the_value(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE, content)
    plan = content / "skolor" / "lovangens-skola" / "trygghetsplan" / "2026.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("start: 2026-02\n", "start: från februari\n", 1), "utf-8")
    [problem] = [p for p in check_content(content).report if p.code == "TP015"]
    assert problem.field.endswith(".start")
    assert problem.hint == "skriv februari med året, som ÅÅÅÅ-02 (t.ex. 2027-02)"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2027-8-31", "skriv månad och dag med två siffror: 2027-08-31"),
        ("2027.08.31", "skriv 2027-08-31"),
        ("2027/8/31", "skriv 2027-08-31"),
        ("11 juni 2028", "skriv 2028-06-11"),
        ("10 feb 2027", "skriv 2027-02-10"),
        ("den 3:e mars 2027", "skriv 2027-03-03"),
        ("senast 31 augusti 2027", "skriv 2027-08-31"),
        ("16/8 2027", "skriv 2027-08-16"),  # Swedish order: day, then month
        ("16/8-2027", "skriv 2027-08-16"),
        ("16/8-27", "skriv 2027-08-16"),
        ("16.8.2027", "skriv 2027-08-16"),
        ("31 aug", "året saknas: skriv 31 augusti med året, som ÅÅÅÅ-08-31 (t.ex. 2026-08-31)"),
        ("29/2", "året saknas: skriv 29 februari med året, som ÅÅÅÅ-02-29 (t.ex. 2028-02-29)"),
        ("8/16 2027", ""),  # no 16th month: not read the American way either
        ("31/9 2027", ""),  # no 31 September
        ("30 feb", ""),
        ("12 ju 2027", ""),  # juni or juli
        ("2027-08-31", ""),
        ("oktober 2026", ""),
    ],
)
def test_a_day_written_the_word_way_gets_the_same_day_in_trygg_form(
    written: str, hint: str
) -> None:
    assert suggested_day(written) == hint


@pytest.mark.parametrize(
    ("old", "new", "explained"),
    [
        (
            "start: 2026-08-31\n",
            "start: '2027-8-31'\n",
            "åtgärder (id: A1).start: '2027-8-31' har fel form – skriv månad och dag med två "
            "siffror: 2027-08-31",
        ),
        (
            "till: 2027-08-15}",
            "till: 16/8-2027}",
            "giltighet.till: '16/8-2027' är inte ett giltigt datum – skriv 2027-08-16",
        ),
        (
            "till: 2027-08-15}",
            "till: 2027-02-30}",
            "giltighet.till: '2027-02-30' är inte ett giltigt datum – februari 2027 har 28 "
            "dagar; skriv en dag som finns",
        ),
    ],
    ids=["plan-date", "day", "no-such-day"],
)
def test_check_gives_one_problem_with_the_day_at_the_value(
    tmp_path: Path, old: str, new: str, explained: str
) -> None:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE, content)
    plan = content / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    assert old in text
    plan.write_text(text.replace(old, new, 1), "utf-8")
    field = explained.partition(": '")[0]  # the value is quoted after its field
    [problem] = [p for p in check_content(content).report if p.field == field]
    value = text.index(old) + old.index(" ") + 1  # after "start: "
    assert (problem.location.line, problem.location.column) == line_and_column(text, value)
    assert problem.explained() == explained


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("aug 2027", "dagen saknas: skriv en dag i augusti 2027 som 2027-08-DD (01–31)"),
        ("sept. 2027", "dagen saknas: skriv en dag i september 2027 som 2027-09-DD (01–30)"),
        ("feb 2028", "dagen saknas: skriv en dag i februari 2028 som 2028-02-DD (01–29)"),
        (
            "senast juni",
            "dag och år saknas: skriv en dag i juni med året, som ÅÅÅÅ-06-DD (t.ex. 2026-06-15)",
        ),
        ("ju 2027", ""),
        ("efter jul", ""),
    ],
)
def test_a_month_where_a_day_is_asked_says_which_parts_are_missing(written: str, hint: str) -> None:
    assert missing_day(written) == hint


@pytest.mark.parametrize(
    ("day", "period"),
    [("2027-06-30", "2026-27"), ("2027-07-01", "2027-28"), ("2027-07-31", "2027-28")],
)
def test_a_lasar_in_an_example_is_the_one_a_new_plan_is_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: str, period: str
) -> None:
    """The example of a period in TP015's hint is the läsår TP035 and TP101 name that day
    (`load.schoolyears`: from 1 July the coming one), not one that changes in August."""
    noon = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
    shutil.copytree(EXAMPLE, tmp_path / "content")
    plan = tmp_path / "content/skolor/lovangens-skola/trygghetsplan/2026.yml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace('  period: "2025"', "  period: förra året"),
        encoding="utf-8",
    )
    report = check_content(tmp_path / "content", today=noon.date()).report
    [problem] = [p for p in report if p.field == "föregående_period.period"]
    assert problem.hint == f'skriv värdet som i exemplet "{period}"'
