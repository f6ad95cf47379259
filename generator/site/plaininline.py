"""Texts that no inline pattern can match skip Python-Markdown's inline patterns.

Python-Markdown's `InlineProcessor` tries each inline pattern (links, emphasis, code,
emoji, HTML, ...: 15 with trygg's extensions) on every text of a page, each through a
Python call and a regular-expression search, also on texts where none of them can
match: the "\\n" between block elements, most table cells and list items. That was about
a third of converting a page.

`skip_plain_texts(md)` gives `md`'s inline processor one search first: the union of all
its patterns' expressions. Where the union finds nothing, no pattern can match anywhere
in the text, and Python-Markdown would give the text back unchanged (a pattern acts only
on a match: `InlineProcessor.__applyPattern`), so the text is given back at once. Where
it finds something, the patterns are tried in Python-Markdown's order as before, except
that a pattern whose expression finds nothing in the text is passed over without the
call to `__applyPattern` (which would find nothing and give the text back).

Only where this is known to hold: the inline processor is Python-Markdown's, its two
methods are the source this was written against (`SOURCES`), and every pattern is a
new-style `InlineProcessor` compiled with the same flags and without back-references
(which a union would renumber). Otherwise `md` is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import markdown
from markdown import inlinepatterns, treeprocessors, util

from generator.site.internals import source_digest

# sha256 of the source of `InlineProcessor.__handleInline` and `__applyPattern` in
# Python-Markdown 3.11.3, which the reasoning above reads.
SOURCES = ("fe27babc114aed0a", "8862b35197c0e614")
_HANDLE = "_InlineProcessor__handleInline"
_APPLY = "_InlineProcessor__applyPattern"
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def patchable() -> bool:
    """Whether `InlineProcessor` is the source this module was written against."""
    methods = [getattr(treeprocessors.InlineProcessor, name, None) for name in (_HANDLE, _APPLY)]
    return tuple(source_digest(method) for method in methods) == SOURCES


def any_pattern(md: markdown.Markdown) -> re.Pattern[str] | None:
    """One expression that finds something wherever one of `md`'s inline patterns
    would; None where that cannot be made safely."""
    expressions: list[re.Pattern[str]] = []
    for pattern in md.inlinePatterns:
        if not isinstance(pattern, inlinepatterns.InlineProcessor):
            return None
        expressions.append(pattern.getCompiledRegExp())
    flags = {expression.flags for expression in expressions}
    if len(flags) != 1 or any(_BACK_REFERENCE.search(e.pattern) for e in expressions):
        return None
    try:
        return re.compile("|".join(f"(?:{e.pattern})" for e in expressions), flags.pop())
    except re.error:  # e.g. a pattern with flags of its own at its start
        return None


def skip_plain_texts(md: markdown.Markdown) -> bool:
    """Give `md`'s inline processor the shortcuts above; False where they are not safe.
    The patterns are read once: the converter is made from the site's configuration, and
    nothing registers inline patterns after the extensions are loaded."""
    inline = md.treeprocessors["inline"] if "inline" in md.treeprocessors else None  # noqa: SIM401
    if type(inline) is not treeprocessors.InlineProcessor or not patchable():
        return False
    union = any_pattern(md)
    if union is None:
        return False
    setattr(inline, _HANDLE, _handling(inline, union))
    return True


def _handling(inline: treeprocessors.InlineProcessor, union: re.Pattern[str]) -> Callable[..., str]:
    """`InlineProcessor.__handleInline` (Python-Markdown 3.11.3), with the two shortcuts."""
    apply: Callable[..., tuple[str, bool, int]] = getattr(inline, _APPLY)
    patterns: list[Any] = list(inline.inlinePatterns)
    searches = [pattern.getCompiledRegExp().search for pattern in patterns]
    count, plain = len(patterns), union.search

    def handle_inline(data: str, patternIndex: int = 0) -> str:
        if plain(data) is None or isinstance(data, util.AtomicString):
            return data
        startIndex = 0
        while patternIndex < count:
            if startIndex == 0 and searches[patternIndex](data) is None:
                patternIndex += 1  # what `__applyPattern` gives where its pattern finds nothing
                continue
            data, matched, startIndex = apply(
                patterns[patternIndex], data, patternIndex, startIndex
            )
            if not matched:
                patternIndex += 1
        return data

    return handle_inline
