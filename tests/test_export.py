"""`trygg export`: folders that build on their own, moved anywhere, with no trygg installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from engines import ENGINES, Engine, build, clean_env, environment
from first_focus import first_focusable
from test_tablebox_markdown import boxes, converted

from generator.build.export import write_site
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR
from generator.render.files import GeneratedFile
from generator.render.sitecontent import SiteContent
from generator.site.standalone import PythonName, config_text, standalone_config
from generator.site.tablebox import boxed_tables

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "strandskolan"  # a free page with a ```flode fence, and the logo added below
COPYRIGHT = 'Barn- och utbildningsförvaltningen: "Strandvik" # 2026'
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>'
)
# A reference to trygg's code: `generator.` or `generator/` (not `emoji_generator:`).
TRYGG_CODE = re.compile(r"(?<!\w)generator[./]")


class _Loader(yaml.SafeLoader):
    """Reads a written mkdocs.yml back, its `!!python/name:` values as `PythonName`."""


_Loader.add_multi_constructor(
    "tag:yaml.org,2002:python/name:", lambda loader, suffix, node: PythonName(suffix)
)


def read_config_text(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)


def read_config(path: Path) -> dict[str, Any]:
    config = read_config_text(path.read_text(encoding="utf-8"))
    assert isinstance(config, dict)
    return config


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every school exported from a copy of the example, with a copyright and a logo."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "content", project / "content")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^copyright: .*$", f"copyright: '{COPYRIGHT}'", config)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    school = project / "content" / "skolor" / SCHOOL
    (school / "logo.svg").write_text(LOGO, encoding="utf-8")
    skola = school / "skola.yml"
    skola.write_text(skola.read_text(encoding="utf-8") + "logotyp: logo.svg\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("export")
    with pytest.raises(SystemExit) as exited:
        main(["export", str(out), "--config", str(project / "mkdocs.yml")])
    assert exited.value.code == 0
    return out


def folders(exported: Path) -> list[Path]:
    found = sorted(p for p in exported.iterdir() if p.is_dir())
    schools = Path(__file__).resolve().parents[1] / "content" / "skolor"
    assert [p.name for p in found] == sorted(p.name for p in schools.iterdir())
    return found


def nav_targets(nav: list[Any]) -> list[str]:
    found: list[str] = []
    for entry in nav:
        for target in entry.values():
            found += nav_targets(target) if isinstance(target, list) else [target]
    return found


def test_each_config_stands_alone(exported: Path) -> None:
    for folder in folders(exported):
        text = (folder / "mkdocs.yml").read_text(encoding="utf-8")
        config = read_config(folder / "mkdocs.yml")
        assert "INHERIT" not in config and "trygg" not in str(config.get("plugins"))
        assert config["copyright"] == COPYRIGHT
        assert config["site_url"] == f"https://skolor.strandvik.se/{folder.name}/"
        assert config["extra"]["generator"] is False and config["extra"]["trygg"]["farg"]
        assert set(re.findall(r"!!python/name:(\S+)", text)) == {
            "material.extensions.emoji.twemoji",
            "material.extensions.emoji.to_svg",
        }
        theme = config["theme"]
        assert theme["name"] == "material" and theme["language"] == "sv"
        assert (folder / theme["custom_dir"]).resolve().is_relative_to(folder.resolve())
        assert (folder / theme["custom_dir"] / "main.html").is_file()
        for css in config["extra_css"]:
            assert (folder / theme["custom_dir"] / css).is_file()
        docs = folder / config["docs_dir"]
        for target in nav_targets(config["nav"]):
            assert (docs / target).is_file(), target
        if "logo" in theme:
            assert (docs / theme["logo"]).is_file()


def test_the_header_says_how_to_build_with_each_engine(exported: Path) -> None:
    text = (exported / SCHOOL / "mkdocs.yml").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for engine in ENGINES:  # the packages and commands the tests build each engine with
        assert " ".join(engine.packages) in header, engine.name
        command = " ".join(word for word in engine.command if word != "--strict")
        assert re.search(rf"(?m)^#\s+(?:SOURCE_DATE_EPOCH=\d+ )?{re.escape(command)}$", header)
    # The sitemap dated by the content, as the plugin dates it (test_export_parity).
    assert re.search(r"SOURCE_DATE_EPOCH=\d+ mkdocs build", header)


def test_nothing_in_an_export_refers_to_tryggs_code(exported: Path) -> None:
    for path in exported.rglob("*"):
        if path.is_file() and path.suffix in (".yml", ".md", ".html", ".css", ".json"):
            text = path.read_text(encoding="utf-8")
            assert not TRYGG_CODE.search(text), path
            assert "```flode" not in text and "```arshjul" not in text, path


def test_the_logo_and_the_photos_are_copied_in(exported: Path) -> None:
    assert read_config(exported / SCHOOL / "mkdocs.yml")["theme"]["logo"] == "assets/logo.svg"
    assert (exported / SCHOOL / "docs" / "assets" / "logo.svg").read_text() == LOGO
    start = (exported / "ekbackens-skola" / "docs" / "index.md").read_text(encoding="utf-8")
    photos = re.findall(r"(assets/foton/[^\s\")]+)", start)
    assert photos
    for photo in photos:
        assert (exported / "ekbackens-skola" / "docs" / photo).is_file()


def test_every_table_is_in_the_plugins_box_without_the_plugin(exported: Path) -> None:
    """The plugin puts each table in a box the keyboard can scroll (WCAG 2.1.1, 1.4.10);
    an exported page carries the boxes in its Markdown, named as the plugin names them."""
    tables = 0
    for folder in folders(exported):
        assert "md_in_html" in read_config(folder / "mkdocs.yml")["markdown_extensions"]
        for page in (folder / "docs").rglob("*.md"):
            html = converted(page.read_text(encoding="utf-8"))
            assert boxed_tables(html) == html, page  # no table left for the plugin to box
            assert html.count("<table") == len(boxes(html)), page
            tables += html.count("<table")
    assert tables > 20
    start = converted((exported / SCHOOL / "docs" / "index.md").read_text(encoding="utf-8"))
    assert boxes(start) == [("Tabell: Trygghetsteamet", "table"), ("Tabell: Kontakt", "table")]


def test_names_with_quotes_and_colons_read_back_as_written() -> None:
    site = SiteContent(
        title="Skola: 'A' & #1",
        files=[],
        navigation=[{"yes": "index.md"}, {"Plan: 2026 # ny": "plan/index.md"}],
        theme_values={"farg": "#123456", "farg_text": "#ffffff"},
    )
    config = standalone_config(site, copyright_text="null")
    assert read_config_text(config_text(config)) == config
    assert config["site_name"] == "Skola: 'A' & #1"
    assert config["copyright"] == "null"


def test_a_new_export_replaces_what_an_earlier_one_wrote(tmp_path: Path) -> None:
    def site(*uris: str) -> SiteContent:
        files = [GeneratedFile(uri, "# Sida\n") for uri in uris]
        return SiteContent("Skolan", files, [{"Start": "index.md"}])

    write_site(site("index.md", "gammal.md"), tmp_path / "a")
    write_site(site("index.md"), tmp_path / "a")
    assert not (tmp_path / "a" / "docs" / "gammal.md").exists()
    mine = tmp_path / "b" / "docs" / "egen.md"  # not an export's folder: left as it is
    mine.parent.mkdir(parents=True)
    mine.write_text("# Egen\n", encoding="utf-8")
    write_site(site("index.md"), tmp_path / "b")
    assert mine.is_file() and (tmp_path / "b" / "docs" / "index.md").is_file()


def test_an_export_over_the_project_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["export", str(tmp_path / "content"), "--config", str(tmp_path / "mkdocs.yml")])
    assert exited.value.code == 2
    assert not (tmp_path / "content").exists()
    said = capsys.readouterr().err  # worded for export: its folder is no --out
    assert said.startswith("trygg: fel: utdatamappen får inte vara content (exporten tömmer")
    assert said.rstrip().endswith("välj en egen mapp, t.ex. trygg export fristaende")
    assert "--out" not in said and "bygget" not in said


def test_a_config_mkdocs_cannot_read_stops_the_export_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ndocs_dir: content\nplugins: [saknas]\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["export", str(tmp_path / "ut"), "--config", str(config), "--skola", SCHOOL])
    assert exited.value.code == 2  # as `trygg build` says it, before anything is written
    assert "MkDocs kan inte läsa inställningen plugins → saknas" in capsys.readouterr().err
    assert not (tmp_path / "ut").exists()


@pytest.fixture(scope="session")
def engines_folder(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Where the engines' clean environments live: pytest's cache, kept between runs."""
    cache = getattr(request.config, "cache", None)
    return Path(cache.mkdir("trygg-engines") if cache else tmp_path_factory.mktemp("engines"))


