"""An output folder given as a symbolic link is written through only when trygg has built
there before (it holds `.trygg-utdata`): a link in a repository or a restored CI cache
to an empty folder of the machine's (/srv, say) stops the build before anything is
written, in Swedish, saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.guard import OUTPUT_MARK, output_problem
from tests.test_cache_root import one_school, tree
from tests.test_init import run


def _linked(tmp_path: Path, target: Path) -> Path:
    link = tmp_path / "projekt" / "site"
    link.symlink_to(target, target_is_directory=True)
    return link


def test_a_link_to_an_empty_folder_elsewhere_stops_the_build_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, machine = one_school(tmp_path), tmp_path / "maskin"
    (machine / "srv").mkdir(parents=True)
    link = _linked(tmp_path, machine / "srv")
    before = tree(machine)
    assert run("build", "--config", str(project / "mkdocs.yml"), "--out", str(link)) == 2
    said = capsys.readouterr().err
    assert f"{link} är en symbolisk länk till {machine / 'srv'}, där trygg inte har byggt" in said
    assert f"bygg första gången till mappen själv (--out {machine / 'srv'})" in said
    assert tree(machine) == before and link.is_symlink()


def test_a_link_to_a_folder_trygg_built_in_is_written_through(tmp_path: Path) -> None:
    config, served = one_school(tmp_path) / "mkdocs.yml", tmp_path / "www"
    served.mkdir()
    (served / OUTPUT_MARK).write_text("", encoding="utf-8")
    (served / "index.html").write_text("<p>förra bygget</p>", encoding="utf-8")
    assert output_problem(str(_linked(tmp_path, served)), config) == ""


def test_a_link_to_nothing_or_with_an_escape_sequence_is_refused_safely(tmp_path: Path) -> None:
    config = one_school(tmp_path) / "mkdocs.yml"
    link = _linked(tmp_path, tmp_path / "finns-inte\x1b[2J")
    said = output_problem(str(link), config)
    assert "är en symbolisk länk till" in said and "som inte är en mapp" in said
    assert "\x1b" not in said


@pytest.mark.parametrize("below", ["x", "x/y", "sub/..", "sub/../x"])
def test_a_link_on_the_way_inside_the_project_is_refused(tmp_path: Path, below: str) -> None:
    """`--out site/x` where the repository's `site` is a link: the output would be made
    wherever the link points (a folder of the machine's, a neighbour project's output)."""
    config, machine = one_school(tmp_path) / "mkdocs.yml", tmp_path / "maskin"
    (machine / "tom" / "sub").mkdir(parents=True)
    link = _linked(tmp_path, machine / "tom")
    said = output_problem(f"{link}/{below}", config)
    if below == "sub/..":  # the link's own folder, as the link: asked where it points
        assert "där trygg inte har byggt förut" in said
    else:
        assert "går genom en symbolisk länk i förrådet" in said
        assert "ange en mapp utan länkar på vägen" in said


def test_a_folder_outside_the_project_is_the_user_s_choice(tmp_path: Path) -> None:
    config, served = one_school(tmp_path) / "mkdocs.yml", tmp_path / "www"
    (served / "ny").mkdir(parents=True)
    linked = tmp_path / "genväg"
    linked.symlink_to(served, target_is_directory=True)
    assert output_problem(str(linked / "ny"), config) == ""
