"""Granskning: the review data model, the page, and `trygg granska`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import markdown
import pytest

from generator.check.run import check_content
from generator.cli.main import main
from generator.model import EarlierMeasure, EarlierPeriod, Project, School
from generator.model.status import PlanStatus
from generator.model.summary import (
    MeasureChanges,
    PlanFacts,
    SchoolSummary,
    measure_changes,
    summarise,
)
from generator.problems import Location, Problem, Report, Severity
from generator.review.assembly import build_review as review_of_summaries
from generator.review.assembly import unit_review
from generator.review.model import Review
from generator.review.pages import OVERVIEW, review_pages

FIXTURE = Path(__file__).parent / "rules" / "fixture" / "content"
TODAY = dt.date(2026, 11, 25)
PLAN = "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml"


@pytest.fixture(scope="module")
def project() -> Project:
    checked = check_content(FIXTURE, today=TODAY)
    assert checked.project is not None
    return checked.project


def _copy(school: School, school_id: str, name: str, **changes: object) -> School:
    return dataclasses.replace(
        school, id=school_id, name=name, directory=f"content/skolor/{school_id}", **changes
    )


def _three_units(project: Project) -> Project:
    """Ekbacken (current), Alby (expired: its plans are two years older), Björk (no plan)."""
    ekbacken = project.schools[0]
    old_plans = tuple(
        dataclasses.replace(p, valid_from=p.valid_from.replace(year=p.valid_from.year - 2),
                            valid_to=p.valid_to.replace(year=p.valid_to.year - 2),
                            decided_on=p.valid_from.replace(year=p.valid_from.year - 2))
        for p in ekbacken.plans
    )  # fmt: skip
    alby = _copy(ekbacken, "alby", "Albyskolan", plans=old_plans)
    bjork = _copy(ekbacken, "bjork", "Björkskolan", plans=())
    return dataclasses.replace(project, schools=(alby, bjork, ekbacken))


def build_review(project: Project, problems: list[Problem] | Report, today: dt.date) -> Review:
    summaries = [summarise(school) for school in project.schools]
    return review_of_summaries(project.organiser.name, summaries, problems, today)


def review_page(project: Project, report: Report, today: dt.date) -> str:
    """The portal's page of the first unit in the granskning."""
    review = build_review(project, report, today)
    return dict(review_pages(review))[f"granskning/enheter/{review.units[0].id}.md"]


def _problem(file: str, code: str, severity: Severity, line: int = 3) -> Problem:
    return Problem(code, severity, Location(file, line, 5), "meddelande", "fält", "råd", "källa")


def test_units_are_reviewed_with_status_period_and_grounds(project: Project) -> None:
    [unit] = build_review(project, [], TODAY).units
    assert (unit.id, unit.status, unit.period) == (
        "ekbackens-skola",
        PlanStatus.CURRENT,
        "läsåret 2026/27",
    )
    assert unit.grounds_covered == 7
    sex = unit.grounds[0]
    assert (sex.ground, sex.findings, sex.examined) == ("kön", ("F2",), False)
    religion = unit.grounds[3]
    assert (religion.findings, religion.examined) == ((), True)
    assert unit.changes.added == (
        "A7 Planerade eftermiddagar på fritids",
        "A8 Stöd som är självklart för alla",
    )
    assert unit.changes.removed == ("A2 Fler vuxna och fotbollsschema på rasterna",)
    assert unit.changes.carried_over == (
        "A1 Värdegrundslektioner och faddergrupper (förra perioden: Värdegrundslektioner "
        "varannan vecka)",
        "A4 Schyssta chattar (förra perioden: Nätvett i åk 4–6 och föräldramöte om gruppchattar)",
        "A3 En vuxen för varje idrottsgrupp vid omklädning (förra perioden: Vuxen vid "
        "omklädning och samtal om kropp och gränser)",
        "A6 Ord som sårar (förra perioden: A5 En gemensam linje mot kränkande ord)",
    )


