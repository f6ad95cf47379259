"""`trygg build` with errors in some schools: the others are published, the failing keep
their old sites byte for byte, and the portal and the terminal say which (issue 16)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.build.guard import OUTPUT_MARK
from tests.test_build import make_project, read, run_build

BROKEN, EDITED = "ekbackens-skola", "strandskolan"
OLD_TITLE = "Saga Lind i 4B blev slagen"  # what an old output's title could say
EXPIRED = "2031-01-01"  # after every example plan has expired


def hashes(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def edit(path: Path, old: str, new: str) -> None:
    text = read(path)
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@dataclass(frozen=True)
class Run:
    project: Path
    out: Path
    before: dict[str, str]  # the failing school's site before the failing build
    code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """One school broken and another edited, in the same build, after a good one."""
    project = make_project(tmp_path_factory.mktemp("isolation"))
    out = project / "site"
    assert run_build(project, out) == 0
    # The old output is untrusted: what its title says is never shown again.
    edit(out / BROKEN / "index.html", "<title>Ekbackens skola", f"<title>{OLD_TITLE}")
    before = hashes(out / BROKEN)
    schools = project / "content" / "skolor"
    edit(schools / BROKEN / "skola.yml", "namn:", "namm:")
    edit(schools / EDITED / "skola.yml", "beskrivning: |\n", "beskrivning: |\n  Nyhet i dag.\n")
    return Run(project, out, before, *captured_build(project, out))


def captured_build(project: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    """`trygg build` of `project` into `out`: its exit code, and what it printed."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = run_build(project, out, *extra)
    return code, stdout.getvalue(), stderr.getvalue()


def test_a_broken_school_keeps_its_old_site_and_the_others_are_published(broken: Run) -> None:
    assert broken.code == 1
    assert hashes(broken.out / BROKEN) == broken.before
    assert "Nyhet i dag." in read(broken.out / EDITED / "index.html")


def test_the_summary_names_the_failing_school(broken: Run) -> None:
    assert f"content/skolor/{BROKEN}/skola.yml:" in broken.stdout
    assert f"Fel i skolan {BROKEN} – publicerades inte." in broken.stderr
    assert "Inget byggdes" not in broken.stderr


def test_the_portal_says_the_published_site_is_behind_without_messages(broken: Run) -> None:
    """The start page is the public's: it says the unit is being updated, in words a
    guardian reads; the codes and "rätta felen" are the granskning's."""
    portal = read(broken.out / "index.html")
    row = next(line for line in portal.splitlines() if f'href="{BROKEN}/"' in line)
    assert "Under uppdatering</strong>: webbplatsen visar den senast publicerade versionen" in row
    # Its skola.yml has an error: no name passed the check, and none is read from its old
    # output (README: trygg reads nothing from a school that is withheld), so the name the
    # record of its published site keeps (a name that passed the check then).
    assert ">Ekbackens skola</a>" in row
    assert "TP" not in row and "rätta" not in row and "namm" not in portal
    review = read(broken.out / "granskning" / "index.html")
    assert "namm" not in review
    assert "Saga Lind" not in portal and "Saga Lind" not in review
    listed = review[review.index('id="inte-granskade"') :]
    text = re.sub(r"<[^>]+>", "", listed)  # the codes in the status link to their rules
    unit = "Ekbackens skola: Inte granskad: enhetens filer har fel (TP"
    assert unit in text and "webbplatsen visar den senast publicerade versionen" in text
    assert "(TP" in listed


def test_the_portal_keeps_pointing_at_the_published_site_of_a_withheld_school(
    broken: Run,
) -> None:
    """While its old site stays online, the huvudman's report still links to its plan as
    that site shows it, the portal's feed keeps its entries, the sitemap its granskning
    page, and its row its Verksamhet and Period."""
    report = read(broken.out / "rapporter" / "verksamhetsplan-2026-27" / "index.html")
    link = '<a href="../../ekbackens-skola/trygghetsplan/#mal-M1">Ekbackens skola, mål: '
    assert link + "Alla elever känner sig trygga i skolan</a>" in report
    feed = read(broken.out / "feed.xml")
    assert '<title type="text">Ekbackens skola: Trygghetsplan för läsåret 2026/27</title>' in feed
    sitemap = read(broken.out / "sitemap.xml")
    assert "/granskning/enheter/ekbackens-skola/</loc>" in sitemap
    row = next(line for line in read(broken.out / "index.html").splitlines() if BROKEN in line)
    assert "<td>förskoleklass, grundskola, fritidshem" in row and "<td>läsåret 2026/27</td>" in row


