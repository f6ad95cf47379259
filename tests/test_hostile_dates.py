"""Dates at the ends of the calendar (0001-01-01, 9999-12-31, ht 9999) in every date field
of every file, and periods like 9999-00.yml: `trygg check` reports each at its place and
never raises, a build publishes every other school, and `trygg ny-period` refuses in one
Swedish line (dates outside 1990–2199 would overflow the day before or a year on)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import examplecopy
import pytest
from mkdocs.config import load_config
from mkdocs.utils import get_build_timestamp

from generator.check.run import check_content
from generator.cli.main import main
from generator.problems import Problem
from generator.site.stopped import Stopped
from tests.test_build import ROOT, make_project, run_build

content = examplecopy.content  # this module's copy of the example (a fixture)

# A date after a key that holds one, in every schema: plans, reports, pages, huvudman.yml.
DATED = re.compile(
    r"(?P<lead>\b(?:datum|start|klart|när|senast|från|till|senast_uppdaterad):[ \t]*)"
    r"(?P<date>[0-9]{4}-[0-9W]{2,3}(?:-[0-9]{2})?|(?:ht|vt) [0-9]{4})"
)
DAY_FIELDS = ("beslut", "giltighet", "senast_uppdaterad", "bedömning")  # only a day will do
LOVANGEN = "skolor/lovangens-skola"
OUTSIDE = "ligger utanför åren 1990–2199"


def write_every_date(content: Path, day: str, plan_date: str = "") -> dict[Path, str]:
    """Each date in the content written `day` (a field that takes a month, week or term:
    `plan_date` when given); the files' texts before."""
    originals = {p: p.read_text(encoding="utf-8") for p in content.rglob("*.[ym][md]*")}
    for path, text in originals.items():
        dated = DATED.sub(lambda m, text=text: _dated(m, text, day, plan_date), text)
        path.write_text(dated, encoding="utf-8")
    return originals


@contextmanager
def every_date_as(content: Path, day: str, plan_date: str = "") -> Iterator[set[tuple[str, int]]]:
    """`write_every_date` for the time of the `with`: the (file, line) of each date."""
    originals = write_every_date(content, day, plan_date)
    written = {
        (f"content/{path.relative_to(content).as_posix()}", number)
        for path, text in originals.items()
        for number, (old, new) in enumerate(
            zip(text.split("\n"), path.read_text(encoding="utf-8").split("\n"), strict=True), 1
        )
        if old != new
    }
    try:
        yield written
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")


def _dated(found: re.Match[str], text: str, day: str, plan_date: str) -> str:
    line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
    value = day if not plan_date or any(f in line for f in DAY_FIELDS) else plan_date
    return found["lead"] + value


def outside(problems: list[Problem]) -> set[tuple[str, int]]:
    return {
        (p.location.file, p.location.line)
        for p in problems
        if p.code == "TP016" and OUTSIDE in p.message
    }


@pytest.mark.parametrize(
    ("day", "plan_date"),
    [
        ("0001-01-01", ""),
        ("9999-12-31", ""),
        ("1989-12-31", ""),
        ("2200-01-01", ""),
        ("0001-12-31", "0001-01"),
        ("9999-12-31", "9999-12"),
        ("9999-12-31", "9999-W52"),
        ("0001-01-01", "0001-W01"),
        ("9999-01-01", "ht 9999"),
        ("0001-01-01", "vt 0001"),
    ],
)
def test_every_date_outside_the_years_is_told_where_it_stands(
    content: Path, day: str, plan_date: str
) -> None:
    with every_date_as(content, day, plan_date) as written:
        report = check_content(content).report
    assert len(written) > 60  # every plan, report, page and huvudman.yml has its dates
    assert outside(list(report)) == written
    assert report.has_errors


@pytest.mark.parametrize(
    "name", ["9999-00", "0001", "0000", "2200", "1989-90", "2199-00", "9999-00-v2"]
)
def test_a_plan_named_after_a_period_outside_the_years_is_told(content: Path, name: str) -> None:
    plans = content / LOVANGEN / "trygghetsplan"
    shutil.copy(plans / "2026.yml", plans / f"{name}.yml")
    try:
        report = check_content(content).report
    finally:
        (plans / f"{name}.yml").unlink()
    [problem] = [
        p for p in report if p.location.file.endswith(f"/{name}.yml") and p.code == "TP035"
    ]
    if name != "9999-00-v2":
        assert f"perioden {name} {OUTSIDE}" in problem.message


