"""An output folder names the huvudman it was built for (`build.ownership`): a build for
another huvudman is refused before anything is written, through a link committed in the
repository or not, while the same project rebuilds its output from any clone or folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build.guard import OUTPUT_MARK, output_problem
from generator.build.ownership import Owner, mark_text, project_owner
from tests.test_cache_root import one_school
from tests.test_init import run

OURS = "Strandviks kommun"  # the example's huvudman


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()}  # fmt: skip


def _neighbour(tmp_path: Path, owner: str = "Bergby kommun", domain: str = "bergby.se") -> Path:
    """Another project's output, as trygg built it for `owner`."""
    public = tmp_path / "grannen" / "public"
    public.mkdir(parents=True)
    mark = mark_text(Owner(owner, (domain,)))
    (public / OUTPUT_MARK).write_text(mark, encoding="utf-8")
    (public / "index.html").write_text("<p>Bergbys skolor</p>", encoding="utf-8")
    return public


@pytest.mark.parametrize("command", [("build", "--out"), ("export",)])
def test_a_committed_link_to_another_huvudmans_output_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    project, neighbour = one_school(tmp_path), _neighbour(tmp_path)
    link = project / "public"
    link.symlink_to(Path("..", "grannen", "public"), target_is_directory=True)  # relative
    before = _contents(tmp_path / "grannen")
    code = run(command[0], "--config", str(project / "mkdocs.yml"), *command[1:], str(link))
    said = capsys.readouterr().err
    assert code == 2
    assert f"{link} innehåller webbplatser som trygg har byggt för Bergby kommun" in said
    assert f"det här projektet bygger för {OURS}" in said and "eller ta bort länken" in said
    assert _contents(tmp_path / "grannen") == before and link.is_symlink()
    assert not any(p.name.startswith(".public.") for p in neighbour.parent.iterdir())


def test_another_huvudmans_output_named_outright_is_refused(tmp_path: Path) -> None:
    """On a shared runner the job's `--out` is the repository's too."""
    config, neighbour = one_school(tmp_path) / "mkdocs.yml", _neighbour(tmp_path)
    assert "byggt för Bergby kommun" in output_problem(str(neighbour), config)


@pytest.mark.parametrize(
    ("owner", "domain"),
    [
        (" strandviks   KOMMUN ", "bergby.se"),  # the name written otherwise
        ("Strandviks stad", "Strandvik.se"),  # renamed: its domain is the same
        ("Strandviks kommun", "strandviks-stad.se"),  # a new domain: its name is the same
    ],
)
def test_the_same_huvudman_by_its_name_or_a_domain_is_the_same_project(
    tmp_path: Path, owner: str, domain: str
) -> None:
    config = one_school(tmp_path) / "mkdocs.yml"  # Strandviks kommun, strandvik.se
    neighbour = _neighbour(tmp_path, owner, domain)
    assert output_problem(str(neighbour), config) == ""


def test_the_same_project_from_another_clone_rebuilds_its_output(tmp_path: Path) -> None:
    """A CI runner clones afresh into a new folder each time: the mark names the huvudman,
    not the folder, and is the same bytes whichever folder built it."""
    first = one_school(tmp_path / "a")
    www = tmp_path / "www"
    assert run("build", "--config", str(first / "mkdocs.yml"), "--out", str(www),
               "--utan-pdf", "--ingen-cache") == 0  # fmt: skip
    mark = (www / OUTPUT_MARK).read_bytes()
    assert f'huvudman: "{OURS}"\ndomäner: ["strandvik.se"]\n'.encode() in mark
    second = tmp_path / "b" / "klon"
    shutil.copytree(first, second)
    shutil.rmtree(first)
    (second / "public").symlink_to(Path("..", "..", "www"), target_is_directory=True)
    assert run("build", "--config", str(second / "mkdocs.yml"), "--out", str(second / "public"),
               "--utan-pdf", "--ingen-cache") == 0  # fmt: skip
    assert (www / OUTPUT_MARK).read_bytes() == mark
    assert project_owner(second / "content") == Owner(OURS, ("strandvik.se",))


def test_an_unreadable_huvudman_is_told_its_errors_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """huvudman.yml's errors stop the build before anything is written: the author is told
    them at their place (in CI a restored output always exists), the output is untouched."""
    project, neighbour = one_school(tmp_path), _neighbour(tmp_path)
    before = _contents(neighbour)
    (project / "content" / "huvudman.yml").write_text("namn: [\n", encoding="utf-8")
    assert output_problem(str(neighbour), project / "mkdocs.yml") == ""
    code = run("build", "--config", str(project / "mkdocs.yml"), "--out", str(neighbour),
               "--utan-pdf", "--ingen-cache")  # fmt: skip
    assert code == 1
    assert "content/huvudman.yml:" in capsys.readouterr().out
    assert _contents(neighbour) == before


def test_a_mark_that_is_no_regular_file_is_never_read(tmp_path: Path) -> None:
    """A FIFO (or a link to a device) as the mark would block the build: it is refused as
    a folder with files trygg did not write."""
    import os

    folder = tmp_path / "ut"
    folder.mkdir()
    os.mkfifo(folder / OUTPUT_MARK)
    said = output_problem(str(folder), one_school(tmp_path) / "mkdocs.yml")
    assert "innehåller redan filer som trygg inte har skrivit" in said


def test_a_folder_without_the_mark_and_with_files_is_refused_as_before(tmp_path: Path) -> None:
    config, folder = one_school(tmp_path) / "mkdocs.yml", tmp_path / "egna"
    folder.mkdir()
    (folder / "brev.txt").write_text("rör inte\n", encoding="utf-8")
    said = output_problem(str(folder), config)
    assert "innehåller redan filer som trygg inte har skrivit" in said


def test_a_mark_from_before_names_no_one_and_is_rebuilt(tmp_path: Path) -> None:
    config, folder = one_school(tmp_path) / "mkdocs.yml", tmp_path / "förut"
    folder.mkdir()
    (folder / OUTPUT_MARK).write_text("Den här mappen skrivs av trygg.\n", encoding="utf-8")
    (folder / "index.html").write_text("<p>förra bygget</p>", encoding="utf-8")
    assert output_problem(str(folder), config) == ""


@pytest.mark.parametrize("owner", [OURS, "Bergby kommun"])
def test_a_folder_inside_a_trygg_output_is_refused(tmp_path: Path, owner: str) -> None:
    """Built into public/ny, a site would be published under the other output's address
    until its next build removes it: whoever built it."""
    config, neighbour = one_school(tmp_path) / "mkdocs.yml", _neighbour(tmp_path, owner)
    for inside in (neighbour / "ny", neighbour / "ekbackens-skola" / "ny"):
        said = output_problem(str(inside), config)
        built = f"där trygg har byggt webbplatser för {owner};"
        assert f"{inside} ligger i {neighbour}, {built}" in said
        assert not inside.exists()
