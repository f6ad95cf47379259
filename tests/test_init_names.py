"""The names a user gives `trygg init` and `trygg ny-skola`: refused in one Swedish line
when the schema would refuse them, else written so that every file reads them back as
typed: the content checks, and the built site shows the name exactly."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest
import yaml

from generator.check.run import check_content
from generator.cli import starter
from tests.test_build import run_build
from tests.test_init import made_own, run

# Each is a character YAML or Markdown reads as syntax somewhere in the example's texts.
HOSTILE = [
    "Skolan #2",
    "Friskolan AB: Norr",
    "- Skolan",
    "#1 skolan",
    "[Skolan] 1",
    "{Skolan}",
    "&Skolan",
    "*Skolan*",
    "!Skolan",
    "| Skolan",
    "%Skolan",
    "@Skolan",
    "O'Brien-skolan",
    "Skolan_i_byn_",
    "Skolan \\ norr",
    "Skolan 2031",  # a year: never moved with the example's dates
    "S" * 200,
]
REFUSED = {
    "Ny <b>skola</b>": 'har fel form – skriv texten utan tecknen < > "',
    "Rad1\nbeslut: x": "har fel form",
    "Skolan\tnorr": "har fel form",
    "> Skolan": "har fel form",
    'Friskolan AB: "Norr"': "har fel form",
    "Skolan `x`": "har fel form",
    "Skolan \u202eron": "osynliga styrtecken",
    "Sko\u200blan": "'Sko⟨U+200B⟩lan' har ett osynligt tecken, U+200B (nollbreddsmellanslag)",
    "Skola\u2028Ett": "har ett osynligt tecken, U+2028 (radavskiljare)",  # YAML: a line break
    "Skolan &amp; co": "teckenkoder som &lt;",
    "S" * 201: "texten är för lång: 201 tecken, högst 200 – korta texten",
    "  ": "får inte vara tom",
}


def shape(value: object) -> object:
    """A value's keys and lists, the texts and numbers only by their kind."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("namn")
    assert run("init", str(root), "--huvudman", "Friskolan AB: Norr #1 & [co]") == 0
    return root / "content"


@pytest.mark.parametrize("name", HOSTILE)
def test_a_name_yaml_or_markdown_would_read_as_syntax_is_written_as_typed(
    name: str, content: Path
) -> None:
    school = f"s{HOSTILE.index(name)}"
    assert run("ny-skola", school, "--namn", name, "--innehall", str(content)) == 0
    folder = content / "skolor" / school
    assert yaml.safe_load((folder / "skola.yml").read_text(encoding="utf-8"))["namn"] == name
    made = starter.school_files(school, {"skola": "X", "huvudman": "Y"}, 0, starter.dt.date.max)
    for path in folder.rglob("*.yml"):  # every value the example has, none lost or added
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        example = yaml.safe_load(str(made[f"content/{path.relative_to(content).as_posix()}"]))
        assert shape(data) == shape(example), path
    [plan] = (folder / "trygghetsplan").glob("*.yml")
    made_own(plan)  # checked as the school it will be, not as an utkast's warnings
    report = check_content(content).report
    own = [p for p in report if f"skolor/{school}/" in p.location.file]
    assert not [p for p in own if p.severity.name == "ERROR"], report.format_text()
    assert not [p for p in own if p.code in ("TP003", "TP010", "TP011", "TP015", "TP018")]


def test_a_name_typed_is_no_fill_in(content: Path) -> None:
    """`namn:` from the command line is the user's: no FYLL I, no TP304 for it; a name
    left to its default still asks to be filled in."""
    organiser = (content / "huvudman.yml").read_text(encoding="utf-8")
    assert 'namn: "Friskolan AB: Norr #1 & [co]"\n' in organiser
    assert "namn: Min skola  # FYLL I\n" in (content / "skolor/min-skola/skola.yml").read_text(
        encoding="utf-8"
    )
    report = check_content(content).report
    marked = {(p.location.file, p.location.line) for p in report if p.code == "TP304"}
    assert ("content/huvudman.yml", 9) not in marked  # the line of namn:
    assert ("content/skolor/min-skola/skola.yml", 3) in marked


