"""Diagram fences in hand-written pages: ```arshjul and ```flode.

`trygg check` reads and validates a fence's YAML like a data file and reports problems
at their line and column in the .md file; the model keeps each fence's diagram, and the
formatters the plugin gives superfences draw it: the SVG with its text alternative.
A fence the check has not read shows an error box, never a crash.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
from contentread import read_sources

from generator.check.run import check_content
from generator.load.fences import Fence, read_fences
from generator.model import PageDiagram
from generator.model.build import page_diagram
from generator.problems import Problem, Severity
from generator.site.fences import diagram_fences
from generator.validate.fences import fence_problems, problems_of

ROOT = Path(__file__).resolve().parent.parent
PAGE = "content/skolor/ekbackens-skola/sidor/ordningsregler.md"

FLOW = """\
rubrik: Om någon blir illa behandlad på rasten
steg:
  - id: saga-till
    text: Säg till en vuxen på skolgården.
    vem: Eleven eller en kompis
    tid: direkt
  - id: prata
    text: Den vuxna pratar med de inblandade och tar hand om den som blivit ledsen.
    vem: Rastvakten
    tid: samma dag
  - id: slutat
    fråga: Har det slutat?
    ja: klart
    nej: prata
  - id: klart
    text: Mentor följer upp med eleven efter en vecka.
    vem: Mentor
    tid: inom en vecka
"""

CYCLE = """\
start_månad: augusti
aktiviteter:
  - id: enkat
    namn: Trygghetsenkät för åk 2–6
    månad: oktober
    vecka: 42
    steg: kartläggning
    ansvarig: Trygghetsteamet
    målgrupp: Elever i åk 2–6
  - id: regler
    namn: Ordningsregler i klassråden
    månad: augusti
    steg: förankring
    ansvarig: Mentorer
    målgrupp: Alla elever
"""


def diagrams(text: str) -> dict[str, PageDiagram]:
    """The page's diagrams as the check models them (only fences without problems)."""
    found = [f for f in iter_fences(text) if not problems_of(f, "sida.md")]
    return {f.key: page_diagram(f) for f in found}


def render(text: str, checked: str | None = None) -> str:
    """The page as the site renders it, drawing the diagrams of `checked` (default: `text`)."""
    fences = {"custom_fences": diagram_fences(diagrams(text if checked is None else checked))}
    return markdown.markdown(
        text,
        extensions=["pymdownx.superfences"],
        extension_configs={"pymdownx.superfences": fences},
    )


def fenced(kind: str, body: str, fence: str = "```") -> str:
    return f"{fence}{kind}\n{body}{'' if body.endswith(chr(10)) else chr(10)}{fence}\n"


def iter_fences(body: str, body_line: int = 5) -> tuple[Fence, ...]:
    return read_fences(body, body_line, Path("sida.md"), "sida.md")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the example content; tests append fences to one of its pages."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path


def append(tree: Path, text: str) -> tuple[str, int]:
    """Append `text` to the page; returns the page text and the .md line `text` starts on."""
    path = tree / PAGE
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    before += "\n"
    path.write_text(before + text, encoding="utf-8")
    return before + text, before.count("\n") + 1


def problems_in(tree: Path) -> list[Problem]:
    sources, read = read_sources(tree / "content")
    assert read == []
    return fence_problems(sources)


def lines_of(text: str, needle: str) -> list[int]:
    """1-based numbers of the lines of `text` that contain `needle`."""
    return [i for i, line in enumerate(text.split("\n"), 1) if needle in line]


def line_of(text: str, needle: str) -> int:
    return lines_of(text, needle)[0]


def ids(html: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html)


def svgs(html: str) -> list[str]:
    """The diagrams (role="img"), not the shapes beside the årshjul's key (aria-hidden)."""
    return re.findall(r"<svg\b[^>]*role=\"img\".*?</svg>", html, re.DOTALL)


# ------------------------------------------------------------------ finding ---


def test_iter_fences_finds_both_kinds_with_md_lines() -> None:
    body = "Text\n\n" + fenced("flode", FLOW) + "\nMer text\n\n" + fenced("arshjul", CYCLE, "~~~~")
    found = list(iter_fences(body, body_line=5))
    assert [f.kind for f in found] == ["flode", "arshjul"]
    assert found[0].line == 5 + 3  # body line 1 is .md line 5; the YAML starts on body line 4
    assert found[0].opening_line == found[0].line - 1
    assert found[0].source == FLOW.rstrip("\n")
    second_yaml = body.split("\n").index("start_månad: augusti") + 5
    assert found[1].line == second_yaml
    assert found[1].fence == "~~~~"
    assert all(f.closed for f in found)


