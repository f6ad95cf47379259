"""End to end: `trygg build` of a real project in tmp_path, asserting on what readers see."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from opendata_checks import atom_problems, package_problems

from generator.check.run import check_content
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR
from generator.render.site import site_for

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
FEED_LINK = re.compile(
    r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)"'
)
PORTAL_PAGES = {"granskning", "regler", "search", "assets"}


def make_project(target: Path) -> Path:
    """A copy of the repository's project files: mkdocs.yml, theme/ and the example content."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "theme", target / "theme")
    shutil.copytree(ROOT / "content", target / "content")
    return target


def run_build(project: Path, out: Path, *extra: str) -> int:
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "build",
                "--config",
                str(project / "mkdocs.yml"),
                "--out",
                str(out),
                "--jobs",
                "1",
                *extra,
            ]
        )
    return int(str(exited.value.code))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("project"))
    out = project / "site"
    assert run_build(project, out) == 0
    return out


# What `site.tablecards` adds to each simple table for narrow screens; its own tests read it
CARD_MARKS = re.compile(r' data-label="[^"]*"| data-trygg-cards')


def read(path: Path) -> str:
    """A built file's text, its tables without the marks for narrow screens."""
    return CARD_MARKS.sub("", path.read_text(encoding="utf-8"))


def test_portal_lists_every_unit_with_period_and_status(built: Path) -> None:
    portal = read(built / "index.html")
    units = [
        ("ekbackens-skola", "Ekbackens skola"),
        ("strandskolan", "Strandskolan"),
        ("forskolan-solrosen", "Förskolan Solrosen"),
    ]
    for school_id, name in units:
        assert f'<a href="{school_id}/">{name}</a>' in portal
        assert (built / school_id / "index.html").is_file()
    assert "läsåret 2026/27" in portal
    assert (built / "granskning" / "index.html").is_file()
    assert (built / "regler" / "index.html").is_file()


def test_no_portal_page_is_past_60_kb_plus_1_kb_per_unit(built: Path) -> None:
    """Issue 18's limit, on every page of the built portal (not the schools' sites): the
    rules too, one page per category, each linked from the index and from the findings."""
    units = [p for p in built.iterdir() if (p / "trygghetsplan").is_dir()]
    schools = {p.name for p in units}
    portal = [
        page for page in built.rglob("*.html") if page.relative_to(built).parts[0] not in schools
    ]
    largest = max(portal, key=lambda page: page.stat().st_size)
    assert largest.stat().st_size <= 60_000 + 1_000 * len(units), largest
    rules = read(built / "regler" / "index.html")
    for folder in sorted(p.name for p in (built / "regler").iterdir() if p.is_dir()):
        page = read(built / "regler" / folder / "index.html")
        anchors = set(re.findall(r'<h2 id="(tp\d{3})">', page))
        assert anchors and all(f'href="{folder}/#{a}"' in rules for a in anchors), folder
        # a rule page is as large with one unit as with many: within a one-unit budget
        size = (built / "regler" / folder / "index.html").stat().st_size
        assert size <= 60_000 + 1_000, (folder, size)


def test_school_site_is_swedish_and_shows_the_plan(built: Path) -> None:
    start = read(built / "ekbackens-skola" / "index.html")
    assert '<html lang="sv"' in start
    assert "<title>Start - Ekbackens skola</title>" in start or "Ekbackens skola" in start
    plan = read(built / "ekbackens-skola" / "trygghetsplan" / "index.html")
    for heading in (
        "Utvärdering av förra årets åtgärder",
        "Kartläggning",
        "Analys",
        "Mål och åtgärder",
    ):
        assert heading in plan
    assert 'href="#fynd-F1"' in plan  # åtgärder link to the fynd they address


