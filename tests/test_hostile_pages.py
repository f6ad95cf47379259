"""Pages written to stall `trygg check` (a paragraph of `[a](`, of backticks, of stars, of
"Eleven i 9B") are checked in linear time and told as they are written: with messages
of bounded length, at their place. Times are measured in benchmarks/hostile.py; here
each page is large enough that a quadratic step would take minutes, so CI times out.

Inline link targets are read as Python-Markdown reads them (`load.inlinelinks`),
compared with Python-Markdown on generated links, as tests/test_reference_definitions.py
does for definitions; code spans are the matches of `CODE_SPAN`, found in linear time.
"""

from __future__ import annotations

import datetime as dt
import html
import random
import re
import shutil
from pathlib import Path

import markdown
import pytest

from generator.check.run import check_content
from generator.load.inlinelinks import InlineLinks
from generator.load.markdowncode import CODE_SPAN, code_spans
from generator.problems import Problem
from tests.render.render_html import EXTENSIONS

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = "skolor/strandskolan"
TODAY = dt.date(2026, 11, 25)
LINK = re.compile(r'<a href="([^"]*)"(?: title="[^"]*")?>a</a>')
PIECES = ["x", "y", "(", ")", '"', "'", "\\", "<", ">", " ", "\n", "\n\n", ".", "\\)", "\\("]
PAGES = {
    "lankar": "[a](" * 4000,
    "kod": "`" * 60_000 + "\n\nSaga i 4B blev slagen.",
    "stjarnor": "*" * 30_000 + "~" * 30_000 + "\n\nSaga i 4B blev slagen.",
    "elever": "Eleven i 9B " * 5000 + "har ADHD.",
    "ankare": "[a](#saknas) " * 3000,
    "titlar": 'Se [sidan](saknas.md "t\\"x"). Och ![a](saknas.png "t\\"x").\n\n'
    'Och [regler](ordningsregler.md#saknas "t\\"x").',
}


def python_markdown(text: str) -> str | None:
    """The target of the link `[a](…)` that starts `text`, as Python-Markdown reads it."""
    found = LINK.search(markdown.Markdown(extensions=EXTENSIONS).convert(text))
    return None if found is None else html.unescape(found.group(1))


def generated(count: int) -> list[str]:
    chosen = random.Random(17)
    texts = (
        "[a](" + "".join(chosen.choices(PIECES, k=chosen.randint(0, 12))) for _ in range(count)
    )
    # A line starting with > opens a quote, a block this reader does not tell apart.
    return [text for text in texts if not re.search(r"\n\s*>", text)]


def test_inline_targets_are_read_as_python_markdown_reads_them() -> None:
    differ = []
    for text in generated(1500):
        expected = python_markdown(text)
        if expected is not None and "\x02" in expected:
            continue  # Python-Markdown leaks its placeholder for an escape into the target
        link = InlineLinks(text).at(3)
        if (None if link is None else link.target) != expected:
            differ.append((text, expected, link))
    assert differ == []


def test_a_title_with_an_escaped_quote_ends_where_python_markdown_ends_it() -> None:
    link = InlineLinks('[a](saknas.md "t\\"x")').at(3)
    assert link is not None and (link.target, link.start) == ("saknas.md", 4)
    assert python_markdown('[a](saknas.md "t\\"x")') == "saknas.md"


def test_code_spans_are_the_matches_of_the_expression() -> None:
    chosen = random.Random(5)
    pieces = ["`", "``", "```", "a", " ", "\n", "\n\n", "\\", "\n \n"]
    for _ in range(3000):
        text = "".join(chosen.choices(pieces, k=chosen.randint(0, 14)))
        expected = [(m.start(), m.end(), m.group(2)) for m in CODE_SPAN.finditer(text)]
        assert list(code_spans(text)) == expected, text


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    content = tmp_path_factory.mktemp("hostile") / "content"
    shutil.copytree(ROOT / "content", content)
    for name, body in PAGES.items():
        page = f"---\ntitel: {name.capitalize()}\n---\n{body}\n"
        (content / SCHOOL / "sidor" / f"{name}.md").write_text(page, encoding="utf-8")
    return list(check_content(content, only=("strandskolan",), today=TODAY).report.sorted())


def _in(told: list[Problem], page: str) -> list[Problem]:
    return [p for p in told if p.location.file.endswith(f"sidor/{page}.md")]


def test_a_paragraph_of_unclosed_links_is_told_briefly_and_truly(told: list[Problem]) -> None:
    found = _in(told, "lankar")
    assert [p.code for p in found] == ["TP053"]  # the renderer removes the rest, once
    first = found[0]
    assert (first.location.line, first.location.column) == (4, 5)
    assert "har inget :, /, ? eller # bland sina första 128 tecken" in first.message
    assert "javascript" not in first.message
    assert len(first.message) + len(first.hint) < 500


def test_a_title_with_an_escaped_quote_hides_no_target(told: list[Problem]) -> None:
    found = [(p.code, p.location.line, p.location.column) for p in _in(told, "titlar")]
    assert found == [("TP053", 4, 12), ("TP053", 4, 40), ("TP067", 6, 14)]


def test_each_link_to_a_missing_anchor_is_told(told: list[Problem]) -> None:
    found = [(p.code, p.location.column) for p in _in(told, "ankare")]
    assert found == [("TP067", 5 + 13 * n) for n in range(3000)]


def test_a_pupil_after_a_page_of_marks_is_found(told: list[Problem]) -> None:
    for page in ("kod", "stjarnor"):
        found = [(p.code, p.location.line, p.location.column) for p in _in(told, page)]
        assert found == [("TP404", 6, 1)], page


def test_a_long_sentence_with_a_pupil_in_every_line_is_read(told: list[Problem]) -> None:
    found = _in(told, "elever")
    assert found and {p.code for p in found} == {"TP404"}
    assert (found[0].location.line, found[0].location.column) == (4, 1)
    assert "'Eleven i 9B' pekar ut en enskild elev" in found[0].message