def test_iter_fences_skips_other_blocks_and_options() -> None:
    body = (
        "````markdown\n```flode\nrubrik: x\n```\n````\n\n"  # an example, not a diagram
        '```flode title="x"\nrubrik: y\n```\n\n'  # options: superfences highlights it as code
        "```python\nprint()\n```\n\n"
        "``` { .flode }\nrubrik: z\n```\n\n"
        "``` .arshjul\naktiviteter: []\n```\n"
    )
    found = list(iter_fences(body))
    assert [(f.kind, f.source) for f in found] == [
        ("flode", "rubrik: z"),
        ("arshjul", "aktiviteter: []"),
    ]


def test_indented_fence_keeps_md_columns() -> None:
    body = "- En punkt\n\n    ```flode\n    rubrik: x\n    ```\n\n> ```arshjul\n> a: 1\n> ```\n"
    found = list(iter_fences(body, body_line=1))
    assert [(f.kind, f.source, f.line, f.column) for f in found] == [
        ("flode", "    rubrik: x", 4, 5),
        ("arshjul", "  a: 1", 8, 3),
    ]


def test_unclosed_fence_is_found() -> None:
    (fence,) = iter_fences("Text\n\n```flode\nrubrik: x\n", body_line=5)
    assert not fence.closed
    assert fence.opening_line == 7


# -------------------------------------------------------------- in the check ---


def test_check_reports_schema_error_at_md_position(tree: Path) -> None:
    broken = FLOW.replace("    vem: Rastvakten\n", "    vem: Rastvakten\n    färg: röd\n")
    text, _start = append(tree, "## Så gör vi\n\n" + fenced("flode", broken))
    checked = check_content(tree / "content")
    assert checked.project is None
    [problem] = [p for p in checked.report if p.location.file == PAGE]
    assert problem.severity is Severity.ERROR
    assert problem.code == "TP014", problem.format()
    assert (problem.location.line, problem.location.column) == (line_of(text, "färg: röd"), 5)
    assert problem.field == "steg (id: prata).färg"
    assert problem.format().startswith(f"{PAGE}:{line_of(text, 'färg: röd')}:5: fel TP014")


def test_check_accepts_valid_fences(tree: Path) -> None:
    append(tree, fenced("flode", FLOW) + "\n" + fenced("arshjul", CYCLE))
    checked = check_content(tree / "content")
    assert [
        p for p in checked.report if p.location.file == PAGE and p.severity is Severity.ERROR
    ] == []
    assert problems_in(tree) == []


def test_missing_required_field_in_cycle(tree: Path) -> None:
    text, _start = append(tree, fenced("arshjul", CYCLE.replace("    steg: förankring\n", "")))
    [problem] = problems_in(tree)
    assert problem.code == "TP012"
    assert problem.location.file == PAGE
    # A missing key points at the item that lacks it.
    assert problem.location.line == line_of(text, "- id: regler")


@pytest.mark.parametrize(
    ("yaml_text", "code", "needle", "column"),
    [
        ("rubrik: x\nsteg:\n\t- id: a\n", "TP007", "\t- id: a", 1),
        ("rubrik: &r x\nsteg: []\n", "TP005", "rubrik: &r", 9),
        ("rubrik: x\nsteg:\n  - id: a\n    text: *r\n", "TP005", "text: *r", 11),
        ("rubrik: x\nrubrik: y\nsteg: []\n", "TP004", "rubrik: y", 1),
        ("rubrik: [x\nsteg: []\n", "TP003", "rubrik: [x", 9),
    ],
)
def test_invalid_yaml_is_located_in_md(
    tree: Path, yaml_text: str, code: str, needle: str, column: int
) -> None:
    text, _start = append(tree, "Inledning.\n\n" + fenced("flode", yaml_text))
    [problem] = problems_in(tree)
    assert problem.code == code, problem.format()
    assert problem.location.file == PAGE
    assert problem.location.line == line_of(text, needle)
    assert problem.location.column == column


def test_cross_checks_in_a_flow(tree: Path) -> None:
    broken = FLOW.replace("nej: prata", "nej: saknas").replace("id: klart", "id: prata")
    text, _start = append(tree, fenced("flode", broken))
    found = {p.code: p for p in problems_in(tree)}
    assert set(found) == {"TP034", "TP036"}
    assert found["TP036"].location.line == line_of(text, "nej: saknas")
    # The second step with the id is the one reported.
    assert found["TP034"].location.line == lines_of(text, "- id: prata")[1]