def test_one_schools_error_keeps_only_that_school_out_of_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `trygg build` withholds it: the others are written, the terminal names it, and
    the exit code is 1."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    plan = tmp_path / "content" / "skolor" / SCHOOL / "trygghetsplan" / "2026-27.yml"
    plan.write_text(plan.read_text("utf-8").replace("till: 2027-08-15}", "till: 2027-02-30}"))
    with pytest.raises(SystemExit) as exited:
        main(["export", str(tmp_path / "ut"), "--config", str(tmp_path / "mkdocs.yml")])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert f"Exporterades inte, fel i sina filer (se ovan): {SCHOOL}." in err
    written = sorted(p.name for p in (tmp_path / "ut").iterdir() if p.is_dir())
    assert SCHOOL not in written and len(written) == 3


@pytest.mark.parametrize("command", ["export", "build", "granska"])
def test_a_school_asked_for_that_is_not_there_is_a_command_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`--skola Strandskolan` (an id is written in small letters) builds or writes nothing
    and says which ids there are, instead of succeeding with nothing done."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    config = ["--config", str(tmp_path / "mkdocs.yml")]
    argv = {
        "export": ["export", str(tmp_path / "ut"), *config],
        "build": ["build", "--out", str(tmp_path / "site"), *config],
        "granska": ["granska", str(tmp_path / "content")],
    }[command]
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--skola", "Strandskolan"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "skolan 'Strandskolan' finns inte" in err and "strandskolan" in err
    assert not (tmp_path / "ut").exists() and not (tmp_path / "site").exists()