def test_without_a_record_of_the_published_site_the_build_says_which_report_changed(
    broken: Run, tmp_path: Path
) -> None:
    """The output moved (or no cache): the build cannot know what the old site shows, so
    the report names the school's goals as text, and the terminal says so."""
    out = tmp_path / "flyttad"
    shutil.copytree(broken.out, out)
    code, _stdout, stderr = captured_build(broken.project, out)
    assert code == 1
    said = (
        "Obs: huvudmannens rapport Verksamhetsplan för trygghet och studiero 2026/27 "
        "(rapporter/verksamhetsplan-2026-27/) nämner 4 mål eller åtgärder i planen för "
        "ekbackens-skola utan länk"
    )
    assert said in stderr
    # No name passed the check and no record keeps one: the id, never its old pages' title.
    report = read(out / "rapporter" / "verksamhetsplan-2026-27" / "index.html")
    assert "<br>ekbackens-skola, mål M1</dd>" in report and "Saga Lind" not in report


def test_the_granskning_shows_where_each_error_is_without_its_message(broken: Run) -> None:
    """Its skola.yml was read (a key misspelt): the unit "har fel", and its page lists
    each error by code, rule and file:line:column, never by what the file says."""
    page = read(broken.out / "granskning" / "enheter" / BROKEN / "index.html")
    text = re.sub(r"<[^>]+>", "", page)  # the codes in the status link to their rules
    assert "Inte granskad: enhetens filer har fel (TP" in text and "kunde inte läsas" not in page
    assert f"<code>content/skolor/{BROKEN}/skola.yml:2:1</code>" in page
    assert ">TP014</a> Okänd nyckel:" in page and "namm" not in page


def test_a_build_with_nothing_changed_still_fails(broken: Run) -> None:
    assert run_build(broken.project, broken.out) == 1
    assert hashes(broken.out / BROKEN) == broken.before