@pytest.mark.parametrize(("name", "why"), REFUSED.items())
def test_a_name_the_schema_refuses_is_one_swedish_line_and_nothing_written(
    name: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("init", str(tmp_path / "ny"), "--skolnamn", name) == 2
    assert run("init", str(tmp_path / "ny"), "--huvudman", name) == 2
    assert not (tmp_path / "ny").exists()
    (tmp_path / "content").mkdir()
    (tmp_path / "content/huvudman.yml").write_text("namn: Kommunen\n", encoding="utf-8")
    argv = ["ny-skola", "ny7", "--namn", name, "--innehall", str(tmp_path / "content")]
    assert run(*argv) == 2
    assert not (tmp_path / "content/skolor").exists()
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[:2] for line in lines] == [
        ["trygg", " fel"],
        ["trygg", " fel"],
        ["trygg", " fel"],
    ]
    assert lines[0].startswith("trygg: fel: --skolnamn: ") and why in lines[0]
    assert lines[1].startswith("trygg: fel: --huvudman: ") and why in lines[1]
    assert lines[2].startswith("trygg: fel: --namn: ") and why in lines[2]


def test_the_built_site_shows_the_names_exactly(tmp_path: Path) -> None:
    school = "#1 - Skolan: *A* & [B] {c} _d_ !e |f %h @i 'j' \\k"
    organiser = "Friskolan AB: Norr #1 & [co] *x*"
    argv = ["init", str(tmp_path), "--huvudman", organiser, "--skolnamn", school]
    assert run(*argv, "--skola", "skolan") == 0
    [plan] = (tmp_path / "content/skolor/skolan/trygghetsplan").glob("*.yml")
    made_own(plan)
    assert run_build(tmp_path, tmp_path / "site", "--utan-pdf", "--ingen-cache") == 0
    page = (tmp_path / "site/skolan/index.html").read_text(encoding="utf-8")
    vision = (tmp_path / "site/skolan/trygghetsplan/index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", vision))
    assert f"På {school} ska alla" in text  # a Markdown text naming the school
    heading = re.search(r'<h1[^>]*>([^<]*)<a class="headerlink"', page)
    assert heading and html.unescape(heading[1]) == school
    review = (tmp_path / "site/granskning/enheter/skolan/index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", review)
    assert title and html.unescape(title[1]) == f"Granskning: {school} - {organiser}"
    title = (tmp_path / "README.md").read_text(encoding="utf-8").splitlines()[0]
    assert markdown.markdown(title) == f"<h1>Trygghetsplaner för {html.escape(organiser)}</h1>"
    settings = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    [site_name] = (line for line in settings.splitlines() if line.startswith("site_name:"))
    assert yaml.safe_load(site_name) == {"site_name": organiser}


def test_a_year_in_a_name_stays_when_the_examples_dates_move() -> None:
    names = {"skola": "Skolan 2031", "huvudman": "Kommunen 2030"}
    files = starter.school_files("s", names, 3, starter.dt.date(2029, 9, 1))
    school = yaml.safe_load(str(files["content/skolor/s/skola.yml"]))
    assert school["namn"] == "Skolan 2031"
    assert "Kommunen 2030" in starter.organiser_files(names, 3)["content/huvudman.yml"]


def test_a_name_too_long_written_by_hand_is_tp018_at_its_place(tmp_path: Path) -> None:
    assert run("init", str(tmp_path), "--skolnamn", "Skolan") == 0
    school = tmp_path / "content/skolor/min-skola/skola.yml"
    text = school.read_text(encoding="utf-8").replace("namn: Skolan\n", f"namn: {'S' * 120_000}\n")
    school.write_text(text, encoding="utf-8")
    [long] = [p for p in check_content(tmp_path / "content").report if p.code == "TP018"]
    assert str(long.location) == "content/skolor/min-skola/skola.yml:3:7"
    assert long.message == "texten är för lång: 120000 tecken, högst 200"
    assert long.hint == "korta texten"


def test_ny_skola_beside_a_huvudman_yml_that_cannot_be_read_is_one_swedish_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "huvudman.yml").write_text('namn: Friskolan AB: "Norr"\n', encoding="utf-8")
    assert run("ny-skola", "ny", "--innehall", str(tmp_path)) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("trygg: fel: ") and "huvudman.yml går inte att läsa" in line
    assert not (tmp_path / "skolor").exists()