def test_measures_continue_by_meaning_by_explicit_link_or_by_title(project: Project) -> None:
    previous, current = project.schools[0].plans
    first = current.measures[0]
    measures = (
        dataclasses.replace(first, id="A2", title="Fler rastvärdar och fotbollsschema"),
        dataclasses.replace(first, id="A3", title="Skärmfria raster"),
        dataclasses.replace(first, id="B1", title="Nytt namn", continues="A4"),
        dataclasses.replace(first, id="B2", title="En gemensam linje mot kränkande ord!"),
    )  # reworded; the same id for another measure; a new id that says so; last year's title
    changes = measure_changes(previous, dataclasses.replace(current, measures=measures))
    assert changes.carried_over == (
        "A2 Fler rastvärdar och fotbollsschema (förra perioden: Fler vuxna och "
        "fotbollsschema på rasterna)",
        "B1 Nytt namn (förra perioden: A4 Nätvett i åk 4–6 och föräldramöte om gruppchattar)",
        "B2 En gemensam linje mot kränkande ord! (förra perioden: A5 En gemensam linje mot "
        "kränkande ord)",
    )
    assert changes.added == ("A3 Skärmfria raster",)
    assert changes.removed == (
        "A1 Värdegrundslektioner varannan vecka",
        "A3 Vuxen vid omklädning och samtal om kropp och gränser",
    )
    assert not measure_changes(None, current).has_previous


def test_a_first_plan_is_compared_with_its_light_account(project: Project) -> None:
    _previous, current = project.schools[0].plans
    told = (EarlierMeasure("A1", "Värdegrundslektioner varannan vecka"),
            EarlierMeasure("A2", "Rastvärdar vid fotbollsplanen"))  # fmt: skip
    earlier = EarlierPeriod(current.period, told)
    changes = measure_changes(None, dataclasses.replace(current, earlier_period=earlier))
    assert changes.has_previous
    assert changes.carried_over[0].startswith("A1 Värdegrundslektioner och faddergrupper")
    assert changes.removed == ("A2 Rastvärdar vid fotbollsplanen",)
    assert len(changes.added) == 5


def test_units_that_need_attention_come_first(project: Project) -> None:
    three = _three_units(project)
    problems = [
        _problem("content/skolor/bjork/skola.yml", "TP101", Severity.ERROR),
        _problem("content/skolor/alby/trygghetsplan/2026-27.yml", "TP101", Severity.ERROR),
        _problem("content/skolor/alby/arshjul.yml", "TP107", Severity.WARNING),
        _problem(PLAN, "TP203", Severity.WARNING),
        _problem("content/huvudman.yml", "TP300", Severity.WARNING),
    ]
    review = build_review(three, problems, TODAY)
    assert [(u.id, u.status, u.errors, u.warnings) for u in review.units] == [
        ("bjork", PlanStatus.MISSING, 1, 0),
        ("alby", PlanStatus.EXPIRED, 1, 1),
        ("ekbackens-skola", PlanStatus.CURRENT, 0, 1),
    ]
    assert [f.code for f in review.common] == ["TP300"]
    assert review.units[1].findings[1].category == "Lagkrav"
    assert review.units[1].findings[1].location == "content/skolor/alby/arshjul.yml:3:5"


def _ids_and_links(page: str) -> tuple[set[str], set[str]]:
    ids = set(re.findall(r'id="([^"]+)"', page))
    links = set(re.findall(r'href="#([^"]+)"', page))
    return ids, links


def _portal(review: Review) -> dict[str, str]:
    return dict(review_pages(review))


def test_the_portal_overview_is_filterable_and_accessible_without_javascript(
    project: Project,
) -> None:
    problems = [_problem(PLAN, "TP203", Severity.WARNING)]
    pages = _portal(build_review(_three_units(project), problems, TODAY))
    page = pages[OVERVIEW]
    ids, links = _ids_and_links(page)
    assert links <= ids, f"broken anchors: {links - ids}"
    assert {"status-saknas", "status-utgangen", "status-gallande", "med-fel", "enheter"} <= ids
    assert "<script" not in page
    assert page.count("<table") == page.count("<caption>")
    assert '<th scope="col">' in page and '<th scope="row">' in page
    missing = page[page.index('<h3 id="status-saknas">') : page.index('<h2 id="filter-resultat">')]
    assert "Björkskolan" in missing and "Albyskolan" not in missing
    unit = pages["granskning/enheter/ekbackens-skola.md"]
    assert "style=" not in unit  # no colour-only cues
    assert f"<code>{PLAN}:3:5</code>" in unit
    assert "Fynd: F2" in unit and "Undersökt utan fynd" in unit
    assert "Avslutade (1): A2 Fler vuxna och fotbollsschema på rasterna" in unit
    assert "A6 Ord som sårar (förra perioden: A5 En gemensam linje mot kränkande ord)" in unit
    assert unit.index("Fortsätter (4)") < unit.index("Nya (2)") < unit.index("Avslutade")


