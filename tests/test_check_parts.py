"""Checking school by school (and from the cache) finds what checking all at once does.

`whole_check` is the pipeline as it was before `trygg check` went school by school:
read everything, validate, model, run every rule on the whole project and the
student-page checks across all schools. `check_content` must give the same sorted
report and the same model, cold, with a cold cache and with a warm one. With errors,
`check_content` also runs the rules on the sections without errors, which the whole
check does not: then the problems of the files' form must be the same, and the whole
report the same cold and from the cache.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from contentread import read_sources

from generator.check.run import check_content
from generator.check.student import Locator, school_pages
from generator.check.textlix import over_limit, too_hard
from generator.codes import code
from generator.model import Project
from generator.model import build as modelbuild
from generator.problems import Problem, Report, Severity
from generator.render.student.bands import bands_for, lix_limit
from generator.render.student.lix import text_lix
from generator.render.student.texts import page_texts
from generator.rules import run_rules
from generator.validate.crosscheck import cross_problems
from generator.validate.documents import validate_schemas
from generator.validate.fences import fence_problems

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 25)
ORGANISER = "huvudman.yml"
PLAN = "skolor/strandskolan/trygghetsplan/2026-27.yml"
LOW_LIX = "lix: {förskola: 8, lågstadiet: 9, mellanstadiet: 10, högstadiet: 12, gymnasiet: 14}"
LIX = "lix: {förskola: 25, lågstadiet: 30, mellanstadiet: 35, högstadiet: 40, gymnasiet: 45}"


def whole_check(content: Path, today: dt.date) -> tuple[Report, Project | None]:
    sources, problems = read_sources(content)
    report = Report(problems)
    schema = validate_schemas(sources)
    report.extend(schema)
    report.extend(fence_problems(sources))
    report.extend(cross_problems(sources, schema))
    if report.has_errors:
        return report, None
    model = modelbuild.project(sources)
    report.extend(run_rules(model, sources, today))
    report.extend(_student_problems(model))
    return report, model


def _without_reports(project: Project | None) -> Project | None:
    """The model without reports, whose links only the check resolves (`check.reports`)."""
    if project is None:
        return None
    schools = tuple(replace(school, reports=()) for school in project.schools)
    return replace(project, organiser=replace(project.organiser, reports=()), schools=schools)


def _student_problems(project: Project) -> list[Problem]:
    """TP501 as it was: the strictest band of a text over all schools; TP502 and TP503 as now."""
    locator = Locator(Path(project.root))
    profile = project.organiser.rule_profile
    strictest: dict[tuple[str, tuple[str | int, ...]], tuple[str, str, int]] = {}
    for school in project.schools:
        plan = school.current_plan
        for band in bands_for(school) if plan else ():
            limit = lix_limit(profile, band)
            for text in page_texts(project, plan, band):  # type: ignore[arg-type]
                key = (text.file, text.path)
                if key not in strictest or limit < strictest[key][2]:
                    strictest[key] = (text.text, band.key, limit)
    found = []
    for (file, path), (text, band, limit) in strictest.items():
        if over_limit(value := text_lix(text), limit):
            message, hint = too_hard(path, band, value, limit)
            where, field = locator.place(file, path)
            found.append(
                Problem(
                    "TP501",
                    Severity.WARNING,
                    where,
                    message,
                    field,
                    hint,
                    code("TP501").source,
                )
            )
    found = [p for p in found if profile.severities.get(p.code) != "av"]
    found = [_severity(p, profile.severities) for p in found]
    for school in project.schools:
        pages, _student_pages = school_pages(project, school, locator)
        found += [p for p in pages.problems if p.code != "TP501"]
    return found


def _severity(problem: Problem, chosen: dict[str, str]) -> Problem:
    return (
        replace(problem, severity=Severity(chosen[problem.code]))
        if problem.code in chosen
        else problem
    )


def _copy(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def _edit(content: Path, file: str, old: str, new: str) -> None:
    """Replace `old` (a regular expression when it starts with "re:") once in the file."""
    path = content / file
    text = path.read_text(encoding="utf-8")
    pattern = old.removeprefix("re:") if old.startswith("re:") else re.escape(old)
    changed = re.sub(pattern, new.replace("\\", "\\\\"), text, count=1)
    assert changed != text, (file, old)
    path.write_text(changed, encoding="utf-8")


VARIANTS: dict[str, list[tuple[str, str, str]]] = {
    "example": [],
    "strict LIX limits": [(ORGANISER, LIX, LOW_LIX)],
    "TP501 as an error, TP203 off": [
        (ORGANISER, LIX, LOW_LIX + "\n  regler: {TP501: fel, TP203: av, TP499: fel}"),
    ],
    "texts the rules scan, in huvudman.yml and in a plan": [
        (ORGANISER, "regelprofil:", "# 19811218-9876, kalle@gmail.com\nregelprofil:"),
        (
            ORGANISER,
            "    text: >-\n      Den som",
            "    text: >-\n      Enligt SKOLFS 2012:10: den som",
        ),
        (
            PLAN,
            "vision: >-\n",
            "vision: >-\n  Enligt SKOLFS 2012:10 ska Kalle i 4B trivas, 811218-9876.\n",
        ),
    ],
    "huvudman's utredning left empty (Solrosen overrides other rutiner)": [
        (ORGANISER, r"re:  utredning: \|\n(?:(?:    .*)?\n)+", "  utredning: saknas\n"),
    ],
    "a school with a schema error": [(PLAN, "vision: ", "visionen: ")],
    "huvudman.yml with a schema error": [(ORGANISER, "regelprofil:", "regelprofilen:")],
    "huvudman's rutiner and a plan with schema errors": [
        (ORGANISER, "  utredning: |", "  utredningen: |"),
        (PLAN, "typ: förebyggande", "typ: förebyggand"),
    ],
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_school_by_school_matches_the_whole_check(variant: str, tmp_path: Path) -> None:
    content = _copy(tmp_path)
    for file, old, new in VARIANTS[variant]:
        _edit(content, file, old, new)
    expected, model = whole_check(content, TODAY)
    cache = tmp_path / "cache"
    first: list[Problem] = []
    for cache_dir in (None, cache, cache):  # no cache, a cold one, a warm one
        checked = check_content(content, today=TODAY, cache_dir=cache_dir)
        assert _without_reports(checked.model) == _without_reports(model)
        if model is not None:  # no error in the files' form
            assert checked.report.sorted() == expected.sorted()
            continue
        form = [p for p in checked.report if p.code < "TP100" and p.code != "TP029"]
        assert form == expected.sorted()
        assert first in ([], checked.report.sorted())
        first = checked.report.sorted()


def test_a_warm_cache_gives_the_same_problems_and_model(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    cache = tmp_path / "cache"
    cold = check_content(content, today=TODAY, cache_dir=cache)
    assert sorted(p.name for p in (cache / "kontroll").iterdir()) == [
        "ekbackens-skola.elevsidor.json",
        "ekbackens-skola.json",
        "ekbackens-skola.modell.json",
        "forskolan-solrosen.elevsidor.json",
        "forskolan-solrosen.json",
        "forskolan-solrosen.modell.json",
        "lovangens-skola.elevsidor.json",
        "lovangens-skola.json",
        "lovangens-skola.modell.json",
        "strandskolan.elevsidor.json",
        "strandskolan.json",
        "strandskolan.modell.json",
    ]
    _edit(content, PLAN, "vision: ", "vision: Vi vill att ")
    warm = check_content(content, today=TODAY, cache_dir=cache)
    fresh = check_content(content, today=TODAY)
    assert warm.report.sorted() == fresh.report.sorted()
    assert warm.model == fresh.model != cold.model
    assert warm.lix_rows == fresh.lix_rows
    for school in fresh.schools:  # the pages the build takes from the check, kept apart
        pages = fresh.models.student_pages(school.id)
        assert pages and warm.models.student_pages(school.id) == pages


def test_a_changed_day_or_huvudman_is_checked_again(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    cache = tmp_path / "cache"
    check_content(content, today=TODAY, cache_dir=cache)
    later = dt.date(2027, 9, 1)  # the 2026-27 plans have expired
    assert check_content(content, today=later, cache_dir=cache).report.sorted() == (
        whole_check(content, later)[0].sorted()
    )
    _edit(content, ORGANISER, LIX, LOW_LIX)
    assert check_content(content, today=TODAY, cache_dir=cache).report.sorted() == (
        whole_check(content, TODAY)[0].sorted()
    )


def test_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    cache = tmp_path / "cache"
    expected = check_content(content, today=TODAY, cache_dir=cache).report.sorted()
    for entry in (cache / "kontroll").iterdir():
        entry.write_bytes(entry.read_bytes()[:70])
    assert check_content(content, today=TODAY, cache_dir=cache).report.sorted() == expected


def test_worker_processes_find_the_same(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    for number in range(8):
        shutil.copytree(content / "skolor" / "strandskolan", content / "skolor" / f"skola-{number}")
    _edit(content, "skolor/skola-3/trygghetsplan/2026-27.yml", "vision: ", "vision: Kalle i 4B. ")
    alone = check_content(content, today=TODAY)
    for cache_dir in (None, tmp_path / "cache"):
        together = check_content(content, today=TODAY, cache_dir=cache_dir, jobs=2)
        assert together.report.sorted() == alone.report.sorted()
        assert together.model == alone.model
        assert together.lix_rows == alone.lix_rows


WARNINGS_HERE_AND_THERE = [  # warnings in huvudman.yml (shown for all units) and in a plan
    (ORGANISER, "regelprofil:", "# kalle@gmail.com\nregelprofil:"),
    (PLAN, "vision: >-\n", "vision: >-\n  Skriv till trygg@gmail.com.\n"),
]


@pytest.mark.parametrize("edits", [[], WARNINGS_HERE_AND_THERE])
def test_the_portal_from_the_schools_parts_is_the_portal_from_the_whole_model(
    edits: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    """`trygg build` makes the portal's pages from what each school's check keeps."""
    from generator.build.portal import portal_content
    from generator.clock import reference_date
    from generator.model.summary import summarise
    from generator.render.opendata.portal import portal_data_files
    from generator.render.portal import portal_files, portal_review
    from generator.render.portalcsv import review_table

    content = _copy(tmp_path)
    for file, old, new in edits:
        _edit(content, file, old, new)
    for cache_dir in (None, tmp_path / "cache", tmp_path / "cache"):
        checked = check_content(content, cache_dir=cache_dir)
        assert checked.project is not None
        parts = portal_content(checked, reference_date()).files
        organiser = checked.project.organiser
        key = organiser.key_indicator
        summaries = [summarise(school, key) for school in checked.project.schools]
        whole = portal_files(organiser, summaries, checked.report, reference_date())
        review = portal_review(organiser, summaries, checked.report, reference_date(), [])
        # the feed, the reports' CSV and the granskning's
        data = portal_data_files(
            organiser, summaries, reference_date(), review=review_table(review)
        )
        assert parts == whole + data
