"""Texts that no inline pattern can match skip the patterns (`site.plaininline`): the HTML
is what Python-Markdown alone gives, on seeded random Markdown made of the pieces inline
patterns look for, and the shortcut steps aside where it could not be sure. (Whole pages
of the example and synthetic sites: tests/test_one_markdown.py.)"""

from __future__ import annotations

import logging
import random
from typing import Any

import markdown
import pytest
from markdown import inlinepatterns

from generator.site import internals, plaininline
from generator.site.defaults import markdown_extensions
from generator.site.fences import diagram_fences

PIECES = [
    "ord", "Åsa", "trygg", " ", " ", "  \n", "\n", ":", ":smile:", ":material-shield:", "::",
    "*", "**", "_", "__", "`", "``", "\\", "\\*", "[", "]", "(", ")", "![", "[x]", "[x]: /x",
    "<", ">", "<b>", "</b>", "<https://example.org>", "<a@b.se>", "&", "&amp;", "&#35;",
    "&nbsp", "~", "^", "=", "|", "-", "#", "{#id}", "{: .k }", "!!! note", "    ", "\t",
    "<!--", "-->", "\x02", "\x03", "klzzwxh:1", "1.", "10:30", "kl. 8:15–9:00", "åäö",
]  # fmt: skip
SHAPES = ["{}", "- {}\n- {}", "| {} | {} |\n|---|---|\n| {} | {} |", "## {}", "{}\n: {}",
          "!!! note \"{}\"\n    {}", "> {}", "1. {}\n2. {}"]  # fmt: skip


def _converter() -> markdown.Markdown:
    found = markdown_extensions()
    configs = {name: settings for name, settings in found.items() if settings}
    configs["pymdownx.superfences"] = {"custom_fences": diagram_fences({})}
    return markdown.Markdown(extensions=list(found), extension_configs=configs)


def _document(rng: random.Random) -> str:
    blocks = []
    for _block in range(rng.randint(1, 6)):
        shape = rng.choice(SHAPES)
        texts = ["".join(rng.choices(PIECES, k=rng.randint(0, 12))) for _ in range(4)]
        blocks.append(shape.format(*texts))
    return "\n\n".join(blocks)


def test_random_markdown_converts_as_without_the_shortcut() -> None:
    rng = random.Random(18)
    quick = _converter()
    assert plaininline.skip_plain_texts(quick)
    for _round in range(250):
        text = _document(rng)
        quick.reset()
        assert quick.convert(text) == _converter().convert(text), text


def test_a_text_the_union_passes_is_one_no_pattern_matches() -> None:
    rng = random.Random(5)
    md = _converter()
    union = plaininline.any_pattern(md)
    assert union is not None
    plain = 0
    for _round in range(3000):
        text = "".join(rng.choices(PIECES, k=rng.randint(1, 8)))
        if union.search(text) is None:
            plain += 1
            assert not any(p.getCompiledRegExp().search(text) for p in md.inlinePatterns), text
    assert plain > 100  # (the random texts include plain ones)


class _OldStyle(inlinepatterns.Pattern):
    def handleMatch(self, m: Any) -> str:
        return ""


def test_the_shortcut_steps_aside_where_it_could_not_be_sure() -> None:
    old = _converter()
    old.inlinePatterns.register(_OldStyle(r"(==)"), "old", 10)
    assert not plaininline.skip_plain_texts(old)
    repeated = _converter()
    repeated.inlinePatterns.register(
        inlinepatterns.SimpleTagInlineProcessor(r"(~)(.+?)\1", "del"), "del", 10
    )
    assert not plaininline.skip_plain_texts(repeated)  # a back-reference
    assert plaininline.patchable()


def test_trygg_s_patterns_start_where_the_first_character_search_looks() -> None:
    """Each inline pattern's match starts where `FIRST` finds something, so searching
    from its first find finds what a search of the whole text finds (seeded texts)."""
    md = _converter()
    assert plaininline.patterns_digest(md) == plaininline.FIRST_FOR
    union = plaininline.any_pattern(md)
    assert union is not None
    rng = random.Random(7)
    skipped = 0
    for _round in range(4000):
        text = "".join(rng.choices(PIECES, k=rng.randint(1, 8)))
        first = plaininline.FIRST.search(text)
        for pattern in [union, *(p.getCompiledRegExp() for p in md.inlinePatterns)]:
            for found in pattern.finditer(text):
                assert first is not None and found.start() >= first.start(), (pattern, text)
        skipped += first is None
    assert skipped > 100


def _with_strikethrough() -> markdown.Markdown:
    md = _converter()
    md.inlinePatterns.register(
        inlinepatterns.SimpleTagInlineProcessor(r"()~~(.+?)~~", "del"), "del", 10
    )
    return md


def test_other_patterns_are_searched_whole_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """With an inline pattern trygg's first characters were not read from (one for `~~`,
    which starts with none of them), the union searches the whole text, and the build
    says so once; the HTML is Python-Markdown's."""
    quick = _with_strikethrough()
    assert plaininline.patterns_digest(quick) != plaininline.FIRST_FOR
    monkeypatch.setattr(internals, "_WARNED", set())
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.trygg"):
        assert plaininline.skip_plain_texts(quick)
        assert plaininline.skip_plain_texts(_with_strikethrough())
    warnings = [r for r in caplog.records if "inline-mönster" in r.getMessage()]
    assert len(warnings) == 1
    for text in ["a ~~b~~ c", "x  \ny ~~*z*~~", "ingen"]:
        quick.reset()
        assert quick.convert(text) == _with_strikethrough().convert(text)
    quick.reset()
    assert "<del>b</del>" in quick.convert("a ~~b~~ c")