def test_every_link_in_a_school_site_is_relative(built: Path) -> None:
    # 404.html is left out: MkDocs gives it root-relative links, which is right for the
    # one place a host serves it from, the root of a deployed site.
    for page in (built / "strandskolan").rglob("*.html"):
        if page.name == "404.html":
            continue
        for target in re.findall(r'(?:href|src)="([^"]+)"', read(page)):
            assert not target.startswith("/"), f"{page}: {target}"


def test_every_link_in_a_school_site_leads_to_a_published_file(built: Path) -> None:
    """Every relative link, also an own page's link to a page trygg writes (Strandskolan's
    team page links to the routines as `../rutiner/index.md`), leads to a file."""
    missing = []
    for page in sorted(built.glob("*/**/*.html")):
        if page.name == "404.html":
            continue
        for target in re.findall(r'(?:href|src)="(?![a-z][a-z0-9+.-]*:|//)([^"#?]+)', read(page)):
            found = (page.parent / unquote(html.unescape(target))).resolve()
            if not (found.is_file() or (found / "index.html").is_file()):
                missing.append(f"{page.relative_to(built)}: {target}")
    assert not missing, missing[:20]
    team = read(built / "strandskolan" / "sidor" / "trygghetsteamet" / "index.html")
    assert '<a href="../../rutiner/">rutinerna vid kränkning</a>' in team


def test_every_link_to_a_place_on_a_page_lands_on_it(built: Path) -> None:
    """A report's link to a goal or measure, a finding's to its measures, the granskning's
    to a rule: each `#anchor` is an id on the page it points to."""
    ids: dict[Path, set[str]] = {}
    missing = []
    for page in sorted(built.rglob("*.html")):
        if page.name == "404.html":
            continue
        for path, anchor in re.findall(r'href="([^"#:]*)#([^"]+)"', read(page)):
            target = (page.parent / unquote(path)).resolve() if path else page
            target = target / "index.html" if target.is_dir() else target
            if target not in ids:
                found = read(target) if target.is_file() else ""
                ids[target] = set(re.findall(r'\bid="([^"]+)"', found))
            if unquote(html.unescape(anchor)) not in ids[target]:
                missing.append(f"{page.relative_to(built)}: {path}#{anchor}")
    assert not missing, missing[:20]


def test_small_survey_groups_are_not_published(built: Path) -> None:
    plan = read(built / "strandskolan" / "trygghetsplan" / "index.html")
    assert "Visas inte: färre än 5 svar" in plan
    data = json.loads(read(built / "strandskolan" / "plan" / "2026-27.json"))
    groups = [g for m in data["kartläggning"]["metoder"] for g in m.get("delresultat", [])]
    assert groups and all(g["antal_svar"] >= 5 for g in groups)


def test_diagrams_calendar_and_student_pages_are_published(built: Path) -> None:
    school = built / "ekbackens-skola"
    diagram = re.compile(r'<svg[^>]*role="img"')
    assert len(diagram.findall(read(school / "rutiner" / "index.html"))) >= 3  # 2 flows + trappa
    assert diagram.search(read(school / "arshjul" / "index.html"))
    assert read(school / "arshjul.ics").startswith("BEGIN:VCALENDAR")
    assert (school / "elev" / "lagstadiet" / "index.html").is_file()
    assert (built / "forskolan-solrosen" / "elev" / "forskola" / "index.html").is_file()


def test_staff_photo_is_published_and_shown_with_its_alt_text(built: Path) -> None:
    """The example's kurator has a drawing "i stället för foto": a placeholder, shown with
    an empty alt, so that a screen reader reads the name beside it first."""
    school = built / "ekbackens-skola"
    photo = school / "assets" / "foton" / "kurator.svg"
    source = ROOT / "content" / "skolor" / "ekbackens-skola" / "foton" / "kurator.svg"
    assert photo.read_bytes() == source.read_bytes()
    pages = [school / "index.html", school / "elev" / "lagstadiet" / "index.html"]
    for page in pages:
        images = re.findall(r'<img class="trygg-photo" src="([^"]+)" alt="([^"]*)"', read(page))
        assert images, page
        for src, alt in images:
            assert (page.parent / src).resolve() == photo.resolve(), (page, src)
            assert alt == ""