def test_a_light_account_of_a_period_outside_the_years_is_told(content: Path) -> None:
    plan = content / LOVANGEN / "trygghetsplan" / "2026.yml"
    with examplecopy.edited(plan, lambda text: re.sub(r"period: \S+", "period: 9999-00", text)):
        report = check_content(content).report
    [problem] = [p for p in report if p.code == "TP037"]
    assert problem.message == f"perioden 9999-00 {OUTSIDE}"


@pytest.mark.parametrize(
    ("validity", "says", "hint"),
    [
        (
            "{från: 2030-01-01, till: 2030-12-31}",
            "giltigheten börjar 1 januari 2030, efter år 2026, som filnamnet anger "
            "(1 januari 2026–31 december 2026)",
            ", eller döp filen till 2030.yml om planen gäller år 2030",
        ),
        (
            "{från: 2025-01-20, till: 2025-12-31}",
            "giltigheten börjar 20 januari 2025, mer än tre månader före år 2026, som "
            "filnamnet anger (1 januari 2026–31 december 2026)",
            ", eller döp filen till 2025.yml om planen gäller år 2025",
        ),
    ],
)
def test_a_plan_whose_giltighet_is_not_the_period_in_its_name_is_warned_of(
    content: Path, validity: str, says: str, hint: str
) -> None:
    plan = content / LOVANGEN / "trygghetsplan" / "2026.yml"
    moved = lambda text: re.sub(r"giltighet: \{[^}]*\}", f"giltighet: {validity}", text)  # noqa: E731
    with examplecopy.edited(plan, moved):
        report = check_content(content).report
    [problem] = [p for p in report if p.code == "TP102" and "filnamnet" in p.message]
    assert problem.location.file == f"content/{LOVANGEN}/trygghetsplan/2026.yml"
    assert problem.location.line == 9 and problem.message == says
    assert problem.hint == f"rätta giltigheten så att planen gäller under år 2026{hint}"


def test_a_plan_in_force_from_june_for_the_school_year_from_august_fits(content: Path) -> None:
    plan = content / "skolor/strandskolan/trygghetsplan/2026-27.yml"
    early = lambda text: text.replace("från: 2026-08-17", "från: 2026-06-15")  # noqa: E731
    with examplecopy.edited(plan, early):
        report = check_content(content, today=dt.date(2026, 11, 25)).report
    assert [p for p in report if p.code == "TP102" and "filnamnet" in p.message] == []


def test_a_text_that_names_a_year_outside_the_years_is_read_as_no_period(content: Path) -> None:
    """TP308 reckons the periods a text names; one at the end of the calendar is none."""
    plan = content / "skolor/strandskolan/trygghetsplan/2026-27.yml"
    named = "hösten 9999, läsåret 9999/00, år 0000 och hösten 2020"
    told = lambda text: text.replace("höll i enkäten", f"höll i enkäten {named}")  # noqa: E731
    with examplecopy.edited(plan, told):
        report = check_content(content, today=dt.date(2026, 11, 25)).report
    [problem] = [p for p in report if p.code == "TP308" and "samverkan" in p.field]
    assert problem.message.startswith("texten nämner hösten 2020, före förra perioden")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    """One build in which Lövängens skola's plan is decided and valid in year 1."""
    project = make_project(tmp_path_factory.mktemp("datum"))
    write_every_date(project / "content" / LOVANGEN, "0001-01-01", "9999-W52")
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        code = run_build(project, project / "site", "--ingen-cache")
    return project / "site", code, stderr.getvalue()


def test_a_school_with_dates_outside_the_years_is_withheld_and_the_others_built(
    hostile_build: tuple[Path, int, str],
) -> None:
    site, code, stderr = hostile_build
    assert code == 1
    assert "Fel i skolan lovangens-skola – publicerades inte." in stderr
    assert not (site / "lovangens-skola").exists()
    for school in ("ekbackens-skola", "forskolan-solrosen", "strandskolan"):
        assert (site / school / "index.html").is_file()
    portal = (site / "index.html").read_text(encoding="utf-8").splitlines()
    row = next(line for line in portal if "Lövängens skola" in line)
    assert "<strong>Inte publicerad</strong>" in row


