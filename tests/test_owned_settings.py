"""mkdocs.yml settings that would publish the content as it stands, or that trygg owns:
refused at their line, in Swedish, by `mkdocs build`, `trygg build` and `trygg check` alike
(`validate.ownedsettings`); the theme settings trygg shares are merged with the huvudman's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.check.siteconfig import config_problems
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR
from generator.site import defaults
from generator.site.configwords import config_problem
from tests.test_init import take_over
from tests.test_plain_mkdocs import plain_build, trygg_output, unchanged

SCHOOL = "solskolan"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun")
    with pytest.raises(SystemExit) as done:
        main(["init", str(root), "--huvudman", "Norrviks kommun", "--skola", SCHOOL])
    assert not done.value.code
    take_over(root / "content/skolor" / SCHOOL)
    return root


@pytest.fixture
def project(made: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kommun"
    shutil.copytree(made, copy, ignore=shutil.ignore_patterns("site*"))
    return copy


def _edit(project: Path, old: str, new: str) -> str:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.replace(old, new, 1)


def _line(text: str, start: str) -> int:
    return next(n for n, row in enumerate(text.splitlines(), 1) if row.lstrip().startswith(start))


def test_init_writes_an_empty_docs_dir_that_a_plain_build_publishes_nothing_from(
    project: Path, tmp_path: Path
) -> None:
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"\ndocs_dir: {EMPTY_DOCS_DIR}\n" in text
    assert [p.name for p in (project / EMPTY_DOCS_DIR).iterdir()] == [".gitkeep"]
    plain_build(project, tmp_path / "ut")
    assert (tmp_path / "ut" / "index.html").is_file()
    assert not [p for p in (tmp_path / "ut").rglob("*") if p.suffix in (".yml", ".yaml")]


@pytest.mark.parametrize("docs_dir", ["content", "content/", "./content/skolor", "sidor"])
def test_a_docs_dir_that_is_inside_or_holds_the_content_is_refused_before_anything(
    project: Path, tmp_path: Path, docs_dir: str
) -> None:
    """Zensical (which runs no MkDocs plugin) or MkDocs without trygg would publish the
    raw content: drafts, survey counts that TP403 withholds, the reports' files. `sidor`
    is a link to content/."""
    (project / "sidor").symlink_to("content", target_is_directory=True)
    text = _edit(project, f"docs_dir: {EMPTY_DOCS_DIR}", f"docs_dir: {docs_dir}")
    published = trygg_output(tmp_path / "ut")
    with pytest.raises(Abort) as stopped:
        plain_build(project, tmp_path / "ut")
    said = stopped.value.format_message()
    line = _line(text, "docs_dir:")
    assert said.startswith(f"{project / 'mkdocs.yml'}:{line}:1: docs_dir pekar på "), said
    assert f"skriv docs_dir: {EMPTY_DOCS_DIR} och skapa en tom mapp" in said, said
    assert unchanged(tmp_path / "ut", published)
    assert said in config_problem(project / "mkdocs.yml")  # `trygg build`, before any site
    if docs_dir == "sidor":
        return  # `trygg check` reads the file as written, without following links
    told = [p for p in config_problems(project) if "docs_dir" in p.message]
    assert told and told[0].code == "TP072" and told[0].location.line == line


def test_enabled_false_is_refused_and_the_output_folder_kept(project: Path, tmp_path: Path) -> None:
    """The plugin cannot be off: off, MkDocs publishes docs_dir as it stands and trygg's
    folder guard does not run (an output folder was emptied and filled with YAML)."""
    text = _edit(project, "      skola:", "      enabled: false\n      skola:")
    published = trygg_output(tmp_path / "ut")
    with pytest.raises(Abort) as stopped:
        plain_build(project, tmp_path / "ut")
    said = stopped.value.format_message()
    assert said.startswith(f"{project / 'mkdocs.yml'}:{_line(text, 'enabled:')}:7: "), said
    assert "enabled: false går inte att använda" in said, said
    assert "ta bort trygg under plugins" in said, said
    assert unchanged(tmp_path / "ut", published)


def test_enabled_true_and_content_dir_content_from_an_older_mkdocs_yml_still_build(
    project: Path, tmp_path: Path
) -> None:
    _edit(project, "      skola:", "      enabled: true\n      content_dir: content\n      skola:")
    assert config_problem(project / "mkdocs.yml") == ""
    plain_build(project, tmp_path / "ut")
    assert (tmp_path / "ut" / "index.html").is_file()


def test_another_content_dir_is_refused_as_every_command_reads_content(project: Path) -> None:
    (project / "innehall").mkdir()
    text = _edit(project, "      skola:", "      content_dir: innehall\n      skola:")
    said = config_problem(project / "mkdocs.yml")
    place = f"{project / 'mkdocs.yml'}:{_line(text, 'content_dir:')}:7"
    assert said.startswith(f"{place}: content_dir: innehall går inte att använda"), said
    assert "ta bort raden och flytta innehållet till content/" in said, said


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("language: en", "sidorna är på svenska"),
        ("font: {text: Roboto}", "hämtas från Google Fonts"),
        ("palette: {scheme: slate}", "prövade för kontrast"),
    ],
)
def test_a_theme_setting_trygg_owns_is_refused_at_its_line(
    project: Path, written: str, why: str
) -> None:
    text = _edit(project, "  name: material\n", f"  name: material\n  {written}\n")
    said = config_problem(project / "mkdocs.yml")
    key = written.partition(":")[0]
    place = f"{project / 'mkdocs.yml'}:{_line(text, written)}:3"
    assert said.startswith(f"{place}: theme → {key} sätts av trygg: "), said
    assert why in said and f"ta bort {key} under theme" in said, said


def test_the_same_values_as_trygg_s_are_accepted(project: Path) -> None:
    palette = "{scheme: default, primary: custom, accent: custom}"
    owned = f"  language: sv\n  font: false\n  palette: {palette}\n"
    _edit(project, "  name: material\n", f"  name: material\n{owned}")
    assert config_problem(project / "mkdocs.yml") == ""


def test_own_features_and_icons_are_kept_beside_trygg_s(project: Path) -> None:
    """They were overwritten without a word."""
    _edit(
        project,
        "  name: material\n",
        "  name: material\n  features: [navigation.tabs, navigation.top]\n"
        "  icon: {repo: fontawesome/brands/git-alt, logo: material/school}\n",
    )
    config = load_config(str(project / "mkdocs.yml"))
    defaults.refuse(config)
    defaults.apply(config)
    assert config.theme["features"] == [*defaults.FEATURES, "navigation.tabs"]
    assert config.theme["icon"] == {"repo": "fontawesome/brands/git-alt", "logo": "material/school"}
    assert config.theme["language"] == "sv" and config.theme["font"] is False