def _site_pages(built: Path, site: Path) -> list[Path]:
    """A school's pages, or the portal's: those beside the school folders, not in them."""
    if site != built:
        return sorted(site.rglob("*.html"))
    folders = ("granskning", "regler", "rapporter", "oppna-data")
    return sorted(
        [*built.glob("*.html"), *(p for f in folders for p in built.glob(f"{f}/**/*.html"))]
    )


def test_every_site_has_a_valid_feed_announced_on_every_page(built: Path) -> None:
    sites = [built, *(p.parent for p in built.glob("*/datapackage.json"))]
    assert len(sites) == 5  # the portal and every unit
    for site in sites:
        feed = read(site / "feed.xml")
        assert atom_problems(feed) == [] and "<entry>" in feed, site
        pages = _site_pages(built, site)
        assert len(pages) > 5
        for page in pages:
            found = FEED_LINK.search(read(page))
            assert found, page
            href = found.group(1)
            target = built / href.lstrip("/") if href.startswith("/") else page.parent / href
            assert target.resolve() == (site / "feed.xml").resolve(), (page, href)


def test_every_school_publishes_a_valid_datapackage_of_existing_files(built: Path) -> None:
    for package in built.glob("*/datapackage.json"):
        assert package_problems(package.parent) == [], package
        described = json.loads(read(package))["resources"]
        assert any(r["path"].endswith("-enkatresultat.csv") for r in described)


def test_reports_are_in_their_units_feed_and_their_figures_in_its_open_data(built: Path) -> None:
    assert package_problems(built) == []  # the portal's: the huvudman's reports
    portal = json.loads(read(built / "datapackage.json"))["resources"]
    reports = sorted(built.glob("rapporter/*/index.html"))
    assert len(reports) >= 2
    for page in reports:
        address = f"/{page.parent.relative_to(built).as_posix()}/</id>"
        assert address in read(built / "feed.xml"), page
        for csv_link in re.findall(r'href="([^"]+\.csv)"', read(page)):
            data = (page.parent / csv_link).resolve().relative_to(built.resolve()).as_posix()
            assert data in {r["path"] for r in portal}, (page, data)
    open_data = read(built / "oppna-data" / "index.html")  # the portal's: links all of it
    for resource in portal:
        assert f'href="../{resource["path"]}"' in open_data, resource["path"]
    assert 'href="../datapackage.json"' in open_data
    school = built / "strandskolan"
    assert "/strandskolan/rapporter/" in read(school / "feed.xml")
    described = json.loads(read(school / "datapackage.json"))["resources"]
    assert any(r["path"].startswith("rapporter/") for r in described)


def test_all_or_nothing_with_invalid_content_writes_nothing_and_keeps_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path)
    out = project / "site"
    out.mkdir()
    (out / "index.html").write_text("förra bygget", encoding="utf-8")
    plan = project / "content" / "skolor" / "strandskolan" / "skola.yml"
    plan.write_text(read(plan).replace("namn:", "namm:", 1), encoding="utf-8")
    assert run_build(project, out, "--allt-eller-inget") == 1
    output = capsys.readouterr()
    assert "content/skolor/strandskolan/skola.yml:" in output.out
    assert "'namm' ska stavas 'namn'" in output.out and "Inget byggdes" in output.err
    assert read(out / "index.html") == "förra bygget"
    kept = ["content", EMPTY_DOCS_DIR, "mkdocs.yml", "site", "theme"]
    assert sorted(p.name for p in project.iterdir()) == kept


def _describe(school: Path, description: str) -> None:
    text = re.sub(r"^beskrivning:.*?(?=^\S)", description + "\n", read(school), flags=re.S | re.M)
    school.write_text(text, encoding="utf-8")