def new_period(capsys: pytest.CaptureFixture[str], content: Path, *extra: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        main(["ny-period", "lovangens-skola", "--innehåll", str(content), *extra])
    return int(str(exited.value.code)), capsys.readouterr().err


@pytest.mark.parametrize("period", ["9999", "0001", "2200", "9999-00"])
def test_new_period_refuses_a_period_outside_the_years(
    content: Path, capsys: pytest.CaptureFixture[str], period: str
) -> None:
    code, said = new_period(capsys, content, "--period", period, "--byt-periodslag")
    assert code == 2
    assert said == (
        f"trygg: fel: --period {period}: perioden {period} {OUTSIDE}; skriv en period som "
        "t.ex. 2027-28 (läsår) eller 2027 (kalenderår)\n"
    )


@pytest.mark.parametrize("until", ["9999-12-31", "0001-01-01"])
def test_new_period_refuses_a_plan_valid_until_a_year_outside_the_years(
    content: Path, capsys: pytest.CaptureFixture[str], until: str
) -> None:
    plans = content / LOVANGEN / "trygghetsplan"
    lasting = lambda text: text.replace("till: 2027-01-31", f"till: {until}")  # noqa: E731
    with examplecopy.edited(plans / "2026.yml", lasting):
        code, said = new_period(capsys, content)
    assert code == 1
    assert f"2026.yml:9:37: datumet '{until}' {OUTSIDE}, så det kan inte flyttas" in said
    assert sorted(p.name for p in plans.iterdir()) == ["2026.yml"]


def test_new_period_after_the_last_year_is_refused(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = content / LOVANGEN / "trygghetsplan"
    (plans / "2026.yml").rename(plans / "2199.yml")
    try:
        code, said = new_period(capsys, content)
    finally:
        (plans / "2199.yml").rename(plans / "2026.yml")
    assert code == 1
    assert said == f"trygg: fel: nästa period efter 2199.yml: perioden 2200 {OUTSIDE}\n"


@pytest.mark.parametrize(
    ("epoch", "says"),
    [
        ("253402300799", "är 31 december 9999, som ligger utanför åren 1990–2199"),
        ("1", "är 1 januari 1970, som ligger utanför åren 1990–2199"),
        ("99999999999999999999", "är ingen tidpunkt som trygg kan räkna med"),
        ("abc", "är inget antal sekunder"),
        ("-5", "är inget antal sekunder"),
        ("1795608000.5", "är inget antal sekunder"),
        ("17956\n08000", "är inget antal sekunder"),
        ("\x1b[31m1", "är inget antal sekunder"),
    ],
)
def test_a_today_outside_the_years_is_refused_before_any_command_runs(
    content: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    epoch: str,
    says: str,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with pytest.raises(SystemExit) as exited:
        main(["check", str(content)])
    assert exited.value.code == 2
    shown = epoch.replace("\n", "\\u000a").replace("\x1b", "\\u001b")  # steering no terminal
    assert capsys.readouterr().err == (
        f"trygg: fel: SOURCE_DATE_EPOCH={shown} {says}; ange dagen som sekunder sedan "
        "1970-01-01 (UTC), t.ex. 1795608000 för 25 november 2026, eller ta bort variabeln\n"
    )


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_today_is_read_as_not_set_by_trygg_and_by_mkdocs(
    content: Path, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", blank)
    with pytest.raises(SystemExit) as exited, contextlib.redirect_stdout(io.StringIO()):
        main(["check", str(content)])
    assert exited.value.code == 0
    get_build_timestamp()  # MkDocs dates the sitemap by it: int("") stopped every site


def test_mkdocs_build_of_the_project_refuses_a_today_that_is_no_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "i morgon")
    config = load_config(str(ROOT / "mkdocs.yml"))
    with pytest.raises(Stopped, match="SOURCE_DATE_EPOCH=i morgon är inget antal sekunder; ange"):
        config.plugins.on_config(config)
