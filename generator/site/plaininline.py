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

Every match of trygg's inline patterns starts with one of a few characters (`FIRST`:
a backslash, backtick, bracket, `!`, `<`, `&`, `:`, `*`, `_`, or two spaces before a
line break), so a text without any is given back after one search for a character,
much quicker than the union's (whose alternatives start with look-behinds, so the
regular-expression engine tries each of them at every character); where there is one,
the union and the patterns search from the first of them, where a match can start at
the earliest (a look-behind still sees the text before it), until a pattern has
changed the text. Only for the very patterns
this was read from (`FIRST_FOR`, a digest of their expressions); with any other the
union searches the whole text, with a warning.

Only where this is known to hold: the inline processor is Python-Markdown's, its two
methods are the source this was written against (`SOURCES`), and every pattern is a
new-style `InlineProcessor` compiled with the same flags and without back-references
(which a union would renumber). Otherwise `md` is left as it is.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

import markdown
from markdown import inlinepatterns, treeprocessors, util

from generator.site.internals import source_digest, warn_once

# sha256 of the source of `InlineProcessor.__handleInline` and `__applyPattern` in
# Python-Markdown 3.11.3, which the reasoning above reads.
SOURCES = ("fe27babc114aed0a", "8862b35197c0e614")
_HANDLE = "_InlineProcessor__handleInline"
_APPLY = "_InlineProcessor__applyPattern"
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
# Where a match of the inline patterns of trygg's extensions (Python-Markdown 3.11.3,
# pymdownx 13.1.2) can start, by the digest of their expressions (`patterns_digest`):
# code spans and escapes (a backslash, a backtick), links and images ([, ![), automatic
# links and raw HTML (<), character references (&), emoji (:), emphasis (*, _) and the
# line break of two spaces.
FIRST = re.compile(r"[\\`\[!<&:*_]|  \n")
FIRST_FOR = "b6e034e21bc4cf3a"


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
    first = FIRST if patterns_digest(md) == FIRST_FOR else None
    if first is None:
        warn_once("Python-Markdowns inline-mönster")
    setattr(inline, _HANDLE, _handling(inline, union, first))
    return True


def patterns_digest(md: markdown.Markdown) -> str:
    """The start of the sha256 of `md`'s inline patterns' expressions and flags, in order."""
    compiled = [pattern.getCompiledRegExp() for pattern in md.inlinePatterns]
    text = "\n".join(f"{expression.flags} {expression.pattern}" for expression in compiled)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _handling(
    inline: treeprocessors.InlineProcessor, union: re.Pattern[str], first: re.Pattern[str] | None
) -> Callable[..., str]:
    """`InlineProcessor.__handleInline` (Python-Markdown 3.11.3), with the shortcuts: the
    union searches from where `first` finds something (from the start without `first`)."""
    apply: Callable[..., tuple[str, bool, int]] = getattr(inline, _APPLY)
    patterns: list[Any] = list(inline.inlinePatterns)
    searches = [pattern.getCompiledRegExp().search for pattern in patterns]
    count, plain = len(patterns), union.search
    earliest = first.search if first is not None else None

    def handle_inline(data: str, patternIndex: int = 0) -> str:
        found = earliest(data) if earliest is not None else None
        if earliest is not None and found is None:
            return data  # no match of any pattern can start anywhere in it
        start = found.start() if found is not None else 0
        if plain(data, start) is None or isinstance(data, util.AtomicString):
            return data
        startIndex, text = 0, data  # `start` holds while no pattern has changed the text
        while patternIndex < count:
            since = start if data is text else 0
            if startIndex == 0 and searches[patternIndex](data, since) is None:
                patternIndex += 1  # what `__applyPattern` gives where its pattern finds nothing
                continue
            data, matched, startIndex = apply(
                patterns[patternIndex], data, patternIndex, startIndex
            )
            if not matched:
                patternIndex += 1
        return data

    return handle_inline