def test_the_portal_page_links_each_finding_to_its_rule(project: Project) -> None:
    report = Report()
    report.add(_problem(PLAN, "TP203", Severity.WARNING))
    page = review_page(project, report, TODAY)
    link = '<a href="../../../regler/vanliga-misstag/#tp203">TP203</a>'
    assert f"{link} Elevernas upplevelse förenklas:" in page
    html = markdown.markdown(page, extensions=["tables"])
    assert "<h2" in html and "<p># " not in html


def _fix_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the date from SOURCE_DATE_EPOCH (reproducible builds)."""
    midnight = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(midnight.timestamp())))


def test_granska_writes_the_page_even_when_rules_find_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fix_today(monkeypatch)
    shutil.copytree(FIXTURE, tmp_path / "content")
    plan = tmp_path / PLAN
    plan.write_text(plan.read_text().replace("rektor: Maria Lindqvist", "rektor: Rektor"))
    out = tmp_path / "granskning.md"
    with pytest.raises(SystemExit) as exit_:
        main(["granska", str(tmp_path / "content"), "--out", str(out)])
    assert exit_.value.code == 1  # as trygg check: the content has an error
    page = out.read_text(encoding="utf-8")
    assert page.startswith("# Granskning av trygghetsplaner\n")
    assert "**Fel** TP103: Beslutet saknar datum eller rektor." in page
    assert "- Huvudman: Strandviks kommun\n- Avser läget den: 25 november 2026\n" in page
    assert "1 enhet granskades: 1 med fel" in page
    assert "Publicering: Inte publicerad: fel i planen (TP103)." in page
    err = capsys.readouterr().err
    assert "Skrev granskningen till" in err
    assert "det finns fel i innehållet: Ekbackens skola. Kör trygg check" in err


def test_granska_words_a_withheld_unit_by_where_its_errors_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error in the plan (TP103) and one in skola.yml (TP043): not "fel i planen". The
    document is internal and no privacy finding is among the errors: it shows the plan's
    text (its fynd in brief in the table of grounds), which the portal does not."""
    _fix_today(monkeypatch)
    shutil.copytree(FIXTURE, tmp_path / "content")
    plan = tmp_path / PLAN
    plan.write_text(plan.read_text().replace("rektor: Maria Lindqvist", "rektor: Rektor"))
    school = tmp_path / "content" / "skolor" / "ekbackens-skola" / "skola.yml"
    logo = 'färg: "#1f4e79"\nlogotyp: logo.png'  # no such file: TP043
    school.write_text(school.read_text().replace('färg: "#1f4e79"', logo))
    out = tmp_path / "granskning.md"
    with pytest.raises(SystemExit) as exit_:
        main(["granska", str(tmp_path / "content"), "--out", str(out)])
    assert exit_.value.code == 1
    page = out.read_text(encoding="utf-8")
    assert "| Inte publicerad: fel i enhetens filer | 1 |" in page
    assert "- Publicering: Inte publicerad: fel i enhetens filer (TP043, TP103)." in page
    assert "fel i planen" not in page
    assert "| Kön | Fynd: F2 | M4; A3 |" not in page
    assert "Omklädningsrummet" in page and "Den här granskningen är intern" in page
    capsys.readouterr()


def test_granska_stops_when_the_huvudman_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / "content" / "huvudman.yml").write_text("namn: [\n")
    with pytest.raises(SystemExit) as exit_:
        main(["granska", str(tmp_path / "content")])
    assert exit_.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Granskningen kräver att huvudman.yml går att läsa" in captured.err


def test_granska_lists_a_unit_whose_files_cannot_be_read_with_its_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fix_today(monkeypatch)
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / PLAN).write_text("beslut: [\n")
    with pytest.raises(SystemExit) as exit_:
        main(["granska", str(tmp_path / "content"), "-o", str(tmp_path / "g.md")])
    assert exit_.value.code == 1
    page = (tmp_path / "g.md").read_text(encoding="utf-8")
    assert "## Enheter som inte granskades {#inte-granskade}" in page
    # the plan file is there, though it cannot be read: the unit is not counted as without one
    assert (
        "| Ekbackens skola (ekbackens-skola) | Planfil finns, läget syns när felen är rättade "
        "| TP003 YAML" in page
    )
    assert "| Plan saknas | 0 |" in page
    assert "beslut: [" not in page  # codes only, never what the file says
    assert "Ekbackens skola (ekbackens-skola) har fel i sina filer" in capsys.readouterr().err


