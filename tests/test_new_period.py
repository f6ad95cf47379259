"""`trygg ny-period` and utkast plans: drafted, checked, previewed, never published."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.check.run import check_content
from generator.cli.main import main
from generator.cli.rolldates import Rollover
from generator.load.layout import EMPTY_DOCS_DIR
from generator.render.site import site_for

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
LOVANGEN = Path("content/skolor/lovangens-skola/trygghetsplan")
EKBACKEN = Path("content/skolor/ekbackens-skola/trygghetsplan")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "theme", tmp_path / "theme")
    shutil.copytree(ROOT / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(str(exited.value.code)), out, err


def every_problem(capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """`trygg check`'s exit code and each problem as a line (the terminal lists only a
    file's first FYLL I marks; the JSON has them all)."""
    code, out, _ = run(capsys, "check", "--format", "json")
    problems = json.loads(out)["problem"]
    lines = [
        f"{p['location']['file']}:{p['location']['line']}:{p['location']['column']}: "
        f"{p['severity']} {p['code']} {p['field'] + ': ' if p['field'] else ''}"
        f"{p['message']} – {p['hint']}"
        for p in problems
    ]
    return code, lines


@pytest.mark.parametrize(
    ("written", "moved"),
    [
        ("2026-01-15", "2027-01-14"),  # 52 weeks on: a Thursday stays a Thursday
        ("2026-10", "2027-10"),
        ("2026-W10", "2027-W10"),
        ("2026-W4", "2027-W4"),
        ("ht 2026", "ht 2027"),
        ("VT 2027", "VT 2028"),
    ],
)
def test_a_planned_date_moves_and_keeps_its_form_and_weekday(written: str, moved: str) -> None:
    roll = Rollover(1)
    assert roll.date(written) == moved
    assert roll.notes == []


def test_a_day_or_week_the_next_year_lacks_becomes_the_nearest_and_is_told() -> None:
    roll = Rollover(1)
    assert roll.year_on("2028-02-29") == dt.date(2029, 2, 28)  # the validity moves years
    assert roll.date("2026-W53") == "2027-W52"
    assert roll.notes == [
        "2028-02-29 finns inte 2029; skrev 2029-02-28 – se över datumet",
        "2026-W53 finns inte 2027; skrev 2027-W52 – se över datumet",
    ]


@pytest.mark.parametrize(
    ("written", "within", "moved"),
    [
        # 52 weeks would be the day before the plan starts: a year on, a Tuesday
        ("2026-08-17", (dt.date(2027, 8, 17), dt.date(2028, 8, 15)), "2027-08-17"),
        # a year on is a Saturday, and the Friday before is outside: the Monday after
        ("2026-08-14", (dt.date(2027, 8, 14), dt.date(2028, 8, 12)), "2027-08-16"),
        # a kartläggning before the plan: 52 weeks, outside the new plan as before
        ("2025-10-08", (dt.date(2027, 8, 17), dt.date(2028, 8, 15)), "2026-10-07"),
    ],
)
def test_a_day_that_52_weeks_put_outside_the_plan_moves_a_year_to_a_weekday(
    written: str, within: tuple[dt.date, dt.date], moved: str
) -> None:
    assert Rollover(1, within).date(written) == moved


@pytest.mark.parametrize(
    ("written", "moved"),
    [
        ("skrivs in i planen för läsåret 2027/28.", "skrivs in i planen för läsåret 2028/29."),
        ("Planen för 2026-27 och våren 2027", "Planen för 2027-28 och våren 2028"),
        ("Vi följer upp i Maj 2027 och HT 2027.", "Vi följer upp i Maj 2028 och HT 2028."),
        ("uppföljning: {när: ht 2026, hur: Rektor}", "uppföljning: {när: ht 2027, hur: Rektor}"),
        (
            "Skollagen (2010:800), 2026-10 och 2026-10-23",
            "Skollagen (2010:800), 2026-10 och 2026-10-23",
        ),
    ],
)
def test_the_periods_a_text_about_what_is_to_come_names_move_once(written: str, moved: str) -> None:
    assert Rollover(1).periods_in(written) == moved