def test_duplicate_activity_ids_in_a_cycle(tree: Path) -> None:
    text, _start = append(tree, fenced("arshjul", CYCLE.replace("id: regler", "id: enkat")))
    [problem] = problems_in(tree)
    assert problem.code == "TP034"
    assert problem.location.line == lines_of(text, "- id: enkat")[1]
    assert problem.location.column == 9


def test_empty_and_unclosed_fences(tree: Path) -> None:
    text, start = append(tree, "```arshjul\n```\n\nText\n\n~~~flode\nrubrik: x\n")
    empty, unclosed = sorted(problems_in(tree), key=lambda p: p.location)
    assert empty.code == "TP006"
    assert "diagrammet ```arshjul är tomt" in empty.message
    assert unclosed.code == "TP044"
    assert (unclosed.location.line, unclosed.location.column) == (line_of(text, "~~~flode"), 1)
    assert start == line_of(text, "```arshjul")


# ---------------------------------------------------------------- rendering ---


def test_flow_fence_renders_svg_and_list() -> None:
    html = render("# Rutin\n\n" + fenced("flode", FLOW))
    assert '<figure class="trygg-figure flode">' in html
    assert "<figcaption>Om någon blir illa behandlad på rasten</figcaption>" in html
    [svg] = svgs(html)
    assert re.match(r'<svg [^>]*role="img"', svg)
    ET.fromstring(svg)  # well-formed XML
    assert '<ol class="trygg-flow">' in html
    assert "Har det slutat? Ja → gå till steg 4. Nej → gå till steg 2." in html
    assert "<pre" not in html and "```" not in html


def test_cycle_fence_renders_wheel_and_table() -> None:
    html = render(fenced("arshjul", CYCLE))
    [svg] = svgs(html)
    assert 'role="img"' in svg
    ET.fromstring(svg)
    table = html[html.index("<table") : html.index("</table>")]
    assert "<caption>" in table
    # Wheel order from augusti, numbered like the wheel's markers.
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td><th scope=\"row\">([^<]+)</th>", table)
    assert rows == [
        ("1", "augusti", "Ordningsregler i klassråden"),
        ("2", "oktober, vecka 42", "Trygghetsenkät för åk 2–6"),
    ]
    assert "<td>Kartläggning</td>" in table
    # The key to the shapes is page text between the wheel and its table.
    key = html[html.index("</svg>\n<p") : html.index("<table")]
    assert re.findall(r"</svg>([^<]+)</span>", key) == ["Kartläggning", "Förankring"]


def test_identical_fences_get_distinct_ids() -> None:
    text = fenced("flode", FLOW) + "\n" + fenced("flode", FLOW) + "\n" + fenced("arshjul", CYCLE)
    html = render(text)
    found = ids(html)
    assert len(svgs(html)) == 3
    assert found and len(found) == len(set(found))
    for reference in re.findall(r'aria-labelledby="([^"]+)"', html):
        for target in reference.split():
            assert target in found
    for reference in re.findall(r"url\(#([^)]+)\)", html):
        assert reference in found


def test_rendering_is_deterministic_per_page() -> None:
    text = fenced("flode", FLOW) + "\n" + fenced("flode", FLOW)
    assert render(text) == render(text)


def test_a_fence_the_check_has_not_read_shows_an_error_box() -> None:
    html = render("Före\n\n" + fenced("flode", FLOW), checked="")
    assert '<div class="admonition failure">' in html
    assert '<p class="admonition-title">Fel i diagrammet</p>' in html
    assert "det har inte kontrollerats" in html
    assert "<svg" not in html


@pytest.mark.parametrize(
    "body",
    [
        "",
        "rubrik: &a x\nsteg: []\n",
        "- bara\n- en lista\n",
        "rubrik: x\nsteg:\n  - id: a\n  - id: b\n    ja: c\n    fråga: ?\n",
    ],
)
def test_a_broken_fence_is_never_drawn_and_never_raises(body: str) -> None:
    text = fenced("flode", body) + "\n" + fenced("arshjul", body)
    assert diagrams(text) == {}
    assert render(text).count("Fel i diagrammet") == 2


def test_the_plugin_wires_the_fences_and_mkdocs_yml_names_no_trygg_code(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    from generator.render.sitecontent import SiteContent
    from generator.site.handover import building

    assert "python/name:generator" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path))
    site = SiteContent("Skola", [], [], diagrams=diagrams(fenced("flode", FLOW)))
    with building(site):
        config = config.plugins.on_config(config)
    fences = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    assert [fence["name"] for fence in fences] == ["arshjul", "flode"]
    html = fences[1]["format"](FLOW, "flode", "flode", {}, markdown.Markdown())
    assert '<figure class="trygg-figure flode">' in html