def test_granska_counts_a_unit_without_plan_under_plan_saknas_whatever_else_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its skola.yml has an error in what a summary reads (its grades), so it is not
    reviewed; it lacks a plan all the same, and the status table says so (and why its rows
    add up to more than the units)."""
    _fix_today(monkeypatch)
    shutil.copytree(FIXTURE, tmp_path / "content")
    folder = tmp_path / "content" / "skolor" / "ekbackens-skola"
    shutil.rmtree(folder / "trygghetsplan")
    school = folder / "skola.yml"
    text = school.read_text(encoding="utf-8").replace("årskurser: F-6", "årskurser: [F, 6]")
    school.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["granska", str(tmp_path / "content"), "-o", str(tmp_path / "g.md")])
    assert exit_.value.code == 1
    page = (tmp_path / "g.md").read_text(encoding="utf-8")
    assert "| Plan saknas | 1 |\n" in page
    assert "| Inte granskad: enhetens filer har fel | 1 |\n" in page
    assert "1 enhet som inte kunde granskas räknas också under ”Plan saknas”" in page
    assert "| Ekbackens skola (ekbackens-skola) | Plan saknas | " in page
    capsys.readouterr()


def test_the_unit_lists_the_goals_and_measures_working_on_each_ground(project: Project) -> None:
    """Tagged with the ground (`grunder`), or building on a fynd tagged with it (`adresserar`:
    the fixture's A8 builds on F4, tagged funktionsnedsättning); a mål counts where an
    åtgärd that works on the ground leads to it (A3's `mål: M4`, A7's `mål: M3`). Each
    is named with its text in brief: "M4" alone means nothing to a handläggare."""
    school = project.schools[0]
    plan = school.plans[-1]
    goals = (dataclasses.replace(plan.goals[0], grounds=("kön", "kränkande_behandling")),)
    measures = tuple(
        dataclasses.replace(m, grounds=("kön",)) if m.id == "A3" else m for m in plan.measures
    )
    tagged = dataclasses.replace(plan, goals=(*goals, *plan.goals[1:]), measures=measures)
    school = dataclasses.replace(school, plans=(*school.plans[:-1], tagged))
    [unit] = build_review(dataclasses.replace(project, schools=(school,)), [], TODAY).units
    assert unit.grounds[0].work == ("M1", "M4", "A3")
    work = {g.ground: g.work for g in unit.grounds}
    assert work["funktionsnedsättning"] == ("M1", "A8")
    assert work["ålder"] == ("M3", "A7")
    assert work["etnisk_tillhörighet"] == work["religion_eller_annan_trosuppfattning"] == ()
    page = review_page(dataclasses.replace(project, schools=(school,)), Report(), TODAY)
    assert (
        '<th scope="row">Kön</th><td>Fynd: F2 Omklädningsrummet är fortfarande otryggt i åk 4 …'
        "</td><td>M1 Alla elever känner sig trygga i skolan; M4 Omklädningsrummen är trygga för "
        "alla elever; A3 En vuxen för varje idrottsgrupp vid omklädning</td>"
    ) in page


def test_a_unit_with_a_coming_plan_is_reviewed_by_the_plan_in_force() -> None:
    in_force = PlanFacts("läsåret 2026/27", dt.date(2026, 8, 17), dt.date(2027, 8, 15), "a.yml")
    coming = PlanFacts("läsåret 2027/28", dt.date(2027, 8, 16), dt.date(2028, 8, 15), "b.yml")
    summary = SchoolSummary(
        "s", "Skolan", "content/skolor/s", ("grundskola",), "F-6", (in_force, coming), (),
        MeasureChanges(has_previous=False),
    )  # fmt: skip
    unit = unit_review(summary, (), TODAY)
    assert unit.status is PlanStatus.CURRENT
    assert (unit.period, unit.valid_to, unit.plan_source) == (
        "läsåret 2026/27",
        dt.date(2027, 8, 15),
        "a.yml",
    )


def test_a_finding_does_not_repeat_its_rules_title() -> None:
    """TP304's message starts with its title ("inte ifyllt ännu: …"), which the granskning
    shows before it: "Inte ifyllt ännu: rektorns namn", not the words twice."""
    from generator import codes
    from generator.problems import Location
    from generator.review.findings import FindingRef

    problem = codes.problem("TP304", Location("a.yml", 3, 5), "inte ifyllt ännu: rektorns namn")
    found = FindingRef.of(problem)
    assert (found.title, found.detail.split(" – ")[0]) == ("Inte ifyllt ännu", "Rektorns namn")
    field = codes.problem("TP304", Location("a.yml", 3, 5), "inte ifyllt ännu (rektor): namnet")
    named = FindingRef.of(field)
    assert (named.field, named.detail.split(" – ")[0]) == ("rektor", "Namnet")
