"""Spans of grades never break at their dash (`site.nobreak`): "(F–6)" stays whole."""

from __future__ import annotations

import random
import re

from generator.site.nobreak import _text, unbroken_grade_spans, unbroken_markdown_spans


def test_spans_of_grades_in_text_are_kept_whole() -> None:
    page = unbroken_grade_spans("<td>fritidshem (F–6)</td><p>i åk 5–6, 7–9 och 10–12.</p>")
    assert '(<span class="trygg-nowrap">F–6</span>)' in page
    assert 'åk <span class="trygg-nowrap">5–6</span>,' in page
    assert (
        '<span class="trygg-nowrap">7–9</span> och <span class="trygg-nowrap">10–12</span>.' in page
    )


def test_attributes_svg_code_and_other_dashes_are_untouched() -> None:
    page = (
        '<a title="åk 4–6" href="#x">x</a><svg><text>F–3</text></svg><code>4–6</code>'
        "<p>2026–27, 15 augusti 2026 – 15 augusti 2027, 123–456</p>"
    )
    assert unbroken_grade_spans(page) == page


PLAIN_PIECES = re.compile(r"(<(svg|pre|code|script|style|textarea)\b.*?</\2>|<[^>]*>)", re.DOTALL)


def _plain(page: str) -> str:
    """The page as the first, plain way wrapped it: each text between markup on its own."""
    pieces: list[str] = []
    done = 0
    for markup in PLAIN_PIECES.finditer(page):
        pieces += [_text(page[done : markup.start()]), markup.group(1)]
        done = markup.end()
    return "".join([*pieces, _text(page[done:])])


def test_the_quick_way_wraps_what_the_plain_way_wraps() -> None:
    words = ["<", ">", "–", "-", "F", "5", "12", " ", "å", "_", "\n", "<p>", "</p>", "<svg>",
             "</svg>", "<code>", "</code>", "<pre", "</pre>", "<b title='4–6'>", "<script>",
             "</script>", "<textarea>", "</textarea>", "<svg x='<'>"]  # fmt: skip
    rng = random.Random(18)
    for _ in range(20_000):
        page = "".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        assert unbroken_grade_spans(page) == _plain(page), page


def test_an_exported_page_carries_the_spans_in_its_markdown_where_text_is() -> None:
    page = (
        "---\ntitle: Skola F–6\n---\n# Åk 4–6\n\nFör åk 4–6, `F–6` och [F–6](a/4–6).\n"
        '<svg role="img">\n<text>7–8</text>\n</svg>\n\n```\nF–6\n```\n\n| F–6 | 2–3 |\n'
    )
    written = unbroken_markdown_spans(page)
    span = '<span class="trygg-nowrap">{}</span>'
    assert f"För åk {span.format('4–6')}, `F–6` och [{span.format('F–6')}](a/4–6)." in written
    assert f"| {span.format('F–6')} | {span.format('2–3')} |" in written
    assert written.startswith("---\ntitle: Skola F–6\n---\n# Åk 4–6\n")  # title, heading
    assert "<text>7–8</text>" in written and "```\nF–6\n```" in written  # SVG, code