def test_new_period_of_a_calendar_year_school(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "ny-period", "lovangens-skola")
    assert code == 0
    assert "Skapade content/skolor/lovangens-skola/trygghetsplan/2027.yml" in out
    assert "Årshjulet (arshjul.yml) är inte ändrat" in out
    text = (LOVANGEN / "2027.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["status"] == "utkast" and "beslut" not in data  # no decision is invented
    assert "föregående_period" not in data
    assert data["giltighet"] == {"från": dt.date(2027, 2, 1), "till": dt.date(2028, 1, 31)}
    [measure] = [m for m in data["åtgärder"] if m["id"] == "A4"]
    assert (measure["start"], measure["klart"]) == ("2027-W4", "vt 2027")
    assert measure["uppföljning"]["när"] == "2027-04"
    assert "adresserar" not in measure
    assert text.count("# Se över: åtgärden kommer från förra planen") == len(data["åtgärder"])
    [survey] = [m for m in data["kartläggning"]["metoder"] if m["id"] == "K1"]
    assert survey["datum"] == "2026-W11" and "resultat" not in survey
    evaluated = [o["id"] for o in data["utvärdering"]["åtgärder"]]
    assert evaluated == ["A1", "A4", "A5", "A6", "A7"]  # one per åtgärd of the 2026 plan
    assert all(o["effekt"].startswith("FYLL I") for o in data["utvärdering"]["åtgärder"])


def test_check_lists_what_is_left_as_utkast_warnings(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "ny-period", "lovangens-skola")
    code, lines = every_problem(capsys)
    assert code == 0  # an utkast never fails the check
    draft = [line for line in lines if "lovangens-skola/trygghetsplan/2027.yml" in line]
    assert draft and all(" varning " in line or " info " in line for line in draft)
    assert all("(utkast)" in line for line in draft)
    said = "TP304 (utkast) inte ifyllt ännu (effekt): vilken effekt åtgärden fick"
    assert any(said in x for x in draft)
    _, out, _ = run(capsys, "check")
    assert "\n0 fel," in out
    told = [line for line in out.splitlines() if "lovangens-skola/trygghetsplan/2027.yml" in line]
    assert all("(utkast)" in line for line in told)  # the count of the rest too


def test_new_period_of_a_school_year_school(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "ny-period", "ekbackens-skola")
    assert code == 0 and "läsåret 2027/28" in out
    data = yaml.safe_load((EKBACKEN / "2027-28.yml").read_text(encoding="utf-8"))
    assert data["status"] == "utkast"
    assert data["giltighet"]["från"] > dt.date(2027, 7, 1)
    # A6 continued last year's A5 (fortsätter: A5); next year it continues itself.
    assert [m.get("fortsätter") for m in data["åtgärder"]] == [None] * 6
    _, out, _ = run(capsys, "check")
    assert "TP031" not in out and "TP059" not in out


@pytest.mark.parametrize("school", ["forskolan-solrosen", "strandskolan"])
def test_a_measure_carried_over_unedited_is_the_same_measure(
    project: Path, capsys: pytest.CaptureFixture[str], school: str
) -> None:
    """Solrosen's A7 "Alla får vara allt" has only function words in its title."""
    assert run(capsys, "ny-period", school)[0] == 0
    _, out, _ = run(capsys, "check")
    assert "TP059" not in out and "TP031" not in out


@pytest.mark.usefixtures("project")
@pytest.mark.parametrize(
    ("plan", "moved", "argv", "expected"),
    [
        # From the decision day (TP124's advice): the next plan still starts in August.
        (EKBACKEN / "2026-27.yml", "{från: 2026-12-04, till: 2027-08-15}", (),
         ("2027-28", "2027-08-16", "2028-08-15")),
        # Kept in force into the autumn while the next plan was written.
        (EKBACKEN / "2026-27.yml", "{från: 2026-08-17, till: 2027-09-30}", (),
         ("2027-28", "2027-10-01", "2028-09-30")),
        # A period skipped: from where its plan would have ended.
        (EKBACKEN / "2026-27.yml", "{från: 2026-12-04, till: 2027-08-15}",
         ("--period", "2028-29"), ("2028-29", "2028-08-16", "2029-08-15")),
        # A kalenderår plan, as a förskola may have, decided in the spring.
        (LOVANGEN / "2026.yml", "{från: 2026-04-20, till: 2027-01-31}", (),
         ("2027", "2027-02-01", "2028-01-31")),
    ],
)  # fmt: skip
def test_the_new_plan_starts_the_day_after_the_old_one_ends(
    capsys: pytest.CaptureFixture[str],
    plan: Path,
    moved: str,
    argv: tuple[str, ...],
    expected: tuple[str, str, str],
) -> None:
    text = plan.read_text(encoding="utf-8")
    old = text[text.index("giltighet: ") : text.index("}", text.index("giltighet: ")) + 1]
    plan.write_text(text.replace(old, f"giltighet: {moved}"), encoding="utf-8")
    code, out, _ = run(capsys, "ny-period", plan.parent.parent.name, *argv)
    assert code == 0
    assert "Giltigheten börjar dagen efter att förra planen slutar" in out
    written, *validity = expected
    data = yaml.safe_load((plan.parent / f"{written}.yml").read_text(encoding="utf-8"))
    assert [str(day) for day in data["giltighet"].values()] == validity


def test_another_kind_of_period_starts_after_the_old_plan_and_says_to_check_the_dates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("ny-period", "ekbackens-skola", "--period", "2027", "--byt-periodslag")
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert "år 2027 är en annan sorts period än läsåret 2026/27" in out
    data = yaml.safe_load((EKBACKEN / "2027.yml").read_text(encoding="utf-8"))
    assert data["giltighet"] == {"från": dt.date(2027, 8, 16), "till": dt.date(2027, 12, 31)}
    code, out, _ = run(capsys, "check")
    assert "TP032" not in out  # no overlap with the plan in force


@pytest.mark.parametrize(
    ("school", "period", "told"),
    [
        ("ekbackens-skola", "2027", ("läsår (den nyaste är 2026-27.yml)", "2027-28")),
        ("lovangens-skola", "2027-28", ("kalenderår (den nyaste är 2026.yml)", "2027")),
    ],
)
def test_a_period_of_the_other_kind_is_refused_naming_the_form_to_write(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    school: str,
    period: str,
    told: tuple[str, str],
) -> None:
    kind, form = told
    plans = project / "content/skolor" / school / "trygghetsplan"
    before = sorted(p.name for p in plans.iterdir())
    code, out, err = run(capsys, "ny-period", school, "--period", period)
    assert code == 2 and out == ""
    assert f"trygg: fel: --period {period}: skolans planer gäller {kind}" in err
    assert f"t.ex. --period {form};" in err and "--byt-periodslag" in err
    assert sorted(p.name for p in plans.iterdir()) == before
    assert run(capsys, "ny-period", school, "--period", form)[0] == 0


@pytest.mark.parametrize("linked", ["skolor/ekbackens-skola", "trygghetsplan", "2026-27.yml"])
def test_new_period_never_reads_or_writes_through_a_link_out_of_the_content(
    project: Path, capsys: pytest.CaptureFixture[str], linked: str
) -> None:
    school = project / "content/skolor/ekbackens-skola"
    path = {"trygghetsplan": school / "trygghetsplan"}.get(linked, project / "content" / linked)
    if linked.endswith(".yml"):
        path = school / "trygghetsplan" / linked
    outside = project / "utanför" / path.name  # beside content/, not in it
    outside.parent.mkdir()
    path.rename(outside)
    path.symlink_to(outside, target_is_directory=outside.is_dir())
    before = sorted(p.name for p in outside.parent.rglob("*"))
    code, _, err = run(capsys, "ny-period", "ekbackens-skola")
    assert code == 1 and "när symboliska länkar följs" in err
    assert sorted(p.name for p in outside.parent.rglob("*")) == before


def test_new_period_never_overwrites(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = LOVANGEN / "2027.yml"
    existing.write_text("# mitt utkast\n", encoding="utf-8")
    code, _, err = run(capsys, "ny-period", "lovangens-skola", "--period", "2027")
    assert code == 1
    assert "2027.yml finns redan; trygg skriver inte över den" in err
    assert existing.read_text(encoding="utf-8") == "# mitt utkast\n"


STRAND = Path("content/skolor/strandskolan/trygghetsplan")


@pytest.mark.parametrize(
    ("written", "bad"),
    [
        ("till: 2027-08-15}", "till: 2027-02-30}"),  # the validity
        ("start: 2026-08-24", "start: 2026-13"),  # a planned month
        ("start: 2026-08-24", 'start: "2026-02-30"'),  # quoted
        ("start: 2026-08-24", "start: 2026-W54"),  # a week no year has
    ],
)
def test_a_date_that_is_none_is_told_where_it_stands(
    project: Path, capsys: pytest.CaptureFixture[str], written: str, bad: str
) -> None:
    """The old plan has a date that does not exist: one Swedish line at its file, line and
    column (the check would say the same), no traceback, and no new plan."""
    plan = STRAND / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    changed = text.replace(written, bad, 1)
    assert changed != text
    plan.write_text(changed, encoding="utf-8")
    code, _, err = run(capsys, "ny-period", "strandskolan")
    value = bad.split(": ", 1)[1].strip('"}')
    at = changed.index(value)
    line = changed.count("\n", 0, at) + 1
    column = at - changed.rfind("\n", 0, at)
    assert code == 1 and "Traceback" not in err
    assert err.startswith(f"trygg: fel: {plan}:{line}:{column}: datumet '{value}' finns inte"), err
    assert not (STRAND / "2027-28.yml").exists()


def test_a_date_that_is_a_list_is_told_without_a_traceback(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = STRAND / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("till: 2027-08-15}", "till: [1]}", 1), encoding="utf-8")
    code, _, err = run(capsys, "ny-period", "strandskolan")
    assert code == 1 and "Traceback" not in err
    assert err.startswith(f"trygg: fel: {plan}: ett datum i planen är inte skrivet som ett datum")


def test_a_second_new_period_asks_to_finish_the_utkast_first(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "ny-period", "lovangens-skola")
    code, _, err = run(capsys, "ny-period", "lovangens-skola")
    assert code == 1 and "är redan ett utkast till nästa plan" in err
    assert not (LOVANGEN / "2028.yml").exists()


def _decide_plan(plan: Path, filled_in: bool) -> None:
    """`plan` as a rektor who decided it without (or after) writing where it says FYLL I."""
    text = plan.read_text(encoding="utf-8")
    text = text.replace("\nstatus: utkast", "\nbeslut: {datum: 2027-06-10, rektor: Anna Berg}\n"
                        "status: beslutad", 1)  # fmt: skip
    plan.write_text(text.replace("FYLL I", "Klart") if filled_in else text, encoding="utf-8")


def test_a_decided_plan_with_fyll_i_left_is_no_plan_to_build_on(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The examiner decided 2027-28 with its FYLL I left, and got 2028-29 made from it."""
    run(capsys, "ny-period", "ekbackens-skola")
    _decide_plan(EKBACKEN / "2027-28.yml", filled_in=False)
    code, _, err = run(capsys, "ny-period", "ekbackens-skola", "--period", "2028-29")
    assert code == 1 and not (EKBACKEN / "2028-29.yml").exists()
    assert err.startswith(f"trygg: fel: {EKBACKEN / '2027-28.yml'}:80:28: planen har kvar ")
    assert "ställen markerade FYLL I (det första här: målnivå), så den är inte klar att " in err
    assert err.rstrip().endswith("skriv klart den där det står FYLL I (trygg check visar var) "
                                 "och kör trygg ny-period igen")  # fmt: skip


def test_a_plan_not_yet_in_force_is_built_on_only_when_the_period_is_asked_for(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "ny-period", "ekbackens-skola")
    _decide_plan(EKBACKEN / "2027-28.yml", filled_in=True)
    code, _, err = run(capsys, "ny-period", "ekbackens-skola")
    assert code == 1 and not (EKBACKEN / "2028-29.yml").exists()
    assert err == (
        f"trygg: fel: {EKBACKEN / '2027-28.yml'} börjar gälla först 16 augusti 2027, så det "
        "finns ännu ingen kartläggning eller uppföljning av den att bygga nästa plan på; kör "
        "trygg ny-period när den har gällt en tid, eller skriv --period 2028-29 om ni vill "
        "göra utkastet redan nu\n"
    )
    code, out, _ = run(capsys, "ny-period", "ekbackens-skola", "--period", "2028-29")
    assert code == 0 and (EKBACKEN / "2028-29.yml").exists()
    assert "Obs: 2027-28.yml börjar gälla först 16 augusti 2027, så det nya utkastet har " in out


def test_build_leaves_the_utkast_out_and_publishes_the_decided_plan(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "ny-period", "lovangens-skola")
    draft = LOVANGEN / "2027.yml"
    draft.write_text(draft.read_text(encoding="utf-8") + "okänd_nyckel: 1\n", encoding="utf-8")
    code, out, _ = run(capsys, "build", "--out", "site", "--jobs", "1")
    assert code == 0  # an error in an utkast never stops its school
    assert "(utkast)" in out
    site = project / "site" / "lovangens-skola"
    assert (site / "plan" / "2026.json").exists() and not (site / "plan" / "2027.json").exists()
    published = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    published += (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "Utkast – inte beslutad" not in published and "år 2027" not in published
    assert "Trygghetsplan för år 2026" in published


def test_the_preview_shows_the_utkast_under_a_banner(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "ny-period", "lovangens-skola")
    content = project / "content"
    checked = check_content(content, only=["lovangens-skola"], today=TODAY)
    preview = site_for(checked, "lovangens-skola", content, today=TODAY, preview=True)
    pages = {f.uri: str(f.content) for f in preview.files}
    plan = pages["trygghetsplan/index.md"]
    assert plan.startswith('# Trygghetsplan för år 2027\n\n!!! warning "Utkast – inte beslutad"')
    assert "Inte beslutad (utkast)" in plan
    assert (
        "| 19 januari 2026 – 31 januari 2027 | 19 januari 2026 |"
        in pages["trygghetsplan/arkiv/index.md"]
    )
    decided = pages.pop("trygghetsplan/2026/index.md")  # the decided plan's own page
    assert "Utkast – inte beslutad" not in decided
    assert "Den här planen gäller 19 januari 2026 – 31 januari 2027. [Utkastet till" in decided
    assert "planen för år 2027](../index.md) visas i förhandsvisningen." in decided
    assert all(
        "Utkast – inte beslutad" in text for uri, text in pages.items() if uri.endswith(".md")
    )


def test_the_build_with_utkast_says_the_plan_in_force_is_in_force(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On 6 December 2026 the 2026/27 plan is in force while the 2027/28 utkast is the
    plan page of the build with utkast: the plan in force says so, and names the utkast
    as what this version shows (it said "En tidigare plan", as if it had expired)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796558400")  # 2026-12-06
    run(capsys, "ny-period", "ekbackens-skola")
    args = ("build", "--med-utkast", "--out", "utkast", "--jobs", "1", "--skola", "ekbackens-skola")
    assert run(capsys, *args)[0] == 0
    page = (project / "utkast/ekbackens-skola/trygghetsplan/2026-27/index.html").read_text("utf-8")
    assert "En tidigare plan" not in page and "Den här planen gällde" not in page
    assert '<p class="admonition-title">Gällande plan</p>' in page
    assert "Den här planen gäller 17 augusti 2026 – 15 augusti 2027." in page
    draft = '<a href="../">Utkastet till planen för läsåret 2027/28</a> visas i den här granskn'
    assert draft in page
    earlier = (project / "utkast/ekbackens-skola/trygghetsplan/2025-26/index.html").read_text()
    assert 'Läs <a href="../2026-27/">den gällande trygghetsplanen</a>.' in earlier


def test_a_school_that_is_not_there_is_told_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "ny-period", "finnsinte")
    assert code == 2
    assert "skolan 'finnsinte' finns inte" in err and "strandskolan" in err


def test_a_period_before_every_plan_says_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "ny-period", "strandskolan", "--period", "2024-25")
    assert code == 1
    assert "har ingen plan före 2024-25 att utgå från" in err


@pytest.mark.parametrize(
    ("school", "mall", "words"),
    [("forskolan-solrosen", "förskola", "barn"), ("strandskolan", "7-9", "åk 7")],
)
def test_a_school_without_a_plan_gets_its_first_as_an_utkast(
    project: Path, capsys: pytest.CaptureFixture[str], school: str, mall: str, words: str
) -> None:
    """Made from the example for its kind of unit, for the läsår in force, with its name;
    an utkast, so the check still says no plan is in force and how to get one decided."""
    plans = project / "content" / "skolor" / school / "trygghetsplan"
    for plan in plans.glob("*.yml"):
        plan.unlink()
    code, out, _ = run(capsys, "ny-period", school)
    assert code == 0, out
    assert f"utgår från trygg:s exempel ({mall})" in out
    made = plans / "2026-27.yml"
    data = yaml.safe_load(made.read_text(encoding="utf-8"))
    assert data["status"] == "utkast" and "beslut" not in data
    # Not the example's account of a plan before it (made up): one to write, for a plan
    # outside trygg, or to remove (`cli.firstdraft.earlier`)
    [earlier] = data["föregående_period"]["åtgärder"]
    assert data["föregående_period"]["period"] == "2025-26"
    assert earlier["titel"].startswith("FYLL I")
    assert [m["effekt"][:6] for m in data["utvärdering"]["åtgärder"]] == ["FYLL I"]
    # Nor what the example's kartläggning found: each result is the unit's to write
    for method in data["kartläggning"]["metoder"]:
        assert method["resultat"].startswith("FYLL I") and "delresultat" not in method
    name = yaml.safe_load((plans.parent / "skola.yml").read_text(encoding="utf-8"))["namn"]
    assert name.split()[-1] in made.read_text(encoding="utf-8") and words in str(data)
    report = check_content(project / "content").report
    [missing] = [p for p in report if p.code == "TP101" and school in p.location.file]
    assert missing.hint.startswith("besluta utkastet till planen för läsåret 2026/27")
    assert not [p for p in report if p.code == "TP057" and school in p.location.file]


@pytest.mark.parametrize(
    ("today", "period"),
    [
        (dt.date(2027, 6, 30), "2026-27"),  # still the läsår in force
        (dt.date(2027, 7, 1), "2027-28"),  # from 1 July, the one about to start
        (dt.date(2027, 8, 1), "2027-28"),
    ],
)
def test_a_first_plan_is_for_the_lasar_the_check_names(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    today: dt.date,
    period: str,
) -> None:
    """ny-period for a school without a plan makes the file TP101 told it to create
    (`load.schoolyears`), valid from the example's first day of that läsår (17 August),
    and the check then asks for that utkast to be decided."""
    noon = dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
    plans = project / "content" / "skolor" / "strandskolan" / "trygghetsplan"
    for plan in plans.glob("*.yml"):
        plan.unlink()

    def tp101() -> str:
        report = check_content(project / "content", today=today).report
        [found] = [p for p in report if p.code == "TP101" and "strandskolan" in p.location.file]
        return found.hint

    assert f"/trygghetsplan/{period}.yml;" in tp101()
    assert run(capsys, "ny-period", "strandskolan")[0] == 0
    assert [path.name for path in plans.glob("*.yml")] == [f"{period}.yml"]
    data = yaml.safe_load((plans / f"{period}.yml").read_text(encoding="utf-8"))
    assert str(data["giltighet"]["från"]) == f"{period[:4]}-08-17"
    label = f"läsåret {period[:4]}/{period[5:]}"
    assert tp101().startswith(f"besluta utkastet till planen för {label}")


def test_a_first_plan_for_a_later_period_starts_when_it_does(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plans = project / "content" / "skolor" / "strandskolan" / "trygghetsplan"
    for plan in plans.glob("*.yml"):
        plan.unlink()
    code, _, err = run(capsys, "ny-period", "strandskolan", "--period", "2028")
    assert code == 2 and "en första plan görs för ett läsår, t.ex. 2027-28" in err
    assert run(capsys, "ny-period", "strandskolan", "--period", "2027-28")[0] == 0
    data = yaml.safe_load((plans / "2027-28.yml").read_text(encoding="utf-8"))
    assert str(data["giltighet"]["från"]).startswith("2027-08")


def test_a_first_plan_is_never_written_through_a_link_or_with_holes(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    school = project / "content" / "skolor" / "strandskolan"
    shutil.rmtree(school / "trygghetsplan")
    outside = tmp_path / "utanför"
    outside.mkdir()
    (school / "trygghetsplan").symlink_to(outside, target_is_directory=True)
    code, _, err = run(capsys, "ny-period", "strandskolan")
    assert code == 1 and "ligger utanför strandskolan/" in err
    assert list(outside.iterdir()) == []
    (school / "trygghetsplan").unlink()
    skola = school / "skola.yml"
    skola.write_text(skola.read_text(encoding="utf-8").replace("namn: Strandskolan", "namn: "))
    code, _, err = run(capsys, "ny-period", "strandskolan")
    assert code == 1 and "skola.yml kan inte läsas eller saknar namn" in err
    assert not (school / "trygghetsplan").exists() or not any((school / "trygghetsplan").iterdir())


def _ekbacken_next(capsys: pytest.CaptureFixture[str]) -> tuple[str, dict[str, Any], str]:
    code, out, _ = run(capsys, "ny-period", "ekbackens-skola")
    assert code == 0
    text = (EKBACKEN / "2027-28.yml").read_text(encoding="utf-8")
    return text, yaml.safe_load(text), out


def _decided(text: str) -> str:
    """The utkast as the rektor decides it, every FYLL I left as it stands."""
    decided = text.replace("status: utkast", "beslut: {datum: 2027-08-16, rektor: Maria Lindqvist}")
    assert decided != text
    return decided


def _check_lines(capsys: pytest.CaptureFixture[str], code: str) -> list[str]:
    plan = "ekbackens-skola/trygghetsplan/2027-28"
    return [x for x in every_problem(capsys)[1] if plan in x and code in x]


def test_what_tells_of_last_period_is_left_to_fill_in_not_copied(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Participation, baselines and the years in texts about what is to come: the plan for
    2027/28 never claims the work of 2025/26 as its own."""
    text, data, _ = _ekbacken_next(capsys)
    told = data["samverkan"]["riktlinjer_och_rutiner"]
    assert told["elever"] == "FYLL I: hur eleverna var med i steget riktlinjer och rutiner"
    assert all(v.startswith("FYLL I") for v in data["samverkan"]["kartläggning"].values())
    # Who took part last time stays as a comment beside the text to write.
    assert "# Förra planen: Föräldrarådet läste riktlinjerna och rutinen i maj 2026." in text
    assert "maj 2026" not in str(data) and "februari 2026" not in str(data)
    assert data["samverkan"]["uppföljning"]["vårdnadshavare"] == (
        "Föräldrarådet får en återkoppling i maj."
    )
    assert [m["målnivå"] for m in data["mål"]][:2] == ["Minst 90 %", "Högst 5 %"]
    assert "planen för läsåret 2028/29." in data["uppföljning_av_planen"]["hur"]
    assert "# Se över: hur planen ska följas upp" in text
    data_text = (EKBACKEN / "2027-28.yml").read_text(encoding="utf-8")
    (EKBACKEN / "2027-28.yml").write_text(_decided(data_text), encoding="utf-8")
    said = _check_lines(capsys, "TP304")
    assert any("(elever): hur eleverna var med i steget" in x for x in said)
    assert any("(målnivå): utgångsvärdet i den nya kartläggningen" in x for x in said)


def test_the_utkast_has_what_the_decision_needs_as_fyll_i(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Täckning, the follow-up of riktlinjer and rutiner and the pupils' part in the
    kartläggning and the analysis: written to fill in, not found missing at the decision."""
    text, data, _ = _ekbacken_next(capsys)
    coverage = data["kartläggning"]["täckning"]
    assert list(coverage) == [
        "könsöverskridande_identitet_eller_uttryck",
        "bedömning",
        "etnisk_tillhörighet",
        "religion_eller_annan_trosuppfattning",
    ]
    assert coverage["bedömning"] == "FYLL I: hur området bedömning undersöktes"
    assert data["utvärdering"]["riktlinjer_och_rutiner"].startswith("FYLL I: hur riktlinjerna")
    pupils = data["kartläggning"]["elevmedverkan"]
    assert [(f["forum"], str(f["när"])) for f in pupils] == [
        ("elevrådet", "2026-10-07"),
        ("fritidsrådet", "2027-04"),
        ("klassråden i förskoleklass och ettan", "2027-03-10"),
    ]
    assert all(f["bidrag"].startswith("FYLL I") for f in pupils)
    assert data["analys"]["elevmedverkan"][0]["forum"] == "elevrådet"
    draft = _check_lines(capsys, "2027-28")
    # schema-valid but for the outcomes of last period's measures, left to fill in
    told = [x for x in draft if any(c in x for c in ("TP122", "TP0"))]
    assert told and all("TP029" in x or ".status: (utkast) inte ifyllt" in x for x in told)
    [grounds] = [x for x in draft if "TP108" in x]
    assert "kön, funktionsnedsättning, sexuell läggning och ålder är inte undersökta" in grounds
    statused = _decided(text).replace("status: FYLL I", "status: genomförd")
    (EKBACKEN / "2027-28.yml").write_text(statused, encoding="utf-8")
    decided = _check_lines(capsys, "2027-28")
    assert not [x for x in decided if "TP122" in x or "TP115" in x]
    assert any("TP304" in x and "(riktlinjer_och_rutiner)" in x for x in decided)


def test_no_outcome_of_last_period_is_written_in_advance(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `status: ej_genomförd  # FYLL I: …`, published as "Inte genomförd" once the
    comment was deleted. A status left to fill in is a warning in the utkast, an error in
    the decided plan, told once where it stands."""
    text, data, _ = _ekbacken_next(capsys)
    assert {o["status"] for o in data["utvärdering"]["åtgärder"]} == {"FYLL I"}
    assert "ej_genomförd  #" not in text
    draft = _check_lines(capsys, ".status:")
    said = "inte ifyllt ännu – skriv ett av värdena genomförd, delvis eller ej_genomförd"
    assert draft and all(" varning TP013 " in x and said in x for x in draft)
    (EKBACKEN / "2027-28.yml").write_text(_decided(text), encoding="utf-8")
    decided = _check_lines(capsys, ".status:")
    assert len(decided) == len(draft) and all(" fel TP013 " in x for x in decided)
    marks = {x.split(" ", 1)[0] for x in _check_lines(capsys, "TP304")}
    assert not marks & {x.split(" ", 1)[0] for x in decided}  # told once, as TP013


def test_counts_are_asked_for_only_where_answers_are_counted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, _, _ = _ekbacken_next(capsys)
    asked = {
        block.split("\n", 1)[0]: block.split("# FYLL I: ")[1].split("\n")[0]
        for block in text.split("    - id: ")[1:]
        if block.startswith("K")
    }
    assert asked == {
        "K1": "resultat när den är gjord",  # Trygghetsvandring
        "K2": "antal_tillfrågade, antal_svar och resultat när den är gjord",  # Trygghetsenkät
        "K3": "resultat när den är gjord",  # Klassrådssamtal med bildstöd
        "K4": "antal_tillfrågade, antal_svar och resultat när den är gjord",  # had counts
    }


def test_planned_days_keep_their_weekday_and_the_rule_is_told(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, data, out = _ekbacken_next(capsys)
    assert "Planerade dagar är flyttade 52 veckor, så att de hamnar" in out
    measures = {m["id"]: m for m in data["åtgärder"]}
    assert measures["A3"]["uppföljning"]["när"] == dt.date(2027, 11, 12)  # a Friday
    assert measures["A1"]["klart"] == dt.date(2028, 6, 9)  # a Friday
    assert data["mål"][0]["datum"] == dt.date(2028, 2, 25)  # a Friday
    # 52 weeks on is the plan's first day, the day after the old plan ends: a Monday
    assert measures["A6"]["start"] == data["giltighet"]["från"] == dt.date(2027, 8, 16)
    days = [data["mål"][0]["datum"], data["uppföljning_av_planen"]["senast"]]
    days += [d for m in data["åtgärder"] for d in (m["start"], m["klart"], m["uppföljning"]["när"])]
    days = [d for d in days if isinstance(d, dt.date)]
    assert len(days) > 10 and all(d.weekday() < 5 for d in days)
    assert all(data["giltighet"]["från"] <= d <= data["giltighet"]["till"] for d in days)


def test_a_goals_measurement_waits_for_the_new_group_results(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`mätning` names a measure of last period's delresultat, which the new plan has not
    got yet: commented out with how to bring it back, so the utkast has no TP030."""
    text, data, _ = _ekbacken_next(capsys)
    assert "mätning" not in data["mål"][0]
    assert "    # mätning: {metod: K2, mått: Känner sig trygg i skolan, minst: 90}\n" in text
    assert "ta bort # på raden under så att målnivån ritas i diagrammet" in text
    assert _check_lines(capsys, "TP030") == []
    restored = text.replace("    # mätning: {metod: K2", "    mätning: {metod: K2")
    (EKBACKEN / "2027-28.yml").write_text(restored, encoding="utf-8")
    assert any("'Känner sig trygg i skolan' finns inte" in x for x in _check_lines(capsys, "TP030"))


def test_a_text_that_names_a_year_before_last_period_is_warned_of(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text copied by hand from an older plan into the new one: the check says which
    time it names; the same text with last period's year, and what ny-period wrote, pass."""
    text, _, _ = _ekbacken_next(capsys)
    stale = text.replace(
        "FYLL I: hur eleverna var med i steget riktlinjer och rutiner",
        "Elevrådet gick igenom elevversionen av rutinen i maj 2026.",
    ).replace("målnivå: Minst 90 %  # FYLL I", "målnivå: Minst 90 % (februari 2027 – 89 %)  #")
    (EKBACKEN / "2027-28.yml").write_text(_decided(stale), encoding="utf-8")
    [warned] = _check_lines(capsys, "TP308")
    line = stale[: stale.index("rutinen i maj 2026.\n")].count("\n")  # elever: >- above it
    assert f"2027-28.yml:{line}:" in warned and "varning TP308" in warned
    assert "samverkan.riktlinjer_och_rutiner.elever: texten nämner maj 2026" in warned
    assert "före förra perioden (från 1 augusti 2026)" in warned


def test_run_from_inside_a_school_the_new_plan_is_named_from_the_project_root(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """From content/skolor/strandskolan it said "Skapade ../../skolor/strandskolan/…"."""
    monkeypatch.chdir(project / "content" / "skolor" / "strandskolan")
    code, out, _ = run(capsys, "ny-period", "strandskolan")
    assert code == 0
    assert "Skapade content/skolor/strandskolan/trygghetsplan/2027-28.yml: " in out
    code, _, err = run(capsys, "ny-period", "strandskolan")
    assert code == 1
    assert "fel: content/skolor/strandskolan/trygghetsplan/2027-28.yml är redan ett utkast" in err
