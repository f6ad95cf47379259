"""`trygg build` with an error in one of the huvudman's reports: that report alone is
withheld (its page from the last build stays, or it is listed as not published), the
schools and the rest of the portal are published, and the command says so and exits 1.
An error in huvudman.yml still stops everything, and the command says why."""

from __future__ import annotations

import html
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import CACHE
from generator.build.export import export_sites
from generator.build.heldreports import report_errors
from generator.build.withholding import withheld_schools
from generator.check.run import check_content
from generator.load.layout import EMPTY_DOCS_DIR
from tests.test_build import make_project, read, run_build
from tests.test_isolation import captured_build, edit, hashes

REPORT, OTHER = "verksamhetsplan-2026-27", "dialogmote-trygghet-2026"
TITLE = "titel: Verksamhetsplan för trygghet och studiero 2026/27"
# What the old page's <title> says once someone has edited the output: not what the
# build checked, and never what the portal names the report by.
OLD_TITLE = "Kalle Svensson i 4B - gammal text"
EDITED = "strandskolan"


@dataclass(frozen=True)
class Run:
    project: Path
    out: Path
    before: dict[str, str]  # the report's page before the failing build
    code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The report's title line broken and a school edited, in one build after a good one."""
    project = make_project(tmp_path_factory.mktemp("report"))
    out = project / "site"
    assert run_build(project, out) == 0
    page = out / "rapporter" / REPORT / "index.html"
    text = read(page)
    start, end = text.index("<title>") + len("<title>"), text.index("</title>")
    page.write_text(text[:start] + OLD_TITLE + text[end:], encoding="utf-8")
    before = hashes(out / "rapporter" / REPORT)
    edit(project / "content" / "rapporter" / f"{REPORT}.yml", TITLE, "titel: [oops")
    school = project / "content" / "skolor" / EDITED / "skola.yml"
    edit(school, "beskrivning: |\n", "beskrivning: |\n  Nyhet i dag.\n")
    return Run(project, out, before, *captured_build(project, out))


def test_the_broken_report_keeps_its_page_and_everything_else_is_published(broken: Run) -> None:
    assert broken.code == 1
    assert hashes(broken.out / "rapporter" / REPORT) == broken.before
    assert "Nyhet i dag." in read(broken.out / EDITED / "index.html")
    assert (broken.out / "rapporter" / OTHER / "index.html").is_file()


def test_the_terminal_names_the_error_and_the_withheld_report(broken: Run) -> None:
    assert f"content/rapporter/{REPORT}.yml:7:8: fel TP003" in broken.stdout
    assert f"Fel i huvudmannens rapport {REPORT} – publicerades inte." in broken.stderr
    assert "skolorna och resten av portalen publicerades" in broken.stderr
    assert "Inget byggdes" not in broken.stderr


def test_the_portal_lists_the_report_as_under_uppdatering(broken: Run) -> None:
    portal = html.unescape(read(broken.out / "index.html"))
    item = next(line for line in portal.splitlines() if f'href="rapporter/{REPORT}/"' in line)
    # named by the title the build that published it checked, sealed in the cache
    assert ">Verksamhetsplan för trygghet och studiero 2026/27</a>" in item
    assert "Kalle" not in portal  # before: by the old page's <title>, whatever it said
    assert "<strong>Under uppdatering</strong>: sidan visar den senast publicerade" in item
    assert "TP003" not in portal and "oops" not in portal


def test_a_build_with_nothing_changed_still_says_it_and_fails(broken: Run) -> None:
    code, _, stderr = captured_build(broken.project, broken.out)
    assert code == 1
    assert f"Fel i huvudmannens rapport {REPORT} – publicerades inte." in stderr
    assert hashes(broken.out / "rapporter" / REPORT) == broken.before


def test_a_report_never_published_is_absent_and_listed_as_not_published(
    broken: Run, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    assert run_build(broken.project, out, "--ingen-cache") == 1
    assert not (out / "rapporter" / REPORT).exists()
    assert (out / "rapporter" / OTHER / "index.html").is_file()
    item = next(line for line in read(out / "index.html").splitlines() if REPORT in line)
    assert f"<li>{REPORT}: <strong>Inte publicerad</strong></li>" in item


def test_an_error_in_huvudman_yml_stops_everything_and_says_why(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "site"
    out.mkdir()
    (out / "index.html").write_text("förra bygget", encoding="utf-8")
    edit(project / "content" / "huvudman.yml", "namn: Strandviks kommun", "namn: [oops")
    code, stdout, stderr = captured_build(project, out)
    assert code == 1
    assert "content/huvudman.yml:8:7: fel TP003" in stdout
    assert "Inget byggdes: felen i content/huvudman.yml gäller alla skolor och portalen" in stderr
    assert read(out / "index.html") == "förra bygget"


def test_export_writes_every_school_despite_a_broken_report(broken: Run, tmp_path: Path) -> None:
    """The huvudman's reports are the portal's: no school's folder depends on them."""
    shutil.copy(broken.project / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(broken.project / "content", tmp_path / "content")
    exported = export_sites(tmp_path / "mkdocs.yml", tmp_path / "ut")
    assert len(exported.written) == 4 and exported.withheld == ()


def test_an_error_in_a_body_named_by_brodtext_withholds_its_report(tmp_path: Path) -> None:
    """annan.md is the body of the dialogmöte's report, not a report of its own."""
    make_project(tmp_path)
    reports = tmp_path / "content" / "rapporter"
    edit(reports / f"{OTHER}.yml", "datum:", "brödtext: annan.md\ndatum:")
    (reports / "annan.md").write_bytes("Hej \xff\n".encode("latin-1"))
    checked = check_content(tmp_path / "content")
    errors = withheld_schools(checked, tmp_path / "content")  # as the build parts them
    assert list(errors) == [""]  # no school's
    shared, found = report_errors(errors[""], checked, tmp_path / "content")
    assert shared == [] and list(found) == [OTHER]
    assert found[OTHER][0].location.file == "content/rapporter/annan.md"


def test_a_forged_title_record_is_no_record_and_the_report_is_named_by_its_id(
    tmp_path: Path,
) -> None:
    """The cache is untrusted: a record of the title not sealed with the cache key is not
    read, and the withheld report is named by its id."""
    project, out = make_project(tmp_path), tmp_path / "site"
    assert run_build(project, out) == 0
    record = project / CACHE / "publicerat" / "rapporter" / f"{REPORT}.json"
    _mac, _newline, data = record.read_bytes().partition(b"\n")
    assert b"Verksamhetsplan f" in data
    record.write_bytes(b"0" * 64 + b"\n" + data.replace(b"Verksamhetsplan", b"Falsk plan"))
    edit(project / "content" / "rapporter" / f"{REPORT}.yml", TITLE, "titel: [oops")
    assert run_build(project, out) == 1
    portal = html.unescape(read(out / "index.html"))
    item = next(line for line in portal.splitlines() if f'href="rapporter/{REPORT}/"' in line)
    assert f">{REPORT}</a>: <strong>Under uppdatering</strong>" in item
    assert "Falsk plan" not in portal