@pytest.mark.parametrize("engine", ENGINES, ids=lambda engine: engine.name)
def test_a_moved_folder_builds_with_the_engine_alone(
    engine: Engine, engines_folder: Path, exported: Path, tmp_path: Path
) -> None:
    bin_dir = environment(engines_folder, engine)
    if isinstance(bin_dir, str):
        pytest.skip(f"{engine.name} does not install from the package index: {bin_dir}")
    probe = [str(bin_dir / "python"), "-c", "import generator"]
    trygg = subprocess.run(probe, env=clean_env(), capture_output=True, cwd=tmp_path, check=False)
    assert trygg.returncode != 0, "trygg is importable beside the engine"
    for exported_folder in folders(exported):
        moved = tmp_path / "flyttad hit" / exported_folder.name
        shutil.copytree(exported_folder, moved)
        built = build(bin_dir, engine, moved)
        assert built.returncode == 0, built.stdout + built.stderr
        name = read_config(moved / "mkdocs.yml")["site_name"]
        assert name in (moved / "site" / "index.html").read_text(encoding="utf-8")
        for page in (moved / "site").rglob("*.html"):  # 404.html too: trygg's skip link
            first = first_focusable(page.read_text(encoding="utf-8"))
            assert first and 'class="md-skip"' in first, (page, first)  # as the plugin has it
    site = tmp_path / "flyttad hit" / SCHOOL / "site"
    start = (site / "index.html").read_text(encoding="utf-8")
    assert "--md-primary-fg-color:#1e5631" in start  # trygg's overrides, from the folder
    assert "assets/logo.svg" in start and (site / "assets" / "logo.svg").is_file()
    assert [name for name, _ in boxes(start)] == ["Tabell: Trygghetsteamet", "Tabell: Kontakt"]
    team = (site / "sidor" / "trygghetsteamet" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<svg[^>]*role="img"', team)  # the ```flode fence, drawn in by export
    # The feed, announced on every page by trygg's overrides, and the open data as written.
    assert (
        'type="application/atom+xml" title="Nytt från Strandskolan" href="../../feed.xml"' in team
    )
    for data in ("feed.xml", "datapackage.json", "plan/2026-27-enkatresultat.csv"):
        assert (site / data).read_bytes() == (exported / SCHOOL / "docs" / data).read_bytes()