def test_a_school_never_published_is_listed_as_not_published(broken: Run, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert run_build(broken.project, out, "--ingen-cache") == 1
    assert not (out / BROKEN).exists() and (out / EDITED / "index.html").is_file()
    row = next(line for line in read(out / "index.html").splitlines() if BROKEN in line)
    assert "<strong>Inte publicerad</strong>" in row and "href" not in row and "TP" not in row


def test_a_school_never_published_is_called_by_its_name_not_its_folder(tmp_path: Path) -> None:
    """Its plan has an error, so there is neither a model nor an old site to take its name
    from: the start page and the granskning call it as its skola.yml does."""
    project = make_project(tmp_path)
    plan = project / "content" / "skolor" / BROKEN / "trygghetsplan" / "2026-27.yml"
    edit(plan, "beslut: {datum: 2026-08-17", "beslut: {datum: 2026-08-17x")
    out = project / "site"
    assert run_build(project, out, "--ingen-cache") == 1
    rows = read(out / "index.html").splitlines()
    row = next(line for line in rows if "Inte publicerad" in line)
    assert '<th scope="row">Ekbackens skola</th>' in row and BROKEN not in row
    # What it runs, as its skola.yml says; no period, as no plan of it is published.
    forms = '<td>förskoleklass, grundskola, fritidshem (<span class="trygg-nowrap">F–6</span>)'
    assert f"{forms}</td><td>–</td>" in row
    review = read(out / "granskning" / "index.html")
    listed = review[review.index('id="inte-granskade"') :]
    assert "Ekbackens skola</a>: Inte granskad: enhetens filer har fel" in listed


@pytest.mark.parametrize("folder", ["Fel Namn", "utanför"])
def test_a_school_folder_refused_whole_withholds_only_itself(tmp_path: Path, folder: str) -> None:
    """A folder named so it cannot be an address (TP033), or linked out of content/
    (TP051): nothing of it is read, and every other school is published."""
    (tmp_path / "projekt").mkdir()
    project = make_project(tmp_path / "projekt")
    schools, out, unit = project / "content" / "skolor", project / "site", "forskolan-solrosen"
    if folder == "utanför":
        (schools / unit).rename(tmp_path / unit)
        (schools / unit).symlink_to(tmp_path / unit, target_is_directory=True)
    else:
        (schools / unit).rename(schools / folder)
    assert run_build(project, out, "--ingen-cache") == 1
    assert (out / BROKEN / "index.html").is_file() and (out / EDITED / "index.html").is_file()
    assert not (out / unit).exists()
    row = next(line for line in read(out / "index.html").splitlines() if "Inte publicerad" in line)
    assert "TP0" not in row  # the codes are the granskning's
    review = read(out / "granskning" / "index.html")
    assert "enhetens filer har fel (TP0" in review[review.index('id="inte-granskade"') :]


def test_a_number_coded_in_layers_in_a_plan_withholds_only_that_school(tmp_path: Path) -> None:
    """A personnummer written as references of references (`&amp;#49;`, which a feed reader
    shows as 1) in a measure's title: the check finds it (TP401, at the title), so only
    that school is withheld; the huvudman's report, which names that measure, names it
    without its words or a link, and the portal is published."""
    project = make_project(tmp_path)
    out = project / "site"
    plan = project / "content/skolor" / BROKEN / "trygghetsplan/2026-27.yml"
    coded = "".join(f"&amp;#{ord(c)};" for c in "121212-1212")
    title = "titel: En vuxen för varje idrottsgrupp"
    edit(plan, title, f"titel: En vuxen {coded} för varje idrottsgrupp")
    code, stdout, stderr = captured_build(project, out, "--ingen-cache")
    assert code == 1, stderr
    assert "TP401 här står ett personnummer eller samordningsnummer, kodat i flera lager" in stdout
    assert not (out / BROKEN).exists() and (out / EDITED / "index.html").is_file()
    report = read(out / "rapporter" / "verksamhetsplan-2026-27" / "index.html")
    assert "Ekbackens skola, åtgärd A3" in report and f'href="../../{BROKEN}/' not in report
    assert "idrottsgrupp" not in report  # not the withheld plan's words


def test_a_school_lacking_a_role_of_the_huvudmans_routines_withholds_only_itself(
    tmp_path: Path,
) -> None:
    """huvudman.yml's rutiner name roles (Mentor, Kurator) that a school whose plans use
    them must define; Strandskolan's plans do and its skola.yml lost its mentor. The error
    is that school's own (TP057), and the other schools are published. A unit without a
    plan (a förskola not started) takes the routine with the roles it has."""
    project = make_project(tmp_path)
    out = project / "site"
    edit(project / "content/skolor/strandskolan/skola.yml", "  - roll: Mentor\n", "")
    shutil.rmtree(project / "content/skolor/forskolan-solrosen/trygghetsplan")
    assert run_build(project, out, "--ingen-cache") == 1
    assert (out / BROKEN / "index.html").is_file() and not (out / "strandskolan").exists()
    routines = read(out / "forskolan-solrosen/rutiner/index.html")
    assert "Kurator" not in routines.split("Vem kan jag vända mig till?", 1)[1]


def test_when_every_school_is_withheld_none_is_said_to_be_published(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    schools = sorted((project / "content" / "skolor").iterdir())
    for school in schools:
        edit(school / "skola.yml", "namn:", "namm:")
    code, stdout, stderr = captured_build(project, project / "site", "--ingen-cache")
    assert code == 1
    assert "Byggde 0 webbplatser" in stdout
    assert f"Fel i {len(schools)} skolor: " in stderr
    assert "publicerades" not in stderr.split("– publicerades inte.", 1)[1]


def test_all_or_nothing_publishes_nothing(broken: Run, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("förra bygget", encoding="utf-8")
    (out / OUTPUT_MARK).write_text("", encoding="utf-8")  # an earlier build's, as trygg marks it
    assert run_build(broken.project, out, "--ingen-cache", "--allt-eller-inget") == 1
    assert sorted(p.name for p in out.iterdir()) == [OUTPUT_MARK, "index.html"]
    assert read(out / "index.html") == "förra bygget"


def test_an_error_in_huvudman_yml_stops_everything(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "site"
    out.mkdir()
    (out / "index.html").write_text("förra bygget", encoding="utf-8")
    edit(project / "content" / "huvudman.yml", "namn:", "namm:")
    assert run_build(project, out, "--ingen-cache") == 1
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]


def test_an_expired_plan_is_still_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    epoch = dt.datetime.fromisoformat(EXPIRED).replace(tzinfo=dt.UTC).timestamp()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(epoch)))
    project = make_project(tmp_path)
    out = project / "site"
    assert run_build(project, out, "--ingen-cache") == 0
    printed = capsys.readouterr().out
    assert "fel TP101 giltighet.till: ingen plan gäller i dag (2031-01-01)" in printed
    assert printed.rstrip().endswith(
        "Felet TP101 beror på dagens datum och hindrar aldrig publiceringen; sidorna säger "
        "det till läsaren. trygg check ger felkod för det."
    )
    schools = sorted(p.name for p in (project / "content" / "skolor").iterdir())
    assert all((out / school / "index.html").is_file() for school in schools)


def test_a_tampered_old_site_of_a_withheld_school_is_removed(broken: Run, tmp_path: Path) -> None:
    out = tmp_path / "site"
    shutil.copytree(broken.out, out)
    page = out / BROKEN / "index.html"
    edit(page, "</body>", '<script src="https://evil.example/x.js"></script></body>')
    code, _, stderr = captured_build(broken.project, out, "--ingen-cache")
    assert code == 1
    assert not (out / BROKEN).exists()
    # The operator learns the site went offline, and why; not that it was left as it was.
    assert f"Den gamla webbplatsen för {BROKEN} togs bort ur {out}/" in stderr
    assert "hade ändrats sedan trygg publicerade den" in stderr
    assert "lämnades som förut" not in stderr
    row = next(line for line in read(out / "index.html").splitlines() if BROKEN in line)
    assert "<strong>Inte publicerad</strong>" in row