def test_hostile_markup_in_content_is_shown_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path)
    school = project / "content" / "skolor" / "forskolan-solrosen" / "skola.yml"
    site = project / "site"
    markup = "<script>alert(1)</script> <img src=x onerror=alert(3)>"
    # A javascript: link is an error, so the school is not published with it (the
    # renderer's defusing of one is tested on tests/render's fixture).
    _describe(school, f'beskrivning: "{markup} [klicka](javascript:alert(2))"')
    assert run_build(project, site, "--skola", "forskolan-solrosen") == 1
    assert "fel TP053 beskrivning: länken börjar med javascript:" in capsys.readouterr().out
    assert not (site / "forskolan-solrosen").exists()
    _describe(school, f'beskrivning: "{markup}"')
    assert run_build(project, site, "--skola", "forskolan-solrosen") == 0
    start = read(site / "forskolan-solrosen" / "index.html")
    assert "<script>alert(1)" not in start and "&lt;script&gt;alert(1)" in start
    assert "<img src=x" not in start


def test_serve_shows_problems_as_a_page_instead_of_stopping(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    plan = project / "content" / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"
    plan.write_text(read(plan).replace("vision:", "vison:", 1), encoding="utf-8")
    content = project / "content"
    checked = check_content(content, only=["ekbackens-skola"])
    site = site_for(checked, "ekbackens-skola", content, today=TODAY, preview=True)
    assert site.failed
    [page] = site.files
    assert page.uri == "index.md"
    assert "# Fel i innehållet" in str(page.content)
    assert "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml:" in str(page.content)
    assert "'vison' ska stavas 'vision'" in html.unescape(str(page.content))


def test_plain_mkdocs_build_stops_with_the_problems_in_swedish(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    school = project / "content" / "skolor" / "ekbackens-skola" / "skola.yml"
    school.write_text(read(school).replace("namn:", "namm:", 1), encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SKOLA": "ekbackens-skola"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "Innehållet har fel och webbplatsen byggs inte" in result.stderr
    assert "content/skolor/ekbackens-skola/skola.yml:" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Aborted" not in result.stderr + result.stdout  # MkDocs' English last words
    assert not (project / "site").exists()


def test_plain_mkdocs_build_with_another_theme_says_why_in_swedish_only(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(read(config).replace("name: material", "name: readthedocs", 1), "utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SKOLA": "ekbackens-skola"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "trygg behöver temat Material" in result.stderr
    assert "Aborted" not in result.stderr + result.stdout


def test_a_build_of_one_school_tells_of_that_school_not_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--skola` checks everything (the portal lists every unit), but another school's
    errors are not this command's: not listed, not its exit code, one line of note."""
    project = make_project(tmp_path)
    plan = project / "content" / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"
    plan.write_text(read(plan).replace("vision:", "vison:", 1), encoding="utf-8")
    assert run_build(project, project / "site", "--skola", "forskolan-solrosen") == 0
    out, err = capsys.readouterr()
    assert "vison" not in out + err and "Fel i skolan" not in err
    assert "Obs: ekbackens-skola har fel i sina filer och byggdes inte" in out
    assert run_build(project, project / "site", "--skola", "ekbackens-skola") == 1
    out, err = capsys.readouterr()
    assert "'vison' ska stavas 'vision'" in out and "forskolan" not in out
    assert "Fel i skolan ekbackens-skola – publicerades inte" in err
    assert "andra skolor" not in err


def test_the_output_and_the_cache_say_they_are_tryggs(built: Path) -> None:
    # So that a later build may replace them, and never a folder of someone else's files.
    from generator.build.guard import CACHE_MARK, OUTPUT_MARK

    assert (
        (built / OUTPUT_MARK)
        .read_text(encoding="utf-8")
        .startswith("Den här mappen skrivs av trygg")
    )
    assert (built.parent / ".trygg-cache" / CACHE_MARK).is_file()
