"""`trygg build` when the portal's new pages are refused (here by the last look, which reads
a number the check is made to miss): the schools' new sites are still published, the old
portal stays byte for byte with every site it links to (a school removed from content/
too), the terminal says why and the exit code is 1, and the next build tries the portal
again (`build.oldportal`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build.oldportal import old_portal
from generator.build.portal import PortalPlan
from tests.test_build import make_project, read
from tests.test_isolation import Run, captured_build, edit, hashes

EDITED, REMOVED = "strandskolan", "forskolan-kopia"  # a copy of Förskolan Solrosen
REPORT = Path("content/rapporter/dialogmote-trygghet-2026.yml")
CODED = "".join(f"&amp;#{ord(c)};" for c in "121212-1212")  # shows as &#49;…: a number


@pytest.fixture(scope="module")
def missed() -> Iterator[None]:
    """The check as if it did not decode a number written in layers of references (it
    does, TP401): what only the last look then reads (as in tests/test_refused_sites.py)."""
    from generator.rules import privacy_numbers

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(privacy_numbers, "_coded_number", lambda _text: None)
        yield


def portal_files(out: Path, schools: set[str]) -> dict[str, str]:
    """Every file of the output but the current schools' sites, by its hash."""
    return {
        name: digest for name, digest in hashes(out).items() if name.split("/")[0] not in schools
    }


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory, missed: None) -> Run:
    """A good build with one school more; then that school is removed, another edited, and
    a number the look refuses put in a huvudman's report, shown only by the portal."""
    project = make_project(tmp_path_factory.mktemp("portal"))
    schools = project / "content" / "skolor"
    shutil.copytree(schools / "forskolan-solrosen", schools / REMOVED)
    out = project / "site"
    assert captured_build(project, out)[0] == 0
    before = portal_files(out, {p.name for p in schools.iterdir()} - {REMOVED})
    shutil.rmtree(schools / REMOVED)
    edit(schools / EDITED / "skola.yml", "beskrivning: |\n", "beskrivning: |\n  Nyhet i dag.\n")
    edit(project / REPORT, "sammanfattning: >-\n", f"sammanfattning: >-\n  Kod {CODED}.\n")
    return Run(project, out, before, *captured_build(project, out))


def test_the_schools_are_published_and_the_old_portal_stays_with_what_it_links(
    refused: Run,
) -> None:
    assert refused.code == 1
    assert "Nyhet i dag." in read(refused.out / EDITED / "index.html")
    current = {p.name for p in (refused.project / "content" / "skolor").iterdir()}
    assert portal_files(refused.out, current) == refused.before  # the removed school's too
    assert f'href="{REMOVED}/"' in read(refused.out / "index.html")
    assert (refused.out / REMOVED / "index.html").is_file()


def test_the_terminal_says_why_and_what_the_output_holds(refused: Run) -> None:
    assert "(3 oförändrade togs från förra bygget; portalen publicerades inte)" in refused.stdout
    assert "trygg: fel: webbplatsen Strandviks kommun publiceras inte" in refused.stderr
    assert "ett personnummer" in refused.stderr
    assert (
        "Portalen publicerades inte. Skolornas nya webbplatser publicerades, och portalen i "
        f"{refused.out}/ lämnades som förut, med alla webbplatser den länkar till."
    ) in refused.stderr
    assert "Inget publicerades" not in refused.stderr
    assert "har tagits bort från webbplatsen" not in refused.stdout


def test_all_or_nothing_publishes_nothing(refused: Run, tmp_path: Path) -> None:
    out = tmp_path / "site"
    shutil.copytree(refused.out, out)
    before = hashes(out)
    edit(refused.project / "content/skolor" / EDITED / "skola.yml", "Nyhet", "Nyare")
    code, _stdout, stderr = captured_build(refused.project, out, "--allt-eller-inget")
    assert code == 1
    assert "Inget publicerades; tidigare utdata är orörd." in stderr
    assert hashes(out) == before


def test_the_next_build_tries_the_portal_again_and_publishes_it_once_it_passes(
    refused: Run,
) -> None:
    code, stdout, stderr = captured_build(refused.project, refused.out)
    assert code == 1, stdout  # not "nothing has changed": the portal is tried again
    assert "Portalen publicerades inte" in stderr
    report = refused.project / REPORT
    report.write_text(read(report).replace(f"  Kod {CODED}.\n", ""), encoding="utf-8")
    code, stdout, stderr = captured_build(refused.project, refused.out)
    assert code == 0, stderr
    assert "och portalen i" in stdout
    assert not (refused.out / REMOVED).exists()
    # named by its id: the build that published it had its portal refused, so no sealed
    # record of its name was kept (`keptsites.recorded_name`), and old pages are untrusted
    assert f"\n{REMOVED} finns inte längre i content/" in stdout
    assert f'href="{REMOVED}/"' not in read(refused.out / "index.html")


@pytest.mark.parametrize("spoilt", ["a symlink", "a personnummer", "a kind never published"])
def test_an_old_portal_the_look_refuses_is_not_kept(
    refused: Run, tmp_path: Path, spoilt: str
) -> None:
    """The output is untrusted: an old portal that does not pass the look leaves too."""
    out = tmp_path / "site"
    shutil.copytree(refused.out, out, symlinks=True)
    current = {p.name for p in (refused.project / "content" / "skolor").iterdir()}
    config = refused.project / "mkdocs.yml"
    assert old_portal(out, current, config)[1]  # as it was published
    if spoilt == "a symlink":
        (out / "rapporter" / "lank.html").symlink_to(config)
    elif spoilt == "a kind never published":
        (out / "rapporter" / "verktyg.exe").write_bytes(b"MZ")
    else:
        edit(out / "regler" / "index.html", "</h1>", "</h1><p>Elev 121212-1212</p>")
    assert old_portal(out, current, config) == (PortalPlan("", "", kept=[]), [])


def test_the_hidden_entries_beside_an_old_portal_are_not_the_portal_s(
    refused: Run, tmp_path: Path
) -> None:
    """A site folder may be a git work tree for GitHub Pages: its hidden entries, which
    publishing keeps apart (`build.publish`), do not make the old portal's look fail."""
    out = tmp_path / "site"
    shutil.copytree(refused.out, out, symlinks=True)
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    (out / ".nojekyll").write_text("", encoding="utf-8")
    current = {p.name for p in (refused.project / "content" / "skolor").iterdir()}
    assert old_portal(out, current, refused.project / "mkdocs.yml")[1]
